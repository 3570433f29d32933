// Japanese input in the browser: IME composition (the DevTools protocol's IME simulation, as an
// OS input method drives Chromium), plain typing, editing keys, and copy/cut/paste through the
// browser's clipboard events. Every value is read back through window.kanri after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inBrowser, openKanri, screenshotPath } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const PHRASE = 'インシデント管理の是正処置';

function withNotes(fn, { clause = '10.1', locale = 'ja-JP' } = {}) {
  return inBrowser('ime', { locale }, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    await focusNotes(page, clause);
    await fn(page, page.cdp);
    assert.deepEqual(record.errors, []);
  });
}

async function focusNotes(page, clause) {
  await page.evaluate((id) => { window.kanri.selectClause(id); window.kanri.focusNote(); }, clause);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime');
}

// Waits until typing has been committed and saved, then reloads and reads the note back.
async function storedNote(page, clause) {
  await page.evaluate(() => window.kanri.flush());
  await page.evaluate(() => window.kanri.whenSaved());
  await page.reload();
  await page.evaluate(() => window.kanri.ready);
  return page.evaluate((id) => window.kanri.getNote(id), clause);
}

const frames = (page, n = 3) => page.evaluate((k) => new Promise((r) => { let i = 0; const f = () => (++i >= k ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); }), n);

test('an IME composition commits 「インシデント管理の是正処置」 exactly once', async () => {
  await withNotes(async (page, cdp) => {
    await cdp.send('Input.imeSetComposition', { text: 'いんしでんと', selectionStart: 6, selectionEnd: 6 });
    await frames(page);
    assert.equal(await page.evaluate(() => document.getElementById('ime').classList.contains('composing')), true, 'the composition shows at the caret');
    await page.screenshot({ path: screenshotPath('web-ime-composing') });
    assert.equal(await page.evaluate(() => window.kanri.getNote('10.1')), '', 'nothing is delivered while composing');
    await cdp.send('Input.insertText', { text: PHRASE });
    await frames(page);
    await page.screenshot({ path: screenshotPath('web-ime-committed') });
    assert.equal(await storedNote(page, '10.1'), PHRASE);
  });
});

test('a composition cancelled with Escape inserts nothing and keeps the field', async () => {
  await withNotes(async (page, cdp) => {
    await cdp.send('Input.insertText', { text: '是正' });
    await cdp.send('Input.imeSetComposition', { text: 'かんり', selectionStart: 3, selectionEnd: 3 });
    await frames(page);
    await page.keyboard.press('Escape'); // the IME takes it (isComposing): ImGui must not
    await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
    await frames(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ime', 'the field still has focus');
    await cdp.send('Input.insertText', { text: '処置' });
    await frames(page);
    assert.equal(await storedNote(page, '10.1'), '是正処置');
  });
});

test('plain typing, arrows, Backspace, Delete, Home and End edit as in a text editor', async () => {
  await withNotes(async (page) => {
    await page.keyboard.type('abcd');
    await frames(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace'); // removes c
    await frames(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete'); // removes a
    await frames(page);
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await frames(page);
    assert.equal(await storedNote(page, '10.1'), 'bd!');
  }, { locale: 'en-US' });
});

test('Backspace deletes one whole Japanese character, arrows move by characters', async () => {
  await withNotes(async (page, cdp) => {
    await cdp.send('Input.insertText', { text: '是正処置' });
    await frames(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace'); // removes 正
    await frames(page);
    await page.keyboard.press('Enter'); // a line break in a multi-line field
    await frames(page);
    assert.equal(await storedNote(page, '10.1'), '是\n処置');
  });
});

test('paste of multi-line Japanese text through a paste event arrives intact', async () => {
  const text = '是正処置の記録:\r\n1. 根本原因を特定する\r\n2. 再発防止策を実施する';
  await withNotes(async (page) => {
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.getElementById('ime').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await frames(page, 5);
    assert.equal(await storedNote(page, '10.1'), text.replace(/\r\n/g, '\n'));
  });
});

test('copy and cut put the selected text on the clipboard; cut removes it', async () => {
  await withNotes(async (page, cdp) => {
    await cdp.send('Input.insertText', { text: '変更管理' });
    await frames(page);
    await page.keyboard.press('Control+a');
    await frames(page);
    const copied = await page.evaluate(() => {
      const data = new DataTransfer();
      document.getElementById('ime').dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    assert.equal(copied, '変更管理');
    await page.keyboard.press('Shift+ArrowLeft'); // a fresh selection: the last two characters
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await frames(page);
    const cut = await page.evaluate(() => {
      const data = new DataTransfer();
      document.getElementById('ime').dispatchEvent(new ClipboardEvent('cut', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    assert.equal(cut, '管理');
    await frames(page, 5);
    assert.equal(await storedNote(page, '10.1'), '変更');
  });
});

test('leaving the field blurs the hidden input; Ctrl+Z then undoes the whole typing at once', async () => {
  await withNotes(async (page, cdp) => {
    await cdp.send('Input.insertText', { text: '一' });
    await frames(page);
    await cdp.send('Input.insertText', { text: '二' });
    await page.waitForTimeout(700); // a pause commits
    await cdp.send('Input.insertText', { text: '三' });
    await frames(page);
    await page.mouse.click(600, 300); // into the clause tree: ImGui stops wanting text
    await page.waitForFunction(() => document.activeElement.id !== 'ime');
    assert.equal(await page.evaluate(() => window.kanri.getNote('10.1')), '一二三');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.kanri.getNote('10.1') === '');
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => window.kanri.getNote('10.1') === '一二三');
  });
});

test('every JIS X 0208 character and the JIS X 0213 / vendor kanji of names (髙 﨑 德 栁) render once the deferred font is in; others show the □ box', async () => {
  await withNotes(async (page, cdp) => {
    // 亀 is level 1, 鬱 and 蹟 level 2, 髙 﨑 德 栁 JIS X 0213 or vendor kanji; 㐀 (U+3400) is in neither.
    await page.waitForFunction(() => window.kanri.__test.hasGlyph(0x9b31), null, { timeout: 10000 });
    for (const cp of [0x4e80, 0x9b31, 0x8e5f, 0x9ad9, 0xfa11, 0x5fb7, 0x6801, 0x3042, 0x30a2, 0xff01, 0x25a1]) assert.equal(await page.evaluate((c) => window.kanri.__test.hasGlyph(c), cp), true, cp.toString(16));
    // Every character of JIS X 0208 (rows 1–8 and the kanji rows 16–84, decoded by the browser's
    // EUC-JP decoder; the rows between are vendor extensions, not JIS X 0208)
    // has its glyph once the deferred font is merged: the first frame's font has only the
    // characters of the UI texts; the rest must not be lost on the way.
    const jis = await page.evaluate(() => {
      const decoder = new TextDecoder('euc-jp', { fatal: true });
      let cells = 0;
      const missing = [];
      for (let ku = 1; ku <= 84; ku++)
        for (let ten = 1; ten <= 94; ten++) {
          if (ku > 8 && ku < 16) continue;
          let ch;
          try { ch = decoder.decode(new Uint8Array([0xa0 + ku, 0xa0 + ten])); } catch { continue; }
          if (ch.length !== 1) continue;
          cells++;
          if (!window.kanri.__test.hasGlyph(ch.codePointAt(0))) missing.push(ch);
        }
      return { cells, missing };
    });
    assert.ok(jis.cells >= 6879, `JIS X 0208 cells decoded: ${jis.cells}`);
    assert.deepEqual(jis.missing, [], 'JIS X 0208 characters without a glyph');
    assert.equal(await page.evaluate(() => window.kanri.__test.hasGlyph(0x3400)), false);
    await cdp.send('Input.insertText', { text: '亀・鬱・蹟・髙﨑・㐀' });
    await frames(page, 5);
    await page.screenshot({ path: screenshotPath('web-ime-rare-kanji') });
    assert.equal(await storedNote(page, '10.1'), '亀・鬱・蹟・髙﨑・㐀', 'characters without a glyph are still stored');
  });
});
