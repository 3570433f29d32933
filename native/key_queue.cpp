#include "key_queue.hpp"

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>

#include <deque>
#include <set>

namespace kanri::native {
namespace {

struct KeyEvent {
    bool isChar;
    int key, scancode, action, mods;
    unsigned int codepoint;
};
std::deque<KeyEvent> g_events;

} // namespace

void installKeyQueue(GLFWwindow* window) {
    glfwSetKeyCallback(window, [](GLFWwindow*, int key, int scancode, int action, int mods) {
        g_events.push_back({false, key, scancode, action, mods, 0});
    });
    glfwSetCharCallback(window, [](GLFWwindow*, unsigned int c) { g_events.push_back({true, 0, 0, 0, 0, c}); });
}

bool applyKeyQueue(GLFWwindow* window) {
    std::set<int> changed;
    while (!g_events.empty()) {
        const KeyEvent e = g_events.front();
        if (!e.isChar) {
            if (e.action != GLFW_REPEAT && !changed.insert(e.key).second) break;
            ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
        } else {
            ImGui_ImplGlfw_CharCallback(window, e.codepoint);
        }
        g_events.pop_front();
    }
    return !g_events.empty();
}

} // namespace kanri::native
