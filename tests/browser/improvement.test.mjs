// The improvement loop: a nonconformity walked from raised to closed through window.kanri.run
// (an ineffective review reopens it and a new action is required), there after a reload; the
// same walk through real input — the next step's button waits for what its rule needs, the
// action added with its form, done from the action list, the review recorded with the mouse;
// on a narrow Japanese window, the board's cards tapped with a finger open their editors.
// Screenshots in English and Japanese at 1280×800, 1024×640 and 1920×1080.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, testSite } from './harness.mjs';
import { withUi as withProfile, noBadGlyphs, sizes } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const withUi = (fn, opts) => withProfile('improvement', fn, opts);
const improvements = (page) => page.evaluate(() => window.kanri.query('improvements').result);
const nc = async (page, id = 'NC-001') => (await improvements(page)).nonconformities.find((n) => n.id === id);

test('window.kanri.run: a nonconformity from raised to closed, reopened once by an ineffective review, there after a reload', async () => {
  await withUi(async (ui, page) => {
    const answers = await page.evaluate(() => {
      const run = (op) => window.kanri.run(op);
      return [
        run({ op: 'nc.raise_from_item', item: '8.6.1-01' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'corrected' }), // refused: no correction yet
        run({ op: 'nc.update', id: 'NC-001', fields: { correction: '変更を差し戻した', corrected_on: '2026-11-02', root_cause: '承認の手順がない' } }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'corrected', on: '2026-11-02' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'cause_found', on: '2026-11-03' }),
        run({ op: 'action.create', fields: { description: '承認ゲートを追加', owner: '運用', due: '2026-11-20' }, fixes: [{ kind: 'nonconformity', id: 'NC-001' }] }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'actions_planned', on: '2026-11-04' }),
        run({ op: 'action.complete', id: 'A-001', on: '2026-11-18' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'actions_done', on: '2026-11-18' }),
        run({ op: 'nc.review', id: 'NC-001', result: 'ineffective', method: '20 件を抽出', reviewer: '監査員', on: '2026-11-25' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'actions_planned' }), // refused: a new action is required
        run({ op: 'action.create', fields: { description: '手順を教育', owner: '人事', due: '2026-12-10' }, fixes: [{ kind: 'nonconformity', id: 'NC-001' }] }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'actions_planned', on: '2026-11-26' }),
        run({ op: 'action.complete', id: 'A-002', on: '2026-11-30' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'actions_done', on: '2026-11-30' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'closed' }), // refused: no effective review
        run({ op: 'nc.review', id: 'NC-001', result: 'effective', method: '20 件を抽出', reviewer: '監査員', on: '2026-12-01' }),
        run({ op: 'nc.advance', id: 'NC-001', to: 'closed', on: '2026-12-01' }),
      ];
    });
    assert.deepEqual(answers.map((a) => a.ok), [true, false, true, true, true, true, true, true, true, true, false, true, true, true, true, false, true, true]);
    assert.equal(answers[1].code, 'NcCorrectionMissing');
    assert.equal(answers[10].code, 'NcActionsMissing');
    assert.equal(answers[15].code, 'NcTransitionInvalid');
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    const n = await nc(page);
    assert.equal(n.state, 'closed');
    assert.deepEqual(n.actions, ['A-001', 'A-002']);
    assert.deepEqual(n.items, ['8.6.1-01']);
    assert.equal(n.fields.past_reviews, '1');
    assert.equal(n.fields['past.1.result'], 'ineffective');
    assert.equal(n.fields.review_result, 'effective');
    assert.equal(n.fields.closed_on, '2026-12-01');
    const h = await page.evaluate(() => window.kanri.query('history', { kind: 'nonconformity', id: 'NC-001' }).result);
    assert.ok(h.total >= 9, 'every transition is in the history');
  });
});

test('en 1280×800: a nonconformity through its cycle with the mouse and keys, an action done from the list, closed after an effective review', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:improvement']);
    await ui.screenshot('improvement-en-1280-empty');
    await ui.click(['itab2']);
    await ui.click(['newnc']);
    assert.equal((await nc(page)).state, 'open');
    await ui.screenshot('improvement-en-1280-new');
    // The next step waits for the correction, and says so.
    assert.ok((await ui.find(['ncnext:why'])).label.length > 0);
    await ui.reveal(['##correction', 'view'], ['ncdetail']);
    await ui.fill(['##correction', 'view'], 'Rolled back the change');
    await ui.key('Tab');
    await ui.reveal(['corrected_on'], ['ncdetail']);
    await ui.fill(['corrected_on'], '2026-11-02');
    await ui.key('Enter');
    await ui.settle(4);
    assert.equal((await nc(page)).fields.corrected_on, '2026-11-02');
    await ui.reveal(['ncnext'], ['ncdetail'], { dy: -120 });
    await ui.click(['ncnext']);
    assert.equal((await nc(page)).state, 'corrected');
    await ui.reveal(['##root_cause', 'view'], ['ncdetail']);
    await ui.fill(['##root_cause', 'view'], 'No approval gate in the pipeline');
    await ui.key('Tab');
    await ui.reveal(['causeprocess'], ['ncdetail'], { dy: -120 });
    await ui.click(['causeprocess']);
    await ui.settle(4);
    assert.equal((await nc(page)).fields.causes, 'process');
    await ui.reveal(['ncnext'], ['ncdetail'], { dy: -120 });
    await ui.click(['ncnext']);
    assert.equal((await nc(page)).state, 'cause_found');
    // An action from the form: Add stays off until what, who and when are there.
    await ui.reveal(['newaction'], ['ncdetail']);
    await ui.fill(['newaction'], 'Add an approval gate');
    await ui.reveal(['newdue'], ['ncdetail']);
    await ui.fill(['newowner'], 'Ops');
    await ui.fill(['newdue'], '2099-01-31');
    await ui.click(['addaction']);
    assert.deepEqual((await nc(page)).actions, ['A-001']);
    await ui.reveal(['ncnext'], ['ncdetail'], { dy: -120 });
    await ui.click(['ncnext']);
    assert.equal((await nc(page)).state, 'actions_planned');
    await ui.screenshot('improvement-en-1280-nc');
    // The action list: the row opens the action; Done.
    await ui.click(['itab1']);
    await ui.click(['row:A-001', 'sel']);
    await ui.reveal(['actdone'], ['actiondetail']);
    await ui.click(['actdone']);
    assert.equal((await improvements(page)).actions[0].status, 'done');
    // Back to the nonconformity through what the action fixes.
    await ui.reveal(['fix'], ['actiondetail']);
    await ui.click(['fix']);
    await ui.reveal(['ncnext'], ['ncdetail'], { dy: -120 });
    await ui.click(['ncnext']);
    assert.equal((await nc(page)).state, 'actions_done');
    // The review: who and when, then Effective.
    await ui.reveal(['reviewer'], ['ncdetail']);
    await ui.fill(['reviewer'], 'QA lead');
    // Without its method the review waits, and says why.
    await ui.reveal(['review:why'], ['ncdetail']);
    assert.ok((await ui.find(['review:why'])).label.length > 0);
    await ui.reveal(['##review_method', 'view'], ['ncdetail'], { dy: -120 });
    await ui.fill(['##review_method', 'view'], 'Sampled 20 changes');
    await ui.key('Tab');
    await ui.settle(4);
    assert.equal((await nc(page)).fields.review_method, 'Sampled 20 changes');
    await ui.reveal(['effective'], ['ncdetail']);
    await ui.screenshot('improvement-en-1280-review');
    await ui.click(['effective']);
    assert.equal((await nc(page)).state, 'verified');
    await ui.reveal(['ncnext'], ['ncdetail'], { dy: -120 });
    await ui.click(['ncnext']);
    const n = await nc(page);
    assert.equal(n.state, 'closed');
    assert.equal(n.fields.review_reviewer, 'QA lead');
    assert.equal(n.fields.review_result, 'effective');
    // Undo from the keyboard takes the closing back.
    await ui.key('Control+z');
    assert.equal((await nc(page)).state, 'verified');
    await noBadGlyphs(ui, 'en 1280 nonconformity');
  });
});

for (const [lang, width, height] of sizes([['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080]])) {
  test(`${lang} ${width}×${height}: the board's cards tapped open their editors; an opportunity decided with its reason`, async () => {
    await withUi(async (ui, page) => {
      await page.evaluate(() => {
        window.kanri.run({ op: 'nc.create', fields: { title: '容量計画が未レビュー', grade: 'major', source: 'internal_audit', detected_on: '2026-11-10' } });
        window.kanri.run({ op: 'action.create', fields: { description: '容量計画をレビューする', owner: '運用', due: '2020-01-31' }, fixes: [{ kind: 'nonconformity', id: 'NC-001' }] });
        window.kanri.run({ op: 'action.create', fields: { description: '変更手順を改訂', owner: '品質', due: '2099-03-31' }, fixes: [{ kind: 'item', id: '8.6.1-01' }] });
        window.kanri.run({ op: 'opportunity.create', fields: { title: 'パスワードのセルフリセット', benefit: 'productivity', value: '4', urgency: '3', target: '問い合わせ 20 % 減' } });
      });
      await ui.click([ui.t('AuthorSkip')]);
      if (await ui.exists([ui.t('ButtonDismiss')])) await ui.click([ui.t('ButtonDismiss')]);
      await ui.click(['nav:improvement']);
      await ui.settle(4);
      assert.ok((await ui.find(['card:A-001'])).label.startsWith('A-001'));
      await ui.screenshot(`improvement-${lang}-${width}-board`);
      await noBadGlyphs(ui, `${lang} ${width} board`);
      await ui.tap(['card:A-002']);
      await ui.find(['actdone']);
      await ui.screenshot(`improvement-${lang}-${width}-action`);
      await noBadGlyphs(ui, `${lang} ${width} action`);
      // Done: the item's last action, so Kanri asks to rate the item again; the button opens it.
      await ui.click(['actdone']);
      assert.ok((await ui.find(['prompt:0'])).label.includes('8.6.1-01'));
      await ui.screenshot(`improvement-${lang}-${width}-prompt`);
      await noBadGlyphs(ui, `${lang} ${width} prompt`);
      await ui.click(['promptopen']);
      await ui.find(['8.6.1-01', 'N/A']).catch(() => ui.find(['8.6.1-01']));
      await ui.click(['nav:improvement']);
      assert.ok(!(await ui.exists(['prompt:0'])), 'the prompt is gone once answered');
      await ui.click(['itab0']);
      await ui.tap(['card:OFI-001']);
      await ui.reveal(['decisionreason'], ['ofidetail']);
      await ui.fill(['decisionreason'], '問い合わせの最多要因');
      await ui.fill(['decidedby'], '佐藤');
      await ui.click(['approved']);
      const o = (await improvements(page)).opportunities[0];
      assert.equal(o.stage, 'approved');
      assert.equal(o.priority, 12);
      assert.equal(o.fields.decided_by, '佐藤');
      // The result: what was measured, then "partly met" records it with today's date.
      await ui.reveal(['resultdraft'], ['ofidetail']);
      await ui.fill(['resultdraft'], '問い合わせ 12 % 減');
      await ui.reveal(['achieved2'], ['ofidetail']);
      await ui.click(['achieved2']);
      const measured = (await improvements(page)).opportunities[0];
      assert.equal(measured.stage, 'measured');
      assert.deepEqual([measured.fields.result, measured.fields.achieved], ['問い合わせ 12 % 減', 'partly']);
      await ui.screenshot(`improvement-${lang}-${width}-opportunity`);
      await noBadGlyphs(ui, `${lang} ${width} opportunity`);
    }, { lang, width, height });
  });
}
