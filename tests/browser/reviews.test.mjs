// The management review through real input: a review planned, its inputs a–k shown with the
// gaps flagged, a comment typed on a gap, Hold off until the chair is named, then held (its
// inputs frozen: a nonconformity raised afterwards does not change them), a decision recorded
// from the form and an action made from it, all there after a reload. A held review with its
// inputs in Japanese and English at 1024×640 and 1920×1080, with no □ and no clipped glyph.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, testSite } from './harness.mjs';
import { withUi as withProfile, noBadGlyphs, sizes } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const withUi = (fn, opts) => withProfile('reviews', fn, opts);
const reviews = (page) => page.evaluate(() => window.kanri.query('reviews').result);
const fact = (review, input, key) => {
  const i = review.inputs.find((x) => x.input === input);
  const f = i && i.facts.find((x) => x.key === key);
  return f ? f.value : undefined;
};

test('en 1280×800: a review prepared, a gap commented, held with its chair (inputs frozen), a decision and its action; there after a reload', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:reviews']);
    await ui.screenshot('reviews-en-1280-empty');
    await ui.click(['newreview']);
    let r = (await reviews(page))[0];
    assert.equal(r.status, 'planned');
    await ui.find(['reviewdetail']);
    // A fresh database speaks to nothing: every input is a gap.
    await ui.reveal(['review:gaps'], ['reviewdetail']);
    assert.equal((await ui.find(['review:gaps'])).label, '12');
    // A comment on the resources input.
    await ui.reveal(['j', 'view'], ['reviewdetail']);
    await ui.fill(['j', 'view'], 'Two more operators from April');
    await ui.key('Tab');
    for (let i = 0; i < 20 && !(await reviews(page))[0].fields['comment.j']; i++) await ui.settle(2);
    assert.equal((await reviews(page))[0].fields['comment.j'], 'Two more operators from April');
    // Hold stays off until the chair is named.
    await ui.reveal(['holdreview'], ['reviewdetail']);
    assert.equal((await ui.find(['holdreview'])).disabled, true);
    await ui.reveal(['chair'], ['reviewdetail'], { dy: -120 });
    await ui.fill(['chair'], 'CEO');
    await ui.key('Enter');
    await ui.reveal(['holdreview'], ['reviewdetail']);
    await ui.settle(3);
    assert.equal((await ui.find(['holdreview'])).disabled, false);
    await ui.click(['holdreview']);
    r = (await reviews(page))[0];
    assert.equal(r.status, 'held');
    assert.equal(fact(r, 'c', 'nc_open'), '0');
    await ui.reveal(['review:status'], ['reviewdetail'], { dy: -200 });
    assert.match((await ui.find(['review:status'])).label, /^Held on /);
    // A nonconformity raised afterwards is not in the held review's inputs.
    await ui.click(['nav:improvement']);
    await ui.click(['itab2']);
    await ui.click(['newnc']);
    assert.equal((await page.evaluate(() => window.kanri.query('improvements').result)).nonconformities.length, 1);
    await ui.click(['nav:reviews']);
    r = (await reviews(page))[0];
    assert.equal(fact(r, 'c', 'nc_open'), '0');
    // A decision from the form, and an action made from it.
    await ui.reveal(['ddescription'], ['reviewdetail']);
    await ui.fill(['ddescription'], 'Automate the monitoring of the portal');
    await ui.reveal(['ddue'], ['reviewdetail']);
    await ui.fill(['downer'], 'Operations');
    await ui.fill(['ddue'], '2027-03-31');
    await ui.reveal(['adddecision'], ['reviewdetail']);
    await ui.click(['adddecision']);
    r = (await reviews(page))[0];
    assert.equal(r.decisions.length, 1);
    assert.equal(r.decisions[0].fields.owner, 'Operations');
    await ui.reveal(['MD-001', 'makeaction'], ['reviewdetail']);
    await ui.click(['MD-001', 'makeaction']);
    r = (await reviews(page))[0];
    assert.equal(r.decisions[0].actions.length, 1);
    await ui.screenshot('reviews-en-1280-decision');
    await noBadGlyphs(ui, 'en 1280 review');
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    await ui.settle();
    r = (await reviews(page))[0];
    assert.equal(r.status, 'held');
    assert.equal(r.fields['comment.j'], 'Two more operators from April');
    assert.equal(r.decisions[0].actions.length, 1);
    if (await ui.exists([ui.t('AuthorSkip')])) await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:reviews']);
    await ui.click(['row:MR-001', 'sel'], { xFraction: 0.05 });
    await ui.find(['review:status']);
    // The action made from the decision opens in the action list.
    await ui.reveal(['MD-001', `act:${r.decisions[0].actions[0]}`], ['reviewdetail']);
    await ui.click(['MD-001', `act:${r.decisions[0].actions[0]}`]);
    await ui.find(['itab1']);
  });
});

for (const [lang, width, height] of sizes([['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080]])) {
  test(`${lang} ${width}×${height}: a held review with its inputs from every module, a finger on a fact's record`, async () => {
    await withUi(async (ui, page) => {
      await page.evaluate((ja) => {
        const run = (op) => { const r = window.kanri.run(op); if (!r.ok) throw new Error(JSON.stringify([op, r])); return r; };
        run({ op: 'risk.create', fields: { title: ja ? 'データセンター障害' : 'Data centre outage', inherent_likelihood: '4', inherent_impact: '5' } });
        run({ op: 'nc.create', fields: { title: ja ? '応答が遅いという苦情' : 'Complaint: slow answers', source: 'complaint', detected_on: '2026-11-20' } });
        run({ op: 'service.create', fields: { name: ja ? 'ポータル' : 'Portal' } });
        run({ op: 'sla.create', service: 'SVC-001', fields: { name: ja ? '可用性' : 'Availability', target: '99.5', unit: '%' } });
        run({ op: 'kpi.create', sla_target: 'SLA-001', fields: { name: ja ? '可用性' : 'Availability', unit: '%', target: '99.5' } });
        run({ op: 'measurement.record', kpi: 'KPI-001', period: '2026-11', value: '98.1' });
        run({ op: 'review.create', fields: { title: ja ? '2026 年度 マネジメントレビュー' : 'Management review 2026', chair: ja ? '代表取締役' : 'CEO', attendees: ja ? '品質管理部長' : 'Head of quality', 'comment.b': ja ? '新たな法規制はない' : 'No new regulation' } });
        run({ op: 'review.hold', id: 'MR-001', on: '2026-12-01' });
        run({ op: 'decision.add', review: 'MR-001', fields: { type: 'improvement', description: ja ? '監視の自動化' : 'Automate monitoring', owner: ja ? '運用課' : 'Operations', due: '2027-03-31' } });
      }, lang === 'ja');
      await ui.click([ui.t('AuthorSkip')]);
      if (await ui.exists([ui.t('ButtonDismiss')])) await ui.click([ui.t('ButtonDismiss')]);
      await ui.click(['nav:reviews']);
      await ui.tap(['row:MR-001', 'sel'], { xFraction: 0.05 });
      await ui.find(['review:status']);
      await ui.screenshot(`reviews-${lang}-${width}-held`);
      await noBadGlyphs(ui, `${lang} ${width} held review`);
      await ui.reveal(['fact:c:kpi_missed'], ['reviewdetail']);
      assert.equal((await ui.find(['fact:c:kpi_missed'])).label, '1');
      await ui.screenshot(`reviews-${lang}-${width}-inputs`);
      await noBadGlyphs(ui, `${lang} ${width} inputs`);
      // A finger on the nonconformity the complaint input counts opens it.
      await ui.reveal(['e', 'ref0'], ['reviewdetail']);
      await ui.tap(['e', 'ref0']);
      await ui.find(['itab2']);
    }, { lang, width, height });
  });
}
