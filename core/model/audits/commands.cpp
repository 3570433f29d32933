#include "model/audits/commands.hpp"

#include "model/audits/programme.hpp"
#include "model/commands.hpp"
#include "model/improvement/commands.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "model/validation.hpp"

namespace kanri::model::audits {
namespace {

using Parts = std::vector<std::unique_ptr<Command>>;
const std::string kAudit(Audit::kKind), kFinding(Finding::kKind);

Link scopeLink(const std::string& auditId, const std::string& clause) { return {{kAudit, auditId}, std::string(kAuditClause), {"clause", clause}}; }

// A finding's statement as a title: its first line, cut at a word (or character) boundary.
std::string titleOf(const std::string& statement) {
    std::string t = statement.substr(0, statement.find('\n'));
    constexpr size_t kMax = 120;
    if (t.size() > kMax) {
        size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut; // not inside a character
        t = t.substr(0, cut) + "…";
    }
    return t;
}

} // namespace

std::unique_ptr<Command> createAudit(Fields fields, std::string programmeId, std::vector<std::string> scope) {
    std::vector<PutEntity::NewLink> links;
    if (!programmeId.empty()) links.push_back({std::string(kAuditProgramme), {std::string(AuditProgramme::kKind), std::move(programmeId)}});
    for (std::string& c : scope) links.push_back({std::string(kAuditClause), {"clause", std::move(c)}});
    for (const auto& [name, value] : fields)
        if ((name == "status" && value == "closed") || name == "closed_on" || name == "closed_by")
            return std::make_unique<PutEntity>(kAudit, "", [](const Workspace&, Fields&) -> Status { return fail(ErrorCode::AuditNotReady, "a new audit is not closed"); });
    return std::make_unique<PutEntity>(kAudit, "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> setScope(const std::string& auditId, std::vector<std::string> scope) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, auditId + ": scope"}, [auditId, scope](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Audit>().find(auditId)) return fail(ErrorCode::UnknownId, kAudit + " " + auditId);
        const AuditIndex index(ws);
        const std::vector<std::string>& now = index.scope(auditId);
        for (const std::string& c : now)
            if (std::find(scope.begin(), scope.end(), c) == scope.end()) out.push_back(std::make_unique<SetLink>(scopeLink(auditId, c), false));
        for (const std::string& c : scope)
            if (std::find(now.begin(), now.end(), c) == now.end()) out.push_back(std::make_unique<SetLink>(scopeLink(auditId, c), true));
        return ok();
    });
}

std::unique_ptr<Command> addFinding(const std::string& auditId, Fields fields, std::string clause, std::string item) {
    if (clause.empty())
        return std::make_unique<PutEntity>(kFinding, "", [](const Workspace&, Fields&) -> Status { return fail(ErrorCode::FindingIncomplete, "clause"); });
    std::vector<PutEntity::NewLink> links = {{std::string(kFindingAudit), {kAudit, auditId}}, {std::string(kFindingClause), {"clause", std::move(clause)}}};
    if (!item.empty()) links.push_back({std::string(kFindingItem), {"item", std::move(item)}});
    return std::make_unique<PutEntity>(kFinding, "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> setFindingSubject(const std::string& findingId, std::string clause, std::string item) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, findingId + ": clause"}, [findingId, clause, item](const Workspace& ws, Parts& out) -> Status {
        if (clause.empty()) return fail(ErrorCode::FindingIncomplete, findingId + ": clause");
        if (!ws.entities<Finding>().find(findingId)) return fail(ErrorCode::UnknownId, kFinding + " " + findingId);
        const AuditIndex index(ws);
        const EntityKey self{kFinding, findingId};
        auto swap = [&](std::string_view relation, const std::string& was, const std::string& now, const char* kind) {
            if (was == now) return;
            if (!was.empty()) out.push_back(std::make_unique<SetLink>(Link{self, std::string(relation), {kind, was}}, false));
            if (!now.empty()) out.push_back(std::make_unique<SetLink>(Link{self, std::string(relation), {kind, now}}, true));
        };
        swap(kFindingClause, index.clauseOf(findingId), clause, "clause");
        swap(kFindingItem, index.itemOf(findingId), item, "item");
        return ok();
    });
}

std::unique_ptr<Command> closeAudit(const std::string& auditId, std::string on, std::string by) {
    auto put = std::make_unique<PutEntity>(kAudit, auditId, [auditId, on, by](const Workspace&, Fields& f) -> Status {
        Audit a;
        if (f.empty()) return fail(ErrorCode::UnknownId, kAudit + " " + auditId);
        if (auto s = fromFields(f, a); !s) return s;
        if (!isValidDate(on)) return fail(ErrorCode::InvalidDate, "on: " + on);
        if (std::string missing = missingForClose(a); !missing.empty()) return fail(ErrorCode::AuditNotReady, auditId + ": " + missing);
        a.status = AuditStatus::Closed;
        a.closedOn = on;
        a.closedBy = by;
        f = fieldsOf(a);
        return ok();
    });
    auto part = std::make_shared<std::unique_ptr<Command>>(std::move(put));
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, auditId + ": → closed"}, [part](const Workspace&, Parts& out) -> Status {
        if (!*part) return fail(ErrorCode::InvalidOperation, "applied twice");
        out.push_back(std::move(*part));
        return ok();
    });
}

std::unique_ptr<Command> raiseFromFinding(const std::string& findingId, std::string today) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, findingId + ": raised"}, [findingId, today](const Workspace& ws, Parts& out) -> Status {
        const Finding* f = ws.entities<Finding>().find(findingId);
        if (!f) return fail(ErrorCode::UnknownId, kFinding + " " + findingId);
        const AuditIndex index(ws);
        if (EntityKey raised = index.raisedFrom(findingId); !raised.kind.empty()) return fail(ErrorCode::FindingRaised, findingId + " → " + raised.id);
        if (f->type == FindingType::Conformity) return fail(ErrorCode::FindingNotRaisable, findingId);
        const std::string auditId = index.auditOf(findingId), clause = index.clauseOf(findingId), item = index.itemOf(findingId);
        const Audit* audit = ws.entities<Audit>().find(auditId);
        const std::string ref = auditId + " / " + findingId;
        const std::string on = audit && !audit->heldOn.empty() ? audit->heldOn : today;
        if (isNonconformity(f->type)) {
            Fields fields = {{"title", titleOf(f->statement)}, {"description", f->statement}, {"evidence", f->evidence},
                             {"source", "internal_audit"}, {"source_ref", ref}, {"grade", f->type == FindingType::NcMajor ? "major" : "minor"},
                             {"detected_on", on}, {"detected_by", audit ? audit->lead : std::string()}};
            std::vector<PutEntity::NewLink> links = {{std::string(kNcFinding), {kFinding, findingId}}};
            if (!clause.empty()) links.push_back({std::string(improvement::kNcClause), {"clause", clause}});
            if (!item.empty()) links.push_back({std::string(improvement::kNcItem), {"item", item}});
            out.push_back(std::make_unique<PutEntity>(std::string(improvement::Nonconformity::kKind), "", std::move(fields), std::move(links)));
        } else {
            std::string affects = clause;
            if (!item.empty()) affects += (affects.empty() ? "" : " ") + item;
            Fields fields = {{"title", titleOf(f->statement)}, {"description", f->statement + (f->evidence.empty() ? "" : "\n\n" + f->evidence)},
                             {"source", "audit_observation"}, {"source_ref", ref}, {"affects", affects}};
            out.push_back(std::make_unique<PutEntity>(std::string(improvement::Opportunity::kKind), "", std::move(fields),
                                                      std::vector<PutEntity::NewLink>{{std::string(kOfiFinding), {kFinding, findingId}}}));
        }
        return ok();
    });
}

std::unique_ptr<Command> removeAudit(const std::string& auditId) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, kAudit + " " + auditId}, [auditId](const Workspace& ws, Parts& out) -> Status {
        const Audit* a = ws.entities<Audit>().find(auditId);
        if (!a) return fail(ErrorCode::UnknownId, kAudit + " " + auditId);
        if (a->closed()) return fail(ErrorCode::AuditClosed, auditId);
        const AuditIndex index(ws);
        for (const Finding* f : index.findings(auditId)) out.push_back(std::make_unique<RemoveEntity>(EntityKey{kFinding, f->id}));
        out.push_back(std::make_unique<RemoveEntity>(EntityKey{kAudit, auditId}));
        return ok();
    });
}

} // namespace kanri::model::audits
