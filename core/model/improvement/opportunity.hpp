#pragma once
// An improvement opportunity (clause 10.2), kind "opportunity", ids "OFI-001": what could be
// better and where, the benefit expected with a measurable target, its priority (benefit ×
// urgency), the decision on it (with reason, who and when), its actions (links
// action.opportunity) and the result measured against the target.
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>

namespace kanri::model::improvement {

enum class OfiSource { ManagementReview, AuditObservation, SlaMiss, SupplierReview, Staff, Customer, Assessment, Other };
inline constexpr std::array<std::string_view, 8> kOfiSourceCodes = {
    "management_review", "audit_observation", "sla_miss", "supplier_review", "staff", "customer", "assessment", "other"};
enum class Benefit { Quality, Value, Capability, Cost, Productivity, ResourceUse, RiskReduction };
inline constexpr std::array<std::string_view, 7> kBenefitCodes = {"quality", "value", "capability", "cost", "productivity", "resource_use", "risk_reduction"};
enum class Decision { None, Approved, Rejected, Deferred };
inline constexpr std::array<std::string_view, 4> kDecisionCodes = {"", "approved", "rejected", "deferred"};
enum class Achieved { Unknown, Yes, Partly, No };
inline constexpr std::array<std::string_view, 4> kAchievedCodes = {"", "yes", "partly", "no"};

struct Opportunity {
    static constexpr std::string_view kKind = "opportunity", kPrefix = "OFI-";
    std::string id;
    Stamp stamp;
    std::string title, description;
    OfiSource source = OfiSource::Other;
    std::string sourceRef;
    std::string affects; // the services or processes concerned
    Benefit benefit = Benefit::Quality;
    std::string expected; // the benefit expected
    std::string target;   // how it is measured: "first-call resolution ≥ 75 %"
    int value = 0, urgency = 0, effort = 0; // 1–5 each, 0: not rated
    Decision decision = Decision::None;
    std::string decisionReason, decidedBy, decidedOn;
    std::string result, resultOn; // what was measured against the target, and when
    Achieved achieved = Achieved::Unknown;
    int priority() const { return value * urgency; }
    bool operator==(const Opportunity&) const = default;
};

// Where an opportunity stands, from its decision and result (never stored).
enum class OfiStage { Proposed, Approved, Measured, Rejected, Deferred };
inline constexpr std::array<std::string_view, 5> kOfiStageCodes = {"proposed", "approved", "measured", "rejected", "deferred"};
OfiStage stageOf(const Opportunity& o);

Fields fieldsOf(const Opportunity& o);
Status fromFields(const Fields& f, Opportunity& out);
// A title; ratings 1–5; a decision with its reason, who and when; a result only when approved.
Status validate(const Workspace& ws, const Opportunity& o);

// A PDCA cycle, kind "pdca_cycle", ids "PC-001": a period (a fiscal half-year) the board can
// be narrowed to.
struct PdcaCycle {
    static constexpr std::string_view kKind = "pdca_cycle", kPrefix = "PC-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string start, end; // YYYY-MM-DD
    std::string objective;
    bool contains(const std::string& date) const { return !date.empty() && date >= start && date <= end; }
    bool operator==(const PdcaCycle&) const = default;
};
Fields fieldsOf(const PdcaCycle& c);
Status fromFields(const Fields& f, PdcaCycle& out);
Status validate(const Workspace& ws, const PdcaCycle& c);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::improvement
