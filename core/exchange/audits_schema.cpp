// The schema of the audit programme's fields in the Kanri JSON document: every field a string,
// choices as their codes, dates as YYYY-MM-DD.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/audits/audit.hpp"

namespace kanri::exchange {
namespace {
using schema::choices;
using schema::date;
using schema::object;
using schema::ordered_json;
namespace au = model::audits;
} // namespace

std::string auditProgrammeFieldsSchema() {
    ordered_json props = schema::textProperties<au::AuditProgramme>();
    props["title"] = schema::nonEmptyText();
    props["start"] = props["end"] = date();
    return object(props, ordered_json::object(), {"title"}).dump();
}

std::string auditFieldsSchema() {
    ordered_json props = schema::textProperties<au::Audit>();
    props["title"] = schema::nonEmptyText();
    props["status"] = choices(au::kAuditStatusCodes);
    for (const char* d : {"planned_on", "held_on", "reported_on", "closed_on"}) props[d] = date();
    return object(props, ordered_json::object(), {"title"}).dump();
}

std::string findingFieldsSchema() {
    ordered_json props = schema::textProperties<au::Finding>();
    props["type"] = choices(au::kFindingTypeCodes);
    props["statement"] = schema::nonEmptyText();
    return object(props, ordered_json::object(), {"statement"}).dump();
}

} // namespace kanri::exchange
