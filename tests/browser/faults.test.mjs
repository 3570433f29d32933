// Damaged storage, missing storage, failing saves and missing WebGL 2: each visible, none loses
// what the user did.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inBrowser, openKanri, idb, screenshotPath } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

// Two acknowledged saves: generation g-1 has 4.1=P, generation g has 4.1=F.
async function twoGenerations(page) {
  await page.evaluate(() => window.kanri.setRating('4.1-01', 'P'));
  await page.evaluate(() => window.kanri.whenSaved());
  await page.evaluate(() => window.kanri.setRating('4.1-01', 'F'));
  const s = await page.evaluate(() => window.kanri.whenSaved());
  const head = await idb(page, { op: 'get', key: 'head' });
  return { generation: s.generation, slot: head.slot, other: head.slot === 'A' ? 'B' : 'A' };
}

for (const damage of ['checksum', 'truncate', 'quick_check']) {
  test(`a damaged newest copy (${damage}) falls back to the other slot and says so`, async () => {
    await inBrowser('fallback', null, async (b) => {
      const page = await b.newPage();
      await openKanri(page);
      const g = await twoGenerations(page);
      if (damage === 'checksum') await idb(page, { op: 'flip', slot: g.slot, chunk: 0, at: 5000, count: 3 });
      if (damage === 'truncate') await idb(page, { op: 'truncate', slot: g.slot, chunk: 0, size: 3000 });
      if (damage === 'quick_check') await idb(page, { op: 'noise', slot: g.slot, from: 4096 });
      await page.reload();
      await page.evaluate(() => window.kanri.ready);
      assert.ok((await page.evaluate(() => window.kanri.notices())).includes('FellBack'));
      assert.equal(await page.evaluate(() => window.kanri.getRating('4.1-01')), 'P', 'the previous generation is loaded');
      await page.waitForTimeout(200);
      if (damage === 'checksum') await page.screenshot({ path: screenshotPath('web-fallback-notice') });
      // The damaged copy is kept for download before anything overwrites it.
      const q = await idb(page, { op: 'get', key: 'quarantine' });
      assert.deepEqual(q.items.map((i) => i.key), ['slot' + g.slot]);
      // The next save overwrites the damaged slot, not the good copy it loaded from.
      await page.evaluate(() => window.kanri.setRating('4.2-01', 'L'));
      const s = await page.evaluate(() => window.kanri.whenSaved());
      assert.equal(s.generation, g.generation + 1);
      assert.equal((await idb(page, { op: 'get', key: 'head' })).slot, g.slot);
      assert.equal((await idb(page, { op: 'get', key: 'slot' + g.other })).generation, g.generation - 1, 'the good copy is intact');
      await page.reload();
      await page.evaluate(() => window.kanri.ready);
      assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), { '4.1-01': 'P', '4.2-01': 'L' });
      assert.ok(!(await page.evaluate(() => window.kanri.notices())).includes('FellBack'));
    });
  });
}

// A start reads one copy; the other is read only when needed. When SQLite refuses the newest
// copy and the older one then cannot be read at all, the app must not save over either.
test('the newest copy refused by SQLite and the other unreadable: works in memory, says so, writes neither', async () => {
  await inBrowser('unreadable', null, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    const g = await twoGenerations(page);
    await idb(page, { op: 'noise', slot: g.slot, from: 4096 });
    // Every later read of a single slot fails (the start's own read of the newest copy works).
    await page.addInitScript(() => {
      let storage;
      Object.defineProperty(window, 'KanriStorage', {
        configurable: true,
        get() { return storage; },
        set(v) { storage = v; v.readSlot = () => Promise.reject(new Error('injected read failure')); },
      });
    });
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.ok((await page.evaluate(() => window.kanri.notices())).includes('NoStorage'));
    await page.evaluate(() => window.kanri.setRating('4.2-01', 'L'));
    await page.waitForTimeout(500);
    assert.equal((await page.evaluate(() => window.kanri.saveState())).status, 'unsaved');
    const head = await idb(page, { op: 'get', key: 'head' });
    assert.deepEqual([head.slot, head.generation], [g.slot, g.generation], 'nothing was saved');
    assert.equal((await idb(page, { op: 'get', key: 'slot' + g.other })).generation, g.generation - 1);
    await page.close();
    // Readable again: the older copy is there, intact.
    const again = await b.newPage();
    await openKanri(again);
    assert.ok((await again.evaluate(() => window.kanri.notices())).includes('FellBack'));
    assert.equal(await again.evaluate(() => window.kanri.getRating('4.1-01')), 'P');
  });
});

test('both copies damaged: starts empty, says so, keeps the damaged bytes downloadable', async () => {
  await inBrowser('bothbad', null, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    const g = await twoGenerations(page);
    await idb(page, { op: 'flip', slot: g.slot, chunk: 0, at: 100, count: 5 });
    await idb(page, { op: 'flip', slot: g.other, chunk: 0, at: 100, count: 5 });
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.ok((await page.evaluate(() => window.kanri.notices())).includes('BothBad'));
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-both-damaged-notice') });
    const q = await idb(page, { op: 'get', key: 'quarantine' });
    assert.equal(q.items.length, 2, 'both damaged copies are kept');
    assert.ok(q.items.every((i) => i.byteLength > 0));
    // The download offers the damaged bytes.
    const download = page.waitForEvent('download');
    await page.evaluate(() => window.kanriHost.downloadDamaged());
    const d = await download;
    assert.match(d.suggestedFilename(), /^kanri-damaged-slot[AB]\.sqlite$/);
    // New edits are saved normally, after the quarantine.
    await page.evaluate(() => window.kanri.setRating('5.1-01', 'F'));
    const s = await page.evaluate(() => window.kanri.whenSaved());
    assert.ok(s.generation > g.generation);
  });
});

test('the browser discarding its damaged storage (dataLoss on the upgrade) is said in a banner, and saving goes on', async () => {
  // Chromium reports a database it had to recreate through the upgrade event's dataLoss;
  // the init script makes every upgrade report it, as after such a recovery.
  const initScript = () => {
    Object.defineProperty(IDBVersionChangeEvent.prototype, 'dataLoss', { get: () => 'total' });
    Object.defineProperty(IDBVersionChangeEvent.prototype, 'dataLossMessage', { get: () => 'test: backing store recreated' });
  };
  await inBrowser('dataloss', { initScript }, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    assert.ok((await page.evaluate(() => window.kanri.notices())).includes('BrowserDataLoss'));
    assert.deepEqual(await page.evaluate(() => window.kanri.setRating('7.2-01', 'L')), { ok: true });
    assert.equal((await page.evaluate(() => window.kanri.whenSaved())).status, 'saved');
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-browser-data-loss') });
    assert.deepEqual(record.errors, []);
  });
  // Without it, a first run raises no such notice.
  await inBrowser('nodataloss', {}, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    assert.ok(!(await page.evaluate(() => window.kanri.notices())).includes('BrowserDataLoss'));
  });
});

test('IndexedDB unavailable: the app works in memory and shows "not saved" with the reason', async () => {
  await inBrowser('noidb', { initScript: () => { Object.defineProperty(window, 'indexedDB', { value: undefined }); } }, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    assert.ok((await page.evaluate(() => window.kanri.notices())).includes('NoStorage'));
    assert.deepEqual(await page.evaluate(() => window.kanri.setRating('7.2-01', 'L')), { ok: true });
    assert.equal(await page.evaluate(() => window.kanri.getRating('7.2-01')), 'L');
    const s = await page.evaluate(() => window.kanri.saveState());
    assert.equal(s.status, 'unsaved');
    assert.match(s.error, /IndexedDB/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-no-storage') });
    assert.deepEqual(record.errors, []);
  });
});

test('a failing save (quota) shows the error, keeps the edit, and the retry saves it', async () => {
  await inBrowser('quota', null, async (b) => {
    const page = await b.newPage();
    await openKanri(page);
    await page.evaluate(() => window.kanri.whenSaved());
    const before = (await page.evaluate(() => window.kanri.saveState())).generation;
    await page.evaluate(() => window.kanri.__test.failNextSaves(2, 'QuotaExceededError'));
    await page.evaluate(() => window.kanri.setRating('8.4.3-01', 'P'));
    await page.waitForFunction(() => window.kanri.saveState().status === 'error');
    const s = await page.evaluate(() => window.kanri.saveState());
    assert.match(s.error, /full/);
    assert.equal(s.generation, before, 'nothing acknowledged while failing');
    assert.equal(await page.evaluate(() => window.kanri.getRating('8.4.3-01')), 'P', 'the edit is kept in memory');
    await page.screenshot({ path: screenshotPath('web-save-failed') });
    const saved = await page.evaluate(() => window.kanri.whenSaved(15000));
    assert.equal(saved.generation, before + 1);
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.equal(await page.evaluate(() => window.kanri.getRating('8.4.3-01')), 'P');
  });
});

test('no WebGL 2: a readable page explains what is needed', async () => {
  await inBrowser('nowebgl', {
    initScript: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) { return type === 'webgl2' ? null : original.call(this, type, ...rest); };
    },
  }, async (b) => {
    const page = await b.newPage();
    await openKanri(page, { wait: false });
    await page.waitForSelector('#fatal:not([hidden])');
    assert.match(await page.textContent('#fatal-title'), /WebGL 2/);
    assert.match(await page.textContent('#fatal-body'), /Chrome|Firefox|Safari/);
    assert.equal(await page.isHidden('#loading'), true);
    await page.screenshot({ path: screenshotPath('web-no-webgl2') });
  });
});
