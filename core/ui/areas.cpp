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
    {Area::Dashboard, "dashboard", Str::NavDashboard, icon::Dashboard, drawDashboard, false, {}},
    {Area::Assessment, "assessment", Str::NavAssessment, icon::Assessment, drawAssessment, false, assessmentKinds()},
    {Area::Risks, "risks", Str::NavRisks, icon::Risks, drawRisks, false, riskKinds(), drawRiskItemActions, drawRiskDashboardCard},
    {Area::Suppliers, "suppliers", Str::NavSuppliers, icon::Suppliers, drawSuppliers, false, supplierKinds(), nullptr, drawSuppliersDashboardCard},
    {Area::Improvement, "improvement", Str::NavImprovement, icon::Improvement, drawImprovement, false, improvementKinds(), drawImprovementItemActions, drawImprovementDashboardCard},
    {Area::Audits, "audits", Str::NavAudits, icon::Check, drawAudits, false, auditKinds()},
    {Area::Performance, "performance", Str::NavPerformance, icon::Performance, drawPerformance, false, performanceKinds(), nullptr, drawPerformanceDashboardCard},
    {Area::Reviews, "reviews", Str::NavReviews, icon::Review, drawReviews, false, reviewKinds(), nullptr, drawReviewsDashboardCard},
    {Area::History, "history", Str::NavHistory, icon::History, drawHistory, false, {}},
    {Area::Guide, "guide", Str::NavGuide, icon::Guide, drawGuide, false, {}},
    {Area::Settings, "settings", Str::NavSettings, icon::Settings, drawSettings, false, {}},
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
        if (name == e.name) return e.area;
    return std::nullopt;
}

} // namespace kanri::ui
