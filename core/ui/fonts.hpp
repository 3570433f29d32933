#pragma once
// Fonts: the subset IPAexGothic built by assets/fonts/subset_font.py and the Fork Awesome icons
// built by subset_icons.py (the icons core/ui/icons.hpp names). The base file (kana, symbols,
// the characters of the UI texts: assets/fonts/first_frame_texts.txt) and the icons are loaded
// before the first frame; the extension (the other JIS X 0208 kanji, JIS X 0213, the NEC/IBM
// vendor kanji of names such as 髙 and 﨑) is merged later where it is available (the browser
// fetches it after start-up).
// Characters outside every file show U+25A1 (□), never a crash. Characters above U+FFFF
// (𠮷 U+20BB7 and the other JIS X 0213 plane-2 kanji) show □ too: Dear ImGui 1.86 keeps text
// as 16-bit ImWchar, so no glyph range can reach them and the subset files leave them out.
#include <string>
#include <vector>

struct ImFont;

namespace kanri::model {
class Catalogue;
}

namespace kanri::ui {

struct FontSet {
    std::vector<unsigned char> base;      // TTF bytes, owned here (ImGui does not copy them)
    std::vector<unsigned char> extension; // may stay empty
    std::vector<unsigned char> icons;     // merged into every size; may stay empty
    float pixelSize = 16.0f;              // the Body size; the other styles scale from it
};

// The type scale. Body has every glyph the files have. Small (≈0.85×), Heading (≈1.2×) and
// Title (≈1.5×) have ASCII, Latin-1, punctuation, kana, the icons and only the other characters
// of the texts given to buildFontAtlas: three more copies of every kanji would quadruple the
// atlas and the time to rasterise it before the first frame.
enum class TextStyle { Body, Small, Heading, Title };

// The style's font in the current atlas; the Body font when that size was not built. Null
// only when no atlas has been built.
ImFont* font(TextStyle style);
// The style's font when it has every character of text, else the Body font (which has every
// glyph the files have): what the user typed — a title in kanji no UI string uses — is never
// drawn as □ in a heading.
ImFont* fontFor(TextStyle style, const char* text);

// Reads a file under assets/ into bytes; empty when it cannot be read.
std::vector<unsigned char> readFile(const std::string& path);

// What the Small/Heading/Title fonts must be able to draw: every UI string in both languages
// and the catalogue's Japanese clause titles.
std::vector<std::string> styledFontTexts(const model::Catalogue& catalogue);

// Which sizes an atlas has. BodyOnly is the browser's first frame: one size rasterises in about
// a quarter of the time of four, and every style draws with the Body font until the full atlas
// is built right after it (headings are body-sized for that moment, never □).
enum class AtlasSizes { All, BodyOnly };
// (Re)builds ImGui's font atlas from fonts. The caller re-uploads the texture afterwards (the
// renderer backend lives in the shell). Returns false when the base font is missing; ImGui's
// built-in font is used then so the app still shows its error messages.
bool buildFontAtlas(FontSet& fonts, const std::vector<std::string>& styledTexts = {}, AtlasSizes sizes = AtlasSizes::All);

} // namespace kanri::ui
