// Suppliers and the responsibility matrix through real input: a matrix from the IaaS template,
// a short workshop run from the keyboard alone in workshop mode (zoom, arrows, R A C I, Space,
// Enter for a note, undo), problems flagged as the keys are pressed, the sign-off recorded and
// compared after a later edit, everything there after a reload; on a narrow Japanese window,
// letters set with a finger and a supplier entered in the register with its lapsed evidence
// flagged. Screenshots in English and Japanese at 1024×640 and 1920×1080. window.kanri only reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, testSite } from './harness.mjs';
import { withUi as withUiIn, noBadGlyphs, sizes } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

const withUi = (fn, options) => withUiIn('suppliers', fn, options);

// The cells of one CSV line (RFC 4180 quotes).
function csvFields(line) {
  const out = [];
  let cur = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

const matrices = (page) => page.evaluate(() => window.kanri.query('matrix').result);
const row = async (page, id) => (await matrices(page))[0].rows.find((r) => r.id === id);
const suppliers = (page) => page.evaluate(() => window.kanri.query('suppliers').result);

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
    // The keyboard alone from here: the grid has the keys, the cursor on row 1's first party;
    // → moves it to the supplier, R adds an R, Space agrees the row.
    assert.equal((await ui.find(['raci:grid'])).label, 'focused');
    await ui.key('ArrowRight');
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
    // Filters: a clause group of clause 8 keeps its rows only; "with problems" none (no problem left).
    await ui.click(['combo:groupfilter']);
    await ui.click(['group:8.7']);
    assert.equal((await ui.find(['combo:groupfilter'])).label, 'Clause 8.7');
    const kept = (await matrices(page))[0].rows.filter((r) => r.group.startsWith('8.7'));
    assert.ok(kept.length > 0 && kept.length < 32);
    assert.ok(!(await ui.exists(['cell:RR-001:ORG'])), 'row 1 (8.2.3) is not of 8.7');
    await ui.find([`cell:${kept[0].id}:ORG`]);
    await ui.click(['combo:groupfilter']);
    await ui.click(['group:all']);
    // "With problems": a row without one goes, a row with one stays.
    const state = (await matrices(page))[0];
    const troubled = new Set(state.problems.map((p) => p.row).filter(Boolean));
    const clean = state.rows.find((r) => !troubled.has(r.id));
    await ui.click(['problemsonly']);
    if (clean) assert.ok(!(await ui.exists([`cell:${clean.id}:ORG`])), `${clean.id} has no problem`);
    if (troubled.size) await ui.find([`cell:${state.rows.find((r) => troubled.has(r.id)).id}:ORG`]);
    await ui.click(['problemsonly']);
    await ui.find(['cell:RR-001:ORG']);
    // Leaving with agreed rows not signed off asks first; the sign-off is recorded in the workshop.
    await ui.key('Escape');
    await ui.find(['leaveprompt']);
    assert.ok(!(await ui.exists(['nav:dashboard'])), 'still in workshop mode');
    await ui.click(['leavesign']);
    // Nobody named yet: refused with the reason, the form stays open with what was typed.
    await ui.reveal(['signoffnow'], ['workshop:pane']);
    await ui.click(['signoffnow']);
    assert.equal((await matrices(page))[0].sign_offs.length, 0);
    assert.match((await ui.find(['status:message'])).label, new RegExp(ui.t('ErrSignOffIncomplete').slice(0, 20)));
    await ui.reveal(['pname'], ['workshop:pane']);
    await ui.fill(['pname'], 'Hanako Yamada');
    await ui.fill(['prole'], 'Service manager');
    await ui.screenshot('suppliers-en-1280-workshop-signoff');
    await noBadGlyphs(ui, 'workshop sign-off');
    await ui.reveal(['signoffnow'], ['workshop:pane']);
    await ui.click(['signoffnow']);
    all = await matrices(page);
    assert.equal(all[0].sign_offs.length, 1);
    assert.deepEqual(all[0].sign_offs[0].participants[0], { name: 'Hanako Yamada', role: 'Service manager', party: 'ORG' });
    // Signed as it is: Esc leaves at once.
    await ui.key('Escape');
    await ui.find(['nav:dashboard']);
    await ui.reveal(['signoffs'], ['raci:panels']).catch(() => {});
    await ui.click(['signoffs']);
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
    assert.equal((await ui.find(['cell:RR-001:CSP'])).label, 'RC');
    await ui.reveal(['signoffs'], ['raci:panels']).catch(() => {});
    await ui.click(['signoffs']);
    const line = await ui.reveal(['signoff:SO-001'], ['raci:panels']);
    assert.match(line.label, /Hanako Yamada \(Service manager, /);
  });
});

test('en 1920×1080: rows and parties by mouse, a saved template, CSV and Markdown out and in, a third party reached through a supplier', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    await ui.click(['nav:suppliers']);
    await ui.click(['newmatrix']);
    await ui.click(['template:paas']);
    let m = (await matrices(page))[0];
    const [first, second] = m.rows.map((r) => r.id);
    // A row moved down and back, by its buttons.
    await ui.click([`cell:${first}:ORG`]);
    await ui.reveal(['rowdown'], ['raci:panels']);
    await ui.click(['rowdown']);
    m = (await matrices(page))[0];
    assert.deepEqual(m.rows.slice(0, 2).map((r) => r.id), [second, first]);
    await ui.key('Control+z');
    assert.deepEqual((await matrices(page))[0].rows.slice(0, 2).map((r) => r.id), [first, second]);
    // Parties: the customer moved left; the supplier holding the only R of rows cannot go, and
    // the message names the rows; the customer, holding letters, goes after a question.
    await ui.reveal(['parties'], ['raci:panels']).catch(() => {});
    await ui.click(['parties']);
    await ui.reveal(['CUST', 'left'], ['raci:panels']);
    await ui.click(['CUST', 'left']);
    assert.deepEqual((await matrices(page))[0].parties.map((p) => p.code), ['ORG', 'CUST', 'CSP']);
    await ui.click(['CSP', 'removeparty']);
    assert.match((await ui.find(['status:message'])).label, /#\d+/);
    assert.equal((await matrices(page))[0].parties.length, 3);
    await ui.click(['CUST', 'removeparty']);
    const ask = await ui.find(['removepartyask']);
    assert.match(ask.label, /CUST/);
    await ui.click(['removepartynow']);
    assert.deepEqual((await matrices(page))[0].parties.map((p) => p.code), ['ORG', 'CSP']);
    await ui.key('Control+z');
    assert.equal((await matrices(page))[0].parties.length, 3);
    await ui.screenshot('suppliers-en-1920-parties');
    await noBadGlyphs(ui, 'parties');
    // Saved as a template, and a new matrix started from it.
    await ui.click(['more']);
    await ui.click(['savetemplate']);
    await ui.fill(['templatetitle'], 'Our PaaS baseline');
    await ui.click(['savetemplatenow']);
    const templates = await page.evaluate(() => window.kanri.query('matrix.templates').result);
    assert.ok(templates.some((t) => t.title === 'Our PaaS baseline'), JSON.stringify(templates));
    await ui.click(['newmatrix']);
    const saved = templates.find((t) => t.title === 'Our PaaS baseline');
    await ui.click([`template:${saved.id}`]);
    let all = await matrices(page);
    assert.equal(all.length, 2);
    assert.equal(all[1].rows.length, all[0].rows.length);
    assert.deepEqual(all[1].parties.map((p) => p.code), ['ORG', 'CUST', 'CSP']);
    // CSV out (a download) and back in (the file picker): a letter changed in the file.
    const [download] = await Promise.all([page.waitForEvent('download'), (async () => { await ui.click(['more']); await ui.click(['csvout']); })()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFid,group,activity,ccm,ORG: '), csv.slice(0, 60));
    assert.ok(csv.includes(',in_scope,sold,agreed,'));
    const row1 = all[1].rows[0];
    const dir = mkdtempSync(path.join(tmpdir(), 'kanri-matrix-'));
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, csv.replace(`\r\n${row1.id},`, `\r\n${row1.id}X,`));
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => { await ui.click(['more']); await ui.click(['csvin']); })()]);
    await chooser.setFiles(bad);
    await ui.settle(6);
    assert.ok((await ui.find(['status:message'])).label.includes('bad.csv'));
    const lines = csv.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith(row1.id + ','));
    assert.ok(at > 0, `${row1.id} in ${csv.slice(0, 300)}`);
    const cells = csvFields(lines[at]);
    const letters = row1.cells.CSP === 'I' ? 'C' : 'I'; // the CSP column (ORG, CUST, CSP) changed in the file
    cells[6] = letters;
    lines[at] = cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
    const good = path.join(dir, 'good.csv');
    writeFileSync(good, lines.join('\r\n'));
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => { await ui.click(['more']); await ui.click(['csvin']); })()]);
    await chooser.setFiles(good);
    await ui.settle(6);
    all = await matrices(page);
    assert.equal(all[1].rows[0].cells.CSP, letters, (await ui.find(['status:message'])).label);
    // Markdown for the minutes.
    const [md] = await Promise.all([page.waitForEvent('download'), (async () => { await ui.click(['more']); await ui.click(['mdout']); })()]);
    const text = readFileSync(await md.path(), 'utf8');
    assert.ok(text.startsWith('## '), text.slice(0, 40));
    assert.ok(text.includes('| # | Clause | Activity | ORG | CUST | CSP |'), text.slice(0, 400));
    // The register: a third party reached through a supplier, chosen from the register.
    await ui.click(['stab1']);
    await ui.click(['newsupplier']);
    await ui.click(['newsupplier']);
    await ui.click(['combo:kind']);
    await ui.click([ui.t('SupKindThirdParty')]);
    await ui.click(['combo:via']);
    await ui.click(['SUP-001 · ' + ui.t('SupNewName')]);
    const sups = await suppliers(page);
    assert.equal(sups[1].fields.kind, 'third_party');
    assert.equal(sups[1].fields.via, 'SUP-001');
    await ui.screenshot('suppliers-en-1920-third-party');
    await noBadGlyphs(ui, 'third party');
  }, { width: 1920, height: 1080 });
});

for (const [lang, width, height] of sizes([['ja', 1024, 640], ['en', 1920, 1080], ['ja', 1920, 1080], ['en', 1024, 640]])) {
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
