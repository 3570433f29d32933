#pragma once
// Whole-database snapshots for the browser (docs/storage.md): serialize after a commit, and load
// stored bytes back with a quick_check. Checksums and IndexedDB are the web shell's business.
#include "store/database.hpp"

#include <cstdint>
#include <vector>

namespace kanri::store {

// The bytes of the main database; empty on failure or while a write transaction is open.
std::vector<uint8_t> serialize(Database& db);
// Replaces the database content with bytes, then runs PRAGMA quick_check.
// On failure the database is left empty (never half-loaded) and SnapshotCorrupt is returned.
Status deserialize(Database& db, const uint8_t* data, size_t size);

} // namespace kanri::store
