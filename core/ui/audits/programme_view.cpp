// The audit programme (9.2): a programme's period, objectives, extent and methods, its audits,
// and the coverage of clauses 4–10 as a heat map (audited, partly, planned, not covered, with the
// nonconformities found there).
#include "audits_ui.hpp"

#include "model/commands.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace au = model::audits;

namespace {

const Str kCoverageLabels[] = {Str::CovNone, Str::CovPlanned, Str::CovPartly, Str::CovAudited};

ImU32 coverageColour(au::Coverage c) {
    const Palette& p = palette();
    switch (c) {
    case au::Coverage::Audited: return p.ratingF;
    case au::Coverage::Partly: return p.ratingL;
    case au::Coverage::Planned: return p.ratingP;
    default: return p.unrated;
    }
}

void cell(App& app, const model::Clause& clause, const au::ClauseCoverage& c, float width) {
    const std::string label = clause.id + (c.nonconformities ? " " + std::string(icon::Warning) : std::string()) + "###cov:" + clause.id;
    ImGui::PushStyleColor(ImGuiCol_Button, coverageColour(c.coverage));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, coverageColour(c.coverage));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, coverageColour(c.coverage));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
    ImGui::Button(label.c_str(), ImVec2(width, 0));
    ImGui::PopStyleColor(4);
    const std::string state = tr(kCoverageLabels[static_cast<size_t>(c.coverage)]);
    hooks::labelLastItem(("covstate:" + clause.id).c_str(), state.c_str());
    if (ImGui::IsItemHovered()) {
        const std::string tip = clause.id + " " + clauseTitle(clause) + "\n" + state + "\n" +
                                i18n::fill(Str::CovTip, {{"audits", std::to_string(c.audits)}, {"ncs", std::to_string(c.nonconformities)}});
        ImGui::SetTooltip("%s", tip.c_str());
    }
    (void)app;
}

void heatMap(App& app, AuditsViewState& v, const au::AuditProgramme& p) {
    const float em = ImGui::GetFontSize();
    const model::Catalogue& cat = app.catalogue();
    const std::vector<au::ClauseCoverage> cov = au::coverage(app.workspace(), *v.index, p);
    int audited = 0, all = 0;
    for (size_t i = 0; i < cat.clauses().size(); ++i)
        if (cat.clauses()[i].depth == 1) {
            ++all;
            audited += cov[i].coverage == au::Coverage::Audited;
        }
    sectionHeader(tr(Str::CovTitle));
    const std::string summary = i18n::fill(Str::CovSummary, {{"audited", std::to_string(audited)}, {"all", std::to_string(all)}});
    textWrapped(summary.c_str(), ImGui::GetContentRegionAvail().x);
    hooks::labelLastItem("cov:summary", summary.c_str());
    // The legend.
    for (size_t c = 0; c < 4; ++c) {
        if (c) ImGui::SameLine(0, em);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + em * 0.2f), ImVec2(at.x + em * 0.8f, at.y + em), coverageColour(static_cast<au::Coverage>(c)), em * 0.15f);
        ImGui::Dummy(ImVec2(em, em));
        ImGui::SameLine(0, em * 0.3f);
        ImGui::TextUnformatted(tr(kCoverageLabels[c]));
    }
    ImGui::SameLine(0, em);
    ImGui::TextDisabled("%s %s", icon::Warning, tr(Str::CovNcLegend));
    // One row per clause 4–10: the clause, then its sub-clauses.
    const float width = em * 4.6f, spacing = ImGui::GetStyle().ItemSpacing.x, avail = ImGui::GetContentRegionAvail().x;
    for (int root : cat.roots()) {
        const model::Clause& r = cat.clauses()[size_t(root)];
        cell(app, r, cov[size_t(root)], em * 3);
        float used = em * 3 + spacing;
        for (int child : r.children) {
            if (used + width > avail) { // the row wraps under the sub-clauses, not under the clause
                ImGui::Dummy(ImVec2(em * 3, 0));
                used = em * 3 + spacing;
            }
            ImGui::SameLine();
            cell(app, cat.clauses()[size_t(child)], cov[size_t(child)], width);
            used += width + spacing;
        }
    }
}


void programmeDetail(App& app, AuditsViewState& v, const au::AuditProgramme& p) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(au::AuditProgramme::kKind), p.id};
    detailFrame(app, key, p.title.c_str(), [&] {
        textOf(app, key, Str::AudProgrammeTitle, "title", p.title, false, std::min(ImGui::GetContentRegionAvail().x, em * 30));
        dateOf(app, key, Str::AudPeriodStart, "start", p.start);
        ImGui::SameLine(0, em);
        dateOf(app, key, Str::AudPeriodEnd, "end", p.end);
        textOf(app, key, Str::AudObjectives, "objectives", p.objectives, true);
        textOf(app, key, Str::AudExtent, "extent", p.extent, true);
        textOf(app, key, Str::AudMethods, "methods", p.methods, true);
        textOf(app, key, Str::AudCriteria, "criteria", p.criteria, false);
        sectionHeader(tr(Str::AudTabAudits));
        const std::vector<const au::Audit*> audits = au::auditsOf(app.workspace(), *v.index, p);
        if (audits.empty()) textWrappedDisabled(tr(Str::AudNoAuditsInProgramme), ImGui::GetContentRegionAvail().x);
        for (const au::Audit* a : audits) {
            const std::string date = a->heldOn.empty() ? a->plannedOn : a->heldOn;
            const std::string label = a->id + "  " + a->title + (date.empty() ? "" : "  (" + date + ")") + "###paudit:" + a->id;
            if (ImGui::SmallButton(label.c_str())) openAudit(app, a->id);
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(a->closed() ? Str::AudStatusClosed : a->heldOn.empty() ? Str::AudStatusPlanned : Str::AudStatusInProgress));
        }
        heatMap(app, v, p);
        textOf(app, key, Str::AudProgrammeReview, "review", p.review, true);
    });
}

} // namespace

void drawProgramme(App& app, AuditsViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<au::AuditProgramme>().all();
    if (!ws.entities<au::AuditProgramme>().find(v.programme)) v.programme = all.empty() ? std::string() : all.back().id;
    if (!all.empty()) {
        std::vector<std::string> labels;
        int at = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            labels.push_back(all[i].id + "  " + all[i].title);
            if (all[i].id == v.programme) at = static_cast<int>(i);
        }
        if (choiceCombo("##programme", at, labels, std::min(ImGui::GetContentRegionAvail().x * 0.5f, em * 22))) v.programme = all[size_t(at)].id;
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::AudNewProgramme) + "###newprogramme").c_str())) {
        const std::string id = ws.nextId(au::AuditProgramme::kKind);
        if (app.execute(std::make_unique<model::PutEntity>(std::string(au::AuditProgramme::kKind), "", model::Fields{{"title", tr(Str::AudNewProgrammeTitle)}})))
            v.programme = id;
    }
    ImGui::EndDisabled();
    const au::AuditProgramme* p = ws.entities<au::AuditProgramme>().find(v.programme);
    if (!p) {
        textWrappedDisabled(tr(Str::AudProgrammeEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    ImGui::BeginChild("##programmedetail", ImVec2(0, 0), false);
    programmeDetail(app, v, *p);
    ImGui::EndChild();
    hooks::labelLastItem("programmedetail", "");
}

} // namespace kanri::ui
