// The audit programme's contribution to the model: its kinds, the relations that place audits
// in programmes and findings in audits, and the guard that freezes a closed audit.
#include "model/audits/audit.hpp"
#include "model/audits/programme.hpp"
#include "model/registry.hpp"
#include "model/workspace.hpp"

namespace kanri::model::audits {
namespace {

bool closedAudit(const Workspace& ws, std::string_view id) {
    const Audit* a = ws.entities<Audit>().find(id);
    return a && a->closed();
}

// A closed audit's record and scope no longer change.
Status guardAudit(const Workspace& ws, const EntityKey& subject, const GuardedEdit&) {
    return closedAudit(ws, subject.id) ? fail(ErrorCode::AuditClosed, subject.id) : ok();
}

// Nor do its findings, nor may one be added to it (the link that places a finding in an audit
// is the `adding` one while the finding is created).
Status guardFinding(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit) {
    const Link* adding = edit.what == GuardedEdit::What::AddLink ? edit.link : nullptr;
    if (adding && adding->relation == kFindingAudit && closedAudit(ws, adding->to.id)) return fail(ErrorCode::AuditClosed, adding->to.id);
    for (const Link& l : ws.linksFrom(subject))
        if (l.relation == kFindingAudit && closedAudit(ws, l.to.id)) return fail(ErrorCode::AuditClosed, l.to.id + " (" + subject.id + ")");
    return ok();
}

} // namespace

void install(Registry& r) {
    r.addKind<AuditProgramme>();
    r.addKind<Audit>();
    r.addKind<Finding>();
    r.addRelation({kAuditProgramme, "audit", "audit_programme", OnTargetRemoved::Refuse});
    r.addRelation({kAuditClause, "audit", "clause", OnTargetRemoved::Cascade});
    r.addRelation({kFindingAudit, "finding", "audit", OnTargetRemoved::Refuse});
    r.addRelation({kFindingClause, "finding", "clause", OnTargetRemoved::Cascade});
    r.addRelation({kFindingItem, "finding", "item", OnTargetRemoved::Cascade});
    // What was raised from a finding keeps it: the finding cannot go while they point at it.
    r.addRelation({kNcFinding, "nonconformity", "finding", OnTargetRemoved::Refuse});
    r.addRelation({kOfiFinding, "opportunity", "finding", OnTargetRemoved::Refuse});
    r.addGuard(Audit::kKind, guardAudit);
    r.addGuard(Finding::kKind, guardFinding);
}

} // namespace kanri::model::audits
