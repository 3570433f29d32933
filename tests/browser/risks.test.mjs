// The risk register through real input, as a service manager would use it: a risk from a
// template, rated, treated and accepted in the detail editor; the heat map that filters the
// register; the keyboard in the table; CSV out (a download) and in (the file picker, a bad file
// refused with its reason, a good one counted); a risk raised from a gap of the assessment; the
// matrix changed with its preview and undone; a touch tap; everything still there after a
// reload. In English and Japanese at 1024×640, 1280×800 and 1920×1080, with screenshots.
// window.kanri only reads here, except in the last test, which is the automation path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, inBrowser, testSite } from './harness.mjs';
import { openUi } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

function withUi(fn, { lang = 'en', width = 1280, height = 800 } = {}) {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return inBrowser('risks', { locale, width, height }, async (b) => {
    const page = await b.newPage();
    const ui = await openUi(page, { lang });
    await fn(ui, page);
    assert.deepEqual(ui.record.errors, []);
  });
}

const risks = (page) => page.evaluate(() => window.kanri.query('risks').result);
const countLabel = async (ui) => (await ui.find(['register', 'table:count'])).label;

async function pick(ui, combo, option) {
  await ui.click([combo]);
  await ui.click([option]);
  await ui.settle(4);
}

test('en 1280×800: from a template to an accepted risk, the heat map filters, CSV out and in, after a reload', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:risks']);
    await ui.find([ui.t('RiskTitle')]).catch(() => {});
    await ui.screenshot('risks-en-1280-empty');
    // A risk from the outage template: created and shown in the detail editor beside the register.
    await ui.click(['template']);
    await ui.click(['template:service_outage']);
    let all = await risks(page);
    assert.equal(all.length, 1);
    assert.equal(all[0].fields.title, 'Outage of a service');
    assert.deepEqual(all[0].links.map((l) => l.to_id), ['8.7.1', '8.7.2']);
    // Rated 4 × 4 with the level buttons: high, 16.
    await ui.reveal(['inherent_impact', '5'], ['riskdetail']);
    await ui.click(['inherent_likelihood', '4']);
    await ui.click(['inherent_impact', '4']);
    assert.match((await ui.find(['inherent_band'])).label, /16.*High/);
    // Treated: modify, a residual of 2 × 3, an owner typed.
    await ui.reveal(['combo:treatment'], ['riskdetail']);
    await pick(ui, 'combo:treatment', ui.t('RiskTreatModify'));
    await ui.reveal(['residual_likelihood', '2'], ['riskdetail']);
    await ui.click(['residual_likelihood', '2']);
    await ui.click(['residual_impact', '3']);
    await ui.reveal(['risk:R-001', 'owner'], ['riskdetail'], { dy: -120 });
    await ui.fill(['risk:R-001', 'owner'], 'Ops lead');
    await ui.key('Enter');
    all = await risks(page);
    assert.equal(all[0].fields.treatment, 'modify');
    assert.deepEqual([all[0].inherent.score, all[0].residual.score, all[0].residual.band], [16, 6, 'medium']);
    assert.equal(all[0].fields.owner, 'Ops lead');
    // Accepted with the form: who, why; the date is today, the expiry a year on.
    await ui.reveal(['accept'], ['riskdetail']);
    await ui.click(['accept']);
    await ui.reveal(['acceptRationale'], ['riskdetail']);
    await ui.fill(['acceptBy'], 'Hanako Sato');
    await ui.fill(['acceptRationale'], 'Second region in place');
    await ui.reveal([ui.t('RiskAcceptRecord')], ['riskdetail']);
    await ui.screenshot('risks-en-1280-accepting');
    await ui.click([ui.t('RiskAcceptRecord')]);
    all = await risks(page);
    assert.equal(all[0].acceptance, 'valid');
    assert.equal(all[0].fields.status, 'accepted');
    assert.equal(all[0].fields.accepted_by, 'Hanako Sato');
    assert.equal(all[0].fields.accepted_band, 'medium');
    await ui.find(['acceptance:state']);

    // A second risk, blank. On this window the detail replaces the register: back to it.
    await ui.click(['new']);
    assert.equal((await risks(page)).length, 2);
    await ui.find(['risk:R-002', 'title']);
    await ui.click(['back']);
    assert.match(await countLabel(ui), /2 of 2/);
    // The inherent heat map's 4 × 4 cell shows only the first.
    if (!(await ui.exists(['cell:inherent:4:4']))) await ui.click(['heatmaps']);
    const cell = await ui.find(['cell:inherent:4:4']);
    assert.equal(cell.label, '1');
    await ui.click(['cell:inherent:4:4']);
    assert.match(await countLabel(ui), /1 of 2/);
    await ui.screenshot('risks-en-1280-filtered');
    await ui.click(['cellfilter']);
    assert.match(await countLabel(ui), /2 of 2/);
    // CSV out: the download holds both risks, with a byte-order mark.
    const [download] = await Promise.all([page.waitForEvent('download'), ui.click(['csvout'])]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFid,title,'), csv.slice(0, 40));
    assert.ok(csv.includes('R-001,Outage of a service,'));
    // CSV in: a file with a bad row is refused with its line and changes nothing…
    const dir = mkdtempSync(path.join(tmpdir(), 'kanri-risks-'));
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, csv.replace('R-002,New risk,', 'R-002,,'));
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.click(['csvin'])]);
    await chooser.setFiles(bad);
    await ui.settle(6);
    const refused = await ui.find(['status:message']);
    assert.ok(refused.label.includes('bad.csv') && refused.label.includes('3'), refused.label);
    assert.equal((await risks(page))[1].fields.title, 'New risk');
    // …and a good one says how many rows it imported.
    const good = path.join(dir, 'good.csv');
    writeFileSync(good, csv.replace('R-002,New risk,', 'R-002,Key person leaves,'));
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.click(['csvin'])]);
    await chooser.setFiles(good);
    await ui.settle(6);
    const imported = await ui.find(['status:message']);
    assert.ok(imported.label.includes('2'), imported.label);
    assert.equal((await risks(page))[1].fields.title, 'Key person leaves');

    // After a reload everything is there.
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    await ui.settle();
    all = await risks(page);
    assert.deepEqual(all.map((r) => [r.id, r.acceptance]), [['R-001', 'valid'], ['R-002', 'none']]);
    await ui.click(['nav:risks']);
    await ui.find(['row:R-001', 'sel']);
  });
});

test('ja 1024×640: a risk raised from a gap of the assessment, the register on a narrow window, a touch tap on the heat map', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:assessment']);
    await ui.click(['4.1-01', 'N']);
    await ui.click(['tab1']);
    await ui.screenshot('risks-ja-1024-gaps');
    await ui.click(['4.1-01', 'raise']);
    const all = await risks(page);
    assert.equal(all.length, 1);
    assert.deepEqual(all[0].links.map((l) => l.to_id).sort(), ['4.1', '4.1-01']);
    // The new risk is open in the Risks area; on a narrow window the detail replaces the register.
    await ui.find(['risk:R-001', 'title']);
    await ui.reveal(['inherent_impact', '5'], ['riskdetail']);
    await ui.click(['inherent_likelihood', '2']);
    await ui.click(['inherent_impact', '5']);
    await ui.screenshot('risks-ja-1024-detail');
    await ui.click(['back']);
    await ui.find(['row:R-001', 'sel']);
    // The gap list now links to the risk.
    await ui.click(['nav:assessment']);
    await ui.click(['tab1']);
    await ui.find(['4.1-01', 'risk']);
    await ui.click(['nav:risks']);
    // Heat maps start folded on a short window; open them and tap a cell with a finger.
    await ui.click(['heatmaps']);
    await ui.tap(['cell:inherent:2:5']);
    await ui.click(['heatmaps']); // folded again: the register has the room
    assert.match(await countLabel(ui), /1/);
    await ui.find(['cellfilter']);
    await ui.screenshot('risks-ja-1024-register');
    // The dashboard card counts what needs attention.
    await ui.click(['nav:dashboard']);
    for (let i = 0; i < 10 && !(await ui.exists(['openrisks'])); i++) {
      await page.mouse.move(600, 400);
      await page.mouse.wheel(0, 300);
      await ui.settle(2);
    }
    await ui.screenshot('risks-ja-1024-dashboard');
    await ui.click(['openrisks']);
    await ui.find(['row:R-001', 'sel']);
  }, { lang: 'ja', width: 1024, height: 640 });
});

test('en 1920×1080: the matrix changed in its editor, previewed, applied as one edit and undone; the keyboard in the register', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    // Data through the automation path, the editing through the interface.
    const setup = await page.evaluate(() => [
      window.kanri.run({ op: 'risk.create', template: 'capacity_shortfall' }),
      window.kanri.run({ op: 'risk.update', id: 'R-001', fields: { inherent_likelihood: '2', inherent_impact: '3' } }),
    ]);
    assert.ok(setup.every((r) => r.ok), JSON.stringify(setup));
    await ui.click(['nav:risks']);
    await ui.click(['rtab1']);
    await ui.find(['matrix:preview']);
    // Medium from 7: R-001 (6) falls to low; the preview says so before anything changes.
    await ui.fill(['medium', 'min'], '7');
    await ui.key('Enter');
    assert.equal((await ui.find(['matrix:preview'])).label, '2');
    assert.equal((await page.evaluate(() => window.kanri.query('risk.matrix').result)).bands[1].min, 5);
    await ui.screenshot('risks-en-1920-matrix-preview');
    await ui.click(['apply']);
    assert.equal((await page.evaluate(() => window.kanri.query('risk.matrix').result)).bands[1].min, 7);
    assert.equal((await risks(page))[0].inherent.band, 'low');
    await ui.key('Control+z');
    assert.equal((await page.evaluate(() => window.kanri.query('risk.matrix').result)).bands[1].min, 5);
    assert.equal((await risks(page))[0].inherent.band, 'medium');
    await ui.click(['rtab0']);
    // The keyboard in the register: a click selects the first row (its detail beside), the
    // down arrow the next one.
    await ui.click(['new']);
    await ui.click(['row:R-001', 'sel']);
    await ui.find(['risk:R-001', 'title']);
    await ui.key('ArrowDown');
    await ui.find(['risk:R-002', 'title']);
    await ui.key('ArrowUp');
    await ui.find(['risk:R-001', 'title']);
    await ui.screenshot('risks-en-1920-register');
  }, { width: 1920, height: 1080 });
});

test('ja 1920×1080: the register and its detail side by side', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:risks']);
    await ui.click(['template']);
    await ui.click(['template:security_incident']);
    await ui.reveal(['inherent_impact', '5'], ['riskdetail']);
    await ui.click(['inherent_likelihood', '3']);
    await ui.click(['inherent_impact', '5']);
    const all = await risks(page);
    assert.equal(all[0].fields.title, '情報セキュリティインシデント');
    assert.equal(all[0].inherent.level, '高');
    assert.deepEqual(await ui.boxGlyphs(), []);
    await ui.screenshot('risks-ja-1920-register');
  }, { lang: 'ja', width: 1920, height: 1080 });
});

test('window.kanri.run: a risk created, treated and accepted is there after a reload', async () => {
  await withUi(async (ui, page) => {
    const answers = await page.evaluate(() => [
      window.kanri.run({ op: 'risk.create', fields: { title: '停止', inherent_likelihood: '4', inherent_impact: '5' } }),
      window.kanri.run({ op: 'risk.update', id: 'R-001', fields: { treatment: 'modify', residual_likelihood: '2', residual_impact: '2' } }),
      window.kanri.run({ op: 'risk.accept', id: 'R-001', by: '佐藤', until: '2099-01-01', rationale: '冗長化' }),
      window.kanri.run({ op: 'risk.update', id: 'R-001', fields: { inherent_likelihood: '9' } }),
    ]);
    assert.deepEqual(answers.map((a) => a.ok), [true, true, true, false]);
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    const [r] = await risks(page);
    assert.deepEqual([r.id, r.fields.title, r.inherent.band, r.residual.band, r.acceptance], ['R-001', '停止', 'critical', 'low', 'valid']);
  });
});
