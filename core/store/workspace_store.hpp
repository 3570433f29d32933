#pragma once
// Reads the workspace from the database and writes back exactly what commands changed.
#include "model/workspace.hpp"
#include "store/database.hpp"

namespace kanri::store {

Status loadWorkspace(Database& db, model::Workspace& ws);
// Writes ws.changes() in one transaction, then marks them persisted. On failure the database
// is unchanged and the changes stay pending (a later persist retries them).
Status persistWorkspace(Database& db, model::Workspace& ws);

} // namespace kanri::store
