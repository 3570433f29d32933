#pragma once
// Reads the workspace from the database and writes back exactly what commands changed.
#include "model/workspace.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace kanri::store {

Status loadWorkspace(Database& db, model::Workspace& ws);
// Writes ws.changes() in one transaction, then marks them persisted. On failure the database
// is unchanged and the changes stay pending (a later persist retries them).
// dropClauseRatings: schema-2 clause ratings converted to item ratings, deleted in the same
// transaction.
Status persistWorkspace(Database& db, model::Workspace& ws, const std::vector<std::string>* dropClauseRatings = nullptr);
// The current time as ISO 8601 UTC ("2026-11-25T10:00:00Z"): the workspace's clock.
std::string nowIso();

} // namespace kanri::store
