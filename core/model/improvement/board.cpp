#include "model/improvement/board.hpp"

#include "model/improvement/nonconformity.hpp"
#include "model/risks/risk.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::improvement {
namespace {

const std::vector<const Action*> kNoActions;
const std::vector<EntityKey> kNoFixes;

bool allDone(const std::vector<const Action*>& actions) {
    return !actions.empty() && std::none_of(actions.begin(), actions.end(), [](const Action* a) { return a->open(); }) &&
           std::any_of(actions.begin(), actions.end(), [](const Action* a) { return a->status == ActionStatus::Done; });
}

bool before(const Card& a, const Card& b) {
    if (a.overdue != b.overdue) return a.overdue;
    if (a.date.empty() != b.date.empty()) return !a.date.empty();
    if (a.date != b.date) return a.date < b.date;
    return a.key < b.key;
}

} // namespace

ActionIndex::ActionIndex(const Workspace& ws) {
    const EntityMap<Action>& actions = ws.entities<Action>();
    for (const Link& l : ws.links()) {
        if (l.from.kind != Action::kKind) continue;
        if (const Action* a = actions.find(l.from.id)) {
            m_byTarget[l.to].push_back(a);
            m_fixes[a->id].push_back(l.to);
        }
    }
}

const std::vector<const Action*>& ActionIndex::of(const EntityKey& target) const {
    auto it = m_byTarget.find(target);
    return it == m_byTarget.end() ? kNoActions : it->second;
}

const std::vector<EntityKey>& ActionIndex::fixes(const std::string& actionId) const {
    auto it = m_fixes.find(actionId);
    return it == m_fixes.end() ? kNoFixes : it->second;
}

Board buildBoard(const Workspace& ws, const std::string& today, const PdcaCycle* cycle) {
    Board b;
    const ActionIndex index(ws);
    auto add = [&](Phase phase, CardWhat what, std::string_view kind, const std::string& id, const std::string& title, const std::string& date, bool due,
                   std::string state) {
        const bool overdue = due && !date.empty() && !today.empty() && date < today;
        if (cycle && !overdue && !cycle->contains(date)) return;
        b.phases[static_cast<size_t>(phase)].push_back({phase, what, {std::string(kind), id}, title, date, overdue, std::move(state)});
    };
    for (const risks::Risk& r : ws.entities<risks::Risk>().all()) {
        if (r.status == risks::RiskStatus::InTreatment) add(Phase::Plan, CardWhat::RiskTreatment, r.kKind, r.id, r.title, r.nextReview, false, "in_treatment");
        else if (r.status != risks::RiskStatus::Closed && !r.nextReview.empty() && r.nextReview < today)
            add(Phase::Check, CardWhat::RiskReviewDue, r.kKind, r.id, r.title, r.nextReview, true, std::string(codeOf(r.status, risks::kStatusCodes)));
    }
    for (const Opportunity& o : ws.entities<Opportunity>().all()) {
        const std::vector<const Action*>& actions = index.of({std::string(Opportunity::kKind), o.id});
        const OfiStage stage = stageOf(o);
        const std::string code(codeOf(stage, kOfiStageCodes));
        if (stage == OfiStage::Proposed || stage == OfiStage::Deferred) add(Phase::Act, CardWhat::Decision, o.kKind, o.id, o.title, o.stamp.createdAt.substr(0, 10), false, code);
        else if (stage == OfiStage::Approved && actions.empty()) add(Phase::Plan, CardWhat::PlanOpportunity, o.kKind, o.id, o.title, o.decidedOn, false, code);
        else if (stage == OfiStage::Approved && allDone(actions)) add(Phase::Check, CardWhat::ResultDue, o.kKind, o.id, o.title, o.decidedOn, false, code);
    }
    for (const Nonconformity& n : ws.entities<Nonconformity>().all()) {
        const std::string code(codeOf(n.state, kNcStateCodes));
        if (n.state == NcState::Closed) continue;
        if (n.state == NcState::ActionsDone) add(Phase::Check, CardWhat::ReviewDue, n.kKind, n.id, n.title, n.review.due, true, code);
        else add(Phase::Act, CardWhat::Nonconformity, n.kKind, n.id, n.title, n.detectedOn, false, code);
    }
    for (const Action& a : ws.entities<Action>().all())
        if (a.open()) add(Phase::Do, CardWhat::Action, a.kKind, a.id, a.description, a.due, true, std::string(codeOf(a.status, kActionStatusCodes)));
    for (auto& phase : b.phases) std::sort(phase.begin(), phase.end(), before);
    return b;
}

std::vector<ActionRow> actionList(const Workspace& ws, const std::string& today) {
    const ActionIndex index(ws);
    std::vector<ActionRow> out;
    out.reserve(ws.entities<Action>().size());
    for (const Action& a : ws.entities<Action>().all()) out.push_back({&a, index.fixes(a.id), overdue(a, today)});
    std::stable_sort(out.begin(), out.end(), [](const ActionRow& x, const ActionRow& y) {
        if (x.overdue != y.overdue) return x.overdue;
        if (x.action->open() != y.action->open()) return x.action->open();
        if (x.action->due != y.action->due) return x.action->due < y.action->due;
        return x.action->id < y.action->id;
    });
    return out;
}

} // namespace kanri::model::improvement
