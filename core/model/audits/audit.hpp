#pragma once
// The internal audit programme (clause 9.2): programmes per period, audits with their scope
// (clauses, linked by audit.clause), and findings (linked to their audit by finding.audit and to
// the clause and item they concern). A closed audit is frozen: its record, its scope and its
// findings no longer change (the kinds' guards, module.cpp). Nonconformities and opportunities
// raised from a finding point at it (nonconformity.finding, opportunity.finding), so raising one
// after the audit closed changes nothing of the audit.
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::audits {

// A programme: the audits of a period (a financial year, a certification cycle).
struct AuditProgramme {
    static constexpr std::string_view kKind = "audit_programme", kPrefix = "AP-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string start, end; // YYYY-MM-DD, the period
    std::string objectives;
    std::string extent;  // what it covers beyond clauses: sites, services, teams
    std::string methods; // on-site or remote, sampling, risk-based frequency
    std::string criteria;
    std::string review; // the programme's own review (what was learnt, what changes)
    bool operator==(const AuditProgramme&) const = default;
};

enum class AuditStatus { Planned, InProgress, Closed };
inline constexpr std::array<std::string_view, 3> kAuditStatusCodes = {"planned", "in_progress", "closed"};

struct Audit {
    static constexpr std::string_view kKind = "audit", kPrefix = "AU-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string criteria; // ISO/IEC 20000-1:2018 and the organisation's own documents
    std::string plannedOn, heldOn; // YYYY-MM-DD
    std::string lead;              // the lead auditor
    std::string team;              // the other auditors, one per line
    std::string auditees;          // one per line
    AuditStatus status = AuditStatus::Planned;
    std::string report, reportedOn;
    std::string distribution; // to whom the report went (relevant management)
    std::string closedOn, closedBy;
    bool closed() const { return status == AuditStatus::Closed; }
    // The lead and the team, one name each, blank lines dropped.
    std::vector<std::string> auditors() const;
    bool operator==(const Audit&) const = default;
};

enum class FindingType { Conformity, NcMajor, NcMinor, Observation, Opportunity };
inline constexpr std::array<std::string_view, 5> kFindingTypeCodes = {"conformity", "nc_major", "nc_minor", "observation", "opportunity"};
inline bool isNonconformity(FindingType t) { return t == FindingType::NcMajor || t == FindingType::NcMinor; }

struct Finding {
    static constexpr std::string_view kKind = "finding", kPrefix = "AF-";
    std::string id;
    Stamp stamp;
    FindingType type = FindingType::Conformity;
    std::string statement; // what was found, against which requirement
    std::string evidence;  // what was seen: records sampled, people interviewed
    bool operator==(const Finding&) const = default;
};

inline constexpr std::string_view kAuditProgramme = "audit.programme";
inline constexpr std::string_view kAuditClause = "audit.clause"; // its scope
inline constexpr std::string_view kFindingAudit = "finding.audit";
inline constexpr std::string_view kFindingClause = "finding.clause";
inline constexpr std::string_view kFindingItem = "finding.item";
inline constexpr std::string_view kNcFinding = "nonconformity.finding";
inline constexpr std::string_view kOfiFinding = "opportunity.finding";

Fields fieldsOf(const AuditProgramme& p);
Status fromFields(const Fields& f, AuditProgramme& out);
Status validate(const Workspace& ws, const AuditProgramme& p); // a title and a period that ends after it starts
Fields fieldsOf(const Audit& a);
Status fromFields(const Fields& f, Audit& out);
Status validate(const Workspace& ws, const Audit& a); // a title; closed only with its record complete
Fields fieldsOf(const Finding& f);
Status fromFields(const Fields& f, Finding& out);
Status validate(const Workspace& ws, const Finding& f); // a statement

// What closing needs (the date held, the lead auditor, the report and its date): the first
// thing missing, as the field's name, or "" when the audit can be closed.
std::string missingForClose(const Audit& a);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::audits
