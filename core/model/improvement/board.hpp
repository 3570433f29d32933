#pragma once
// The PDCA board and the one action list, computed from the workspace (never stored): every
// open item in its phase, overdue first, each naming the entity that opens it.
//   Plan:  risks being treated; approved opportunities without an action yet.
//   Do:    open actions.
//   Check: effectiveness reviews due (nonconformities whose actions are done); results due
//          (approved opportunities whose actions are done); risk reviews due.
//   Act:   nonconformities in their cycle; opportunities awaiting a decision.
#include "model/entities.hpp"
#include "model/improvement/action.hpp"
#include "model/improvement/opportunity.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace kanri::model::improvement {

enum class Phase { Plan, Do, Check, Act };
inline constexpr std::array<std::string_view, 4> kPhaseCodes = {"plan", "do", "check", "act"};

enum class CardWhat { RiskTreatment, PlanOpportunity, Action, ReviewDue, ResultDue, RiskReviewDue, Nonconformity, Decision };
inline constexpr std::array<std::string_view, 8> kCardWhatCodes = {
    "risk_treatment", "plan_opportunity", "action", "review_due", "result_due", "risk_review_due", "nonconformity", "decision"};

struct Card {
    Phase phase;
    CardWhat what;
    EntityKey key;
    std::string title;
    std::string date; // the due date, or the day it was raised
    bool overdue = false;
    std::string state; // the entity's state code (a nonconformity's step, an action's status)
};

// Actions by what they fix, built in one pass over the links.
class ActionIndex {
public:
    explicit ActionIndex(const Workspace& ws);
    const std::vector<const Action*>& of(const EntityKey& target) const;
    const std::vector<EntityKey>& fixes(const std::string& actionId) const;

private:
    std::map<EntityKey, std::vector<const Action*>> m_byTarget;
    std::map<std::string, std::vector<EntityKey>, std::less<>> m_fixes;
};

struct Board {
    std::array<std::vector<Card>, 4> phases;
};
// The board on `today`; with a cycle, only what falls in its period (and what is overdue).
Board buildBoard(const Workspace& ws, const std::string& today, const PdcaCycle* cycle = nullptr);

struct ActionRow {
    const Action* action;
    std::vector<EntityKey> fixes;
    bool overdue = false;
};
// Every action, overdue first, then open by due date, then done and cancelled.
std::vector<ActionRow> actionList(const Workspace& ws, const std::string& today);

} // namespace kanri::model::improvement
