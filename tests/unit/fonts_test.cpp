// The font atlas built from the real subset files in the build tree: the extension brings the
// kanji of Japanese names that JIS X 0208 lacks, the glyph ranges reach every glyph the files
// have, every icon of icons.hpp is in every size, and the type scale has four sizes.
#include "ui_harness.hpp"

#include "i18n/i18n.hpp"
#include "model/text.hpp"
#include "ui/icons.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string_view>

using namespace kanri;

namespace {

// A fresh ImGui context per test; the atlas it builds is never uploaded.
struct AtlasContext {
    test::NullPlatform platform;
    AtlasContext() { ImGui::CreateContext(); }
    ~AtlasContext() { ImGui::DestroyContext(); }
    ui::FontSet load(bool withExtension) { return ui::loadFonts(platform, 17.0f, withExtension); }
};

std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> out;
    for (size_t i = 0, len = 0; i < s.size(); i += len) out.push_back(text::decodeAt(s, i, &len));
    return out;
}

bool hasGlyph(ImFont* font, char32_t c) {
    return font && c <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

// The code points of a font file, asked of ImGui with a range over the whole 16-bit plane.
std::set<ImWchar> glyphsOfFile(std::vector<unsigned char>& data) {
    static const ImWchar kEverything[] = {0x0001, 0xFFFF, 0};
    ImFontAtlas atlas;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    ImFont* f = atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), 13.0f, &cfg, kEverything);
    atlas.Build();
    std::set<ImWchar> out;
    for (const ImFontGlyph& g : f->Glyphs) out.insert(static_cast<ImWchar>(g.Codepoint));
    return out;
}

// The icon constants as icons.hpp spells them ("\xef\x83\xa4"), read from the source like
// assets/fonts/subset_icons.py does, so a constant added there is checked here too.
std::vector<std::string> iconsInHeader() {
    const std::string header = test::readText(std::string(KANRI_SOURCE_DIR) + "/core/ui/icons.hpp");
    std::vector<std::string> icons;
    for (size_t at = header.find("constexpr const char*"); at != std::string::npos; at = header.find("constexpr const char*", at + 1)) {
        const size_t open = header.find('"', at), close = header.find('"', open + 1);
        std::string bytes;
        for (size_t i = open + 1; i + 4 <= close; i += 4) bytes += static_cast<char>(std::stoi(header.substr(i + 2, 2), nullptr, 16));
        icons.push_back(bytes);
    }
    return icons;
}

} // namespace

TEST_CASE("fonts/the extension brings the kanji the UI texts do not use and those of names outside JIS X 0208 (JIS X 0213, NEC/IBM)") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(false);
    REQUIRE(ui::buildFontAtlas(fonts));
    // IBM extension, compatibility ideograph, JIS X 0213 level 3 x2; and 亀, a level-1 kanji no UI
    // text uses, which the first frame does not wait for either.
    const char* names = "髙﨑德栁亀";
    for (char32_t c : codePoints(names)) {
        CAPTURE(static_cast<unsigned>(c));
        CHECK_FALSE(hasGlyph(ui::font(ui::TextStyle::Body), c));
    }
    fonts = ctx.load(true);
    REQUIRE_FALSE(fonts.extension.empty());
    REQUIRE(ui::buildFontAtlas(fonts));
    for (char32_t c : codePoints(names)) {
        CAPTURE(static_cast<unsigned>(c));
        CHECK(hasGlyph(ui::font(ui::TextStyle::Body), c));
    }
    // Sane at 17 px: one texture any WebGL2 device takes.
    CHECK(ImGui::GetIO().Fonts->TexWidth <= 4096);
    CHECK(ImGui::GetIO().Fonts->TexHeight <= 4096);
}

TEST_CASE("fonts/every glyph of the Japanese files is inside the glyph ranges") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(true);
    REQUIRE(ui::buildFontAtlas(fonts));
    ImFont* body = ui::font(ui::TextStyle::Body);
    // The base holds what the first frame draws (some 1,500 glyphs), the extension the rest of
    // JIS X 0208 and beyond (over 9,000).
    for (auto [file, least] : {std::pair{&fonts.base, size_t{1000}}, std::pair{&fonts.extension, size_t{9000}}}) {
        const std::set<ImWchar> inFile = glyphsOfFile(*file);
        CAPTURE(inFile.size());
        CHECK(inFile.size() > least);
        std::vector<unsigned> unreachable;
        for (ImWchar c : inFile)
            if (!hasGlyph(body, c)) unreachable.push_back(c);
        CAPTURE(unreachable.empty() ? 0u : unreachable.front());
        CHECK(unreachable.empty());
    }
}

TEST_CASE("fonts/every icon of icons.hpp has a glyph in every text style") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(false);
    REQUIRE_FALSE(fonts.icons.empty());
    REQUIRE(ui::buildFontAtlas(fonts, ui::styledFontTexts(test::shippedCatalogue())));
    const std::vector<std::string> icons = iconsInHeader();
    CHECK(icons.size() >= 40);
    CHECK(icons.front() == ui::icon::Dashboard); // the header is read the way the compiler reads it
    for (const std::string& icon : icons) {
        const std::vector<char32_t> cps = codePoints(icon);
        REQUIRE(cps.size() == 1);
        CAPTURE(static_cast<unsigned>(cps[0]));
        for (ui::TextStyle style : {ui::TextStyle::Body, ui::TextStyle::Small, ui::TextStyle::Heading, ui::TextStyle::Title})
            CHECK(hasGlyph(ui::font(style), cps[0]));
    }
}

TEST_CASE("fonts/four sizes; the larger and smaller ones have the UI's and the clause titles' characters") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(true); // the body size then has every kanji; the others must not
    const std::string title = test::shippedCatalogue().find("4")->titleJa; // 組織の状況
    REQUIRE(ui::buildFontAtlas(fonts, {}));
    CHECK_FALSE(hasGlyph(ui::font(ui::TextStyle::Heading), codePoints(title).front())); // kanji only when a text has them

    REQUIRE(ui::buildFontAtlas(fonts, ui::styledFontTexts(test::shippedCatalogue())));
    ImFont* small = ui::font(ui::TextStyle::Small);
    ImFont* body = ui::font(ui::TextStyle::Body);
    ImFont* heading = ui::font(ui::TextStyle::Heading);
    ImFont* titleFont = ui::font(ui::TextStyle::Title);
    REQUIRE((small && body && heading && titleFont));
    CHECK(small->FontSize < body->FontSize);
    CHECK(body->FontSize < heading->FontSize);
    CHECK(heading->FontSize < titleFont->FontSize);
    CHECK(body == ImGui::GetIO().Fonts->Fonts[0]); // ImGui's default font
    for (const model::Clause& clause : test::shippedCatalogue().clauses())
        for (char32_t c : codePoints(clause.titleJa)) {
            CAPTURE(clause.id);
            CHECK(hasGlyph(heading, c));
        }
    for (const model::LearningTopic& topic : test::shippedCatalogue().learning())
        for (char32_t c : codePoints(topic.titleJa)) {
            CAPTURE(topic.id);
            CHECK(hasGlyph(heading, c)); // the Guide's headings: （） and kanji included
        }
    for (char32_t c : codePoints(i18n::tr(i18n::Str::NavSuppliers, i18n::Lang::Ja))) {
        CHECK(hasGlyph(small, c));
        CHECK(hasGlyph(titleFont, c));
    }
    CHECK(heading->Glyphs.Size * 3 < body->Glyphs.Size); // only the kanji the texts use
}

TEST_CASE("fonts/every style falls back to a font when the base font is missing") {
    AtlasContext ctx;
    ui::FontSet none;
    CHECK_FALSE(ui::buildFontAtlas(none));
    for (ui::TextStyle style : {ui::TextStyle::Body, ui::TextStyle::Small, ui::TextStyle::Heading, ui::TextStyle::Title})
        CHECK(ui::font(style) == ImGui::GetIO().Fonts->Fonts[0]);
}

TEST_CASE("fonts/the first frame's font (base file only) has every character of the catalogue and the UI strings") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(false); // as in the browser before the extension arrives
    REQUIRE(ui::buildFontAtlas(fonts, {}));
    ImFont* body = ui::font(ui::TextStyle::Body);
    REQUIRE(body);
    // The files the build subsets the base font for (assets/fonts/first_frame_texts.txt), and
    // the UI strings as the table holds them.
    std::vector<std::string> texts;
    const std::string list = test::readText(std::string(KANRI_SOURCE_DIR) + "/assets/fonts/first_frame_texts.txt");
    for (size_t at = 0, end = 0; at < list.size(); at = end + 1) {
        end = list.find('\n', at);
        if (end == std::string::npos) end = list.size();
        const std::string line = list.substr(at, end - at);
        if (!line.empty() && line[0] != '#') texts.push_back(test::readText(std::string(KANRI_SOURCE_DIR) + "/" + line));
    }
    CHECK(texts.size() >= 5);
    for (int key = 0; key < static_cast<int>(i18n::Str::Count_); ++key) texts.emplace_back(i18n::tr(static_cast<i18n::Str>(key), i18n::Lang::Ja));
    size_t checked = 0;
    for (const std::string& text : texts)
        for (char32_t c : codePoints(text)) {
            if (c < 0x80 || c > 0xFFFF) continue;
            ++checked;
            if (!hasGlyph(body, c)) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(c) << " is not in the first frame's font");
        }
    CHECK(checked > 10000);
    CHECK(hasGlyph(body, U'稟')); // level-2 kanji of 稟議書, in the evidence hints
}

TEST_CASE("fonts/the browser's first atlas has the Body size alone, every style drawing with it; the full one has four") {
    AtlasContext ctx;
    ui::FontSet fonts = ctx.load(false);
    REQUIRE(ui::buildFontAtlas(fonts, {}, ui::AtlasSizes::BodyOnly));
    CHECK(ImGui::GetIO().Fonts->Fonts.Size == 1);
    ImFont* body = ui::font(ui::TextStyle::Body);
    for (ui::TextStyle style : {ui::TextStyle::Small, ui::TextStyle::Heading, ui::TextStyle::Title}) CHECK(ui::font(style) == body);
    // The Japanese of the first screen is there already, at body size: a heading is never □.
    const std::string title = test::shippedCatalogue().find("4")->titleJa;
    for (char32_t c : codePoints(title)) CHECK(hasGlyph(ui::fontFor(ui::TextStyle::Title, title.c_str()), c));
    const int glyphsFirst = body->Glyphs.Size;
    REQUIRE(ui::buildFontAtlas(fonts, ui::styledFontTexts(test::shippedCatalogue())));
    CHECK(ImGui::GetIO().Fonts->Fonts.Size == 4);
    CHECK(ui::font(ui::TextStyle::Title) != ui::font(ui::TextStyle::Body));
    int glyphsAll = 0;
    for (ImFont* f : ImGui::GetIO().Fonts->Fonts) glyphsAll += f->Glyphs.Size;
    CHECK(glyphsFirst * 2 < glyphsAll);
}
