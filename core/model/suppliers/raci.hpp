#pragma once
// The shared-responsibility (RACI) matrix of one scope ("customer portal on IaaS"): its parties
// (the organisation, its suppliers, the customer, third parties reached through a supplier) as
// columns, and its rows (activities or controls, grouped by ISO/IEC 20000-1 clause, optionally
// tagged with CSA CCM v4 ids), each holding R, A, C and I per party. Rows are entities of their
// own (kind "raci_row"), so a key press in a workshop writes one row, not the whole matrix.
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::suppliers {

// The letters of one cell as bits; a party may hold A and R together ("AR").
enum Letter : uint8_t { A = 1, R = 2, C = 4, I = 8 };
using Letters = uint8_t;
inline constexpr std::array<char, 4> kLetterOrder = {'A', 'R', 'C', 'I'};
// "AR", "C", "" — always in the order A R C I.
std::string lettersText(Letters l);
// "A/R", "ar", "R A" → A|R. Anything but R, A, C, I (and separators) is refused, as is a
// letter given twice ("RR", "A/A").
Status parseLetters(std::string_view text, Letters& out);

enum class PartyKind { Organization, Supplier, Customer, ThirdParty };
inline constexpr std::array<std::string_view, 4> kPartyKindCodes = {"organization", "supplier", "customer", "third_party"};

enum class ServiceModel { IaaS, PaaS, SaaS, Hybrid, OnPremises };
inline constexpr std::array<std::string_view, 5> kServiceModelCodes = {"iaas", "paas", "saas", "hybrid", "on_premises"};

// Parties of one matrix at most: a meeting room's matrix, not a directory.
inline constexpr size_t kMaxParties = 24;

struct Party {
    std::string code;      // "ORG", "CSP", "P4": what the rows' cells are keyed by; never changes
    std::string name;      // "当社 (SMS scope)"
    PartyKind kind = PartyKind::Supplier;
    std::string supplier;  // the supplier register's entry ("SUP-001"), when it is one
    std::string via;       // a third party: the code of the party it is reached through
    std::string contractRef; // the contract or SLA that covers its part
    bool operator==(const Party&) const = default;
};

struct RaciMatrix {
    static constexpr std::string_view kKind = "raci_matrix", kPrefix = "M-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string scope; // what the matrix covers; the 8.2.3 rule looks at all matrices of a scope
    ServiceModel serviceModel = ServiceModel::IaaS;
    std::vector<Party> parties;
    bool operator==(const RaciMatrix&) const = default;
};

// One activity or control of a matrix (its link "raci_row.matrix" says which).
struct RaciRow {
    static constexpr std::string_view kKind = "raci_row", kPrefix = "RR-";
    std::string id;
    Stamp stamp;
    int64_t order = 0;        // its place in the matrix (rows sort by it)
    std::string group;        // the ISO/IEC 20000-1 clause(s): "8.6.1", "8.5.1/8.7.3.2"
    std::string activity;
    std::string ccm;          // CSA CCM v4 ids, space separated: "SEF-05 STA-04"
    std::vector<std::pair<std::string, Letters>> cells; // party code → letters (non-empty cells, by code)
    std::string notes;
    std::string evidence;     // the contract or evidence reference ("SLA-CSP1 §4.2")
    bool applicable = true;
    std::string naReason;     // why it does not apply (needed when not applicable)
    bool inScope = true;      // inside the SMS scope: the organisation keeps a hand in it (8.2.3)
    bool sold = true;         // part of the service as sold: a customer's R there is an obligation the SLA must state
    bool agreed = false;      // agreed in the workshop
    Letters at(std::string_view party) const;
    void set(std::string_view party, Letters letters);
    bool operator==(const RaciRow&) const = default;
};

Fields fieldsOf(const RaciMatrix& m);
Status fromFields(const Fields& f, RaciMatrix& out);
Status validate(const Workspace& ws, const RaciMatrix& m);
Fields fieldsOf(const RaciRow& r);
Status fromFields(const Fields& f, RaciRow& out);
// Its texts fit. Whether its cells' parties are the matrix's is a problem of the matrix
// (check.hpp): the row does not know its matrix until its link is read.
Status validate(const Workspace& ws, const RaciRow& r);

const Party* findParty(const RaciMatrix& m, std::string_view code);
// A code for a new party of this kind, not used in the matrix yet ("CSP2").
std::string newPartyCode(const RaciMatrix& m, PartyKind kind);

// The relations: a row belongs to its matrix, a sign-off to the matrix it froze.
inline constexpr std::string_view kRowMatrix = "raci_row.matrix";
// The rows of a matrix in their order.
std::vector<const RaciRow*> rowsOf(const Workspace& ws, std::string_view matrixId);
// The matrix a row belongs to ("" when none).
std::string matrixOfRow(const Workspace& ws, std::string_view rowId);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::suppliers
