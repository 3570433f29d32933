// The improvement loop's contribution to the model: its kinds and the relations by which
// actions say what they fix and nonconformities what they concern.
#include "model/improvement/action.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "model/registry.hpp"

namespace kanri::model::improvement {

void install(Registry& r) {
    r.addKind<Action>();
    r.addKind<Nonconformity>();
    r.addKind<Opportunity>();
    r.addKind<PdcaCycle>();
    // Removing a nonconformity or an opportunity is refused while actions fix it (the removal
    // with its actions is removeWithActions); so is a risk's while its treatment actions exist.
    r.addRelation({kActionNonconformity, "action", "nonconformity", OnTargetRemoved::Refuse});
    r.addRelation({kActionOpportunity, "action", "opportunity", OnTargetRemoved::Refuse});
    r.addRelation({kActionRisk, "action", "risk", OnTargetRemoved::Refuse});
    r.addRelation({kActionItem, "action", "item", OnTargetRemoved::Cascade});
    r.addRelation({kNcItem, "nonconformity", "item", OnTargetRemoved::Cascade});
    r.addRelation({kNcClause, "nonconformity", "clause", OnTargetRemoved::Cascade});
}

} // namespace kanri::model::improvement
