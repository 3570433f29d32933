// The desktop app through real X input: kanri-uitest (the app plus the widget map, answering
// "where is this widget" on stdin, native/test_channel.cpp) runs on its own Xvfb screen, and
// xdotool moves the pointer, clicks and types there, as a person would. The data is read back
// with kanri-cli from the same SQLite file.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import { strings } from '../support/strings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const app = path.join(root, 'build/native/native/kanri-uitest');
const cli = path.join(root, 'build/native/native/kanri-cli');
const shots = path.join(root, 'build/native/screenshots');
mkdirSync(shots, { recursive: true });


const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let displayNo = 140;

async function startDesktop({ lang = 'en', width = 1280, height = 800, db } = {}) {
  const display = ':' + displayNo++;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  const home = mkdtempSync(path.join(tmpdir(), 'kanri-home-'));
  const env = { ...process.env, DISPLAY: display, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', HOME: home };
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display.slice(1)}`); i++) await sleep(50);
  const work = mkdtempSync(path.join(tmpdir(), 'kanri-native-'));
  const dbPath = db || path.join(work, 'kanri.sqlite');
  const proc = spawn(app, ['--db', dbPath, '--lang', lang, '--size', `${width}x${height}`], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const lines = readline.createInterface({ input: proc.stdout });
  const waiting = [];
  lines.on('line', (l) => { const w = waiting.shift(); if (w) w(l); });
  const exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  const ask = (request) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer to ' + request + '; stderr: ' + stderr)), 10000);
    waiting.push((l) => { clearTimeout(timer); resolve(JSON.parse(l)); });
    proc.stdin.write(request + '\n');
  });
  const xdo = (...args) => execFileSync('xdotool', args, { env });
  const d = {
    lang, dbPath, work, env, home,
    t: (key) => strings[key][lang],
    ask, xdo,
    async frames() { return (await ask('frames')).frame; },
    async settle(n = 3) {
      const start = await d.frames();
      for (let i = 0; i < 200 && (await d.frames()) < start + n; i++) { xdo('mousemove_relative', '--', '0', '0'); await sleep(20); }
    },
    async find(p, { timeout = 5000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const r = await ask('locate ' + JSON.stringify(p));
        const shown = r.matches.filter((m) => m.visible);
        if (shown.length === 1) return shown[0];
        if (shown.length > 1) throw new Error(`${JSON.stringify(p)} names ${shown.length} widgets`);
        if (Date.now() > deadline) throw new Error('no visible widget ' + JSON.stringify(p));
        await d.settle(1);
      }
    },
    async exists(p) { return (await ask('locate ' + JSON.stringify(p))).matches.some((m) => m.visible); },
    async click(p) {
      const w = await d.find(p);
      xdo('mousemove', String(Math.round(w.cx)), String(Math.round(w.cy)));
      await d.settle(2);
      xdo('click', '1');
      await d.settle(4);
    },
    // Turns the wheel over `over` until the widget is wholly visible: over the pane's centre
    // first, and when the widget did not move (a table or text box under the pointer scrolls on
    // its own and took the wheel), at another spot of the pane.
    async reveal(p, over, { steps = 30, down = true } = {}) {
      const spots = [[0.5, 0.5], [0.02, 0.5], [0.5, 0.1], [0.5, 0.9], [0.98, 0.5]];
      let spot = 0;
      let lastY;
      for (let i = 0; i < steps; i++) {
        const r = await ask('locate ' + JSON.stringify(p));
        if (r.matches.some((m) => m.visible && m.vh >= m.h - 1)) return;
        const y = r.matches.length ? r.matches[0].y : undefined;
        if (i > 0 && y === lastY) spot = (spot + 1) % spots.length;
        lastY = y;
        const o = await d.find(over);
        const [fx, fy] = spots[spot];
        xdo('mousemove', String(Math.round(o.vx + o.vw * fx)), String(Math.round(o.vy + o.vh * fy)));
        xdo('click', down ? '5' : '4');
        await d.settle(2);
      }
      throw new Error('could not scroll to ' + JSON.stringify(p));
    },
    // A chord as a person presses it: the modifier held down across frames, then the key.
    async key(...keys) {
      for (const k of keys) {
        const parts = k.split('+');
        const mods = parts.slice(0, -1);
        for (const m of mods) { xdo('keydown', m); await d.settle(1); }
        xdo('key', parts[parts.length - 1]);
        await d.settle(2);
        for (const m of mods.reverse()) xdo('keyup', m);
        await d.settle(2);
      }
    },
    async type(text) { xdo('type', '--delay', '30', text); await d.settle(3); },
    async screenshot(name) {
      await d.settle(2);
      execFileSync('import', ['-window', 'root', path.join(shots, name + '.png')], { env });
    },
    exportJson() {
      return JSON.parse(execFileSync(cli, ['--db', dbPath, 'export', '--format', 'json', '--out', '-'], { encoding: 'utf8' }));
    },
    rating(id) { const i = d.exportJson().assessment.items.find((x) => x.id === id); return i ? i.rating : ''; },
    async quit() {
      xdo('keydown', 'ctrl');
      await d.settle(1);
      xdo('key', 'q');
      await sleep(100);
      try { xdo('keyup', 'ctrl'); } catch {} // the app may be gone already
      const code = await Promise.race([exited, sleep(8000).then(() => 'timeout')]);
      return code;
    },
    async close() {
      if (proc.exitCode === null) { proc.kill('SIGTERM'); await Promise.race([exited, sleep(3000)]); }
      xvfb.kill('SIGTERM');
      if (!db) rmSync(work, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
    stderr: () => stderr,
  };
  await d.find(['nav:dashboard'], { timeout: 20000 });
  return d;
}

async function withDesktop(options, fn) {
  const d = await startDesktop(options);
  try { await fn(d); } finally { await d.close(); }
}

for (const lang of ['en', 'ja']) {
  test(`desktop ${lang}: rate with the mouse, N/A by button with its justification, keys N and A`, async () => {
    await withDesktop({ lang }, async (d) => {
      await d.click(['nav:assessment']);
      await d.click(['4.1-01', 'F']);
      assert.equal(d.rating('4.1-01'), 'F');
      await d.click(['4.1-02', 'N/A']);
      await d.find(['modal', d.t('ButtonSetNa')]);
      await d.type('Outsourced');
      await d.screenshot(`desk-${lang}-na-dialog`);
      await d.click(['modal', d.t('ButtonSetNa')]);
      assert.equal(d.rating('4.1-02'), 'NA');
      await d.click(['4.1-01', 'node']);
      await d.key('n');
      assert.equal(d.rating('4.1-01'), 'N');
      await d.key('a');
      await d.find(['modal', d.t('ButtonSetNa')]);
      await d.key('Escape');
      assert.equal(await d.exists(['modal', d.t('ButtonSetNa')]), false, 'Escape closed the dialog');
      assert.equal(d.rating('4.1-01'), 'N');
    });
  });
}

test('desktop: a gap-list row opens its item; a cycle is deleted only after confirming', async () => {
  await withDesktop({ lang: 'en', width: 1024, height: 640 }, async (d) => {
    await d.click(['nav:assessment']);
    await d.click(['4.1-02', 'P']);
    await d.click(['tab1']);
    await d.click(['4.1-02', 'gap']);
    await d.screenshot('desk-en-1024-gap-row-clicked');
    assert.match((await d.ask('locate ["clause:title"]')).matches[0].label, /^4\.1/);
    assert.ok(await d.exists(['4.1-02', 'node']), 'the item is shown');
    await d.click(['tab3']);
    await d.click(['cyclename']);
    await d.type('2026 H1');
    await d.click([d.t('ButtonFreeze')]);
    assert.equal(d.exportJson().cycles.length, 1);
    await d.click([d.t('ButtonDelete')]);
    await d.screenshot('desk-en-1024-delete-confirm');
    await d.click(['modal', d.t('ButtonCancel')]);
    assert.equal(d.exportJson().cycles.length, 1);
    await d.click([d.t('ButtonDelete')]);
    await d.click(['modal', d.t('ButtonConfirmDelete')]);
    assert.equal(d.exportJson().cycles.length, 0);
  });
});

test('desktop: owner, a bad date shown at its field, evidence, undo/redo from the menu and keys, export and import with confirmation, language', async () => {
  await withDesktop({ lang: 'en' }, async (d) => {
    await d.click(['nav:assessment']);
    await d.click(['4.1-01', 'node']);
    await d.click(['4.1-01', 'owner']);
    await d.type('Quality lead');
    await d.key('Return');
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').owner, 'Quality lead');
    await d.click(['4.1-01', 'due']);
    await d.type('2026-13-45');
    await d.key('Return');
    assert.ok((await d.find(['error:item:4.1-01:due'])).label.startsWith(d.t('ErrInvalidDate')));
    await d.screenshot('desk-en-bad-date');
    await d.click(['4.1-01', 'due']);
    await d.key('ctrl+a');
    await d.screenshot('desk-en-bad-date-selected');
    await d.type('2026-12-24');
    await d.screenshot('desk-en-bad-date-retyped');
    await d.key('Return');
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').due, '2026-12-24');
    await d.reveal(['4.1-01', d.t('ButtonAddEvidence')], ['detail']);
    await d.click(['4.1-01', d.t('ButtonAddEvidence')]);
    await d.type('Context register');
    await d.key('Tab');
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').evidence[0].text, 'Context register');
    await d.reveal(['4.1-01', 'ev0', d.t('ButtonRemove')], ['detail']);
    await d.click(['4.1-01', 'ev0', d.t('ButtonRemove')]);
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').evidence.length, 0);
    await d.click([d.t('MenuEdit')]);
    await d.click(['undo']);
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').evidence.length, 1);
    await d.key('ctrl+y');
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').evidence.length, 0);
    await d.key('ctrl+z');
    assert.equal(d.exportJson().assessment.items.find((x) => x.id === '4.1-01').evidence.length, 1);
    // Settings: export through the file dialog (into a folder of the home folder), change a
    // rating, import the file back through the dialog (the replacement asked first).
    mkdirSync(path.join(d.home, 'Backups 日本'));
    await d.click(['nav:settings']);
    await d.click([d.t('DataExportJson')]);
    await d.click(['modal', 'Backups 日本']);
    await d.screenshot('desk-file-dialog-save');
    await d.click(['modal', d.t('FileSave')]);
    const folder = path.join(d.home, 'Backups 日本');
    const exported = readdirSync(folder).find((f) => f.startsWith('kanri-') && f.endsWith('.json'));
    assert.ok(exported, 'an export file in the folder chosen');
    await d.click(['nav:assessment']);
    await d.click(['4.1-01', 'N']);
    await d.click(['nav:settings']);
    await d.click([d.t('DataImportJson')]);
    await d.click(['modal', exported]); // the dialog opens where it was last used
    await d.click(['modal', d.t('FileOpen')]);
    await d.find(['modal', d.t('ButtonReplace')]);
    assert.equal(d.rating('4.1-01'), 'N', 'nothing replaced before the answer');
    await d.click(['modal', d.t('ButtonReplace')]);
    assert.equal(d.rating('4.1-01'), '');
    await d.click(['日本語']);
    await d.find([strings.DataExportJson.ja]);
    await d.screenshot('desk-ja-settings-after-switch');
  });
});

test('desktop: clause 8 with every detail shown scrolls by the wheel to its last item, items in order and apart', async () => {
  await withDesktop({ lang: 'ja', width: 1280, height: 800 }, async (d) => {
    await d.click(['nav:assessment']);
    await d.reveal(['8'], ['tree']);
    await d.click(['8']);
    await d.click([d.t('AssessExpandAll')]);
    const ids = JSON.parse(execFileSync(cli, ['catalog', '--json'], { encoding: 'utf8' }))
      .items.map((i) => i.id).filter((id) => id.startsWith('8.'));
    const last = ids[ids.length - 1];
    let first = 0; // the first item of the list on screen
    for (let turn = 0; turn < 300 && !(await d.exists([last, 'node'])); turn++) {
      // The items drawn near the top of the pane lie one below the other (heights measured
      // when drawn, not guessed), and each is on screen once.
      const shown = [];
      for (let k = first; k < Math.min(first + 6, ids.length); k++) {
        const m = (await d.ask('locate ' + JSON.stringify([ids[k], 'node']))).matches.filter((w) => w.visible);
        assert.ok(m.length <= 1, `${ids[k]} drawn once`);
        if (m.length) shown.push({ k, y: m[0].y });
      }
      for (let i = 1; i < shown.length; i++) assert.ok(shown[i].y > shown[i - 1].y, `${ids[shown[i].k]} below ${ids[shown[i - 1].k]}`);
      if (shown.length) first = shown[0].k;
      const pane = await d.find(['detail']);
      d.xdo('mousemove', String(Math.round(pane.cx)), String(Math.round(pane.cy)));
      d.xdo('click', '--repeat', '6', '--delay', '15', '5'); // the wheel turned 6 notches
      await d.settle(2);
      if (turn === 20) await d.screenshot('desk-ja-clause8-expanded-scrolled');
    }
    assert.ok(await d.exists([last, 'node']), `the wheel reached ${last}`);
    assert.ok(first > ids.length / 2, 'the items went by on the way');
    assert.deepEqual((await d.ask('clipped')).glyphs, []);
  });
});

test('desktop: the first run asks a name; edits and an undo are in the History with it; search; a row opens its item', async () => {
  await withDesktop({ lang: 'ja', width: 1280, height: 800 }, async (d) => {
    const history = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'query', 'history'], { encoding: 'utf8' })).result;
    await d.click(['author']);
    await d.type('Hanako Sato');
    await d.click([d.t('AuthorSave')]);
    assert.ok(!(await d.exists(['author'])), 'the question is gone once answered');
    await d.click(['nav:assessment']);
    await d.click(['4.1-01', 'L']);
    await d.click(['4.1-01', 'P']);
    await d.key('ctrl+z');
    const rows = history().rows;
    assert.deepEqual(rows.map((r) => [r.action, r.author, r.fields[0].after]), [['undo', 'Hanako Sato', 'L'], ['apply', 'Hanako Sato', 'P'], ['apply', 'Hanako Sato', 'L']]);
    await d.click(['nav:history']);
    assert.ok((await d.find(['history:count'])).label.includes('3'));
    await d.find(['h3', 'row']);
    await d.screenshot('desk-ja-1280-history');
    await d.click(['hsearch']);
    await d.type('no such text');
    assert.ok(!(await d.exists(['h3', 'row'])), 'nothing matches');
    await d.click([d.t('HistoryClearFilters')]);
    await d.click(['h2', 'row']);
    await d.find(['4.1-01', 'node']);
    assert.ok(!(await d.exists(['hsearch'])), 'the row opened the workspace');
  });
});

for (const [lang, width, height] of [['en', 1920, 1080], ['ja', 1024, 640]]) {
  test(`desktop ${lang} ${width}×${height}: a risk from a template, rated and accepted with the mouse and keys; the heat map filters; no clipped text`, async () => {
    await withDesktop({ lang, width, height }, async (d) => {
      const risks = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'risks', '--json'], { encoding: 'utf8' }));
      await d.click([d.t('AuthorSkip')]);
      await d.click(['nav:risks']);
      await d.click(['template']);
      await d.click(['template:supplier_failure']);
      assert.equal(risks().length, 1);
      await d.reveal(['inherent_impact', '5'], ['riskdetail']);
      await d.click(['inherent_likelihood', '3']);
      await d.click(['inherent_impact', '4']);
      assert.deepEqual([risks()[0].inherent.score, risks()[0].inherent.band], [12, 'high']);
      await d.reveal(['accept'], ['riskdetail']);
      await d.click(['accept']);
      await d.reveal(['acceptBy'], ['riskdetail']);
      await d.click(['acceptBy']);
      await d.type('Taro Suzuki');
      await d.reveal(['acceptRationale'], ['riskdetail']);
      await d.click(['acceptRationale']);
      await d.type('SLA credits cover it');
      // High is above its criterion: refused without a reason, which the form asks for.
      await d.reveal([d.t('RiskAcceptRecord')], ['riskdetail']);
      await d.click([d.t('RiskAcceptRecord')]);
      assert.equal(risks()[0].acceptance, 'none');
      await d.reveal(['acceptAbove'], ['riskdetail']);
      await d.click(['acceptAbove']);
      await d.type('Board decision');
      await d.reveal([d.t('RiskAcceptRecord')], ['riskdetail']);
      await d.screenshot(`desk-${lang}-${width}-risk-accepting`);
      await d.click([d.t('RiskAcceptRecord')]);
      const [r] = risks();
      assert.deepEqual([r.acceptance, r.accepted_above_criterion, r.fields.accepted_by], ['valid', true, 'Taro Suzuki']);
      // Undo with the keys takes the acceptance back.
      await d.key('ctrl+z');
      assert.equal(risks()[0].acceptance, 'none');
      await d.key('ctrl+y');
      assert.equal(risks()[0].acceptance, 'valid');
      if (await d.exists(['back'])) await d.click(['back']);
      await d.click(['new']);
      if (await d.exists(['back'])) await d.click(['back']);
      if (!(await d.exists(['cell:inherent:3:4']))) await d.click(['heatmaps']);
      await d.click(['cell:inherent:3:4']);
      assert.match((await d.find(['register', 'table:count'])).label, /1/);
      await d.screenshot(`desk-${lang}-${width}-risks`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      const clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
    });
  });
}

for (const [lang, width, height] of [['en', 1920, 1080], ['ja', 1024, 640]]) {
  test(`desktop ${lang} ${width}×${height}: a workshop from the keys in workshop mode, a letter by click, a sign-off; no clipped text`, async () => {
    await withDesktop({ lang, width, height }, async (d) => {
      const matrix = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'matrix', '--json'], { encoding: 'utf8' }))[0];
      const row = (id) => matrix().rows.find((r) => r.id === id);
      await d.click([d.t('AuthorSkip')]);
      await d.click(['nav:suppliers']);
      await d.click(['newmatrix']);
      await d.click(['template:paas']);
      assert.equal(matrix().rows.length, 32);
      await d.click(['workshop']);
      await d.find(['leave']);
      const zoom = Number((await d.find(['zoom'])).label);
      await d.key('ctrl+plus');
      assert.ok(Number((await d.find(['zoom'])).label) > zoom, 'Ctrl + zooms in');
      await d.key('ctrl+minus');
      assert.equal(Number((await d.find(['zoom'])).label), zoom);
      // PaaS row 1: O:AR S:C. The cursor on the supplier's cell; R, then Space.
      await d.screenshot(`desk-${lang}-${width}-workshop-start`);
      await d.click(['cell:RR-001:CSP']);
      await d.key('r');
      assert.equal(row('RR-001').cells.CSP, 'RC');
      await d.key('space');
      assert.equal(row('RR-001').agreed, true);
      await d.key('Down', 'a');
      assert.equal(matrix().counts.errors, 1, 'a second A is an error at once');
      await d.key('ctrl+z');
      assert.equal(matrix().counts.errors, 0);
      await d.key('Return');
      await d.type('checked');
      await d.key('Return');
      assert.equal(row('RR-002').notes, 'checked');
      await d.key('space');
      assert.equal(row('RR-002').agreed, true);
      await d.screenshot(`desk-${lang}-${width}-workshop`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      let clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `workshop: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      // Leaving with agreed rows not signed off asks once; Esc again leaves without.
      await d.key('Escape');
      await d.find(['leaveprompt']);
      await d.screenshot(`desk-${lang}-${width}-workshop-leave`);
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `leave prompt: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      await d.key('Escape');
      await d.find(['nav:dashboard']);
      // A letter with the mouse on the selected row's buttons.
      await d.click(['cell:RR-003:CUST']);
      await d.reveal(['CUST/C'], ['raci:panels']);
      await d.click(['CUST/C']);
      assert.equal(row('RR-003').cells.CUST, 'CI');
      assert.ok(matrix().problems.some((p) => p.rule === 'consulted_informed' && p.row === 'RR-003'), 'C and I in one cell is a warning');
      // The sign-off.
      await d.reveal(['signoffs'], ['raci:panels']);
      await d.click(['signoffs']);
      await d.reveal(['signoff'], ['raci:panels']);
      await d.click(['signoff']);
      await d.reveal(['pname'], ['raci:panels']);
      await d.click(['pname']);
      await d.type('Taro Suzuki');
      await d.reveal(['signoffnow'], ['raci:panels']);
      await d.click(['signoffnow']);
      assert.equal(matrix().sign_offs[0].participants[0].name, 'Taro Suzuki');
      await d.screenshot(`desk-${lang}-${width}-matrix`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `matrix: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      await d.click(['stab1']);
      await d.click(['newsupplier']);
      await d.screenshot(`desk-${lang}-${width}-suppliers`);
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `register: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
    });
  });
}

for (const [lang, width, height] of [['en', 1920, 1080], ['ja', 1024, 640]]) {
  test(`desktop ${lang} ${width}×${height}: a nonconformity through its steps with the mouse and keys, its action done from the list, the board; no clipped text`, async () => {
    await withDesktop({ lang, width, height }, async (d) => {
      const imp = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'improvements', '--json'], { encoding: 'utf8' }));
      const nc = () => imp().nonconformities[0];
      await d.click([d.t('AuthorSkip')]);
      await d.click(['nav:improvement']);
      await d.click(['itab2']);
      await d.click(['newnc']);
      assert.equal(nc().state, 'open');
      await d.find(['ncnext:why']);
      await d.reveal(['##correction', 'view'], ['ncdetail']);
      await d.click(['##correction', 'view']);
      await d.type('Rolled back');
      await d.key('Tab');
      await d.reveal(['corrected_on'], ['ncdetail']);
      await d.click(['corrected_on']);
      await d.type('2026-11-02');
      await d.key('Return');
      await d.reveal(['ncnext'], ['ncdetail'], { down: false });
      await d.click(['ncnext']);
      assert.equal(nc().state, 'corrected');
      await d.reveal(['##root_cause', 'view'], ['ncdetail']);
      await d.click(['##root_cause', 'view']);
      await d.type('No gate');
      await d.key('Tab');
      await d.reveal(['ncnext'], ['ncdetail'], { down: false });
      await d.click(['ncnext']);
      assert.equal(nc().state, 'cause_found');
      await d.reveal(['newaction'], ['ncdetail']);
      await d.click(['newaction']);
      await d.type('Add a gate');
      await d.reveal(['newdue'], ['ncdetail']);
      await d.click(['newowner']);
      await d.type('Ops');
      await d.click(['newdue']);
      await d.type('2099-01-31');
      await d.click(['addaction']);
      assert.deepEqual(nc().actions, ['A-001']);
      await d.screenshot(`desk-${lang}-${width}-nc`);
      let clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `nonconformity: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      await d.reveal(['ncnext'], ['ncdetail'], { down: false });
      await d.click(['ncnext']);
      assert.equal(nc().state, 'actions_planned');
      await d.click(['itab0']);
      await d.click(['card:A-001']);
      await d.click(['actdone']);
      assert.equal(imp().actions[0].status, 'done');
      await d.key('ctrl+z');
      assert.equal(imp().actions[0].status, 'planned');
      await d.click(['itab0']);
      await d.screenshot(`desk-${lang}-${width}-board`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `board: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
    });
  });
}

for (const [lang, width, height] of [['en', 1920, 1080], ['ja', 1024, 640]]) {
  test(`desktop ${lang} ${width}×${height}: an audit to a finding with the mouse and keys, a nonconformity raised from it, closed and frozen; no clipped text`, async () => {
    await withDesktop({ lang, width, height }, async (d) => {
      const au = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'audits', '--json'], { encoding: 'utf8' }));
      const imp = () => JSON.parse(execFileSync(cli, ['--db', d.dbPath, 'improvements', '--json'], { encoding: 'utf8' }));
      await d.click([d.t('AuthorSkip')]);
      await d.click(['nav:audits']);
      await d.click(['newprogramme']);
      await d.click(['atab1']);
      await d.click(['newaudit']);
      assert.equal(au().audits[0].programme, 'AP-001');
      await d.reveal(['fstatement'], ['auditdetail']);
      await d.click(['ftype:nc_minor']);
      await d.click(['fclause']);
      await d.type('9.2');
      await d.click(['fstatement']);
      await d.type('No audit frequency');
      await d.reveal(['addfinding'], ['auditdetail']);
      await d.click(['addfinding']);
      assert.equal(au().audits[0].findings[0].clause, '9.2');
      await d.reveal(['raise:AF-001'], ['auditdetail']);
      await d.click(['raise:AF-001']);
      assert.equal(imp().nonconformities[0].fields.source_ref, 'AU-001 / AF-001');
      await d.screenshot(`desk-${lang}-${width}-audit`);
      let clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `audit: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      await d.reveal(['held_on'], ['auditdetail'], { down: false });
      await d.click(['held_on']);
      await d.type('2026-11-12');
      await d.key('Return');
      await d.reveal(['lead'], ['auditdetail'], { down: false });
      await d.click(['lead']);
      await d.type('Sato');
      await d.key('Tab');
      await d.reveal(['##report', 'view'], ['auditdetail']);
      await d.click(['##report', 'view']);
      await d.type('One finding');
      await d.key('Tab');
      await d.reveal(['reported_on'], ['auditdetail']);
      await d.click(['reported_on']);
      await d.type('2026-11-14');
      await d.key('Return');
      await d.reveal(['closeaudit'], ['auditdetail']);
      await d.click(['closeaudit']);
      assert.equal(au().audits[0].status, 'closed');
      assert.ok(!(await d.exists(['addfinding'])), 'a closed audit has no finding form');
      await d.click(['atab0']);
      await d.screenshot(`desk-${lang}-${width}-programme`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `programme: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
    });
  });
}

for (const [lang, width, height] of [['en', 1920, 1080], ['ja', 1024, 640]]) {
  test(`desktop ${lang} ${width}×${height}: a KPI's values typed, a miss raised as a nonconformity, a management review held; no clipped text`, async () => {
    await withDesktop({ lang, width, height }, async (d) => {
      const cliJson = (name) => JSON.parse(execFileSync(cli, ['--db', d.dbPath, name, '--json'], { encoding: 'utf8' }));
      await d.click([d.t('AuthorSkip')]);
      await d.click(['nav:performance']);
      await d.click(['ptab1']);
      await d.click(['newkpi']);
      assert.equal(cliJson('kpis').length, 1);
      await d.reveal(['mperiod'], ['kpidetail']);
      await d.click(['mperiod']);
      await d.key('ctrl+a');
      await d.type('2026-10');
      await d.click(['mvalue']);
      await d.type('99.4');
      await d.reveal(['record'], ['kpidetail']);
      await d.click(['record']);
      await d.reveal(['mperiod'], ['kpidetail'], { down: false });
      await d.click(['mperiod']);
      await d.key('ctrl+a');
      await d.type('2026-11');
      await d.click(['mvalue']);
      await d.type('97');
      await d.key('Tab');
      await d.reveal(['record'], ['kpidetail']);
      await d.click(['record']);
      let k = cliJson('kpis')[0];
      assert.deepEqual(k.measurements.map((m) => [m.period, m.result]), [['2026-10', 'met'], ['2026-11', 'missed']]);
      await d.reveal([k.measurements[1].id, 'raisenc'], ['kpidetail']);
      await d.click([k.measurements[1].id, 'raisenc']);
      assert.equal(cliJson('improvements').nonconformities[0].fields.source, 'kpi_miss');
      await d.reveal(['trend'], ['kpidetail'], { down: false });
      await d.screenshot(`desk-${lang}-${width}-kpi`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      let clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `kpi: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
      // A management review: the chair typed, held, its input c counting the missed KPI.
      await d.click(['nav:reviews']);
      await d.click(['newreview']);
      await d.reveal(['chair'], ['reviewdetail']);
      await d.click(['chair']);
      await d.type('CEO');
      await d.key('Return');
      await d.reveal(['holdreview'], ['reviewdetail'], { steps: 120 }); // below the twelve inputs
      await d.click(['holdreview']);
      const r = cliJson('reviews')[0];
      assert.equal(r.status, 'held');
      const c = r.inputs.find((i) => i.input === 'c');
      assert.equal(c.facts.find((f) => f.key === 'kpi_missed').value, '1');
      await d.reveal(['fact:c:kpi_missed'], ['reviewdetail'], { steps: 120, down: false });
      await d.screenshot(`desk-${lang}-${width}-review`);
      assert.deepEqual((await d.ask('boxes')).glyphs, [], 'characters drawn as □');
      clipped = (await d.ask('clipped')).glyphs;
      assert.deepEqual(clipped, [], `review: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
    });
  });
}

test('desktop: text typed just before Ctrl+Q is saved', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kanri-quit-'));
  const db = path.join(work, 'kanri.sqlite');
  try {
    await withDesktop({ lang: 'en', db }, async (d) => {
      await d.click(['nav:assessment']);
      await d.click(['4.1-01', 'node']);
      await d.click(['4.1-01', 'owner']);
      await d.type('Service owner');
      assert.equal(await d.quit(), 0);
      const item = d.exportJson().assessment.items.find((x) => x.id === '4.1-01');
      assert.equal(item && item.owner, 'Service owner');
    });
  } finally { rmSync(work, { recursive: true, force: true }); }
});

test('desktop: screenshots of every area in both languages and themes at three sizes, no clipped text', async () => {
  for (const [width, height] of [[1024, 640], [1280, 800], [1920, 1080]]) {
    for (const lang of ['en', 'ja']) {
      await withDesktop({ lang, width, height }, async (d) => {
        for (const area of ['dashboard', 'assessment', 'risks', 'suppliers', 'performance', 'reviews', 'history', 'guide', 'settings']) {
          await d.click(['nav:' + area]);
          if (width !== 1280 || area !== 'risks') await d.screenshot(`desk-${lang}-${width}-${area}`);
          assert.deepEqual((await d.ask('boxes')).glyphs, [], `${lang} ${width}x${height} ${area}: characters drawn as □`);
          const clipped = (await d.ask('clipped')).glyphs;
          assert.deepEqual(clipped, [], `${lang} ${width}x${height} ${area}: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
        }
        await d.click(['nav:assessment']);
        for (const tab of ['tab1', 'tab2', 'tab3']) {
          await d.click([tab]);
          assert.deepEqual((await d.ask('clipped')).glyphs, [], `${lang} ${width}x${height} ${tab}`);
          if (width === 1280) await d.screenshot(`desk-${lang}-${width}-${tab}`);
        }
      });
    }
  }
});
