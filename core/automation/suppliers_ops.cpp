// The supplier register's and the responsibility matrices' operations and queries: suppliers
// created and changed; matrices from a template, their rows, cells, parties, agreement,
// sign-off and saved templates; CSV in and out, Markdown; the register and every matrix with
// its letters, derived CCM categories and validation problems.
#include "automation/operation.hpp"

#include "exchange/suppliers_csv.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "model/suppliers/commands.hpp"
#include "model/suppliers/review.hpp"
#include "model/validation.hpp"

namespace kanri::automation {
namespace {

namespace sup = model::suppliers;
using json_t = json::value_t;

Made<sup::Party> partyFrom(const json& op, sup::Party p) {
    if (op.contains("name")) p.name = text(op, "name");
    if (op.contains("kind") && !sup::enumFromCode(text(op, "kind"), sup::kPartyKindCodes, p.kind)) return refuse(ErrorCode::UnknownChoice, text(op, "kind"), "/kind");
    if (op.contains("supplier")) p.supplier = text(op, "supplier");
    if (op.contains("via")) p.via = text(op, "via");
    if (op.contains("contract_ref")) p.contractRef = text(op, "contract_ref");
    return p;
}

json matrixJson(session::Session& s, const sup::RaciMatrix& m) {
    const model::Workspace& ws = s.workspace();
    const std::vector<const sup::RaciRow*> rows = sup::rowsOf(ws, m.id);
    const sup::MatrixCheck check = sup::checkMatrix(ws, m, rows);
    json parties = json::array();
    for (const sup::Party& p : m.parties)
        parties.push_back({{"code", p.code}, {"name", p.name}, {"kind", std::string(sup::codeOf(p.kind, sup::kPartyKindCodes))},
                           {"supplier", p.supplier}, {"via", p.via}, {"contract_ref", p.contractRef}});
    json rowList = json::array();
    for (size_t i = 0; i < rows.size(); ++i) {
        const sup::RaciRow& r = *rows[i];
        json cells = json::object();
        for (const sup::Party& p : m.parties)
            if (const sup::Letters l = r.at(p.code)) cells[p.code] = sup::lettersText(l);
        rowList.push_back({{"id", r.id}, {"group", r.group}, {"activity", r.activity}, {"ccm", r.ccm}, {"cells", cells},
                           {"ownership", std::string(sup::codeOf(check.ownership[i], sup::kOwnershipCodes))}, {"applicable", r.applicable},
                           {"na_reason", r.naReason}, {"in_scope", r.inScope}, {"sold", r.sold}, {"agreed", r.agreed}, {"evidence", r.evidence}, {"notes", r.notes}});
    }
    json problems = json::array();
    for (const sup::Problem& p : check.problems)
        problems.push_back({{"rule", std::string(sup::codeOf(p.rule, sup::kRuleCodes))}, {"severity", std::string(sup::codeOf(p.severity, sup::kSeverityCodes))},
                            {"row", p.row}, {"party", p.party}, {"detail", p.detail}});
    json signOffs = json::array();
    for (const model::Link& l : ws.linksTo({std::string(sup::RaciMatrix::kKind), m.id}))
        if (l.relation == sup::kSignOffMatrix)
            if (const sup::SignOff* so = ws.entities<sup::SignOff>().find(l.from.id)) {
                json who = json::array();
                for (const sup::Participant& p : so->participants) who.push_back({{"name", p.name}, {"role", p.role}, {"party", p.party}});
                signOffs.push_back({{"id", so->id}, {"on", so->on}, {"participants", who}, {"note", so->note}});
            }
    return {{"id", m.id},
            {"title", m.title},
            {"scope", m.scope},
            {"service_model", std::string(sup::codeOf(m.serviceModel, sup::kServiceModelCodes))},
            {"parties", parties},
            {"rows", rowList},
            {"problems", problems},
            {"counts", {{"rows", rows.size()}, {"agreed", check.agreed}, {"errors", check.errors}, {"warnings", check.warnings}, {"infos", check.infos}}},
            {"sign_offs", signOffs}};
}

} // namespace

const std::vector<Operation>& supplierOperations() {
    static const std::vector<Operation> ops = {
        {"supplier.create", "Adds a supplier to the register; answers its id.",
         {{"fields", json_t::object, true, "its fields, each a string (query suppliers shows them): name, kind, service_model, contract_ref, …"},
          {"via", json_t::string, false, "a third party: the supplier it is reached through (linked)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return sup::createSupplier(std::move(std::get<model::Fields>(fields)), text(op, "via"));
         }},
        {"supplier.update", "Changes some fields of a supplier; the others stay as they are.",
         {{"id", json_t::string, true, "the supplier, \"SUP-001\""}, {"fields", json_t::object, true, "the fields to change, each a string"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             // "via" goes with its link (supplier.create, supplier.via): a field alone would drift from it.
             for (const auto& [name, value] : std::get<model::Fields>(fields))
                 if (name == "via") return refuse(ErrorCode::InvalidOperation, "via is set with its link (supplier.via)", "/fields/via");
             return model::patchFields(std::string(sup::Supplier::kKind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"supplier.review", "Records a performance review of a supplier (8.3.4.1): its targets are copied in to be reviewed against, the fields given over them; next_review moves the supplier's next review. Answers its id.",
         {{"supplier", json_t::string, true, "the supplier"},
          {"fields", json_t::object, true, "from, to, held_on (YYYY-MM-DD), reviewer, result (satisfactory, needs_improvement, unsatisfactory), summary, follow_up, result.N.actual"},
          {"next_review", json_t::string, false, "the supplier's next review (YYYY-MM-DD)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return sup::createSupplierReview(text(op, "supplier"), std::move(std::get<model::Fields>(fields)), text(op, "next_review"));
         }},
        {"supplier.review.update", "Changes some fields of a supplier review (result.N.actual, result, summary, follow_up, ...).",
         {{"id", json_t::string, true, "the review, \"SR-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return model::patchFields(std::string(sup::SupplierReview::kKind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"supplier.review.raise", "Raises a nonconformity or an improvement opportunity from a supplier review, linked to it; answers its id.",
         {{"id", json_t::string, true, "the review"}, {"as", json_t::string, true, "nonconformity or opportunity"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string as = text(op, "as");
             if (as != "nonconformity" && as != "opportunity") return refuse(ErrorCode::UnknownChoice, as, "/as");
             return sup::raiseFromSupplierReview(text(op, "id"), as == "nonconformity", today(s));
         }},
        {"supplier.review.remove", "Removes a supplier review (refused while something raised from it remains).", {{"id", json_t::string, true, "the review"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(sup::SupplierReview::kKind), text(op, "id")});
         }},
        {"supplier.via", "Sets the supplier a third party is reached through (\"\" : none), with its link.",
         {{"id", json_t::string, true, "the supplier, \"SUP-002\""}, {"via", json_t::string, true, "the supplier it is reached through, \"SUP-001\", or \"\""}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::setSupplierVia(text(op, "id"), text(op, "via")); }},
        {"matrix.create", "Creates a responsibility matrix from a template (iaas, paas, saas, a saved one \"T-001\") or empty; answers its id.",
         {{"template", json_t::string, false, "iaas, paas, saas or a saved template's id; none: no rows, the organisation as the only party"},
          {"lang", json_t::string, false, "a built-in template's language: en (default) or ja"},
          {"title", json_t::string, false, "its title (default: the template's)"},
          {"scope", json_t::string, false, "what it covers, \"Customer portal on IaaS\""}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string t = text(op, "template"), lang = op.contains("lang") ? text(op, "lang") : "en";
             if (lang != "en" && lang != "ja") return refuse(ErrorCode::UnknownChoice, lang, "/lang");
             sup::MatrixDraft d;
             if (t == "iaas" || t == "paas" || t == "saas") {
                 d = sup::builtInTemplate(t == "iaas" ? sup::ServiceModel::IaaS : t == "paas" ? sup::ServiceModel::PaaS : sup::ServiceModel::SaaS,
                                          lang == "ja" ? sup::Ja : sup::En);
             } else if (!t.empty()) {
                 const sup::SavedTemplate* saved = s.workspace().entities<sup::SavedTemplate>().find(t);
                 if (!saved) return refuse(ErrorCode::UnknownChoice, t, "/template");
                 if (auto st = sup::decodeFrozen(saved->frozen, d); !st) return Refusal{st.error(), "/template"};
             } else {
                 d.matrix.title = "Responsibility matrix";
                 d.matrix.parties = {{"ORG", lang == "ja" ? "当社" : "Our organisation", sup::PartyKind::Organization, "", "", ""}};
             }
             if (op.contains("title")) d.matrix.title = text(op, "title");
             return sup::createMatrix(std::move(d), text(op, "scope"));
         }},
        {"matrix.update", "Changes a matrix's title, scope or service model.",
         {{"matrix", json_t::string, true, "the matrix, \"M-001\""}, {"fields", json_t::object, true, "title, scope, service_model (iaas, paas, saas, hybrid, on_premises)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             for (const auto& [name, value] : std::get<model::Fields>(fields))
                 if (name != "title" && name != "scope" && name != "service_model") return refuse(ErrorCode::InvalidOperation, name, "/fields/" + name);
             return model::patchFields(std::string(sup::RaciMatrix::kKind), text(op, "matrix"), std::move(std::get<model::Fields>(fields)));
         }},
        {"matrix.remove", "Removes a matrix with its rows and sign-offs (undoable).",
         {{"matrix", json_t::string, true, "the matrix"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::removeMatrix(text(op, "matrix")); }},
        {"matrix.row.add", "Adds a row at the end of a matrix, or after a row.",
         {{"matrix", json_t::string, true, "the matrix"},
          {"fields", json_t::object, false, "the row's fields: group, activity, ccm, cell.ORG, notes, evidence, applicable, na_reason, in_scope, sold"},
          {"after", json_t::string, false, "the row it goes after"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return sup::addRow(text(op, "matrix"), std::move(std::get<model::Fields>(fields)), text(op, "after"));
         }},
        {"matrix.row.update", "Changes some fields of a row (notes, evidence, applicable, na_reason, in_scope, sold, group, activity, ccm).",
         {{"row", json_t::string, true, "the row, \"RR-001\""}, {"fields", json_t::object, true, "the fields to change, each a string"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return model::patchFields(std::string(sup::RaciRow::kKind), text(op, "row"), std::move(std::get<model::Fields>(fields)));
         }},
        {"matrix.row.move", "Moves a row up (-1) or down (1).",
         {{"row", json_t::string, true, "the row"}, {"delta", json_t::number_integer, true, "-1 or 1"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::moveRow(text(op, "row"), op.value("delta", 0) < 0 ? -1 : 1); }},
        {"matrix.row.remove", "Removes a row.",
         {{"row", json_t::string, true, "the row"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(sup::RaciRow::kKind), text(op, "row")});
         }},
        {"matrix.cell", "Sets the letters of one cell: \"AR\", \"A/R\", \"C\", \"\" (only R, A, C and I; each once).",
         {{"row", json_t::string, true, "the row"}, {"party", json_t::string, true, "the party's code, \"CSP\""}, {"letters", json_t::string, true, "the letters"}},
         [](session::Session&, const json& op) -> Made<Command> {
             sup::Letters l = 0;
             if (auto st = sup::parseLetters(text(op, "letters"), l); !st) return Refusal{st.error(), "/letters"};
             return sup::setLetters(text(op, "row"), text(op, "party"), l);
         }},
        {"matrix.toggle", "Turns one letter of a cell on or off, as the workshop's R, A, C and I keys do.",
         {{"row", json_t::string, true, "the row"}, {"party", json_t::string, true, "the party's code"}, {"letter", json_t::string, true, "R, A, C or I"}},
         [](session::Session&, const json& op) -> Made<Command> {
             sup::Letters l = 0;
             if (auto st = sup::parseLetters(text(op, "letter"), l); !st || (l != sup::A && l != sup::R && l != sup::C && l != sup::I))
                 return refuse(ErrorCode::RaciLetterUnknown, text(op, "letter"), "/letter");
             return sup::toggleLetter(text(op, "row"), text(op, "party"), static_cast<sup::Letter>(l));
         }},
        {"matrix.agree", "Marks a row agreed in the workshop, or not.",
         {{"row", json_t::string, true, "the row"}, {"agreed", json_t::boolean, false, "default true"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::setAgreed(text(op, "row"), op.value("agreed", true)); }},
        {"matrix.party.add", "Adds a party as the last column.",
         {{"matrix", json_t::string, true, "the matrix"},
          {"code", json_t::string, false, "A–Z, 0–9 (default: made from the kind, \"CSP2\")"},
          {"name", json_t::string, true, "its name"},
          {"kind", json_t::string, false, "organization, supplier (default), customer, third_party"},
          {"supplier", json_t::string, false, "its entry in the supplier register, \"SUP-001\""},
          {"via", json_t::string, false, "a third party: the code of the party it is reached through"},
          {"contract_ref", json_t::string, false, "the contract or SLA that covers its part"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<sup::Party> p = partyFrom(op, {text(op, "code"), "", sup::PartyKind::Supplier, "", "", ""});
             if (auto* r = std::get_if<Refusal>(&p)) return *r;
             return sup::addParty(text(op, "matrix"), std::get<sup::Party>(p));
         }},
        {"matrix.party.update", "Changes a party's name, kind, supplier, via or contract (its code stays).",
         {{"matrix", json_t::string, true, "the matrix"}, {"code", json_t::string, true, "the party"}, {"name", json_t::string, false, ""},
          {"kind", json_t::string, false, ""}, {"supplier", json_t::string, false, ""}, {"via", json_t::string, false, ""}, {"contract_ref", json_t::string, false, ""}},
         [](session::Session&, const json& op) -> Made<Command> {
             sup::PartyKind kind = sup::PartyKind::Supplier;
             if (op.contains("kind") && !sup::enumFromCode(text(op, "kind"), sup::kPartyKindCodes, kind))
                 return refuse(ErrorCode::UnknownChoice, text(op, "kind"), "/kind");
             // Only the members given, on the party as it is when applied (a batch's earlier edits kept).
             return sup::changeParty(text(op, "matrix"), text(op, "code"), [op](sup::Party& p) {
                 if (op.contains("name")) p.name = text(op, "name");
                 if (op.contains("kind")) (void)sup::enumFromCode(text(op, "kind"), sup::kPartyKindCodes, p.kind);
                 if (op.contains("supplier")) p.supplier = text(op, "supplier");
                 if (op.contains("via")) p.via = text(op, "via");
                 if (op.contains("contract_ref")) p.contractRef = text(op, "contract_ref");
             });
         }},
        {"matrix.party.move", "Moves a party left (-1) or right (1).",
         {{"matrix", json_t::string, true, "the matrix"}, {"code", json_t::string, true, "the party"}, {"delta", json_t::number_integer, true, "-1 or 1"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::moveParty(text(op, "matrix"), text(op, "code"), op.value("delta", 0) < 0 ? -1 : 1); }},
        {"matrix.party.remove", "Removes a party and its letters; refused while it holds the only R or the A of a row.",
         {{"matrix", json_t::string, true, "the matrix"}, {"code", json_t::string, true, "the party"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::removeParty(text(op, "matrix"), text(op, "code")); }},
        {"matrix.signoff", "Records the workshop's sign-off: the date, who took part, and a frozen copy of the matrix as it is now.",
         {{"matrix", json_t::string, true, "the matrix"},
          {"on", json_t::string, false, "YYYY-MM-DD (default today)"},
          {"participants", json_t::array, true, "[{\"name\": \"山田 花子\", \"role\": \"Service manager\", \"party\": \"ORG\"}]"},
          {"note", json_t::string, false, "anything the minutes should say"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             std::vector<sup::Participant> who;
             for (size_t i = 0; i < op["participants"].size(); ++i) {
                 const json& p = op["participants"][i];
                 if (!p.is_object()) return refuse(ErrorCode::InvalidOperation, "an object", "/participants/" + std::to_string(i));
                 for (const char* k : {"name", "role", "party"})
                     if (p.contains(k) && !p[k].is_string()) return refuse(ErrorCode::InvalidOperation, "a string", "/participants/" + std::to_string(i) + "/" + k);
                 who.push_back({p.value("name", ""), p.value("role", ""), p.value("party", "")});
             }
             const std::string on = op.contains("on") ? text(op, "on") : today(s);
             return sup::signOff(text(op, "matrix"), on, std::move(who), text(op, "note"));
         }},
        {"matrix.save_template", "Saves a matrix as a template of its own for the next workshop; answers its id (T-001).",
         {{"matrix", json_t::string, true, "the matrix"}, {"title", json_t::string, true, "the template's title"}},
         [](session::Session&, const json& op) -> Made<Command> { return sup::saveAsTemplate(text(op, "matrix"), text(op, "title")); }},
        {"matrix.import_csv", "Imports rows into a matrix from CSV as matrix.csv writes it; every row is checked first and nothing is applied when one is wrong.",
         {{"matrix", json_t::string, true, "the matrix"}, {"csv", json_t::string, true, "the CSV text"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             exchange::MatrixCsvImport in = exchange::importMatrixCsv(text(op, "csv"), s.workspace(), text(op, "matrix"));
             return csvImport(in.errors, std::move(in.command));
         }},
    };
    return ops;
}

const std::vector<Query>& supplierQueries() {
    static const std::vector<Query> qs = {
        {"suppliers", "The supplier register: each supplier's fields, linked risks, and what needs attention today (lapsed or expiring evidence, weaker targets, a contract past its end or review).", {},
         [](session::Session& s, const json&) -> json {
             const std::string day = today(s);
             json out = json::array();
             for (const sup::Supplier& x : s.workspace().entities<sup::Supplier>().all()) {
                 const sup::SupplierFlags f = sup::flagsOf(x, day);
                 json risks = json::array();
                 for (const model::Link& l : s.workspace().linksFrom({std::string(sup::Supplier::kKind), x.id}))
                     if (l.relation == "supplier.risk") risks.push_back(l.to.id);
                 json misaligned = json::array();
                 for (const sup::Target& t : x.targets)
                     if (sup::misaligned(t)) misaligned.push_back(t.measure);
                 json reviews = json::array();
                 for (const sup::SupplierReview* r : sup::reviewsOf(s.workspace(), x.id)) {
                     json results = json::array();
                     for (const sup::TargetResult& t : r->results) {
                         const std::optional<bool> m = sup::met(t);
                         results.push_back({{"measure", t.measure}, {"target", t.target}, {"actual", t.actual}, {"met", m ? json(*m) : json(nullptr)}});
                     }
                     const model::EntityKey raised = sup::raisedFromReview(s.workspace(), r->id);
                     reviews.push_back({{"id", r->id}, {"held_on", r->heldOn}, {"result", std::string(sup::codeOf(r->result, sup::kReviewResultCodes))},
                                        {"results", results}, {"raised", raised.kind.empty() ? json(nullptr) : json{{"kind", raised.kind}, {"id", raised.id}}},
                                        {"fields", fieldsJson(fieldsOf(*r))}});
                 }
                 out.push_back({{"id", x.id}, {"fields", fieldsJson(fieldsOf(x))}, {"risks", risks}, {"reviews", reviews},
                                {"flags", {{"assurance_lapsed", f.assuranceLapsed}, {"assurance_expiring", f.assuranceExpiring},
                                           {"misaligned_targets", misaligned}, {"contract_ended", f.contractEnded}, {"contract_ending", f.contractEnding},
                                           {"review_overdue", f.reviewOverdue}, {"no_assurance", f.noAssurance}}}});
             }
             return out;
         }},
        {"matrix", "Every responsibility matrix (or the one given) with its parties, rows, letters, derived CCM ownership categories, validation problems and sign-offs.",
         {{"matrix", json_t::string, false, "one matrix, \"M-001\""}},
         [](session::Session& s, const json& args) -> json {
             json out = json::array();
             for (const sup::RaciMatrix& m : s.workspace().entities<sup::RaciMatrix>().all())
                 if (!args.contains("matrix") || m.id == text(args, "matrix")) out.push_back(matrixJson(s, m));
             return out;
         }},
        {"matrix.templates", "The templates a matrix may start from: iaas, paas, saas (32 rows each) and the saved ones.", {},
         [](session::Session& s, const json&) -> json {
             json out = json::array({{{"id", "iaas"}, {"title", "IaaS"}, {"rows", sup::templateRows().size()}},
                                     {{"id", "paas"}, {"title", "PaaS"}, {"rows", sup::templateRows().size()}},
                                     {{"id", "saas"}, {"title", "SaaS"}, {"rows", sup::templateRows().size()}}});
             for (const sup::SavedTemplate& t : s.workspace().entities<sup::SavedTemplate>().all()) {
                 sup::MatrixDraft d;
                 out.push_back({{"id", t.id}, {"title", t.title}, {"rows", sup::decodeFrozen(t.frozen, d) ? d.rows.size() : 0}});
             }
             return out;
         }},
        {"matrix.csv", "A matrix as CSV for Excel (UTF-8 with a byte-order mark, formula-guarded); docs/suppliers.md lists the columns.",
         {{"matrix", json_t::string, true, "the matrix"}},
         [](session::Session& s, const json& args) -> json { return exchange::matrixCsv(s.workspace(), text(args, "matrix")); }},
        {"matrix.markdown", "A matrix as a Markdown table for the minutes.",
         {{"matrix", json_t::string, true, "the matrix"}, {"lang", json_t::string, false, "en (default) or ja"}},
         [](session::Session& s, const json& args) -> json { return exchange::matrixMarkdown(s.workspace(), text(args, "matrix"), text(args, "lang") == "ja"); }},
        {"matrix.compare", "How a matrix now differs from a sign-off's frozen copy: rows added, removed and changed, field by field.",
         {{"signoff", json_t::string, true, "the sign-off, \"SO-001\""}},
         [](session::Session& s, const json& args) -> json {
             const model::Workspace& ws = s.workspace();
             const sup::SignOff* so = ws.entities<sup::SignOff>().find(text(args, "signoff"));
             if (!so) return {{"error", "unknown sign-off"}};
             sup::MatrixDraft frozen;
             if (!sup::decodeFrozen(so->frozen, frozen)) return {{"error", "unreadable"}};
             const sup::RaciMatrix* now = ws.entities<sup::RaciMatrix>().find(frozen.matrix.id);
             if (!now) return {{"error", "the matrix was removed"}};
             const sup::FrozenComparison c = sup::compareWithFrozen(frozen, *now, sup::rowsOf(ws, now->id));
             json rows = json::array();
             static const char* kWhat[] = {"added", "removed", "changed"};
             for (const sup::RowDifference& d : c.rows) {
                 json fields = json::array();
                 for (const model::FieldChange& f : d.fields) fields.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
                 rows.push_back({{"row", d.row}, {"what", kWhat[static_cast<int>(d.what)]}, {"activity", d.activity}, {"fields", fields}});
             }
             json matrix = json::array();
             for (const model::FieldChange& f : c.matrix) matrix.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
             return {{"matrix", frozen.matrix.id}, {"rows", rows}, {"matrix_fields", matrix}};
         }},
    };
    return qs;
}

} // namespace kanri::automation
