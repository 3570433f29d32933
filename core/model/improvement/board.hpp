#pragma once
// The PDCA board and the one action list, computed from the workspace (never stored): every
// open item in its phase, overdue first, each naming the entity that opens it.
//   Plan:  risks being treated; approved opportunities without an action yet.
//   Do:    open actions.
//   Check: effectiveness reviews due (nonconformities whose actions are done); results due
//          (approved opportunities whose actions are done); risk reviews due.
//   Act:   nonconformities in their cycle; opportunities awaiting a decision.
#include "model/entities.hpp"
#include "model/links.hpp"
#include "model/improvement/action.hpp"
#include "model/improvement/opportunity.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kanri::model::improvement {

enum class Phase { Plan, Do, Check, Act };
inline constexpr std::array<std::string_view, 4> kPhaseCodes = {"plan", "do", "check", "act"};

enum class CardWhat { RiskTreatment, PlanOpportunity, Action, ReviewDue, ResultDue, RiskReviewDue, Nonconformity, Decision };
inline constexpr std::array<std::string_view, 8> kCardWhatCodes = {
    "risk_treatment", "plan_opportunity", "action", "review_due", "result_due", "risk_review_due", "nonconformity", "decision"};

// A card names its entity and shows its texts as views into the workspace: valid until the
// next change of the data, when the board is built again (tens of thousands of cards, no copy).
struct Card {
    Phase phase;
    CardWhat what;
    std::string_view kind, id;
    std::string_view title;
    std::string_view date; // the due date, or the day it was raised
    bool overdue = false;
    std::string_view state; // the entity's state code (a nonconformity's step, an action's status)
};

// Actions by what they fix, built in one pass over the links; like a card, valid until the
// next change of the data.
class ActionIndex {
public:
    explicit ActionIndex(const Workspace& ws);
    const std::vector<const Action*>& of(const EntityKey& target) const;
    // The links by which the action fixes things (link->to is what it fixes).
    std::span<const Link* const> fixes(std::string_view actionId) const;

private:
    std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::vector<const Action*>>> m_byTarget; // kind → id → actions
    // Every action's links, in the links' order (by action), and where each action's start.
    std::vector<const Link*> m_links;
    std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> m_fixes; // action id → (first, count)
};

struct Board {
    std::array<std::vector<Card>, 4> phases;
};
// The board on `today`; with a cycle, only what falls in its period (and what is overdue).
Board buildBoard(const Workspace& ws, const ActionIndex& index, const std::string& today, const PdcaCycle* cycle = nullptr);

struct ActionRow {
    const Action* action;
    bool overdue = false;
};
// Every action, overdue first, then open by due date, then done and cancelled.
std::vector<ActionRow> actionList(const Workspace& ws, const std::string& today);

} // namespace kanri::model::improvement
