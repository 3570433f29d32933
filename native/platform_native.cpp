#include "platform_native.hpp"

#include <GLFW/glfw3.h>

#include <cstdlib>

namespace kanri::native {

std::string NativePlatform::locale() const {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "en";
}

void NativePlatform::requestQuit() {
    if (m_window) glfwSetWindowShouldClose(m_window, GLFW_TRUE);
}

} // namespace kanri::native
