// The risk register's contribution to the model: its kinds and the relations a risk may have.
#include "model/registry.hpp"
#include "model/risks/matrix.hpp"
#include "model/risks/risk.hpp"

namespace kanri::model::risks {

void install(Registry& r) {
    r.addKind<Risk>();
    r.addKind<RiskMatrix>();
    // The assessment items and clauses a risk concerns; removing them never happens (the
    // catalogue's), but a relation says what would.
    r.addRelation({"risk.item", "risk", "item", OnTargetRemoved::Cascade});
    r.addRelation({"risk.clause", "risk", "clause", OnTargetRemoved::Cascade});
}

} // namespace kanri::model::risks
