// The risk register's operations and queries: create (blank, from a template, from an
// assessment gap), update, accept, review, the matrix and its preview, CSV out and in.
#include "automation/operation.hpp"

#include "exchange/risks_csv.hpp"
#include "i18n/i18n.hpp"
#include "model/risks/commands.hpp"
#include "model/risks/register.hpp"
#include "model/validation.hpp"

#include <algorithm>

namespace kanri::automation {
namespace {

namespace risks = model::risks;


// The matrix an operation describes: the current one resized and with the fields given.
Made<risks::RiskMatrix> matrixFrom(session::Session& s, const json& op) {
    risks::RiskMatrix next = risks::matrixOf(s.workspace());
    if (op.contains("likelihoods") || op.contains("impacts")) {
        const int64_t l = op.value("likelihoods", int64_t{next.likelihoods}), i = op.value("impacts", int64_t{next.impacts});
        if (l < risks::kMinLevels || l > risks::kMaxLevels) return refuse(ErrorCode::RiskMatrixInvalid, "3 to 5 levels", "/likelihoods");
        if (i < risks::kMinLevels || i > risks::kMaxLevels) return refuse(ErrorCode::RiskMatrixInvalid, "3 to 5 levels", "/impacts");
        next = risks::resized(next, static_cast<int>(l), static_cast<int>(i));
    }
    Made<model::Fields> given = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&given)) return *r;
    model::Fields fields = risks::fieldsOf(next);
    for (const auto& [name, value] : std::get<model::Fields>(given)) model::setField(fields, name, value);
    risks::RiskMatrix out;
    if (auto st = risks::fromFields(fields, out); !st) return Refusal{st.error(), "/fields"};
    if (auto st = risks::validateShape(out); !st) return Refusal{st.error(), "/fields"};
    return out;
}

json ratingJson(const risks::RiskRating& r, const risks::Band* band, int score) {
    if (!r.rated()) return nullptr;
    return {{"likelihood", r.likelihood}, {"impact", r.impact}, {"score", score}, {"band", band ? band->code : ""},
            {"level", band ? band->label[i18n::language() == i18n::Lang::Ja ? risks::Ja : risks::En] : ""}};
}

json riskJson(session::Session& s, const risks::Risk& r, const risks::RiskMatrix& m, const std::string& day) {
    const risks::Assessed a = risks::assess(m, r, day);
    json fields = json::object();
    for (const auto& [name, value] : fieldsOf(r)) fields[name] = value;
    json links = json::array();
    for (const model::Link& l : s.workspace().linksFrom({std::string(risks::Risk::kKind), r.id}))
        links.push_back({{"relation", l.relation}, {"to_kind", l.to.kind}, {"to_id", l.to.id}});
    return {{"id", r.id},
            {"fields", fields},
            {"inherent", ratingJson(r.inherent, a.inherentBand, a.inherentScore)},
            {"residual", ratingJson(risks::effectiveResidual(r), a.residualBand, a.residualScore)},
            {"acceptance", std::string(risks::acceptanceCode(a.acceptance))},
            {"accepted_above_criterion", a.acceptedAboveCriterion},
            {"review_overdue", a.reviewOverdue},
            {"links", links},
            {"changed_at", r.stamp.changedAt},
            {"author", r.stamp.author}};
}

const std::vector<Field> kMatrixFields = {
    {"likelihoods", json::value_t::number_integer, false, "levels of likelihood, 3 to 5 (what does not fit is refused, naming the risks)"},
    {"impacts", json::value_t::number_integer, false, "levels of impact, 3 to 5"},
    {"fields", json::value_t::object, false, "matrix fields to change, each a string (query risk.matrix lists them): \"band.3.min\": \"12\""}};

} // namespace

const std::vector<Operation>& riskOperations() {
    static const std::vector<Operation> ops = {
        {"risk.create", "Creates a risk: from fields, from a template (query risk.templates) or raised from an assessment item; answers its id.",
         {{"fields", json::value_t::object, false, "the risk's fields, each a string (query risks shows them)"},
          {"template", json::value_t::string, false, "a template's code, \"service_outage\""},
          {"lang", json::value_t::string, false, "the template's language: en (default) or ja"},
          {"item", json::value_t::string, false, "an assessment item the risk is raised from (linked, with its clause)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             std::vector<std::string> items, clauses;
             model::Fields base;
             if (op.contains("template")) {
                 const risks::Template* t = risks::findTemplate(text(op, "template"));
                 if (!t) return refuse(ErrorCode::UnknownChoice, text(op, "template"), "/template");
                 const std::string lang = op.contains("lang") ? text(op, "lang") : "en";
                 if (lang != "en" && lang != "ja") return refuse(ErrorCode::UnknownChoice, lang, "/lang");
                 base = risks::templateFields(*t, lang == "ja" ? risks::Ja : risks::En);
                 clauses.assign(t->clauses.begin(), t->clauses.end());
             }
             if (op.contains("item")) {
                 const model::Item* item = s.catalogue().findItem(text(op, "item"));
                 if (!item) return refuse(ErrorCode::UnknownItem, text(op, "item"), "/item");
                 items.push_back(item->id);
                 if (std::find(clauses.begin(), clauses.end(), item->clauseId) == clauses.end()) clauses.push_back(item->clauseId);
                 if (!op.contains("template")) base = {{"title", i18n::language() == i18n::Lang::Ja ? item->titleJa : item->titleEn}};
             }
             for (const auto& [name, value] : std::get<model::Fields>(fields)) model::setField(base, name, value);
             return risks::createRisk(std::move(base), std::move(items), std::move(clauses));
         }},
        {"risk.update", "Changes some fields of a risk; the others stay as they are.",
         {{"id", json::value_t::string, true, "the risk, \"R-001\""}, {"fields", json::value_t::object, true, "the fields to change, each a string"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return risks::updateRisk(text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"risk.accept", "Records the acceptance of a risk's residual rating as it is now: who, role, when, until when, why; status becomes accepted. A band above its acceptance criterion needs above_reason.",
         {{"id", json::value_t::string, true, "the risk"},
          {"by", json::value_t::string, true, "who accepts it"},
          {"role", json::value_t::string, false, "their role, \"Service owner\""},
          {"on", json::value_t::string, false, "YYYY-MM-DD (default today)"},
          {"until", json::value_t::string, true, "YYYY-MM-DD: when the acceptance expires"},
          {"rationale", json::value_t::string, true, "why it is accepted"},
          {"above_reason", json::value_t::string, false, "why a band that is not acceptable is accepted anyway"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string on = op.contains("on") ? text(op, "on") : today(s);
             if (!model::isValidDate(on)) return refuse(ErrorCode::InvalidDate, on, "/on");
             if (!model::isValidDate(text(op, "until"))) return refuse(ErrorCode::InvalidDate, text(op, "until"), "/until");
             return risks::acceptRisk(text(op, "id"), {text(op, "by"), text(op, "role"), on, text(op, "until"), text(op, "rationale"), text(op, "above_reason")});
         }},
        {"risk.review", "Records a review of a risk: the last review that day, the next one a cadence later.",
         {{"id", json::value_t::string, true, "the risk"}, {"on", json::value_t::string, false, "YYYY-MM-DD (default today)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string on = op.contains("on") ? text(op, "on") : today(s);
             if (!model::isValidDate(on)) return refuse(ErrorCode::InvalidDate, on, "/on");
             return risks::reviewRisk(text(op, "id"), on);
         }},
        {"risk.matrix", "Changes the risk matrix (sizes, labels, bands, acceptance criteria, a lookup grid); every risk is re-levelled. Query risk.matrix.preview first.",
         kMatrixFields,
         [](session::Session& s, const json& op) -> Made<Command> {
             Made<risks::RiskMatrix> next = matrixFrom(s, op);
             if (auto* r = std::get_if<Refusal>(&next)) return *r;
             return risks::setMatrix(s.workspace(), std::move(std::get<risks::RiskMatrix>(next)));
         }},
        {"risks.import_csv", "Imports risks from CSV as risks.csv writes it; every row is checked first and nothing is applied when one is wrong.",
         {{"csv", json::value_t::string, true, "the CSV text"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             exchange::RiskCsvImport in = exchange::importRisksCsv(text(op, "csv"), s.workspace());
             return csvImport(in.errors, std::move(in.command));
         }},
    };
    return ops;
}

const std::vector<Query>& riskQueries() {
    static const std::vector<Query> qs = {
        {"risks", "Every risk with its fields and links, its inherent and residual score, band and level, the acceptance's state (none, valid, expired, changed) and whether its review is overdue.", {},
         [](session::Session& s, const json&) -> json {
             const risks::RiskMatrix& m = risks::matrixOf(s.workspace());
             const std::string day = today(s);
             json out = json::array();
             for (const risks::Risk& r : s.workspace().entities<risks::Risk>().all()) out.push_back(riskJson(s, r, m, day));
             return out;
         }},
        {"risk.matrix", "The risk matrix in effect: its fields, and each band with its score range.", {},
         [](session::Session& s, const json&) -> json {
             const risks::RiskMatrix& m = risks::matrixOf(s.workspace());
             json fields = json::object();
             for (const auto& [name, value] : fieldsOf(m)) fields[name] = value;
             json bands = json::array();
             for (size_t b = 0; b < m.bands.size(); ++b)
                 bands.push_back({{"code", m.bands[b].code}, {"min", m.bands[b].minScore}, {"max", risks::bandMaxScore(m, b)}, {"acceptable", m.bands[b].acceptable}});
             return {{"fields", fields}, {"bands", bands}};
         }},
        {"risk.matrix.preview", "What a change of the matrix would do, before it is made: the risks whose band changes, the acceptances that would lapse, the risks beyond the new scales.",
         kMatrixFields,
         [](session::Session& s, const json& args) -> json {
             Made<risks::RiskMatrix> next = matrixFrom(s, args);
             if (auto* r = std::get_if<Refusal>(&next)) return {{"error", i18n::message(r->error)}, {"path", r->path}};
             const risks::MatrixPreview p = risks::previewMatrix(s.workspace(), std::get<risks::RiskMatrix>(next), today(s));
             json changes = json::array();
             for (const auto& c : p.changes) changes.push_back({{"id", c.riskId}, {"rating", c.residual ? "residual" : "inherent"}, {"from", c.from}, {"to", c.to}});
             return {{"changes", changes}, {"lapsing", p.lapsing}, {"outside_scale", p.outOfScale}};
         }},
        {"risk.templates", "The templates a new risk may start from, in English and Japanese.", {},
         [](session::Session&, const json&) -> json {
             json out = json::array();
             for (const risks::Template& t : risks::templates())
                 out.push_back({{"code", std::string(t.code)}, {"title_en", t.title[risks::En]}, {"title_ja", t.title[risks::Ja]},
                                {"category", std::string(codeOf(t.category, risks::kCategoryCodes))},
                                {"clauses", std::vector<std::string>(t.clauses.begin(), t.clauses.end())}});
             return out;
         }},
        {"risks.csv", "The register as CSV for Excel (UTF-8 with a byte-order mark, RFC 4180, formula-guarded); docs/risks.md lists the columns.", {},
         [](session::Session& s, const json&) -> json { return exchange::risksCsv(s.workspace(), today(s)); }},
    };
    return qs;
}

} // namespace kanri::automation
