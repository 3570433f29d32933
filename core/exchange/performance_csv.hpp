#pragma once
// KPI measurements as CSV for spreadsheets and back (the risk register's rules: UTF-8 with a
// byte-order mark, RFC 4180, text guarded against formula injection), and the service report
// as CSV and as a Markdown table.
// Measurement columns: kpi, kpi_name (written only), period, value, unit, result (written
// only), note. Imported: kpi, period and value are needed, unit and note may be there.
#include "exchange/csv.hpp"
#include "model/command_stack.hpp"
#include "model/performance/index.hpp"
#include "model/workspace.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::exchange {

// Every measurement of the KPI ("" : of every KPI), KPI by KPI, oldest period first.
std::string measurementsCsv(const model::Workspace& ws, const std::string& kpiId = {});

// Every row checked before anything is applied; the command is set only when there is no error
// and at least one row. A row for a period the KPI has a value for changes that value; others
// add one. Refused, row by row: an unknown KPI, a period that does not exist or is not of the
// KPI's frequency, a value that is not a number, another unit than the KPI's, a period twice.
struct MeasurementCsvImport {
    std::vector<CsvRowError> errors;
    std::unique_ptr<model::Command> command;
    size_t added = 0, changed = 0;
};
MeasurementCsvImport importMeasurementsCsv(std::string_view text, const model::Workspace& ws);

// The service report: each line's SLA target, KPI, values in the period, and result.
std::string serviceReportCsv(const model::Workspace& ws, const model::performance::ServiceReport& report);
std::string serviceReportMarkdown(const model::Workspace& ws, const model::performance::ServiceReport& report, bool japanese);

} // namespace kanri::exchange
