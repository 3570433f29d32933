// SIGKILL of the whole browser while saves are in flight, many rounds: an acknowledged save is
// never lost and the stored data never fails to load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, newProfile, removeProfile, openKanri, root } from './harness.mjs';

const ROUNDS = Number(process.env.KANRI_CRASH_ROUNDS || 10);

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test(`SIGKILL during saves, ${ROUNDS} rounds: every acknowledged save survives, nothing is corrupt`, async () => {
  const profile = newProfile('crash');
  const leaves = ['4.1-01', '4.2-01', '4.3-01', '4.4-01', '5.1-01', '5.2.1-01', '5.2.2-01', '5.3-01', '6.1-01', '6.2.1-01', '6.2.2-01', '6.3-01', '7.1-01', '7.2-01', '7.3-01', '7.4-01'];
  const busy = ['8.6.1-01', '8.6.2-01', '8.6.3-01', '8.7.1-01'];
  const codes = ['N', 'P', 'L', 'F'];
  const acknowledged = {};
  let b = null; // the running browser: killed on failure too, or node would wait for it forever
  let previousStderr = ''; // what the killed browser said last
  try {
    for (let round = 0; round < ROUNDS; round++) {
      b = await launch(profile);
      const page = await b.newPage();
      const record = await openKanri(page);
      // Everything acknowledged before every earlier kill is here.
      const ratings = await page.evaluate(() => window.kanri.ratings());
      const notices = await page.evaluate(() => window.kanri.notices());
      assert.ok(!notices.includes('BrowserDataLoss'), `round ${round}: Chromium discarded its IndexedDB as damaged (a loss of the browser's, not of Kanri's writes; see build/test-logs/crash-failure)`);
      for (const [id, code] of Object.entries(acknowledged))
        assert.equal(ratings[id], code, `round ${round}: ${id} (notices ${JSON.stringify(notices)}, ${Object.keys(ratings).length} rated)`);
      assert.ok(!notices.includes('BothBad'), `round ${round}: stored data loads`);
      assert.deepEqual(record.errors, []);
      // One acknowledged edit...
      const id = leaves[round % leaves.length];
      const code = codes[round % codes.length];
      assert.deepEqual(await page.evaluate(([i, c]) => window.kanri.setRating(i, c), [id, code]), { ok: true }, `round ${round}: rate ${id}`);
      await page.evaluate(() => window.kanri.whenSaved());
      acknowledged[id] = code;
      // ...then a burst of edits, killed while they are being saved.
      await page.evaluate((ids) => {
        let n = 0;
        const tick = () => { window.kanri.setRating(ids[n % ids.length], ['N', 'P', 'L', 'F'][n % 4]); n++; setTimeout(tick, 1); };
        window.kanri.__test.pad(200000 + Math.floor(Math.random() * 400000));
        tick();
      }, busy);
      await new Promise((r) => setTimeout(r, 40 + Math.random() * 160));
      previousStderr = b.stderrTail();
      await b.kill();
      b = null;
    }
  } catch (err) {
    // Keep what explains a loss: the profile's storage and what both browsers printed.
    const keep = path.join(root, 'build/test-logs/crash-failure');
    mkdirSync(keep, { recursive: true });
    try { cpSync(path.join(profile, 'Default/IndexedDB'), path.join(keep, 'IndexedDB'), { recursive: true }); } catch {}
    writeFileSync(path.join(keep, 'chromium-stderr.txt'), '--- killed browser ---\n' + previousStderr + '\n--- browser that found the loss ---\n' + (b ? b.stderrTail() : ''));
    throw err;
  } finally {
    if (b) await b.kill();
    removeProfile(profile);
  }
});
