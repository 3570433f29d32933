#include "exchange/json_limits.hpp"

#include <string>

namespace kanri::exchange {

Status checkJsonLimits(std::string_view text, size_t maxBytes, int maxDepth) {
    if (text.size() > maxBytes)
        return fail(ErrorCode::CatalogueInvalid, "larger than " + std::to_string(maxBytes) + " bytes");
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return fail(ErrorCode::CatalogueInvalid, "nested deeper than " + std::to_string(maxDepth));
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return ok();
}

} // namespace kanri::exchange
