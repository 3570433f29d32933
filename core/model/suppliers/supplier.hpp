#pragma once
// The supplier register (ISO/IEC 20000-1 8.3.4), kind "supplier", ids "SUP-001": who supplies
// what under which contract, the supplier's targets beside the customer SLA targets they
// support (8.3.4.1), the assurance evidence it gives and when that expires, the relationship
// owner and the exit terms. What needs attention (a lapsed certificate, a weaker target, a
// contract past its end or review) is computed (flagsOf), never stored.
#include "model/calendar.hpp"
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::suppliers {

enum class SupplierKind { External, Internal, CustomerAsSupplier, ThirdParty };
inline constexpr std::array<std::string_view, 4> kSupplierKindCodes = {"external", "internal", "customer_as_supplier", "third_party"};
enum class SupplyModel { IaaS, PaaS, SaaS, Managed, Other };
inline constexpr std::array<std::string_view, 5> kSupplyModelCodes = {"iaas", "paas", "saas", "managed", "other"};
enum class AssuranceKind { Iso27001, Iso20000, Soc2, Ismap, Caiq, Other };
inline constexpr std::array<std::string_view, 6> kAssuranceKindCodes = {"iso27001", "iso20000", "soc2", "ismap", "caiq", "other"};
enum class Better { Higher, Lower };
inline constexpr std::array<std::string_view, 2> kBetterCodes = {"higher", "lower"};

// A supplier's target beside the customer SLA target it supports: "availability", 99.9 and
// 99.95 % (higher is better) — the supplier's is weaker, so the customer's cannot be met on it.
struct Target {
    std::string measure;
    std::string supplier, customer; // decimal numbers as typed ("99.9", "4")
    std::string unit;               // "%", "h"
    Better better = Better::Higher;
    bool operator==(const Target&) const = default;
};

struct Assurance {
    AssuranceKind kind = AssuranceKind::Iso27001;
    std::string reference; // certificate number, report name
    std::string expires;   // YYYY-MM-DD ("" : none given)
    bool operator==(const Assurance&) const = default;
};

struct Supplier {
    static constexpr std::string_view kKind = "supplier", kPrefix = "SUP-";
    std::string id;
    Stamp stamp;
    std::string name;
    SupplierKind kind = SupplierKind::External;
    std::string via; // a third party: the supplier it is reached through ("SUP-001")
    SupplyModel model = SupplyModel::SaaS;
    std::string services;     // the services it supplies
    std::string contractRef;
    std::string contractStart, contractEnd, reviewOn; // YYYY-MM-DD
    std::vector<Target> targets;
    std::vector<Assurance> assurance;
    std::string owner;        // the relationship owner
    std::string exitTerms;    // exit, and the return and deletion of data
    std::string notes;
    bool operator==(const Supplier&) const = default;
};

Fields fieldsOf(const Supplier& s);
Status fromFields(const Fields& f, Supplier& out);
// A name; dates; targets as numbers; a third party reached through a supplier of the register.
Status validate(const Workspace& ws, const Supplier& s);

// Whether a supplier target is weaker than the customer target it supports (false when either
// is not a number).
bool misaligned(const Target& t);

// What needs attention on `today` (YYYY-MM-DD).
struct SupplierFlags {
    int assuranceLapsed = 0;    // evidence past its expiry
    int assuranceExpiring = 0;  // within 60 days
    int misalignedTargets = 0;
    bool contractEnded = false; // past its end date
    bool contractEnding = false; // within 90 days
    bool reviewOverdue = false;
    bool noAssurance = false;
    int count() const {
        return assuranceLapsed + assuranceExpiring + misalignedTargets + contractEnded + contractEnding + reviewOverdue + noAssurance;
    }
};
SupplierFlags flagsOf(const Supplier& s, const std::string& today);

using model::addDays; // model/calendar.hpp

} // namespace kanri::model::suppliers
