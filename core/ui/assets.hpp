#pragma once
// Reading the files under assets/ that both shells need at start-up.
#include "model/catalogue.hpp"
#include "model/error.hpp"
#include "ui/fonts.hpp"
#include "ui/platform.hpp"

namespace kanri::ui {

Result<model::Catalogue> loadCatalogue(const Platform& platform);
// Base and icon fonts always; the extension too when withExtension (desktop: yes; browser:
// later, it is megabytes).
FontSet loadFonts(const Platform& platform, float pixelSize, bool withExtension);

inline constexpr const char* kFontBase = "fonts/kanri-ja-base.ttf";
inline constexpr const char* kFontExtension = "fonts/kanri-ja-ext.ttf";
inline constexpr const char* kFontIcons = "fonts/kanri-icons.ttf";

} // namespace kanri::ui
