#pragma once
// Reads the clause catalogue (assets/catalogue/clauses.json) into the model.
#include "model/catalogue.hpp"
#include "model/error.hpp"

#include <string_view>

namespace kanri::exchange {

// Errors name the JSON path of the bad field, e.g. "/clauses/12/title_ja: missing".
Result<model::Catalogue> parseCatalogue(std::string_view json);

} // namespace kanri::exchange
