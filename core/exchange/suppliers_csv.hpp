#pragma once
// A responsibility matrix as CSV for Excel (the risk register's rules: UTF-8 with a byte-order
// mark, RFC 4180, formula-guarded text) and back, and as a Markdown table for the minutes.
// CSV columns: id, group, activity, ccm, one column per party headed "CODE: name", then
// ownership (written only), applicable, na_reason, in_scope, sold, agreed, evidence, notes (a
// file without the sold column, from an earlier Kanri, is read as before).
#include "exchange/csv.hpp"
#include "model/command_stack.hpp"
#include "model/workspace.hpp"
#include "model/suppliers/raci.hpp"

#include <memory>
#include <string>

namespace kanri::exchange {

std::string matrixCsv(const model::Workspace& ws, const std::string& matrixId);

// Every row checked before anything is applied. A row with an id of this matrix changes that
// row (the parties without a column keep their letters); a row without one is added at the
// end; rows the file does not list stay as they are. An unknown party column, unknown
// letters, an id of another matrix: refused, with the line and column.
struct MatrixCsvImport {
    std::vector<CsvRowError> errors;
    std::unique_ptr<model::Command> command;
    size_t changed = 0, added = 0;
};
MatrixCsvImport importMatrixCsv(std::string_view text, const model::Workspace& ws, const std::string& matrixId);

// The matrix as a Markdown table (headings and category names in Japanese when `japanese`).
std::string matrixMarkdown(const model::Workspace& ws, const std::string& matrixId, bool japanese);

} // namespace kanri::exchange
