#pragma once
// What a responsibility matrix says and what is wrong with it, computed live, never stored:
// each row's CSA CCM v4 ownership category (STA-04) derived from its letters, and the problems
// of domain.md §4.4 with their severity, plus the ISO/IEC 20000-1 8.2.3 rule across all the
// matrices of one scope (the organisation keeps operating its SMS: others may not hold every R).
#include "model/suppliers/raci.hpp"
#include "model/suppliers/supplier.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {
class Catalogue;
}

namespace kanri::model::suppliers {

enum class Ownership { None, CspOwned, CscOwned, ThirdPartyOutsourced, SharedCspCsc, SharedCspThirdParty, NotApplicable };
inline constexpr std::array<std::string_view, 7> kOwnershipCodes = {"", "csp_owned", "csc_owned", "third_party_outsourced",
                                                                    "shared_csp_csc", "shared_csp_third_party", "not_applicable"};
// From who holds R: the organisation and the customer count as the cloud customer (CSC),
// suppliers as the provider (CSP), third parties as such (the supplier they are reached
// through answers for them). None: no R yet.
Ownership ownershipOf(const RaciMatrix& m, const RaciRow& r);

enum class Severity { Error, Warning, Info };
inline constexpr std::array<std::string_view, 3> kSeverityCodes = {"error", "warning", "info"};

enum class Rule {
    OneAccountable,    // exactly one A per applicable row
    OneResponsible,    // at least one R per applicable row
    ConsultedInformed, // C and I in one cell (C implies informed)
    NaNeedsReason,     // not applicable without a justification
    OrgWithoutLetter,  // the organisation has no letter in an in-scope row (8.2.3)
    NoContract,        // a supplier holds R or A and neither the row nor the party names a contract (8.3.4.1)
    UnusedParty,       // a party with no R or A anywhere
    Concentration,     // a party other than the organisation holds A on more than 60 % of the rows
    UnknownGroup,      // the row's group is not a clause of the standard
    UnknownCcm,        // a CCM id that CCM v4 does not have
    CustomerResponsible, // the customer holds R on part of the service as sold (must appear in the SLA)
    UnknownParty,      // a cell for a party the matrix does not have
    SmsNotOperated,    // across the scope's matrices, others hold every R (8.2.3)
};
inline constexpr std::array<std::string_view, 13> kRuleCodes = {
    "one_accountable", "one_responsible", "consulted_informed", "na_needs_reason", "org_without_letter", "no_contract", "unused_party",
    "concentration", "unknown_group", "unknown_ccm", "customer_responsible", "unknown_party", "sms_not_operated"};
Severity severityOf(Rule rule);

struct Problem {
    Rule rule;
    Severity severity;
    std::string row;   // the row it concerns ("" : the matrix or its scope)
    std::string party; // the party it concerns, if one
    std::string detail; // what was found: "2 × A: ORG, CSP", "SOC-99"
};

struct MatrixCheck {
    std::vector<Ownership> ownership; // per row, in the order of rows
    std::vector<Problem> problems;    // in the order of rows, then the matrix's own
    int errors = 0, warnings = 0, infos = 0;
    int agreed = 0, applicable = 0;
};

// Whether a clause group ("8.5.1/8.7.3.2") names clauses of the catalogue only.
bool validGroup(const Catalogue& catalogue, std::string_view group);
// Whether a CCM v4 id exists ("STA-04": domain and number within the domain's controls).
bool validCcmId(std::string_view id);

// Checks a matrix's rows (given in their order; rowsOf). A party that names a supplier of the
// register takes its contract reference. The 8.2.3 rule looks at every matrix of the matrix's
// scope in the workspace (a matrix without a scope: at itself alone).
MatrixCheck checkMatrix(const Workspace& ws, const RaciMatrix& m, const std::vector<const RaciRow*>& rows);

} // namespace kanri::model::suppliers
