// The internal audit: through real input, a programme and an audit planned, a finding recorded
// from the form, a nonconformity raised from it with one click, the audit held, reported and
// closed (then frozen: no finding form, the report shown as text), and after a reload both the
// finding and the nonconformity are there and the finding's button opens the nonconformity.
// The programme's coverage heat map and an audit in Japanese and English at 1024×640 and
// 1920×1080, with no □ and no clipped glyph.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, testSite } from './harness.mjs';
import { withUi as withProfile, noBadGlyphs, sizes } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const withUi = (fn, opts) => withProfile('audits', fn, opts);
const audits = (page) => page.evaluate(() => window.kanri.query('audits').result);
const improvements = (page) => page.evaluate(() => window.kanri.query('improvements').result);

test('en 1280×800: an audit run to a finding with the mouse and keys, a nonconformity raised from it, closed, both there after a reload', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:audits']);
    await ui.click(['newprogramme']);
    assert.equal((await audits(page)).programmes.length, 1);
    await ui.click(['atab1']);
    await ui.click(['newaudit']);
    let a = (await audits(page)).audits[0];
    assert.equal(a.id, 'AU-001');
    assert.equal(a.programme, 'AP-001');
    // A finding from the form: Add stays off until the clause and the statement are there.
    await ui.reveal(['fstatement'], ['auditdetail']);
    await ui.click(['ftype:nc_major']);
    await ui.fill(['fclause'], '8.6.1');
    await ui.fill(['fitem'], '8.6.1-01');
    await ui.fill(['fstatement'], 'Major incidents closed without a review');
    await ui.reveal(['fevidence'], ['auditdetail']);
    await ui.fill(['fevidence'], 'Sampled 5 major incidents of October');
    await ui.reveal(['addfinding'], ['auditdetail']);
    await ui.click(['addfinding']);
    a = (await audits(page)).audits[0];
    assert.equal(a.findings.length, 1);
    assert.equal(a.findings[0].type, 'nc_major');
    assert.equal(a.findings[0].clause, '8.6.1');
    assert.equal(a.findings[0].item, '8.6.1-01');
    assert.equal(a.findings[0].fields.evidence, 'Sampled 5 major incidents of October');
    // A finding without its clause is refused at the form, and nothing is added.
    await ui.reveal(['fclause'], ['auditdetail']);
    await ui.fill(['fclause'], '8.99');
    await ui.reveal(['fstatement'], ['auditdetail']);
    await ui.fill(['fstatement'], 'Nowhere');
    await ui.reveal(['addfinding'], ['auditdetail']);
    await ui.click(['addfinding']);
    await ui.reveal(['finding:error'], ['auditdetail']);
    assert.ok((await ui.find(['finding:error'])).label.length > 0);
    assert.equal((await audits(page)).audits[0].findings.length, 1);
    // One click raises the nonconformity.
    await ui.reveal(['raise:AF-001'], ['auditdetail']);
    await ui.click(['raise:AF-001']);
    const ncs = (await improvements(page)).nonconformities;
    assert.equal(ncs.length, 1);
    assert.equal(ncs[0].fields.source, 'internal_audit');
    assert.equal(ncs[0].fields.grade, 'major');
    assert.deepEqual(ncs[0].items, ['8.6.1-01']);
    assert.ok(await ui.exists(['open:NC-001']));
    await ui.screenshot('audits-en-1280-finding');
    // Held, led, reported: then Close.
    await ui.reveal(['held_on'], ['auditdetail'], { dy: -120 });
    await ui.fill(['held_on'], '2026-11-12');
    await ui.key('Enter');
    await ui.reveal(['lead'], ['auditdetail'], { dy: -120 });
    await ui.fill(['lead'], 'Sato');
    await ui.key('Tab');
    await ui.reveal(['##report', 'view'], ['auditdetail']);
    await ui.fill(['##report', 'view'], 'One major nonconformity in incident management.');
    await ui.key('Tab');
    await ui.reveal(['reported_on'], ['auditdetail']);
    await ui.fill(['reported_on'], '2026-11-14');
    await ui.key('Enter');
    await ui.settle(4);
    await ui.reveal(['closeaudit'], ['auditdetail']);
    await ui.click(['closeaudit']);
    a = (await audits(page)).audits[0];
    assert.equal(a.status, 'closed');
    assert.equal(a.fields.lead, 'Sato');
    assert.ok(!(await ui.exists(['addfinding'])), 'a closed audit has no finding form');
    assert.ok(!(await ui.exists(['fremove'])), 'nor a remove button on its findings');
    await noBadGlyphs(ui, 'en 1280 closed audit');

    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    a = (await audits(page)).audits[0];
    assert.equal(a.status, 'closed');
    assert.equal(a.findings[0].raised.id, 'NC-001');
    assert.equal((await improvements(page)).nonconformities[0].fields.source_ref, 'AU-001 / AF-001');
    // Found again through the interface: the audit's finding, and its button to the nonconformity.
    if (await ui.exists([ui.t('AuthorSkip')])) await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:audits']);
    await ui.click(['atab1']);
    await ui.click(['row:AU-001', 'sel']);
    await ui.reveal(['finding:AF-001'], ['auditdetail']);
    await ui.reveal(['open:NC-001'], ['auditdetail']);
    await ui.click(['open:NC-001']);
    await ui.find(['ncdetail']);
    await ui.find(['itab2']);
  });
});

for (const [lang, width, height] of sizes([['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080]])) {
  test(`${lang} ${width}×${height}: the programme's coverage heat map and an audit with its checklist, findings and impartiality warning`, async () => {
    await withUi(async (ui, page) => {
      await page.evaluate((ja) => {
        const run = (op) => { const r = window.kanri.run(op); if (!r.ok) throw new Error(JSON.stringify([op, r])); return r; };
        run({ op: 'assessment.update', item: '8.6.1-02', owner: ja ? '加藤' : 'Kato' });
        run({ op: 'programme.create', fields: { title: ja ? '2026 年度 内部監査' : 'FY2026 internal audits', start: '2026-04-01', end: '2027-03-31' } });
        run({ op: 'audit.create', programme: 'AP-001', scope: ['8.6.1', '8.6.3', '9.2'], fields: { title: ja ? '解決プロセスの監査' : 'Resolution processes', lead: ja ? '佐藤' : 'Sato', team: ja ? '加藤' : 'Kato', held_on: '2026-11-12' } });
        run({ op: 'finding.add', audit: 'AU-001', clause: '8.6.1', item: '8.6.1-01', fields: { type: 'nc_minor', statement: ja ? '優先度のないインシデントがある' : 'Incidents without a priority', evidence: ja ? '10 件を抽出' : 'Sampled 10 tickets' } });
        run({ op: 'finding.add', audit: 'AU-001', clause: '9.2', fields: { type: 'observation', statement: ja ? '監査頻度の根拠が記録されていない' : 'The audit frequency is not explained' } });
        run({ op: 'audit.update', id: 'AU-001', fields: { report: ja ? '軽微な不適合 1 件' : 'One minor nonconformity', reported_on: '2026-11-14' } });
        run({ op: 'audit.close', id: 'AU-001', on: '2026-11-15' });
        run({ op: 'audit.create', programme: 'AP-001', scope: ['7.5'], fields: { title: ja ? '文書化した情報' : 'Documented information', planned_on: '2027-01-20' } });
        run({ op: 'audit.create', programme: 'AP-001', scope: ['8.2.3', '8.3.4'], fields: { title: ja ? '他の関係者の管理' : 'Parties and suppliers', lead: ja ? '加藤' : 'Kato', planned_on: '2027-02-10' } });
      }, lang === 'ja');
      await ui.click([ui.t('AuthorSkip')]);
      await ui.click(['nav:audits']);
      await ui.settle(4);
      await ui.screenshot(`audits-${lang}-${width}-programme`);
      await noBadGlyphs(ui, `${lang} ${width} programme`);
      await ui.reveal(['cov:8.6'], ['programmedetail']);
      assert.equal((await ui.find(['covstate:8.6'])).label, lang === 'ja' ? '一部監査済み' : 'Partly audited');
      await ui.reveal(['cov:9'], ['programmedetail']);
      await ui.screenshot(`audits-${lang}-${width}-coverage`);
      await noBadGlyphs(ui, `${lang} ${width} coverage`);
      await ui.click(['atab1']);
      await ui.tap(['row:AU-001', 'sel']);
      await ui.find(['audit:status']);
      await ui.screenshot(`audits-${lang}-${width}-closed`);
      await noBadGlyphs(ui, `${lang} ${width} closed audit`);
      if (width < 1100) await ui.click(['auditback']);
      await ui.click(['row:AU-003', 'sel'], { xFraction: 0.05 });
      await ui.screenshot(`audits-${lang}-${width}-planned-top`);
      await ui.reveal(['fstatement'], ['auditdetail']);
      await ui.screenshot(`audits-${lang}-${width}-planned`);
      await noBadGlyphs(ui, `${lang} ${width} planned audit`);
      const warnings = (await audits(page)).audits[0].impartiality;
      assert.equal(warnings.length, 1);
    }, { lang, width, height });
  });
}
