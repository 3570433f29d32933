#include "exchange/performance_csv.hpp"

#include "model/calendar.hpp"
#include "model/commands.hpp"
#include "model/validation.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kanri::exchange {
namespace {

namespace pf = model::performance;

const std::vector<std::string> kColumns = {"kpi", "kpi_name", "period", "value", "unit", "result", "note"};

std::string resultCode(pf::Result r) { return std::string(pf::codeOf(r, pf::kResultCodes)); }


} // namespace

std::string measurementsCsv(const model::Workspace& ws, const std::string& kpiId) {
    const pf::PerformanceIndex index(ws);
    std::string out = "\xEF\xBB\xBF" + csvRow(kColumns);
    for (const pf::Kpi& k : ws.entities<pf::Kpi>().all()) {
        if (!kpiId.empty() && k.id != kpiId) continue;
        for (const pf::Measurement* m : index.measurements(k.id))
            out += csvRow({k.id, guardCell(k.name), m->period, m->value, guardCell(k.unit), resultCode(pf::evaluate(k, *m)), guardCell(m->note)});
    }
    return out;
}

MeasurementCsvImport importMeasurementsCsv(std::string_view text, const model::Workspace& ws) {
    MeasurementCsvImport out;
    auto table = parseCsv(text);
    if (!table) {
        out.errors.push_back({0, "", table.error()});
        return out;
    }
    const auto& records = table.value().records;
    const auto& lines = table.value().lines;
    // The header: kpi, period and value somewhere; unit and note if wanted; the written-only
    // columns ignored; anything else refused (its data would be dropped without a word).
    std::map<std::string, size_t> at;
    if (!records.empty())
        for (size_t c = 0; c < records[0].size(); ++c) {
            const std::string& name = records[0][c];
            if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
                out.errors.push_back({1, name, fail(ErrorCode::CsvColumns, "unknown column \"" + name + "\" (kpi, period, value, unit, note)")});
            else if (!at.emplace(name, c).second)
                out.errors.push_back({1, name, fail(ErrorCode::CsvColumns, "column \"" + name + "\" twice")});
        }
    if (records.empty() || !at.count("kpi") || !at.count("period") || !at.count("value"))
        out.errors.push_back({1, "", fail(ErrorCode::CsvColumns, "kpi, period, value (unit, note)")});
    if (!out.errors.empty()) return out;
    if (records.size() == 1) {
        out.errors.push_back({1, "", fail(ErrorCode::CsvEmpty)});
        return out;
    }
    const pf::PerformanceIndex index(ws);
    auto cell = [&](const std::vector<std::string>& row, const char* name) -> std::string {
        auto it = at.find(name);
        return it == at.end() || it->second >= row.size() ? std::string() : unguardCell(row[it->second]);
    };
    struct Row {
        std::string kpi, period, value, note, existing;
    };
    std::vector<Row> rows;
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t r = 1; r < records.size(); ++r) {
        const std::vector<std::string>& cells = records[r];
        const size_t line = lines[r];
        if (cells.size() != records[0].size()) {
            out.errors.push_back({line, "", fail(ErrorCode::CsvColumns, std::to_string(cells.size()) + " cells, expected " + std::to_string(records[0].size()))});
            continue;
        }
        Row row{cell(cells, "kpi"), cell(cells, "period"), cell(cells, "value"), cell(cells, "note"), {}};
        const pf::Kpi* k = ws.entities<pf::Kpi>().find(row.kpi);
        if (!k) {
            out.errors.push_back({line, "kpi", fail(ErrorCode::UnknownId, "kpi \"" + row.kpi + "\"")});
            continue;
        }
        bool good = true;
        if (auto s = pf::checkPeriod(*k, row.period); !s) {
            out.errors.push_back({line, "period", s.error()});
            good = false;
        }
        double v = 0;
        if (!model::parseDecimal(row.value, v)) {
            out.errors.push_back({line, "value", fail(ErrorCode::MeasurementInvalid, "\"" + row.value + "\"")});
            good = false;
        }
        if (const std::string unit = cell(cells, "unit"); !unit.empty() && unit != k->unit) {
            out.errors.push_back({line, "unit", fail(ErrorCode::MeasurementUnit, "\"" + unit + "\", " + k->id + ": \"" + k->unit + "\"")});
            good = false;
        }
        if (good && !seen.insert({row.kpi, row.period}).second) {
            out.errors.push_back({line, "period", fail(ErrorCode::DuplicateId, row.kpi + " " + row.period)});
            good = false;
        }
        if (good && !model::checkText(row.note, model::kMaxNoteBytes, "note")) {
            out.errors.push_back({line, "note", fail(ErrorCode::TextTooLong, "note")});
            good = false;
        }
        if (!good) continue;
        if (const pf::Measurement* m = index.measurementFor(row.kpi, row.period)) row.existing = m->id;
        (row.existing.empty() ? out.added : out.changed) += 1;
        rows.push_back(std::move(row));
    }
    if (!out.errors.empty()) return out;
    out.command = std::make_unique<model::BuiltBatch>(
        model::Description{model::Description::Verb::Import, "measurements"},
        [rows = std::move(rows)](const model::Workspace&, std::vector<std::unique_ptr<model::Command>>& parts) -> Status {
            for (const Row& r : rows) {
                model::Fields f = {{"period", r.period}, {"value", r.value}, {"note", r.note}};
                if (!r.existing.empty()) parts.push_back(std::make_unique<model::PutEntity>(std::string(pf::Measurement::kKind), r.existing, std::move(f)));
                else
                    parts.push_back(std::make_unique<model::PutEntity>(
                        std::string(pf::Measurement::kKind), "", std::move(f),
                        std::vector<model::PutEntity::NewLink>{{std::string(pf::kMeasurementKpi), {std::string(pf::Kpi::kKind), r.kpi}}}));
            }
            return ok();
        });
    return out;
}

std::string serviceReportCsv(const model::Workspace& ws, const pf::ServiceReport& report) {
    const pf::Service* service = ws.entities<pf::Service>().find(report.service);
    std::string out = "\xEF\xBB\xBF" + csvRow({"service", "period", "sla_target", "sla_name", "sla_target_value", "unit", "kpi", "kpi_name", "values", "met",
                                               "at_risk", "missed", "worst", "result"});
    for (const pf::ReportLine& l : report.lines) {
        std::string values;
        for (const pf::Measurement* m : l.values) values += (values.empty() ? "" : "; ") + m->period + " " + m->value;
        out += csvRow({report.service + (service ? " " + guardCell(service->name) : std::string()), pf::periodText(report.period),
                       l.sla ? l.sla->id : "", l.sla ? guardCell(l.sla->name) : "", l.sla ? l.sla->target : "",
                       guardCell(l.sla ? l.sla->unit : l.kpi ? l.kpi->unit : ""), l.kpi ? l.kpi->id : "", l.kpi ? guardCell(l.kpi->name) : "", values,
                       std::to_string(l.met), std::to_string(l.atRisk), std::to_string(l.missed), l.worst ? l.worst->value : "", resultCode(l.result)});
    }
    return out;
}

std::string serviceReportMarkdown(const model::Workspace& ws, const pf::ServiceReport& report, bool ja) {
    const pf::Service* service = ws.entities<pf::Service>().find(report.service);
    static const char* kResult[2][4] = {{"no data", "met", "at risk", "missed"}, {"データなし", "達成", "要注意", "未達"}};
    const int l = ja ? 1 : 0;
    std::string out = "## " + markdownCell(service ? service->name : report.service) + " — " + pf::periodText(report.period) + "\n\n";
    out += ja ? "| SLA 目標 | 目標値 | KPI | 期間内の値 | 結果 |\n" : "| SLA target | Target | KPI | Values in the period | Result |\n";
    out += "|---|---:|---|---|---|\n";
    for (const pf::ReportLine& line : report.lines) {
        std::string values;
        for (const pf::Measurement* m : line.values) values += (values.empty() ? "" : ", ") + m->period + ": " + m->value;
        const std::string unit = line.sla ? line.sla->unit : line.kpi ? line.kpi->unit : "";
        out += "| " + (line.sla ? markdownCell(line.sla->name) : std::string("—")) + " | " + (line.sla ? line.sla->target + " " + markdownCell(unit) : std::string("—")) +
               " | " + (line.kpi ? markdownCell(line.kpi->name) : std::string("—")) + " | " + markdownCell(values) + " | " +
               kResult[l][static_cast<size_t>(line.result)] + " |\n";
    }
    out += "\n" + std::string(ja ? "達成 " : "Met: ") + std::to_string(report.met) + (ja ? " · 要注意 " : " · at risk: ") + std::to_string(report.atRisk) +
           (ja ? " · 未達 " : " · missed: ") + std::to_string(report.missed) + (ja ? " · データなし " : " · no data: ") + std::to_string(report.noData) + "\n";
    return out;
}

} // namespace kanri::exchange
