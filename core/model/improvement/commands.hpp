#pragma once
// The improvement loop's edits that need a rule of their own; each is one undoable command.
// Plain edits of fields are generic puts (patchFields), except the fields only transitions
// write (setByTransition).
#include "model/catalogue.hpp"
#include "model/command_stack.hpp"
#include "model/improvement/action.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kanri::model::improvement {

// A new action, linked to what it fixes (a nonconformity, an opportunity, a risk, an
// assessment item: any of them, each by its relation).
std::unique_ptr<Command> createAction(Fields fields, std::vector<EntityKey> fixes);
// The relation by which an action fixes an entity of this kind ("" when it cannot).
std::string_view fixRelation(std::string_view kind);
// Done on `on` with its evidence; cancelled with the reason; started.
std::unique_ptr<Command> completeAction(const std::string& id, std::string on, std::string evidence);
std::unique_ptr<Command> cancelAction(const std::string& id, std::string reason);
std::unique_ptr<Command> startAction(const std::string& id);

// A new nonconformity, linked to the assessment items and clauses it concerns.
std::unique_ptr<Command> createNonconformity(Fields fields, std::vector<std::string> items, std::vector<std::string> clauses);
// A nonconformity raised from an assessment gap: titled after the item, linked to it and its clause.
std::unique_ptr<Command> raiseFromItem(const Catalogue& catalogue, const std::string& itemId, const std::string& itemTitle, std::string today);
// One step of the cycle (ncEdges), on the day given, by whom; refused with the rule it breaks.
std::unique_ptr<Command> advance(const std::string& ncId, NcState to, std::string on, std::string by);
// Records an effectiveness review: effective → verified; ineffective → kept among the earlier
// reviews, back to "cause found", where a new action is required.
std::unique_ptr<Command> recordReview(const std::string& ncId, EffectivenessReview review);
// Removes a nonconformity or an opportunity with the actions that fix nothing else; the
// others only lose the link.
std::unique_ptr<Command> removeWithActions(EntityKey key);

// What to look at again once an action is done: the assessment items and risks all of whose
// actions are now done or cancelled (re-rate the item, re-assess the risk's residual rating).
struct Prompt {
    enum class What { RerateItem, ReassessRisk } what;
    std::string id;
    bool operator==(const Prompt&) const = default;
};
std::vector<Prompt> promptsAfterDone(const Workspace& ws, const std::string& actionId);

} // namespace kanri::model::improvement
