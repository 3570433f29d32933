// The matrix editor: sizes, bands with their acceptance criteria, level labels, impact anchors
// and a lookup grid, edited as a draft; what applying it would do is shown first (risks that
// change band, acceptances that would lapse, risks beyond the new scales), and it applies as
// one undoable edit.
#include "risks_ui.hpp"

#include "model/risks/commands.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace risks = model::risks;

namespace {

risks::Lang lang() { return i18n::language() == i18n::Lang::Ja ? risks::Ja : risks::En; }

void sizes(risks::RiskMatrix& d) {
    const std::vector<std::string> levels{"3", "4", "5"};
    int l = d.likelihoods - 3, i = d.impacts - 3;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::RiskMatrixLevelsL));
    ImGui::SameLine();
    const bool a = choiceCombo("##mlikelihoods", l, levels, ImGui::GetFontSize() * 4);
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::TextUnformatted(tr(Str::RiskMatrixLevelsI));
    ImGui::SameLine();
    const bool b = choiceCombo("##mimpacts", i, levels, ImGui::GetFontSize() * 4);
    if (a || b) d = risks::resized(d, l + 3, i + 3);
}

void bands(risks::RiskMatrix& d) {
    sectionHeader(tr(Str::RiskMatrixBands));
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("##bands", 6, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr(Str::RiskMatrixBandLabel), ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn("English", ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableSetupColumn("日本語", ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableSetupColumn(tr(Str::RiskMatrixBandMin), ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn(tr(Str::RiskMatrixBandAcceptable), ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn(tr(Str::RiskMatrixBandCriterion), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableHeadersRow();
    for (size_t b = 0; b < d.bands.size(); ++b) {
        risks::Band& band = d.bands[b];
        ImGui::PushID(band.code.c_str()); // tests name a band's fields ["medium", "min"]
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
        bandChip(d, &band, bandLabel(band), em * 5.5f);
        ImGui::TableSetColumnIndex(1);
        inputString("##en", "", band.label[risks::En], -1);
        ImGui::TableSetColumnIndex(2);
        inputString("##ja", "", band.label[risks::Ja], -1);
        ImGui::TableSetColumnIndex(3);
        ImGui::SetNextItemWidth(-1);
        ImGui::BeginDisabled(b == 0); // the lowest band starts at 1
        if (ImGui::InputInt("##min", &band.minScore, 0, 0)) band.minScore = std::clamp(band.minScore, 1, 25);
        hooks::labelLastItem(("band:min:" + band.code).c_str(), std::to_string(band.minScore).c_str());
        ImGui::EndDisabled();
        ImGui::TableSetColumnIndex(4);
        ImGui::Checkbox("##acceptable", &band.acceptable);
        hooks::labelLastItem(("band:acceptable:" + band.code).c_str(), band.acceptable ? "yes" : "no");
        ImGui::TableSetColumnIndex(5);
        inputString("##criterion", "", band.criterion[lang()], -1);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void labels(risks::RiskMatrix& d) {
    if (!ImGui::CollapsingHeader(tr(Str::RiskMatrixScales))) return;
    if (!ImGui::BeginTable("##levels", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2);
    ImGui::TableSetupColumn(tr(Str::RiskLikelihood));
    ImGui::TableSetupColumn(tr(Str::RiskImpact));
    ImGui::TableHeadersRow();
    for (int level = 1; level <= std::max(d.likelihoods, d.impacts); ++level) {
        ImGui::PushID(level);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%d", level);
        ImGui::TableSetColumnIndex(1);
        if (level <= d.likelihoods) inputString("##l", "", d.likelihoodLabels[static_cast<size_t>(level - 1)][lang()], -1);
        ImGui::TableSetColumnIndex(2);
        if (level <= d.impacts) inputString("##i", "", d.impactLabels[static_cast<size_t>(level - 1)][lang()], -1);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void anchors(risks::RiskMatrix& d) {
    if (!ImGui::CollapsingHeader(tr(Str::RiskMatrixAnchors))) return;
    static const Str kDims[] = {Str::RiskDimAvailability, Str::RiskDimCustomers, Str::RiskDimSecurity, Str::RiskDimLegal, Str::RiskDimFinancial};
    if (!ImGui::BeginTable("##anchors", 6, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_ScrollX)) return;
    ImGui::TableSetupColumn(tr(Str::RiskImpact), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    for (Str dim : kDims) ImGui::TableSetupColumn(tr(dim), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 12);
    ImGui::TableHeadersRow();
    for (int level = 1; level <= d.impacts; ++level) {
        ImGui::PushID(level);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        textEllipsis((std::to_string(level) + " " + levelText(d.impactLabels[static_cast<size_t>(level - 1)])).c_str());
        for (size_t dim = 0; dim < d.anchors.size(); ++dim) {
            ImGui::TableSetColumnIndex(static_cast<int>(dim) + 1);
            ImGui::PushID(static_cast<int>(dim));
            inputString("##a", "", d.anchors[dim][static_cast<size_t>(level - 1)][lang()], -1);
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void grid(risks::RiskMatrix& d) {
    bool on = !d.grid.empty();
    if (ImGui::Checkbox(tr(Str::RiskMatrixGrid), &on)) {
        d.grid.clear();
        if (on)
            for (int l = 1; l <= d.likelihoods; ++l)
                for (int i = 1; i <= d.impacts; ++i) d.grid.push_back(static_cast<int>(*risks::bandIndex(d, l, i)));
    }
    hooks::labelLastItem("matrix:grid", on ? "on" : "off");
    if (!on) return;
    textWrappedDisabled(tr(Str::RiskMatrixGridTip));
    const float em = ImGui::GetFontSize();
    for (int l = d.likelihoods; l >= 1; --l) {
        ImGui::Text("%d", l);
        for (int i = 1; i <= d.impacts; ++i) {
            ImGui::SameLine();
            int& cell = d.grid[static_cast<size_t>((l - 1) * d.impacts + (i - 1))];
            const risks::Band& band = d.bands[static_cast<size_t>(std::clamp(cell, 0, static_cast<int>(d.bands.size()) - 1))];
            const ImVec2 at = ImGui::GetCursorScreenPos();
            bandChip(d, &band, bandLabel(band), em * 5);
            ImGui::SetCursorScreenPos(at);
            const std::string id = "gridcell:" + std::to_string(l) + ":" + std::to_string(i);
            if (ImGui::InvisibleButton(id.c_str(), ImVec2(em * 5, ImGui::GetTextLineHeight())))
                cell = (cell + 1) % static_cast<int>(d.bands.size());
            hooks::labelLastItem(id.c_str(), band.code.c_str());
        }
    }
}

std::string joined(const std::vector<std::string>& ids, size_t most = 12) {
    std::string out;
    for (size_t i = 0; i < ids.size() && i < most; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > most) out += ", …";
    return out;
}

void preview(App& app, RisksViewState& v, const risks::RiskMatrix& current) {
    const risks::RiskMatrix& d = *v.draft;
    ImGui::Separator();
    sectionHeader(tr(Str::RiskMatrixPreview));
    if (d == current) {
        ImGui::TextDisabled("%s", tr(Str::RiskMatrixUnchanged));
        hooks::labelLastItem("matrix:preview", tr(Str::RiskMatrixUnchanged));
        return;
    }
    const Status shape = risks::validateShape(d);
    bool canApply = shape.ok();
    if (!shape) {
        ImGui::TextColored(palette().bad, "%s %s", icon::Warning, i18n::message(shape.error()).c_str());
    } else {
        const risks::MatrixPreview p = risks::previewMatrix(app.workspace(), d, localToday(app));
        if (p.changes.empty()) ImGui::TextUnformatted(tr(Str::RiskMatrixNoChange));
        else ImGui::TextUnformatted(i18n::fill(Str::RiskMatrixChanges, {{"count", std::to_string(p.changes.size())}}).c_str());
        hooks::labelLastItem("matrix:preview", std::to_string(p.changes.size()).c_str());
        auto label = [&](const risks::RiskMatrix& m, const std::string& code) {
            const risks::Band* b = risks::findBand(m, code);
            return b ? bandLabel(*b) : code.empty() ? std::string("—") : code;
        };
        ImGui::BeginChild("##changes", ImVec2(0, std::min<float>(8, static_cast<float>(p.changes.size())) * ImGui::GetTextLineHeightWithSpacing() + 4), false);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(p.changes.size()));
        while (clipper.Step())
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const risks::BandChange& c = p.changes[static_cast<size_t>(r)];
                ImGui::TextUnformatted(i18n::fill(Str::RiskMatrixChange, {{"id", c.riskId}, {"which", tr(c.residual ? Str::RiskColResidual : Str::RiskColInherent)},
                                                                          {"from", label(current, c.from)}, {"to", label(d, c.to)}})
                                           .c_str());
            }
        ImGui::EndChild();
        if (!p.lapsing.empty())
            ImGui::TextColored(palette().warn, "%s %s", icon::Warning,
                               i18n::fill(Str::RiskMatrixLapsing, {{"count", std::to_string(p.lapsing.size())}, {"ids", joined(p.lapsing)}}).c_str());
        if (!p.outOfScale.empty()) {
            ImGui::TextColored(palette().bad, "%s %s", icon::Warning, i18n::fill(Str::RiskMatrixOutside, {{"ids", joined(p.outOfScale)}}).c_str());
            canApply = false;
        }
    }
    ImGui::BeginDisabled(!canApply || app.readOnly());
    if (ImGui::Button((std::string(icon::CheckOk) + "  " + tr(Str::RiskMatrixApply) + "###apply").c_str())) {
        if (app.execute(risks::setMatrix(app.workspace(), d))) {
            v.draftBase = d;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Undo) + "  " + tr(Str::RiskMatrixDiscard) + "###discard").c_str())) v.draft = current;
}

} // namespace

void drawMatrixEditor(App& app) {
    RisksViewState& v = app.views().of<RisksViewState>();
    const risks::RiskMatrix& current = risks::matrixOf(app.workspace());
    // A draft follows the matrix in effect until it is edited (an undo, an import).
    if (!v.draft || (*v.draft == v.draftBase && current != v.draftBase)) {
        v.draft = current;
        v.draftBase = current;
    }
    textWrappedDisabled(tr(Str::RiskMatrixIntro), std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 46));
    ImGui::BeginChild("##matrixeditor", ImVec2(0, 0), false);
    ImGui::BeginDisabled(app.readOnly());
    sizes(*v.draft);
    ImGui::Spacing();
    bands(*v.draft);
    ImGui::Spacing();
    grid(*v.draft);
    ImGui::Spacing();
    labels(*v.draft);
    anchors(*v.draft);
    ImGui::EndDisabled();
    preview(app, v, current);
    ImGui::EndChild();
}

} // namespace kanri::ui
