#include "model/suppliers/raci.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::suppliers {
namespace {

std::string num(size_t v) { return std::to_string(v); }

// A party code: 1 to 16 of A–Z, 0–9, "_" and "-" (a CSV header names parties by it).
bool validCode(const std::string& c) {
    if (c.empty() || c.size() > 16) return false;
    return std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'; });
}

bool yesNo(const std::string& t, bool empty, bool& out) {
    if (t.empty()) out = empty;
    else if (t == "yes") out = true;
    else if (t == "no") out = false;
    else return false;
    return true;
}

} // namespace

std::string lettersText(Letters l) {
    std::string out;
    for (size_t i = 0; i < kLetterOrder.size(); ++i)
        if (l & (1u << i)) out += kLetterOrder[i];
    return out;
}

Status parseLetters(std::string_view text, Letters& out) {
    Letters l = 0;
    for (char c : text) {
        if (c == ' ' || c == '/' || c == ',' || c == '+') continue;
        const char up = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        const auto at = std::find(kLetterOrder.begin(), kLetterOrder.end(), up);
        if (at == kLetterOrder.end()) return fail(ErrorCode::RaciLetterUnknown, std::string(text));
        const Letters bit = static_cast<Letters>(1u << (at - kLetterOrder.begin()));
        if (l & bit) return fail(ErrorCode::RaciLetterTwice, std::string(text));
        l |= bit;
    }
    out = l;
    return ok();
}

Letters RaciRow::at(std::string_view party) const {
    for (const auto& [code, letters] : cells)
        if (code == party) return letters;
    return 0;
}

void RaciRow::set(std::string_view party, Letters letters) {
    for (auto it = cells.begin(); it != cells.end(); ++it)
        if (it->first == party) {
            if (letters) it->second = letters;
            else cells.erase(it);
            return;
        }
    // Kept sorted by party code, so a row's fields come out the same however it was made.
    if (!letters) return;
    auto at = std::lower_bound(cells.begin(), cells.end(), party, [](const auto& cell, std::string_view p) { return cell.first < p; });
    cells.emplace(at, std::string(party), letters);
}

Fields fieldsOf(const RaciMatrix& m) {
    Fields f{{"title", m.title}, {"scope", m.scope}, {"service_model", std::string(codeOf(m.serviceModel, kServiceModelCodes))},
             {"parties", num(m.parties.size())}};
    for (size_t i = 0; i < m.parties.size(); ++i) {
        const Party& p = m.parties[i];
        const std::string k = "party." + num(i + 1);
        f.emplace_back(k + ".code", p.code);
        f.emplace_back(k + ".name", p.name);
        f.emplace_back(k + ".kind", std::string(codeOf(p.kind, kPartyKindCodes)));
        f.emplace_back(k + ".supplier", p.supplier);
        f.emplace_back(k + ".via", p.via);
        f.emplace_back(k + ".contract_ref", p.contractRef);
    }
    return f;
}

Status fromFields(const Fields& fields, RaciMatrix& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    RaciMatrix m;
    m.title = in.take("title");
    m.scope = in.take("scope");
    if (const std::string t = in.take("service_model"); !t.empty() && !enumFromCode(t, kServiceModelCodes, m.serviceModel))
        return fail(ErrorCode::UnknownChoice, "service_model: " + t);
    size_t n = 0;
    if (auto s = in.count("parties", 99, ErrorCode::RaciPartyInvalid, n); !s) return s;
    for (size_t i = 1; i <= n; ++i) {
        const std::string k = "party." + num(i);
        Party p;
        p.code = in.take(k + ".code");
        p.name = in.take(k + ".name");
        if (const std::string t = in.take(k + ".kind"); !t.empty() && !enumFromCode(t, kPartyKindCodes, p.kind))
            return fail(ErrorCode::UnknownChoice, k + ".kind: " + t);
        p.supplier = in.take(k + ".supplier");
        p.via = in.take(k + ".via");
        p.contractRef = in.take(k + ".contract_ref");
        m.parties.push_back(std::move(p));
    }
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(m);
    return ok();
}

Status validate(const Workspace&, const RaciMatrix& m) {
    if (isBlank(m.title)) return fail(ErrorCode::TitleMissing, m.id);
    for (const auto& [name, value] : fieldsOf(m))
        if (auto s = checkText(value, kMaxShortBytes, name.c_str()); !s) return s;
    if (m.parties.size() > kMaxParties) return fail(ErrorCode::RaciPartyInvalid, "more than " + num(kMaxParties) + " parties");
    for (size_t i = 0; i < m.parties.size(); ++i) {
        const Party& p = m.parties[i];
        if (!validCode(p.code)) return fail(ErrorCode::RaciPartyInvalid, "code: " + p.code);
        if (isBlank(p.name)) return fail(ErrorCode::RaciPartyInvalid, p.code + ": name");
        for (size_t j = 0; j < i; ++j)
            if (m.parties[j].code == p.code) return fail(ErrorCode::RaciPartyInvalid, "code twice: " + p.code);
        if (!p.via.empty() && (p.via == p.code || !findParty(m, p.via))) return fail(ErrorCode::RaciPartyUnknown, p.code + " via " + p.via);
    }
    return ok();
}

Fields fieldsOf(const RaciRow& r) {
    Fields f{{"order", std::to_string(r.order)}, {"group", r.group}, {"activity", r.activity}, {"ccm", r.ccm}};
    for (const auto& [code, letters] : r.cells) f.emplace_back("cell." + code, lettersText(letters));
    f.emplace_back("notes", r.notes);
    f.emplace_back("evidence", r.evidence);
    f.emplace_back("applicable", r.applicable ? "" : "no");
    f.emplace_back("na_reason", r.naReason);
    f.emplace_back("in_scope", r.inScope ? "" : "no");
    f.emplace_back("sold", r.sold ? "" : "no");
    f.emplace_back("agreed", r.agreed ? "yes" : "");
    return f;
}

Status fromFields(const Fields& fields, RaciRow& out) {
    RaciRow r;
    for (const auto& [name, value] : fields) {
        if (name.rfind("cell.", 0) == 0) {
            Letters l = 0;
            if (auto s = parseLetters(value, l); !s) return fail(s.error().code, name + ": " + value);
            const std::string party = name.substr(5);
            if (r.at(party)) return fail(ErrorCode::DuplicateId, name);
            r.set(party, l);
        } else if (name == "order") {
            if (value.empty()) continue;
            if (value.size() > 12 || value.find_first_not_of("0123456789") != std::string::npos) return fail(ErrorCode::InvalidOperation, "order: " + value);
            r.order = std::stoll(value);
        } else if (name == "group") r.group = value;
        else if (name == "activity") r.activity = value;
        else if (name == "ccm") r.ccm = value;
        else if (name == "notes") r.notes = value;
        else if (name == "evidence") r.evidence = value;
        else if (name == "na_reason") r.naReason = value;
        else if (name == "applicable") {
            if (!yesNo(value, true, r.applicable)) return fail(ErrorCode::UnknownChoice, name + ": " + value);
        } else if (name == "in_scope") {
            if (!yesNo(value, true, r.inScope)) return fail(ErrorCode::UnknownChoice, name + ": " + value);
        } else if (name == "sold") {
            if (!yesNo(value, true, r.sold)) return fail(ErrorCode::UnknownChoice, name + ": " + value);
        } else if (name == "agreed") {
            if (!yesNo(value, false, r.agreed)) return fail(ErrorCode::UnknownChoice, name + ": " + value);
        } else return fail(ErrorCode::InvalidOperation, "unknown field " + name);
    }
    out = std::move(r);
    return ok();
}

Status validate(const Workspace&, const RaciRow& r) {
    for (const auto& [name, value] : fieldsOf(r)) {
        const bool longText = name == "notes" || name == "na_reason";
        if (auto s = checkText(value, longText ? kMaxNoteBytes : kMaxShortBytes, name.c_str()); !s) return s;
    }
    if (r.cells.size() > kMaxParties) return fail(ErrorCode::RaciPartyInvalid, "more than " + num(kMaxParties) + " parties");
    return ok();
}

const Party* findParty(const RaciMatrix& m, std::string_view code) {
    for (const Party& p : m.parties)
        if (p.code == code) return &p;
    return nullptr;
}

std::string newPartyCode(const RaciMatrix& m, PartyKind kind) {
    const std::string base = kind == PartyKind::Organization ? "ORG" : kind == PartyKind::Customer ? "CUST" : kind == PartyKind::ThirdParty ? "TP" : "CSP";
    if (!findParty(m, base)) return base;
    for (size_t n = 2;; ++n)
        if (!findParty(m, base + num(n))) return base + num(n);
}

std::vector<const RaciRow*> rowsOf(const Workspace& ws, std::string_view matrixId) {
    std::vector<const RaciRow*> out;
    const EntityMap<RaciRow>& rows = ws.entities<RaciRow>();
    for (const Link& l : ws.linksTo({std::string(RaciMatrix::kKind), std::string(matrixId)}))
        if (l.relation == kRowMatrix)
            if (const RaciRow* r = rows.find(l.from.id)) out.push_back(r);
    std::stable_sort(out.begin(), out.end(), [](const RaciRow* a, const RaciRow* b) { return a->order < b->order; });
    return out;
}

std::string matrixOfRow(const Workspace& ws, std::string_view rowId) {
    for (const Link& l : ws.linksFrom({std::string(RaciRow::kKind), std::string(rowId)}))
        if (l.relation == kRowMatrix) return l.to.id;
    return {};
}

} // namespace kanri::model::suppliers
