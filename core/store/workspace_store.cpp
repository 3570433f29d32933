#include "store/workspace_store.hpp"

#include <chrono>
#include <ctime>

namespace kanri::store {
namespace {

std::string nowIso() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace

Status loadWorkspace(Database& db, model::Workspace& ws) {
    ws.clear();
    ws.markPersisted();
    auto st = db.prepare("SELECT clause_id, rating FROM clause_rating");
    if (!st) return st.error();
    while (st.value().step()) {
        auto r = model::ratingFromCode(st.value().text(1));
        // Ratings of clauses this catalogue lacks are kept in the file but not shown.
        if (r && ws.catalogue().find(st.value().text(0))) ws.loadClauseRating(st.value().text(0), *r);
    }
    if (!st.value().ok()) return st.value().error();
    auto notes = db.prepare("SELECT clause_id, note FROM clause_note");
    if (!notes) return notes.error();
    while (notes.value().step())
        if (ws.catalogue().find(notes.value().text(0))) ws.loadClauseNote(notes.value().text(0), notes.value().text(1));
    if (!notes.value().ok()) return notes.value().error();
    return ok();
}

Status persistWorkspace(Database& db, model::Workspace& ws) {
    if (ws.changes().empty()) return ok();
    Transaction tx(db);
    if (!tx.begun()) return fail(ErrorCode::DatabaseIo, db.lastError());
    auto upsert = db.prepare(
        "INSERT INTO clause_rating(clause_id, rating, changed_at) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(clause_id) DO UPDATE SET rating=excluded.rating, changed_at=excluded.changed_at");
    auto remove = db.prepare("DELETE FROM clause_rating WHERE clause_id=?1");
    if (!upsert) return upsert.error();
    if (!remove) return remove.error();
    const std::string now = nowIso();
    for (const std::string& id : ws.changes().clauseRatings) {
        model::Rating r = ws.clauseRating(id);
        Statement& st = r == model::Rating::Unrated ? remove.value() : upsert.value();
        st.reset();
        st.bind(1, id);
        if (r != model::Rating::Unrated) st.bind(2, model::ratingCode(r)).bind(3, now);
        if (auto s = st.run(); !s) return s;
    }
    auto upsertNote = db.prepare(
        "INSERT INTO clause_note(clause_id, note, changed_at) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(clause_id) DO UPDATE SET note=excluded.note, changed_at=excluded.changed_at");
    auto removeNote = db.prepare("DELETE FROM clause_note WHERE clause_id=?1");
    if (!upsertNote) return upsertNote.error();
    if (!removeNote) return removeNote.error();
    for (const std::string& id : ws.changes().clauseNotes) {
        const std::string& note = ws.clauseNote(id);
        Statement& st = note.empty() ? removeNote.value() : upsertNote.value();
        st.reset();
        st.bind(1, id);
        if (!note.empty()) st.bind(2, note).bind(3, now);
        if (auto s = st.run(); !s) return s;
    }
    if (auto s = tx.commit(); !s) return s;
    ws.markPersisted();
    return ok();
}

} // namespace kanri::store
