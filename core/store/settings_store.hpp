#pragma once
// App data that is not part of the assessment: language, UI layout. Not undoable.
#include "store/database.hpp"

#include <optional>

namespace kanri::store {

std::optional<std::string> getSetting(Database& db, std::string_view key);
Status setSetting(Database& db, std::string_view key, std::string_view value);

} // namespace kanri::store
