#pragma once
// The risk register as CSV for Excel users and back: UTF-8 with a byte-order mark, RFC 4180,
// ISO dates, stable English codes for choices, several ids in one cell joined by ";", text cells
// guarded against formula injection. The computed columns (scores, levels, acceptance state,
// overdue) are written for the reader and ignored on import.
#include "exchange/csv.hpp"
#include "model/command_stack.hpp"
#include "model/workspace.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::exchange {

// The columns, in order (docs/risks.md).
const std::vector<std::string>& riskCsvColumns();

// today: YYYY-MM-DD (for the acceptance state and the overdue flag).
std::string risksCsv(const model::Workspace& ws, std::string_view today);

// Every row checked before anything is applied; command is set only when there is no error
// and at least one row. A row with an id replaces that risk (or creates it with that id); a
// row without one creates a new risk.
struct RiskCsvImport {
    std::vector<CsvRowError> errors;
    std::unique_ptr<model::Command> command;
    size_t rows = 0;
};
RiskCsvImport importRisksCsv(std::string_view text, const model::Workspace& ws);

} // namespace kanri::exchange
