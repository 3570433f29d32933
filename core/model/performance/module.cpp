// Services, SLAs, KPIs and objectives: their kinds, and the relations that place SLA targets in
// services, measurements under KPIs, KPIs under what they evidence, and what was raised from a
// missed measurement.
#include "model/performance/kpi.hpp"
#include "model/performance/objective.hpp"
#include "model/performance/service.hpp"
#include "model/registry.hpp"

namespace kanri::model::performance {

void install(Registry& r) {
    r.addKind<Service>();
    r.addKind<SlaTarget>();
    r.addKind<Kpi>();
    r.addKind<Measurement>();
    r.addKind<Objective>();
    r.addRelation({kServiceSupplier, "service", "supplier", OnTargetRemoved::Cascade});
    // A service goes with its SLA targets (removeService), a KPI with its measurements (removeKpi).
    r.addRelation({kSlaService, "sla_target", "service", OnTargetRemoved::Refuse});
    r.addRelation({kMeasurementKpi, "measurement", "kpi", OnTargetRemoved::Refuse});
    r.addRelation({kKpiService, "kpi", "service", OnTargetRemoved::Cascade});
    r.addRelation({kKpiSla, "kpi", "sla_target", OnTargetRemoved::Cascade});
    r.addRelation({kObjectiveKpi, "objective", "kpi", OnTargetRemoved::Cascade});
    // What was raised from a missed measurement keeps it.
    r.addRelation({kNcMeasurement, "nonconformity", "measurement", OnTargetRemoved::Refuse});
    r.addRelation({kOfiMeasurement, "opportunity", "measurement", OnTargetRemoved::Refuse});
}

} // namespace kanri::model::performance
