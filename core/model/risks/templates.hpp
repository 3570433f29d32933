#pragma once
// Starting points for the risks most service providers face (the seed's three, and four more),
// in English and Japanese: a new risk from one is then the organisation's own to rate and edit.
#include "model/risks/risk.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace kanri::model::risks {

struct Template {
    std::string_view code; // "service_outage"
    Text title, description, cause, event, consequence, controls;
    Category category;
    std::vector<std::string_view> clauses; // linked by relation risk.clause
};

std::span<const Template> templates();
const Template* findTemplate(std::string_view code);
// The template's fields in one language, as a new risk's (not rated, status identified).
Fields templateFields(const Template& t, Lang lang);

} // namespace kanri::model::risks
