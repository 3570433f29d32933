#include "exchange/risks_csv.hpp"

#include "model/commands.hpp"
#include "model/risks/register.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kanri::exchange {
namespace {

namespace risks = model::risks;

// How a column is read: a risk's field, links by a relation, or computed (written only).
enum class Source { Id, Field, Links, Computed };
struct Column {
    const char* name;
    Source source;
    const char* field; // the risk's field, or the relation
};

const Column kColumns[] = {
    {"id", Source::Id, ""},
    {"title", Source::Field, "title"},
    {"description", Source::Field, "description"},
    {"category", Source::Field, "category"},
    {"scope", Source::Field, "scope"},
    {"nature", Source::Field, "nature"},
    {"services", Source::Field, "services"},
    {"clauses", Source::Links, "risk.clause"},
    {"items", Source::Links, "risk.item"},
    {"suppliers", Source::Field, "suppliers"},
    {"cause", Source::Field, "cause"},
    {"event", Source::Field, "event"},
    {"consequence", Source::Field, "consequence"},
    {"owner", Source::Field, "owner"},
    {"existing_controls", Source::Field, "controls"},
    {"inherent_likelihood", Source::Field, "inherent_likelihood"},
    {"inherent_impact", Source::Field, "inherent_impact"},
    {"inherent_score", Source::Computed, ""},
    {"inherent_level", Source::Computed, ""},
    {"treatment_option", Source::Field, "treatment"},
    {"treatment_plan", Source::Field, "plan"},
    {"residual_likelihood", Source::Field, "residual_likelihood"},
    {"residual_impact", Source::Field, "residual_impact"},
    {"residual_reason", Source::Field, "residual_reason"},
    {"residual_score", Source::Computed, ""},
    {"residual_level", Source::Computed, ""},
    {"status", Source::Field, "status"},
    {"review_cadence", Source::Field, "cadence"},
    {"last_review", Source::Field, "last_review"},
    {"next_review", Source::Field, "next_review"},
    {"accepted_by", Source::Field, "accepted_by"},
    {"accepted_role", Source::Field, "accepted_role"},
    {"accepted_on", Source::Field, "accepted_on"},
    {"accepted_until", Source::Field, "accepted_until"},
    {"accepted_band", Source::Field, "accepted_band"},
    {"accepted_likelihood", Source::Field, "accepted_likelihood"},
    {"accepted_impact", Source::Field, "accepted_impact"},
    {"accepted_rationale", Source::Field, "accepted_rationale"},
    {"accepted_above_reason", Source::Field, "accepted_above_reason"},
    {"acceptance", Source::Computed, ""},
    {"review_overdue", Source::Computed, ""},
};
constexpr size_t kColumnCount = sizeof kColumns / sizeof kColumns[0];

std::string joinIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ";") + id;
    return out;
}

std::vector<std::string> splitIds(const std::string& cell) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        const size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
        cur.clear();
    };
    for (char c : cell) {
        if (c == ';') flush();
        else cur += c;
    }
    flush();
    return out;
}

std::string computed(const char* name, const risks::Assessed& a) {
    const std::string n = name;
    if (n == "inherent_score") return a.inherentBand ? std::to_string(a.inherentScore) : "";
    if (n == "inherent_level") return a.inherentBand ? a.inherentBand->code : "";
    if (n == "residual_score") return a.residualBand ? std::to_string(a.residualScore) : "";
    if (n == "residual_level") return a.residualBand ? a.residualBand->code : "";
    if (n == "acceptance") return std::string(risks::acceptanceCode(a.acceptance));
    if (n == "review_overdue") return a.reviewOverdue ? "yes" : "no";
    return "";
}

} // namespace

const std::vector<std::string>& riskCsvColumns() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const Column& c : kColumns) out.push_back(c.name);
        return out;
    }();
    return names;
}

std::string risksCsv(const model::Workspace& ws, std::string_view today) {
    std::string out = "\xEF\xBB\xBF" + csvRow(riskCsvColumns());
    const risks::RiskMatrix& m = risks::matrixOf(ws);
    // The links of every risk, by relation, in one pass.
    std::map<std::string, std::map<std::string, std::vector<std::string>>, std::less<>> links;
    for (const model::Link& l : ws.links())
        if (l.from.kind == risks::Risk::kKind) links[l.from.id][l.relation].push_back(l.to.id);
    std::vector<std::string> row(kColumnCount);
    for (const risks::Risk& r : ws.entities<risks::Risk>().all()) {
        const model::Fields fields = fieldsOf(r);
        const risks::Assessed a = risks::assess(m, r, today);
        auto linked = links.find(r.id);
        for (size_t i = 0; i < kColumnCount; ++i) {
            const Column& c = kColumns[i];
            switch (c.source) {
            case Source::Id: row[i] = r.id; break;
            case Source::Field: row[i] = guardCell(model::fieldValue(fields, c.field)); break;
            case Source::Links: {
                std::vector<std::string> ids;
                if (linked != links.end())
                    if (auto by = linked->second.find(c.field); by != linked->second.end()) ids = by->second;
                row[i] = joinIds(ids);
                break;
            }
            case Source::Computed: row[i] = computed(c.name, a); break;
            }
        }
        out += csvRow(row);
    }
    return out;
}

RiskCsvImport importRisksCsv(std::string_view text, const model::Workspace& ws) {
    RiskCsvImport out;
    auto table = parseCsv(text);
    if (!table) {
        out.errors.push_back({0, "", table.error()});
        return out;
    }
    const auto& records = table.value().records;
    const auto& lines = table.value().lines;
    if (records.empty() || records[0] != riskCsvColumns()) {
        std::string detail;
        if (!records.empty()) {
            for (const std::string& want : riskCsvColumns())
                if (std::find(records[0].begin(), records[0].end(), want) == records[0].end()) detail += (detail.empty() ? "missing: " : ", ") + want;
            for (const std::string& got : records[0])
                if (std::find(riskCsvColumns().begin(), riskCsvColumns().end(), got) == riskCsvColumns().end())
                    detail += (detail.empty() ? "" : "; ") + std::string("unknown: ") + got;
            if (detail.empty()) detail = "the columns are not in the documented order";
        }
        out.errors.push_back({1, "", fail(ErrorCode::CsvColumns, detail)});
        return out;
    }
    if (records.size() == 1) {
        out.errors.push_back({1, "", fail(ErrorCode::CsvEmpty)});
        return out;
    }
    const model::Collection* risksOf = ws.collection(risks::Risk::kKind);
    std::vector<std::unique_ptr<model::Command>> parts;
    std::set<std::string> seen;
    for (size_t r = 1; r < records.size(); ++r) {
        const std::vector<std::string>& cells = records[r];
        const size_t line = lines[r];
        if (cells.size() != kColumnCount) {
            out.errors.push_back({line, "", fail(ErrorCode::CsvColumns, std::to_string(cells.size()) + " cells, expected " + std::to_string(kColumnCount))});
            continue;
        }
        std::string id;
        model::Fields fields;
        std::map<std::string, std::vector<std::string>> wanted; // relation → target ids
        bool rowOk = true;
        for (size_t i = 0; i < kColumnCount; ++i) {
            const Column& c = kColumns[i];
            const std::string cell = unguardCell(cells[i]);
            if (c.source == Source::Id) id = cell;
            else if (c.source == Source::Field) fields.emplace_back(c.field, cell);
            else if (c.source == Source::Links) {
                const model::Relation* rel = ws.registry().relation(c.field);
                for (const std::string& target : splitIds(cell)) {
                    if (!ws.exists({std::string(rel->to), target})) {
                        out.errors.push_back({line, c.name, fail(rel->to == model::kinds::Item ? ErrorCode::UnknownItem : ErrorCode::UnknownClause, target)});
                        rowOk = false;
                    }
                    wanted[c.field].push_back(target);
                }
            }
        }
        if (!id.empty()) {
            if (!model::idNumber(risks::Risk::kPrefix, id)) {
                out.errors.push_back({line, "id", fail(ErrorCode::UnknownId, id)});
                continue;
            }
            if (!seen.insert(id).second) {
                out.errors.push_back({line, "id", fail(ErrorCode::DuplicateId, id)});
                continue;
            }
        }
        if (auto s = risksOf->check(ws, id.empty() ? "R-001" : id, fields); !s) {
            out.errors.push_back({line, "", s.error()});
            continue;
        }
        if (!rowOk) continue;
        if (id.empty()) {
            std::vector<model::PutEntity::NewLink> newLinks;
            for (const auto& [relation, targets] : wanted)
                for (const std::string& t : targets) newLinks.push_back({relation, {std::string(ws.registry().relation(relation)->to), t}});
            parts.push_back(std::make_unique<model::PutEntity>(std::string(risks::Risk::kKind), "", std::move(fields), std::move(newLinks)));
            continue;
        }
        parts.push_back(std::make_unique<model::PutEntity>(std::string(risks::Risk::kKind), id, std::move(fields)));
        // Its links by the CSV's relations become what the row lists.
        const model::EntityKey key{std::string(risks::Risk::kKind), id};
        std::set<model::Link> now;
        for (const model::Link& l : ws.linksFrom(key))
            if (l.relation == "risk.item" || l.relation == "risk.clause") now.insert(l);
        std::set<model::Link> next;
        for (const auto& [relation, targets] : wanted)
            for (const std::string& t : targets) next.insert({key, relation, {std::string(ws.registry().relation(relation)->to), t}});
        for (const model::Link& l : now)
            if (!next.count(l)) parts.push_back(std::make_unique<model::SetLink>(l, false));
        for (const model::Link& l : next)
            if (!now.count(l)) parts.push_back(std::make_unique<model::SetLink>(l, true));
    }
    out.rows = records.size() - 1;
    if (out.errors.empty()) out.command = std::make_unique<model::Batch>(std::move(parts), nullptr);
    return out;
}

} // namespace kanri::exchange
