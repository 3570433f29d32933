// The register's table: the columns (computed ones sort by score, draw band chips, mark
// overdue reviews and lapsed acceptances) and the module's filter over the shared entity table.
#include "risks_ui.hpp"

#include "ui/entity_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace risks = model::risks;

namespace {

std::string filterKey(const risks::RegisterFilter& f, const std::string& today) {
    return std::to_string(f.category ? static_cast<int>(*f.category) : -1) + "|" + std::to_string(f.status ? static_cast<int>(*f.status) : -1) + "|" + f.owner +
           "|" + f.band + "|" + std::to_string(f.overdue) + std::to_string(f.lapsed) + "|" + std::to_string(f.likelihood) + "x" +
           std::to_string(f.impact) + std::to_string(f.cellResidual) + "|" + today;
}

void ratingCell(App& app, size_t index, const std::string& text, bool residual) {
    const risks::RiskMatrix& m = risks::matrixOf(app.workspace());
    const risks::Risk& r = allRisks(app)[index];
    const risks::RiskRating at = residual ? risks::effectiveResidual(r) : r.inherent;
    bandChip(m, at.rated() ? risks::bandOf(m, at.likelihood, at.impact) : nullptr, text, ImGui::GetContentRegionAvail().x);
}

} // namespace

void registerTable(App& app, RisksViewState& v, float height, bool narrow) {
    const risks::RiskMatrix& m = risks::matrixOf(app.workspace());
    const std::string today = localToday(app);
    auto risk = [&app](size_t i) -> const risks::Risk& { return allRisks(app)[i]; };
    auto rating = [&m, risk](size_t i, bool residual) -> std::string {
        const risks::RiskRating at = residual ? risks::effectiveResidual(risk(i)) : risk(i).inherent;
        const risks::Band* b = at.rated() ? risks::bandOf(m, at.likelihood, at.impact) : nullptr;
        return b ? bandLabel(*b) + " " + std::to_string(at.score()) : std::string(tr(Str::RiskNotRated));
    };
    auto score = [risk](size_t i, bool residual) {
        const risks::RiskRating at = residual ? risks::effectiveResidual(risk(i)) : risk(i).inherent;
        return std::to_string(at.rated() ? at.score() : 0);
    };
    const TableColumn columns[] = {
        {Str::RiskColId, "id", 4.0f},
        {Str::RiskColTitle, "title", -3.0f},
        {Str::RiskColCategory, "category", -1.4f, [risk](size_t i) { return std::string(tr(categoryLabel(risk(i).category))); }},
        {Str::RiskColOwner, "owner", -1.0f},
        {Str::RiskColInherent, "inherent", 6.0f, [rating](size_t i) { return rating(i, false); }, [score](size_t i) { return score(i, false); },
         [&app](size_t i, const std::string& t) { ratingCell(app, i, t, false); }},
        {Str::RiskColResidual, "residual", 6.0f, [rating](size_t i) { return rating(i, true); }, [score](size_t i) { return score(i, true); },
         [&app](size_t i, const std::string& t) { ratingCell(app, i, t, true); }},
        {Str::RiskColStatus, "status", 5.5f, [risk](size_t i) { return std::string(tr(statusLabel(risk(i).status))); }},
        {Str::RiskColNextReview, "next_review", 6.0f, nullptr, nullptr,
         [&app, &m, today](size_t i, const std::string& t) {
             const bool late = risks::assess(m, allRisks(app)[i], today).reviewOverdue;
             textEllipsis(t.c_str(), 0, late ? &palette().bad : nullptr);
         }},
        {Str::RiskColAcceptance, "acceptance", 5.5f,
         [&app, &m, today](size_t i) {
             const risks::Assessed a = risks::assess(m, allRisks(app)[i], today);
             if (a.acceptance == risks::AcceptanceState::None) return std::string("—");
             return std::string(tr(acceptanceLabel(a.acceptance))) + (a.acceptedAboveCriterion ? " !" : "");
         },
         nullptr,
         [&app, &m, today](size_t i, const std::string& t) {
             const risks::Assessed a = risks::assess(m, allRisks(app)[i], today);
             textEllipsis(t.c_str(), 0, a.lapsed() ? &palette().bad : a.acceptance == risks::AcceptanceState::None ? &palette().muted : nullptr);
         }},
    };
    const RowFilter filter{filterKey(v.filter, today), [&app, &m, &v, today](size_t i) {
                               const risks::Risk& r = allRisks(app)[i];
                               return risks::matches(v.filter, r, risks::assess(m, r, today));
                           }};
    std::span<const TableColumn> shown(columns);
    // A narrow register keeps the columns that say the most.
    std::vector<TableColumn> few;
    if (narrow) {
        for (size_t c : {0u, 1u, 4u, 5u, 6u}) few.push_back(columns[c]);
        shown = few;
    }
    if (auto opened = entityTable(app, "register", risks::Risk::kKind, shown, v.table, height, &filter, narrow)) selectRisk(app, *opened);
}

} // namespace kanri::ui
