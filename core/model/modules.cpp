// The one list of model modules. A domain adds its line here, and nowhere else in the model.
#include "model/assessment.hpp"
#include "model/registry.hpp"

namespace kanri::model {

// The self-assessment's clause notes, 7.5.4 checklist and frozen cycles are kinds of the generic
// collections; its items are still kept in the workspace's own map (keyed by catalogue ids). Links
// reach its items, clauses and documents as catalogue things (Workspace::exists).
void installAssessment(Registry& registry) {
    registry.addKind<ClauseNote>();
    registry.addKind<ChecklistEntry>();
    registry.addKind<Cycle>();
    // A frozen cycle is a record of its day: it is deleted or kept, never rewritten.
    registry.addGuard(kinds::Cycle, [](const Workspace&, const EntityKey& cycle, const GuardedEdit& edit) -> Status {
        if (edit.what == GuardedEdit::What::Replace) return fail(ErrorCode::InvalidOperation, cycle.id + ": a frozen cycle is not changed");
        return ok();
    });
}
namespace risks {
void install(Registry& registry);
}
namespace suppliers {
void install(Registry& registry);
}
namespace improvement {
void install(Registry& registry);
}
namespace audits {
void install(Registry& registry);
}
namespace performance {
void install(Registry& registry);
}
namespace reviews {
void install(Registry& registry);
}

namespace {
const ModelModule kModules[] = {
    {"assessment", installAssessment},
    {"risks", risks::install},
    {"suppliers", suppliers::install},
    {"improvement", improvement::install},
    {"audits", audits::install},
    {"performance", performance::install},
    {"reviews", reviews::install},
};
} // namespace

std::span<const ModelModule> modelModules() { return kModules; }

} // namespace kanri::model
