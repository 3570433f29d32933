#pragma once
// Reads the workspace from the database and writes back exactly what commands changed.
#include "model/history.hpp"
#include "model/workspace.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace kanri::store {

[[nodiscard]] Status loadWorkspace(Database& db, model::Workspace& ws);
// Writes ws.changes() and appends the history rows (setting their seq) in one transaction,
// then marks the changes persisted. On failure the database is unchanged and the changes stay
// pending (a later persist retries them).
[[nodiscard]] Status persistWorkspace(Database& db, model::Workspace& ws, std::vector<model::HistoryEntry>* history = nullptr);
// The current time as ISO 8601 UTC ("2026-11-25T10:00:00Z"): the workspace's clock.
std::string nowIso();

} // namespace kanri::store
