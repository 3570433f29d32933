#pragma once
// Where the desktop app keeps its database: $XDG_DATA_HOME/kanri, else ~/.local/share/kanri.
#include "model/error.hpp"

#include <string>

namespace kanri::native {

std::string defaultDataFolder();
// Creates the folder if needed and checks that it is writable.
Status prepareDataFolder(const std::string& folder);

} // namespace kanri::native
