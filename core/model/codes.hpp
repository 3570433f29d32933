#pragma once
// The stable codes of a module's enums (CSV, JSON, operations, storage): an enum value's code
// in its table, and back. Each module keeps its tables beside its enums.
#include <array>
#include <cstddef>
#include <string_view>

namespace kanri::model {

template <typename E, size_t N> std::string_view codeOf(E value, const std::array<std::string_view, N>& codes) {
    return codes[static_cast<size_t>(value)];
}
template <typename E, size_t N> bool enumFromCode(std::string_view code, const std::array<std::string_view, N>& codes, E& out) {
    for (size_t i = 0; i < N; ++i)
        if (codes[i] == code) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}

} // namespace kanri::model
