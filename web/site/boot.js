// Kanri's page bootstrap and the JavaScript automation API (window.kanri).
//
// Start-up, in parallel with downloading the wasm: check WebGL 2 (else a readable page), take
// the writer lock (Web Locks; a second tab opens read-only), read the stored snapshots from
// IndexedDB. main() then loads the newest good snapshot (checksum + quick_check, falling back
// to the other slot). After each commit the app calls markDirty(); the snapshot is written at
// once (edits in one frame coalesce; at most one save in flight) and on pagehide.
//
// window.kanri — for tests and embedding:
//   ready                     Promise, resolves after the first frame: {firstFrameMs, readOnly, phases}
//   version                   app version string
//   saveState()               {status: 'saved'|'saving'|'unsaved'|'error'|'readonly', generation, error}
//   whenSaved(timeoutMs)      Promise resolved when everything is acknowledged by IndexedDB
//   setRating(itemId, code[, justification])  undoable; N|P|L|F|NA or '' → {ok, error}
//   getRating(itemId), ratings()   item ratings ({'8.6.1-01': 'L', ...})
//   setDocument(id, status[, location])  7.5.4 checklist: present|missing|unknown
//   freezeCycle(name), report()    cycles; scores/verdict as kanri-cli report --json
//   exportJson(), importJson(text)   the Kanri JSON document (format 'kanri', version 2)
//   run(op)                   an operation of the automation dispatcher ({op: 'assessment.rate', item, rating})
//                             → {ok: true} or {ok: false, error, path}; docs/automation.md lists them
//   query(name[, args])       a query of the dispatcher ('assessment.items', 'assessment.scores', ...) → {ok, result}
//   setNote(id, text), getNote(id)     a clause's notes (undoable); flush() commits typing now
//   focusNote()               focus the selected clause's notes field (text then comes via input)
//   undo(), redo()            → true when something was undone/redone
//   history(args), setAuthor(name)   the audit trail (query 'history') and the author's name
//   setLanguage('en'|'ja'|'auto'), language()
//   selectClause(id), showArea(name)   navigate (the names of ui/areas.cpp: dashboard, assessment, history, ...)
//   readOnly                  true in a second tab
//   notices()                 start-up notices shown as banners ('FellBack', 'BothBad', 'NoStorage', ...)
'use strict';
(function () {
  performance.mark('kanri:boot');
  const NOTICE = { FellBack: 1, BothBad: 2, NoStorage: 4, ReadOnlyTab: 8, NotPersisted: 16, BrowserDataLoss: 32 };
  const STATUS_CODES = { saved: 0, saving: 1, unsaved: 2, error: 3, readonly: 4 };
  const lang = /^ja\b/i.test(navigator.language || '') ? 'ja' : 'en';
  const t = (key) => (KANRI_STRINGS[key] ? KANRI_STRINGS[key][lang] : key);
  const $ = (id) => document.getElementById(id);

  const state = {
    writer: false,
    db: null,
    storageError: '',
    candidates: [],
    damaged: [],          // {key, bytes} of copies that failed to load
    generation: 0,        // the generation this tab last loaded or wrote
    known: { images: {}, metas: {} }, // what each slot holds (saves write only what differs)
    unread: null,         // the slot not read at start ('A'|'B'), until readOther has read it
    otherRead: null,      // readOther's promise
    waitingForOther: false, // a save waits for readOther (saveInFlight says so)
    status: 'saved',
    error: '',
    dirty: false,
    inFlight: false,
    saveTimer: 0,
    retryDelay: 500,
    conflict: false,
    notices: 0,
    persisted: -1,
    failNext: [],         // test hook: errors to inject into the next saves
    lastSaveMs: 0,
    runtimeReady: false,
    storageRead: false,   // the stored data has been read (the app's start-up steps need not wait)
  };

  // Start-up notices: the app shows them as banners; noticeLog keeps them for window.kanri.
  const noticeLog = [];
  function raise(bit) {
    state.notices |= bit;
    if (state.runtimeReady) Module._kanri_wake();
    const name = Object.keys(NOTICE).find((k) => NOTICE[k] === bit);
    if (!noticeLog.includes(name)) noticeLog.push(name);
  }

  // Resolved (by whenSaved) the moment IndexedDB acknowledges the last pending change.
  const savedWaiters = new Set();
  const allSaved = () => state.status === 'saved' && !state.dirty && !state.inFlight;

  function setStatus(status, error) {
    if (state.runtimeReady && (status !== state.status || (error || '') !== state.error)) Module._kanri_wake();
    state.status = status;
    state.error = error || '';
    if (allSaved()) {
      for (const w of savedWaiters) w();
      savedWaiters.clear();
    }
  }

  function showFatal(title, body, detail) {
    $('loading').hidden = true;
    $('fatal-title').textContent = title;
    $('fatal-body').textContent = body;
    $('fatal-detail').textContent = detail || '';
    $('fatal').hidden = false;
    document.documentElement.lang = lang;
  }

  // Creates the canvas's WebGL 2 context now, while kanri.wasm and kanri.data download (the page
  // preloads them): with software GL, context creation alone takes hundreds of milliseconds.
  // main() asks for the same context (same attributes) and gets this one back at no cost.
  function createWebGL2(canvas) {
    try {
      return canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false,
        premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: 'default' });
    } catch (e) {
      return null;
    }
  }

  function describe(err) {
    if (!err) return 'unknown error';
    if (err.name === 'QuotaExceededError' || /quota/i.test(err.message || '')) return t('WebStorageFull') + ' (' + (err.message || err.name) + ')';
    return (err.name && err.name !== 'Error' ? err.name + ': ' : '') + (err.message || String(err));
  }

  // --- the writer lock: held for the page's life; a second tab gets none and opens read-only ---
  function acquireWriterLock() {
    if (!navigator.locks) return Promise.resolve(true); // no Web Locks: the generation check still guards
    return new Promise((resolve) => {
      navigator.locks.request('kanri-writer', { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return lock ? new Promise(() => {}) : undefined;
      }).catch(() => resolve(true));
    });
  }

  async function prepareStorage() {
    const [writer] = await Promise.all([acquireWriterLock(), openStorage()]);
    state.writer = writer;
    if (!writer) {
      raise(NOTICE.ReadOnlyTab);
      setStatus('readonly', t('WebReadOnlyTab'));
    }
    if (writer && navigator.storage && navigator.storage.persist) {
      navigator.storage.persisted().then((already) => (already ? true : navigator.storage.persist())).then((granted) => {
        state.persisted = granted ? 1 : 0;
        if (!granted) raise(NOTICE.NotPersisted);
      }).catch(() => {});
    }
  }

  async function openStorage() {
    try {
      state.db = await KanriStorage.open(3000);
      // The browser found its own storage damaged and recreated it empty: say so, never start
      // empty in silence.
      if (state.db.kanriDataLoss) {
        console.warn('Kanri: the browser discarded stored data:', state.db.kanriDataLoss);
        raise(NOTICE.BrowserDataLoss);
      }
      const found = await KanriStorage.readCandidates(state.db);
      state.candidates = found.candidates;
      state.generation = found.storedGeneration;
      state.known = { images: found.images, metas: found.metas, headSlot: found.headSlot };
      state.unread = found.unread;
    } catch (err) {
      state.db = null;
      state.storageError = t('WebStorageUnavailable') + ': ' + describe(err);
      raise(NOTICE.NoStorage);
      setStatus('unsaved', state.storageError);
    }
  }

  // --- saving -------------------------------------------------------------------------------
  function markDirty() {
    state.dirty = true;
    if (!state.writer || state.conflict) return;
    if (!state.db) { setStatus('unsaved', state.storageError); return; }
    if (!state.inFlight) setStatus('saving');
    scheduleSave(0);
  }

  // delay 0: right after the current task (edits made in one task share a save) and before
  // the next frame is drawn; otherwise a timer (retries, waiting for a transaction to end).
  function scheduleSave(delay) {
    if (state.saveTimer) return;
    if (delay === 0) {
      state.saveTimer = -1;
      queueMicrotask(() => { state.saveTimer = 0; runSave(); });
      return;
    }
    state.saveTimer = setTimeout(() => { state.saveTimer = 0; runSave(); }, delay);
  }

  function takeSnapshot() {
    const size = Module._kanri_snapshot();
    if (size < 0) return null;
    const ptr = Module._kanri_snapshot_data();
    const bytes = Module.HEAPU8.slice(ptr, ptr + size);
    Module._kanri_snapshot_release();
    return bytes;
  }

  // Reads the slot the start left unread (storage.js, readCandidates): once, after the first
  // frame, before the first save, or at once when SQLite refused the copy loaded first.
  function readOther() {
    if (!state.unread) return Promise.resolve();
    if (state.otherRead) return state.otherRead;
    const slot = state.unread;
    const candidate = state.candidates.find((c) => c.slot === slot);
    // A save that could not wait (the page closing) writes the slot whole and clears
    // state.unread: what this read finds afterwards is stale and must not become the diff base.
    const current = () => state.unread === slot;
    state.otherRead = KanriStorage.readSlot(state.db, slot).then(({ meta, result }) => {
      if (candidate) Object.assign(candidate, result);
      if (!current()) return;
      state.known.metas[slot] = meta;
      state.known.images[slot] = result.bad ? null : result.bytes;
    }, (err) => {
      if (candidate) candidate.bad = 'unreadable: ' + describe(err);
      if (!state.candidates.some((c) => c.loaded)) {
        // No copy loaded and this one unreadable: saving would overwrite a copy nobody has
        // read. Work in memory and say so, as when IndexedDB cannot be opened.
        state.db = null;
        state.storageError = t('WebStorageUnavailable') + ': ' + describe(err);
        raise(NOTICE.NoStorage);
        setStatus('unsaved', state.storageError);
      } else if (current()) {
        state.known.images[slot] = null; // the next save into it writes every chunk
      }
    }).then(() => {
      if (candidate) delete candidate.unread;
      if (current()) state.unread = null;
    });
    return state.otherRead;
  }

  function runSave() {
    if (!state.dirty || state.inFlight || !state.db || !state.writer || state.conflict) return;
    if (state.unread) { // the save diffs against what the slot holds: read it first
      if (!state.waitingForOther) {
        state.waitingForOther = true;
        readOther().then(() => { state.waitingForOther = false; runSave(); });
      }
      return;
    }
    const bytes = takeSnapshot();
    if (!bytes) { scheduleSave(20); return; } // a write transaction is open: try again shortly
    state.dirty = false;
    state.inFlight = true;
    setStatus('saving');
    const started = performance.now();
    const fail = state.failNext.shift();
    KanriStorage.save(state.db, bytes, state.generation, state.known, { fail }).then((result) => {
      state.inFlight = false;
      state.generation = result.generation;
      state.lastSaveMs = performance.now() - started;
      state.lastSaveWritten = result.written;
      state.retryDelay = 500;
      if (state.dirty) scheduleSave(0);
      else setStatus('saved');
    }, (err) => {
      state.inFlight = false;
      state.dirty = true; // the data is still in memory: keep it pending
      if (err && err.conflict) {
        state.conflict = true;
        setStatus('error', t('WebConflict'));
        return;
      }
      setStatus('error', t('WebSaveFailed') + ' — ' + describe(err));
      scheduleSave(state.retryDelay);
      state.retryDelay = Math.min(state.retryDelay * 2, 30000);
    });
  }

  // Leaving or hiding the page: start the pending save now (IndexedDB finishes it).
  function flush() {
    if (state.runtimeReady) Module._kanri_flush(); // text being typed becomes a command first
    if (state.saveTimer > 0) { clearTimeout(state.saveTimer); state.saveTimer = 0; }
    // Closing before the other slot was read: write that slot whole now rather than wait.
    if (state.unread && state.dirty) {
      state.known.images[state.unread] = null;
      state.unread = null;
      state.waitingForOther = false;
    }
    runSave();
  }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  // --- loading: called from main() through kanriHost ------------------------------------------
  function afterCandidates() {
    const tried = state.candidates;
    const loaded = tried.find((c) => c.loaded);
    if (loaded) state.known.goodSlot = loaded.slot;
    if (loaded && loaded !== tried[0]) raise(NOTICE.FellBack);
    if (tried.length && !loaded) raise(NOTICE.BothBad);
    // Damaged copies (refused by their checks or by SQLite) are kept, and offered for download,
    // before a save overwrites them; a copy that was never needed is not one of them.
    state.damaged = tried.filter((c) => c.bad && c.bytes && c.bytes.length).map((c) => ({ key: c.key, bytes: c.bytes }));
    if (state.db && state.writer && state.damaged.length) KanriStorage.quarantine(state.db, state.damaged).catch(() => {});
    const bad = tried.filter((c) => c.bad);
    if (bad.length) console.warn('Kanri: stored copies rejected:', bad.map((c) => c.key + ' (' + c.bad + ')').join(', '));
  }

  function downloadDamaged() {
    const pick = (items) => {
      if (!items || !items.length) return;
      items.forEach((item, i) => {
        const url = URL.createObjectURL(new Blob([item.bytes], { type: 'application/vnd.sqlite3' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'kanri-damaged-' + item.key + '.sqlite';
        document.body.appendChild(a);
        setTimeout(() => { a.click(); a.remove(); URL.revokeObjectURL(url); }, i * 200);
      });
    };
    if (state.damaged.length) pick(state.damaged);
    else if (state.db) KanriStorage.readQuarantine(state.db).then((q) => pick(q && q.items));
  }

  let readyResolve;
  const ready = new Promise((resolve) => { readyResolve = resolve; });
  const timing = { navigationStart: 0 };

  // The extension kanji font (the rest of JIS X 0208) is fetched after the first frame, so the
  // first frame downloads nothing it does not draw; the app builds its whole atlas once it is in.
  function fetchExtensionFont() {
    fetch('assets/fonts/kanri-ja-ext.ttf').then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.status)))).then((buf) => {
      const bytes = new Uint8Array(buf);
      const ptr = Module._malloc(bytes.length);
      Module.HEAPU8.set(bytes, ptr);
      Module._kanri_font_extension(ptr, bytes.length);
      Module._free(ptr);
    }).catch((err) => console.warn('Kanri: extension font not loaded:', err.message));
  }

  // A large string (an import) goes through the heap, not the stack.
  function withHeapString(text, fn) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { return fn(ptr); } finally { Module._free(ptr); }
  }

  function download(name, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // The page's file picker; the chosen file's bytes go to Platform::openFile's callback.
  function pickFile(accept) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const deliver = (ok, name, bytes) => {
      const b = bytes || new Uint8Array(0);
      const nameSize = Module.lengthBytesUTF8(name) + 1;
      const namePtr = Module._malloc(nameSize);
      Module.stringToUTF8(name, namePtr, nameSize);
      const ptr = Module._malloc(b.length + 1);
      Module.HEAPU8.set(b, ptr);
      Module._kanri_file_picked(ok ? 1 : 0, namePtr, ptr, b.length);
      Module._free(ptr);
      Module._free(namePtr);
    };
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) { deliver(false, '', null); return; }
      file.arrayBuffer().then((buf) => deliver(true, file.name, new Uint8Array(buf)), (err) => deliver(false, String(err), null));
    });
    document.body.appendChild(input);
    input.click();
  }

  // The functions the C++ side calls (web/platform_web.cpp, web/main_web.cpp).
  window.kanriHost = {
    cstr(text) {
      const size = Module.lengthBytesUTF8(text) + 1;
      const ptr = Module._malloc(size);
      Module.stringToUTF8(text, ptr, size);
      return ptr;
    },
    locale: () => navigator.language || 'en',
    storageRead: () => state.storageRead,
    saveStatusCode: () => STATUS_CODES[state.status],
    saveGeneration: () => state.generation,
    saveError: () => state.error,
    markDirty,
    persistedCode: () => state.persisted,
    saveInFlight: () => state.inFlight || state.saveTimer === -1 || state.waitingForOther,
    downloadDamaged,
    download,
    pickFile,
    isWriter: () => state.writer,
    candidateCount: () => state.candidates.length,
    // -2: not read yet (the app asks for it with readRest and waits for kanri_storage_ready).
    candidateSize: (i) => (state.candidates[i].unread ? -2 : state.candidates[i].bytes && !state.candidates[i].bad ? state.candidates[i].bytes.length : -1),
    readRest: () => { readOther().then(() => Module._kanri_storage_ready()); },
    candidateCopy: (i, dest) => Module.HEAPU8.set(state.candidates[i].bytes, dest),
    candidateResult: (i, ok, why) => {
      if (ok) state.candidates[i].loaded = true;
      else state.candidates[i].bad = why || 'rejected';
    },
    candidatesDone: afterCandidates,
    takeNotices: () => { const n = state.notices; state.notices = 0; return n; },
    firstFrame: () => {
      $('loading').hidden = true;
      const firstFrameMs = performance.now();
      performance.mark('kanri:first-frame');
      // The start-up phases, ms since navigation (scripts/bench prints their breakdown).
      const phases = {};
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('kanri:')) phases[m.name.slice(6)] = m.startTime;
      readyResolve({ firstFrameMs, readOnly: !state.writer, phases });
      fetchExtensionFont();
      if (state.writer) readOther(); // the other copy, for the next save's diff
      // The light/dark theme follows the system until one is chosen: redraw when it changes.
      if (window.matchMedia) window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => Module._kanri_wake());
    },
    fatal: (what, detail) => {
      if (what === 'webgl2') showFatal(t('WebNoWebGL2Title'), t('WebNoWebGL2Body'), detail);
      else showFatal(t('WebFatalTitle'), t('WebFatalBody'), detail);
    },
  };

  // --- window.kanri: the automation API ---------------------------------------------------------
  function call(name, returnType, argTypes, args) {
    return Module.ccall(name, returnType, argTypes, args);
  }
  // The older calls answer {ok} or {ok: false, error}: the dispatcher's answer without its path.
  const okOrError = (r) => (r.ok ? { ok: true } : { ok: false, error: r.error });
  window.kanri = {
    ready,
    get version() { return state.runtimeReady ? call('kanri_version', 'string', [], []) : ''; },
    get readOnly() { return !state.writer; },
    // Start-up notices raised so far: 'FellBack', 'BothBad', 'NoStorage', 'ReadOnlyTab', 'NotPersisted',
    // 'BrowserDataLoss'.
    notices: () => noticeLog.slice(),
    saveState() {
      return { status: state.status, generation: state.generation, error: state.error };
    },
    whenSaved(timeoutMs) {
      return new Promise((resolve, reject) => {
        if (allSaved()) { resolve(window.kanri.saveState()); return; }
        const timer = setTimeout(() => {
          savedWaiters.delete(done);
          reject(new Error('not saved: ' + JSON.stringify(window.kanri.saveState())));
        }, timeoutMs || 10000);
        const done = () => { clearTimeout(timer); resolve(window.kanri.saveState()); };
        savedWaiters.add(done);
      });
    },
    // The conveniences below are thin wrappers over the dispatcher (run/query): one code path.
    setRating(id, code, justification) {
      const op = { op: 'assessment.rate', item: String(id), rating: String(code == null ? '' : code) };
      if (justification != null) op.justification = String(justification);
      return okOrError(window.kanri.run(op));
    },
    setDocument(id, status, location) {
      const op = { op: 'documents.set', document: String(id), status: String(status) };
      if (location != null) op.location = String(location);
      return okOrError(window.kanri.run(op));
    },
    freezeCycle: (name) => okOrError(window.kanri.run({ op: 'cycles.freeze', name: String(name) })),
    // The automation dispatcher: the same operations and queries as kanri-cli apply / query.
    run(op) {
      const text = typeof op === 'string' ? op : JSON.stringify(op);
      return JSON.parse(withHeapString(text, (p) => Module.UTF8ToString(Module._kanri_run(p))));
    },
    query(name, args) {
      return JSON.parse(call('kanri_query', 'string', ['string', 'string'], [String(name), args == null ? '' : JSON.stringify(args)]));
    },
    // The whole workspace as a Kanri JSON document (format "kanri", version 2).
    exportJson: () => call('kanri_export_json', 'string', [], []),
    // Validates, then replaces everything in one undoable edit; a bad file changes nothing.
    importJson(text) {
      const error = withHeapString(String(text), (p) => Module.UTF8ToString(Module._kanri_import_json(p)));
      return error ? { ok: false, error } : { ok: true };
    },
    // What the Export JSON / Import JSON buttons do: a download, and the file picker.
    downloadExport: () => call('kanri_download_export', null, [], []),
    pickImport: () => call('kanri_pick_import', null, [], []),
    // Scores, verdict and counts, as `kanri-cli report --json` prints them.
    report: () => JSON.parse(call('kanri_report_json', 'string', [], [])),
    getRating: (id) => call('kanri_get_rating', 'string', ['string'], [String(id)]),
    setNote: (id, text) => okOrError(window.kanri.run({ op: 'assessment.note', clause: String(id), text: String(text) })),
    getNote: (id) => call('kanri_get_note', 'string', ['string'], [String(id)]),
    // Commits text that is being typed (as a pause in typing would).
    flush: () => call('kanri_flush', null, [], []),
    // Focuses the selected clause's notes field, as a click into it would.
    focusNote: () => call('kanri_focus_note', null, [], []),
    ratings: () => JSON.parse(call('kanri_ratings_json', 'string', [], [])),
    undo: () => window.kanri.run({ op: 'edit.undo' }).ok,
    redo: () => window.kanri.run({ op: 'edit.redo' }).ok,
    // The audit trail (newest first) and the author's name written into it.
    history: (args) => window.kanri.query('history', args || {}).result,
    setAuthor: (name) => okOrError(window.kanri.run({ op: 'session.author', name: String(name) })),
    setLanguage: (code) => call('kanri_set_language', null, ['string'], [String(code)]),
    language: () => call('kanri_language', 'string', [], []),
    selectClause: (id) => call('kanri_select_clause', 'number', ['string'], [String(id)]) === 1,
    // By the names of the core's area table (ui/areas.cpp), so this list cannot drift from it.
    showArea(name) {
      if (call('kanri_show_area', 'number', ['string'], [String(name)]) !== 1) throw new Error('unknown area ' + name);
    },
    // Test and benchmark hooks; not part of the supported API.
    __test: {
      pad: (bytes) => call('kanri_test_pad', 'number', ['number'], [bytes]) === 1,
      failNextSaves(count, name) {
        for (let i = 0; i < count; i++) state.failNext.push(Object.assign(new Error((name || 'QuotaExceededError') + ' (injected)'), { name: name || 'QuotaExceededError' }));
      },
      lastSaveMs: () => state.lastSaveMs,
      lastSaveWritten: () => state.lastSaveWritten,
      // Whether the font atlas has a glyph for the code point (else it draws the □ box).
      hasGlyph: (cp) => call('kanri_has_glyph', 'number', ['number'], [cp]) === 1,
    },
  };

  // --- start -----------------------------------------------------------------------------------
  $('loading-text').textContent = t('WebLoading');
  document.documentElement.lang = lang;
  const canvas = $('canvas');
  const storageReady = prepareStorage();
  storageReady.then(() => {
    state.storageRead = true;
    performance.mark('kanri:storage-read');
  });
  if (!createWebGL2(canvas)) {
    showFatal(t('WebNoWebGL2Title'), t('WebNoWebGL2Body'), '');
    return;
  }

  function resize() {
    const dpr = window.devicePixelRatio || 1;
    kanriInput.setPixelRatio(dpr);
    Module._kanri_resize(canvas.clientWidth, canvas.clientHeight, dpr);
  }

  window.Module = {
    canvas,
    preRun: [() => {
      performance.mark('kanri:wasm'); // kanri.wasm downloaded, compiled and instantiated
    }],
    onRuntimeInitialized: () => {
      performance.mark('kanri:runtime'); // kanri.wasm and kanri.data in
      state.runtimeReady = true;
      kanriInput.attach(canvas, $('ime'));
    },
    postRun: [() => {
      // main() has prepared what needs no stored data (catalogue, fonts, GPU); the database and
      // the first frame follow the storage read, which has run alongside.
      const go = () => Module._kanri_storage_ready();
      storageReady.then(go, go); // a storage failure is one of the app's notices
      resize();
      window.addEventListener('resize', resize);
      if (window.matchMedia) matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)').addEventListener('change', resize);
    }],
    setStatus: (s) => {
      const m = /\((\d+)\/(\d+)\)/.exec(s || '');
      if (m) $('loading-fill').style.width = Math.round((100 * m[1]) / m[2]) + '%';
    },
    print: (s) => console.log(s),
    printErr: (s) => console.warn(s),
    onAbort: (what) => showFatal(t('WebFatalTitle'), t('WebFatalBody'), String(what)),
  };
  const script = document.createElement('script');
  script.src = 'kanri.js';
  performance.mark('kanri:script');
  script.onerror = () => showFatal(t('WebFatalTitle'), t('WebFatalBody'), 'kanri.js could not be loaded');
  document.body.appendChild(script);
})();
