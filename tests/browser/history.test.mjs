// The history (audit trail) and the author's name through real input: the first-run question
// on the dashboard (typed name, Save; or Skip), edits by mouse and keyboard, undo, the History
// area (rows, search, a row that opens its item) and an item's own History panel, in English
// and Japanese at 1024×640 and 1920×1080. window.kanri only reads here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inBrowser, testSite } from './harness.mjs';
import { openUi } from './ui.mjs';

let server;
before(async () => { server = await startServer({ root: testSite }); });
after(async () => { await server.stop(); });

function withUi(fn, { lang = 'en', width = 1280, height = 800 } = {}) {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return inBrowser('history', { locale, width, height }, async (b) => {
    const page = await b.newPage();
    const ui = await openUi(page, { lang });
    await fn(ui, page);
    assert.deepEqual(ui.record.errors, []);
  });
}

const author = (page) => page.evaluate(() => window.kanri.query('session.author').result);
const history = (page, args) => page.evaluate((a) => window.kanri.history(a), args || {});

for (const [lang, name, size] of [['en', 'Hanako Sato', { width: 1024, height: 640 }], ['ja', '佐藤 花子', { width: 1920, height: 1080 }]]) {
  test(`${lang}: the first run asks for a name; edits, undo and redo are in the History with it; a row opens its item`, async () => {
    await withUi(async (ui, page) => {
      assert.deepEqual(await author(page), { name: '', asked: false });
      await ui.find(['author']);
      await ui.screenshot(`history-${lang}-prompt`);
      await ui.fill(['author'], name);
      await ui.click([ui.t('AuthorSave')]);
      assert.deepEqual(await author(page), { name, asked: true });
      assert.ok(!(await ui.exists(['author'])), 'the question is gone once answered');

      // Rate with the mouse, then undo with the keyboard and redo from the Edit menu.
      await ui.click(['nav:assessment']);
      await ui.click(['4.1-01', 'L']);
      await ui.click(['4.1-01', 'F']);
      await ui.key('Control+z');
      const rows = (await history(page)).rows;
      assert.deepEqual(rows.map((r) => [r.action, r.fields[0].before, r.fields[0].after]),
        [['undo', 'F', 'L'], ['apply', 'L', 'F'], ['apply', '', 'L']]);
      assert.ok(rows.every((r) => r.author === name && r.kind === 'item' && r.id === '4.1-01'));

      // The History area shows them, newest first; the search narrows them.
      await ui.click(['nav:history']);
      const count = await ui.find(['history:count']);
      assert.ok(count.label.includes('3'), count.label);
      await ui.find(['h3', 'row']);
      await ui.screenshot(`history-${lang}-area`);
      await ui.fill(['hsearch'], 'nothing like this');
      assert.ok(await ui.exists([ui.t('HistoryClearFilters')]));
      assert.ok(!(await ui.exists(['h3', 'row'])), 'no row matches');
      await ui.click([ui.t('HistoryClearFilters')]);
      await ui.find(['h3', 'row']);
      // A row opens its item in the workspace.
      await ui.click(['h1', 'row']);
      await ui.find(['4.1-01', 'node']);
      assert.ok(!(await ui.exists(['hsearch'])), 'the History area was left for the workspace');
    }, { lang, ...size });
  });
}

test('Skip records changes without a name; an item\'s History panel lists its changes and leads to the History area', async () => {
  await withUi(async (ui, page) => {
    await ui.click([ui.t('AuthorSkip')]);
    assert.deepEqual(await author(page), { name: '', asked: true });
    await ui.click(['nav:assessment']);
    await ui.click(['4.1-01', 'P']);
    await ui.click(['4.1-01', 'node']);
    if (!(await ui.exists(['4.1-01', 'owner']))) await ui.click(['4.1-01', 'node']);
    await ui.fill(['4.1-01', 'owner'], 'Quality lead');
    await ui.key('Enter');
    await ui.reveal(['4.1-01', 'history'], ['detail']);
    await ui.click(['4.1-01', 'history']);
    await ui.reveal(['4.1-01', 'historyall'], ['detail']);
    await ui.screenshot('history-en-item-panel');
    const rows = (await history(page, { kind: 'item', id: '4.1-01' })).rows;
    assert.deepEqual(rows.map((r) => r.fields.map((f) => f.field).join()), ['owner', 'rating']);
    assert.ok(rows.every((r) => r.author === ''));
    await ui.click(['4.1-01', 'historyall']);
    const count = await ui.find(['history:count']);
    assert.ok(count.label.includes('2'), count.label);
  }, { width: 1280, height: 800 });
});
