#pragma once
// One JSON reader for everything Kanri accepts from outside (Kanri JSON files, automation
// operations): a document with the same member twice in one object is refused with the JSON
// path of the second one, since which of the two counts would be a guess. Callers check sizes
// and depth first (json_limits.hpp). Used by .cpp files that link nlohmann/json themselves.
#include "model/error.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

namespace kanri::exchange {

// The parsed document, or the problem: "not valid JSON" or "duplicate member" with its path
// ("/assessment/items/3/rating") as the error's detail.
Result<nlohmann::json> parseJsonStrict(std::string_view text);

} // namespace kanri::exchange
