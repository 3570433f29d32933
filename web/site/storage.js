// Kanri's IndexedDB snapshot store (docs/storage.md): after each commit the whole SQLite image is
// saved into one of two slots, with a head record naming the newest good slot, in one readwrite
// transaction with strict durability. A save is acknowledged only on `complete`.
//
// Each slot stores its image in 32 KiB chunks, and a save writes only the chunks that differ
// from what that slot already holds. The slots stay independent copies (no chunk is shared), so
// either one can be lost or damaged; but a one-row edit of a 1 MiB database writes 32-96 KiB
// instead of 1 MiB (IndexedDB here takes ~50-70 ms per MiB).
//
// Records in the object store "kv":
//   'head'              {generation, slot: 'A'|'B', size, checksum, savedAt}
//   'slotA' / 'slotB'   {generation, size, chunkSize, chunkCrcs: [...], checksum, savedAt}
//   ['slotA', i]        Uint8Array, chunk i of slot A's image (likewise for B)
//   'quarantine'        {savedAt, items: [{key, bytes}]}  damaged copies kept for download
// checksum = CRC-32 over the chunk CRCs (little-endian), so a whole-image check costs nothing
// extra once every chunk's CRC has been verified.
'use strict';
var KanriStorage = (function () {
  const DB_NAME = 'kanri';
  const STORE = 'kv';
  // Under 64 KiB: Chromium writes larger values as separate blob files, which costs ~50-90 ms
  // a transaction here against a few ms for values kept inline.
  const CHUNK = 32 * 1024;
  const SLOTS = ['A', 'B'];

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

  function imageChecksum(chunkCrcs) {
    return crc32(new Uint8Array(Uint32Array.from(chunkCrcs).buffer));
  }

  function chunkRange(slot) {
    return IDBKeyRange.bound(['slot' + slot, 0], ['slot' + slot, Number.MAX_SAFE_INTEGER]);
  }

  // True when chunk i of a and b are byte-equal (compared a word at a time).
  function sameChunk(a, b, i) {
    const start = i * CHUNK;
    const end = Math.min(start + CHUNK, a.length);
    if (!b || b.length !== a.length) return false;
    if (start % 4 === 0 && end % 4 === 0 && a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
      const wa = new Uint32Array(a.buffer, a.byteOffset + start, (end - start) / 4);
      const wb = new Uint32Array(b.buffer, b.byteOffset + start, (end - start) / 4);
      for (let k = 0; k < wa.length; k++) if (wa[k] !== wb[k]) return false;
      return true;
    }
    for (let k = start; k < end; k++) if (a[k] !== b[k]) return false;
    return true;
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
      // Chromium tells, on the upgrade it fires when it had to recreate a damaged database, that
      // data was lost (IDBVersionChangeEvent.dataLoss: 'total'); the caller reports it.
      let dataLoss = '';
      req.onupgradeneeded = (e) => {
        if (e.dataLoss && e.dataLoss !== 'none') dataLoss = e.dataLoss + (e.dataLossMessage ? ': ' + e.dataLossMessage : '');
        req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => {
        if (dataLoss) req.result.kanriDataLoss = dataLoss;
        finish(resolve, req.result);
      };
      req.onerror = () => finish(reject, req.error || new Error('IndexedDB open failed'));
      req.onblocked = () => finish(reject, new Error('IndexedDB open is blocked by another tab'));
    });
  }

  // Reassembles a slot and verifies it: {bytes, generation} or {bad: reason, bytes?}.
  function assemble(meta, chunks) {
    if (!meta) return { bad: 'missing' };
    if (!Array.isArray(meta.chunkCrcs) || meta.chunkSize !== CHUNK) return { bad: 'malformed slot record' };
    const bytes = new Uint8Array(meta.size);
    let offset = 0;
    let bad = null;
    for (let i = 0; i < meta.chunkCrcs.length; i++) {
      const chunk = chunks[i];
      if (!(chunk instanceof Uint8Array)) { bad = bad || 'chunk ' + i + ' missing'; continue; }
      if (crc32(chunk) !== meta.chunkCrcs[i]) bad = bad || 'chunk ' + i + ' checksum mismatch';
      if (offset + chunk.length > bytes.length) { bad = bad || 'size mismatch'; break; }
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    if (offset !== meta.size) bad = bad || 'size ' + offset + ' != ' + meta.size;
    if (imageChecksum(meta.chunkCrcs) !== meta.checksum) bad = bad || 'checksum mismatch';
    return bad ? { bad, bytes } : { bytes, generation: meta.generation };
  }

  // The slot to load first: the one the head names, or (no head) the newest by generation.
  function preferredSlot(head, metas) {
    if (head && SLOTS.includes(head.slot)) return head.slot;
    return SLOTS.slice().sort((x, y) => ((metas[y] && metas[y].generation) || 0) - ((metas[x] && metas[x].generation) || 0))[0];
  }

  // Reads the head, both slot records and the preferred slot's chunks in one transaction (the
  // chunk read is issued from the records' callbacks, so a writer in another tab cannot come
  // between them).
  function readHeadAndPreferred(db) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const out = { head: undefined, metas: {}, slot: null, chunks: [] };
      let pending = 3;
      const arrived = () => {
        if (--pending > 0) return;
        out.slot = preferredSlot(out.head, out.metas);
        if (!out.metas[out.slot]) return; // nothing stored in it
        const chunks = store.getAll(chunkRange(out.slot));
        chunks.onsuccess = () => { out.chunks = chunks.result; };
        chunks.onerror = failed(chunks);
      };
      // A request that fails aborts the transaction (its error is not prevented), so a read
      // error rejects: never taken for "nothing stored", which would start empty and save.
      let failure = null;
      const failed = (req) => () => { failure = failure || req.error; };
      const head = store.get('head');
      head.onsuccess = () => { out.head = head.result; arrived(); };
      head.onerror = failed(head);
      for (const slot of SLOTS) {
        const meta = store.get('slot' + slot);
        meta.onsuccess = () => { out.metas[slot] = meta.result; arrived(); };
        meta.onerror = failed(meta);
      }
      tx.oncomplete = () => resolve(out);
      tx.onabort = () => reject(failure || tx.error || new Error('the read transaction was aborted'));
    });
  }

  // Reads and verifies one slot: {meta, result: {bytes, generation} or {bad, bytes?}}.
  async function readSlot(db, slot) {
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [meta, chunks] = await Promise.all([request(store.get('slot' + slot)), request(store.getAll(chunkRange(slot)))]);
    return { meta, result: assemble(meta, chunks) };
  }

  // Reads the copy to load: the slot the head names (or the newest), and the other slot only
  // when that one fails its checks, so a start reads one copy, not two. Returns the candidates
  // in the order to try (newest first) and the verified images of each slot read (the writer
  // diffs against them). The slot left unread is a candidate marked `unread`: read it with
  // readSlot before the first save (its image makes that save a diff) or when SQLite refuses
  // the copy loaded first.
  async function readCandidates(db) {
    const first = await readHeadAndPreferred(db);
    const { head, metas } = first;
    const slots = { A: { bad: 'missing' }, B: { bad: 'missing' } };
    slots[first.slot] = assemble(metas[first.slot], first.chunks);
    const h = slots[first.slot];
    if (head && SLOTS.includes(head.slot) && !h.bad && (head.checksum !== metas[head.slot].checksum || head.generation !== metas[head.slot].generation))
      slots[head.slot] = { bad: 'does not match the head record', bytes: h.bytes };
    const other = first.slot === 'A' ? 'B' : 'A';
    let unread = null;
    if (!metas[other]) {
      // nothing stored there
    } else if (slots[first.slot].bad) {
      const read = await readSlot(db, other);
      metas[other] = read.meta;
      slots[other] = read.result;
    } else {
      unread = other;
    }
    const order = [first.slot, other];
    const candidates = order.filter((s) => metas[s]).map((s) => Object.assign({ key: 'slot' + s, slot: s }, s === unread ? { unread: true } : slots[s]));
    const generations = SLOTS.map((s) => (metas[s] && metas[s].generation) || 0);
    const image = (s) => (s === unread ? undefined : slots[s].bad ? null : slots[s].bytes);
    return {
      candidates,
      storedGeneration: head && Number.isInteger(head.generation) ? head.generation : Math.max(0, ...generations),
      images: { A: image('A'), B: image('B') },
      metas,
      headSlot: head && SLOTS.includes(head.slot) ? head.slot : null,
      unread,
    };
  }

  // Writes bytes as generation expectedGeneration+1 into the slot that does not hold the copy
  // this tab loaded or last wrote, so that copy stays intact (after a fallback, the damaged
  // slot is the one overwritten). known: {images: {A, B}, metas: {A, B}, headSlot, goodSlot} —
  // what each slot holds, which one the head names and which one is good (updated on success). The head is read in the same transaction, in parallel with
  // the writes: when it is not what this tab last wrote (another writer), the transaction is
  // aborted before it commits and the promise rejects with {conflict: true}: never overwrite.
  // options.fail aborts with that error (tests inject quota errors through it).
  function save(db, bytes, expectedGeneration, known, options) {
    return new Promise((resolve, reject) => {
      let tx;
      try {
        tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      } catch (e) { reject(e); return; }
      const store = tx.objectStore(STORE);
      let failure = null;
      const getHead = store.get('head');
      getHead.onsuccess = () => {
        const head = getHead.result;
        const current = head && Number.isInteger(head.generation) ? head.generation : 0;
        const slotNow = head && SLOTS.includes(head.slot) ? head.slot : null;
        if (current !== expectedGeneration || slotNow !== (known.headSlot || null)) {
          failure = Object.assign(new Error('stored generation ' + current + ' is not ' + expectedGeneration), { conflict: true });
          tx.abort();
        } else if (options && options.fail) {
          failure = options.fail;
          tx.abort();
        }
      };
      const keep = known.goodSlot || known.headSlot;
      const slot = keep === 'A' ? 'B' : 'A';
      const previous = known.images[slot];
      const previousMeta = known.metas[slot];
      const count = Math.ceil(bytes.length / CHUNK);
      const chunkCrcs = new Array(count);
      let written = 0;
      for (let i = 0; i < count; i++) {
        if (previous && previousMeta && sameChunk(bytes, previous, i)) {
          chunkCrcs[i] = previousMeta.chunkCrcs[i];
          continue;
        }
        const chunk = bytes.slice(i * CHUNK, Math.min((i + 1) * CHUNK, bytes.length));
        chunkCrcs[i] = crc32(chunk);
        store.put(chunk, ['slot' + slot, i]);
        written += chunk.length;
      }
      const oldCount = previousMeta && Array.isArray(previousMeta.chunkCrcs) ? previousMeta.chunkCrcs.length : 0;
      if (oldCount > count) store.delete(IDBKeyRange.bound(['slot' + slot, count], ['slot' + slot, Number.MAX_SAFE_INTEGER]));
      const generation = expectedGeneration + 1;
      const savedAt = new Date().toISOString();
      const checksum = imageChecksum(chunkCrcs);
      const meta = { generation, size: bytes.length, chunkSize: CHUNK, chunkCrcs, checksum, savedAt };
      store.put(meta, 'slot' + slot);
      store.put({ generation, slot, size: bytes.length, checksum, savedAt }, 'head');
      tx.oncomplete = () => {
        known.images[slot] = bytes;
        known.metas[slot] = meta;
        known.headSlot = slot;
        known.goodSlot = slot;
        resolve({ generation, written });
      };
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

  return { open, readCandidates, readSlot, save, quarantine, readQuarantine, crc32, imageChecksum, CHUNK };
})();
