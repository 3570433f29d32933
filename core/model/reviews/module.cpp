// The management review's contribution to the model: its kinds, the relations of its outputs
// (decisions of a review, actions made from a decision), and the guard that keeps a held review.
#include "model/registry.hpp"
#include "model/reviews/review.hpp"

namespace kanri::model::reviews {

void install(Registry& r) {
    r.addKind<ManagementReview>();
    r.addKind<ReviewDecision>();
    // A review goes with its decisions (removeReview); a decision stays while actions made from it do.
    r.addRelation({kDecisionReview, "review_decision", "management_review", OnTargetRemoved::Refuse});
    r.addRelation({kActionDecision, "action", "review_decision", OnTargetRemoved::Refuse});
    r.addGuard(ManagementReview::kKind, guardHeld);
}

} // namespace kanri::model::reviews
