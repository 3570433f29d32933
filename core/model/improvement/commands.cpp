#include "model/improvement/commands.hpp"

#include "model/commands.hpp"
#include "model/improvement/transitions.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::improvement {
namespace {

using Parts = std::vector<std::unique_ptr<Command>>;
const std::string kNc(Nonconformity::kKind);
const std::string kAction(Action::kKind);

std::string stateCode(NcState s) { return std::string(codeOf(s, kNcStateCodes)); }

// A put of a nonconformity after `change`, which sees the workspace (its actions).
std::unique_ptr<Command> patchNc(const std::string& id, std::function<Status(const Workspace&, Nonconformity&)> change) {
    return std::make_unique<PutEntity>(kNc, id, [id, change = std::move(change)](const Workspace& ws, Fields& f) -> Status {
        Nonconformity n;
        if (f.empty()) return fail(ErrorCode::UnknownId, kNc + " " + id);
        if (auto s = fromFields(f, n); !s) return s;
        n.id = id;
        if (auto s = change(ws, n); !s) return s;
        f = fieldsOf(n);
        return ok();
    });
}

std::unique_ptr<Command> patchAction(const std::string& id, std::function<Status(Action&)> change) {
    return std::make_unique<PutEntity>(kAction, id, [id, change = std::move(change)](const Workspace&, Fields& f) -> Status {
        Action a;
        if (f.empty()) return fail(ErrorCode::UnknownId, kAction + " " + id);
        if (auto s = fromFields(f, a); !s) return s;
        a.id = id;
        if (auto s = change(a); !s) return s;
        f = fieldsOf(a);
        return ok();
    });
}

// A transition's command: its subject names the step, so the history reads "NC-001: →
// corrected" with its date and author.
std::unique_ptr<Command> described(std::string subject, std::unique_ptr<Command> put) {
    auto parts = std::make_shared<std::unique_ptr<Command>>(std::move(put));
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, std::move(subject)}, [parts](const Workspace&, Parts& out) -> Status {
        if (!*parts) return fail(ErrorCode::InvalidOperation, "applied twice");
        out.push_back(std::move(*parts));
        return ok();
    });
}

} // namespace

std::string_view fixRelation(std::string_view kind) {
    if (kind == "nonconformity") return kActionNonconformity;
    if (kind == "opportunity") return kActionOpportunity;
    if (kind == "risk") return kActionRisk;
    if (kind == "item") return kActionItem;
    return {};
}

std::unique_ptr<Command> createAction(Fields fields, std::vector<EntityKey> fixes) {
    std::vector<PutEntity::NewLink> links;
    for (EntityKey& k : fixes) links.push_back({std::string(fixRelation(k.kind)), std::move(k)});
    return std::make_unique<PutEntity>(kAction, "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> completeAction(const std::string& id, std::string on, std::string evidence) {
    return patchAction(id, [on, evidence](Action& a) -> Status {
        if (a.status == ActionStatus::Cancelled) return fail(ErrorCode::InvalidOperation, a.id + " is cancelled");
        a.status = ActionStatus::Done;
        a.doneOn = on;
        if (!evidence.empty()) a.evidence = evidence;
        a.cancelReason.clear();
        return ok();
    });
}

std::unique_ptr<Command> cancelAction(const std::string& id, std::string reason) {
    return patchAction(id, [reason](Action& a) -> Status {
        if (isBlank(reason)) return fail(ErrorCode::ActionNeedsReason, a.id);
        a.status = ActionStatus::Cancelled;
        a.cancelReason = reason;
        a.doneOn.clear();
        return ok();
    });
}

std::unique_ptr<Command> startAction(const std::string& id) {
    return patchAction(id, [](Action& a) -> Status {
        a.status = ActionStatus::InProgress;
        a.doneOn.clear();
        a.cancelReason.clear();
        return ok();
    });
}

std::unique_ptr<Command> createNonconformity(Fields fields, std::vector<std::string> items, std::vector<std::string> clauses) {
    std::vector<PutEntity::NewLink> links;
    for (std::string& i : items) links.push_back({std::string(kNcItem), {"item", std::move(i)}});
    for (std::string& c : clauses) links.push_back({std::string(kNcClause), {"clause", std::move(c)}});
    // The state is where every nonconformity starts, whatever the fields say.
    for (const auto& field : fields)
        if (setByTransition(field.first) && !field.second.empty())
            return std::make_unique<PutEntity>(kNc, "", [name = field.first](const Workspace&, Fields&) -> Status { return fail(ErrorCode::NcByTransition, name); });
    return std::make_unique<PutEntity>(kNc, "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> raiseFromItem(const Catalogue& catalogue, const std::string& itemId, const std::string& itemTitle, std::string today) {
    std::vector<std::string> clauses;
    if (const Item* item = catalogue.findItem(itemId)) clauses.push_back(item->clauseId);
    return createNonconformity({{"title", itemTitle}, {"source", "assessment_gap"}, {"source_ref", itemId}, {"detected_on", today}}, {itemId}, clauses);
}

std::unique_ptr<Command> advance(const std::string& ncId, NcState to, std::string on, std::string by) {
    auto put = patchNc(ncId, [to, on, by](const Workspace& ws, Nonconformity& n) -> Status {
        if (auto s = checkStep(ws, n, to); !s) return s;
        if (!isValidDate(on)) return fail(ErrorCode::InvalidDate, "on: " + on);
        if (to == NcState::Closed) {
            n.closedOn = on;
            n.closedBy = by;
        } else if (n.state == NcState::Closed) {
            n.closedOn.clear();
            n.closedBy.clear();
        }
        n.state = to;
        n.stateOn = on;
        return ok();
    });
    return described(ncId + ": → " + stateCode(to), std::move(put));
}

std::unique_ptr<Command> recordReview(const std::string& ncId, EffectivenessReview review) {
    const std::string result = std::string(codeOf(review.result, kReviewResultCodes));
    auto put = patchNc(ncId, [review](const Workspace& ws, Nonconformity& n) -> Status {
        if (auto s = checkReview(ws, n, review); !s) return s;
        EffectivenessReview r = review;
        if (r.evidence.empty()) r.evidence = n.review.evidence; // written before, in the form
        if (r.criteria.empty()) r.criteria = n.review.criteria;
        if (review.result == ReviewResult::Effective) {
            n.review = r;
            n.state = NcState::Verified;
        } else {
            n.pastReviews.push_back(r);
            n.review = EffectivenessReview{review.method, review.criteria, {}, {}, {}, ReviewResult::None, {}};
            n.state = NcState::CauseFound;
        }
        n.stateOn = review.on;
        return ok();
    });
    return described(ncId + ": review " + result, std::move(put));
}

std::unique_ptr<Command> removeWithActions(EntityKey key) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, key.kind + " " + key.id}, [key](const Workspace& ws, Parts& parts) -> Status {
        const Collection* c = ws.collection(key.kind);
        if (!c || !c->indexOf(key.id)) return fail(ErrorCode::UnknownId, key.kind + " " + key.id);
        for (const Link& l : ws.linksTo(key)) {
            if (l.from.kind != kAction) continue;
            const std::vector<Link> fixes = ws.linksFrom(l.from);
            const bool only = std::all_of(fixes.begin(), fixes.end(), [&](const Link& f) { return f.to == key; });
            if (only) parts.push_back(std::make_unique<RemoveEntity>(l.from));
            else parts.push_back(std::make_unique<SetLink>(l, false));
        }
        parts.push_back(std::make_unique<RemoveEntity>(key));
        return ok();
    });
}

std::vector<Prompt> promptsAfterDone(const Workspace& ws, const std::string& actionId) {
    std::vector<Prompt> out;
    const Action* done = ws.entities<Action>().find(actionId);
    if (!done || done->status != ActionStatus::Done) return out;
    for (const Link& l : ws.linksFrom({kAction, actionId})) {
        const bool item = l.relation == kActionItem, risk = l.relation == kActionRisk;
        if (!item && !risk) continue;
        const std::vector<const Action*> all = actionsOf(ws, l.relation, l.to);
        if (std::any_of(all.begin(), all.end(), [](const Action* a) { return a->open(); })) continue;
        out.push_back({item ? Prompt::What::RerateItem : Prompt::What::ReassessRisk, l.to.id});
    }
    return out;
}

} // namespace kanri::model::improvement
