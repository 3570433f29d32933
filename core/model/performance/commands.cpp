#include "model/performance/commands.hpp"

#include "model/commands.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "model/performance/index.hpp"

#include <algorithm>

namespace kanri::model::performance {
namespace {

using Parts = std::vector<std::unique_ptr<Command>>;
const std::string kService(Service::kKind), kSla(SlaTarget::kKind), kKpi(Kpi::kKind), kMeasurement(Measurement::kKind), kObjective(Objective::kKind);

// The links of one relation from an entity become exactly those to `targets` (of kind `to`).
void relink(const Workspace& ws, const EntityKey& from, std::string_view relation, const std::string& to, const std::vector<std::string>& targets, Parts& out) {
    std::vector<std::string> now;
    for (const Link& l : ws.linksFrom(from))
        if (l.relation == relation) now.push_back(l.to.id);
    for (const std::string& id : now)
        if (std::find(targets.begin(), targets.end(), id) == targets.end()) out.push_back(std::make_unique<SetLink>(Link{from, std::string(relation), {to, id}}, false));
    for (const std::string& id : targets)
        if (std::find(now.begin(), now.end(), id) == now.end()) out.push_back(std::make_unique<SetLink>(Link{from, std::string(relation), {to, id}}, true));
}

std::vector<PutEntity::NewLink> linksTo(std::string_view relation, const std::string& kind, const std::vector<std::string>& ids) {
    std::vector<PutEntity::NewLink> out;
    for (const std::string& id : ids) out.push_back({std::string(relation), {kind, id}});
    return out;
}

} // namespace

std::unique_ptr<Command> createService(Fields fields, std::vector<std::string> suppliers) {
    return std::make_unique<PutEntity>(kService, "", std::move(fields), linksTo(kServiceSupplier, "supplier", suppliers));
}

std::unique_ptr<Command> setServiceSuppliers(const std::string& serviceId, std::vector<std::string> suppliers) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, serviceId + ": suppliers"}, [serviceId, suppliers](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Service>().find(serviceId)) return fail(ErrorCode::UnknownId, kService + " " + serviceId);
        relink(ws, {kService, serviceId}, kServiceSupplier, "supplier", suppliers, out);
        return ok();
    });
}

std::unique_ptr<Command> removeService(const std::string& serviceId) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, kService + " " + serviceId}, [serviceId](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Service>().find(serviceId)) return fail(ErrorCode::UnknownId, kService + " " + serviceId);
        const PerformanceIndex index(ws);
        for (const SlaTarget* t : index.slaTargets(serviceId)) out.push_back(std::make_unique<RemoveEntity>(EntityKey{kSla, t->id}));
        out.push_back(std::make_unique<RemoveEntity>(EntityKey{kService, serviceId}));
        return ok();
    });
}

std::unique_ptr<Command> createSlaTarget(const std::string& serviceId, Fields fields) {
    return std::make_unique<PutEntity>(kSla, "", std::move(fields), std::vector<PutEntity::NewLink>{{std::string(kSlaService), {kService, serviceId}}});
}

std::unique_ptr<Command> createKpi(Fields fields, std::string serviceId, std::string slaId) {
    std::vector<PutEntity::NewLink> links;
    if (!slaId.empty()) links.push_back({std::string(kKpiSla), {kSla, std::move(slaId)}});
    else if (!serviceId.empty()) links.push_back({std::string(kKpiService), {kService, std::move(serviceId)}});
    return std::make_unique<PutEntity>(kKpi, "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> setKpiSubject(const std::string& kpiId, std::string serviceId, std::string slaId) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, kpiId + ": evidences"}, [kpiId, serviceId, slaId](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Kpi>().find(kpiId)) return fail(ErrorCode::UnknownId, kKpi + " " + kpiId);
        const EntityKey self{kKpi, kpiId};
        // Under an SLA target it belongs to the target's service: only the one link is kept.
        relink(ws, self, kKpiSla, kSla, slaId.empty() ? std::vector<std::string>{} : std::vector<std::string>{slaId}, out);
        relink(ws, self, kKpiService, kService, slaId.empty() && !serviceId.empty() ? std::vector<std::string>{serviceId} : std::vector<std::string>{}, out);
        return ok();
    });
}

std::unique_ptr<Command> removeKpi(const std::string& kpiId) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, kKpi + " " + kpiId}, [kpiId](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Kpi>().find(kpiId)) return fail(ErrorCode::UnknownId, kKpi + " " + kpiId);
        const PerformanceIndex index(ws);
        for (const Measurement* m : index.measurements(kpiId)) out.push_back(std::make_unique<RemoveEntity>(EntityKey{kMeasurement, m->id}));
        out.push_back(std::make_unique<RemoveEntity>(EntityKey{kKpi, kpiId}));
        return ok();
    });
}

std::unique_ptr<Command> recordMeasurement(const std::string& kpiId, std::string period, std::string value, std::string note) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, kpiId + " " + period}, [kpiId, period, value, note](const Workspace& ws, Parts& out) -> Status {
        const Kpi* k = ws.entities<Kpi>().find(kpiId);
        if (!k) return fail(ErrorCode::UnknownId, kKpi + " " + kpiId);
        if (auto s = checkPeriod(*k, period); !s) return s;
        const Fields fields = {{"period", period}, {"value", value}, {"note", note}};
        if (const Measurement* m = PerformanceIndex(ws).measurementFor(kpiId, period))
            out.push_back(std::make_unique<PutEntity>(kMeasurement, m->id, fields));
        else
            out.push_back(std::make_unique<PutEntity>(kMeasurement, "", fields, std::vector<PutEntity::NewLink>{{std::string(kMeasurementKpi), {kKpi, kpiId}}}));
        return ok();
    });
}

std::unique_ptr<Command> raiseFromMeasurement(const std::string& measurementId, bool nonconformity, std::string today) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, measurementId + ": raised"}, [measurementId, nonconformity, today](const Workspace& ws, Parts& out) -> Status {
        const Measurement* m = ws.entities<Measurement>().find(measurementId);
        if (!m) return fail(ErrorCode::UnknownId, kMeasurement + " " + measurementId);
        const PerformanceIndex index(ws);
        if (EntityKey raised = index.raisedFrom(measurementId); !raised.kind.empty()) return fail(ErrorCode::AlreadyRaised, measurementId + " → " + raised.id);
        const Kpi* k = ws.entities<Kpi>().find(index.kpiOf(measurementId));
        if (!k) return fail(ErrorCode::UnknownId, "kpi of " + measurementId);
        const Result r = evaluate(*k, *m);
        if (r != Result::Missed && r != Result::AtRisk) return fail(ErrorCode::MeasurementNotMissed, measurementId);
        // Language-neutral text: the KPI's own name and the numbers.
        const std::string title = k->name + ": " + m->value + " " + k->unit + " (" + m->period + "; target " + k->target + " " + k->unit + ")";
        const std::string ref = k->id + " / " + m->period;
        const std::string sla = index.slaOfKpi(k->id);
        const Service* service = ws.entities<Service>().find(index.serviceOfKpi(k->id));
        if (nonconformity) {
            Fields fields = {{"title", title}, {"description", m->note}, {"source", "kpi_miss"}, {"source_ref", ref}, {"detected_on", today}};
            std::vector<PutEntity::NewLink> links = {{std::string(kNcMeasurement), {kMeasurement, measurementId}},
                                                     {std::string(improvement::kNcClause), {"clause", sla.empty() ? "9.1" : "8.3.3"}}};
            out.push_back(std::make_unique<PutEntity>(std::string(improvement::Nonconformity::kKind), "", std::move(fields), std::move(links)));
        } else {
            Fields fields = {{"title", title}, {"description", m->note}, {"source", "sla_miss"}, {"source_ref", ref},
                             {"affects", service ? service->name : k->name}};
            out.push_back(std::make_unique<PutEntity>(std::string(improvement::Opportunity::kKind), "", std::move(fields),
                                                      std::vector<PutEntity::NewLink>{{std::string(kOfiMeasurement), {kMeasurement, measurementId}}}));
        }
        return ok();
    });
}

std::unique_ptr<Command> createObjective(Fields fields, std::vector<std::string> kpis) {
    return std::make_unique<PutEntity>(kObjective, "", std::move(fields), linksTo(kObjectiveKpi, kKpi, kpis));
}

std::unique_ptr<Command> setObjectiveKpis(const std::string& objectiveId, std::vector<std::string> kpis) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, objectiveId + ": KPIs"}, [objectiveId, kpis](const Workspace& ws, Parts& out) -> Status {
        if (!ws.entities<Objective>().find(objectiveId)) return fail(ErrorCode::UnknownId, kObjective + " " + objectiveId);
        relink(ws, {kObjective, objectiveId}, kObjectiveKpi, kKpi, kpis, out);
        return ok();
    });
}

} // namespace kanri::model::performance
