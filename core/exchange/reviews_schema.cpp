// The schema of the management review's fields in the Kanri JSON document: every field a
// string, choices as their codes, dates as YYYY-MM-DD; the frozen inputs as their text.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/reviews/review.hpp"

namespace kanri::exchange {
namespace {
using schema::choices;
using schema::date;
using schema::object;
using schema::ordered_json;
namespace rv = model::reviews;
} // namespace

std::string managementReviewFieldsSchema() {
    ordered_json props = schema::textProperties<rv::ManagementReview>();
    props["title"] = schema::nonEmptyText();
    props["status"] = choices(rv::kReviewStatusCodes);
    for (const char* d : {"planned_on", "held_on", "since"}) props[d] = date();
    props["inputs"] = {{"type", "string"}, {"description", "the inputs a–k as they were when it was held: one fact per line (input, key, value, ids), tab-separated"}};
    const ordered_json patterns = {{"^comment\\.(a|b|c|d|e|f|g|h|i|j|k|readiness)$", schema::text()}};
    return object(props, patterns, {"title"}).dump();
}

std::string reviewDecisionFieldsSchema() {
    ordered_json props = schema::textProperties<rv::ReviewDecision>();
    props["type"] = choices(rv::kDecisionTypeCodes);
    props["description"] = schema::nonEmptyText();
    props["due"] = date();
    return object(props, ordered_json::object(), {"description"}).dump();
}

} // namespace kanri::exchange
