#include "model/risks/risk.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>
#include <map>

namespace kanri::model::risks {
namespace {

std::string num(int v) { return std::to_string(v); }

bool parseLevel(const std::string& t, int& out) {
    if (t.empty()) {
        out = 0;
        return true;
    }
    if (t.size() != 1 || t[0] < '0' || t[0] > '9') return false;
    out = t[0] - '0';
    return true;
}

Status dateOrEmpty(const std::string& d, const char* field) {
    if (!d.empty() && !isValidDate(d)) return fail(ErrorCode::InvalidDate, std::string(field) + ": " + d);
    return ok();
}

Status onScale(const RiskMatrix& m, const RiskRating& r, const char* which) {
    const bool half = (r.likelihood == 0) != (r.impact == 0);
    if (half) return fail(ErrorCode::RiskOutsideScale, std::string(which) + ": likelihood and impact go together");
    if (r.likelihood < 0 || r.impact < 0 || r.likelihood > m.likelihoods || r.impact > m.impacts)
        return fail(ErrorCode::RiskOutsideScale, std::string(which) + ": " + num(r.likelihood) + "×" + num(r.impact) + " on a " +
                                                     num(m.likelihoods) + "×" + num(m.impacts) + " matrix");
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
    auto level = [](int v) { return v == 0 ? std::string() : num(v); };
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

Status fromFields(const Fields& fields, Risk& out) {
    Risk r;
    std::map<std::string_view, std::string*> texts = {
        {"title", &r.title}, {"description", &r.description}, {"services", &r.services}, {"suppliers", &r.suppliers},
        {"cause", &r.cause}, {"event", &r.event}, {"consequence", &r.consequence}, {"owner", &r.owner},
        {"controls", &r.controls}, {"plan", &r.plan}, {"residual_reason", &r.residualReason}, {"last_review", &r.lastReview},
        {"next_review", &r.nextReview}, {"accepted_by", &r.acceptance.by}, {"accepted_role", &r.acceptance.role},
        {"accepted_on", &r.acceptance.on}, {"accepted_until", &r.acceptance.until}, {"accepted_band", &r.acceptance.band},
        {"accepted_rationale", &r.acceptance.rationale}, {"accepted_above_reason", &r.acceptance.aboveReason}};
    std::map<std::string_view, int*> levels = {
        {"inherent_likelihood", &r.inherent.likelihood}, {"inherent_impact", &r.inherent.impact},
        {"residual_likelihood", &r.residual.likelihood}, {"residual_impact", &r.residual.impact},
        {"accepted_likelihood", &r.acceptance.residual.likelihood}, {"accepted_impact", &r.acceptance.residual.impact}};
    for (const auto& field : fields) {
        const std::string& name = field.first;
        const std::string& value = field.second;
        auto bad = [&] { return fail(ErrorCode::UnknownChoice, name + ": " + value); };
        if (auto t = texts.find(name); t != texts.end()) *t->second = value;
        else if (auto l = levels.find(name); l != levels.end()) {
            if (!parseLevel(value, *l->second)) return fail(ErrorCode::RiskOutsideScale, name + ": " + value);
        } else if (name == "category") {
            if (!enumFromCode(value, kCategoryCodes, r.category)) return bad();
        } else if (name == "scope") {
            if (!enumFromCode(value, kScopeCodes, r.scope)) return bad();
        } else if (name == "nature") {
            if (!enumFromCode(value, kNatureCodes, r.nature)) return bad();
        } else if (name == "treatment") {
            if (!enumFromCode(value, kTreatmentCodes, r.treatment)) return bad();
        } else if (name == "status") {
            if (!enumFromCode(value, kStatusCodes, r.status)) return bad();
        } else if (name == "cadence") {
            if (!enumFromCode(value, kCadenceCodes, r.cadence)) return bad();
        } else {
            return fail(ErrorCode::InvalidOperation, "unknown field " + name);
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
