#pragma once
// Key performance indicators (clauses 9.1, 9.4): kind "kpi", ids "KPI-001" — what is measured,
// in which unit, whether higher or lower is better, the target and the threshold below which
// it is at risk, how often, by whom; linked to the service, SLA target or objective it
// evidences (kpi.service, kpi.sla_target, objective.kpi). Kind "measurement", ids "MS-001":
// one value for one period (measurement.kpi), entered by hand or imported from CSV. A missed
// measurement may raise a nonconformity or an opportunity that stays linked to it.
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/performance/period.hpp"
#include "model/performance/service.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kanri::model::performance {

struct Kpi {
    static constexpr std::string_view kKind = "kpi", kPrefix = "KPI-";
    std::string id;
    Stamp stamp;
    std::string name;
    std::string description; // how it is measured, from which data
    std::string unit;
    Better better = Better::Higher;
    std::string target;    // a decimal number as typed
    std::string threshold; // optional: on the bad side of the target; between the two is "at risk"
    Frequency frequency = Frequency::Monthly;
    std::string owner;
    bool operator==(const Kpi&) const = default;
};

struct Measurement {
    static constexpr std::string_view kKind = "measurement", kPrefix = "MS-";
    std::string id;
    Stamp stamp;
    std::string period; // "2026-03" (the KPI's frequency says which form)
    std::string value;  // a decimal number as typed
    std::string note;
    bool operator==(const Measurement&) const = default;
};

inline constexpr std::string_view kKpiService = "kpi.service";
inline constexpr std::string_view kKpiSla = "kpi.sla_target";
inline constexpr std::string_view kMeasurementKpi = "measurement.kpi";
// What was raised from a missed measurement keeps it (refused removal).
inline constexpr std::string_view kNcMeasurement = "nonconformity.measurement";
inline constexpr std::string_view kOfiMeasurement = "opportunity.measurement";

Fields fieldsOf(const Kpi& k);
Status fromFields(const Fields& f, Kpi& out);
// A name, a unit, a target that is a number, a threshold (if any) on the bad side of it.
Status validate(const Workspace& ws, const Kpi& k);
Fields fieldsOf(const Measurement& m);
Status fromFields(const Fields& f, Measurement& out);
// A period of one of the four forms and a value that is a number (whether the period's form is
// the KPI's is checked where the measurement meets its KPI: recordMeasurement, the CSV import).
Status validate(const Workspace& ws, const Measurement& m);

// How a value stands against the KPI's target: met; at risk (short of the target, not past the
// threshold); missed. NoData: no value, or a KPI without a numeric target.
enum class Result { NoData, Met, AtRisk, Missed };
inline constexpr std::array<std::string_view, 4> kResultCodes = {"no_data", "met", "at_risk", "missed"};
Result evaluate(const Kpi& k, double value);
Result evaluate(const Kpi& k, const Measurement& m);

// The period of a measurement in the KPI's form, or a refusal that names the form expected.
Status checkPeriod(const Kpi& k, const std::string& period);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::performance
