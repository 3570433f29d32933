#include "platform_native.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <limits.h>
#include <stdlib.h>

namespace kanri::native {

std::string NativePlatform::locale() const {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "en";
}

bool NativePlatform::prefersDarkColors() const {
    const char* theme = std::getenv("GTK_THEME");
    return theme && std::strstr(theme, ":dark");
}

std::string NativePlatform::storageLocation() const {
    char resolved[PATH_MAX];
    return realpath(m_db.c_str(), resolved) ? std::string(resolved) : m_db;
}

std::string NativePlatform::homeFolder() const {
    const char* home = std::getenv("HOME");
    if (home && *home) return home;
    std::error_code ec;
    return std::filesystem::current_path(ec).string();
}

ui::FolderListing NativePlatform::listFolder(const std::string& folder) const {
    namespace fs = std::filesystem;
    ui::FolderListing out{folder, {}, {}};
    std::error_code ec;
    fs::directory_iterator it(fs::path(folder), fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.error = ec.message();
        return out;
    }
    for (const fs::directory_entry& e : it) {
        ui::FolderEntry entry;
        entry.name = e.path().filename().string(); // bytes as on disk: UTF-8 on Linux
        if (entry.name.empty() || entry.name[0] == '.') continue; // hidden
        std::error_code statError;
        entry.isFolder = e.is_directory(statError); // follows links, like a file manager
        if (!entry.isFolder) {
            if (!e.is_regular_file(statError)) continue; // sockets, broken links…
            entry.bytes = e.file_size(statError);
        }
        const auto written = e.last_write_time(statError);
        if (!statError)
            entry.modified = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::file_clock::to_sys(written).time_since_epoch()).count();
        out.entries.push_back(std::move(entry));
    }
    std::sort(out.entries.begin(), out.entries.end(), [](const ui::FolderEntry& a, const ui::FolderEntry& b) {
        return a.isFolder != b.isFolder ? a.isFolder : a.name < b.name;
    });
    return out;
}

int NativePlatform::utcOffsetMinutes(long long epochSeconds) const {
    const std::time_t t = static_cast<std::time_t>(epochSeconds);
    std::tm local{};
    if (!localtime_r(&t, &local)) return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

void NativePlatform::saveFile(const std::string& path, const std::string&, const std::string& bytes,
                              std::function<void(bool, std::string)> done) {
    // Write next to the target, then rename: a failed write never leaves half a file.
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    bool ok = f && std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (f) ok = std::fclose(f) == 0 && ok;
    ok = ok && std::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) std::remove(tmp.c_str());
    done(ok, ok ? path : path + ": " + std::strerror(errno));
}

void NativePlatform::openFile(const std::string& path, std::function<void(bool, std::string, std::string)> done) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        done(false, path + ": " + std::strerror(errno), {});
        return;
    }
    std::string bytes;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    std::fclose(f);
    done(true, path, std::move(bytes));
}

void NativePlatform::requestQuit() {
    if (m_window) glfwSetWindowShouldClose(m_window, GLFW_TRUE);
}

} // namespace kanri::native
