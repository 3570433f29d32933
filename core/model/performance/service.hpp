#pragma once
// The service catalogue (clause 8.2.4) and its agreed levels (8.3.3): kind "service", ids
// "SVC-001" — what the service is, for whom, who owns it, where it stands, the suppliers it
// depends on (service.supplier); and kind "sla_target", ids "SLA-001" — one agreed target of a
// service's SLA (availability, response or resolution time, a workload limit) with its
// exceptions. The supplier targets that support it are read from the supplier register.
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/suppliers/supplier.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::performance {

using suppliers::Better;
using suppliers::kBetterCodes;

enum class ServiceStatus { Planned, Live, Retiring, Retired };
inline constexpr std::array<std::string_view, 4> kServiceStatusCodes = {"planned", "live", "retiring", "retired"};

struct Service {
    static constexpr std::string_view kKind = "service", kPrefix = "SVC-";
    std::string id;
    Stamp stamp;
    std::string name;
    std::string description;
    std::string customers; // who it is for, one per line
    std::string owner;
    ServiceStatus status = ServiceStatus::Live;
    std::string notes;
    bool operator==(const Service&) const = default;
};

enum class SlaMeasure { Availability, ResponseTime, ResolutionTime, Workload, Other };
inline constexpr std::array<std::string_view, 5> kSlaMeasureCodes = {"availability", "response_time", "resolution_time", "workload", "other"};

struct SlaTarget {
    static constexpr std::string_view kKind = "sla_target", kPrefix = "SLA-";
    std::string id;
    Stamp stamp;
    SlaMeasure measure = SlaMeasure::Availability;
    std::string name;   // "Availability, monthly", "P1 response"
    std::string target; // a decimal number as typed ("99.9", "4")
    std::string unit;   // "%", "h", "min", "requests/month"
    Better better = Better::Higher;
    std::string exceptions; // what the target excludes, workload limits ("planned maintenance, P1 only")
    bool operator==(const SlaTarget&) const = default;
};

inline constexpr std::string_view kServiceSupplier = "service.supplier"; // the suppliers it depends on
inline constexpr std::string_view kSlaService = "sla_target.service";

Fields fieldsOf(const Service& s);
Status fromFields(const Fields& f, Service& out);
Status validate(const Workspace& ws, const Service& s); // a name; texts within their limits
Fields fieldsOf(const SlaTarget& t);
Status fromFields(const Fields& f, SlaTarget& out);
Status validate(const Workspace& ws, const SlaTarget& t); // a name and a target that is a number

// A supplier's target beside the SLA target it supports: the supplier register's targets of
// the suppliers the service depends on, compared where the unit and the direction agree.
struct SupportingTarget {
    std::string supplier; // "SUP-001"
    suppliers::Target target;
    bool comparable = false; // same unit and direction as the SLA target
    bool weaker = false;     // comparable, and the supplier promises less than the SLA does
};
std::vector<SupportingTarget> supportingTargets(const Workspace& ws, const std::string& serviceId, const SlaTarget& sla);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::performance
