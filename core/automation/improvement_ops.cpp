// The improvement loop's operations and queries: actions (created against what they fix,
// started, done, cancelled), nonconformities through their cycle (each transition and the
// effectiveness review an operation of its own), improvement opportunities with their
// decision and measured result, PDCA cycles; the lists, the board and the prompts to look
// again at an item or a risk once its actions are done.
#include "automation/operation.hpp"

#include "model/commands.hpp"
#include "model/improvement/board.hpp"
#include "model/improvement/commands.hpp"
#include "model/improvement/transitions.hpp"
#include "i18n/i18n.hpp"
#include "model/validation.hpp"

namespace kanri::automation {
namespace {

namespace imp = model::improvement;
using json_t = json::value_t;

std::string dayOr(session::Session& s, const json& op, const char* name) { return op.contains(name) ? text(op, name) : today(s); }

json fixesJson(std::span<const model::Link* const> links) {
    json out = json::array();
    for (const model::Link* l : links) out.push_back({{"kind", l->to.kind}, {"id", l->to.id}});
    return out;
}

json idsOf(const std::vector<const imp::Action*>& actions) {
    json out = json::array();
    for (const imp::Action* a : actions) out.push_back(a->id);
    return out;
}

// The fields given, refused when one of them is written only by a transition or by its own
// operation (`guarded`).
Made<model::Fields> editableFields(const json& op, bool (*guarded)(std::string_view)) {
    Made<model::Fields> fields = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    for (const auto& [name, value] : std::get<model::Fields>(fields))
        if (guarded(name)) return refuse(ErrorCode::NcByTransition, name, "/fields/" + name);
    return fields;
}

bool actionGuarded(std::string_view f) { return f == "status" || f == "done_on" || f == "cancel_reason"; }
bool opportunityGuarded(std::string_view f) {
    return f == "decision" || f == "decision_reason" || f == "decided_by" || f == "decided_on" || f == "result" || f == "result_on" || f == "achieved";
}

Made<std::vector<model::EntityKey>> fixesFrom(const json& op) {
    std::vector<model::EntityKey> out;
    if (!op.contains("fixes")) return out;
    const json& list = op.at("fixes");
    for (size_t i = 0; i < list.size(); ++i) {
        const json& f = list[i];
        const std::string path = "/fixes/" + std::to_string(i);
        if (!f.is_object() || !f.contains("kind") || !f.contains("id") || !f["kind"].is_string() || !f["id"].is_string())
            return refuse(ErrorCode::InvalidOperation, "each fix is {\"kind\", \"id\"}", path);
        const std::string kind = f["kind"].get<std::string>();
        if (imp::fixRelation(kind).empty()) return refuse(ErrorCode::UnknownKind, kind + ": an action fixes a nonconformity, opportunity, risk or item", path + "/kind");
        out.push_back({kind, f["id"].get<std::string>()});
    }
    return out;
}

json actionJson(const imp::Action& a, const imp::ActionIndex& index, const std::string& day) {
    return {{"id", a.id}, {"status", std::string(imp::codeOf(a.status, imp::kActionStatusCodes))}, {"overdue", imp::overdue(a, day)},
            {"fixes", fixesJson(index.fixes(a.id))}, {"fields", fieldsJson(fieldsOf(a))}};
}

json improvementsJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    const std::string day = today(s);
    const imp::ActionIndex index(ws);
    json ncs = json::array(), ofis = json::array(), actions = json::array();
    for (const imp::Nonconformity& n : ws.entities<imp::Nonconformity>().all()) {
        const std::vector<const imp::Action*>& acts = index.of({std::string(imp::Nonconformity::kKind), n.id});
        json items = json::array(), clauses = json::array();
        for (const model::Link& l : ws.linksFrom({std::string(imp::Nonconformity::kKind), n.id}))
            (l.relation == imp::kNcItem ? items : clauses).push_back(l.to.id);
        const bool overdue = std::any_of(acts.begin(), acts.end(), [&](const imp::Action* a) { return imp::overdue(*a, day); }) ||
                             (n.state == imp::NcState::ActionsDone && !n.review.due.empty() && n.review.due < day);
        ncs.push_back({{"id", n.id}, {"state", std::string(imp::codeOf(n.state, imp::kNcStateCodes))}, {"overdue", overdue}, {"actions", idsOf(acts)},
                       {"items", items}, {"clauses", clauses}, {"fields", fieldsJson(fieldsOf(n))}});
    }
    for (const imp::Opportunity& o : ws.entities<imp::Opportunity>().all()) {
        const std::vector<const imp::Action*>& acts = index.of({std::string(imp::Opportunity::kKind), o.id});
        const bool overdue = std::any_of(acts.begin(), acts.end(), [&](const imp::Action* a) { return imp::overdue(*a, day); });
        ofis.push_back({{"id", o.id}, {"stage", std::string(imp::codeOf(imp::stageOf(o), imp::kOfiStageCodes))}, {"priority", o.priority()},
                        {"overdue", overdue}, {"actions", idsOf(acts)}, {"fields", fieldsJson(fieldsOf(o))}});
    }
    for (const imp::ActionRow& r : imp::actionList(ws, day)) actions.push_back(actionJson(*r.action, index, day));
    return {{"nonconformities", ncs}, {"opportunities", ofis}, {"actions", actions}};
}

json promptsJson(const std::vector<imp::Prompt>& prompts) {
    json out = json::array();
    for (const imp::Prompt& p : prompts)
        out.push_back({{"what", p.what == imp::Prompt::What::RerateItem ? "rerate_item" : "reassess_risk"}, {"id", p.id}});
    return out;
}

} // namespace

const std::vector<Operation>& improvementOperations() {
    static const std::vector<Operation> ops = {
        {"action.create", "Adds an action (description, owner and due date required) against what it fixes; answers its id.",
         {{"fields", json_t::object, true, "description, owner, due (YYYY-MM-DD), evidence"},
          {"fixes", json_t::array, false, "what it fixes: [{\"kind\": \"nonconformity\" | \"opportunity\" | \"risk\" | \"item\", \"id\": …}]"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, actionGuarded);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             Made<std::vector<model::EntityKey>> fixes = fixesFrom(op);
             if (auto* r = std::get_if<Refusal>(&fixes)) return *r;
             return imp::createAction(std::move(std::get<model::Fields>(fields)), std::move(std::get<std::vector<model::EntityKey>>(fixes)));
         }},
        {"action.update", "Changes an action's description, owner, due date or evidence (its status by action.start, action.complete, action.cancel).",
         {{"id", json_t::string, true, "the action, \"A-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, actionGuarded);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return model::patchFields(std::string(imp::Action::kKind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"action.start", "Marks an action in progress.", {{"id", json_t::string, true, "the action"}},
         [](session::Session&, const json& op) -> Made<Command> { return imp::startAction(text(op, "id")); }},
        {"action.complete", "Marks an action done (query action.prompts then says what to look at again).",
         {{"id", json_t::string, true, "the action"}, {"on", json_t::string, false, "the day it was done (default: today)"}, {"evidence", json_t::string, false, "what shows it"}},
         [](session::Session& s, const json& op) -> Made<Command> { return imp::completeAction(text(op, "id"), dayOr(s, op, "on"), text(op, "evidence")); }},
        {"action.cancel", "Cancels an action, with the reason.", {{"id", json_t::string, true, "the action"}, {"reason", json_t::string, true, "why"}},
         [](session::Session&, const json& op) -> Made<Command> { return imp::cancelAction(text(op, "id"), text(op, "reason")); }},
        {"nc.create", "Raises a nonconformity (state open); answers its id.",
         {{"fields", json_t::object, true, "title, description, evidence, source, source_ref, grade, detected_on, detected_by, …"},
          {"items", json_t::array, false, "the assessment items it concerns"},
          {"clauses", json_t::array, false, "the clauses it concerns"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, imp::setByTransition);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return imp::createNonconformity(std::move(std::get<model::Fields>(fields)), strings(op, "items"), strings(op, "clauses"));
         }},
        {"nc.raise_from_item", "Raises a nonconformity from a gap of the self-assessment, linked to the item and its clause.",
         {{"item", json_t::string, true, "the item, \"8.6.1-01\""}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string item = text(op, "item");
             const model::Item* it = s.workspace().catalogue().findItem(item);
             if (!it) return refuse(ErrorCode::UnknownItem, item, "/item");
             return imp::raiseFromItem(s.workspace().catalogue(), item, i18n::language() == i18n::Lang::Ja ? it->titleJa : it->titleEn, today(s));
         }},
        {"nc.update", "Changes the fields of a nonconformity (the correction, the root-cause analysis, the review's method, criteria and due date); its state and review result change only by nc.advance and nc.review.",
         {{"id", json_t::string, true, "the nonconformity, \"NC-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, imp::setByTransition);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return model::patchFields(std::string(imp::Nonconformity::kKind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"nc.advance", "Moves a nonconformity one step of its cycle: corrected, cause_found, actions_planned, actions_done, closed, or one step back; refused with the rule it breaks (query nc.transitions).",
         {{"id", json_t::string, true, "the nonconformity"}, {"to", json_t::string, true, "the state"}, {"on", json_t::string, false, "the day (default: today)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             imp::NcState to;
             if (!imp::enumFromCode(text(op, "to"), imp::kNcStateCodes, to)) return refuse(ErrorCode::UnknownChoice, text(op, "to"), "/to");
             return imp::advance(text(op, "id"), to, dayOr(s, op, "on"), s.author());
         }},
        {"nc.review", "Records the effectiveness review of a nonconformity whose actions are done: effective → verified; ineffective → back to cause_found, where a new action is required.",
         {{"id", json_t::string, true, "the nonconformity"},
          {"result", json_t::string, true, "effective or ineffective"},
          {"method", json_t::string, true, "how effectiveness was checked"},
          {"reviewer", json_t::string, true, "who reviewed"},
          {"on", json_t::string, false, "the day (default: today); not before the actions were done"},
          {"criteria", json_t::string, false, "what counts as effective"},
          {"evidence", json_t::string, false, "what shows it"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             imp::EffectivenessReview r;
             if (!imp::enumFromCode(text(op, "result"), imp::kReviewResultCodes, r.result) || r.result == imp::ReviewResult::None)
                 return refuse(ErrorCode::UnknownChoice, text(op, "result"), "/result");
             r.method = text(op, "method");
             r.reviewer = text(op, "reviewer");
             r.on = dayOr(s, op, "on");
             r.criteria = text(op, "criteria");
             r.evidence = text(op, "evidence");
             if (const auto* n = s.workspace().entities<imp::Nonconformity>().find(text(op, "id"))) {
                 r.due = n->review.due;
             }
             return imp::recordReview(text(op, "id"), std::move(r));
         }},
        {"nc.remove", "Removes a nonconformity with the actions that fix nothing else (the others lose the link); undoable.",
         {{"id", json_t::string, true, "the nonconformity"}},
         [](session::Session&, const json& op) -> Made<Command> { return imp::removeWithActions({std::string(imp::Nonconformity::kKind), text(op, "id")}); }},
        {"opportunity.create", "Adds an improvement opportunity; answers its id.",
         {{"fields", json_t::object, true, "title, description, source, affects, benefit, expected, target, value, urgency, effort (1–5)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, opportunityGuarded);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return std::make_unique<model::PutEntity>(std::string(imp::Opportunity::kKind), "", std::move(std::get<model::Fields>(fields)));
         }},
        {"opportunity.update", "Changes an opportunity's fields (its decision by opportunity.decide, its result by opportunity.result).",
         {{"id", json_t::string, true, "the opportunity, \"OFI-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = editableFields(op, opportunityGuarded);
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return model::patchFields(std::string(imp::Opportunity::kKind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
        {"opportunity.decide", "Records the decision on an opportunity: approved, rejected or deferred, with the reason, who and when.",
         {{"id", json_t::string, true, "the opportunity"},
          {"decision", json_t::string, true, "approved, rejected or deferred"},
          {"reason", json_t::string, true, "why"},
          {"by", json_t::string, false, "who decided (default: the author)"},
          {"on", json_t::string, false, "the day (default: today)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             imp::Decision d;
             if (!imp::enumFromCode(text(op, "decision"), imp::kDecisionCodes, d) || d == imp::Decision::None)
                 return refuse(ErrorCode::UnknownChoice, text(op, "decision"), "/decision");
             model::Fields f{{"decision", text(op, "decision")}, {"decision_reason", text(op, "reason")},
                             {"decided_by", op.contains("by") ? text(op, "by") : s.author()}, {"decided_on", dayOr(s, op, "on")}};
             // A result is measured against an approval: rejecting or deferring takes it back (as the editor does).
             if (d != imp::Decision::Approved) f.insert(f.end(), {{"result", ""}, {"result_on", ""}, {"achieved", ""}});
             return model::patchFields(std::string(imp::Opportunity::kKind), text(op, "id"), std::move(f));
         }},
        {"opportunity.result", "Records the result measured against an approved opportunity's target.",
         {{"id", json_t::string, true, "the opportunity"},
          {"result", json_t::string, true, "what was measured"},
          {"achieved", json_t::string, true, "yes, partly or no"},
          {"on", json_t::string, false, "the day (default: today)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             imp::Achieved a;
             if (!imp::enumFromCode(text(op, "achieved"), imp::kAchievedCodes, a) || a == imp::Achieved::Unknown)
                 return refuse(ErrorCode::UnknownChoice, text(op, "achieved"), "/achieved");
             return model::patchFields(std::string(imp::Opportunity::kKind), text(op, "id"),
                                       {{"result", text(op, "result")}, {"achieved", text(op, "achieved")}, {"result_on", dayOr(s, op, "on")}});
         }},
        {"opportunity.remove", "Removes an opportunity with the actions that fix nothing else; undoable.",
         {{"id", json_t::string, true, "the opportunity"}},
         [](session::Session&, const json& op) -> Made<Command> { return imp::removeWithActions({std::string(imp::Opportunity::kKind), text(op, "id")}); }},
        {"pdca.cycle.create", "Adds a PDCA cycle (a period the board can be narrowed to); answers its id.",
         {{"fields", json_t::object, true, "title, start, end (YYYY-MM-DD), objective"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return std::make_unique<model::PutEntity>(std::string(imp::PdcaCycle::kKind), "", std::move(std::get<model::Fields>(fields)));
         }},
    };
    return ops;
}

const std::vector<Query>& improvementQueries() {
    static const std::vector<Query> qs = {
        {"improvements", "Every nonconformity (state, actions, items, clauses), opportunity (stage, priority, actions) and action (status, what it fixes), each with its overdue flag and fields.", {},
         [](session::Session& s, const json&) -> json { return improvementsJson(s); }},
        {"actions", "The one action list: overdue first, then open by due date, then done and cancelled.", {},
         [](session::Session& s, const json&) -> json { return improvementsJson(s)["actions"]; }},
        {"pdca.board", "The PDCA board: the open items of each phase (plan, do, check, act), overdue first.",
         {{"cycle", json_t::string, false, "only what falls in this cycle's period (and what is overdue)"}},
         [](session::Session& s, const json& args) -> json {
             const imp::PdcaCycle* cycle = s.workspace().entities<imp::PdcaCycle>().find(text(args, "cycle"));
             const imp::Board b = imp::buildBoard(s.workspace(), imp::ActionIndex(s.workspace()), today(s), cycle);
             json out = json::object();
             for (size_t p = 0; p < b.phases.size(); ++p) {
                 json cards = json::array();
                 for (const imp::Card& c : b.phases[p])
                     cards.push_back({{"what", std::string(imp::kCardWhatCodes[static_cast<size_t>(c.what)])}, {"kind", c.kind}, {"id", c.id},
                                      {"title", c.title}, {"date", c.date}, {"overdue", c.overdue}, {"state", c.state}});
                 out[std::string(imp::kPhaseCodes[p])] = cards;
             }
             return out;
         }},
        {"action.prompts", "What to look at again now that an action is done: the items to re-rate and the risks to re-assess, all of whose actions are done.",
         {{"action", json_t::string, true, "the action"}},
         [](session::Session& s, const json& args) -> json { return promptsJson(imp::promptsAfterDone(s.workspace(), text(args, "action"))); }},
        {"nc.transitions", "The cycle of a nonconformity: each allowed step and the rule it checks.", {},
         [](session::Session&, const json&) -> json {
             json out = json::array();
             for (const imp::Edge& e : imp::ncEdges())
                 out.push_back({{"from", std::string(imp::codeOf(e.from, imp::kNcStateCodes))}, {"to", std::string(imp::codeOf(e.to, imp::kNcStateCodes))}, {"rule", std::string(e.rule)}});
             out.push_back({{"from", "actions_done"}, {"to", "verified"}, {"rule", "nc.review effective, dated on or after the last action was done"}});
             out.push_back({{"from", "actions_done"}, {"to", "cause_found"}, {"rule", "nc.review ineffective: a new action is required"}});
             return out;
         }},
    };
    return qs;
}

} // namespace kanri::automation
