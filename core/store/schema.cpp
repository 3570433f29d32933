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
