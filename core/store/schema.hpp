#pragma once
// One schema for the desktop and browser apps, with a version (PRAGMA user_version) and ordered
// migrations. A database from a newer Kanri is refused and left untouched.
#include "store/database.hpp"

namespace kanri::store {

// The version this build writes. Migration i (1-based) takes a database from i-1 to i.
int schemaVersion();
// Applies the missing migrations in one transaction. From an empty file: all of them.
// upTo limits the target (tests build fixtures of earlier versions with it).
Status migrate(Database& db, int upTo = -1);

// Opens (or creates) the app's database file: refuses a newer schema before writing anything,
// then switches to WAL and migrates.
Result<Database> openAppDatabase(const std::string& path);

} // namespace kanri::store
