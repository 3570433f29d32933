#include "model/improvement/board.hpp"

#include "model/improvement/nonconformity.hpp"
#include "model/risks/risk.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::improvement {
namespace {

const std::vector<const Action*> kNoActions;

bool allDone(const std::vector<const Action*>& actions) {
    return !actions.empty() && std::none_of(actions.begin(), actions.end(), [](const Action* a) { return a->open(); }) &&
           std::any_of(actions.begin(), actions.end(), [](const Action* a) { return a->status == ActionStatus::Done; });
}

bool before(const Card& a, const Card& b) {
    if (a.overdue != b.overdue) return a.overdue;
    if (a.date.empty() != b.date.empty()) return !a.date.empty();
    if (a.date != b.date) return a.date < b.date;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.id < b.id;
}

} // namespace

ActionIndex::ActionIndex(const Workspace& ws) {
    const EntityMap<Action>& actions = ws.entities<Action>();
    m_fixes.reserve(actions.size());
    m_links.reserve(actions.size());
    // Links sort by their source: an action's links are together, after the other kinds'.
    const auto& links = ws.links();
    const Action* last = nullptr;
    for (auto it = links.lower_bound(Link{{std::string(Action::kKind), {}}, {}, {}}); it != links.end() && it->from.kind == Action::kKind; ++it) {
        const Link& l = *it;
        const Action* a = last && last->id == l.from.id ? last : actions.find(l.from.id);
        if (!a) continue;
        if (a != last) m_fixes.emplace(a->id, std::pair<uint32_t, uint32_t>(static_cast<uint32_t>(m_links.size()), 0));
        ++m_fixes[a->id].second;
        m_links.push_back(&l);
        m_byTarget[l.to.kind][l.to.id].push_back(a);
        last = a;
    }
}

const std::vector<const Action*>& ActionIndex::of(const EntityKey& target) const {
    auto kind = m_byTarget.find(target.kind);
    if (kind == m_byTarget.end()) return kNoActions;
    auto it = kind->second.find(target.id);
    return it == kind->second.end() ? kNoActions : it->second;
}

std::span<const Link* const> ActionIndex::fixes(std::string_view actionId) const {
    auto it = m_fixes.find(actionId);
    if (it == m_fixes.end()) return {};
    return std::span<const Link* const>(m_links).subspan(it->second.first, it->second.second);
}

Board buildBoard(const Workspace& ws, const ActionIndex& index, const std::string& today, const PdcaCycle* cycle) {
    Board b;
    b.phases[static_cast<size_t>(Phase::Do)].reserve(ws.entities<Action>().size());
    auto add = [&](Phase phase, CardWhat what, std::string_view kind, std::string_view id, std::string_view title, std::string_view date, bool due,
                   std::string_view state) {
        const bool overdue = due && !date.empty() && !today.empty() && date < today;
        // A cycle shows what falls in its period, what is overdue, and what has no date to place it.
        if (cycle && !overdue && !date.empty() && !cycle->contains(std::string(date))) return;
        b.phases[static_cast<size_t>(phase)].push_back({phase, what, kind, id, title, date, overdue, state});
    };
    for (const risks::Risk& r : ws.entities<risks::Risk>().all()) {
        if (r.status == risks::RiskStatus::InTreatment) add(Phase::Plan, CardWhat::RiskTreatment, r.kKind, r.id, r.title, r.nextReview, true, "in_treatment");
        else if (r.status != risks::RiskStatus::Closed && !r.nextReview.empty() && r.nextReview < today)
            add(Phase::Check, CardWhat::RiskReviewDue, r.kKind, r.id, r.title, r.nextReview, true, codeOf(r.status, risks::kStatusCodes));
    }
    for (const Opportunity& o : ws.entities<Opportunity>().all()) {
        const std::vector<const Action*>& actions = index.of({std::string(Opportunity::kKind), o.id});
        const OfiStage stage = stageOf(o);
        const std::string_view code = codeOf(stage, kOfiStageCodes);
        if (stage == OfiStage::Proposed || stage == OfiStage::Deferred)
            add(Phase::Act, CardWhat::Decision, o.kKind, o.id, o.title, std::string_view(o.stamp.createdAt).substr(0, 10), false, code);
        else if (stage == OfiStage::Approved) {
            const bool open = std::any_of(actions.begin(), actions.end(), [](const Action* a) { return a->open(); });
            // No action yet (or only cancelled ones): to plan; every one done: the result to measure.
            if (!open && !allDone(actions)) add(Phase::Plan, CardWhat::PlanOpportunity, o.kKind, o.id, o.title, o.decidedOn, false, code);
            else if (!open) add(Phase::Check, CardWhat::ResultDue, o.kKind, o.id, o.title, o.decidedOn, false, code);
        }
    }
    for (const Nonconformity& n : ws.entities<Nonconformity>().all()) {
        const std::string_view code = codeOf(n.state, kNcStateCodes);
        if (n.state == NcState::Closed) continue;
        if (n.state == NcState::ActionsDone) add(Phase::Check, CardWhat::ReviewDue, n.kKind, n.id, n.title, n.review.due, true, code);
        else add(Phase::Act, CardWhat::Nonconformity, n.kKind, n.id, n.title, n.detectedOn, false, code);
    }
    for (const Action& a : ws.entities<Action>().all())
        if (a.open()) add(Phase::Do, CardWhat::Action, a.kKind, a.id, a.description, a.due, true, codeOf(a.status, kActionStatusCodes));
    for (auto& phase : b.phases) std::sort(phase.begin(), phase.end(), before);
    return b;
}

std::vector<ActionRow> actionList(const Workspace& ws, const std::string& today) {
    std::vector<ActionRow> out;
    out.reserve(ws.entities<Action>().size());
    for (const Action& a : ws.entities<Action>().all()) out.push_back({&a, overdue(a, today)});
    std::stable_sort(out.begin(), out.end(), [](const ActionRow& x, const ActionRow& y) {
        if (x.overdue != y.overdue) return x.overdue;
        if (x.action->open() != y.action->open()) return x.action->open();
        if (x.action->due != y.action->due) return x.action->due < y.action->due;
        return x.action->id < y.action->id;
    });
    return out;
}

} // namespace kanri::model::improvement
