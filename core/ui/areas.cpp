#include "ui/areas.hpp"

#include "ui/icons.hpp"
#include "ui/risks/risks_ui.hpp"
#include "ui/audits/audits_ui.hpp"
#include "ui/improvement/improvement_ui.hpp"
#include "ui/performance/performance_ui.hpp"
#include "ui/reviews/reviews_ui.hpp"
#include "ui/suppliers/suppliers_ui.hpp"
#include "ui/views.hpp"

namespace kanri::ui {
using i18n::Str;

namespace {

const AreaEntry kAreas[] = {
    {kDashboardArea, Str::NavDashboard, icon::Dashboard, drawDashboard, false, {}},
    {kAssessmentArea, Str::NavAssessment, icon::Assessment, drawAssessment, false, assessmentKinds()},
    {kRisksArea, Str::NavRisks, icon::Risks, drawRisks, false, riskKinds(), drawRiskItemActions, drawRiskDashboardCard},
    {kSuppliersArea, Str::NavSuppliers, icon::Suppliers, drawSuppliers, false, supplierKinds(), nullptr, drawSuppliersDashboardCard},
    {kImprovementArea, Str::NavImprovement, icon::Improvement, drawImprovement, false, improvementKinds(), drawImprovementItemActions, drawImprovementDashboardCard},
    {kAuditsArea, Str::NavAudits, icon::Check, drawAudits, false, auditKinds()},
    {kPerformanceArea, Str::NavPerformance, icon::Performance, drawPerformance, false, performanceKinds(), nullptr, drawPerformanceDashboardCard},
    {kReviewsArea, Str::NavReviews, icon::Review, drawReviews, false, reviewKinds(), nullptr, drawReviewsDashboardCard},
    {kHistoryArea, Str::NavHistory, icon::History, drawHistory, false, {}},
    {kGuideArea, Str::NavGuide, icon::Guide, drawGuide, false, {}},
    {kSettingsArea, Str::NavSettings, icon::Settings, drawSettings, false, {}},
};
} // namespace

std::span<const AreaEntry> areas() { return kAreas; }

const AreaEntry& areaEntry(Area area) {
    for (const AreaEntry& e : kAreas)
        if (e.area == area) return e;
    return kAreas[0];
}

std::optional<Area> areaFromName(std::string_view name) {
    for (const AreaEntry& e : kAreas)
        if (name == e.area.name) return e.area;
    return std::nullopt;
}

} // namespace kanri::ui
