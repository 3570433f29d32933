#include "store/snapshot.hpp"

#include <cstring>
#include <sqlite3.h>

namespace kanri::store {

std::vector<uint8_t> serialize(Database& db) {
    if (!db.isOpen() || db.inTransaction()) return {};
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
    if (!bytes) return {};
    std::vector<uint8_t> out(bytes, bytes + size);
    sqlite3_free(bytes);
    return out;
}

Status deserialize(Database& db, const uint8_t* data, size_t size) {
    if (size < 512 || std::memcmp(data, "SQLite format 3", 16) != 0)
        return fail(ErrorCode::SnapshotCorrupt, "not an SQLite database image");
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(size));
    if (!copy) return fail(ErrorCode::SnapshotCorrupt, "out of memory");
    std::memcpy(copy, data, size);
    int rc = sqlite3_deserialize(db.handle(), "main", copy, static_cast<sqlite3_int64>(size),
                                 static_cast<sqlite3_int64>(size),
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) return fail(ErrorCode::SnapshotCorrupt, sqlite3_errstr(rc));
    std::string verdict;
    {
        auto st = db.prepare("PRAGMA quick_check");
        if (st && st.value().step()) verdict = st.value().text(0);
        else verdict = db.lastError();
    }
    if (verdict != "ok") {
        // Leave an empty database rather than a damaged one.
        auto* empty = static_cast<unsigned char*>(sqlite3_malloc64(0 + 1));
        sqlite3_deserialize(db.handle(), "main", empty, 0, 1,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
        return fail(ErrorCode::SnapshotCorrupt, "quick_check: " + verdict);
    }
    return ok();
}

} // namespace kanri::store
