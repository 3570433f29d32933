#pragma once
// Dear ImGui 1.86 samples key state once per frame, and its GLFW backend writes key presses and
// releases straight into io.KeysDown: a key pressed and released between two frames (a quick
// tap, an automation tool, an idle loop woken by the press) is never seen. These callbacks
// queue keys and typed characters in order and hand them to ImGui a frame at a time, a second
// change of the same key waiting for the next frame (as web/web_input.cpp does in the browser).
struct GLFWwindow;

namespace kanri::native {

// After ImGui_ImplGlfw_InitForOpenGL(window, true): takes over its key and character callbacks.
void installKeyQueue(GLFWwindow* window);
// Before ImGui::NewFrame(). Returns true when events are left for the next frames.
bool applyKeyQueue(GLFWwindow* window);

} // namespace kanri::native
