#include "ui/text_wrap.hpp"

#include "model/text.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kanri::ui {
namespace {


// std::bit_cast, which Emscripten 3.1.6's libc++ lacks.
uint64_t bitsOf(float f) {
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

// A key for a text drawn in the current font at a width. The glyph count changes when more
// glyphs are merged in (the extension kanji after the first frame), and with it the advances
// of characters that were missing.
uint64_t keyOf(std::string_view text, float width) {
    const ImFont* font = ImGui::GetFont();
    uint64_t key = std::hash<std::string_view>{}(text);
    for (uint64_t part : {static_cast<uint64_t>(reinterpret_cast<uintptr_t>(font)), static_cast<uint64_t>(font->Glyphs.Size),
                          bitsOf(ImGui::GetFontSize()), bitsOf(width)})
        key = (key ^ part) * 0x100000001b3ull; // FNV-style mixing
    return key;
}

} // namespace

float textWidth(std::string_view text) {
    struct Entry {
        std::string text;
        float width;
    };
    static std::unordered_map<uint64_t, Entry> cache;
    const uint64_t key = keyOf(text, 0);
    if (auto it = cache.find(key); it != cache.end() && it->second.text == text) return it->second.width;
    if (cache.size() > 4096) cache.clear();
    const float width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    cache[key] = {std::string(text), width};
    return width;
}

namespace {

// Most texts fit on one line: measured by ImGui in one pass, they need no line breaking.
bool fitsOnOneLine(const char* text, float width) {
    return *text && !std::strchr(text, '\n') && textWidth(text) <= width;
}

struct Span {
    uint32_t start, length;
    float width;
};

// Where a text breaks at a width in a font. The same texts are drawn frame after frame, so
// each is broken once and looked up after that (by a hash, checked against the text); the
// cache starts again when it grows large (a long session of edited notes).
const std::vector<Span>& lines(const char* text, float width) {
    struct Entry {
        std::string text;
        std::vector<Span> lines;
    };
    static std::unordered_map<uint64_t, Entry> cache;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const std::string_view view(text);
    const uint64_t key = keyOf(view, width);
    if (auto it = cache.find(key); it != cache.end() && it->second.text == view) return it->second.lines;
    if (cache.size() > 2048) cache.clear();
    Entry& e = cache[key];
    e.text.assign(view);
    e.lines.clear();
    if (fitsOnOneLine(text, width)) {
        e.lines.push_back({0, static_cast<uint32_t>(view.size()), textWidth(view)});
        return e.lines;
    }
    const float scale = size / font->FontSize;
    for (std::string_view line : text::wrapLines(e.text, width, [&](char32_t c) {
             return font->GetCharAdvance(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD)) * scale;
         }))
        e.lines.push_back({static_cast<uint32_t>(line.data() - e.text.data()), static_cast<uint32_t>(line.size()),
                           ImGui::CalcTextSize(line.data(), line.data() + line.size()).x});
    return e.lines;
}

// ImGui::TextUnformatted with the width already known: a wrapped text's lines are measured
// when it is broken, not again every frame.
void textLine(const char* begin, const char* end, float width) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
    const ImVec2 size(width, ImGui::GetFontSize());
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    if (!ImGui::ItemAdd(bb, 0)) return;
    ImGui::RenderText(bb.Min, begin, end, false);
}

float widthOr(float wrapWidth) { return wrapWidth > 0 ? wrapWidth : ImGui::GetContentRegionAvail().x; }

} // namespace

void textWrapped(const char* text, float wrapWidth) {
    const float width = widthOr(wrapWidth);
    for (const Span& line : lines(text, width)) textLine(text + line.start, text + line.start + line.length, line.width);
}

void textWrappedDisabled(const char* text, float wrapWidth) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    textWrapped(text, wrapWidth);
    ImGui::PopStyleColor();
}

void bulletWrapped(const char* text, bool disabled) {
    ImGui::Bullet(); // keeps the cursor on the line
    ImGui::BeginGroup();
    if (disabled) textWrappedDisabled(text);
    else textWrapped(text);
    ImGui::EndGroup();
}

float wrappedHeight(const char* text, float wrapWidth) {
    const size_t n = lines(text, wrapWidth).size();
    return n * ImGui::GetTextLineHeight() + (n > 0 ? (n - 1) * ImGui::GetStyle().ItemSpacing.y : 0);
}

} // namespace kanri::ui
