// The self-assessment in the browser: ratings and evidence through window.kanri, the dashboard
// figures after a reload, cycles, and export/import (API, download, file picker) with bad files
// refused and nothing changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, inBrowser, openKanri, screenshotPath, root } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const fixture = readFileSync(path.join(root, 'tests/fixtures/assessment-v1.json'), 'utf8');

function withApp(fn, locale = 'en-US') {
  return inBrowser('assess', { locale }, async (b) => {
    const page = await b.newPage();
    const record = await openKanri(page);
    await fn(page);
    assert.deepEqual(record.errors, []);
  });
}

test('ratings set through window.kanri give the expected dashboard figures after a reload', async () => {
  await withApp(async (page) => {
    const r = await page.evaluate(() => [
      window.kanri.setRating('4.1-01', 'F'),
      window.kanri.setRating('4.3-01', 'L'),          // key: weight 2
      window.kanri.setRating('8.6.1-01', 'N'),        // key: blocks readiness
      window.kanri.setRating('8.4.1-01', 'NA', 'Funded centrally'),
      window.kanri.setDocument('doc-scope', 'present', 'DMS'),
    ]);
    assert.ok(r.every((x) => x.ok), JSON.stringify(r));
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    const report = await page.evaluate(() => window.kanri.report());
    assert.equal(report.overall, 0.4667); // (1 + 2·2/3 + 2·0) / 5
    assert.equal(report.counts.F, 1);
    assert.equal(report.counts.NA, 1);
    assert.equal(report.verdict.certification_ready, false);
    assert.ok(report.verdict.reasons.some((x) => x.kind === 'key_item_at_n' && x.id === '8.6.1-01'));
    assert.ok(!report.verdict.reasons.some((x) => x.id === 'doc-scope'));
    assert.equal(report.clauses.find((c) => c.id === '4').score, 0.7778);
    await page.evaluate(() => window.kanri.showArea('dashboard'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-dashboard-rated') });
  });
});

test('bad input is refused with a clear message and changes nothing', async () => {
  await withApp(async (page) => {
    await page.evaluate(() => window.kanri.setRating('9.2-01', 'P'));
    const exported = () => page.evaluate(() => window.kanri.exportJson().replace(/"exported_at": "[^"]*"/, ''));
    const before = await exported();
    const results = await page.evaluate(() => [
      window.kanri.setRating('9.2-01', 'Z'),
      window.kanri.setRating('9.2-01', 'NA'),
      window.kanri.setRating('9.2-01', 'NA', '   '),
      window.kanri.setDocument('doc-scope', 'perhaps'),
      window.kanri.freezeCycle(''),
    ]);
    assert.ok(results.every((x) => !x.ok), JSON.stringify(results));
    assert.match(results[1].error, /N\/A needs a written justification/);
    assert.equal(await exported(), before);
  });
});

test('export → import into an empty browser → export gives the same document; malformed files are refused', async () => {
  let exported;
  await withApp(async (page) => {
    assert.deepEqual(await page.evaluate((t) => window.kanri.importJson(t), fixture), { ok: true });
    assert.deepEqual(await page.evaluate(() => window.kanri.freezeCycle('2026 H1')), { ok: true });
    exported = await page.evaluate(() => window.kanri.exportJson());
    // The download button's path: a Blob download of the same document.
    const download = page.waitForEvent('download');
    await page.evaluate(() => window.kanri.downloadExport());
    const file = await (await download).path();
    const downloaded = readFileSync(file, 'utf8');
    const strip = (s) => s.replace(/"exported_at": "[^"]*"/, '');
    assert.equal(strip(downloaded), strip(exported));
  });
  await withApp(async (page) => {
    // Import through the file picker, as the Import button does.
    const dir = mkdtempSync(path.join(tmpdir(), 'kanri-import-'));
    const file = path.join(dir, 'assessment.json');
    writeFileSync(file, exported);
    // The file picker, then the confirmation dialog (answered with real clicks in input.test.mjs):
    // here the dialog is answered with the keyboard, Shift+Tab to "Replace my data" and Enter.
    const chooser = page.waitForEvent('filechooser');
    await page.evaluate(() => window.kanri.pickImport());
    await (await chooser).setFiles(file);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.kanri.getRating('8.6.1-01')), '', 'nothing replaced before the answer');
    await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.kanri.getRating('8.6.1-01') === 'N');
    const again = await page.evaluate(() => window.kanri.exportJson());
    const strip = (s) => s.replace(/"exported_at": "[^"]*"/, '');
    assert.equal(strip(again), strip(exported));
    // Malformed documents: refused, named by JSON path, nothing changed.
    const bad = [
      ['not json', '{"format": "kanri", '],
      ['wrong version', exported.replace('"version": 2', '"version": 9')],
      ['bad rating', exported.replace('"rating": "L"', '"rating": "maybe"')],
      ['javascript link', exported.replace('https://intranet.example/ctx', 'javascript:alert(1)')],
      ['unknown item', exported.replace('"4.3-01"', '"4.3-77"')],
      ['too deep', '{"format":"kanri","version":1,"assessment":' + '['.repeat(3000) + ']'.repeat(3000) + '}'],
    ];
    for (const [what, text] of bad) {
      const r = await page.evaluate((t) => window.kanri.importJson(t), text);
      assert.equal(r.ok, false, what);
      assert.ok(r.error.length > 10, what);
    }
    assert.match((await page.evaluate((t) => window.kanri.importJson(t), bad[2][1])).error, /\/assessment\/items\/\d+\/rating/);
    assert.equal(strip(await page.evaluate(() => window.kanri.exportJson())), strip(exported));
    // The import itself is one undoable edit.
    assert.equal(await page.evaluate(() => window.kanri.undo()), true);
    assert.deepEqual(await page.evaluate(() => window.kanri.ratings()), {});
  });
});

test('Japanese UI: the assessment workspace, gap list, checklist and cycles render', async () => {
  await withApp(async (page) => {
    await page.evaluate((t) => window.kanri.importJson(t), fixture);
    await page.evaluate(() => window.kanri.selectClause('4.3-01'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-assessment-items-ja') });
    await page.evaluate(() => window.kanri.showArea('dashboard'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('web-dashboard-ja') });
  }, 'ja-JP');
});

test('window.kanri.run and query: the dispatcher of kanri-cli apply/query, refusals with their path, saved across a reload', async () => {
  await withApp(async (page) => {
    const answers = await page.evaluate(() => [
      window.kanri.run({ op: 'assessment.rate', item: '8.6.1-01', rating: 'L' }),
      window.kanri.run({ op: 'assessment.update', item: '8.6.1-01', owner: '髙橋', due: '2027-03-31' }),
      window.kanri.run({ op: 'assessment.rate', item: '8.6.1-01', rating: 'Q' }),
      window.kanri.run({ op: 'assessment.rate', item: '8.6.1-01', rating: 'L', colour: 'red' }),
      window.kanri.run({ op: 'no.such.op' }),
      window.kanri.query('nothing'),
    ]);
    assert.deepEqual(answers[0], { ok: true });
    assert.deepEqual(answers[1], { ok: true });
    assert.equal(answers[2].ok, false);
    assert.equal(answers[2].path, '/rating');
    assert.match(answers[2].error, /Not a rating/);
    assert.equal(answers[3].path, '/colour');
    assert.equal(answers[4].path, '/op');
    assert.equal(answers[5].ok, false);
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    const items = await page.evaluate(() => window.kanri.query('assessment.items'));
    assert.equal(items.ok, true);
    const item = items.result.find((i) => i.id === '8.6.1-01');
    assert.equal(item.rating, 'L');
    assert.equal(item.owner, '髙橋');
    assert.equal(item.due, '2027-03-31');
    // The thin wrappers and the dispatcher see the same data.
    assert.equal(await page.evaluate(() => window.kanri.getRating('8.6.1-01')), 'L');
    const scores = await page.evaluate(() => window.kanri.query('assessment.scores'));
    assert.deepEqual(scores.result.counts, (await page.evaluate(() => window.kanri.report())).counts);
  });
});

// The same script as tests/unit/automation_test.cpp (native and wasm under node): the browser's
// window.kanri.run and query answer the same.
function matches(got, expect) {
  if (expect && typeof expect === 'object' && !Array.isArray(expect)) {
    return got && typeof got === 'object' && !Array.isArray(got) && Object.keys(expect).every((k) => k in got && matches(got[k], expect[k]));
  }
  if (Array.isArray(expect)) return Array.isArray(got) && got.length === expect.length && expect.every((e, i) => matches(got[i], e));
  return got === expect;
}

test('the shared automation script answers in the browser as it does natively and under node', async () => {
  const script = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/automation-script.json'), 'utf8'));
  await withApp(async (page) => {
    const answers = await page.evaluate((steps) => steps.map((s) => (s.run ? window.kanri.run(s.run) : window.kanri.query(s.query, s.args))), script.steps);
    script.steps.forEach((s, i) => assert.ok(matches(answers[i], s.expect), `step ${i}: ${JSON.stringify(answers[i])}`));
    await page.evaluate(() => window.kanri.whenSaved());
  });
});
