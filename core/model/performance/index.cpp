#include "model/performance/index.hpp"

#include "model/calendar.hpp"

#include <algorithm>

namespace kanri::model::performance {
namespace {

template <typename K, typename V> const V& found(const std::map<K, V, std::less<>>& m, std::string_view id) {
    static const V kNone{};
    auto it = m.find(id);
    return it == m.end() ? kNone : it->second;
}

// Worse first: missed, at risk, met, no data.
int severity(Result r) {
    switch (r) {
    case Result::Missed: return 3;
    case Result::AtRisk: return 2;
    case Result::Met: return 1;
    case Result::NoData: break;
    }
    return 0;
}

} // namespace

PerformanceIndex::PerformanceIndex(const Workspace& ws) {
    const auto& measurements = ws.entities<Measurement>();
    const auto& kpis = ws.entities<Kpi>();
    const auto& sla = ws.entities<SlaTarget>();
    // Each relation from the links of its source's kind.
    ws.forEachLinkFromKind(Measurement::kKind, [&](const Link& l) {
        if (l.relation != kMeasurementKpi) return;
        if (const Measurement* m = measurements.find(l.from.id)) m_measurements[l.to.id].push_back(m);
        m_kpiOf.emplace_back(l.from.id, l.to.id);
    });
    ws.forEachLinkFromKind(SlaTarget::kKind, [&](const Link& l) {
        if (l.relation != kSlaService) return;
        if (const SlaTarget* t = sla.find(l.from.id)) m_sla[l.to.id].push_back(t);
        m_serviceOfSla[l.from.id] = l.to.id;
    });
    ws.forEachLinkFromKind(Kpi::kKind, [&](const Link& l) {
        if (l.relation == kKpiService) m_serviceOfKpi[l.from.id] = l.to.id;
        else if (l.relation == kKpiSla) m_slaOfKpi[l.from.id] = l.to.id;
    });
    ws.forEachLinkFromKind(Objective::kKind, [&](const Link& l) {
        if (l.relation != kObjectiveKpi) return;
        if (const Kpi* k = kpis.find(l.to.id)) m_kpisOfObjective[l.from.id].push_back(k);
        m_objectivesOfKpi[l.to.id].push_back(l.from.id);
    });
    for (std::string_view kind : {std::string_view("nonconformity"), std::string_view("opportunity")})
        ws.forEachLinkFromKind(kind, [&](const Link& l) {
            if (l.relation == kNcMeasurement || l.relation == kOfiMeasurement) m_raised[l.to.id] = l.from;
        });
    // A KPI under an SLA target belongs to the target's service.
    for (const auto& [kpi, target] : m_slaOfKpi)
        if (auto it = m_serviceOfSla.find(target); it != m_serviceOfSla.end()) m_serviceOfKpi.emplace(kpi, it->second);
    for (const Kpi& k : kpis.all()) {
        if (auto it = m_serviceOfKpi.find(k.id); it != m_serviceOfKpi.end()) m_kpisOfService[it->second].push_back(&k);
        if (auto it = m_slaOfKpi.find(k.id); it != m_slaOfKpi.end()) m_kpisOfSla[it->second].push_back(&k);
    }
    // In the order of their collections (the links are ordered by id, the entities by the user).
    for (auto& [objective, list] : m_kpisOfObjective)
        std::sort(list.begin(), list.end(), [&](const Kpi* a, const Kpi* b) { return *kpis.indexOf(a->id) < *kpis.indexOf(b->id); });
    for (auto& [service, list] : m_sla)
        std::sort(list.begin(), list.end(), [&](const SlaTarget* a, const SlaTarget* b) { return *sla.indexOf(a->id) < *sla.indexOf(b->id); });
    // Measurements by period: one KPI's periods are of one form, zero-padded, so their text
    // sorts as their time does (a file of mixed forms still gets an order).
    for (auto& [kpi, list] : m_measurements)
        std::stable_sort(list.begin(), list.end(), [](const Measurement* a, const Measurement* b) { return a->period < b->period; });
}

const std::vector<const Measurement*>& PerformanceIndex::measurements(std::string_view kpiId) const { return found(m_measurements, kpiId); }

const Measurement* PerformanceIndex::latest(std::string_view kpiId) const {
    const auto& all = measurements(kpiId);
    return all.empty() ? nullptr : all.back();
}

const Measurement* PerformanceIndex::measurementFor(std::string_view kpiId, std::string_view period) const {
    for (const Measurement* m : measurements(kpiId))
        if (m->period == period) return m;
    return nullptr;
}

std::string PerformanceIndex::kpiOf(std::string_view measurementId) const {
    if (!m_kpiOfSorted) {
        std::sort(m_kpiOf.begin(), m_kpiOf.end());
        m_kpiOfSorted = true;
    }
    auto it = std::lower_bound(m_kpiOf.begin(), m_kpiOf.end(), std::pair<std::string_view, std::string_view>(measurementId, {}));
    return it != m_kpiOf.end() && it->first == measurementId ? std::string(it->second) : std::string();
}
const std::vector<const SlaTarget*>& PerformanceIndex::slaTargets(std::string_view serviceId) const { return found(m_sla, serviceId); }
std::string PerformanceIndex::serviceOfSla(std::string_view slaId) const { return found(m_serviceOfSla, slaId); }
const std::vector<const Kpi*>& PerformanceIndex::kpisOfService(std::string_view serviceId) const { return found(m_kpisOfService, serviceId); }
const std::vector<const Kpi*>& PerformanceIndex::kpisOfSla(std::string_view slaId) const { return found(m_kpisOfSla, slaId); }
const std::vector<const Kpi*>& PerformanceIndex::kpisOfObjective(std::string_view objectiveId) const { return found(m_kpisOfObjective, objectiveId); }
std::string PerformanceIndex::serviceOfKpi(std::string_view kpiId) const { return found(m_serviceOfKpi, kpiId); }
std::string PerformanceIndex::slaOfKpi(std::string_view kpiId) const { return found(m_slaOfKpi, kpiId); }
const std::vector<std::string>& PerformanceIndex::objectivesOfKpi(std::string_view kpiId) const { return found(m_objectivesOfKpi, kpiId); }
EntityKey PerformanceIndex::raisedFrom(std::string_view measurementId) const { return found(m_raised, measurementId); }

KpiStanding standing(const PerformanceIndex& index, const Kpi& kpi) {
    KpiStanding out;
    for (const Measurement* m : index.measurements(kpi.id)) {
        const Result r = evaluate(kpi, *m);
        ++out.measured;
        out.missed += r == Result::Missed;
        out.atRisk += r == Result::AtRisk;
    }
    out.latest = index.latest(kpi.id);
    out.result = out.latest ? evaluate(kpi, *out.latest) : Result::NoData;
    return out;
}

Achievement achievement(const PerformanceIndex& index, const Objective& objective) {
    Achievement out;
    bool all = true, any = false;
    for (const Kpi* k : index.kpisOfObjective(objective.id)) {
        const Measurement* m = index.latest(k->id);
        out.kpis.push_back({k, m});
        const Result r = m ? evaluate(*k, *m) : Result::NoData;
        if (r == Result::NoData) {
            all = false;
            continue;
        }
        any = true;
        if (severity(r) > severity(out.result)) out.result = r;
    }
    if (!any) out.result = Result::NoData;
    else if (!all && out.result == Result::Met) out.result = Result::AtRisk; // some KPI not measured yet
    return out;
}

ServiceReport serviceReport(const Workspace& ws, const PerformanceIndex& index, const std::string& serviceId, const Period& period) {
    ServiceReport out;
    out.service = serviceId;
    out.period = period;
    auto line = [&](const SlaTarget* sla, const Kpi* kpi) {
        ReportLine l;
        l.sla = sla;
        l.kpi = kpi;
        if (kpi) {
            for (const Measurement* m : index.measurements(kpi->id)) {
                const std::optional<Period> p = parsePeriod(m->period);
                if (!p || !periodWithin(*p, period)) continue;
                l.values.push_back(m);
                const Result r = evaluate(*kpi, *m);
                l.met += r == Result::Met;
                l.atRisk += r == Result::AtRisk;
                l.missed += r == Result::Missed;
                if (!l.worst || severity(r) > severity(l.result)) {
                    l.worst = m;
                    l.result = r;
                }
            }
        }
        switch (l.result) {
        case Result::Met: ++out.met; break;
        case Result::AtRisk: ++out.atRisk; break;
        case Result::Missed: ++out.missed; break;
        case Result::NoData: ++out.noData; break;
        }
        out.lines.push_back(std::move(l));
    };
    for (const SlaTarget* t : index.slaTargets(serviceId)) {
        const auto& kpis = index.kpisOfSla(t->id);
        if (kpis.empty()) line(t, nullptr);
        for (const Kpi* k : kpis) line(t, k);
    }
    for (const Kpi* k : index.kpisOfService(serviceId))
        if (index.slaOfKpi(k->id).empty()) line(nullptr, k);
    return out;
}

} // namespace kanri::model::performance
