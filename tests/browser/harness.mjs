// Shared set-up for the browser tests: a real headless Chromium (/usr/bin/chromium, started by
// us so a test can SIGKILL it) driven through the DevTools protocol by playwright-core, and
// Kanri's own server (web/serve.py) on a fixed host and port, because IndexedDB is per origin.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const site = process.env.KANRI_SITE || path.join(root, 'build/web/site');
// The same page built with the widget map for real-input tests (web/test_api.cpp).
export const testSite = process.env.KANRI_TEST_SITE || path.join(root, 'build/web/site-test');
export const screenshots = path.join(root, 'build/web/screenshots');
export const host = '127.0.0.1';
// A port of the test file's own, so that files run side by side (node --test --test-concurrency)
// each with their server: node runs every file in a process of its own, started with the file's
// path. The same file always gets the same port (IndexedDB is per origin).
function portOfFile() {
  const file = path.basename(process.argv[1] || '');
  let h = 0;
  for (const c of file) h = (h * 31 + c.charCodeAt(0)) % 997;
  return 8200 + h;
}
export const port = Number(process.env.KANRI_TEST_PORT || portOfFile());
export const origin = `http://${host}:${port}`;

export async function startServer({ root: served = site, noCspUnder } = {}) {
  const extra = noCspUnder ? ['--no-csp-under', noCspUnder] : [];
  const server = spawn('python3', [path.join(root, 'web/serve.py'), '--root', served, '--host', host, '--port', String(port), ...extra], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error('server exited with ' + code)));
    server.stdout.on('data', (d) => { if (String(d).includes('served at')) resolve(); });
  });
  server.removeAllListeners('exit');
  return { stop: () => new Promise((r) => { server.once('exit', r); server.kill('SIGTERM'); }) };
}

export function newProfile(name) {
  return mkdtempSync(path.join(tmpdir(), 'kanri-' + name + '-'));
}

export function removeProfile(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// Starts Chromium on a profile folder and connects. kill() is a real SIGKILL of the browser.
export async function launch(profileDir, { locale = 'en-US', initScript, width = 1280, height = 800, colorScheme } = {}) {
  const args = [
    '--headless', '--no-sandbox', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints', '--disable-default-apps',
    '--enable-unsafe-swiftshader', '--remote-debugging-port=0',
    `--user-data-dir=${profileDir}`, `--lang=${locale}`, `--window-size=${width},${height}`, 'about:blank',
  ];
  const proc = spawn('/usr/bin/chromium', args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: locale.replace('-', '_') + '.UTF-8', LC_ALL: locale.replace('-', '_') + '.UTF-8' } });
  const ws = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('chromium did not start: ' + buf)), 20000);
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error('chromium exited ' + code + ': ' + buf)); });
  });
  // The last lines Chromium wrote (its own errors, e.g. of IndexedDB), for a failing test to show.
  let stderrTail = '';
  proc.stderr.on('data', (d) => { stderrTail = (stderrTail + d).slice(-8192); });
  proc.stderr.resume();
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  if (initScript) await context.addInitScript(initScript);
  const exited = new Promise((r) => proc.once('exit', r));
  return {
    browser,
    context,
    pid: proc.pid,
    stderrTail: () => stderrTail,
    async newPage() {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      // navigator.language comes from the Accept-Language the page sees: set both, as
      // Playwright's own `locale` option does.
      const cdp = await context.newCDPSession(page);
      const userAgent = await page.evaluate(() => navigator.userAgent);
      await cdp.send('Emulation.setLocaleOverride', { locale });
      await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: locale });
      if (colorScheme) await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: colorScheme }] });
      page.cdp = cdp;
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      try { process.kill(-proc.pid, 'SIGTERM'); } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
    },
    async kill() {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
      await exited;
      await browser.close().catch(() => {});
    },
  };
}

// Runs fn(browser) with Chromium on a fresh profile, then closes it and removes the profile.
export async function inBrowser(name, options, fn) {
  const profile = newProfile(name);
  const b = await launch(profile, options || {});
  try {
    return await fn(b);
  } finally {
    await b.close();
    removeProfile(profile);
  }
}

// Opens Kanri in a page and waits for its first frame. Records console errors, page errors
// and every request that leaves the page's own origin.
export async function openKanri(page, { wait = true } = {}) {
  const record = { errors: [], external: [] };
  page.on('console', (m) => { if (m.type() === 'error') record.errors.push(m.text()); });
  page.on('pageerror', (e) => record.errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) record.external.push(r.url()); });
  await page.goto(origin + '/');
  if (wait) {
    await page.evaluate(() => window.kanri.ready);
    await fontsComplete(page);
  }
  return record;
}

// The other font sizes and the extension kanji come a moment after the first frame and change
// the layout: tests press widgets where they are once the text is final (the page marks it).
export function fontsComplete(page) {
  return page.waitForFunction(() => performance.getEntriesByName('kanri:fonts-complete').length > 0, null, { timeout: 15000 });
}

export function screenshotPath(name) {
  mkdirSync(screenshots, { recursive: true });
  return path.join(screenshots, name + '.png');
}

// Raw IndexedDB access from the page (same origin) for fault-injection tests (layout in
// web/site/storage.js):
//   {op: 'get', key}                        → a record ('head', 'slotA', 'quarantine', ...)
//   {op: 'flip', slot, chunk, at, count}    → XOR bytes of a chunk (checksums left stale)
//   {op: 'truncate', slot, chunk, size}     → cut a chunk short (checksums left stale)
//   {op: 'noise', slot, from}               → damage the image from byte `from` on and fix every
//                                             checksum, so only SQLite's quick_check can tell
export async function idb(page, request) {
  return page.evaluate(async (req) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('kanri', 1); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const tx = db.transaction('kv', req.op === 'get' ? 'readonly' : 'readwrite');
    const store = tx.objectStore('kv');
    const get = (key) => new Promise((res) => { const g = store.get(key); g.onsuccess = () => res(g.result); });
    const done = new Promise((res, rej) => { tx.oncomplete = res; tx.onabort = () => rej(tx.error); });
    let out;
    if (req.op === 'get') {
      const rec = await get(req.key);
      out = rec && rec.items ? { ...rec, items: rec.items.map((i) => ({ key: i.key, byteLength: i.bytes.length })) } : rec;
    } else if (req.op === 'flip' || req.op === 'truncate') {
      const key = ['slot' + req.slot, req.chunk];
      const chunk = await get(key);
      if (!chunk) throw new Error('no chunk ' + key);
      if (req.op === 'flip') for (let i = 0; i < (req.count || 1); i++) chunk[(req.at + i * 97) % chunk.length] ^= 0xff;
      store.put(req.op === 'flip' ? chunk : chunk.slice(0, req.size), key);
    } else if (req.op === 'noise') {
      const meta = await get('slot' + req.slot);
      const head = await get('head');
      for (let c = 0; c < meta.chunkCrcs.length; c++) {
        const chunk = await get(['slot' + req.slot, c]);
        const base = c * KanriStorage.CHUNK;
        for (let i = Math.max(0, req.from - base); i < chunk.length; i += 5) chunk[i] ^= 0x5a;
        meta.chunkCrcs[c] = KanriStorage.crc32(chunk);
        store.put(chunk, ['slot' + req.slot, c]);
      }
      meta.checksum = KanriStorage.imageChecksum(meta.chunkCrcs);
      store.put(meta, 'slot' + req.slot);
      if (head.slot === req.slot) { head.checksum = meta.checksum; store.put(head, 'head'); }
    }
    await done;
    db.close();
    return out;
  }, request);
}
