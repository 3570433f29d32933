// Services, KPIs and objectives through real input: a service with an SLA target and a KPI made
// for it from its card, values recorded from the form (a period that does not exist refused at
// the form, the typed value kept), a missed value raised as a nonconformity with one click, the
// trend chart's hover, values imported from a CSV file (a bad file refused with its line, a good
// one imported), an objective linked to the KPI, the service report for a quarter downloaded as
// CSV, and everything there after a reload. Then the catalogue, a KPI and an objective in
// Japanese and English at 1024×640 and 1920×1080 (a finger on a row), with no □ and no clipped
// glyph. window.kanri only reads in the first test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, testSite } from './harness.mjs';
import { withUi as withProfile, noBadGlyphs, sizes } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const withUi = (fn, opts) => withProfile('performance', fn, opts);
const q = (page, name, args) => page.evaluate(([n, a]) => window.kanri.query(n, a).result, [name, args]);

test('en 1280×800: a service, its SLA target and KPI, values recorded and imported, a miss raised, an objective, the report; there after a reload', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:performance']);
    await ui.screenshot('performance-en-1280-empty');
    await ui.click(['newservice']);
    let services = await q(page, 'services');
    assert.equal(services.length, 1);
    await ui.reveal(['addsla'], ['servicedetail']);
    await ui.click(['addsla']);
    services = await q(page, 'services');
    assert.equal(services[0].sla_targets.length, 1);
    // A KPI for the target, from its card: it opens in the KPI tab.
    await ui.reveal(['newkpi:SLA-001'], ['servicedetail']);
    await ui.click(['newkpi:SLA-001']);
    let kpis = await q(page, 'kpis');
    assert.equal(kpis.length, 1);
    assert.equal(kpis[0].sla_target, 'SLA-001');
    assert.equal(kpis[0].fields.target, '99.9');
    await ui.find(['kpidetail']);
    // A threshold typed into its field.
    await ui.reveal(['threshold'], ['kpidetail']);
    await ui.fill(['threshold'], '99.5');
    await ui.key('Enter');
    for (let i = 0; i < 20 && (await q(page, 'kpis'))[0].fields.threshold !== '99.5'; i++) await ui.settle(2);
    // Values from the form: Record stays off until a period and a value are there.
    await ui.reveal(['mperiod'], ['kpidetail']);
    await ui.fill(['mperiod'], '2026-10');
    await ui.fill(['mvalue'], '99.95');
    await ui.reveal(['record'], ['kpidetail']);
    await ui.click(['record']);
    kpis = await q(page, 'kpis');
    assert.equal(kpis[0].measurements.length, 1);
    assert.equal(kpis[0].measurements[0].result, 'met');
    // A period that does not exist: refused at the form, the value kept to correct.
    await ui.reveal(['mperiod'], ['kpidetail']);
    await ui.fill(['mperiod'], '2026-13');
    await ui.fill(['mvalue'], '97.0');
    await ui.click(['record']);
    await ui.reveal(['measure:error'], ['kpidetail']);
    assert.ok((await ui.find(['measure:error'])).label.length > 0);
    assert.equal((await q(page, 'kpis'))[0].measurements.length, 1);
    await ui.reveal(['mperiod'], ['kpidetail'], { dy: -120 });
    await ui.fill(['mperiod'], '2026-11');
    await ui.click(['record']);
    kpis = await q(page, 'kpis');
    assert.equal(kpis[0].measurements.length, 2);
    assert.equal(kpis[0].measurements[1].value, '97.0', 'the value typed before the refusal was kept');
    assert.equal(kpis[0].measurements[1].result, 'missed');
    await ui.screenshot('performance-en-1280-kpi');
    // The missed value raises a nonconformity with one click.
    const missed = kpis[0].measurements[1].id;
    await ui.reveal([missed, 'raisenc'], ['kpidetail']);
    await ui.click([missed, 'raisenc']);
    const ncs = (await q(page, 'improvements')).nonconformities;
    assert.equal(ncs.length, 1);
    assert.equal(ncs[0].fields.source, 'kpi_miss');
    assert.ok(await ui.exists([missed, 'open']));
    // The trend chart: the pointer on its left half shows the earlier value.
    await ui.reveal(['trend'], ['kpidetail'], { dy: -120 });
    const chart = await ui.find(['trend']);
    const dpr = await ui.dpr();
    await page.mouse.move((chart.x + chart.w * 0.1) / dpr, chart.cy / dpr);
    await ui.settle(3);
    assert.match((await ui.find(['trend'])).label, /^2026-10: 99\.95 %/);
    await page.mouse.move((chart.x + chart.w * 0.95) / dpr, chart.cy / dpr);
    await ui.settle(3);
    assert.match((await ui.find(['trend'])).label, /^2026-11: 97\.0 % · Missed/);
    await ui.screenshot('performance-en-1280-trend');
    // CSV in through the file picker: a bad row refuses the file, a good one imports.
    const dir = mkdtempSync(path.join(tmpdir(), 'kanri-kpi-'));
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'kpi,period,value,unit,note\r\nKPI-001,2026-09,99.9,%,\r\nKPI-001,2026-08,high,%,\r\n');
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.click(['importcsv'])]);
    await chooser.setFiles(bad);
    await ui.settle(6);
    const refused = await ui.find(['status:message']);
    assert.ok(refused.label.includes('bad.csv') && refused.label.includes('3'), refused.label);
    assert.equal((await q(page, 'kpis'))[0].measurements.length, 2);
    const good = path.join(dir, 'good.csv');
    writeFileSync(good, '\uFEFFkpi,period,value,unit,note\r\nKPI-001,2026-09,99.92,%,計画停止を除く\r\nKPI-001,2026-12,99.97,,\r\n');
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.click(['importcsv'])]);
    await chooser.setFiles(good);
    await ui.settle(6);
    kpis = await q(page, 'kpis');
    assert.equal(kpis[0].measurements.length, 4);
    assert.equal(kpis[0].measurements[0].note, '計画停止を除く');
    // An objective measured by the KPI.
    await ui.click(['ptab2']);
    await ui.click(['newobjective']);
    await ui.reveal(['link:add'], ['objectivedetail']);
    await ui.click(['link:add']);
    await ui.click([`KPI-001  ${ui.t('PerfNewSlaName')}`]);
    const objectives = await q(page, 'objectives');
    assert.deepEqual(objectives[0].kpis.map((k) => k.id), ['KPI-001']);
    assert.equal(objectives[0].achievement, 'met'); // the latest value, 2026-12, met
    assert.equal((await ui.find(['objective:achievement'])).label, 'met');
    // The service report for the quarter, downloaded as CSV.
    await ui.click(['ptab0']);
    await ui.click(['row:SVC-001', 'sel'], { xFraction: 0.05 });
    await ui.reveal(['reportperiod'], ['servicedetail']);
    await ui.fill(['reportperiod'], '2026-Q4');
    await ui.reveal(['report:0'], ['servicedetail']);
    assert.equal((await ui.find(['report:0'])).label, 'missed');
    const [download] = await Promise.all([page.waitForEvent('download'), ui.click(['reportcsv'])]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFservice,period,'), csv.slice(0, 40));
    assert.ok(csv.includes('2026-10 99.95; 2026-11 97.0; 2026-12 99.97'), csv);
    await ui.screenshot('performance-en-1280-report');
    await noBadGlyphs(ui, 'en 1280 report');
    // After a reload everything is there.
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    await ui.settle();
    kpis = await q(page, 'kpis');
    assert.equal(kpis[0].measurements.length, 4);
    assert.equal(kpis[0].measurements.find((m) => m.period === '2026-11').raised.id, 'NC-001');
    if (await ui.exists([ui.t('AuthorSkip')])) await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:performance']);
    await ui.click(['ptab1']);
    await ui.click(['row:KPI-001', 'sel'], { xFraction: 0.05 });
    await ui.reveal([missed, 'open'], ['kpidetail']);
  });
});

for (const [lang, width, height] of sizes([['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080]])) {
  test(`${lang} ${width}×${height}: the catalogue with supplier targets, a KPI with its trend, an objective; a finger on a row`, async () => {
    await withUi(async (ui, page) => {
      await page.evaluate((ja) => {
        const run = (op) => { const r = window.kanri.run(op); if (!r.ok) throw new Error(JSON.stringify([op, r])); return r; };
        run({ op: 'supplier.create', fields: { name: ja ? 'クラウド株式会社' : 'Cloud Inc.', targets: '1', 'target.1.measure': ja ? '可用性' : 'Availability', 'target.1.supplier': '99.5', 'target.1.unit': '%' } });
        run({ op: 'service.create', suppliers: ['SUP-001'], fields: { name: ja ? '顧客ポータル' : 'Customer portal', owner: ja ? '佐藤' : 'Sato', customers: ja ? 'A 社\nB 社' : 'A Ltd\nB Ltd' } });
        run({ op: 'sla.create', service: 'SVC-001', fields: { name: ja ? '月間可用性' : 'Availability, monthly', target: '99.9', unit: '%', exceptions: ja ? '計画停止を除く' : 'planned maintenance excluded' } });
        run({ op: 'sla.create', service: 'SVC-001', fields: { name: ja ? 'P1 の解決' : 'P1 resolution', measure: 'resolution_time', target: '4', unit: 'h', better: 'lower' } });
        run({ op: 'kpi.create', sla_target: 'SLA-001', fields: { name: ja ? '月間可用性' : 'Availability, monthly', unit: '%', target: '99.9', threshold: '99.5' } });
        const values = ['99.95', '99.7', '99.92', '99.2', '99.96', '99.99', '99.4', '99.93'];
        values.forEach((v, i) => run({ op: 'measurement.record', kpi: 'KPI-001', period: `2026-${String(i + 3).padStart(2, '0')}`, value: v }));
        run({ op: 'objective.create', kpis: ['KPI-001'], fields: { title: ja ? '安定したポータルを提供する' : 'A reliable portal', measure: ja ? '月間可用性 99.9 % 以上' : '99.9 % every month', due: '2027-03-31', owner: ja ? '佐藤' : 'Sato' } });
      }, lang === 'ja');
      await ui.click([ui.t('AuthorSkip')]);
      if (await ui.exists([ui.t('ButtonDismiss')])) await ui.click([ui.t('ButtonDismiss')]);
      await ui.click(['nav:performance']);
      await ui.tap(['row:SVC-001', 'sel'], { xFraction: 0.05 });
      await ui.find(['servicedetail']);
      await ui.reveal(['weaker:SLA-001:0'], ['servicedetail']);
      await ui.screenshot(`performance-${lang}-${width}-service`);
      await noBadGlyphs(ui, `${lang} ${width} service`);
      await ui.reveal(['report:0'], ['servicedetail']);
      await ui.screenshot(`performance-${lang}-${width}-report`);
      await noBadGlyphs(ui, `${lang} ${width} report`);
      if (width < 1100) await ui.click(['serviceback']);
      await ui.click(['ptab1']);
      await ui.tap(['row:KPI-001', 'sel'], { xFraction: 0.05 });
      await ui.reveal(['trend'], ['kpidetail']);
      await ui.screenshot(`performance-${lang}-${width}-kpi`);
      await noBadGlyphs(ui, `${lang} ${width} kpi`);
      // A finger on a missed value's Opportunity button raises it.
      const missed = (await q(page, 'kpis'))[0].measurements.find((m) => m.period === '2026-06');
      await ui.reveal([missed.id, 'raiseofi'], ['kpidetail']);
      await ui.tap([missed.id, 'raiseofi']);
      assert.equal((await q(page, 'improvements')).opportunities.length, 1);
      if (width < 1100) await ui.click(['kpiback']);
      await ui.click(['ptab2']);
      await ui.tap(['row:OBJ-001', 'sel'], { xFraction: 0.05 });
      await ui.find(['objective:achievement']);
      await ui.screenshot(`performance-${lang}-${width}-objective`);
      await noBadGlyphs(ui, `${lang} ${width} objective`);
    }, { lang, width, height });
  });
}
