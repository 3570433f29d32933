#include "model/risks/register.hpp"

#include "model/text.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <cstdio>

namespace kanri::model::risks {

Assessed assess(const RiskMatrix& m, const Risk& r, std::string_view today) {
    Assessed a;
    const RiskRating residual = effectiveResidual(r);
    if (r.inherent.rated()) {
        a.inherentBand = bandOf(m, r.inherent.likelihood, r.inherent.impact);
        a.inherentScore = r.inherent.score();
    }
    if (residual.rated()) {
        a.residualBand = bandOf(m, residual.likelihood, residual.impact);
        a.residualScore = residual.score();
    }
    if (r.acceptance.recorded()) {
        if (!today.empty() && r.acceptance.until < today) a.acceptance = AcceptanceState::Expired;
        else if (r.acceptance.residual != residual || !a.residualBand || a.residualBand->code != r.acceptance.band)
            a.acceptance = AcceptanceState::Changed;
        else a.acceptance = AcceptanceState::Valid;
        const Band* accepted = findBand(m, r.acceptance.band);
        a.acceptedAboveCriterion = accepted && !accepted->acceptable;
    }
    a.reviewOverdue = r.status != RiskStatus::Closed && !r.nextReview.empty() && !today.empty() && r.nextReview < today;
    return a;
}

std::string_view acceptanceCode(AcceptanceState s) {
    switch (s) {
    case AcceptanceState::Valid: return "valid";
    case AcceptanceState::Expired: return "expired";
    case AcceptanceState::Changed: return "changed";
    case AcceptanceState::None: break;
    }
    return "none";
}

std::string addMonths(std::string_view date, int months) {
    if (!isValidDate(date)) return {};
    int y = std::stoi(std::string(date.substr(0, 4))), m = std::stoi(std::string(date.substr(5, 2))), d = std::stoi(std::string(date.substr(8, 2)));
    const int total = y * 12 + (m - 1) + months;
    y = total / 12;
    m = total % 12 + 1;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int last = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
    if (y < 1 || y > 9999) return {};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d > last ? last : d);
    return out;
}

MatrixPreview previewMatrix(const Workspace& ws, const RiskMatrix& next, std::string_view today) {
    MatrixPreview p;
    const RiskMatrix& now = matrixOf(ws);
    auto code = [](const Band* b) { return b ? b->code : std::string(); };
    for (const Risk& r : ws.entities<Risk>().all()) {
        const RiskRating residual = effectiveResidual(r);
        if (r.inherent.likelihood > next.likelihoods || r.inherent.impact > next.impacts || residual.likelihood > next.likelihoods ||
            residual.impact > next.impacts) {
            p.outOfScale.push_back(r.id);
            continue;
        }
        const Assessed before = assess(now, r, today), after = assess(next, r, today);
        if (code(before.inherentBand) != code(after.inherentBand)) p.changes.push_back({r.id, false, code(before.inherentBand), code(after.inherentBand)});
        if (code(before.residualBand) != code(after.residualBand)) p.changes.push_back({r.id, true, code(before.residualBand), code(after.residualBand)});
        if (before.acceptance == AcceptanceState::Valid && after.acceptance != AcceptanceState::Valid) p.lapsing.push_back(r.id);
    }
    return p;
}

bool matches(const RegisterFilter& f, const Risk& r, const Assessed& a) {
    if (f.category && r.category != *f.category) return false;
    if (f.status && r.status != *f.status) return false;
    if (!f.owner.empty() && r.owner != f.owner) return false;
    if (!f.band.empty() && (!a.residualBand || a.residualBand->code != f.band)) return false;
    if (f.overdue && !a.reviewOverdue) return false;
    if (f.lapsed && !a.lapsed()) return false;
    if (f.likelihood > 0) {
        const RiskRating at = f.cellResidual ? effectiveResidual(r) : r.inherent;
        if (at.likelihood != f.likelihood || at.impact != f.impact) return false;
    }
    if (!f.text.empty()) {
        bool found = false;
        for (const std::string* t : {&r.id, &r.title, &r.description, &r.owner, &r.cause, &r.event, &r.consequence, &r.controls, &r.plan})
            found = found || text::containsFolded(*t, f.text);
        if (!found) return false;
    }
    return true;
}

Counts countRegister(const Workspace& ws, std::string_view today) {
    Counts c;
    const RiskMatrix& m = matrixOf(ws);
    for (const Risk& r : ws.entities<Risk>().all()) {
        ++c.risks;
        const Assessed a = assess(m, r, today);
        if (a.reviewOverdue) ++c.overdue;
        if (a.lapsed()) ++c.lapsed;
        if (a.acceptance == AcceptanceState::Valid && a.acceptedAboveCriterion) ++c.aboveCriterion;
    }
    return c;
}

} // namespace kanri::model::risks
