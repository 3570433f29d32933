#pragma once
// The register's edits that need a rule of their own; each is one undoable command. Plain
// edits of a risk's fields are generic puts (PutEntity).
#include "model/command_stack.hpp"
#include "model/risks/matrix.hpp"
#include "model/risks/risk.hpp"
#include "model/risks/templates.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kanri::model::risks {

// A new risk from fields (a template's, or none), linked to assessment items and clauses.
std::unique_ptr<Command> createRisk(Fields fields, std::vector<std::string> items, std::vector<std::string> clauses);
// A new risk from a template, in the user's language, linked to the template's clauses.
std::unique_ptr<Command> createFromTemplate(const Template& t, Lang lang);
// A new risk raised from an assessment gap: titled after the item, linked to it and its clause.
std::unique_ptr<Command> raiseFromItem(const Catalogue& catalogue, const std::string& itemId, const std::string& itemTitle);

// Changes some fields of a risk (the others as they are when it is applied). Commits of one
// stay in a text field (session > 0) merge into one undoable edit.
std::unique_ptr<Command> updateRisk(const std::string& id, Fields changed, int session = 0);

struct AcceptanceInput {
    std::string by, role, on, until, rationale, aboveReason;
};
// Records the acceptance of the risk's residual rating as it is now, against its band's
// criterion; status becomes accepted. Refused without a residual rating, or incomplete.
std::unique_ptr<Command> acceptRisk(const std::string& id, AcceptanceInput input);
// A review on `on`: last review that day, the next one a cadence later (kept when none).
std::unique_ptr<Command> reviewRisk(const std::string& id, const std::string& on);
// Replaces the database's matrix (the first put creates its entity).
std::unique_ptr<Command> setMatrix(const Workspace& ws, RiskMatrix next);

} // namespace kanri::model::risks
