#include "model/risks/risk.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::risks {
namespace {

bool parseLevel(const std::string& t, int& out) {
    if (t.empty()) {
        out = 0;
        return true;
    }
    if (t.size() != 1 || t[0] < '0' || t[0] > '9') return false;
    out = t[0] - '0';
    return true;
}

Status onScale(const RiskMatrix& m, const RiskRating& r, const char* which) {
    const bool half = (r.likelihood == 0) != (r.impact == 0);
    if (half) return fail(ErrorCode::RiskOutsideScale, std::string(which) + ": likelihood and impact go together");
    if (r.likelihood < 0 || r.impact < 0 || r.likelihood > m.likelihoods || r.impact > m.impacts)
        return fail(ErrorCode::RiskOutsideScale, std::string(which) + ": " + std::to_string(r.likelihood) + "×" + std::to_string(r.impact) + " on a " +
                                                     std::to_string(m.likelihoods) + "×" + std::to_string(m.impacts) + " matrix");
    return ok();
}

} // namespace

int cadenceMonths(Cadence c) {
    switch (c) {
    case Cadence::Monthly: return 1;
    case Cadence::Quarterly: return 3;
    case Cadence::HalfYearly: return 6;
    case Cadence::Yearly: return 12;
    case Cadence::None: break;
    }
    return 0;
}

RiskRating effectiveResidual(const Risk& r) { return r.residual.rated() ? r.residual : r.inherent; }

Fields fieldsOf(const Risk& r) {
    auto level = [](int v) { return v == 0 ? std::string() : std::to_string(v); };
    return {
        {"title", r.title},
        {"description", r.description},
        {"category", std::string(codeOf(r.category, kCategoryCodes))},
        {"scope", std::string(codeOf(r.scope, kScopeCodes))},
        {"nature", std::string(codeOf(r.nature, kNatureCodes))},
        {"services", r.services},
        {"suppliers", r.suppliers},
        {"cause", r.cause},
        {"event", r.event},
        {"consequence", r.consequence},
        {"owner", r.owner},
        {"controls", r.controls},
        {"inherent_likelihood", level(r.inherent.likelihood)},
        {"inherent_impact", level(r.inherent.impact)},
        {"treatment", std::string(codeOf(r.treatment, kTreatmentCodes))},
        {"plan", r.plan},
        {"residual_likelihood", level(r.residual.likelihood)},
        {"residual_impact", level(r.residual.impact)},
        {"residual_reason", r.residualReason},
        {"status", std::string(codeOf(r.status, kStatusCodes))},
        {"cadence", std::string(codeOf(r.cadence, kCadenceCodes))},
        {"last_review", r.lastReview},
        {"next_review", r.nextReview},
        {"accepted_by", r.acceptance.by},
        {"accepted_role", r.acceptance.role},
        {"accepted_on", r.acceptance.on},
        {"accepted_until", r.acceptance.until},
        {"accepted_band", r.acceptance.band},
        {"accepted_likelihood", level(r.acceptance.residual.likelihood)},
        {"accepted_impact", level(r.acceptance.residual.impact)},
        {"accepted_rationale", r.acceptance.rationale},
        {"accepted_above_reason", r.acceptance.aboveReason},
    };
}

namespace {

// How each field is read, in the order fieldsOf writes them: found at its expected place
// first, so reading 10,000 risks from storage does no searching.
struct FieldReader {
    std::string_view name;
    std::string* (*text)(Risk&) = nullptr;
    int* (*level)(Risk&) = nullptr;
    bool (*choice)(Risk&, std::string_view) = nullptr;
};

const FieldReader kReaders[] = {
    {"title", [](Risk& r) { return &r.title; }},
    {"description", [](Risk& r) { return &r.description; }},
    {"category", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kCategoryCodes, r.category); }},
    {"scope", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kScopeCodes, r.scope); }},
    {"nature", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kNatureCodes, r.nature); }},
    {"services", [](Risk& r) { return &r.services; }},
    {"suppliers", [](Risk& r) { return &r.suppliers; }},
    {"cause", [](Risk& r) { return &r.cause; }},
    {"event", [](Risk& r) { return &r.event; }},
    {"consequence", [](Risk& r) { return &r.consequence; }},
    {"owner", [](Risk& r) { return &r.owner; }},
    {"controls", [](Risk& r) { return &r.controls; }},
    {"inherent_likelihood", nullptr, [](Risk& r) { return &r.inherent.likelihood; }},
    {"inherent_impact", nullptr, [](Risk& r) { return &r.inherent.impact; }},
    {"treatment", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kTreatmentCodes, r.treatment); }},
    {"plan", [](Risk& r) { return &r.plan; }},
    {"residual_likelihood", nullptr, [](Risk& r) { return &r.residual.likelihood; }},
    {"residual_impact", nullptr, [](Risk& r) { return &r.residual.impact; }},
    {"residual_reason", [](Risk& r) { return &r.residualReason; }},
    {"status", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kStatusCodes, r.status); }},
    {"cadence", nullptr, nullptr, [](Risk& r, std::string_view v) { return enumFromCode(v, kCadenceCodes, r.cadence); }},
    {"last_review", [](Risk& r) { return &r.lastReview; }},
    {"next_review", [](Risk& r) { return &r.nextReview; }},
    {"accepted_by", [](Risk& r) { return &r.acceptance.by; }},
    {"accepted_role", [](Risk& r) { return &r.acceptance.role; }},
    {"accepted_on", [](Risk& r) { return &r.acceptance.on; }},
    {"accepted_until", [](Risk& r) { return &r.acceptance.until; }},
    {"accepted_band", [](Risk& r) { return &r.acceptance.band; }},
    {"accepted_likelihood", nullptr, [](Risk& r) { return &r.acceptance.residual.likelihood; }},
    {"accepted_impact", nullptr, [](Risk& r) { return &r.acceptance.residual.impact; }},
    {"accepted_rationale", [](Risk& r) { return &r.acceptance.rationale; }},
    {"accepted_above_reason", [](Risk& r) { return &r.acceptance.aboveReason; }},
};
constexpr size_t kReaderCount = sizeof kReaders / sizeof kReaders[0];

} // namespace

Status fromFields(const Fields& fields, Risk& out) {
    Risk r;
    size_t hint = 0;
    for (const auto& field : fields) {
        const std::string& name = field.first;
        const std::string& value = field.second;
        const FieldReader* reader = nullptr;
        for (size_t k = 0; k < kReaderCount && !reader; ++k) {
            const size_t at = (hint + k) % kReaderCount;
            if (kReaders[at].name == name) {
                reader = &kReaders[at];
                hint = at + 1;
            }
        }
        if (!reader) return fail(ErrorCode::InvalidOperation, "unknown field " + name);
        if (reader->text) *reader->text(r) = value;
        else if (reader->level) {
            if (!parseLevel(value, *reader->level(r))) return fail(ErrorCode::RiskOutsideScale, name + ": " + value);
        } else if (!reader->choice(r, value)) {
            return fail(ErrorCode::UnknownChoice, name + ": " + value);
        }
    }
    out = std::move(r);
    return ok();
}

Status validateOn(const RiskMatrix& m, const Risk& r) {
    if (r.title.find_first_not_of(" \t\r\n") == std::string::npos) return fail(ErrorCode::TitleMissing, r.id);
    for (const auto& [name, value] : fieldsOf(r)) {
        const bool longText = name == "description" || name == "plan" || name == "controls" || name == "cause" || name == "event" ||
                              name == "consequence" || name == "residual_reason" || name == "accepted_rationale" ||
                              name == "accepted_above_reason";
        if (auto s = checkText(value, longText ? kMaxNoteBytes : kMaxShortBytes, name.c_str()); !s) return s;
    }
    if (auto s = onScale(m, r.inherent, "inherent"); !s) return s;
    if (auto s = onScale(m, r.residual, "residual"); !s) return s;
    if (r.inherent.rated() && r.residual.rated() && r.residual.score() > r.inherent.score() &&
        r.residualReason.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail(ErrorCode::ResidualNeedsReason, r.id);
    if (r.treatment == Treatment::Pursue && r.nature != Nature::Opportunity) return fail(ErrorCode::PursueIsForOpportunities, r.id);
    if (auto s = dateOrEmpty(r.lastReview, "last_review"); !s) return s;
    if (auto s = dateOrEmpty(r.nextReview, "next_review"); !s) return s;
    const Acceptance& a = r.acceptance;
    if (auto s = dateOrEmpty(a.on, "accepted_on"); !s) return s;
    if (auto s = dateOrEmpty(a.until, "accepted_until"); !s) return s;
    if (a.recorded()) {
        auto blank = [](const std::string& t) { return t.find_first_not_of(" \t\r\n") == std::string::npos; };
        if (blank(a.by) || a.until.empty() || a.until <= a.on || blank(a.rationale) || !a.residual.rated())
            return fail(ErrorCode::AcceptanceIncomplete, r.id);
        // A band the matrix no longer has is not refused here: the acceptance has lapsed (register.hpp).
        const Band* band = findBand(m, a.band);
        if (band && !band->acceptable && blank(a.aboveReason)) return fail(ErrorCode::AcceptanceNeedsReason, r.id);
    } else if (r.status == RiskStatus::Accepted) {
        return fail(ErrorCode::AcceptanceIncomplete, r.id);
    }
    return ok();
}

Status validate(const Workspace& ws, const Risk& r) { return validateOn(matrixOf(ws), r); }

} // namespace kanri::model::risks
