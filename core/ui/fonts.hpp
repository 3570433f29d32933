#pragma once
// Fonts: the subset IPAexGothic built by assets/fonts/subset_font.py. The base file (kana,
// symbols, JIS level-1 kanji) is loaded before the first frame; the extension (JIS level-2
// kanji) is merged later where it is available (the browser fetches it after start-up).
// Characters outside both show U+25A1 (□), never a crash.
#include <string>
#include <vector>

namespace kanri::ui {

struct FontSet {
    std::vector<unsigned char> base;      // TTF bytes, owned here (ImGui does not copy them)
    std::vector<unsigned char> extension; // may stay empty
    float pixelSize = 16.0f;
};

// Reads a file under assets/ into bytes; empty when it cannot be read.
std::vector<unsigned char> readFile(const std::string& path);

// (Re)builds ImGui's font atlas from fonts. The caller re-uploads the texture afterwards
// (the renderer backend lives in the shell). Returns false when the base font is missing;
// ImGui's built-in font is used then so the app still shows its error messages.
bool buildFontAtlas(FontSet& fonts);

} // namespace kanri::ui
