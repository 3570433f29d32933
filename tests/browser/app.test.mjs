// First frame, no errors, nothing fetched from elsewhere, the CSP in force, ratings through the
// keyboard (the UI path), and a screenshot of each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { startServer, inBrowser, openKanri, screenshotPath, origin } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('first frame renders with no console errors and no request outside the page', async () => {
  await inBrowser('first', null, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    const ready = await page.evaluate(() => window.kanri.ready);
    assert.ok(ready.firstFrameMs > 0, 'ready reports the first frame time');
    assert.equal(ready.readOnly, false);
    assert.match(await page.evaluate(() => window.kanri.version), /^\d+\.\d+\.\d+$/);
    await page.waitForTimeout(300);
    const shot = screenshotPath('web-dashboard-en');
    await page.screenshot({ path: shot });
    assert.ok(statSync(shot).size > 15000, 'the screenshot shows a rendered UI, not a blank canvas');
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.external, []);
    const res = await page.evaluate(async () => {
      const r = await fetch('/');
      return { csp: r.headers.get('content-security-policy'), wasm: (await fetch('/kanri.wasm', { method: 'HEAD' })).headers.get('content-type') };
    });
    assert.match(res.csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(res.csp, /default-src 'none'/);
    assert.equal(res.wasm, 'application/wasm');
  });
});

test('keyboard rating in the assessment view is stored, undoable with Ctrl+Z and redoable with Ctrl+Y', async () => {
  await inBrowser('keys', null, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    assert.ok(await page.evaluate(() => window.kanri.selectClause('8.2.3')));
    await page.mouse.click(640, 30); // focus the canvas (the tab bar's empty end)
    await page.keyboard.press('p');
    await page.waitForFunction(() => window.kanri.getRating('8.2.3-01') === 'P');
    await page.keyboard.press('Control+ArrowDown'); // the next item (Ctrl+arrows: across clauses)
    await page.keyboard.press('f');
    await page.waitForFunction(() => window.kanri.getRating('8.2.3-02') === 'F');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.kanri.getRating('8.2.3-02') === '');
    assert.equal(await page.evaluate(() => window.kanri.getRating('8.2.3-01')), 'P');
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => window.kanri.getRating('8.2.3-02') === 'F');
    await page.evaluate(() => window.kanri.whenSaved());
    await page.waitForTimeout(200);
    await page.screenshot({ path: screenshotPath('web-assessment-en') });
  });
});

test('Japanese locale shows the Japanese UI and the language can be switched at runtime', async () => {
  await inBrowser('ja', { locale: 'ja-JP' }, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    assert.equal(await page.evaluate(() => navigator.language), 'ja-JP');
    assert.equal(await page.evaluate(() => window.kanri.language()), 'ja');
    await page.evaluate(() => { window.kanri.selectClause('8.7.3.2'); window.kanri.setRating('8.7.3.2-01', 'L'); });
    await page.waitForTimeout(300);
    const shot = screenshotPath('web-assessment-ja');
    await page.screenshot({ path: shot });
    assert.ok(statSync(shot).size > 15000);
    await page.evaluate(() => window.kanri.setLanguage('en'));
    assert.equal(await page.evaluate(() => window.kanri.language()), 'en');
    // The choice is stored: it survives a reload.
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.equal(await page.evaluate(() => window.kanri.language()), 'en');
    assert.deepEqual(record.errors, []);
  });
});

test('bad input through the automation API is refused with a message and changes nothing', async () => {
  await inBrowser('bad', null, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    const r1 = await page.evaluate(() => window.kanri.setRating('8.6.1-01', 'X'));
    assert.equal(r1.ok, false);
    assert.match(r1.error, /Not a rating/);
    const r2 = await page.evaluate(() => window.kanri.setRating('11.4-01', 'F'));
    assert.equal(r2.ok, false);
    assert.match(r2.error, /Unknown assessment item/);
    const r3 = await page.evaluate(() => window.kanri.setRating('8.4.1-01', 'NA'));
    assert.equal(r3.ok, false);
    assert.match(r3.error, /N\/A needs a written justification/);
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), {});
    assert.equal(await page.evaluate(() => window.kanri.undo()), false);
  });
});

// The server of scripts/run answers a revalidation with 304 Not Modified, as a static host would:
// a reload keeps the browser's copy (and its compiled wasm) instead of downloading it again.
test('the server sends an ETag and answers a matching If-None-Match with 304, and a changed one with the file', async () => {
  for (const [file, encoding] of [['kanri.wasm', 'gzip'], ['kanri.wasm', 'identity'], ['index.html', 'gzip']]) {
    const first = await fetch(`${origin}/${file}`, { headers: { 'Accept-Encoding': encoding } });
    const etag = first.headers.get('etag');
    assert.equal(first.status, 200);
    assert.match(etag || '', /^".+"$/, `${file} has an ETag`);
    assert.ok((await first.arrayBuffer()).byteLength > 0);
    const again = await fetch(`${origin}/${file}`, { headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag } });
    assert.equal(again.status, 304, `${file} (${encoding}) not modified`);
    const other = await fetch(`${origin}/${file}`, { headers: { 'Accept-Encoding': encoding, 'If-None-Match': '"something-else"' } });
    assert.equal(other.status, 200);
    assert.ok((await other.arrayBuffer()).byteLength > 0);
  }
});
