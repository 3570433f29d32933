#pragma once
// The Services & KPIs area (8.2.4, 8.3.3, 9.1, 9.4, 6.2): the service catalogue with each
// service's SLA targets, the supplier targets that support them and the service report; the
// KPIs with their measurements (entered, imported from CSV), their trend chart and what a missed
// target raises; the objectives with their achievement. Its state lives in the app's ViewState
// (views().of<PerformanceViewState>()).
#include "model/performance/index.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"
#include "ui/view_state.hpp"

#include <memory>
#include <span>
#include <string>

namespace kanri::ui {

inline constexpr Area kPerformanceArea{"performance"};

struct PerformanceViewState {
    int tab = 0; // 0 services, 1 KPIs, 2 objectives
    bool tabRequested = false;
    EntityTableState services, kpis, objectives;
    bool detailOnly = false;
    // Derived for Workspace::mutations() == cacheAt (it holds pointers into the entities).
    uint64_t cacheAt = ~0ull;
    std::unique_ptr<model::performance::PerformanceIndex> index;
    // The measurement form of the KPI `formFor`: the period (the current one to start), value, note.
    std::string formFor, period, value, note, error;
    // The service report: the period asked for, per service.
    std::string reportFor, reportPeriod;
    LinkPickerState suppliers, objectiveKpis;
};

void drawPerformance(App& app);
void drawPerformanceDashboardCard(App& app);
std::span<const KindEntry> performanceKinds();
PerformanceViewState& performanceState(App& app);
void refreshPerformance(App& app, PerformanceViewState& v);
// Opens a service, a KPI or an objective in its tab.
void openPerformance(App& app, int tab, const std::string& id);

// The tabs (services_view.cpp, kpis_view.cpp, objectives_view.cpp).
void drawServices(App& app, PerformanceViewState& v);
void drawKpis(App& app, PerformanceViewState& v);
void drawObjectives(App& app, PerformanceViewState& v);

// A result as a word with its mark and colour (met ✓, at risk !, missed ✗, no data —).
void resultChip(model::performance::Result r, const char* id = nullptr);
i18n::Str resultLabel(model::performance::Result r);
// A KPI's values over its periods: the target line, the threshold, missed and at-risk periods
// marked, a value's period and result on hover (trend_chart.cpp).
void trendChart(App& app, const model::performance::Kpi& kpi, const std::vector<const model::performance::Measurement*>& values, float height);

} // namespace kanri::ui
