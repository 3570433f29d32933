#pragma once
// What the audit programme shows, derived from the audits, their findings and their links: each
// audit's findings, scope and checklist, the impartiality check, and the coverage of clauses
// 4–10 in a programme's period. The index is built in one pass over the links and, like the
// improvement board's, is valid until the next change of the data (Workspace::mutations).
#include "model/audits/audit.hpp"
#include "model/workspace.hpp"

#include <map>
#include <string>
#include <vector>

namespace kanri::model::audits {

class AuditIndex {
public:
    explicit AuditIndex(const Workspace& ws);
    // The audit's findings, in the order they were recorded.
    const std::vector<const Finding*>& findings(std::string_view auditId) const;
    // The clauses in the audit's scope, in document order.
    const std::vector<std::string>& scope(std::string_view auditId) const;
    std::string programmeOf(std::string_view auditId) const;
    std::string auditOf(std::string_view findingId) const;
    std::string clauseOf(std::string_view findingId) const;
    std::string itemOf(std::string_view findingId) const;
    // The nonconformity or opportunity raised from the finding (kind "" when none).
    EntityKey raisedFrom(std::string_view findingId) const;

private:
    std::map<std::string, std::vector<const Finding*>, std::less<>> m_findings;
    std::map<std::string, std::vector<std::string>, std::less<>> m_scope;
    std::map<std::string, std::string, std::less<>> m_programme, m_audit, m_clause, m_item;
    std::map<std::string, EntityKey, std::less<>> m_raised;
};

// A line of an audit's checklist: an assessment item in its scope (its audit question is in the
// catalogue) with the findings recorded against it.
struct ChecklistRow {
    int item; // index into Catalogue::items()
    std::vector<const Finding*> findings;
};
std::vector<ChecklistRow> checklist(const Workspace& ws, const AuditIndex& index, const Audit& audit);

// An auditor who owns what they audit: the owner of assessment items of a clause in scope
// (clause 9.2: auditors are objective and impartial, not auditing their own work).
struct ImpartialityWarning {
    std::string auditor;
    std::string clause;             // the clause in scope
    std::vector<std::string> items; // the items of it the auditor owns
};
std::vector<ImpartialityWarning> impartiality(const Workspace& ws, const AuditIndex& index, const Audit& audit);

// How far a programme's audits reach each clause: audited (in the scope of a closed audit, or
// under a clause that is), partly (only some of its sub-clauses audited), planned (in the scope
// of an audit not yet closed), or not at all. Findings count nonconformities found there.
enum class Coverage { None, Planned, Partly, Audited };
inline constexpr std::array<std::string_view, 4> kCoverageCodes = {"none", "planned", "partly", "audited"};
struct ClauseCoverage {
    Coverage coverage = Coverage::None;
    int audits = 0;           // audits whose scope reaches it
    int nonconformities = 0;  // nonconformity findings on it or below it
};
// The audits of a programme: those linked to it, and those without a programme held (or planned)
// within its period. One entry per clause of the catalogue, in its order.
std::vector<const Audit*> auditsOf(const Workspace& ws, const AuditIndex& index, const AuditProgramme& programme);
std::vector<ClauseCoverage> coverage(const Workspace& ws, const AuditIndex& index, const AuditProgramme& programme);

} // namespace kanri::model::audits
