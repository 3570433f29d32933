#include "model/suppliers/review.hpp"

#include "model/calendar.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::suppliers {
std::optional<bool> met(const TargetResult& r) {
    double target = 0, actual = 0;
    if (!parseDecimal(r.target, target) || !parseDecimal(r.actual, actual)) return std::nullopt;
    return r.better == Better::Higher ? actual >= target : actual <= target;
}

Fields fieldsOf(const SupplierReview& r) {
    Fields f{{"from", r.from}, {"to", r.to}, {"held_on", r.heldOn}, {"reviewer", r.reviewer},
             {"result", std::string(codeOf(r.result, kReviewResultCodes))}, {"summary", r.summary}, {"follow_up", r.followUp},
             {"results", r.results.empty() ? std::string() : std::to_string(r.results.size())}};
    for (size_t i = 0; i < r.results.size(); ++i) {
        const TargetResult& t = r.results[i];
        const std::string p = "result." + std::to_string(i + 1);
        f.emplace_back(p + ".measure", t.measure);
        f.emplace_back(p + ".target", t.target);
        f.emplace_back(p + ".actual", t.actual);
        f.emplace_back(p + ".unit", t.unit);
        f.emplace_back(p + ".better", t.better == Better::Higher ? std::string() : std::string(codeOf(t.better, kBetterCodes)));
    }
    return f;
}

Status fromFields(const Fields& fields, SupplierReview& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    SupplierReview r;
    r.from = in.take("from");
    r.to = in.take("to");
    r.heldOn = in.take("held_on");
    r.reviewer = in.take("reviewer");
    if (const std::string c = in.take("result"); !c.empty() && !enumFromCode(c, kReviewResultCodes, r.result))
        return fail(ErrorCode::UnknownChoice, "result: " + c);
    r.summary = in.take("summary");
    r.followUp = in.take("follow_up");
    size_t n = 0;
    if (auto st = in.count("results", 999, ErrorCode::InvalidOperation, n); !st) return st;
    for (size_t i = 1; i <= n; ++i) {
        const std::string p = "result." + std::to_string(i);
        TargetResult t{in.take(p + ".measure"), in.take(p + ".target"), in.take(p + ".actual"), in.take(p + ".unit")};
        if (const std::string b = in.take(p + ".better"); !b.empty() && !enumFromCode(b, kBetterCodes, t.better))
            return fail(ErrorCode::UnknownChoice, p + ".better: " + b);
        r.results.push_back(std::move(t));
    }
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(r);
    return ok();
}

Status validate(const Workspace&, const SupplierReview& r) {
    for (const auto& [d, name] : {std::pair{&r.from, "from"}, {&r.to, "to"}, {&r.heldOn, "held_on"}})
        if (auto s = dateOrEmpty(*d, name); !s) return s;
    if (!r.from.empty() && !r.to.empty() && r.to < r.from) return fail(ErrorCode::PeriodInvalid, r.from + " – " + r.to);
    for (size_t i = 0; i < r.results.size(); ++i) {
        const TargetResult& t = r.results[i];
        double v = 0;
        const std::string p = "result." + std::to_string(i + 1);
        if (isBlank(t.measure)) return fail(ErrorCode::TargetInvalid, p + ".measure");
        if (!t.target.empty() && !parseDecimal(t.target, v)) return fail(ErrorCode::TargetInvalid, p + ".target: " + t.target);
        if (!t.actual.empty() && !parseDecimal(t.actual, v)) return fail(ErrorCode::TargetInvalid, p + ".actual: " + t.actual);
    }
    for (const auto& [name, value] : fieldsOf(r)) {
        const bool longText = name == "summary" || name == "follow_up";
        if (auto s = checkText(value, longText ? kMaxNoteBytes : kMaxShortBytes, name.c_str()); !s) return s;
    }
    return ok();
}

std::vector<const SupplierReview*> reviewsOf(const Workspace& ws, std::string_view supplierId) {
    std::vector<const SupplierReview*> out;
    for (const Link& l : ws.linksTo({std::string(Supplier::kKind), std::string(supplierId)}))
        if (l.relation == kReviewSupplier)
            if (const SupplierReview* r = ws.entities<SupplierReview>().find(l.from.id)) out.push_back(r);
    std::stable_sort(out.begin(), out.end(), [](const SupplierReview* a, const SupplierReview* b) {
        if (a->heldOn.empty() != b->heldOn.empty()) return b->heldOn.empty();
        return a->heldOn > b->heldOn;
    });
    return out;
}

std::string supplierOfReview(const Workspace& ws, std::string_view reviewId) {
    for (const Link& l : ws.linksFrom({std::string(SupplierReview::kKind), std::string(reviewId)}))
        if (l.relation == kReviewSupplier) return l.to.id;
    return {};
}

EntityKey raisedFromReview(const Workspace& ws, std::string_view reviewId) {
    for (const Link& l : ws.linksTo({std::string(SupplierReview::kKind), std::string(reviewId)}))
        if (l.relation == kNcSupplierReview || l.relation == kOfiSupplierReview) return l.from;
    return {};
}

} // namespace kanri::model::suppliers
