// The management review's operations and queries: reviews planned and held (their inputs a–k
// assembled from the data, frozen when held), decisions, and the actions made from them.
#include "automation/operation.hpp"

#include "model/commands.hpp"
#include "model/reviews/commands.hpp"
#include "model/reviews/inputs.hpp"

namespace kanri::automation {
namespace {

namespace rv = model::reviews;
using json_t = json::value_t;

Made<Command> patch(std::string_view kind, const json& op, bool review) {
    Made<model::Fields> fields = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    // Held, inputs and status are written by review.hold alone.
    if (review)
        for (const auto& [name, value] : std::get<model::Fields>(fields))
            if (name == "status" || name == "inputs" || name == "held_on")
                return refuse(ErrorCode::InvalidOperation, name + ": written by review.hold", "/fields/" + name);
    return model::patchFields(std::string(kind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
}

json inputsJson(const std::vector<rv::Input>& inputs) {
    json out = json::array();
    for (const rv::Input& in : inputs) {
        json facts = json::array();
        for (const rv::Fact& f : in.facts) facts.push_back({{"key", f.key}, {"value", f.value}, {"refs", f.refs}});
        out.push_back({{"input", in.code}, {"gap", in.gap}, {"facts", facts}});
    }
    return out;
}

json reviewsJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    json out = json::array();
    for (const rv::ManagementReview& r : ws.entities<rv::ManagementReview>().all()) {
        json decisions = json::array();
        for (const rv::ReviewDecision* d : rv::decisionsOf(ws, r.id))
            decisions.push_back({{"id", d->id}, {"actions", rv::actionsOfDecision(ws, d->id)}, {"fields", fieldsJson(fieldsOf(*d))}});
        model::Fields fields = fieldsOf(r);
        std::erase_if(fields, [](const auto& f) { return f.first == "inputs"; }); // given below, as JSON
        out.push_back({{"id", r.id}, {"status", std::string(rv::codeOf(r.status, rv::kReviewStatusCodes))}, {"since", rv::sinceOf(ws, r)},
                       {"inputs", inputsJson(rv::inputsOf(ws, r, today(s)))}, {"decisions", decisions}, {"fields", fieldsJson(fields)}});
    }
    return out;
}

} // namespace

const std::vector<Operation>& reviewOperations() {
    static const std::vector<Operation> ops = {
        {"review.create", "Plans a management review; answers its id.",
         {{"fields", json_t::object, true, "title (required), planned_on, since (YYYY-MM-DD: what it looks back from), chair, attendees, comment.a … comment.k, comment.readiness, minutes"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return std::make_unique<model::PutEntity>(std::string(rv::ManagementReview::kKind), "", std::move(std::get<model::Fields>(fields)));
         }},
        {"review.update", "Changes some fields of a review (once held, only its minutes).",
         {{"id", json_t::string, true, "the review, \"MR-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(rv::ManagementReview::kKind, op, true); }},
        {"review.hold", "Holds the review (a chair is needed): its inputs a–k are assembled as of that day and frozen with it.",
         {{"id", json_t::string, true, "the review"}, {"on", json_t::string, false, "the day (default: today)"}},
         [](session::Session& s, const json& op) -> Made<Command> { return rv::holdReview(text(op, "id"), op.contains("on") ? text(op, "on") : today(s)); }},
        {"review.remove", "Removes a review that was not held, with its decisions.", {{"id", json_t::string, true, "the review"}},
         [](session::Session&, const json& op) -> Made<Command> { return rv::removeReview(text(op, "id")); }},
        {"decision.add", "Records a decision of a review (an output of 9.3); answers its id.",
         {{"review", json_t::string, true, "the review"},
          {"fields", json_t::object, true, "type (improvement, change, resource, policy, objective), description (required), owner, due (YYYY-MM-DD)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return rv::addDecision(text(op, "review"), std::move(std::get<model::Fields>(fields)));
         }},
        {"decision.update", "Changes some fields of a decision.", {{"id", json_t::string, true, "the decision, \"MD-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(rv::ReviewDecision::kKind, op, false); }},
        {"decision.remove", "Removes a decision (refused while actions made from it remain).", {{"id", json_t::string, true, "the decision"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(rv::ReviewDecision::kKind), text(op, "id")});
         }},
        {"decision.action", "Makes an action from a decision (its description, owner and due date unless given), linked to it; answers its id.",
         {{"id", json_t::string, true, "the decision"}, {"fields", json_t::object, false, "description, owner, due"}},
         [](session::Session&, const json& op) -> Made<Command> {
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return rv::actionFromDecision(text(op, "id"), std::move(std::get<model::Fields>(fields)));
         }},
    };
    return ops;
}

const std::vector<Query>& reviewQueries() {
    static const std::vector<Query> qs = {
        {"reviews", "Every management review with the day it looks back from, its inputs a–k and the readiness trend (frozen if held, as of today if not; an input with no data flagged as a gap), its decisions and the actions made from them.", {},
         [](session::Session& s, const json&) -> json { return reviewsJson(s); }},
        {"review.inputs", "The inputs a–k as they would be assembled today, since a day (default: the latest review held).",
         {{"since", json_t::string, false, "YYYY-MM-DD"}},
         [](session::Session& s, const json& args) -> json {
             rv::ManagementReview draft;
             draft.since = text(args, "since");
             return inputsJson(rv::assembleInputs(s.workspace(), "", rv::sinceOf(s.workspace(), draft), today(s)));
         }},
    };
    return qs;
}

} // namespace kanri::automation
