// The Services & KPIs area's frame: its tabs, its kinds for the History view, the openers, the
// result chip and the Dashboard card.
#include "performance_ui.hpp"

#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace pf = model::performance;

namespace {

void openService(App& app, const std::string& id) { openPerformance(app, 0, id); }
void openKpi(App& app, const std::string& id) { openPerformance(app, 1, id); }
void openObjective(App& app, const std::string& id) { openPerformance(app, 2, id); }
void openSla(App& app, const std::string& id) {
    PerformanceViewState& v = performanceState(app);
    refreshPerformance(app, v);
    openPerformance(app, 0, v.index->serviceOfSla(id));
}
void openMeasurement(App& app, const std::string& id) {
    PerformanceViewState& v = performanceState(app);
    refreshPerformance(app, v);
    openPerformance(app, 1, v.index->kpiOf(id));
}

const KindEntry kPerformanceKinds[] = {
    {pf::Service::kKind, Str::KindService, openService},     {pf::SlaTarget::kKind, Str::KindSlaTarget, openSla},
    {pf::Kpi::kKind, Str::KindKpi, openKpi},                 {pf::Measurement::kKind, Str::KindMeasurement, openMeasurement},
    {pf::Objective::kKind, Str::KindObjective, openObjective},
};

} // namespace

PerformanceViewState& performanceState(App& app) { return app.views().of<PerformanceViewState>(); }
std::span<const KindEntry> performanceKinds() { return kPerformanceKinds; }

void refreshPerformance(App& app, PerformanceViewState& v) {
    if (v.cacheAt == app.workspace().mutations() && v.index) return;
    v.index = std::make_unique<pf::PerformanceIndex>(app.workspace());
    v.cacheAt = app.workspace().mutations();
}

void openPerformance(App& app, int tab, const std::string& id) {
    PerformanceViewState& v = performanceState(app);
    app.area = kPerformanceArea;
    v.tab = tab;
    v.tabRequested = true;
    if (id.empty()) return;
    EntityTableState* tables[] = {&v.services, &v.kpis, &v.objectives};
    tables[tab]->selected = id;
    v.detailOnly = true;
}

i18n::Str resultLabel(pf::Result r) {
    switch (r) {
    case pf::Result::Met: return Str::PerfMet;
    case pf::Result::AtRisk: return Str::PerfAtRisk;
    case pf::Result::Missed: return Str::PerfMissed;
    case pf::Result::NoData: break;
    }
    return Str::PerfNoData;
}

void resultChip(pf::Result r, const char* id) {
    const Palette& pal = palette();
    const char* mark = r == pf::Result::Met ? icon::CheckOk : r == pf::Result::NoData ? "—" : icon::Warning;
    const ImVec4& colour = r == pf::Result::Met ? pal.good : r == pf::Result::AtRisk ? pal.warn : r == pf::Result::Missed ? pal.bad : pal.muted;
    ImGui::TextColored(colour, "%s %s", mark, tr(resultLabel(r)));
    if (id) hooks::labelLastItem(id, std::string(pf::codeOf(r, pf::kResultCodes)).c_str());
}

void drawPerformance(App& app) {
    PerformanceViewState& v = performanceState(app);
    refreshPerformance(app, v);
    pageTitle(tr(Str::PerfTitle));
    if (!ImGui::BeginTabBar("##perftabs")) return;
    const Str tabs[] = {Str::PerfTabServices, Str::PerfTabKpis, Str::PerfTabObjectives};
    for (int i = 0; i < 3; ++i) {
        const ImGuiTabItemFlags flags = v.tabRequested && v.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string name = "ptab" + std::to_string(i);
        const bool open = ImGui::BeginTabItem((std::string(tr(tabs[i])) + "###" + name).c_str(), nullptr, flags);
        hooks::labelLastItem(name.c_str(), tr(tabs[i]));
        if (open) {
            if (!v.tabRequested && v.tab != i) v.detailOnly = false;
            if (!v.tabRequested) v.tab = i;
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    v.tabRequested = false;
    if (v.tab == 0) drawServices(app, v);
    else if (v.tab == 1) drawKpis(app, v);
    else drawObjectives(app, v);
}

void drawPerformanceDashboardCard(App& app) {
    PerformanceViewState& v = performanceState(app);
    refreshPerformance(app, v);
    const model::Workspace& ws = app.workspace();
    beginCard("##perfcard");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::PerfDashTitle));
    ImGui::PopFont();
    int missed = 0, atRisk = 0, noData = 0;
    for (const pf::Kpi& k : ws.entities<pf::Kpi>().all()) {
        const pf::Measurement* m = v.index->latest(k.id);
        const pf::Result r = m ? pf::evaluate(k, *m) : pf::Result::NoData;
        missed += r == pf::Result::Missed;
        atRisk += r == pf::Result::AtRisk;
        noData += r == pf::Result::NoData;
    }
    int objectivesMissed = 0;
    for (const pf::Objective& o : ws.entities<pf::Objective>().all())
        if (o.status != pf::ObjectiveStatus::Cancelled && o.status != pf::ObjectiveStatus::Achieved)
            objectivesMissed += pf::achievement(*v.index, o).result == pf::Result::Missed;
    if (ws.entities<pf::Kpi>().all().empty() && ws.entities<pf::Service>().all().empty()) {
        textWrappedDisabled(tr(Str::PerfDashNone));
    } else {
        auto line = [](const std::string& t, bool bad, const char* name, int n) {
            if (bad) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, t.c_str());
            else ImGui::TextDisabled("%s", t.c_str());
            hooks::labelLastItem(name, std::to_string(n).c_str());
        };
        line(i18n::fill(Str::PerfDashMissed, {{"count", std::to_string(missed)}}), missed > 0, "dash:kpi_missed", missed);
        line(i18n::fill(Str::PerfDashAtRisk, {{"count", std::to_string(atRisk)}}), false, "dash:kpi_at_risk", atRisk);
        line(i18n::fill(Str::PerfDashNoData, {{"count", std::to_string(noData)}}), false, "dash:kpi_no_data", noData);
        line(i18n::fill(Str::PerfDashObjectives, {{"count", std::to_string(objectivesMissed)}}), objectivesMissed > 0, "dash:objectives_missed", objectivesMissed);
    }
    if (ImGui::Button((std::string(icon::Performance) + "  " + tr(Str::PerfDashOpen) + "###openperformance").c_str()))
        openPerformance(app, ws.entities<pf::Kpi>().all().empty() ? 0 : 1, {});
    endCard();
}

} // namespace kanri::ui
