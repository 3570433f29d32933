#pragma once
// Reads the packed clause catalogue (clauses.kcat), which the build makes from
// assets/catalogue/clauses.json with assets/catalogue/pack_catalogue.py (its header describes the
// format). Both apps read this form at start: a few length-prefixed copies, where parsing the
// JSON was the largest step before the browser's first frame. The JSON stays the source
// (parseCatalogue); a test checks that both give the same catalogue.
#include "model/catalogue.hpp"
#include "model/error.hpp"

#include <string_view>

namespace kanri::exchange {

// Errors say where the bytes stopped making sense ("packed catalogue: truncated at byte 812").
Result<model::Catalogue> readPackedCatalogue(std::string_view bytes);

} // namespace kanri::exchange
