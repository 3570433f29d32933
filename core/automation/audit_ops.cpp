// The internal audit programme's operations and queries: programmes, audits with their scope,
// findings against a clause (and an item), closing an audit (after which it is frozen), and
// raising a nonconformity or an opportunity from a finding; the programme with its coverage of
// clauses 4–10, each audit's findings, checklist and impartiality warnings.
#include "automation/operation.hpp"

#include "model/audits/commands.hpp"
#include "model/audits/programme.hpp"
#include "model/commands.hpp"

namespace kanri::automation {
namespace {

namespace au = model::audits;
using json_t = json::value_t;

// The fields given, refused when one is written only by audit.close.
Made<model::Fields> auditFields(const json& op) {
    Made<model::Fields> fields = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    for (const auto& [name, value] : std::get<model::Fields>(fields))
        if ((name == "status" && value == "closed") || name == "closed_on" || name == "closed_by")
            return refuse(ErrorCode::AuditNotReady, name + ": an audit is closed by audit.close", "/fields/" + name);
    return fields;
}

Made<Command> patch(std::string_view kind, const json& op, Made<model::Fields> fields) {
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    return model::patchFields(std::string(kind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
}

json findingJson(const model::Workspace&, const au::AuditIndex& index, const au::Finding& f) {
    const model::EntityKey raised = index.raisedFrom(f.id);
    return {{"id", f.id}, {"type", std::string(au::codeOf(f.type, au::kFindingTypeCodes))}, {"clause", index.clauseOf(f.id)}, {"item", index.itemOf(f.id)},
            {"raised", raised.kind.empty() ? json(nullptr) : json{{"kind", raised.kind}, {"id", raised.id}}}, {"fields", fieldsJson(fieldsOf(f))}};
}

json auditJson(const model::Workspace& ws, const au::AuditIndex& index, const au::Audit& a) {
    json findings = json::array(), warnings = json::array();
    for (const au::Finding* f : index.findings(a.id)) findings.push_back(findingJson(ws, index, *f));
    for (const au::ImpartialityWarning& w : au::impartiality(ws, index, a))
        warnings.push_back({{"auditor", w.auditor}, {"clause", w.clause}, {"items", w.items}});
    const std::vector<au::ChecklistRow> rows = au::checklist(ws, index, a);
    const size_t checked = static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [](const au::ChecklistRow& r) { return !r.findings.empty(); }));
    return {{"id", a.id}, {"status", std::string(au::codeOf(a.status, au::kAuditStatusCodes))}, {"programme", index.programmeOf(a.id)},
            {"scope", index.scope(a.id)}, {"checklist", {{"items", rows.size()}, {"with_findings", checked}}}, {"impartiality", warnings},
            {"findings", findings}, {"fields", fieldsJson(fieldsOf(a))}};
}

json auditsJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    const au::AuditIndex index(ws);
    json programmes = json::array(), audits = json::array();
    for (const au::AuditProgramme& p : ws.entities<au::AuditProgramme>().all()) {
        json ids = json::array(), cover = json::object();
        for (const au::Audit* a : au::auditsOf(ws, index, p)) ids.push_back(a->id);
        const std::vector<au::ClauseCoverage> c = au::coverage(ws, index, p);
        const auto& clauses = ws.catalogue().clauses();
        int audited = 0, top = 0;
        for (size_t i = 0; i < clauses.size(); ++i) {
            cover[clauses[i].id] = {{"coverage", std::string(au::kCoverageCodes[static_cast<size_t>(c[i].coverage)])}, {"audits", c[i].audits},
                                    {"nonconformities", c[i].nonconformities}};
            if (clauses[i].depth == 1) {
                ++top;
                audited += c[i].coverage == au::Coverage::Audited;
            }
        }
        programmes.push_back({{"id", p.id}, {"audits", ids}, {"subclauses_audited", audited}, {"subclauses", top}, {"coverage", cover},
                              {"fields", fieldsJson(fieldsOf(p))}});
    }
    for (const au::Audit& a : ws.entities<au::Audit>().all()) audits.push_back(auditJson(ws, index, a));
    return {{"programmes", programmes}, {"audits", audits}};
}

} // namespace

const std::vector<Operation>& auditOperations() {
    static const std::vector<Operation> ops = {
        {"programme.create", "Adds an audit programme (title required; a period start and end); answers its id.",
         {{"fields", json_t::object, true, "title, start, end (YYYY-MM-DD), objectives, extent, methods, criteria, review"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return std::make_unique<model::PutEntity>(std::string(au::AuditProgramme::kKind), "", std::move(std::get<model::Fields>(fields)));
         }},
        {"programme.update", "Changes a programme's fields.", {{"id", json_t::string, true, "the programme, \"AP-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(au::AuditProgramme::kKind, op, fieldsFrom(op, "fields")); }},
        {"audit.create", "Plans an audit in a programme with the clauses of its scope; answers its id.",
         {{"fields", json_t::object, true, "title, criteria, planned_on, held_on, lead, team (one per line), auditees, report, reported_on, distribution"},
          {"programme", json_t::string, false, "the programme, \"AP-001\""},
          {"scope", json_t::array, false, "the clauses audited: [\"8.6.1\", \"9.2\"]"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = auditFields(op);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return au::createAudit(std::move(std::get<model::Fields>(fields)), text(op, "programme"), strings(op, "scope"));
         }},
        {"audit.update", "Changes an audit's fields (refused once it is closed; it is closed by audit.close).",
         {{"id", json_t::string, true, "the audit, \"AU-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(au::Audit::kKind, op, auditFields(op)); }},
        {"audit.scope", "Sets the clauses an audit covers (refused once it is closed).",
         {{"id", json_t::string, true, "the audit"}, {"clauses", json_t::array, true, "the clauses, [\"8.6.1\"]"}},
         [](session::Session&, const json& op) -> Made<Command> { return au::setScope(text(op, "id"), strings(op, "clauses")); }},
        {"audit.close", "Closes an audit that was held and reported (held_on, lead, report, reported_on); from then on its record, scope and findings are frozen.",
         {{"id", json_t::string, true, "the audit"}, {"on", json_t::string, false, "the day (default: today)"}},
         [](session::Session& s, const json& op) -> Made<Command> { return au::closeAudit(text(op, "id"), op.contains("on") ? text(op, "on") : today(s), s.author()); }},
        {"audit.remove", "Removes an audit that is not closed, with its findings (refused while something raised from a finding remains).",
         {{"id", json_t::string, true, "the audit"}},
         [](session::Session&, const json& op) -> Made<Command> { return au::removeAudit(text(op, "id")); }},
        {"finding.add", "Records a finding of an audit against a clause (required) and, where it concerns one, an assessment item; answers its id.",
         {{"audit", json_t::string, true, "the audit"},
          {"clause", json_t::string, true, "the clause, \"8.6.1\""},
          {"item", json_t::string, false, "the assessment item, \"8.6.1-01\""},
          {"fields", json_t::object, true, "type (conformity, nc_major, nc_minor, observation, opportunity), statement, evidence"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             if (text(op, "clause").empty()) return refuse(ErrorCode::FindingIncomplete, "clause", "/clause");
             return au::addFinding(text(op, "audit"), std::move(std::get<model::Fields>(fields)), text(op, "clause"), text(op, "item"));
         }},
        {"finding.update", "Changes a finding's type, statement or evidence (refused once its audit is closed).",
         {{"id", json_t::string, true, "the finding, \"AF-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(au::Finding::kKind, op, fieldsFrom(op, "fields")); }},
        {"finding.subject", "Sets the clause (required) and the item a finding concerns.",
         {{"id", json_t::string, true, "the finding"}, {"clause", json_t::string, true, "the clause"}, {"item", json_t::string, false, "the item (absent: none)"}},
         [](session::Session&, const json& op) -> Made<Command> { return au::setFindingSubject(text(op, "id"), text(op, "clause"), text(op, "item")); }},
        {"finding.remove", "Removes a finding of an audit that is not closed.", {{"id", json_t::string, true, "the finding"}},
         [](session::Session&, const json& op) -> Made<Command> { return std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(au::Finding::kKind), text(op, "id")}); }},
        {"finding.raise", "Raises a nonconformity (from nc_major or nc_minor) or an improvement opportunity (from an observation or an opportunity) from a finding, linked to it and to its clause and item; answers its id.",
         {{"id", json_t::string, true, "the finding"}},
         [](session::Session& s, const json& op) -> Made<Command> { return au::raiseFromFinding(text(op, "id"), today(s)); }},
    };
    return ops;
}

const std::vector<Query>& auditQueries() {
    static const std::vector<Query> qs = {
        {"audits", "Every audit programme (its audits, the coverage of each clause: none, planned, partly or audited, with the audits and nonconformities there) and every audit (status, scope, checklist size, impartiality warnings, findings with what was raised from them).", {},
         [](session::Session& s, const json&) -> json { return auditsJson(s); }},
        {"audit.checklist", "An audit's checklist: each assessment item in its scope with the findings recorded against it.",
         {{"id", json_t::string, true, "the audit"}},
         [](session::Session& s, const json& args) -> json {
             const model::Workspace& ws = s.workspace();
             const au::Audit* a = ws.entities<au::Audit>().find(text(args, "id"));
             json out = json::array();
             if (!a) return out;
             const au::AuditIndex index(ws);
             for (const au::ChecklistRow& r : au::checklist(ws, index, *a)) {
                 json ids = json::array();
                 for (const au::Finding* f : r.findings) ids.push_back(f->id);
                 const model::Item& item = ws.catalogue().items()[size_t(r.item)];
                 out.push_back({{"item", item.id}, {"question_en", item.questionEn}, {"question_ja", item.questionJa}, {"findings", ids}});
             }
             return out;
         }},
    };
    return qs;
}

} // namespace kanri::automation
