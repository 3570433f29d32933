#pragma once
// A risk (or opportunity: clause 6.1 covers both) of the SMS or its services, kind "risk",
// ids "R-001": what may happen (cause → event → consequence), how likely and how bad before
// and after treatment on the database's matrix, the treatment, the review cadence, and its
// acceptance as a record (who, role, when, against which criterion, why, until when).
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/risks/matrix.hpp"

#include <array>
#include <string>
#include <string_view>

namespace kanri::model::risks {

enum class Category { ServiceOutage, SecurityIncident, Legal, Contractual, SupplierFailure, Capacity, Financial, People, Other };
enum class Scope { Sms, Service, Supplier, Process };
enum class Nature { Risk, Opportunity };
enum class Treatment { Undecided, Modify, Retain, Avoid, Share, Pursue };
enum class RiskStatus { Identified, Assessed, InTreatment, Accepted, Closed };
enum class Cadence { None, Monthly, Quarterly, HalfYearly, Yearly };

// The stable codes (CSV, JSON, operations), in the order of the enums.
inline constexpr std::array<std::string_view, 9> kCategoryCodes = {
    "service_outage", "security_incident", "legal", "contractual", "supplier_failure", "capacity", "financial", "people", "other"};
inline constexpr std::array<std::string_view, 4> kScopeCodes = {"sms", "service", "supplier", "process"};
inline constexpr std::array<std::string_view, 2> kNatureCodes = {"risk", "opportunity"};
inline constexpr std::array<std::string_view, 6> kTreatmentCodes = {"", "modify", "retain", "avoid", "share", "pursue"};
inline constexpr std::array<std::string_view, 5> kStatusCodes = {"identified", "assessed", "in_treatment", "accepted", "closed"};
inline constexpr std::array<std::string_view, 5> kCadenceCodes = {"", "monthly", "quarterly", "half_yearly", "yearly"};
int cadenceMonths(Cadence c);

// Likelihood and impact on the matrix (0: not rated yet).
struct RiskRating {
    int likelihood = 0;
    int impact = 0;
    bool rated() const { return likelihood > 0 && impact > 0; }
    int score() const { return likelihood * impact; }
    bool operator==(const RiskRating&) const = default;
};

// An acceptance: empty `on` means none. `band` and `residual` are what was accepted: when the
// residual rating or its band changes afterwards, the acceptance has lapsed.
struct Acceptance {
    std::string by, role;
    std::string on, until;  // YYYY-MM-DD
    std::string band;       // the band (and so the criterion) it was accepted against
    RiskRating residual;        // the residual rating accepted
    std::string rationale;
    std::string aboveReason; // why a band that is not acceptable was accepted anyway
    bool recorded() const { return !on.empty(); }
    bool operator==(const Acceptance&) const = default;
};

struct Risk {
    static constexpr std::string_view kKind = "risk", kPrefix = "R-";
    std::string id;
    Stamp stamp;
    std::string title, description;
    std::string cause, event, consequence;
    Category category = Category::Other;
    Scope scope = Scope::Sms;
    Nature nature = Nature::Risk;
    std::string services, suppliers; // named in text until the services and suppliers modules link them
    std::string owner;
    std::string controls; // existing controls
    RiskRating inherent;
    Treatment treatment = Treatment::Undecided;
    std::string plan;
    // Empty: the same as inherent (nothing treated yet, or retained).
    RiskRating residual;
    std::string residualReason; // why the residual is above the inherent rating
    RiskStatus status = RiskStatus::Identified;
    Cadence cadence = Cadence::None;
    std::string lastReview, nextReview; // YYYY-MM-DD
    Acceptance acceptance;
    bool operator==(const Risk&) const = default;
};

// The residual rating in effect: the residual, or the inherent one while there is none.
RiskRating effectiveResidual(const Risk& r);

Fields fieldsOf(const Risk& r);
Status fromFields(const Fields& f, Risk& out);
// Against the database's matrix: ratings on its scales, the residual-above-inherent reason,
// pursue only for opportunities, dates, a complete acceptance when status says accepted.
Status validate(const Workspace& ws, const Risk& r);
Status validateOn(const RiskMatrix& m, const Risk& r);

// The codes of the enums (model/codes.hpp), found from the callers of any namespace.
using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::risks
