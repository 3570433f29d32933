#pragma once
// The history table (schema 5): appended inside the transaction that writes the change it
// records, read page by page (a view of 100,000 rows reads only what it shows).
#include "model/history.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <vector>

namespace kanri::store {

// Appends the rows (inside the caller's transaction) and sets their seq.
[[nodiscard]] Status appendHistory(Database& db, std::vector<model::HistoryEntry>& rows);
// How many rows the filter matches.
[[nodiscard]] Result<int64_t> countHistory(Database& db, const model::HistoryFilter& filter);
// Matching rows, newest first, from the offset-th on, with their fields.
[[nodiscard]] Result<std::vector<model::HistoryEntry>> readHistory(Database& db, const model::HistoryFilter& filter,
                                                                    int64_t offset, int64_t limit);
// The highest step written (0 when none): the session numbers its steps after it.
[[nodiscard]] Result<int64_t> lastHistoryStep(Database& db);
// The distinct authors, sorted (the view's author filter).
[[nodiscard]] Result<std::vector<std::string>> historyAuthors(Database& db);

} // namespace kanri::store
