#include "ui/fonts.hpp"

#include "i18n/i18n.hpp"
#include "model/catalogue.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <cmath>
#include <cstdio>

namespace kanri::ui {
namespace {

// Everything the Japanese subset files can contain (16-bit only, see fonts.hpp); ImGui packs
// only the code points a font has, so generous blocks cost lookups, not atlas space.
// tests/unit/fonts_test.cpp checks that no glyph of the files falls outside these.
const ImWchar kRanges[] = {
    0x0020, 0x04FF, // Latin, Latin-1, Latin extended, IPA, combining marks, Greek, Cyrillic
    0x1E00, 0x1FFF, // Latin extended additional, Greek extended (JIS X 0213)
    0x2000, 0x2BFF, // Punctuation, letterlike, arrows, maths, ①, box drawing, □, symbols, dingbats
    0x3000, 0x33FF, // CJK punctuation, kana, small kana ㇰ, enclosed ㈱, compatibility ㍉
    0x3400, 0x4DBF, // CJK unified ideographs extension A (JIS X 0213)
    0x4E00, 0x9FFF, // CJK unified ideographs
    0xF900, 0xFAFF, // CJK compatibility ideographs (﨑, the IBM extension kanji)
    0xFE30, 0xFE4F, // CJK compatibility forms (sesame dots)
    0xFF00, 0xFFEF, // Half-width and full-width forms
    0,
};

// Small/Heading/Title always have these; the characters of the UI texts come on top.
const ImWchar kStyledRanges[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1
    0x2000, 0x206F, // General punctuation
    0x3000, 0x30FF, // CJK punctuation, hiragana, katakana
    0,
};

// Fork Awesome's private-use block; the subset file has only the icons of icons.hpp.
const ImWchar kIconRanges[] = {0xF000, 0xF3FF, 0};

constexpr ImWchar kReplacementBox = 0x25A1;

struct StyleSize {
    TextStyle style;
    float scale; // of the Body size
};
constexpr StyleSize kStyledSizes[] = {{TextStyle::Small, 0.85f}, {TextStyle::Heading, 1.2f}, {TextStyle::Title, 1.5f}};

// Index into io.Fonts->Fonts per TextStyle, not ImFont*: an index cannot dangle when a test
// destroys the ImGui context that owned the atlas.
std::array<int, 4> g_fontIndex{};
// ImGui keeps a pointer to the ranges of each font until the atlas is cleared.
ImVector<ImWchar> g_styledRanges;

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

void addFontData(std::vector<unsigned char>& data, float size, const ImWchar* ranges, ImFontConfig cfg) {
    if (data.empty()) return;
    cfg.FontDataOwnedByAtlas = false;
    ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size, &cfg, ranges);
}

// One size: base, then the extension and the icons merged into it. Returns its index.
int addFontSize(FontSet& fonts, float size, const ImWchar* ranges) {
    ImFontConfig cfg;
    cfg.OversampleH = 1; // CJK glyphs are dense: horizontal oversampling would double the atlas
    cfg.PixelSnapH = true;
    addFontData(fonts.base, size, ranges, cfg);
    cfg.MergeMode = true;
    addFontData(fonts.extension, size, ranges, cfg);
    // Icons one kanji wide, so labels after them line up; raised a little, because Fork
    // Awesome centres its glyphs lower than IPAexGothic centres a kanji.
    ImFontConfig icon = cfg;
    icon.GlyphMinAdvanceX = size;
    icon.GlyphOffset.y = -std::round(size * 0.05f);
    addFontData(fonts.icons, size, kIconRanges, icon);
    return ImGui::GetIO().Fonts->Fonts.Size - 1;
}

const ImWchar* styledRanges(const std::vector<std::string>& texts) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kStyledRanges);
    builder.AddChar(kReplacementBox);
    for (const std::string& text : texts) builder.AddText(text.c_str(), text.c_str() + text.size());
    g_styledRanges.clear();
    builder.BuildRanges(&g_styledRanges);
    return g_styledRanges.Data;
}

} // namespace

ImFont* font(TextStyle style) {
    if (!ImGui::GetCurrentContext()) return nullptr;
    const ImVector<ImFont*>& built = ImGui::GetIO().Fonts->Fonts;
    if (built.empty()) return nullptr;
    const int index = g_fontIndex[static_cast<size_t>(style)];
    return index >= 0 && index < built.Size ? built[index] : built[0];
}

ImFont* fontFor(TextStyle style, const char* text) {
    ImFont* styled = font(style);
    if (!styled || style == TextStyle::Body) return styled;
    for (const char* p = text; *p;) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, nullptr);
        if (n <= 0) break;
        p += n;
        if (c >= 0x80 && !styled->FindGlyphNoFallback(static_cast<ImWchar>(c))) return font(TextStyle::Body);
    }
    return styled;
}

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

std::vector<std::string> styledFontTexts(const model::Catalogue& catalogue) {
    std::vector<std::string> texts;
    for (int key = 0; key < static_cast<int>(i18n::Str::Count_); ++key)
        for (i18n::Lang lang : {i18n::Lang::En, i18n::Lang::Ja}) texts.emplace_back(i18n::tr(static_cast<i18n::Str>(key), lang));
    for (const model::Clause& clause : catalogue.clauses()) texts.push_back(clause.titleJa);
    // The Guide's and the dashboard's topic headings.
    for (const model::LearningTopic& topic : catalogue.learning()) texts.push_back(topic.titleJa);
    return texts;
}

bool buildFontAtlas(FontSet& fonts, const std::vector<std::string>& styledTexts, AtlasSizes sizes) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_fontIndex.fill(0);
    if (fonts.base.empty()) {
        ImFontConfig cfg;
        cfg.SizePixels = fonts.pixelSize;
        io.Fonts->AddFontDefault(&cfg);
        io.Fonts->Build();
        return false;
    }
    // Body first: ImGui draws with Fonts[0] unless told otherwise.
    g_fontIndex[static_cast<size_t>(TextStyle::Body)] = addFontSize(fonts, fonts.pixelSize, kRanges);
    if (sizes == AtlasSizes::All) {
        const ImWchar* ranges = styledRanges(styledTexts);
        for (const StyleSize& s : kStyledSizes)
            g_fontIndex[static_cast<size_t>(s.style)] = addFontSize(fonts, std::round(fonts.pixelSize * s.scale), ranges);
    }
    const bool built = io.Fonts->Build();
    for (ImFont* f : io.Fonts->Fonts) useBoxAsFallback(f);
    return built;
}

} // namespace kanri::ui
