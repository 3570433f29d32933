#include "model/reviews/commands.hpp"

#include "model/commands.hpp"
#include "model/improvement/action.hpp"
#include "model/reviews/inputs.hpp"
#include "model/validation.hpp"

namespace kanri::model::reviews {
namespace {
using Parts = std::vector<std::unique_ptr<Command>>;
const std::string kReview(ManagementReview::kKind), kDecision(ReviewDecision::kKind);
} // namespace

std::unique_ptr<Command> holdReview(const std::string& reviewId, std::string on) {
    auto put = std::make_unique<PutEntity>(kReview, reviewId, [reviewId, on](const Workspace& ws, Fields& f) -> Status {
        if (f.empty()) return fail(ErrorCode::UnknownId, kReview + " " + reviewId);
        ManagementReview r;
        if (auto s = fromFields(f, r); !s) return s;
        r.id = reviewId;
        if (r.held()) return fail(ErrorCode::ReviewHeld, reviewId);
        if (!isValidDate(on)) return fail(ErrorCode::InvalidDate, "on: " + on);
        if (isBlank(r.chair)) return fail(ErrorCode::ReviewNeedsChair, reviewId);
        const std::string from = sinceOf(ws, r);
        r.status = ReviewStatus::Held;
        r.heldOn = on;
        r.inputs = encodeInputs(assembleInputs(ws, reviewId, from, on));
        if (r.since.empty()) r.since = from; // what "since" meant that day, kept with the inputs
        f = fieldsOf(r);
        return ok();
    });
    auto part = std::make_shared<std::unique_ptr<Command>>(std::move(put));
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, reviewId + ": → held"}, [part](const Workspace&, Parts& out) -> Status {
        if (!*part) return fail(ErrorCode::InvalidOperation, "applied twice");
        out.push_back(std::move(*part));
        return ok();
    });
}

std::unique_ptr<Command> addDecision(const std::string& reviewId, Fields fields) {
    return std::make_unique<PutEntity>(kDecision, "", std::move(fields), std::vector<PutEntity::NewLink>{{std::string(kDecisionReview), {kReview, reviewId}}});
}

std::unique_ptr<Command> actionFromDecision(const std::string& decisionId, Fields fields) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, decisionId + ": action"}, [decisionId, fields](const Workspace& ws, Parts& out) -> Status {
        const ReviewDecision* d = ws.entities<ReviewDecision>().find(decisionId);
        if (!d) return fail(ErrorCode::UnknownId, kDecision + " " + decisionId);
        Fields f = {{"description", d->description}, {"owner", d->owner}, {"due", d->due}};
        for (const auto& [name, value] : fields) setField(f, name, value);
        out.push_back(std::make_unique<PutEntity>(std::string(improvement::Action::kKind), "", std::move(f),
                                                  std::vector<PutEntity::NewLink>{{std::string(kActionDecision), {kDecision, decisionId}}}));
        return ok();
    });
}

std::unique_ptr<Command> removeReview(const std::string& reviewId) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, kReview + " " + reviewId}, [reviewId](const Workspace& ws, Parts& out) -> Status {
        const ManagementReview* r = ws.entities<ManagementReview>().find(reviewId);
        if (!r) return fail(ErrorCode::UnknownId, kReview + " " + reviewId);
        if (r->held()) return fail(ErrorCode::ReviewHeld, reviewId);
        for (const ReviewDecision* d : decisionsOf(ws, reviewId)) out.push_back(std::make_unique<RemoveEntity>(EntityKey{kDecision, d->id}));
        out.push_back(std::make_unique<RemoveEntity>(EntityKey{kReview, reviewId}));
        return ok();
    });
}

} // namespace kanri::model::reviews
