#pragma once
// What the performance views read, derived in one pass over the links: each service's SLA
// targets and KPIs, each KPI's measurements in period order, the objectives a KPI measures, and
// what was raised from a measurement. Valid until the next change of the data
// (Workspace::mutations), like the audit programme's and the improvement board's indexes.
#include "model/performance/kpi.hpp"
#include "model/performance/objective.hpp"
#include "model/performance/service.hpp"
#include "model/workspace.hpp"

#include <map>
#include <string>
#include <vector>

namespace kanri::model::performance {

class PerformanceIndex {
public:
    explicit PerformanceIndex(const Workspace& ws);
    // The KPI's measurements, oldest period first.
    const std::vector<const Measurement*>& measurements(std::string_view kpiId) const;
    const Measurement* latest(std::string_view kpiId) const;
    const Measurement* measurementFor(std::string_view kpiId, std::string_view period) const;
    std::string kpiOf(std::string_view measurementId) const;
    // A service's SLA targets, in the order they were made.
    const std::vector<const SlaTarget*>& slaTargets(std::string_view serviceId) const;
    std::string serviceOfSla(std::string_view slaId) const;
    // The KPIs linked to a service (directly or through one of its SLA targets), to an SLA
    // target, and to an objective, in the KPIs' order.
    const std::vector<const Kpi*>& kpisOfService(std::string_view serviceId) const;
    const std::vector<const Kpi*>& kpisOfSla(std::string_view slaId) const;
    const std::vector<const Kpi*>& kpisOfObjective(std::string_view objectiveId) const;
    std::string serviceOfKpi(std::string_view kpiId) const;
    std::string slaOfKpi(std::string_view kpiId) const;
    const std::vector<std::string>& objectivesOfKpi(std::string_view kpiId) const;
    // The nonconformity or opportunity raised from a measurement (kind "" when none).
    EntityKey raisedFrom(std::string_view measurementId) const;

private:
    // Views into the workspace's entities and links: valid, like the index, until they change.
    std::map<std::string_view, std::vector<const Measurement*>, std::less<>> m_measurements;
    std::map<std::string, std::vector<const SlaTarget*>, std::less<>> m_sla;
    std::map<std::string, std::vector<const Kpi*>, std::less<>> m_kpisOfService, m_kpisOfSla, m_kpisOfObjective;
    std::map<std::string, std::vector<std::string>, std::less<>> m_objectivesOfKpi;
    std::map<std::string, std::string, std::less<>> m_serviceOfSla, m_serviceOfKpi, m_slaOfKpi;
    // Measurement → KPI for every measurement, sorted by measurement when first asked (kpiOf):
    // the views of tens of thousands of values seldom ask it.
    mutable std::vector<std::pair<std::string_view, std::string_view>> m_kpiOf;
    mutable bool m_kpiOfSorted = false;
    std::map<std::string, EntityKey, std::less<>> m_raised;
};

// Where a KPI stands: its latest measurement and how that compares with the target, and how
// many of its measurements missed.
struct KpiStanding {
    const Measurement* latest = nullptr;
    Result result = Result::NoData;
    int measured = 0, missed = 0, atRisk = 0;
};
KpiStanding standing(const PerformanceIndex& index, const Kpi& kpi);

// An objective's achievement from the KPIs that measure it (their latest measurements): met
// when all are met, missed when one is missed, at risk otherwise; no data without measurements.
struct Achievement {
    Result result = Result::NoData;
    std::vector<std::pair<const Kpi*, const Measurement*>> kpis;
};
Achievement achievement(const PerformanceIndex& index, const Objective& objective);

// A service report for one period (clause 9.4): each SLA target with the KPIs that evidence it
// and their measurements within the period; the service's other KPIs after them. An SLA target
// without a KPI has no data.
struct ReportLine {
    const SlaTarget* sla = nullptr; // null: a KPI of the service not under an SLA target
    const Kpi* kpi = nullptr;       // null: an SLA target no KPI evidences
    std::vector<const Measurement*> values;
    int met = 0, atRisk = 0, missed = 0;
    const Measurement* worst = nullptr;
    Result result = Result::NoData; // the worst of its values
};
struct ServiceReport {
    std::string service;
    Period period;
    std::vector<ReportLine> lines;
    int met = 0, atRisk = 0, missed = 0, noData = 0; // lines by result
};
ServiceReport serviceReport(const Workspace& ws, const PerformanceIndex& index, const std::string& serviceId, const Period& period);

} // namespace kanri::model::performance
