// Every user path of the self-assessment through real input: mouse buttons, keys and touch
// points pressed at the widget's real position (found in the test page's widget map), in
// English and Japanese, at 1024×640, 1280×800 and 1920×1080. The outcome is checked on screen
// (the widget map) and in the data (window.kanri only reads here; it never drives).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, inBrowser, testSite, root } from './harness.mjs';
import { openUi } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const fixture = readFileSync(path.join(root, 'tests/fixtures/assessment-v1.json'), 'utf8');
const LANGS = [['en', 'en-US'], ['ja', 'ja-JP']];

function withUi(fn, { lang = 'en', width = 1280, height = 800, colorScheme } = {}) {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return inBrowser('input', { locale, width, height, colorScheme }, async (b) => {
    const page = await b.newPage();
    const ui = await openUi(page, { lang });
    await fn(ui, page);
    assert.deepEqual(ui.record.errors, []);
  });
}

const rating = (page, id) => page.evaluate((i) => window.kanri.getRating(i), id);
const saved = (page) => page.evaluate(() => window.kanri.whenSaved());
async function item(page, id) {
  const doc = JSON.parse(await page.evaluate(() => window.kanri.exportJson()));
  return doc.assessment.items.find((i) => i.id === id) || {};
}

async function openAssessment(ui) {
  await ui.click(['nav:assessment']);
  await ui.find(['4.1-01', 'F']);
}

for (const [lang] of LANGS) {
  test(`${lang}: rate with the mouse, then N/A by button with its justification`, async () => {
    await withUi(async (ui, page) => {
      await openAssessment(ui);
      await ui.click(['4.1-01', 'F']);
      assert.equal(await rating(page, '4.1-01'), 'F');
      // N/A without a justification asks for one; Set N/A stays disabled until something is typed.
      await ui.click(['4.1-02', 'N/A']);
      const setNa = await ui.find(['modal', ui.t('ButtonSetNa')]);
      assert.equal(setNa.disabled, true);
      await ui.type(lang === 'ja' ? '本社のみで提供しないため' : 'Not offered outside head office');
      assert.equal((await ui.find(['modal', ui.t('ButtonSetNa')])).disabled, false);
      await ui.screenshot(`input-${lang}-na-dialog`);
      await ui.click(['modal', ui.t('ButtonSetNa')]);
      assert.equal(await rating(page, '4.1-02'), 'NA');
      assert.match((await item(page, '4.1-02')).justification, lang === 'ja' ? /本社/ : /head office/);
      assert.equal(await ui.exists(['modal', ui.t('ButtonSetNa')]), false, 'the dialog closed');
      // Cancel leaves the rating as it was.
      await ui.click(['4.1-03', 'N/A']);
      await ui.click(['modal', ui.t('ButtonCancel')]);
      assert.equal(await rating(page, '4.1-03'), '');
    }, { lang });
  });

  test(`${lang}: rate with keys N P L F, A with its justification, and 0; one focus only`, async () => {
    await withUi(async (ui, page) => {
      await openAssessment(ui);
      await ui.click(['4.1-01', 'node']); // the item's title: it takes the focus
      await ui.key('n');
      assert.equal(await rating(page, '4.1-01'), 'N');
      await ui.key('l');
      assert.equal(await rating(page, '4.1-01'), 'L');
      // Ctrl+Down moves the one focus to the next item; the keys rate the focused item.
      await ui.key('Control+ArrowDown');
      assert.equal((await ui.widgets()).focus, 'node', 'the next item has the focus, drawn');
      await ui.key('f');
      const rated = await page.evaluate(() => window.kanri.ratings());
      assert.equal(rated['4.1-02'], 'F', JSON.stringify(rated));
      assert.equal(rated['4.1-01'], 'L', 'the first item kept its rating');
      // The arrows move ImGui's focus only (Kanri does not move a second one): Down from the
      // node reaches the item's rating chips, and F there still rates that item.
      await ui.key('ArrowDown');
      assert.equal((await ui.widgets()).focus, 'N');
      await ui.key('p');
      assert.equal(await rating(page, '4.1-02'), 'P');
      // Space presses what has the visible focus (the N chip of 4.1-02), nothing else.
      await ui.key(' ');
      assert.equal(await rating(page, '4.1-02'), 'N');
      assert.ok(await ui.exists(['tab0']), 'still in the assessment');
      // A opens the justification dialog for the focused item.
      await ui.reveal(['4.1-01', 'node'], ['detail'], { dy: -120 });
      await ui.click(['4.1-01', 'node']);
      await ui.key('a');
      await ui.find(['modal', ui.t('ButtonSetNa')]);
      await ui.type('Outsourced in full');
      await ui.click(['modal', ui.t('ButtonSetNa')]);
      assert.equal(await rating(page, '4.1-01'), 'NA');
      await ui.reveal(['4.1-01', 'node'], ['detail'], { dy: -120 });
      await ui.click(['4.1-01', 'node']);
      await ui.key('0');
      assert.equal(await rating(page, '4.1-01'), '');
    }, { lang });
  });

  test(`${lang}: a held key acts once however late its release comes; an arrow once more for each repeat the browser sends, Ctrl+Z not`, async () => {
    await withUi(async (ui, page) => {
      await openAssessment(ui);
      await ui.click(['4.1-01', 'node']);
      // Ctrl+Down held through a stall: frames drawn 0.7 s after the press, the key still down.
      await page.keyboard.down('Control');
      await page.keyboard.down('ArrowDown');
      await ui.settle();
      await new Promise((r) => setTimeout(r, 700));
      await ui.settle(6);
      await page.keyboard.up('ArrowDown');
      await page.keyboard.up('Control');
      await ui.settle();
      await ui.key('f');
      let rated = await page.evaluate(() => window.kanri.ratings());
      assert.deepEqual(Object.keys(rated), ['4.1-02'], `one item down, no more: ${JSON.stringify(rated)}`);
      // The browser's repeat of a held key (keydown with repeat set) moves once per repeat.
      await page.keyboard.down('Control');
      await page.keyboard.down('ArrowDown');
      await ui.settle();
      await page.keyboard.down('ArrowDown'); // a repeat
      await ui.settle();
      await page.keyboard.up('ArrowDown');
      await page.keyboard.up('Control');
      await ui.settle();
      await ui.key('p');
      rated = await page.evaluate(() => window.kanri.ratings());
      assert.deepEqual(rated, { '4.1-02': 'F', '4.2-01': 'P' }, 'two items further down');
      // A key that does not move acts once however long it is held: Ctrl+Z held through the
      // browser's repeats undoes one step, not three.
      await page.keyboard.down('Control');
      await page.keyboard.down('z');
      await ui.settle();
      await page.keyboard.down('z'); // repeats
      await page.keyboard.down('z');
      await ui.settle();
      await page.keyboard.up('z');
      await page.keyboard.up('Control');
      await ui.settle();
      rated = await page.evaluate(() => window.kanri.ratings());
      assert.deepEqual(rated, { '4.1-02': 'F' }, 'one step undone');
    }, { lang });
  });

  test(`${lang}: evidence, owner, date and notes typed into the item; a bad date is shown at the field and kept`, async () => {
    await withUi(async (ui, page) => {
      await openAssessment(ui);
      await ui.click(['4.1-01', 'node']); // opens the item's details
      if (!(await ui.exists(['4.1-01', 'owner']))) await ui.click(['4.1-01', 'node']);
      await ui.fill(['4.1-01', 'owner'], lang === 'ja' ? '髙橋 﨑子' : 'Quality lead');
      await ui.key('Enter');
      await saved(page);
      assert.equal((await item(page, '4.1-01')).owner, lang === 'ja' ? '髙橋 﨑子' : 'Quality lead');
      // Not a date: refused, said next to the field, and what was typed stays there to correct.
      await ui.fill(['4.1-01', 'due'], '2026-13-45');
      await ui.key('Enter');
      await ui.reveal(['error:item:4.1-01:due'], ['detail']); // under the field, which may be at the pane's edge
      const error = await ui.find(['error:item:4.1-01:due']);
      assert.ok(error.label.startsWith(ui.t('ErrInvalidDate')), error.label);
      assert.equal((await item(page, '4.1-01')).due || '', '');
      await ui.screenshot(`input-${lang}-bad-date`);
      await ui.fill(['4.1-01', 'due'], '2026-12-24');
      await ui.key('Enter');
      assert.equal((await item(page, '4.1-01')).due, '2026-12-24');
      assert.equal(await ui.exists(['error:item:4.1-01:due']), false, 'the error went with the correction');
      // Notes: the field shows its text wrapped when not being edited; a click edits it.
      await ui.reveal(['4.1-01', '##notes', 'view'], ['detail']);
      await ui.click(['4.1-01', '##notes', 'view']);
      await ui.type('Register needs an owner in every department and a yearly review of the context.');
      await ui.key('Tab'); // leaving the field commits it
      await saved(page);
      assert.match((await item(page, '4.1-01')).notes || '', /yearly review/);
      // Evidence: add, type, remove.
      await ui.reveal(['4.1-01', ui.t('ButtonAddEvidence')], ['detail']);
      await ui.click(['4.1-01', ui.t('ButtonAddEvidence')]);
      await ui.type('Context register v2');
      await ui.key('Tab');
      await saved(page);
      assert.equal((await item(page, '4.1-01')).evidence?.[0]?.text, 'Context register v2');
      await ui.reveal(['4.1-01', 'ev0', ui.t('ButtonRemove')], ['detail']);
      await ui.click(['4.1-01', 'ev0', ui.t('ButtonRemove')]);
      assert.equal(((await item(page, '4.1-01')).evidence || []).length, 0);
      // The status bar offers Undo for the removal.
      await ui.click(['statusundo']);
      assert.equal((await item(page, '4.1-01')).evidence?.[0]?.text, 'Context register v2');
    }, { lang });
  });
}

// A fast typist or a tool types Ctrl+A, text and Backspace before the app draws its next frame.
// The events reach the app in that order, within one browser task here (the extreme case), and
// the field must end as if they had come one by one: ImGui 1.86 reads a frame's characters before
// its keys and drops characters while Ctrl is held, so the app keeps text in order with keys.
test('keys and text that arrive within one frame keep their order (Ctrl+A, typing, Backspace)', async () => {
  await withUi(async (ui, page) => {
    await openAssessment(ui);
    await ui.click(['4.1-01', 'node']);
    if (!(await ui.exists(['4.1-01', 'owner']))) await ui.click(['4.1-01', 'node']);
    await ui.fill(['4.1-01', 'owner'], 'Someone else');
    await page.evaluate(() => {
      const text = (s) => {
        const size = Module.lengthBytesUTF8(s) + 1;
        const p = Module._malloc(size);
        Module.stringToUTF8(s, p, size);
        Module._kanri_text(p);
        Module._free(p);
      };
      const key = (code, down, mods) => Module._kanri_key(code, down, mods);
      key(17, 1, 1); key(65, 1, 1); key(65, 0, 1); key(17, 0, 0); // Ctrl+A
      for (const c of 'Quality') { key(c.toUpperCase().charCodeAt(0), 1, 0); text(c); key(c.toUpperCase().charCodeAt(0), 0, 0); }
      key(8, 1, 0); key(8, 0, 0); // Backspace
      text('ies 品質');
      key(13, 1, 0); key(13, 0, 0); // Enter commits
    });
    await ui.settle();
    await saved(page);
    assert.equal((await item(page, '4.1-01')).owner, 'Qualities 品質');
    // Text, then Ctrl pressed and released, then the window losing the focus, all before the
    // next frame: the text still reaches the field (ImGui drops characters while Ctrl is held;
    // a blur lets go of keys, not of text already committed).
    await ui.fill(['4.1-01', 'owner'], 'Owner');
    await page.evaluate(() => {
      const size = Module.lengthBytesUTF8(' 二') + 1;
      const p = Module._malloc(size);
      Module.stringToUTF8(' 二', p, size);
      Module._kanri_text(p);
      Module._free(p);
      Module._kanri_key(17, 1, 1);
      Module._kanri_key(17, 0, 0);
      Module._kanri_focus(0);
      Module._kanri_focus(1);
    });
    await ui.settle();
    await ui.key('Enter');
    await saved(page);
    assert.equal((await item(page, '4.1-01')).owner, 'Owner 二');
  });
});

test('a gap-list row and a dashboard top gap open their item in the workspace (and its clause in the tree)', async () => {
  await withUi(async (ui, page) => {
    await openAssessment(ui);
    await ui.click(['4.1-01', 'P']);
    await ui.reveal(['8.6.1'], ['tree']);
    await ui.click(['8.6.1']);
    await ui.click(['8.6.1-01', 'N']);
    await ui.reveal(['4.1'], ['tree'], { dy: -120 });
    await ui.click(['4.1']);
    await ui.click(['tab1']);
    await ui.click(['8.6.1-01', 'gap']);
    const title = await ui.find(['clause:title']);
    assert.match(title.label, /^8\.6\.1/);
    assert.ok(await ui.exists(['8.6.1-01', 'node']), 'the item is shown');
    await ui.click(['nav:dashboard']);
    await ui.click(['4.1-01', 'top']);
    assert.match((await ui.find(['clause:title'])).label, /^4\.1/);
  });
});

test('tabs and the sidebar honour quick clicks (press and release within one frame)', async () => {
  await withUi(async (ui) => {
    await ui.quickClick(['nav:assessment']);
    await ui.find(['tab0']);
    for (const [tab, marker] of [['tab1', ['fowner']], ['tab2', ['doc-scope', 'where']], ['tab3', ['cyclename']], ['tab0', ['clause:title']]]) {
      await ui.quickClick([tab]);
      await ui.settle(6);
      assert.ok(await ui.exists(marker), `${tab} stayed selected`);
    }
  }, { width: 1024, height: 640 });
});

test('touch: taps open areas and tabs and press buttons; a drag scrolls the clause tree', async () => {
  await withUi(async (ui, page) => {
    await ui.tap(['nav:assessment']);
    await ui.find(['tab0']);
    await ui.tap(['tab1']);
    assert.ok(await ui.exists(['fowner']), 'the gap list opened');
    await ui.tap(['tab0']);
    await ui.tap(['4.1-01', 'L']);
    assert.equal(await rating(page, '4.1-01'), 'L');
    // Drag the clause tree up: a clause further down comes into view.
    const before = await ui.find(['4', '4.1']);
    const tree = await ui.find(['tree']);
    const dpr = await ui.dpr();
    await ui.swipe(tree.cx / dpr, (tree.cy + tree.h / 4) / dpr, 0, -200);
    const after = (await ui.matches(['4', '4.1'])).matches[0];
    assert.ok(after.y < before.y - 100, `scrolled: ${before.y} → ${after.y}`);
    // A drag is not a tap: nothing was rated on the way.
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), { '4.1-01': 'L' });
    await ui.screenshot('input-touch-scrolled');
  }, { width: 1024, height: 640 });
});

test('Tab and Shift+Tab move one visible focus through the controls; Space acts on it only', async () => {
  await withUi(async (ui, page) => {
    await ui.click(['nav:settings']);
    const seen = new Set();
    for (let i = 0; i < 12; i++) {
      await ui.key('Tab');
      const focus = await page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kanri_test_widgets())).focus);
      if (focus) seen.add(focus);
    }
    assert.ok(seen.size >= 6, 'Tab reached several controls: ' + [...seen].join(', '));
    // Shift+Tab goes back.
    await ui.key('Shift+Tab');
    // After a mouse click no focus is drawn, and Space does nothing.
    await ui.click(['nav:dashboard']);
    await ui.key(' ');
    assert.ok(await ui.exists(['morereasons']), 'Space did not leave the dashboard');
  });
});

test('freeze a cycle, compare it, and delete it only after confirming; Undo brings it back', async () => {
  await withUi(async (ui, page) => {
    await openAssessment(ui);
    await ui.click(['4.1-01', 'P']);
    await ui.click(['tab3']);
    await ui.fill(['cyclename'], '2026 H1');
    await ui.click([ui.t('ButtonFreeze')]);
    await saved(page);
    let doc = JSON.parse(await page.evaluate(() => window.kanri.exportJson()));
    assert.equal(doc.cycles.length, 1);
    // Change a rating: the comparison (newest cycle → current) shows it.
    await ui.click(['tab0']);
    await ui.click(['4.1-01', 'F']);
    await ui.click(['tab3']);
    await ui.screenshot('input-en-cycles-compare');
    await ui.click([ui.t('ButtonDelete')]);
    await ui.find(['modal', ui.t('ButtonConfirmDelete')]);
    await ui.click(['modal', ui.t('ButtonCancel')]);
    doc = JSON.parse(await page.evaluate(() => window.kanri.exportJson()));
    assert.equal(doc.cycles.length, 1, 'Cancel kept the cycle');
    await ui.click([ui.t('ButtonDelete')]);
    await ui.click(['modal', ui.t('ButtonConfirmDelete')]);
    doc = JSON.parse(await page.evaluate(() => window.kanri.exportJson()));
    assert.equal(doc.cycles.length, 0);
    await ui.key('Control+z');
    doc = JSON.parse(await page.evaluate(() => window.kanri.exportJson()));
    assert.equal(doc.cycles.length, 1, 'Ctrl+Z restored it');
  });
});

test('export with the button downloads the document; import with the button asks before replacing', async () => {
  await withUi(async (ui, page) => {
    await ui.click(['nav:settings']);
    const [download] = await Promise.all([page.waitForEvent('download'), ui.click([ui.t('DataExportJson')])]);
    const file = await download.path();
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).format, 'kanri');
    const dir = mkdtempSync(path.join(tmpdir(), 'kanri-up-'));
    const upload = path.join(dir, 'fixture.json');
    writeFileSync(upload, fixture);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.click([ui.t('DataImportJson')])]);
    await chooser.setFiles(upload);
    await ui.find(['modal', ui.t('ButtonReplace')]);
    assert.equal(await rating(page, '8.6.1-01'), '', 'nothing replaced before the answer');
    await ui.screenshot('input-en-import-confirm');
    await ui.click(['modal', ui.t('ButtonReplace')]);
    assert.equal(await rating(page, '8.6.1-01'), 'N');
  });
});

test('language from Settings and undo/redo from the Edit menu and the keyboard', async () => {
  await withUi(async (ui, page) => {
    await ui.click(['nav:settings']);
    await ui.click(['日本語']);
    ui.lang = 'ja';
    await ui.find([ui.t('DataExportJson')]);
    await ui.click(['nav:assessment']);
    await ui.click(['4.1-01', 'L']);
    await ui.click([ui.t('MenuEdit')]);
    await ui.click(['undo']);
    assert.equal(await rating(page, '4.1-01'), '');
    await ui.click([ui.t('MenuEdit')]);
    await ui.click(['redo']);
    assert.equal(await rating(page, '4.1-01'), 'L');
    await ui.key('Control+z');
    assert.equal(await rating(page, '4.1-01'), '');
    await ui.key('Control+y');
    assert.equal(await rating(page, '4.1-01'), 'L');
  });
});
