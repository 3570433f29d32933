// The schema of a risk's and of the risk matrix's fields in the Kanri JSON document: every
// field a string, choices as their codes, levels as digits, dates as YYYY-MM-DD.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/risks/risk.hpp"

#include <nlohmann/json.hpp>

namespace kanri::exchange {
namespace {

using nlohmann::ordered_json;
using schema::choices;
namespace risks = model::risks;

} // namespace

std::string riskFieldsSchema() {
    const ordered_json text = {{"type", "string"}};
    const ordered_json level = {{"type", "string"}, {"pattern", "^[1-9]?$"}, {"description", "1 to the matrix's levels; \"\": not rated"}};
    const ordered_json date = schema::date();
    ordered_json props = ordered_json::object();
    for (const auto& [name, value] : fieldsOf(risks::Risk{})) {
        (void)value;
        if (name.find("likelihood") != std::string::npos || name.find("impact") != std::string::npos) props[name] = level;
        else if (name == "last_review" || name == "next_review" || name == "accepted_on" || name == "accepted_until") props[name] = date;
        else props[name] = text;
    }
    props["category"] = choices(risks::kCategoryCodes);
    props["scope"] = choices(risks::kScopeCodes);
    props["nature"] = choices(risks::kNatureCodes);
    props["treatment"] = choices(risks::kTreatmentCodes);
    props["status"] = choices(risks::kStatusCodes);
    props["cadence"] = choices(risks::kCadenceCodes);
    props["title"] = schema::nonEmptyText();
    return ordered_json{{"type", "object"}, {"required", {"title"}}, {"properties", props}, {"additionalProperties", false}}.dump();
}

std::string riskMatrixFieldsSchema() {
    const ordered_json digits = {{"type", "string"}, {"pattern", "^[0-9]{1,3}$"}};
    return ordered_json{{"type", "object"},
                        {"required", {"likelihoods", "impacts", "bands"}},
                        {"properties", {{"likelihoods", {{"type", "string"}, {"enum", {"3", "4", "5"}}}},
                                        {"impacts", {{"type", "string"}, {"enum", {"3", "4", "5"}}}},
                                        {"bands", {{"type", "string"}, {"enum", {"1", "2", "3", "4", "5", "6"}}}},
                                        {"grid", {{"type", "string"}, {"description", "\"\", or band codes row by row: \"low,low;medium,high\""}}}}},
                        {"patternProperties",
                         {{"^(likelihood|impact)\\.[1-5]\\.(en|ja)$", schema::nonEmptyText()},
                          {"^anchor\\.(availability|customers|security|legal|financial)\\.[1-5]\\.(en|ja)$", {{"type", "string"}}},
                          {"^band\\.[1-6]\\.code$", {{"type", "string"}, {"pattern", "^[a-z0-9_]+$"}}},
                          {"^band\\.[1-6]\\.(en|ja)$", schema::nonEmptyText()},
                          {"^band\\.[1-6]\\.colour$", {{"type", "string"}, {"pattern", "^#[0-9a-fA-F]{6}$"}}},
                          {"^band\\.[1-6]\\.min$", digits},
                          {"^band\\.[1-6]\\.acceptable$", {{"type", "string"}, {"enum", {"yes", "no"}}}},
                          {"^band\\.[1-6]\\.criterion\\.(en|ja)$", {{"type", "string"}}}}},
                        {"additionalProperties", false}}
        .dump();
}

} // namespace kanri::exchange
