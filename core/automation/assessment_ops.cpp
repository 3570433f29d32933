// The self-assessment's operations and queries: ratings, item fields, clause notes, the 7.5.4
// checklist and cycles.
#include "automation/operation.hpp"

#include "exchange/kanri_json.hpp"
#include "model/commands.hpp"
#include "model/validation.hpp"

#include <algorithm>
#include <optional>

namespace kanri::automation {
namespace {

// A change of an item's assessment, made to its values as they are when it is applied (an
// earlier operation of the same batch may have changed them).
Made<Command> editItem(session::Session& s, const std::string& id, std::function<void(model::ItemAssessment&)> change) {
    if (!s.catalogue().findItem(id)) return refuse(ErrorCode::UnknownItem, id, "/item");
    return Command(std::make_unique<model::PatchItem>(id, std::move(change)));
}

} // namespace

const std::vector<Operation>& assessmentOperations() {
    static const std::vector<Operation> ops = {
        {"assessment.rate", "Rates an item N, P, L or F; N/A needs a justification; \"\" clears the rating.",
         {{"item", json::value_t::string, true, "item id, \"8.6.1-01\""},
          {"rating", json::value_t::string, true, "N, P, L, F, NA, or \"\" to clear"},
          {"justification", json::value_t::string, false, "why the item does not apply (N/A)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string code = text(op, "rating");
             const auto rating = model::ratingFromCode(code);
             if (!rating) return refuse(ErrorCode::InvalidRating, code, "/rating");
             const std::optional<std::string> why = op.contains("justification") ? std::optional(text(op, "justification")) : std::nullopt;
             return editItem(s, text(op, "item"), [r = *rating, why](model::ItemAssessment& v) {
                 v.rating = r;
                 if (why) v.justification = *why;
             });
         }},
        {"assessment.update", "Sets an item's owner, target date or notes (the fields given).",
         {{"item", json::value_t::string, true, "item id"},
          {"owner", json::value_t::string, false, "who owns closing the gap"},
          {"due", json::value_t::string, false, "target date, YYYY-MM-DD, or \"\""},
          {"notes", json::value_t::string, false, "free text"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             if (op.contains("due") && !text(op, "due").empty() && !model::isValidDate(text(op, "due")))
                 return refuse(ErrorCode::InvalidDate, text(op, "due"), "/due");
             return editItem(s, text(op, "item"), [op](model::ItemAssessment& v) {
                 if (op.contains("owner")) v.owner = text(op, "owner");
                 if (op.contains("due")) v.due = text(op, "due");
                 if (op.contains("notes")) v.notes = text(op, "notes");
             });
         }},
        {"assessment.note", "Sets the note of a clause.",
         {{"clause", json::value_t::string, true, "clause id, \"8.6.1\""}, {"text", json::value_t::string, true, "the note"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             if (!s.catalogue().find(text(op, "clause"))) return refuse(ErrorCode::UnknownClause, text(op, "clause"), "/clause");
             return Command(std::make_unique<model::SetClauseNote>(text(op, "clause"), text(op, "text")));
         }},
        {"documents.set", "Sets an entry of the 7.5.4 checklist of required documents and records.",
         {{"document", json::value_t::string, true, "checklist id, \"doc-scope\""},
          {"status", json::value_t::string, true, "present, missing or unknown"},
          {"location", json::value_t::string, false, "where it is kept"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string id = text(op, "document");
             if (!s.catalogue().findDocument(id)) return refuse(ErrorCode::UnknownDocument, id, "/document");
             model::DocumentStatus status;
             if (!model::documentStatusFromCode(text(op, "status"), status))
                 return refuse(ErrorCode::InvalidOperation, "status: " + text(op, "status"), "/status");
             const std::optional<std::string> where = op.contains("location") ? std::optional(text(op, "location")) : std::nullopt;
             return Command(std::make_unique<model::PatchDocument>(id, [status, where](model::DocumentCheck& d) {
                 d.status = status;
                 if (where) d.location = *where;
             }));
         }},
        {"cycles.freeze", "Freezes the current assessment as a named cycle.",
         {{"name", json::value_t::string, true, "\"2026 H1\""}},
         [](session::Session&, const json& op) -> Made<Command> {
             return Command(std::make_unique<model::FreezeCycle>(text(op, "name")));
         }},
        {"cycles.delete", "Deletes a frozen cycle.",
         {{"id", json::value_t::string, true, "cycle id (query cycles)"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string id = text(op, "id");
             const auto& cycles = s.workspace().cycles();
             if (std::none_of(cycles.begin(), cycles.end(), [&](const model::Cycle& c) { return c.id == id; }))
                 return refuse(ErrorCode::UnknownCycle, id, "/id");
             return Command(std::make_unique<model::DeleteCycle>(id));
         }},
    };
    return ops;
}

const std::vector<Query>& assessmentQueries() {
    static const std::vector<Query> qs = {
        {"assessment.items", "Every item with something recorded: rating, justification, evidence, owner, due, notes.", {},
         [](session::Session& s, const json&) { return exported(s)["assessment"]["items"]; }},
        {"assessment.documents", "The 7.5.4 checklist entries that are set.", {},
         [](session::Session& s, const json&) { return exported(s)["assessment"]["documents"]; }},
        {"assessment.notes", "The clause notes.", {}, [](session::Session& s, const json&) { return exported(s)["assessment"]["clause_notes"]; }},
        {"assessment.scores", "Readiness, coverage, counts by rating, per clause, the verdict and its reasons.", {},
         [](session::Session& s, const json&) { return json::parse(exchange::reportJson(s.catalogue(), s.scores())); }},
        {"cycles", "The frozen cycles, oldest first.", {}, [](session::Session& s, const json&) { return exported(s)["cycles"]; }},
    };
    return qs;
}

} // namespace kanri::automation
