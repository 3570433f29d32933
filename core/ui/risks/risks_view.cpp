// The Risks area: the register (counts, heat maps that filter, filters, the table of every
// risk, the detail editor beside it or, on a narrow window, instead of it) and the matrix.
#include "risks_ui.hpp"

#include "exchange/risks_csv.hpp"
#include "model/risks/commands.hpp"
#include "model/risks/templates.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <set>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace risks = model::risks;

namespace {

// Counts per heat map cell and for the dashboard: once per change of the data.
void refreshCounts(App& app, RisksViewState& v) {
    if (v.countsAt == app.changeCount()) return;
    v.countsAt = app.changeCount();
    const risks::RiskMatrix& m = risks::matrixOf(app.workspace());
    const size_t cells = static_cast<size_t>(m.likelihoods * m.impacts);
    v.inherentCounts.assign(cells, 0);
    v.residualCounts.assign(cells, 0);
    for (const risks::Risk& r : allRisks(app)) {
        const risks::RiskRating res = risks::effectiveResidual(r);
        if (r.inherent.rated() && r.inherent.likelihood <= m.likelihoods && r.inherent.impact <= m.impacts)
            ++v.inherentCounts[static_cast<size_t>((r.inherent.likelihood - 1) * m.impacts + r.inherent.impact - 1)];
        if (res.rated() && res.likelihood <= m.likelihoods && res.impact <= m.impacts)
            ++v.residualCounts[static_cast<size_t>((res.likelihood - 1) * m.impacts + res.impact - 1)];
    }
    v.counts = risks::countRegister(app.workspace(), localToday(app));
    std::set<std::string> owners;
    for (const risks::Risk& r : allRisks(app))
        if (!r.owner.empty()) owners.insert(r.owner);
    v.owners.assign(owners.begin(), owners.end());
}

} // namespace

void selectRisk(App& app, const std::string& id) {
    RisksViewState& v = app.views().of<RisksViewState>();
    v.table.selected = id;
    v.detailOnly = true; // a narrow window shows it; a wide one shows it beside the register anyway
    v.tab = 0;
    v.tabRequested = true;
}

namespace {

// Creates a risk and selects it (its id is the next one: edits apply in order after the draw).
void create(App& app, std::unique_ptr<model::Command> cmd) {
    const std::string id = app.workspace().nextId(risks::Risk::kKind);
    if (app.execute(std::move(cmd))) selectRisk(app, id);
}

void toolbar(App& app, RisksViewState& v) {
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::RiskNew) + "###new").c_str())) {
        risks::Risk blank;
        blank.title = tr(Str::RiskNew);
        create(app, risks::createRisk(fieldsOf(blank), {}, {}));
    }
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(Str::RiskFromTemplate)) + "###template").c_str())) ImGui::OpenPopup("##templates");
    if (ImGui::BeginPopup("##templates")) {
        const risks::Lang lang = i18n::language() == i18n::Lang::Ja ? risks::Ja : risks::En;
        for (const risks::Template& t : risks::templates()) {
            ImGui::PushID(std::string(t.code).c_str());
            if (ImGui::Selectable(t.title[lang].c_str())) create(app, risks::createFromTemplate(t, lang));
            hooks::labelLastItem(("template:" + std::string(t.code)).c_str(), t.title[lang].c_str());
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Export) + "  " + tr(Str::RiskExportCsv) + "###csvout").c_str())) {
        const std::string csv = exchange::risksCsv(app.workspace(), localToday(app));
        app.chooseSaveFile("kanri-risks-" + localToday(app) + ".csv", [&app, csv](const std::string& path) { app.saveBytes(path, "text/csv", csv); });
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Import) + "  " + tr(Str::RiskImportCsv) + "###csvin").c_str())) {
        app.chooseOpenFile(".csv", "text/csv", [&app](const std::string& pathOrAccept) {
            app.platform().openFile(pathOrAccept, [&app](bool ok, std::string name, std::string bytes) {
                if (!ok) {
                    if (!name.empty()) app.reportMessage(std::string(tr(Str::DataImportFailed)) + ": " + name, true);
                    return;
                }
                exchange::RiskCsvImport in = exchange::importRisksCsv(bytes, app.workspace());
                if (!in.command) {
                    app.reportMessage(csvImportFailed(name, in.errors), true);
                    return;
                }
                if (app.execute(std::move(in.command)))
                    app.reportMessage(i18n::fill(Str::RiskImported, {{"count", std::to_string(in.rows)}, {"file", name}}), false, true);
            });
        });
    }
    ImGui::EndDisabled();
}

float checkboxWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

void filters(App& app, RisksViewState& v, const risks::RiskMatrix& m) {
    risks::RegisterFilter& f = v.filter;
    const float w = ImGui::GetFontSize() * 10;
    std::vector<std::string> labels{tr(Str::RiskFilterAllCategories)};
    for (size_t c = 0; c < risks::kCategoryCodes.size(); ++c) labels.push_back(tr(categoryLabel(static_cast<risks::Category>(c))));
    int index = f.category ? static_cast<int>(*f.category) + 1 : 0;
    if (choiceCombo("##rcategory", index, labels, w)) f.category = index == 0 ? std::nullopt : std::optional(static_cast<risks::Category>(index - 1));
    sameLineIfFits(w);
    labels = {tr(Str::RiskFilterAllStatuses)};
    for (size_t s = 0; s < risks::kStatusCodes.size(); ++s) labels.push_back(tr(statusLabel(static_cast<risks::RiskStatus>(s))));
    index = f.status ? static_cast<int>(*f.status) + 1 : 0;
    if (choiceCombo("##rstatus", index, labels, w)) f.status = index == 0 ? std::nullopt : std::optional(static_cast<risks::RiskStatus>(index - 1));
    sameLineIfFits(w);
    labels = {tr(Str::RiskFilterAllBands)};
    index = 0;
    for (size_t b = 0; b < m.bands.size(); ++b) {
        labels.push_back(bandLabel(m.bands[b]));
        if (m.bands[b].code == f.band) index = static_cast<int>(b) + 1;
    }
    if (choiceCombo("##rband", index, labels, w)) f.band = index == 0 ? std::string() : m.bands[static_cast<size_t>(index - 1)].code;
    sameLineIfFits(w);
    labels = {tr(Str::RiskFilterAllOwners)};
    index = 0;
    for (const std::string& o : v.owners) {
        labels.push_back(o);
        if (o == f.owner) index = static_cast<int>(labels.size()) - 1;
    }
    if (choiceCombo("##rowner", index, labels, w)) f.owner = index == 0 ? std::string() : labels[static_cast<size_t>(index)];
    sameLineIfFits(checkboxWidth(tr(Str::RiskFilterOverdue)));
    ImGui::Checkbox(tr(Str::RiskFilterOverdue), &f.overdue);
    sameLineIfFits(checkboxWidth(tr(Str::RiskFilterLapsed)));
    ImGui::Checkbox(tr(Str::RiskFilterLapsed), &f.lapsed);
    if (f.likelihood > 0) {
        sameLineIfFits(ImGui::GetFontSize() * 8);
        const std::string cell = std::string(icon::Remove) + " " +
                                 i18n::fill(Str::RiskFilterCell, {{"which", tr(f.cellResidual ? Str::RiskColResidual : Str::RiskColInherent)},
                                                                  {"l", std::to_string(f.likelihood)}, {"i", std::to_string(f.impact)}}) +
                                 "###cellfilter";
        if (ImGui::SmallButton(cell.c_str())) f.likelihood = f.impact = 0;
    }
    if (f.active()) {
        sameLineIfFits(ImGui::CalcTextSize(tr(Str::RiskFilterClear)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton((std::string(tr(Str::RiskFilterClear)) + "###clear").c_str())) f = {};
    }
}

void registerTab(App& app, RisksViewState& v) {
    const risks::RiskMatrix& m = risks::matrixOf(app.workspace());
    refreshCounts(app, v);
    const float em = ImGui::GetFontSize();
    const bool wide = ImGui::GetContentRegionAvail().x > em * 60;
    const risks::Risk* selected = app.workspace().entities<risks::Risk>().find(v.table.selected);
    if (!wide && v.detailOnly && selected) {
        if (ImGui::Button((std::string(icon::Collapse) + "  " + tr(Str::RiskBack) + "###back").c_str())) {
            v.detailOnly = false;
            v.table.focusRequested = true; // back in the register, the arrow keys move its selection
        }
        ImGui::BeginChild("##riskdetail", ImVec2(0, 0), false);
        if (v.detailShown != selected->id) ImGui::SetScrollY(0);
        v.detailShown = selected->id;
        drawRiskDetail(app, selected->id);
        ImGui::EndChild();
        hooks::labelLastItem("riskdetail", ""); // the pane, for tests that scroll over it
        return;
    }
    if (allRisks(app).empty()) {
        textWrappedDisabled(tr(Str::RiskEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 40));
        return;
    }
    // Heat maps side by side (stacked when there is no room), a click on a cell filters. On a
    // short window they start folded, so the register keeps its rows.
    ImGui::SetNextItemOpen(ImGui::GetContentRegionAvail().y > em * 34, ImGuiCond_Once);
    const bool showMaps = ImGui::CollapsingHeader((std::string(tr(Str::RiskHeatMaps)) + "###heatmaps").c_str());
    const bool side = ImGui::GetContentRegionAvail().x > em * 30;
    for (bool residual : {false, true}) {
        if (!showMaps) break;
        if (residual && side) ImGui::SameLine(0, em * 2);
        ImGui::BeginGroup();
        if (auto cell = heatMap(residual ? "heat:residual" : "heat:inherent", m, residual, residual ? v.residualCounts : v.inherentCounts, v.filter)) {
            const bool same = v.filter.likelihood == cell->first && v.filter.impact == cell->second && v.filter.cellResidual == residual;
            v.filter.likelihood = same ? 0 : cell->first;
            v.filter.impact = same ? 0 : cell->second;
            v.filter.cellResidual = residual;
        }
        ImGui::EndGroup();
    }
    // The legend: each band with its pattern, its range and whether it may be accepted.
    if (wide && showMaps) {
        ImGui::SameLine(0, em * 2);
        ImGui::BeginGroup();
        for (size_t b = 0; b < m.bands.size(); ++b) {
            const risks::Band& band = m.bands[b];
            bandChip(m, &band, bandLabel(band), em * 6);
            ImGui::SameLine();
            ImGui::TextDisabled("%d–%d · %s", band.minScore, risks::bandMaxScore(m, b), levelText(band.criterion).c_str());
        }
        ImGui::EndGroup();
    }
    ImGui::Spacing();
    filters(app, v, m);
    // The register keeps at least a dozen rows: on a short window the page scrolls instead.
    const float height = std::max(ImGui::GetContentRegionAvail().y, em * 14);
    if (wide) {
        const float tableWidth = ImGui::GetContentRegionAvail().x * 0.62f;
        ImGui::BeginChild("##registerpane", ImVec2(tableWidth, height), false);
        registerTable(app, v, -1, false);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##riskdetail", ImVec2(0, height), true);
        if (selected && v.detailShown != selected->id) ImGui::SetScrollY(0);
        v.detailShown = selected ? selected->id : std::string();
        if (selected) drawRiskDetail(app, selected->id);
        else textWrappedDisabled(tr(Str::RiskSelectHint));
        ImGui::EndChild();
        hooks::labelLastItem("riskdetail", "");
    } else {
        registerTable(app, v, height, true);
    }
}

void openRiskEntry(App& app, const std::string& id) { openRisk(app, id); }
void openMatrix(App& app, const std::string&) {
    app.area = kRisksArea;
    app.views().of<RisksViewState>().tab = 1;
    app.views().of<RisksViewState>().tabRequested = true;
}

const KindEntry kRiskKinds[] = {
    {risks::Risk::kKind, Str::KindRisk, openRiskEntry},
    {risks::RiskMatrix::kKind, Str::KindRiskMatrix, openMatrix},
};

} // namespace

std::span<const KindEntry> riskKinds() { return kRiskKinds; }

void openRisk(App& app, const std::string& id) {
    app.area = kRisksArea;
    selectRisk(app, id);
}

void drawRisks(App& app) {
    RisksViewState& v = app.views().of<RisksViewState>();
    pageTitle(tr(Str::RiskTitle));
    toolbar(app, v);
    refreshCounts(app, v);
    const std::string counts = i18n::fill(Str::RiskCounts, {{"risks", std::to_string(v.counts.risks)}, {"overdue", std::to_string(v.counts.overdue)},
                                                            {"lapsed", std::to_string(v.counts.lapsed)}});
    ImGui::TextDisabled("%s", counts.c_str());
    hooks::labelLastItem("risks:counts", counts.c_str());
    if (!ImGui::BeginTabBar("##risktabs")) return;
    const Str labels[] = {Str::RiskTabRegister, Str::RiskTabMatrix};
    const int requested = v.tab;
    for (int t = 0; t < 2; ++t) {
        const std::string label = std::string(tr(labels[t])) + "###rtab" + std::to_string(t);
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, requested == t && v.tabRequested ? ImGuiTabItemFlags_SetSelected : 0);
        hooks::labelLastItem(("rtab" + std::to_string(t)).c_str(), tr(labels[t]));
        if (open) {
            if (!v.tabRequested) v.tab = t;
            ImGui::Spacing();
            if (t == 0) registerTab(app, v);
            else drawMatrixEditor(app);
            ImGui::EndTabItem();
        }
    }
    v.tabRequested = false;
    ImGui::EndTabBar();
}

void drawRiskItemActions(App& app, const std::string& itemId) {
    // The risks raised from this item, or a button to raise one.
    std::string raised;
    for (const model::Link& l : app.workspace().linksTo({std::string(model::kinds::Item), itemId}))
        if (l.relation == "risk.item") raised = l.from.id;
    if (!raised.empty()) {
        if (ImGui::SmallButton((std::string(icon::Risks) + " " + raised + "###risk").c_str())) openRisk(app, raised);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::fill(Str::RiskRaisedOpen, {{"id", raised}}).c_str());
        return;
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::RiskRaise) + "###raise").c_str())) {
        const model::Item* item = app.catalogue().findItem(itemId);
        const std::string id = app.workspace().nextId(risks::Risk::kKind);
        if (item && app.execute(risks::raiseFromItem(app.catalogue(), itemId, itemTitle(*item)))) openRisk(app, id);
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RiskRaiseTip));
}

void drawRiskDashboardCard(App& app) {
    RisksViewState& v = app.views().of<RisksViewState>();
    refreshCounts(app, v);
    beginCard("##riskcard");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::RiskDashTitle));
    ImGui::PopFont();
    if (v.counts.risks == 0) {
        textWrappedDisabled(tr(Str::RiskDashNone));
    } else {
        ImGui::TextUnformatted(i18n::fill(Str::RiskDashCount, {{"count", std::to_string(v.counts.risks)}}).c_str());
        auto line = [](Str s, size_t n) {
            const std::string t = i18n::fill(s, {{"count", std::to_string(n)}});
            if (n > 0) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, t.c_str());
            else ImGui::TextDisabled("%s", t.c_str());
        };
        line(Str::RiskDashOverdue, v.counts.overdue);
        hooks::labelLastItem("dash:riskoverdue", std::to_string(v.counts.overdue).c_str());
        line(Str::RiskDashLapsed, v.counts.lapsed);
        hooks::labelLastItem("dash:risklapsed", std::to_string(v.counts.lapsed).c_str());
        if (v.counts.aboveCriterion > 0) line(Str::RiskDashAbove, v.counts.aboveCriterion);
    }
    if (ImGui::Button((std::string(icon::Risks) + "  " + tr(Str::RiskDashOpen) + "###openrisks").c_str())) {
        app.area = kRisksArea;
        v.tab = 0;
        v.tabRequested = true;
        v.filter = {};
        v.filter.overdue = v.counts.overdue > 0 && v.counts.lapsed == 0;
        v.filter.lapsed = v.counts.lapsed > 0 && v.counts.overdue == 0;
    }
    endCard();
}

} // namespace kanri::ui
