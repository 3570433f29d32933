#pragma once
// The cycle of a nonconformity: open → corrected → cause found → actions planned → actions
// done → (effectiveness review) → verified → closed, each step back allowed, and an
// ineffective review sending it back to "cause found" where a new action is required. Each
// edge names the rule it checks; the table is what the tests walk.
#include "model/improvement/action.hpp"
#include "model/improvement/nonconformity.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::improvement {

struct Edge {
    NcState from, to;
    std::string_view rule; // what it needs, for the reference and the tests
};
// Every allowed transition by advance() (the review's are recordReview's).
std::span<const Edge> ncEdges();
bool edgeAllowed(NcState from, NcState to);

// The actions linked to an entity by a relation (its corrective actions, its treatment).
std::vector<const Action*> actionsOf(const Workspace& ws, std::string_view relation, const EntityKey& target);

// The rules of the step from n's state to `to`, against its linked actions; ok or the rule's
// error.
Status checkStep(const Workspace& ws, const Nonconformity& n, NcState to);
// The rules of an effectiveness review of n now: state "actions done", the review complete,
// dated on or after the last action was done.
Status checkReview(const Workspace& ws, const Nonconformity& n, const EffectivenessReview& r);

// Where each state stands on the PDCA board, and the transition a user takes next.
NcState nextState(NcState s);

} // namespace kanri::model::improvement
