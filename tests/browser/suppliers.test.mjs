// Suppliers and the responsibility matrix through real input: a matrix from the IaaS template,
// a short workshop run from the keyboard alone in workshop mode (zoom, arrows, R A C I, Space,
// Enter for a note, undo), problems flagged as the keys are pressed, the sign-off recorded and
// compared after a later edit, everything there after a reload; on a narrow Japanese window,
// letters set with a finger and a supplier entered in the register with its lapsed evidence
// flagged. Screenshots in English and Japanese at 1024×640 and 1920×1080. window.kanri only reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inBrowser, testSite } from './harness.mjs';
import { openUi } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

function withUi(fn, { lang = 'en', width = 1280, height = 800 } = {}) {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return inBrowser('suppliers', { locale, width, height }, async (b) => {
    const page = await b.newPage();
    const ui = await openUi(page, { lang });
    await fn(ui, page);
    assert.deepEqual(ui.record.errors, []);
  });
}

const matrices = (page) => page.evaluate(() => window.kanri.query('matrix').result);
const row = async (page, id) => (await matrices(page))[0].rows.find((r) => r.id === id);
const suppliers = (page) => page.evaluate(() => window.kanri.query('suppliers').result);

async function noBadGlyphs(ui, what) {
  assert.deepEqual(await ui.boxGlyphs(), [], `${what}: characters drawn as □`);
  const clipped = await ui.clippedGlyphs();
  assert.deepEqual(clipped, [], `${what}: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
}

test('en 1280×800: a workshop from the keyboard in workshop mode, signed off, compared after an edit, there after a reload', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:suppliers']);
    await ui.screenshot('suppliers-en-1280-empty');
    await ui.click(['newmatrix']);
    await ui.click(['template:iaas']);
    let all = await matrices(page);
    assert.equal(all.length, 1);
    assert.equal(all[0].rows.length, 32);
    assert.equal(all[0].counts.errors, 0);
    // Workshop mode: the matrix alone, zoomed; Ctrl + zooms further.
    await ui.click(['workshop']);
    await ui.find(['leave']);
    assert.ok(!(await ui.exists(['nav:dashboard'])), 'the sidebar is hidden in workshop mode');
    const zoom = Number((await ui.find(['zoom'])).label);
    await ui.key('Control+Equal');
    assert.ok(Number((await ui.find(['zoom'])).label) > zoom, 'Ctrl + zooms in');
    // The cursor on row 1's supplier cell; R adds an R, Space agrees the row.
    await ui.click(['cell:RR-001:CSP']);
    await ui.key('r');
    assert.equal((await row(page, 'RR-001')).cells.CSP, 'RC');
    await ui.key('Space');
    assert.equal((await row(page, 'RR-001')).agreed, true);
    // Down, and A on the supplier: a second A is flagged at once; Ctrl+Z takes it back.
    await ui.key('ArrowDown');
    await ui.key('a');
    assert.equal((await row(page, 'RR-002')).cells.CSP, 'AR');
    assert.match((await ui.find(['raci:counts'])).label, /Errors: 1/);
    await ui.screenshot('suppliers-en-1280-workshop-error');
    await ui.key('Control+z');
    assert.equal((await row(page, 'RR-002')).cells.CSP, 'R');
    assert.match((await ui.find(['raci:counts'])).label, /Errors: 0/);
    await ui.key('Space');
    // Enter edits the note; Enter again keeps it and gives the keys back to the matrix.
    await ui.key('Enter');
    await ui.type('Confirmed with the supplier');
    await ui.key('Enter');
    assert.equal((await row(page, 'RR-002')).notes, 'Confirmed with the supplier');
    await ui.key('ArrowDown');
    await ui.key('ArrowRight');
    await ui.key('i');
    assert.equal((await row(page, 'RR-003')).cells.CUST, undefined, 'I on the customer, who had I: off');
    await ui.key('i');
    assert.equal((await row(page, 'RR-003')).cells.CUST, 'I');
    await ui.key('Space');
    assert.match((await ui.find(['raci:progress'])).label, /^3 of 32/);
    await ui.screenshot('suppliers-en-1280-workshop');
    await noBadGlyphs(ui, 'workshop mode');
    await ui.key('Escape');
    await ui.find(['nav:dashboard']);
    // The sign-off: who took part; the matrix is frozen as agreed.
    await ui.reveal(['signoffs'], ['raci:panels']).catch(() => {});
    await ui.click(['signoffs']);
    await ui.reveal(['signoff'], ['raci:panels']);
    await ui.click(['signoff']);
    // Nobody named yet: refused with the reason, the form stays open with what was typed.
    await ui.reveal(['signoffnow'], ['raci:panels']);
    await ui.click(['signoffnow']);
    assert.equal((await matrices(page))[0].sign_offs.length, 0);
    assert.match((await ui.find(['status:message'])).label, new RegExp(ui.t('ErrSignOffIncomplete').slice(0, 20)));
    await ui.reveal(['prole'], ['raci:panels']);
    await ui.fill(['pname'], 'Hanako Yamada');
    await ui.fill(['prole'], 'Service manager');
    await ui.reveal(['signoffnow'], ['raci:panels']);
    await ui.click(['signoffnow']);
    all = await matrices(page);
    assert.equal(all[0].sign_offs.length, 1);
    assert.equal(all[0].sign_offs[0].participants[0].name, 'Hanako Yamada');
    // A later edit is not in the signed copy: the comparison shows it.
    await ui.click(['cell:RR-004:CUST']);
    await ui.key('Delete');
    await ui.reveal(['compare'], ['raci:panels']);
    await ui.click(['compare']);
    assert.equal((await ui.find(['compare:count'])).label, '1');
    const diff = await page.evaluate(() => window.kanri.query('matrix.compare', { signoff: 'SO-001' }).result);
    assert.deepEqual(diff.rows.map((r) => [r.row, r.fields[0].field, r.fields[0].before, r.fields[0].after]), [['RR-004', 'cell.CUST', 'C', '']]);
    await ui.screenshot('suppliers-en-1280-signoff');
    // After a reload everything is there.
    await page.evaluate(() => window.kanri.whenSaved());
    await page.reload();
    await page.evaluate(() => window.kanri.ready);
    await ui.settle();
    all = await matrices(page);
    assert.equal(all[0].counts.agreed, 3);
    assert.equal(all[0].sign_offs.length, 1);
    assert.equal((await row(page, 'RR-002')).notes, 'Confirmed with the supplier');
    await ui.click(['nav:suppliers']);
    await ui.find(['cell:RR-001:CSP']);
  });
});

for (const [lang, width, height] of [['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080], ['en', 1024, 640]]) {
  test(`${lang} ${width}×${height}: letters by touch, a problem opens its row, the supplier register with a lapsed certificate`, async () => {
    await withUi(async (ui, page) => {
      await ui.click([ui.t('AuthorSkip')]);
      // The storage notice takes a third of a short window: read and dismissed.
      if (await ui.exists([ui.t('ButtonDismiss')])) await ui.click([ui.t('ButtonDismiss')]);
      await ui.click(['nav:suppliers']);
      await ui.click(['newmatrix']);
      await ui.click(['template:saas']);
      // A finger on a cell, then on the letter buttons of the selected row.
      await ui.tap(['cell:RR-002:CUST']);
      await ui.screenshot(`suppliers-${lang}-${width}-tapped`);
      await ui.reveal(['CUST/R'], ['raci:panels']);
      await ui.tap(['CUST/R']);
      assert.equal((await row(page, 'RR-002')).cells.CUST, 'R');
      assert.ok((await matrices(page))[0].problems.some((p) => p.rule === 'customer_responsible' && p.row === 'RR-002'));
      await ui.screenshot(`suppliers-${lang}-${width}-matrix`);
      await noBadGlyphs(ui, `${lang} ${width} matrix`);
      // The problems list: a click puts the cursor on the row.
      await ui.click(['cell:RR-001:ORG']);
      await ui.reveal(['problems'], ['raci:panels']).catch(() => {});
      if (!(await ui.exists(['problem:0']))) await ui.click(['problems']);
      await ui.reveal(['problem:0'], ['raci:panels']).catch(() => {});
      const first = (await ui.find(['problem:0'])).label;
      await ui.click(['problem:0']);
      await ui.settle(4);
      const m = (await matrices(page))[0];
      const p = [...m.problems].sort((a, b) => ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity))[0];
      const index = m.rows.findIndex((r) => r.id === p.row);
      assert.ok(first.startsWith(`#${index + 1} `), `${first} names row ${index + 1}`);
      // Workshop mode in this language and size.
      await ui.click(['workshop']);
      await ui.screenshot(`suppliers-${lang}-${width}-workshop`);
      await noBadGlyphs(ui, `${lang} ${width} workshop`);
      await ui.click(['leave']);
      // The register: a supplier, a certificate that has lapsed.
      await ui.click(['stab1']);
      await ui.click(['newsupplier']);
      await ui.reveal(['addassurance'], ['supplierdetail']);
      await ui.click(['addassurance']);
      await ui.reveal(['aexpires'], ['supplierdetail']);
      await ui.fill(['aexpires'], '2020-01-31');
      await ui.screenshot(`suppliers-${lang}-${width}-typed-date`);
      await ui.key('Enter');
      for (let i = 0; i < 20 && (await suppliers(page))[0].fields['assurance.1.expires'] !== '2020-01-31'; i++) await ui.settle(2);
      const [s] = await suppliers(page);
      assert.equal(s.fields['assurance.1.expires'], '2020-01-31');
      assert.equal(s.flags.assurance_lapsed, 1);
      await ui.reveal(['lapsed:1'], ['supplierdetail']);
      await ui.screenshot(`suppliers-${lang}-${width}-register`);
      await noBadGlyphs(ui, `${lang} ${width} register`);
    }, { lang, width, height });
  });
}
