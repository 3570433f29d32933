#include "ui/theme.hpp"

namespace kanri::ui {
namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }

// Rating colours are chosen to stay apart for the common colour-vision deficiencies as well
// (red–orange–yellow–green would not): the chips also carry their letter, so no meaning is
// carried by colour alone.
const Palette kLight = {
    IM_COL32(200, 55, 45, 255),  IM_COL32(222, 120, 20, 255), IM_COL32(190, 160, 20, 255),
    IM_COL32(40, 140, 80, 255),  IM_COL32(110, 120, 135, 255), IM_COL32(175, 180, 190, 255),
    rgb(30, 125, 60), rgb(170, 105, 0), rgb(190, 40, 35),
    rgb(95, 102, 112),
    IM_COL32(255, 255, 255, 255), IM_COL32(218, 222, 228, 255),
    IM_COL32(228, 231, 236, 255),
    IM_COL32(205, 210, 218, 255),
    IM_COL32(47, 111, 235, 255), IM_COL32(47, 111, 235, 60),
    rgb(252, 228, 225), rgb(253, 243, 214),
    rgb(236, 239, 243),
};

const Palette kDark = {
    IM_COL32(232, 95, 85, 255),  IM_COL32(240, 158, 70, 255), IM_COL32(222, 200, 80, 255),
    IM_COL32(95, 196, 125, 255), IM_COL32(150, 160, 175, 255), IM_COL32(95, 100, 110, 255),
    rgb(120, 210, 140), rgb(235, 190, 90), rgb(255, 120, 110),
    rgb(150, 158, 170),
    IM_COL32(32, 35, 42, 255), IM_COL32(52, 57, 67, 255),
    IM_COL32(50, 55, 64, 255),
    IM_COL32(70, 76, 88, 255),
    IM_COL32(110, 165, 250, 255), IM_COL32(110, 165, 250, 70),
    rgb(90, 30, 28), rgb(78, 62, 18),
    rgb(26, 28, 33),
};

const Palette* g_palette = &kLight;

void lightColors(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgb(31, 35, 40);
    c[ImGuiCol_TextDisabled] = rgb(95, 102, 112);
    c[ImGuiCol_WindowBg] = rgb(248, 249, 251);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
    c[ImGuiCol_Border] = rgb(216, 220, 226);
    c[ImGuiCol_FrameBg] = rgb(236, 239, 244);
    c[ImGuiCol_FrameBgHovered] = rgb(226, 234, 248);
    c[ImGuiCol_FrameBgActive] = rgb(218, 230, 250);
    c[ImGuiCol_MenuBarBg] = rgb(238, 240, 244);
    c[ImGuiCol_Button] = rgb(232, 235, 240);
    c[ImGuiCol_ButtonHovered] = rgb(214, 226, 248);
    c[ImGuiCol_ButtonActive] = rgb(190, 210, 245);
    c[ImGuiCol_Header] = rgb(220, 231, 252);
    c[ImGuiCol_HeaderHovered] = rgb(232, 239, 252);
    c[ImGuiCol_HeaderActive] = rgb(205, 221, 250);
    c[ImGuiCol_Tab] = rgb(232, 235, 240);
    c[ImGuiCol_TabHovered] = rgb(214, 226, 248);
    c[ImGuiCol_TabActive] = rgb(255, 255, 255);
    c[ImGuiCol_TableHeaderBg] = rgb(238, 240, 244);
    c[ImGuiCol_TableRowBgAlt] = rgb(244, 246, 249);
    c[ImGuiCol_CheckMark] = rgb(47, 111, 235);
    c[ImGuiCol_NavHighlight] = rgb(47, 111, 235);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.16f, 0.35f);
}

void darkColors(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgb(230, 232, 235);
    c[ImGuiCol_TextDisabled] = rgb(150, 158, 170);
    c[ImGuiCol_WindowBg] = rgb(22, 24, 29);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = rgb(32, 35, 42);
    c[ImGuiCol_Border] = rgb(52, 57, 67);
    c[ImGuiCol_FrameBg] = rgb(46, 50, 60);
    c[ImGuiCol_FrameBgHovered] = rgb(54, 62, 78);
    c[ImGuiCol_FrameBgActive] = rgb(48, 58, 78);
    c[ImGuiCol_MenuBarBg] = rgb(28, 30, 36);
    c[ImGuiCol_Button] = rgb(42, 46, 55);
    c[ImGuiCol_ButtonHovered] = rgb(52, 72, 108);
    c[ImGuiCol_ButtonActive] = rgb(60, 88, 135);
    c[ImGuiCol_Header] = rgb(40, 62, 100);
    c[ImGuiCol_HeaderHovered] = rgb(46, 56, 74);
    c[ImGuiCol_HeaderActive] = rgb(52, 78, 122);
    c[ImGuiCol_Tab] = rgb(36, 40, 48);
    c[ImGuiCol_TabHovered] = rgb(52, 72, 108);
    c[ImGuiCol_TabActive] = rgb(48, 62, 90);
    c[ImGuiCol_TableHeaderBg] = rgb(32, 35, 42);
    c[ImGuiCol_TableRowBgAlt] = rgb(27, 29, 35);
    c[ImGuiCol_CheckMark] = rgb(110, 165, 250);
    c[ImGuiCol_NavHighlight] = rgb(110, 165, 250);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.5f);
}

} // namespace

void applyTheme(float scale, bool dark) {
    ImGuiStyle style;
    if (dark) darkColors(style);
    else lightColors(style);
    g_palette = dark ? &kDark : &kLight;
    // Generous spacing and soft corners: the eye finds groups by the space between them.
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 5);
    style.CellPadding = ImVec2(6, 4);
    style.ItemSpacing = ImVec2(9, 7);
    style.ItemInnerSpacing = ImVec2(6, 5);
    style.WindowRounding = 0;
    style.ChildRounding = 6;
    style.FrameRounding = 5;
    style.PopupRounding = 6;
    style.GrabRounding = 4;
    style.TabRounding = 5;
    style.ScrollbarSize = 14;
    style.ScrollbarRounding = 7;
    style.IndentSpacing = 20;
    style.WindowBorderSize = 0;
    style.PopupBorderSize = 1;
    // Fields are told apart by their fill, not a border: a border doubles what every field draws.
    style.FrameBorderSize = 0;
    style.TabBorderSize = 0;
    style.SelectableTextAlign = ImVec2(0, 0.5f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

const Palette& palette() { return *g_palette; }
bool themeIsDark() { return g_palette == &kDark; }

} // namespace kanri::ui
