#pragma once
// The performance module's edits that need a rule of their own; each is one undoable command.
// Plain edits of fields are generic puts (patchFields).
#include "model/command_stack.hpp"
#include "model/performance/kpi.hpp"
#include "model/performance/objective.hpp"
#include "model/performance/service.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kanri::model::performance {

// A new service depending on these suppliers.
std::unique_ptr<Command> createService(Fields fields, std::vector<std::string> suppliers = {});
// The suppliers the service depends on become exactly these.
std::unique_ptr<Command> setServiceSuppliers(const std::string& serviceId, std::vector<std::string> suppliers);
// Removes a service with its SLA targets (the KPIs that pointed at them stay, unlinked).
std::unique_ptr<Command> removeService(const std::string& serviceId);
// A new SLA target of the service.
std::unique_ptr<Command> createSlaTarget(const std::string& serviceId, Fields fields);

// A new KPI evidencing an SLA target ("" for none) or else a service ("" for none); a KPI under
// an SLA target belongs to the target's service.
std::unique_ptr<Command> createKpi(Fields fields, std::string serviceId, std::string slaId);
// What the KPI evidences becomes exactly this (an SLA target, or a service, or nothing).
std::unique_ptr<Command> setKpiSubject(const std::string& kpiId, std::string serviceId, std::string slaId);
// Removes a KPI with its measurements (refused while something raised from one remains).
std::unique_ptr<Command> removeKpi(const std::string& kpiId);

// The KPI's value for a period: a new measurement, or the one of that period changed (one per
// period). The period must be of the KPI's frequency; the value a number.
std::unique_ptr<Command> recordMeasurement(const std::string& kpiId, std::string period, std::string value, std::string note);
// A nonconformity (source "KPI or SLA miss") or an improvement opportunity raised from a
// measurement that missed its target or is at risk, linked to it (and the nonconformity to the
// clause it falls under: 8.3.3 for an SLA target's KPI, 9.1 otherwise). Once per measurement.
std::unique_ptr<Command> raiseFromMeasurement(const std::string& measurementId, bool nonconformity, std::string today);

// A new objective measured by these KPIs; the KPIs of an objective become exactly these.
std::unique_ptr<Command> createObjective(Fields fields, std::vector<std::string> kpis = {});
std::unique_ptr<Command> setObjectiveKpis(const std::string& objectiveId, std::vector<std::string> kpis);

} // namespace kanri::model::performance
