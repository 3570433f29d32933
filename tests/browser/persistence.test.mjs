// Ratings survive a reload and a browser restart; a second tab is read-only and cannot write.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newProfile, removeProfile, openKanri, idb, screenshotPath } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('a rating survives a reload and a browser restart', async () => {
  const profile = newProfile('persist');
  try {
    let b = await launch(profile);
    let page = await b.newPage();
    await openKanri(page);
    assert.deepEqual(await page.evaluate(() => window.kanri.setRating('8.5.1.3-01', 'L')), { ok: true });
    assert.deepEqual(await page.evaluate(() => window.kanri.setRating('4.3-01', 'L')), { ok: true });
    const saved = await page.evaluate(() => window.kanri.whenSaved());
    assert.equal(saved.status, 'saved');
    assert.ok(saved.generation >= 1);
    const head = await idb(page, { op: 'get', key: 'head' });
    assert.equal(head.generation, saved.generation, 'the head record holds the acknowledged generation');

    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), { '4.3-01': 'L', '8.5.1.3-01': 'L' });

    await b.close();
    b = await launch(profile);
    page = await b.newPage();
    const record = await openKanri(page);
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), { '4.3-01': 'L', '8.5.1.3-01': 'L' });
    assert.deepEqual(await page.evaluate(() => window.kanri.notices().filter((n) => n !== 'NotPersisted')), []);
    assert.deepEqual(record.errors, []);
    await b.close();
  } finally {
    removeProfile(profile);
  }
});

test('a save writes only the chunks that changed, and a large database reloads intact', async () => {
  const profile = newProfile('chunks');
  const b = await launch(profile);
  try {
    const page = await b.newPage();
    await openKanri(page);
    assert.ok(await page.evaluate(() => window.kanri.__test.pad(700 * 1024)));
    await page.evaluate(() => window.kanri.whenSaved());
    const first = await page.evaluate(() => window.kanri.__test.lastSaveWritten());
    assert.ok(first > 700 * 1024, `the first save of the padded database writes it all (${first})`);
    // Each slot catches up once; from then on an edit writes a few chunks only.
    for (const code of ['N', 'P', 'L']) {
      await page.evaluate((c) => window.kanri.setRating('6.3-01', c), code);
      await page.evaluate(() => window.kanri.whenSaved());
    }
    const written = await page.evaluate(() => window.kanri.__test.lastSaveWritten());
    const chunk = await page.evaluate(() => KanriStorage.CHUNK);
    assert.ok(written <= 3 * chunk, `an edit writes at most three chunks (${written})`);
    const size = await page.evaluate(() => Module._kanri_snapshot());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    assert.equal(await page.evaluate(() => window.kanri.getRating('6.3-01')), 'L');
    assert.equal(await page.evaluate(() => Module._kanri_snapshot()), size, 'the whole image came back');
    // A start reads one copy; the other is read after the first frame, so the first save after
    // a reload is still a diff. An older copy that was never needed is not "damaged".
    await page.evaluate(() => window.kanri.setRating('6.3-01', 'F'));
    await page.evaluate(() => window.kanri.whenSaved());
    const afterReload = await page.evaluate(() => window.kanri.__test.lastSaveWritten());
    assert.ok(afterReload <= 3 * chunk, `the first edit after a reload writes at most three chunks (${afterReload})`);
    assert.equal(await idb(page, { op: 'get', key: 'quarantine' }), undefined, 'nothing was quarantined');
    const notices = await page.evaluate(() => window.kanri.notices());
    assert.ok(!notices.includes('FellBack') && !notices.includes('BothBad'), notices.join());
  } finally {
    await b.close();
    removeProfile(profile);
  }
});

test('a second tab opens read-only, says so, and its write attempt changes nothing', async () => {
  const profile = newProfile('tabs');
  const b = await launch(profile);
  try {
    const first = await b.newPage();
    await openKanri(first);
    await first.evaluate(() => window.kanri.setRating('9.2-01', 'P'));
    const saved = await first.evaluate(() => window.kanri.whenSaved());

    const second = await b.newPage();
    await openKanri(second);
    assert.equal(await second.evaluate(() => window.kanri.readOnly), true);
    assert.ok((await second.evaluate(() => window.kanri.notices())).includes('ReadOnlyTab'));
    assert.equal((await second.evaluate(() => window.kanri.saveState())).status, 'readonly');
    assert.deepEqual(await second.evaluate(() => window.kanri.ratings()), { '9.2-01': 'P' }, 'the second tab shows the saved data');
    const attempt = await second.evaluate(() => window.kanri.setRating('9.2-01', 'F'));
    assert.equal(attempt.ok, false);
    assert.match(attempt.error, /Read-only/);
    await second.screenshot({ path: screenshotPath('web-second-tab-readonly') });
    await second.waitForTimeout(300);
    const head = await idb(second, { op: 'get', key: 'head' });
    assert.equal(head.generation, saved.generation, 'nothing was written by the second tab');

    // The first tab still writes.
    await first.evaluate(() => window.kanri.setRating('9.2-01', 'L'));
    const again = await first.evaluate(() => window.kanri.whenSaved());
    assert.equal(again.generation, saved.generation + 1);
  } finally {
    await b.close();
    removeProfile(profile);
  }
});

test('without Web Locks two writers cannot overwrite each other: the generation check refuses the stale one', async () => {
  // Negative control for the lock: both tabs believe they are the writer.
  const profile = newProfile('nolock');
  const b = await launch(profile, { initScript: () => { Object.defineProperty(navigator, 'locks', { value: undefined }); } });
  try {
    const a = await b.newPage();
    await openKanri(a);
    await a.evaluate(() => window.kanri.setRating('8.1-01', 'F'));
    await a.evaluate(() => window.kanri.whenSaved());
    const c = await b.newPage();
    await openKanri(c);
    assert.equal(await c.evaluate(() => window.kanri.readOnly), false, 'no lock: the second tab writes too');
    // a writes again; c, which loaded the older generation, then tries to write.
    await a.evaluate(() => window.kanri.setRating('8.1-01', 'L'));
    await a.evaluate(() => window.kanri.whenSaved());
    await c.evaluate(() => window.kanri.setRating('8.2.1-01', 'N'));
    await c.waitForFunction(() => window.kanri.saveState().status === 'error');
    assert.match((await c.evaluate(() => window.kanri.saveState())).error, /another tab/);
    // a's acknowledged save is what a fresh load sees.
    const d = await b.newPage();
    await openKanri(d);
    assert.deepEqual(await d.evaluate(() => window.kanri.ratings()), { '8.1-01': 'L' });
  } finally {
    await b.close();
    removeProfile(profile);
  }
});
