#include "model/suppliers/check.hpp"

#include "model/catalogue.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <map>

namespace kanri::model::suppliers {
namespace {

// CSA CCM v4: its 17 domains and how many control objectives each has (197 in all).
struct CcmDomain {
    std::string_view code;
    int controls;
};
constexpr CcmDomain kCcmDomains[] = {{"A&A", 6}, {"AIS", 7}, {"BCR", 11}, {"CCC", 9}, {"CEK", 21}, {"DCS", 15},
                                     {"DSP", 19}, {"GRC", 8}, {"HRS", 13}, {"IAM", 16}, {"IPY", 4}, {"IVS", 9},
                                     {"LOG", 13}, {"SEF", 8}, {"STA", 14}, {"TVM", 10}, {"UEM", 14}};

// What a party counts as in the CCM's terms.
enum class Side { Csc, Csp, ThirdParty };
Side sideOf(PartyKind k) {
    switch (k) {
    case PartyKind::Organization:
    case PartyKind::Customer: return Side::Csc;
    case PartyKind::Supplier: return Side::Csp;
    case PartyKind::ThirdParty: return Side::ThirdParty;
    }
    return Side::Csp;
}

std::vector<std::string_view> splitOn(std::string_view s, std::string_view seps) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
            if (i > start) out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

} // namespace

Severity severityOf(Rule rule) {
    switch (rule) {
    case Rule::OneAccountable:
    case Rule::OneResponsible:
    case Rule::NaNeedsReason:
    case Rule::UnknownParty:
    case Rule::SmsNotOperated: return Severity::Error;
    case Rule::UnusedParty:
    case Rule::Concentration: return Severity::Info;
    default: return Severity::Warning;
    }
}

Ownership ownershipOf(const RaciMatrix& m, const RaciRow& r) {
    if (!r.applicable) return Ownership::NotApplicable;
    bool csc = false, csp = false, tp = false;
    for (const auto& [code, letters] : r.cells) {
        if (!(letters & R)) continue;
        const Party* p = findParty(m, code);
        if (!p) continue;
        const Side s = sideOf(p->kind);
        csc |= s == Side::Csc;
        csp |= s == Side::Csp;
        tp |= s == Side::ThirdParty;
    }
    if (csc && (csp || tp)) return Ownership::SharedCspCsc;
    if (csc) return Ownership::CscOwned;
    if (csp && tp) return Ownership::SharedCspThirdParty;
    if (tp) return Ownership::ThirdPartyOutsourced;
    if (csp) return Ownership::CspOwned;
    return Ownership::None;
}

bool validGroup(const Catalogue& catalogue, std::string_view group) {
    const std::vector<std::string_view> parts = splitOn(group, "/, ");
    if (parts.empty()) return false;
    for (std::string_view p : parts)
        if (!catalogue.find(p)) return false;
    return true;
}

bool validCcmId(std::string_view id) {
    const size_t dash = id.rfind('-');
    if (dash == std::string_view::npos || id.size() - dash != 3) return false;
    const std::string_view domain = id.substr(0, dash), number = id.substr(dash + 1);
    if (number[0] < '0' || number[0] > '9' || number[1] < '0' || number[1] > '9') return false;
    const int n = (number[0] - '0') * 10 + (number[1] - '0');
    for (const CcmDomain& d : kCcmDomains)
        if (d.code == domain) return n >= 1 && n <= d.controls;
    return false;
}

MatrixCheck checkMatrix(const Workspace& ws, const RaciMatrix& m, const std::vector<const RaciRow*>& rows) {
    MatrixCheck out;
    out.ownership.reserve(rows.size());
    const size_t parties = m.parties.size();
    std::vector<int> accountable(parties, 0), holds(parties, 0); // per party: rows with A; rows with R or A
    std::vector<std::string> contract(parties);                   // the party's contract, or its supplier's
    bool hasOrg = false;
    for (size_t p = 0; p < parties; ++p) {
        const Party& party = m.parties[p];
        hasOrg |= party.kind == PartyKind::Organization;
        contract[p] = party.contractRef;
        if (contract[p].empty() && !party.supplier.empty())
            if (const Supplier* s = ws.entities<Supplier>().find(party.supplier)) contract[p] = s->contractRef;
    }
    auto partyIndex = [&](const std::string& code) -> int {
        for (size_t p = 0; p < parties; ++p)
            if (m.parties[p].code == code) return static_cast<int>(p);
        return -1;
    };
    auto add = [&](Rule rule, std::string row, std::string party, std::string detail) {
        out.problems.push_back({rule, severityOf(rule), std::move(row), std::move(party), std::move(detail)});
    };
    std::map<std::string, bool, std::less<>> groups; // a group's validity, looked up once
    bool orgDoesWork = false;
    for (const RaciRow* row : rows) {
        const RaciRow& r = *row;
        out.ownership.push_back(ownershipOf(m, r));
        out.agreed += r.agreed;
        if (!r.applicable) {
            if (isBlank(r.naReason)) add(Rule::NaNeedsReason, r.id, "", "");
            continue;
        }
        ++out.applicable;
        std::string aHolders;
        int as = 0, rs = 0;
        bool orgLetter = false;
        for (const auto& [code, letters] : r.cells) {
            const int p = partyIndex(code);
            if (p < 0) {
                add(Rule::UnknownParty, r.id, code, lettersText(letters));
                continue;
            }
            const Party& party = m.parties[static_cast<size_t>(p)];
            if (letters & A) {
                ++as;
                ++accountable[static_cast<size_t>(p)];
            }
            if (letters & R) ++rs;
            if (letters & (A | R)) {
                ++holds[static_cast<size_t>(p)];
                if (party.kind == PartyKind::Organization && (letters & R)) orgDoesWork = true;
                if ((party.kind == PartyKind::Supplier || party.kind == PartyKind::ThirdParty) && isBlank(r.evidence) &&
                    isBlank(contract[static_cast<size_t>(p)]))
                    add(Rule::NoContract, r.id, code, lettersText(letters));
            }
            if ((letters & C) && (letters & I)) add(Rule::ConsultedInformed, r.id, code, lettersText(letters));
            if (party.kind == PartyKind::Organization) orgLetter = true;
            if (party.kind == PartyKind::Customer && (letters & R) && r.sold) add(Rule::CustomerResponsible, r.id, code, lettersText(letters));
        }
        if (as > 1)
            for (const Party& party : m.parties) // in the columns' order
                if (r.at(party.code) & A) aHolders += (aHolders.empty() ? "" : ", ") + party.code;
        if (as != 1) add(Rule::OneAccountable, r.id, "", as == 0 ? "0" : std::to_string(as) + " × A: " + aHolders);
        if (rs == 0) add(Rule::OneResponsible, r.id, "", "0");
        if (hasOrg && r.inScope && !orgLetter) add(Rule::OrgWithoutLetter, r.id, "", "");
        if (!r.group.empty()) {
            auto it = groups.find(r.group);
            if (it == groups.end()) it = groups.emplace(r.group, validGroup(ws.catalogue(), r.group)).first;
            if (!it->second) add(Rule::UnknownGroup, r.id, "", r.group);
        }
        for (std::string_view id : splitOn(r.ccm, " ,;"))
            if (!validCcmId(id)) add(Rule::UnknownCcm, r.id, "", std::string(id));
    }
    // The matrix's own problems.
    if (!hasOrg && !m.parties.empty()) add(Rule::OrgWithoutLetter, "", "", "");
    for (size_t p = 0; p < parties; ++p) {
        const Party& party = m.parties[p];
        if (holds[p] == 0 && out.applicable > 0) add(Rule::UnusedParty, "", party.code, "");
        if (party.kind != PartyKind::Organization && out.applicable >= 5 && accountable[p] * 10 > out.applicable * 6)
            add(Rule::Concentration, "", party.code, std::to_string(accountable[p]) + "/" + std::to_string(out.applicable));
    }
    // 8.2.3 across the scope: some applicable row of some matrix of the scope has the organisation doing the work.
    if (!orgDoesWork && out.applicable > 0) {
        bool elsewhere = false;
        // Matrices without a scope are not of one scope with each other: each stands alone.
        for (const RaciMatrix& other : ws.entities<RaciMatrix>().all()) {
            if (isBlank(m.scope)) break;
            if (other.id == m.id || other.scope != m.scope || elsewhere) continue;
            for (const RaciRow* r : rowsOf(ws, other.id)) {
                if (!r->applicable) continue;
                for (const auto& [code, letters] : r->cells)
                    if (const Party* p = findParty(other, code); p && p->kind == PartyKind::Organization && (letters & R)) elsewhere = true;
                if (elsewhere) break;
            }
        }
        if (!elsewhere) add(Rule::SmsNotOperated, "", "", m.scope);
    }
    for (const Problem& p : out.problems) {
        out.errors += p.severity == Severity::Error;
        out.warnings += p.severity == Severity::Warning;
        out.infos += p.severity == Severity::Info;
    }
    return out;
}

} // namespace kanri::model::suppliers
