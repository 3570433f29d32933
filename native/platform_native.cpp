#include "platform_native.hpp"

#include <GLFW/glfw3.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kanri::native {

std::string NativePlatform::locale() const {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "en";
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
