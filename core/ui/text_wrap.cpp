#include "ui/text_wrap.hpp"

#include "model/text.hpp"

#include <imgui.h>

#include <cstring>
#include <string_view>

namespace kanri::ui {
namespace {

std::vector<std::string_view> lines(const char* text, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    return text::wrapLines(text, width, [&](char32_t c) {
        return font->GetCharAdvance(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD)) * scale;
    });
}

float widthOr(float wrapWidth) { return wrapWidth > 0 ? wrapWidth : ImGui::GetContentRegionAvail().x; }

// Most texts fit on one line: measured by ImGui in one pass, they need no line breaking.
bool fitsOnOneLine(const char* text, float width) {
    return *text && !std::strchr(text, '\n') && ImGui::CalcTextSize(text).x <= width;
}

} // namespace

void textWrapped(const char* text, float wrapWidth) {
    const float width = widthOr(wrapWidth);
    if (fitsOnOneLine(text, width)) {
        ImGui::TextUnformatted(text);
        return;
    }
    for (std::string_view line : lines(text, width))
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
}

void textWrappedDisabled(const char* text, float wrapWidth) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    textWrapped(text, wrapWidth);
    ImGui::PopStyleColor();
}

float wrappedHeight(const char* text, float wrapWidth) {
    const size_t n = fitsOnOneLine(text, wrapWidth) ? 1 : lines(text, wrapWidth).size();
    return n * ImGui::GetTextLineHeight() + (n > 0 ? (n - 1) * ImGui::GetStyle().ItemSpacing.y : 0);
}

} // namespace kanri::ui
