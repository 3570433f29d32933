#include "model/suppliers/supplier.hpp"

#include "model/calendar.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::suppliers {

Fields fieldsOf(const Supplier& s) {
    Fields f{{"name", s.name},
             {"kind", std::string(codeOf(s.kind, kSupplierKindCodes))},
             {"via", s.via},
             {"service_model", std::string(codeOf(s.model, kSupplyModelCodes))},
             {"services", s.services},
             {"contract_ref", s.contractRef},
             {"contract_start", s.contractStart},
             {"contract_end", s.contractEnd},
             {"review_on", s.reviewOn},
             {"owner", s.owner},
             {"exit_terms", s.exitTerms},
             {"notes", s.notes},
             {"targets", s.targets.empty() ? std::string() : std::to_string(s.targets.size())}};
    for (size_t i = 0; i < s.targets.size(); ++i) {
        const Target& t = s.targets[i];
        const std::string p = "target." + std::to_string(i + 1);
        f.emplace_back(p + ".measure", t.measure);
        f.emplace_back(p + ".supplier", t.supplier);
        f.emplace_back(p + ".customer", t.customer);
        f.emplace_back(p + ".unit", t.unit);
        f.emplace_back(p + ".better", std::string(codeOf(t.better, kBetterCodes)));
    }
    f.emplace_back("assurance", s.assurance.empty() ? std::string() : std::to_string(s.assurance.size()));
    for (size_t i = 0; i < s.assurance.size(); ++i) {
        const Assurance& a = s.assurance[i];
        const std::string p = "assurance." + std::to_string(i + 1);
        f.emplace_back(p + ".kind", std::string(codeOf(a.kind, kAssuranceKindCodes)));
        f.emplace_back(p + ".reference", a.reference);
        f.emplace_back(p + ".expires", a.expires);
    }
    return f;
}

Status fromFields(const Fields& fields, Supplier& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    auto choice = [&](const std::string& name, auto& value, const auto& codes) -> Status {
        const std::string t = in.take(name);
        if (t.empty()) return ok(); // the default
        if (!enumFromCode(t, codes, value)) return fail(ErrorCode::UnknownChoice, name + ": " + t);
        return ok();
    };
    Supplier s;
    s.name = in.take("name");
    if (auto st = choice("kind", s.kind, kSupplierKindCodes); !st) return st;
    s.via = in.take("via");
    if (auto st = choice("service_model", s.model, kSupplyModelCodes); !st) return st;
    s.services = in.take("services");
    s.contractRef = in.take("contract_ref");
    s.contractStart = in.take("contract_start");
    s.contractEnd = in.take("contract_end");
    s.reviewOn = in.take("review_on");
    s.owner = in.take("owner");
    s.exitTerms = in.take("exit_terms");
    s.notes = in.take("notes");
    size_t n = 0;
    if (auto st = in.count("targets", 999, ErrorCode::InvalidOperation, n); !st) return st;
    for (size_t i = 1; i <= n; ++i) {
        const std::string p = "target." + std::to_string(i);
        Target t{in.take(p + ".measure"), in.take(p + ".supplier"), in.take(p + ".customer"), in.take(p + ".unit")};
        if (auto st = choice(p + ".better", t.better, kBetterCodes); !st) return st;
        s.targets.push_back(std::move(t));
    }
    if (auto st = in.count("assurance", 999, ErrorCode::InvalidOperation, n); !st) return st;
    for (size_t i = 1; i <= n; ++i) {
        const std::string p = "assurance." + std::to_string(i);
        Assurance a;
        if (auto st = choice(p + ".kind", a.kind, kAssuranceKindCodes); !st) return st;
        a.reference = in.take(p + ".reference");
        a.expires = in.take(p + ".expires");
        s.assurance.push_back(std::move(a));
    }
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(s);
    return ok();
}

Status validate(const Workspace& ws, const Supplier& s) {
    if (isBlank(s.name)) return fail(ErrorCode::TitleMissing, s.id + ": name");
    for (const auto& [name, value] : fieldsOf(s)) {
        const bool longText = name == "services" || name == "exit_terms" || name == "notes";
        if (auto st = checkText(value, longText ? kMaxNoteBytes : kMaxShortBytes, name.c_str()); !st) return st;
    }
    if (auto st = dateOrEmpty(s.contractStart, "contract_start"); !st) return st;
    if (auto st = dateOrEmpty(s.contractEnd, "contract_end"); !st) return st;
    if (auto st = dateOrEmpty(s.reviewOn, "review_on"); !st) return st;
    if (!s.contractStart.empty() && !s.contractEnd.empty() && s.contractEnd < s.contractStart)
        return fail(ErrorCode::InvalidDate, "contract_end: " + s.contractEnd + " < " + s.contractStart);
    for (size_t i = 0; i < s.targets.size(); ++i) {
        const Target& t = s.targets[i];
        double v = 0;
        const std::string p = "target." + std::to_string(i + 1);
        if (isBlank(t.measure)) return fail(ErrorCode::TargetInvalid, p + ".measure");
        if (!t.supplier.empty() && !parseDecimal(t.supplier, v)) return fail(ErrorCode::TargetInvalid, p + ".supplier: " + t.supplier);
        if (!t.customer.empty() && !parseDecimal(t.customer, v)) return fail(ErrorCode::TargetInvalid, p + ".customer: " + t.customer);
    }
    for (size_t i = 0; i < s.assurance.size(); ++i)
        if (auto st = dateOrEmpty(s.assurance[i].expires, ("assurance." + std::to_string(i + 1) + ".expires").c_str()); !st) return st;
    if (s.kind == SupplierKind::ThirdParty && !s.via.empty()) {
        if (s.via == s.id) return fail(ErrorCode::UnknownId, "via: " + s.via);
        if (!ws.entities<Supplier>().find(s.via)) return fail(ErrorCode::UnknownId, "via: " + s.via);
    }
    return ok();
}

bool misaligned(const Target& t) {
    double sup = 0, cust = 0;
    if (!parseDecimal(t.supplier, sup) || !parseDecimal(t.customer, cust)) return false;
    return t.better == Better::Higher ? sup < cust : sup > cust;
}

SupplierFlags flagsOf(const Supplier& s, const std::string& today) {
    SupplierFlags f;
    if (!isValidDate(today)) return f;
    const std::string soon60 = addDays(today, 60), soon90 = addDays(today, 90);
    for (const Assurance& a : s.assurance) {
        if (a.expires.empty()) continue;
        if (a.expires < today) ++f.assuranceLapsed;
        else if (a.expires < soon60) ++f.assuranceExpiring;
    }
    for (const Target& t : s.targets) f.misalignedTargets += misaligned(t);
    f.contractEnded = !s.contractEnd.empty() && s.contractEnd < today;
    f.contractEnding = !f.contractEnded && !s.contractEnd.empty() && s.contractEnd < soon90;
    f.reviewOverdue = !s.reviewOn.empty() && s.reviewOn < today;
    f.noAssurance = s.assurance.empty() && s.kind != SupplierKind::Internal;
    return f;
}

} // namespace kanri::model::suppliers
