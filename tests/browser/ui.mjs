// Real input for the browser tests: find a widget by its label path in the test page's widget
// map (web/test_api.cpp, tests/support/widget_map.hpp), then press real mouse buttons, keys and
// touch points at its visible centre through the DevTools protocol, as a person would. The
// page under test is the shipped one plus the map (build/web/site-test).
//
//   const ui = await openUi(page);          // waits for the first frame
//   await ui.click(['4.1-01', 'N/A']);      // the N/A chip of item 4.1-01
//   await ui.quickClick(['tab1']);          // press and release in one go (one frame apart)
//   await ui.tap(['nav:risks']);            // a touch tap
//   await ui.key('A'); await ui.type('理由');
//   ui.t('ButtonSetNa')                      // a label in the page's language (strings.def)
import assert from 'node:assert/strict';
import { fontsComplete, inBrowser, openKanri, screenshotPath } from './harness.mjs';
import { strings } from '../support/strings.mjs';

export async function openUi(page, { lang = 'en' } = {}) {
  const record = await openKanri(page);
  const ui = new Ui(page, lang, record);
  await ui.settle();
  return ui;
}

// A browser profile of its own (`profile`) in a language and window size, the page opened for
// real input; fn(ui, page) runs, and the page must not have logged an error.
export function withUi(profile, fn, { lang = 'en', width = 1280, height = 800 } = {}) {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return inBrowser(profile, { locale, width, height }, async (b) => {
    const page = await b.newPage();
    const ui = await openUi(page, { lang });
    await fn(ui, page);
    assert.deepEqual(ui.record.errors, []);
  });
}

// The languages and window sizes a module's screens are tried in: Japanese on a small window and
// English on a large one in every run; all of them (three or four) with KANRI_FULL_MATRIX=1
// (scripts/soak).
export function sizes(all) {
  if (process.env.KANRI_FULL_MATRIX === '1') return all;
  return all.filter(([lang, width]) => (lang === 'ja' && width < 1100) || (lang === 'en' && width > 1800));
}

// Nothing on screen drawn as □, and no glyph cut by its clip rectangle.
export async function noBadGlyphs(ui, what) {
  assert.deepEqual(await ui.boxGlyphs(), [], `${what}: characters drawn as □`);
  const clipped = await ui.clippedGlyphs();
  assert.deepEqual(clipped, [], `${what}: glyphs cut by their clip rectangle: ${JSON.stringify(clipped)}`);
}

class Ui {
  constructor(page, lang, record) {
    this.page = page;
    this.lang = lang;
    this.record = record;
  }

  t(key) {
    assert.ok(strings[key], 'no string ' + key);
    return strings[key][this.lang];
  }

  async dpr() {
    return this.page.evaluate(() => window.devicePixelRatio || 1);
  }

  async frames() {
    return this.page.evaluate(() => Module._kanri_test_frames());
  }

  // Waits until the app has taken all queued input (it hands events over a frame at a time),
  // then until it has drawn `count` more frames (input wakes it; so do these calls). One page
  // call per look: settle runs after every click and key.
  async settle(count = 3) {
    const deadline = Date.now() + 10000;
    const look = () => this.page.evaluate(() => [Module._kanri_test_input_pending(), Module._kanri_test_frames()]);
    let [pending, start] = await look();
    while (pending > 0) {
      if (Date.now() > deadline) throw new Error('the app took no input for 10 s');
      await new Promise((r) => setTimeout(r, 15));
      [pending, start] = await look();
    }
    let frames = start;
    while (frames < start + count) {
      if (Date.now() > deadline) throw new Error('the app drew no frame for 10 s');
      await new Promise((r) => setTimeout(r, 15));
      [, frames] = await look();
    }
  }

  async widgets() {
    await fontsComplete(this.page); // positions are read once the text is final
    return this.page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kanri_test_widgets())));
  }

  // Characters drawn as □ (missing from the font that drew them).
  async boxGlyphs() {
    return this.page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kanri_test_boxes())));
  }

  async clippedGlyphs() {
    return this.page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kanri_test_clipped())));
  }

  async matches(pathParts) {
    return this.page.evaluate((p) => {
      const json = JSON.stringify(p);
      const size = Module.lengthBytesUTF8(json) + 1;
      const ptr = Module._malloc(size);
      Module.stringToUTF8(json, ptr, size);
      const out = JSON.parse(Module.UTF8ToString(Module._kanri_test_locate(ptr)));
      Module._free(ptr);
      return out;
    }, pathParts);
  }

  // The one widget the path names, visible on screen (waits up to `timeout` for it to appear).
  async find(pathParts, { timeout = 5000, visible = true } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.matches(pathParts);
      const shown = last.matches.filter((m) => !visible || m.visible);
      if (shown.length === 1) return shown[0];
      if (shown.length > 1) throw new Error(`${JSON.stringify(pathParts)} names ${shown.length} widgets: ${JSON.stringify(shown.map((m) => [m.label, m.name, m.window]))}`);
      if (Date.now() > deadline) throw new Error(`no visible widget ${JSON.stringify(pathParts)} (matches: ${JSON.stringify(last.matches)})`);
      await this.settle(1);
    }
  }

  async exists(pathParts) {
    const m = await this.matches(pathParts);
    return m.matches.some((w) => w.visible);
  }

  // The widget's visible centre, or the point at `xFraction` of its visible width (a table row's
  // selectable spans its columns: its centre may fall on a column border, which resizes).
  async centre(pathParts, { xFraction } = {}) {
    const w = await this.find(pathParts);
    const dpr = await this.dpr();
    const x = xFraction === undefined ? w.cx : w.vx + w.vw * xFraction;
    return { x: x / dpr, y: w.cy / dpr, widget: w };
  }

  // Scrolls with the mouse wheel over `overParts` (a widget in the scrolling pane) until the
  // widget named by pathParts is visible. The wheel turns over the pane's centre first; when the
  // widget did not move, something under the pointer took the wheel (a table or text box that
  // scrolls on its own), so the next turn is at another spot of the pane.
  async reveal(pathParts, overParts, { steps = 30, dy = 120 } = {}) {
    const spots = [[0.5, 0.5], [0.02, 0.5], [0.5, 0.1], [0.5, 0.9], [0.98, 0.5]];
    let spot = 0;
    let lastY;
    for (let i = 0; i < steps; i++) {
      const m = await this.matches(pathParts);
      const w = m.matches.find((x) => x.visible && x.vh >= x.h - 1);
      if (w) return w;
      const y = m.matches.length ? m.matches[0].y : undefined;
      if (i > 0 && y === lastY) spot = (spot + 1) % spots.length;
      lastY = y;
      const o = await this.find(overParts);
      const dpr = await this.dpr();
      const [fx, fy] = spots[spot];
      await this.page.mouse.move((o.vx + o.vw * fx) / dpr, (o.vy + o.vh * fy) / dpr);
      await this.page.mouse.wheel(0, dy);
      await this.settle(2);
    }
    throw new Error('could not scroll to ' + JSON.stringify(pathParts));
  }

  async click(pathParts, { button = 'left', xFraction } = {}) {
    const { x, y } = await this.centre(pathParts, { xFraction });
    await this.page.mouse.move(x, y);
    await this.settle(1);
    await this.page.mouse.down({ button });
    await this.page.mouse.up({ button });
    await this.settle();
  }

  // Press and release with nothing in between (a trackpad tap, an assistive tool): both events
  // reach the page before the app draws its next frame.
  async quickClick(pathParts) {
    const { x, y } = await this.centre(pathParts);
    const cdp = this.page.cdp;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await Promise.all([
      cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 }),
      cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 }),
    ]);
    await this.settle();
  }

  async touchOn() {
    if (this.touchReady) return;
    await this.page.cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    this.touchReady = true;
  }

  async tap(pathParts, { holdMs = 0, xFraction } = {}) {
    await this.touchOn();
    const { x, y } = await this.centre(pathParts, { xFraction });
    const cdp = this.page.cdp;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    if (holdMs) await new Promise((r) => setTimeout(r, holdMs));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await this.settle(4);
  }

  // A finger dragged from (x, y) by (dx, dy) CSS pixels in `steps` moves.
  async swipe(x, y, dx, dy, steps = 8) {
    await this.touchOn();
    const cdp = this.page.cdp;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps }] });
      await this.settle(1);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await this.settle(3);
  }

  async key(key) {
    await this.page.keyboard.press(key);
    await this.settle();
  }

  async type(text) {
    await this.page.keyboard.type(text);
    await this.settle();
  }

  // Clicks a text field and types into it (what was there is selected first and replaced).
  // Types only once the field is taking text (the page's IME field has the focus, as it does
  // while ImGui edits text): keys pressed before would go to whatever had the keyboard.
  async fill(pathParts, text) {
    await this.click(pathParts);
    const deadline = Date.now() + 3000;
    while (!(await this.page.evaluate(() => document.activeElement && document.activeElement.id === 'ime'))) {
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(pathParts)} did not take the keyboard`);
      await this.settle(1);
    }
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.settle();
  }

  async screenshot(name) {
    await this.settle(2);
    await this.page.screenshot({ path: screenshotPath(name) });
  }
}

