// The schema of the improvement loop's fields in the Kanri JSON document: every field a
// string, choices as their codes, dates as YYYY-MM-DD, ratings 1–5.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/improvement/action.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"

namespace kanri::exchange {
namespace {
using schema::choices;
using schema::date;
using schema::object;
using schema::ordered_json;
namespace imp = model::improvement;
const ordered_json kLevel = {{"type", "string"}, {"pattern", "^[1-5]?$"}};
} // namespace

std::string actionFieldsSchema() {
    ordered_json props = schema::textProperties<imp::Action>();
    props["description"] = schema::nonEmptyText();
    props["owner"] = schema::nonEmptyText();
    props["due"] = {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    props["done_on"] = date();
    props["status"] = choices(imp::kActionStatusCodes);
    return object(props, ordered_json::object(), {"description", "owner", "due"}).dump();
}

std::string nonconformityFieldsSchema() {
    ordered_json props = schema::textProperties<imp::Nonconformity>();
    props["title"] = schema::nonEmptyText();
    props["source"] = choices(imp::kNcSourceCodes);
    props["grade"] = {{"type", "string"}, {"pattern", "^[a-z0-9_]{1,24}$"}, {"description", "major, minor, observation, or an organisation's own code"}};
    props["rca_method"] = choices(imp::kRcaMethodCodes);
    props["causes"] = {{"type", "string"}, {"description", "cause codes, space separated: people process technology supplier information environment other"}};
    props["state"] = choices(imp::kNcStateCodes);
    props["review_result"] = choices(imp::kReviewResultCodes);
    props["past_reviews"] = schema::count();
    for (const char* d : {"detected_on", "corrected_on", "review_due", "review_on", "state_on", "closed_on"}) props[d] = date();
    const ordered_json patterns = {{"^past\\.[0-9]+\\.(method|criteria|reviewer|evidence)$", schema::text()},
                                   {"^past\\.[0-9]+\\.(due|on)$", date()},
                                   {"^past\\.[0-9]+\\.result$", choices(imp::kReviewResultCodes)}};
    return object(props, patterns, {"title"}).dump();
}

std::string opportunityFieldsSchema() {
    ordered_json props = schema::textProperties<imp::Opportunity>();
    props["title"] = schema::nonEmptyText();
    props["source"] = choices(imp::kOfiSourceCodes);
    props["benefit"] = choices(imp::kBenefitCodes);
    props["decision"] = choices(imp::kDecisionCodes);
    props["achieved"] = choices(imp::kAchievedCodes);
    for (const char* l : {"value", "urgency", "effort"}) props[l] = kLevel;
    for (const char* d : {"decided_on", "result_on"}) props[d] = date();
    return object(props, ordered_json::object(), {"title"}).dump();
}

std::string pdcaCycleFieldsSchema() {
    ordered_json props = schema::textProperties<imp::PdcaCycle>();
    props["title"] = schema::nonEmptyText();
    props["start"] = props["end"] = {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    return object(props, ordered_json::object(), {"title", "start", "end"}).dump();
}

} // namespace kanri::exchange
