#include "model/improvement/transitions.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::improvement {
namespace {

using S = NcState;
const Edge kEdges[] = {
    {S::Open, S::Corrected, "the correction and its date recorded"},
    {S::Corrected, S::CauseFound, "the root cause recorded"},
    {S::CauseFound, S::ActionsPlanned, "an open corrective action linked"},
    {S::ActionsPlanned, S::ActionsDone, "every linked action done or cancelled, at least one done"},
    {S::Verified, S::Closed, "an effective review"},
    // Back, one step at a time (a step taken by mistake, a closed one reopened).
    {S::Corrected, S::Open, ""},
    {S::CauseFound, S::Corrected, ""},
    {S::ActionsPlanned, S::CauseFound, ""},
    {S::ActionsDone, S::ActionsPlanned, ""},
    {S::Closed, S::Verified, ""},
};

} // namespace

std::span<const Edge> ncEdges() { return kEdges; }

bool edgeAllowed(NcState from, NcState to) {
    return std::any_of(std::begin(kEdges), std::end(kEdges), [&](const Edge& e) { return e.from == from && e.to == to; });
}

std::vector<const Action*> actionsOf(const Workspace& ws, std::string_view relation, const EntityKey& target) {
    std::vector<const Action*> out;
    for (const Link& l : ws.linksTo(target))
        if (l.relation == relation)
            if (const Action* a = ws.entities<Action>().find(l.from.id)) out.push_back(a);
    return out;
}

Status checkStep(const Workspace& ws, const Nonconformity& n, NcState to) {
    if (!edgeAllowed(n.state, to))
        return fail(ErrorCode::NcTransitionInvalid, n.id + ": " + std::string(codeOf(n.state, kNcStateCodes)) + " → " + std::string(codeOf(to, kNcStateCodes)));
    if (to < n.state) return ok(); // back: nothing more to have
    const std::vector<const Action*> actions = actionsOf(ws, kActionNonconformity, {std::string(Nonconformity::kKind), n.id});
    switch (to) {
    case S::Corrected:
        if (isBlank(n.correction) || n.correctedOn.empty()) return fail(ErrorCode::NcCorrectionMissing, n.id);
        break;
    case S::CauseFound:
        if (isBlank(n.rootCause)) return fail(ErrorCode::NcCauseMissing, n.id);
        break;
    case S::ActionsPlanned:
        if (std::none_of(actions.begin(), actions.end(), [](const Action* a) { return a->open(); })) return fail(ErrorCode::NcActionsMissing, n.id);
        break;
    case S::ActionsDone: {
        std::string open;
        for (const Action* a : actions)
            if (a->open()) open += (open.empty() ? "" : ", ") + a->id;
        if (!open.empty()) return fail(ErrorCode::NcActionsOpen, n.id + " ← " + open);
        if (std::none_of(actions.begin(), actions.end(), [](const Action* a) { return a->status == ActionStatus::Done; }))
            return fail(ErrorCode::NcActionsMissing, n.id + ": no action done");
        // After an ineffective review, what was done before it is not enough: a new action done.
        if (!n.pastReviews.empty()) {
            const std::string& since = n.pastReviews.back().on;
            if (std::none_of(actions.begin(), actions.end(), [&](const Action* a) { return a->status == ActionStatus::Done && a->doneOn >= since; }))
                return fail(ErrorCode::NcActionsMissing, n.id + ": no action done since the review of " + since);
        }
        break;
    }
    case S::Closed:
        if (!(n.review.complete() && n.review.result == ReviewResult::Effective)) return fail(ErrorCode::NcNotEffective, n.id);
        break;
    default: break;
    }
    return ok();
}

Status checkReview(const Workspace& ws, const Nonconformity& n, const EffectivenessReview& r) {
    if (n.state != S::ActionsDone)
        return fail(ErrorCode::NcTransitionInvalid, n.id + ": a review needs actions_done, not " + std::string(codeOf(n.state, kNcStateCodes)));
    if (!r.complete()) return fail(ErrorCode::NcReviewIncomplete, n.id);
    if (!n.pastReviews.empty() && r.on < n.pastReviews.back().on) return fail(ErrorCode::NcReviewTooEarly, r.on + " < the review of " + n.pastReviews.back().on);
    for (const Action* a : actionsOf(ws, kActionNonconformity, {std::string(Nonconformity::kKind), n.id}))
        if (a->status == ActionStatus::Done && r.on < a->doneOn) return fail(ErrorCode::NcReviewTooEarly, r.on + " < " + a->id + " " + a->doneOn);
    return ok();
}

NcState nextState(NcState s) {
    switch (s) {
    case S::Open: return S::Corrected;
    case S::Corrected: return S::CauseFound;
    case S::CauseFound: return S::ActionsPlanned;
    case S::ActionsPlanned: return S::ActionsDone;
    case S::ActionsDone: return S::Verified; // by a review
    case S::Verified: return S::Closed;
    case S::Closed: break;
    }
    return S::Closed;
}

} // namespace kanri::model::improvement
