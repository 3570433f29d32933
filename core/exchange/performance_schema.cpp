// The schema of the performance module's fields in the Kanri JSON document: every field a
// string, choices as their codes, dates as YYYY-MM-DD, numbers as decimal texts, periods in
// their four forms.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/performance/kpi.hpp"
#include "model/performance/objective.hpp"
#include "model/performance/service.hpp"

namespace kanri::exchange {
namespace {
using schema::choices;
using schema::date;
using schema::object;
using schema::ordered_json;
namespace pf = model::performance;
const ordered_json kDecimal = {{"type", "string"}, {"pattern", "^-?[0-9]*\\.?[0-9]*$"}, {"minLength", 1}};
const ordered_json kDecimalOrEmpty = {{"type", "string"}, {"pattern", "^(-?[0-9]*\\.?[0-9]*)?$"}};
const ordered_json kPeriod = {{"type", "string"},
                              {"pattern", "^[0-9]{4}(-(Q[1-4]|W[0-5][0-9]|(0[1-9]|1[0-2])))?$"},
                              {"description", "2026 (yearly), 2026-Q1 (quarterly), 2026-03 (monthly), 2026-W09 (weekly)"}};
} // namespace

std::string serviceFieldsSchema() {
    ordered_json props = schema::textProperties<pf::Service>();
    props["name"] = schema::nonEmptyText();
    props["status"] = choices(pf::kServiceStatusCodes);
    return object(props, ordered_json::object(), {"name"}).dump();
}

std::string slaTargetFieldsSchema() {
    ordered_json props = schema::textProperties<pf::SlaTarget>();
    props["measure"] = choices(pf::kSlaMeasureCodes);
    props["name"] = schema::nonEmptyText();
    props["target"] = kDecimal;
    props["better"] = choices(pf::kBetterCodes);
    return object(props, ordered_json::object(), {"name", "target"}).dump();
}

std::string kpiFieldsSchema() {
    ordered_json props = schema::textProperties<pf::Kpi>();
    props["name"] = schema::nonEmptyText();
    props["better"] = choices(pf::kBetterCodes);
    props["target"] = kDecimal;
    props["threshold"] = kDecimalOrEmpty;
    props["frequency"] = choices(pf::kFrequencyCodes);
    return object(props, ordered_json::object(), {"name", "target"}).dump();
}

std::string measurementFieldsSchema() {
    ordered_json props = schema::textProperties<pf::Measurement>();
    props["period"] = kPeriod;
    props["value"] = kDecimal;
    return object(props, ordered_json::object(), {"period", "value"}).dump();
}

std::string objectiveFieldsSchema() {
    ordered_json props = schema::textProperties<pf::Objective>();
    props["title"] = schema::nonEmptyText();
    props["due"] = date();
    props["status"] = choices(pf::kObjectiveStatusCodes);
    return object(props, ordered_json::object(), {"title"}).dump();
}

} // namespace kanri::exchange
