#include "ui/assets.hpp"

#include "exchange/catalogue_pack.hpp"

namespace kanri::ui {

Result<model::Catalogue> loadCatalogue(const Platform& platform) {
    const std::string path = platform.assetPath("catalogue/clauses.kcat");
    std::vector<unsigned char> bytes = readFile(path);
    if (bytes.empty()) return fail(ErrorCode::AssetMissing, path);
    return exchange::readPackedCatalogue(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

FontSet loadFonts(const Platform& platform, float pixelSize, bool withExtension) {
    FontSet fonts;
    fonts.pixelSize = pixelSize;
    fonts.base = readFile(platform.assetPath(kFontBase));
    fonts.icons = readFile(platform.assetPath(kFontIcons));
    if (withExtension) fonts.extension = readFile(platform.assetPath(kFontExtension));
    return fonts;
}

} // namespace kanri::ui
