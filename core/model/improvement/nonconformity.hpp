#pragma once
// A nonconformity (clause 10.1), kind "nonconformity", ids "NC-001": where it was found, how
// grave, what it concerns; the correction (the immediate fix), the root-cause analysis, the
// corrective actions (actions linked by action.nonconformity), and the effectiveness review.
// Its state moves through the cycle of transitions.hpp only; earlier ineffective reviews are
// kept (clause 10.1.2: the nature of the nonconformity, the actions and their results).
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::improvement {

enum class NcSource { InternalAudit, ExternalAudit, Incident, Complaint, ManagementReview, AssessmentGap, SupplierReview, KpiMiss, Other };
inline constexpr std::array<std::string_view, 9> kNcSourceCodes = {
    "internal_audit", "external_audit", "incident", "complaint", "management_review", "assessment_gap", "supplier_review", "kpi_miss", "other"};

// The grades offered: the certification-audit convention. A grade is any short code (an
// organisation may keep its own list); these are the ones the interface names.
inline constexpr std::array<std::string_view, 3> kGradeCodes = {"major", "minor", "observation"};

enum class RcaMethod { None, FiveWhys, Fishbone, FaultTree, Other };
inline constexpr std::array<std::string_view, 5> kRcaMethodCodes = {"", "five_whys", "fishbone", "fault_tree", "other"};

// Cause categories, any of them (stored space-separated).
inline constexpr std::array<std::string_view, 7> kCauseCodes = {"people", "process", "technology", "supplier", "information", "environment", "other"};

enum class NcState { Open, Corrected, CauseFound, ActionsPlanned, ActionsDone, Verified, Closed };
inline constexpr std::array<std::string_view, 7> kNcStateCodes = {"open", "corrected", "cause_found", "actions_planned", "actions_done", "verified", "closed"};

enum class ReviewResult { None, Effective, Ineffective };
inline constexpr std::array<std::string_view, 3> kReviewResultCodes = {"", "effective", "ineffective"};

struct EffectivenessReview {
    std::string method, criteria;
    std::string due, on; // YYYY-MM-DD
    std::string reviewer;
    ReviewResult result = ReviewResult::None;
    std::string evidence;
    bool complete() const;
    bool operator==(const EffectivenessReview&) const = default;
};

inline constexpr size_t kWhys = 5;

struct Nonconformity {
    static constexpr std::string_view kKind = "nonconformity", kPrefix = "NC-";
    std::string id;
    Stamp stamp;
    std::string title, description, evidence;
    NcSource source = NcSource::Other;
    std::string sourceRef;
    std::string grade = "minor";
    std::string detectedOn, detectedBy;
    // The correction: what was done at once, when, by whom.
    std::string correction, correctedOn, correctedBy;
    // Root-cause analysis.
    RcaMethod method = RcaMethod::None;
    std::array<std::string, kWhys> whys;
    std::string causes; // cause codes, space separated
    std::string rootCause;
    std::string similar; // similar nonconformities elsewhere? what was checked and found
    // The review that decides (the latest), and the ineffective ones before it.
    EffectivenessReview review;
    std::vector<EffectivenessReview> pastReviews;
    NcState state = NcState::Open;
    std::string stateOn; // the day of the last transition
    std::string closedOn, closedBy;
    bool operator==(const Nonconformity&) const = default;
};

inline constexpr std::string_view kNcItem = "nonconformity.item";
inline constexpr std::string_view kNcClause = "nonconformity.clause";

Fields fieldsOf(const Nonconformity& n);
Status fromFields(const Fields& f, Nonconformity& out);
// Its own rules (the ones that need no other entity): a title; dates; what each state needs
// to have been recorded (a correction from "corrected" on, a root cause from "cause found",
// an effective review for "verified" and "closed").
Status validate(const Workspace& ws, const Nonconformity& n);

// The fields only a transition writes (an update of them is refused).
bool setByTransition(std::string_view field);

bool hasCause(const Nonconformity& n, std::string_view cause);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::improvement
