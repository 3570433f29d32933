#include "data_folder.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace kanri::native {

std::string defaultDataFolder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/kanri";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/kanri";
}

Status prepareDataFolder(const std::string& folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) return fail(ErrorCode::DatabaseOpen, folder + ": " + ec.message());
    if (access(folder.c_str(), W_OK) != 0) return fail(ErrorCode::DatabaseOpen, folder + ": not writable");
    return ok();
}

} // namespace kanri::native
