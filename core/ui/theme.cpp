#include "ui/theme.hpp"

#include <imgui.h>

namespace kanri::ui {

void applyTheme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = ImVec2(10, 8);
    style.FramePadding = ImVec2(8, 4);
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.ChildRounding = 3;
    style.ScrollbarSize = 14;
    style.IndentSpacing = 18;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.15f, 0.16f, 0.19f, 1);
    c[ImGuiCol_Header] = ImVec4(0.20f, 0.33f, 0.52f, 0.75f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.42f, 0.64f, 0.80f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.28f, 0.47f, 0.72f, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace kanri::ui
