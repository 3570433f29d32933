#include "store/schema.hpp"

#include <string>

namespace kanri::store {
namespace {

// Never edit a released migration: append a new one.
constexpr const char* kMigrations[] = {
    // 1: app settings (language, UI layout) and the Kanri file identity.
    R"sql(
    CREATE TABLE app_setting(
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    )sql",
    // 2: one rating per clause of the catalogue (the first slice of the self-assessment).
    R"sql(
    CREATE TABLE clause_rating(
        clause_id  TEXT PRIMARY KEY NOT NULL,
        rating     TEXT NOT NULL CHECK (rating IN ('N','P','L','F','NA')),
        changed_at TEXT NOT NULL
    ) STRICT;
    )sql",
    // 3: a free-text note per clause (evidence, gaps), UTF-8.
    R"sql(
    CREATE TABLE clause_note(
        clause_id  TEXT PRIMARY KEY NOT NULL,
        note       TEXT NOT NULL,
        changed_at TEXT NOT NULL
    ) STRICT;
    )sql",
    // 4: the self-assessment proper: one row per assessed item, its evidence, the 7.5.4
    // checklist, and frozen cycles. Clause ratings of version 2 become item ratings on load
    // (workspace_store.cpp) and the table stays for files written by version 2.
    R"sql(
    CREATE TABLE item_assessment(
        item_id       TEXT PRIMARY KEY NOT NULL,
        rating        TEXT NOT NULL CHECK (rating IN ('','N','P','L','F','NA')),
        justification TEXT NOT NULL DEFAULT '',
        owner         TEXT NOT NULL DEFAULT '',
        due           TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        changed_at    TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE TABLE item_evidence(
        item_id  TEXT NOT NULL REFERENCES item_assessment(item_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text     TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL DEFAULT '',
        url      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, position)
    ) STRICT;
    CREATE TABLE document_check(
        doc_id   TEXT PRIMARY KEY NOT NULL,
        status   TEXT NOT NULL CHECK (status IN ('unknown','present','missing')),
        location TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE TABLE cycle(
        cycle_id  TEXT PRIMARY KEY NOT NULL,
        position  INTEGER NOT NULL,
        name      TEXT NOT NULL,
        frozen_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE cycle_item(
        cycle_id      TEXT NOT NULL REFERENCES cycle(cycle_id) ON DELETE CASCADE,
        item_id       TEXT NOT NULL,
        rating        TEXT NOT NULL CHECK (rating IN ('N','P','L','F','NA')),
        justification TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (cycle_id, item_id)
    ) STRICT;
    CREATE TABLE cycle_document(
        cycle_id TEXT NOT NULL REFERENCES cycle(cycle_id) ON DELETE CASCADE,
        doc_id   TEXT NOT NULL,
        status   TEXT NOT NULL CHECK (status IN ('unknown','present','missing')),
        location TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (cycle_id, doc_id)
    ) STRICT;
    )sql",
    // 5: stable evidence ids (the rows' own rowids, so existing entries keep one each), id
    // series that never hand a number out twice, and the history: an append-only log of every
    // command, undo and redo, one row per entity changed, with each field before and after.
    R"sql(
    ALTER TABLE item_evidence ADD COLUMN evidence_id TEXT NOT NULL DEFAULT '';
    UPDATE item_evidence SET evidence_id = 'EV-' || rowid;
    CREATE UNIQUE INDEX item_evidence_by_id ON item_evidence(evidence_id);
    CREATE TABLE id_counter(
        series TEXT PRIMARY KEY NOT NULL,
        next   INTEGER NOT NULL CHECK (next > 0)
    ) STRICT;
    INSERT INTO id_counter(series, next) SELECT 'evidence', coalesce(max(rowid), 0) + 1 FROM item_evidence;
    CREATE TABLE history(
        seq       INTEGER PRIMARY KEY,
        step      INTEGER NOT NULL,
        at        TEXT NOT NULL,
        author    TEXT NOT NULL DEFAULT '',
        action    TEXT NOT NULL CHECK (action IN ('apply','undo','redo')),
        verb      TEXT NOT NULL,
        subject   TEXT NOT NULL DEFAULT '',
        kind      TEXT NOT NULL,
        entity_id TEXT NOT NULL
    ) STRICT;
    CREATE INDEX history_by_entity ON history(kind, entity_id, seq);
    CREATE TABLE history_field(
        seq    INTEGER NOT NULL REFERENCES history(seq),
        pos    INTEGER NOT NULL,
        field  TEXT NOT NULL,
        before TEXT NOT NULL,
        after  TEXT NOT NULL,
        PRIMARY KEY (seq, pos)
    ) STRICT, WITHOUT ROWID;
    -- Everyone who has written a row: the History view's author filter without a scan.
    CREATE TABLE history_author(author TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;
    CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
    CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
    CREATE TRIGGER history_field_no_update BEFORE UPDATE ON history_field BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
    CREATE TRIGGER history_field_no_delete BEFORE DELETE ON history_field BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
    )sql",
    // 6: the modules' entities, every kind in one table (its fields as one text: model/
    // entities.hpp), and the links between them. Links between entities have foreign keys at
    // both ends, links to the catalogue (items, clauses) at their source; both are checked at
    // commit, so a transaction may write an entity and its links in any order, but never
    // commits a dangling one.
    R"sql(
    CREATE TABLE entity(
        kind       TEXT NOT NULL,
        id         TEXT NOT NULL,
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL DEFAULT '',
        author     TEXT NOT NULL DEFAULT '',
        body       TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    ) STRICT;
    CREATE TABLE entity_link(
        from_kind TEXT NOT NULL,
        from_id   TEXT NOT NULL,
        relation  TEXT NOT NULL,
        to_kind   TEXT NOT NULL,
        to_id     TEXT NOT NULL,
        PRIMARY KEY (from_kind, from_id, relation, to_kind, to_id),
        FOREIGN KEY (from_kind, from_id) REFERENCES entity(kind, id) DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (to_kind, to_id) REFERENCES entity(kind, id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX entity_link_to ON entity_link(to_kind, to_id);
    CREATE TABLE catalogue_link(
        from_kind TEXT NOT NULL,
        from_id   TEXT NOT NULL,
        relation  TEXT NOT NULL,
        to_kind   TEXT NOT NULL CHECK (to_kind IN ('item','clause','document')),
        to_id     TEXT NOT NULL,
        PRIMARY KEY (from_kind, from_id, relation, to_kind, to_id),
        FOREIGN KEY (from_kind, from_id) REFERENCES entity(kind, id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    )sql",
    // 7: clause notes join the modules' entities (kind clause_note, the clause's id), stamped
    // like them; their own table goes. The body is model::encodeFields of the one field "note":
    // each text prefixed by its length in bytes and a colon. A note's changed_at becomes its
    // created and changed time; no author was recorded for notes.
    R"sql(
    INSERT INTO entity(kind, id, position, created_at, changed_at, author, body)
        SELECT 'clause_note', clause_id, rowid, changed_at, changed_at, '',
               '4:note' || length(CAST(note AS BLOB)) || ':' || note
        FROM clause_note WHERE note <> '';
    DROP TABLE clause_note;
    )sql",
    // 8: the 7.5.4 checklist joins them (kind document, the checklist's id). Its body is
    // model::encodeFields of "status" and "location" (an empty location is left out, as
    // encodeFields leaves out every empty field). No time or author was recorded for an entry.
    R"sql(
    INSERT INTO entity(kind, id, position, created_at, changed_at, author, body)
        SELECT 'document', doc_id, rowid, '', '', '',
               '6:status' || length(status) || ':' || status ||
               CASE WHEN location = '' THEN '' ELSE '8:location' || length(CAST(location AS BLOB)) || ':' || location END
        FROM document_check WHERE status <> 'unknown' OR location <> '';
    DROP TABLE document_check;
    )sql",
    // 9: the frozen cycles join them (kind cycle, their ids "c1", "c2", ...): their name, time,
    // items and checklist become the fields "name", "frozen_at", "item/<id>/rating",
    // "item/<id>/justification", "document/<id>/status" and "document/<id>/location", encoded as
    // model::encodeFields does (each text after its length in bytes and a colon; empty ones left
    // out; the order of the fields does not matter). The frozen time becomes both stamps. The id
    // series starts after the highest number of a cycle there is or the history names (a deleted
    // one's id is never given again).
    R"sql(
    INSERT INTO entity(kind, id, position, created_at, changed_at, author, body)
        SELECT 'cycle', c.cycle_id, c.position, c.frozen_at, c.frozen_at, '',
               CASE WHEN c.name = '' THEN '' ELSE '4:name' || length(CAST(c.name AS BLOB)) || ':' || c.name END ||
               CASE WHEN c.frozen_at = '' THEN '' ELSE '9:frozen_at' || length(CAST(c.frozen_at AS BLOB)) || ':' || c.frozen_at END ||
               coalesce((SELECT group_concat(f, '') FROM (
                   SELECT length(CAST('item/' || i.item_id || '/rating' AS BLOB)) || ':item/' || i.item_id || '/rating' ||
                          length(CAST(i.rating AS BLOB)) || ':' || i.rating ||
                          CASE WHEN i.justification = '' THEN '' ELSE
                              length(CAST('item/' || i.item_id || '/justification' AS BLOB)) || ':item/' || i.item_id || '/justification' ||
                              length(CAST(i.justification AS BLOB)) || ':' || i.justification END AS f
                   FROM cycle_item i WHERE i.cycle_id = c.cycle_id)), '') ||
               coalesce((SELECT group_concat(f, '') FROM (
                   SELECT length(CAST('document/' || d.doc_id || '/status' AS BLOB)) || ':document/' || d.doc_id || '/status' ||
                          length(CAST(d.status AS BLOB)) || ':' || d.status ||
                          CASE WHEN d.location = '' THEN '' ELSE
                              length(CAST('document/' || d.doc_id || '/location' AS BLOB)) || ':document/' || d.doc_id || '/location' ||
                              length(CAST(d.location AS BLOB)) || ':' || d.location END AS f
                   FROM cycle_document d WHERE d.cycle_id = c.cycle_id)), '')
        FROM cycle c;
    INSERT INTO id_counter(series, next)
        SELECT 'cycle', coalesce(max(n), 0) + 1 FROM (
            SELECT CAST(substr(cycle_id, 2) AS INTEGER) AS n FROM cycle WHERE cycle_id GLOB 'c[0-9]*'
            UNION ALL
            SELECT CAST(substr(entity_id, 2) AS INTEGER) FROM history WHERE kind = 'cycle' AND entity_id GLOB 'c[0-9]*');
    DROP TABLE cycle_item;
    DROP TABLE cycle_document;
    DROP TABLE cycle;
    )sql",
};
constexpr int kCount = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

} // namespace

int schemaVersion() { return kCount; }

Status migrate(Database& db, int upTo) {
    const int target = upTo < 0 ? kCount : upTo;
    const int64_t current = db.userVersion();
    if (current < 0) return fail(ErrorCode::DatabaseIo, db.lastError());
    if (current > kCount)
        return fail(ErrorCode::SchemaTooNew, "schema " + std::to_string(current) + " > " + std::to_string(kCount));
    if (current >= target) return ok();
    Transaction tx(db);
    if (!tx.begun()) return fail(ErrorCode::DatabaseIo, db.lastError());
    for (int v = static_cast<int>(current) + 1; v <= target; ++v) {
        if (auto s = db.exec(kMigrations[v - 1]); !s) {
            return fail(ErrorCode::DatabaseIo, "migration " + std::to_string(v) + ": " + s.error().detail);
        }
    }
    if (auto s = db.exec("PRAGMA user_version=" + std::to_string(target)); !s) return s;
    return tx.commit();
}

Result<Database> openAppDatabase(const std::string& path) {
    auto db = Database::openFile(path);
    if (!db) return db.error();
    const int64_t version = db.value().userVersion();
    if (version > kCount)
        return fail(ErrorCode::SchemaTooNew, path + ": schema " + std::to_string(version) + " > " + std::to_string(kCount));
    if (auto s = db.value().exec("PRAGMA journal_mode=WAL"); !s) return fail(ErrorCode::DatabaseOpen, path + ": " + s.error().detail);
    if (auto s = migrate(db.value()); !s) return s.error();
    return db;
}

} // namespace kanri::store
