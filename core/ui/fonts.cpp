#include "ui/fonts.hpp"

#include <imgui.h>

#include <cstdio>

namespace kanri::ui {
namespace {

// Everything the subset files can contain; ImGui skips code points a font lacks.
const ImWchar kRanges[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1
    0x0370, 0x03FF, // Greek (JIS row 6)
    0x0400, 0x04FF, // Cyrillic (JIS row 7)
    0x2000, 0x206F, // General punctuation
    0x2100, 0x22FF, // Letterlike symbols, arrows, maths
    0x2500, 0x25FF, // Box drawing, geometric shapes (incl. U+25A1)
    0x2600, 0x26FF, // Misc symbols
    0x3000, 0x30FF, // CJK punctuation, hiragana, katakana
    0x4E00, 0x9FFF, // CJK unified ideographs
    0xFF00, 0xFFEF, // Half-width and full-width forms
    0,
};

constexpr ImWchar kReplacementBox = 0x25A1;

// ImGui 1.86 falls back to U+FFFD or '?'; a box reads better for unknown kanji and says
// "this character exists but the font lacks it".
void useBoxAsFallback(ImFont* font) {
    if (const ImFontGlyph* box = font->FindGlyphNoFallback(kReplacementBox)) {
        font->FallbackChar = kReplacementBox;
        font->FallbackGlyph = box;
        font->FallbackAdvanceX = box->AdvanceX;
        for (int i = 0; i < font->IndexLookup.Size && i < font->IndexAdvanceX.Size; ++i)
            if (font->IndexLookup[i] == static_cast<ImWchar>(-1)) font->IndexAdvanceX[i] = box->AdvanceX;
    }
}

} // namespace

// One read of the whole file: character-wise stream iteration costs ~100 ms per MiB in wasm.
std::vector<unsigned char> readFile(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return {};
    std::vector<unsigned char> bytes;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0 && std::fseek(f, 0, SEEK_SET) == 0) {
            bytes.resize(static_cast<size_t>(size));
            if (std::fread(bytes.data(), 1, bytes.size(), f) != bytes.size()) bytes.clear();
        }
    }
    std::fclose(f);
    return bytes;
}

bool buildFontAtlas(FontSet& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (fonts.base.empty()) {
        ImFontConfig cfg;
        cfg.SizePixels = fonts.pixelSize;
        io.Fonts->AddFontDefault(&cfg);
        io.Fonts->Build();
        return false;
    }
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    cfg.OversampleH = 1; // CJK glyphs are dense: horizontal oversampling would double the atlas
    cfg.PixelSnapH = true;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(fonts.base.data(), static_cast<int>(fonts.base.size()),
                                                  fonts.pixelSize, &cfg, kRanges);
    if (!fonts.extension.empty()) {
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        io.Fonts->AddFontFromMemoryTTF(fonts.extension.data(), static_cast<int>(fonts.extension.size()),
                                       fonts.pixelSize, &merge, kRanges);
    }
    io.Fonts->Build();
    if (font) useBoxAsFallback(font);
    return font != nullptr;
}

} // namespace kanri::ui
