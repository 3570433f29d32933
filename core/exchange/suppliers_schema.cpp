// The schema of the supplier register's and the responsibility matrices' fields in the Kanri
// JSON document: every field a string, choices as their codes, dates as YYYY-MM-DD, letters as
// A R C I in that order.
#include "exchange/schema.hpp"
#include "exchange/schema_helpers.hpp"

#include "model/suppliers/raci.hpp"
#include "model/suppliers/review.hpp"
#include "model/suppliers/supplier.hpp"

namespace kanri::exchange {
namespace {
using schema::choices;
using schema::object;
using schema::ordered_json;
namespace sup = model::suppliers;

const ordered_json kYesOrEmpty = {{"type", "string"}, {"enum", {"", "yes"}}};
const ordered_json kNoOrEmpty = {{"type", "string"}, {"enum", {"", "no", "yes"}}};
} // namespace

std::string supplierFieldsSchema() {
    ordered_json props = ordered_json::object();
    for (const auto& [name, value] : fieldsOf(sup::Supplier{})) {
        (void)value;
        props[name] = schema::text();
    }
    props["name"] = schema::nonEmptyText();
    props["kind"] = choices(sup::kSupplierKindCodes);
    props["service_model"] = choices(sup::kSupplyModelCodes);
    props["via"] = {{"type", "string"}, {"description", "a third party: the supplier (\"SUP-001\") it is reached through, also linked by supplier.via"}};
    for (const char* d : {"contract_start", "contract_end", "review_on"}) props[d] = schema::date();
    props["targets"] = schema::count();
    props["assurance"] = schema::count();
    const ordered_json patterns = {
        {"^target\\.[0-9]+\\.(measure|unit)$", schema::text()},
        {"^target\\.[0-9]+\\.(supplier|customer)$", {{"type", "string"}, {"pattern", "^(-?[0-9]*\\.?[0-9]+)?$"}}},
        {"^target\\.[0-9]+\\.better$", choices(sup::kBetterCodes)},
        {"^assurance\\.[0-9]+\\.kind$", choices(sup::kAssuranceKindCodes)},
        {"^assurance\\.[0-9]+\\.reference$", schema::text()},
        {"^assurance\\.[0-9]+\\.expires$", schema::date()}};
    return object(props, patterns, {"name"}).dump();
}

std::string supplierReviewFieldsSchema() {
    ordered_json props = ordered_json::object();
    for (const auto& [name, value] : fieldsOf(sup::SupplierReview{})) {
        (void)value;
        props[name] = schema::text();
    }
    for (const char* d : {"from", "to", "held_on"}) props[d] = schema::date();
    props["result"] = choices(sup::kReviewResultCodes);
    props["results"] = schema::count();
    const ordered_json patterns = {
        {"^result\\.[0-9]+\\.(measure|unit)$", schema::text()},
        {"^result\\.[0-9]+\\.(target|actual)$", {{"type", "string"}, {"pattern", "^(-?[0-9]*\\.?[0-9]+)?$"}}},
        {"^result\\.[0-9]+\\.better$", {{"type", "string"}, {"enum", {"", "higher", "lower"}}}}};
    return object(props, patterns, {}).dump();
}

std::string raciMatrixFieldsSchema() {
    const ordered_json props = {{"title", schema::nonEmptyText()},
                                {"scope", {{"type", "string"}, {"description", "what it covers; the 8.2.3 rule looks at all matrices of a scope"}}},
                                {"service_model", choices(sup::kServiceModelCodes)},
                                {"parties", {{"type", "string"}, {"pattern", "^[0-9]{1,2}$"}}}};
    const ordered_json patterns = {{"^party\\.[0-9]+\\.code$", {{"type", "string"}, {"pattern", "^[A-Z0-9_-]{1,16}$"}}},
                                   {"^party\\.[0-9]+\\.name$", schema::nonEmptyText()},
                                   {"^party\\.[0-9]+\\.kind$", choices(sup::kPartyKindCodes)},
                                   {"^party\\.[0-9]+\\.(supplier|via|contract_ref)$", schema::text()}};
    return object(props, patterns, {"title", "parties"}).dump();
}

std::string raciRowFieldsSchema() {
    const ordered_json props = {{"order", {{"type", "string"}, {"pattern", "^[0-9]{0,12}$"}}},
                                {"group", {{"type", "string"}, {"description", "ISO/IEC 20000-1 clause(s): \"8.6.1\", \"8.5.1/8.7.3.2\""}}},
                                {"activity", schema::text()},
                                {"ccm", {{"type", "string"}, {"description", "CSA CCM v4 ids, space separated: \"STA-04 SEF-05\""}}},
                                {"notes", schema::text()},
                                {"evidence", schema::text()},
                                {"applicable", kNoOrEmpty},
                                {"na_reason", schema::text()},
                                {"in_scope", kNoOrEmpty},
                                {"sold", kNoOrEmpty},
                                {"agreed", kYesOrEmpty}};
    const ordered_json patterns = {{"^cell\\.[A-Z0-9_-]{1,16}$", {{"type", "string"}, {"pattern", "^A?R?C?I?$"}, {"description", "letters in the order A R C I"}}}};
    return object(props, patterns, {}).dump();
}

std::string signOffFieldsSchema() {
    const ordered_json props = {{"on", schema::date()}, {"note", schema::text()}, {"participants", schema::count()},
                                {"frozen", {{"type", "string"}, {"description", "the matrix as agreed, in Kanri's field encoding"}}}};
    const ordered_json patterns = {{"^participant\\.[0-9]+\\.(name|role|party)$", schema::text()}};
    return object(props, patterns, {"on", "participants", "frozen"}).dump();
}

std::string savedTemplateFieldsSchema() {
    return object({{"title", schema::nonEmptyText()}, {"frozen", schema::text()}}, ordered_json::object(), {"title", "frozen"}).dump();
}

} // namespace kanri::exchange
