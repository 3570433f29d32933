#pragma once
// Guards applied before nlohmann/json parses anything: nlohmann 3.11.2 has no depth limit and a
// deeply nested value crashes on copy or dump() (docs/storage.md, security notes).
#include "model/error.hpp"

#include <string_view>

namespace kanri::exchange {

inline constexpr size_t kMaxJsonBytes = 32 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 64;

// Checks size and nesting depth without building a tree. Strings are skipped correctly.
Status checkJsonLimits(std::string_view text, size_t maxBytes = kMaxJsonBytes, int maxDepth = kMaxJsonDepth);

} // namespace kanri::exchange
