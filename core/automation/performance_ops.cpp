// Services, SLA targets, KPIs with their measurements, and objectives: their operations and
// queries — the catalogue with each SLA target's supporting supplier targets, every KPI with
// where it stands, objectives with their achievement, a service's report for a period, and the
// measurements as CSV (in and out).
#include "automation/operation.hpp"

#include "exchange/performance_csv.hpp"
#include "model/commands.hpp"
#include "model/performance/commands.hpp"
#include "model/performance/index.hpp"

namespace kanri::automation {
namespace {

namespace pf = model::performance;
using json_t = json::value_t;

Made<Command> create(const json& op, std::function<Command(model::Fields)> make) {
    Made<model::Fields> fields = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    return make(std::move(std::get<model::Fields>(fields)));
}

Made<Command> patch(std::string_view kind, const json& op) {
    Made<model::Fields> fields = fieldsFrom(op, "fields");
    if (auto* r = std::get_if<Refusal>(&fields)) return *r;
    return model::patchFields(std::string(kind), text(op, "id"), std::move(std::get<model::Fields>(fields)));
}

Command removal(std::string_view kind, const json& op) { return std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(kind), text(op, "id")}); }

std::string code(pf::Result r) { return std::string(pf::codeOf(r, pf::kResultCodes)); }

json measurementJson(const pf::PerformanceIndex& index, const pf::Kpi& k, const pf::Measurement& m) {
    const model::EntityKey raised = index.raisedFrom(m.id);
    return {{"id", m.id}, {"period", m.period}, {"value", m.value}, {"note", m.note}, {"result", code(pf::evaluate(k, m))},
            {"raised", raised.kind.empty() ? json(nullptr) : json{{"kind", raised.kind}, {"id", raised.id}}}};
}

json kpisJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    const pf::PerformanceIndex index(ws);
    json out = json::array();
    for (const pf::Kpi& k : ws.entities<pf::Kpi>().all()) {
        const pf::KpiStanding st = pf::standing(index, k);
        json values = json::array();
        for (const pf::Measurement* m : index.measurements(k.id)) values.push_back(measurementJson(index, k, *m));
        out.push_back({{"id", k.id}, {"service", index.serviceOfKpi(k.id)}, {"sla_target", index.slaOfKpi(k.id)}, {"objectives", index.objectivesOfKpi(k.id)},
                       {"latest", st.latest ? json{{"period", st.latest->period}, {"value", st.latest->value}} : json(nullptr)},
                       {"result", code(st.result)}, {"measured", st.measured}, {"missed", st.missed}, {"at_risk", st.atRisk},
                       {"measurements", values}, {"fields", fieldsJson(fieldsOf(k))}});
    }
    return out;
}

json servicesJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    const pf::PerformanceIndex index(ws);
    json out = json::array();
    for (const pf::Service& svc : ws.entities<pf::Service>().all()) {
        json suppliers = json::array(), targets = json::array(), kpis = json::array();
        for (const model::Link& l : ws.linksFrom({std::string(pf::Service::kKind), svc.id}))
            if (l.relation == pf::kServiceSupplier) suppliers.push_back(l.to.id);
        for (const pf::SlaTarget* t : index.slaTargets(svc.id)) {
            json supporting = json::array(), evidence = json::array();
            for (const pf::SupportingTarget& st : pf::supportingTargets(ws, svc.id, *t))
                supporting.push_back({{"supplier", st.supplier}, {"measure", st.target.measure}, {"value", st.target.supplier}, {"unit", st.target.unit},
                                      {"comparable", st.comparable}, {"weaker", st.weaker}});
            for (const pf::Kpi* k : index.kpisOfSla(t->id)) evidence.push_back(k->id);
            targets.push_back({{"id", t->id}, {"kpis", evidence}, {"supporting", supporting}, {"fields", fieldsJson(fieldsOf(*t))}});
        }
        for (const pf::Kpi* k : index.kpisOfService(svc.id)) kpis.push_back(k->id);
        out.push_back({{"id", svc.id}, {"suppliers", suppliers}, {"sla_targets", targets}, {"kpis", kpis}, {"fields", fieldsJson(fieldsOf(svc))}});
    }
    return out;
}

json objectivesJson(session::Session& s) {
    const model::Workspace& ws = s.workspace();
    const pf::PerformanceIndex index(ws);
    json out = json::array();
    for (const pf::Objective& o : ws.entities<pf::Objective>().all()) {
        const pf::Achievement a = pf::achievement(index, o);
        json kpis = json::array();
        for (const auto& [k, m] : a.kpis)
            kpis.push_back({{"id", k->id}, {"latest", m ? json{{"period", m->period}, {"value", m->value}} : json(nullptr)},
                            {"result", code(m ? pf::evaluate(*k, *m) : pf::Result::NoData)}});
        out.push_back({{"id", o.id}, {"achievement", code(a.result)}, {"kpis", kpis}, {"fields", fieldsJson(fieldsOf(o))}});
    }
    return out;
}

} // namespace

const std::vector<Operation>& performanceOperations() {
    static const std::vector<Operation> ops = {
        {"service.create", "Adds a service to the catalogue, depending on these suppliers; answers its id.",
         {{"fields", json_t::object, true, "name (required), description, customers, owner, status (planned, live, retiring, retired), notes"},
          {"suppliers", json_t::array, false, "the suppliers it depends on: [\"SUP-001\"]"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return create(op, [&](model::Fields f) { return pf::createService(std::move(f), strings(op, "suppliers")); });
         }},
        {"service.update", "Changes some fields of a service.", {{"id", json_t::string, true, "the service, \"SVC-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(pf::Service::kKind, op); }},
        {"service.suppliers", "Sets the suppliers a service depends on.",
         {{"id", json_t::string, true, "the service"}, {"suppliers", json_t::array, true, "the suppliers: [\"SUP-001\"]"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::setServiceSuppliers(text(op, "id"), strings(op, "suppliers")); }},
        {"service.remove", "Removes a service with its SLA targets (the KPIs stay, unlinked).", {{"id", json_t::string, true, "the service"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::removeService(text(op, "id")); }},
        {"sla.create", "Adds an SLA target to a service; answers its id.",
         {{"service", json_t::string, true, "the service, \"SVC-001\""},
          {"fields", json_t::object, true,
           "measure (availability, response_time, resolution_time, workload, other), name and target (a number) required, unit, better (higher, lower), exceptions"}},
         [](session::Session&, const json& op) -> Made<Command> { return create(op, [&](model::Fields f) { return pf::createSlaTarget(text(op, "service"), std::move(f)); }); }},
        {"sla.update", "Changes some fields of an SLA target.", {{"id", json_t::string, true, "the SLA target, \"SLA-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(pf::SlaTarget::kKind, op); }},
        {"sla.remove", "Removes an SLA target (its KPIs stay, unlinked).", {{"id", json_t::string, true, "the SLA target"}},
         [](session::Session&, const json& op) -> Made<Command> { return removal(pf::SlaTarget::kKind, op); }},
        {"kpi.create", "Adds a KPI evidencing an SLA target or a service; answers its id.",
         {{"fields", json_t::object, true,
           "name, unit and target (a number) required; description, better (higher, lower), threshold (a number on the bad side of the target), frequency (weekly, monthly, quarterly, yearly), owner"},
          {"service", json_t::string, false, "the service it measures"},
          {"sla_target", json_t::string, false, "the SLA target it evidences (then its service is the target's)"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return create(op, [&](model::Fields f) { return pf::createKpi(std::move(f), text(op, "service"), text(op, "sla_target")); });
         }},
        {"kpi.update", "Changes some fields of a KPI.", {{"id", json_t::string, true, "the KPI, \"KPI-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(pf::Kpi::kKind, op); }},
        {"kpi.subject", "Sets what a KPI evidences: an SLA target, or a service, or (neither given) nothing.",
         {{"id", json_t::string, true, "the KPI"}, {"service", json_t::string, false, "the service"}, {"sla_target", json_t::string, false, "the SLA target"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::setKpiSubject(text(op, "id"), text(op, "service"), text(op, "sla_target")); }},
        {"kpi.remove", "Removes a KPI with its measurements (refused while something raised from one remains).", {{"id", json_t::string, true, "the KPI"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::removeKpi(text(op, "id")); }},
        {"measurement.record", "Records a KPI's value for a period (a value already there for the period is changed); answers the measurement's id.",
         {{"kpi", json_t::string, true, "the KPI"},
          {"period", json_t::string, true, "of the KPI's frequency: 2026-W09 weekly, 2026-03 monthly, 2026-Q1 quarterly, 2026 yearly"},
          {"value", json_t::string, true, "a number, as text: \"99.5\""},
          {"note", json_t::string, false, "what explains it"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::recordMeasurement(text(op, "kpi"), text(op, "period"), text(op, "value"), text(op, "note")); }},
        {"measurement.remove", "Removes a measurement (refused while something raised from it remains).", {{"id", json_t::string, true, "the measurement, \"MS-001\""}},
         [](session::Session&, const json& op) -> Made<Command> { return removal(pf::Measurement::kKind, op); }},
        {"measurement.import_csv", "Imports measurements from CSV (columns kpi, period, value; unit and note optional): every row checked first, all or nothing.",
         {{"csv", json_t::string, true, "the file's text"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             exchange::MeasurementCsvImport in = exchange::importMeasurementsCsv(text(op, "csv"), s.workspace());
             return csvImport(in.errors, std::move(in.command));
         }},
        {"measurement.raise", "Raises a nonconformity or an improvement opportunity from a measurement that missed its target or is at risk, linked to it; answers its id.",
         {{"id", json_t::string, true, "the measurement"}, {"as", json_t::string, true, "nonconformity or opportunity"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string as = text(op, "as");
             if (as != "nonconformity" && as != "opportunity") return refuse(ErrorCode::UnknownChoice, as, "/as");
             return pf::raiseFromMeasurement(text(op, "id"), as == "nonconformity", today(s));
         }},
        {"objective.create", "Adds a service management objective measured by these KPIs; answers its id.",
         {{"fields", json_t::object, true, "title (required), measure, owner, due (YYYY-MM-DD), evaluation, status (planned, in_progress, achieved, not_achieved, cancelled), notes"},
          {"kpis", json_t::array, false, "the KPIs that measure it"}},
         [](session::Session&, const json& op) -> Made<Command> { return create(op, [&](model::Fields f) { return pf::createObjective(std::move(f), strings(op, "kpis")); }); }},
        {"objective.update", "Changes some fields of an objective.", {{"id", json_t::string, true, "the objective, \"OBJ-001\""}, {"fields", json_t::object, true, "the fields to change"}},
         [](session::Session&, const json& op) -> Made<Command> { return patch(pf::Objective::kKind, op); }},
        {"objective.kpis", "Sets the KPIs that measure an objective.", {{"id", json_t::string, true, "the objective"}, {"kpis", json_t::array, true, "the KPIs"}},
         [](session::Session&, const json& op) -> Made<Command> { return pf::setObjectiveKpis(text(op, "id"), strings(op, "kpis")); }},
        {"objective.remove", "Removes an objective.", {{"id", json_t::string, true, "the objective"}},
         [](session::Session&, const json& op) -> Made<Command> { return removal(pf::Objective::kKind, op); }},
    };
    return ops;
}

const std::vector<Query>& performanceQueries() {
    static const std::vector<Query> qs = {
        {"services", "The service catalogue: each service with the suppliers it depends on, its SLA targets (the KPIs that evidence them, the supporting supplier targets, a weaker one flagged) and its KPIs.", {},
         [](session::Session& s, const json&) -> json { return servicesJson(s); }},
        {"kpis", "Every KPI with what it evidences, its latest value and result (met, at_risk, missed, no_data), counts, and its measurements with their results and what was raised from them.", {},
         [](session::Session& s, const json&) -> json { return kpisJson(s); }},
        {"objectives", "Every objective with its achievement computed from its KPIs' latest values.", {},
         [](session::Session& s, const json&) -> json { return objectivesJson(s); }},
        {"service.report", "A service's report for a period: each SLA target with its KPIs' values in the period and the result; the service's other KPIs after them.",
         {{"service", json_t::string, true, "the service"}, {"period", json_t::string, true, "2026, 2026-Q1, 2026-03 or 2026-W09"},
          {"format", json_t::string, false, "json (default), csv or markdown"}, {"lang", json_t::string, false, "markdown: en or ja"}},
         [](session::Session& s, const json& args) -> json {
             const model::Workspace& ws = s.workspace();
             const std::optional<pf::Period> period = pf::parsePeriod(text(args, "period"));
             if (!period || !ws.entities<pf::Service>().find(text(args, "service"))) return nullptr;
             const pf::PerformanceIndex index(ws);
             const pf::ServiceReport r = pf::serviceReport(ws, index, text(args, "service"), *period);
             const std::string format = text(args, "format");
             if (format == "csv") return exchange::serviceReportCsv(ws, r);
             if (format == "markdown") return exchange::serviceReportMarkdown(ws, r, text(args, "lang") == "ja");
             json lines = json::array();
             for (const pf::ReportLine& l : r.lines) {
                 json values = json::array();
                 for (const pf::Measurement* m : l.values) values.push_back({{"period", m->period}, {"value", m->value}});
                 lines.push_back({{"sla_target", l.sla ? l.sla->id : ""}, {"kpi", l.kpi ? l.kpi->id : ""}, {"values", values}, {"met", l.met},
                                  {"at_risk", l.atRisk}, {"missed", l.missed}, {"result", code(l.result)}});
             }
             return {{"service", r.service}, {"period", pf::periodText(r.period)}, {"lines", lines},
                     {"counts", {{"met", r.met}, {"at_risk", r.atRisk}, {"missed", r.missed}, {"no_data", r.noData}}}};
         }},
        {"measurements.csv", "Measurements as CSV for Excel (UTF-8 with a byte-order mark): kpi, kpi_name, period, value, unit, result, note.",
         {{"kpi", json_t::string, false, "one KPI's only"}},
         [](session::Session& s, const json& args) -> json { return exchange::measurementsCsv(s.workspace(), text(args, "kpi")); }},
    };
    return qs;
}

} // namespace kanri::automation
