// Kanri's IndexedDB snapshot store (persistence.md): the whole SQLite database is written as one
// snapshot into one of two slots, with a head record naming the newest good slot, in one
// readwrite transaction with strict durability. A save is acknowledged only on `complete`.
//
// Records in the object store "kv":
//   head       {generation, slot: 'A'|'B', size, checksum, savedAt}
//   slotA/B    {bytes: Uint8Array, size, checksum, generation, savedAt}
//   quarantine {savedAt, items: [{key, bytes}]}  — damaged copies kept for download
'use strict';
var KanriStorage = (function () {
  const DB_NAME = 'kanri';
  const STORE = 'kv';

  const CRC_TABLE = (function () {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })();

  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  // Opens the database; rejects (never hangs) when IndexedDB is missing, blocked or slow.
  function open(timeoutMs) {
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (fn, value) => { if (!done) { done = true; clearTimeout(timer); fn(value); } };
      const timer = setTimeout(() => finish(reject, new Error('IndexedDB did not open within ' + timeoutMs + ' ms')), timeoutMs);
      let req;
      try {
        if (!self.indexedDB) throw new Error('IndexedDB is not available in this browser or mode');
        req = indexedDB.open(DB_NAME, 1);
      } catch (e) { finish(reject, e); return; }
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => finish(resolve, req.result);
      req.onerror = () => finish(reject, req.error || new Error('IndexedDB open failed'));
      req.onblocked = () => finish(reject, new Error('IndexedDB open is blocked by another tab'));
    });
  }

  // The stored copies in the order to try them: newest first. Each candidate carries its bytes
  // when size and checksum match, else `bad` with the reason.
  async function readCandidates(db) {
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [head, slotA, slotB] = await Promise.all(['head', 'slotA', 'slotB'].map((k) => request(store.get(k))));
    const candidates = [];
    const check = (key, rec, expected) => {
      if (!rec) return { key, bad: 'missing' };
      if (!(rec.bytes instanceof Uint8Array)) return { key, bad: 'no bytes' };
      if (rec.bytes.length !== rec.size) return { key, bad: 'size ' + rec.bytes.length + ' != ' + rec.size };
      if (crc32(rec.bytes) !== rec.checksum) return { key, bad: 'checksum mismatch' };
      if (expected && (expected.checksum !== rec.checksum || expected.generation !== rec.generation))
        return { key, bad: 'does not match the head record' };
      return { key, bytes: rec.bytes, generation: rec.generation };
    };
    if (head && (head.slot === 'A' || head.slot === 'B')) {
      const first = head.slot === 'A' ? ['slotA', slotA] : ['slotB', slotB];
      const second = head.slot === 'A' ? ['slotB', slotB] : ['slotA', slotA];
      candidates.push(check(first[0], first[1], head));
      if (second[1]) candidates.push(check(second[0], second[1], null));
    } else {
      // No (or a damaged) head: whatever slots exist, newest generation first.
      const slots = [['slotA', slotA], ['slotB', slotB]].filter((s) => s[1]);
      slots.sort((a, b) => (b[1].generation || 0) - (a[1].generation || 0));
      for (const [key, rec] of slots) candidates.push(check(key, rec, null));
    }
    const storedGeneration = head && Number.isInteger(head.generation) ? head.generation
      : Math.max(0, ...candidates.filter((c) => c.generation).map((c) => c.generation));
    return { hasData: !!(head || slotA || slotB), head, candidates, storedGeneration, raw: { head, slotA, slotB } };
  }

  // Writes bytes as generation expectedGeneration+1. Rejects with {conflict: true} when the
  // stored generation is not the one this tab last wrote (another writer: never overwrite).
  // options.fail: an Error to abort with (tests inject quota errors through it).
  function save(db, bytes, expectedGeneration, options) {
    return new Promise((resolve, reject) => {
      let tx;
      try {
        tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      } catch (e) { reject(e); return; }
      const store = tx.objectStore(STORE);
      let generation = 0;
      let failure = null;
      const getHead = store.get('head');
      getHead.onsuccess = () => {
        const head = getHead.result;
        const current = head && Number.isInteger(head.generation) ? head.generation : 0;
        if (current !== expectedGeneration) {
          failure = Object.assign(new Error('stored generation ' + current + ' is not ' + expectedGeneration), { conflict: true });
          tx.abort();
          return;
        }
        const slot = head && head.slot === 'A' ? 'B' : 'A';
        const checksum = crc32(bytes);
        const savedAt = new Date().toISOString();
        generation = current + 1;
        store.put({ bytes, size: bytes.length, checksum, generation, savedAt }, 'slot' + slot);
        store.put({ generation, slot, size: bytes.length, checksum, savedAt }, 'head');
        if (options && options.fail) { failure = options.fail; tx.abort(); }
      };
      tx.oncomplete = () => resolve({ generation });
      tx.onabort = () => reject(failure || tx.error || new Error('the save transaction was aborted'));
      tx.onerror = (e) => { e.preventDefault(); };
    });
  }

  // Keeps damaged copies before anything overwrites them (a later reload may still offer them).
  function quarantine(db, items) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).put({ savedAt: new Date().toISOString(), items }, 'quarantine');
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
  }

  async function readQuarantine(db) {
    const tx = db.transaction(STORE, 'readonly');
    return request(tx.objectStore(STORE).get('quarantine'));
  }

  return { open, readCandidates, save, quarantine, readQuarantine, crc32, DB_NAME, STORE };
})();
