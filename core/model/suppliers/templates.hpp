#pragma once
// The matrices a workshop starts from: IaaS, PaaS and SaaS, 32 rows each (domain.md §4.5), in
// English and Japanese, with the organisation, the cloud supplier and the customer as parties.
// Starting points to confirm against each supplier's published SSRM or CAIQ answers.
#include "model/suppliers/raci.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace kanri::model::suppliers {

enum TemplateLang { En = 0, Ja = 1 };
using Text = std::array<std::string, 2>;

// One row of the templates: its clause group, activity, CCM ids and the letters per service
// model, "O:AR S:C C:I" (O the organisation, S the supplier, C the customer).
struct TemplateRow {
    std::string_view group;
    Text activity;
    std::string_view ccm;
    std::array<std::string_view, 3> cells; // IaaS, PaaS, SaaS
};
std::span<const TemplateRow> templateRows();

// A built-in template's matrix (parties named in the language) and rows for a service model
// (IaaS, PaaS or SaaS).
struct MatrixDraft {
    RaciMatrix matrix;
    std::vector<RaciRow> rows; // orders 1, 2, …
};
MatrixDraft builtInTemplate(ServiceModel model, TemplateLang lang);

} // namespace kanri::model::suppliers
