#pragma once
// Reading and writing the improvement kinds' fields: texts by member, choices by their code
// tables, dates checked the same way for every kind.
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/validation.hpp"

#include <string>

namespace kanri::model::improvement {

using model::dateOrEmpty; // model/validation.hpp

// A choice read from its code, refused (naming the field) when it is not one of them.
template <typename E, size_t N> Status takeChoice(FieldTaker& in, const char* name, const std::array<std::string_view, N>& codes, E& out) {
    const std::string code = in.take(name);
    if (code.empty()) return ok(); // the default
    if (!enumFromCode(code, codes, out)) return fail(ErrorCode::UnknownChoice, std::string(name) + ": " + code);
    return ok();
}

template <typename E, size_t N> std::string code(E value, const std::array<std::string_view, N>& codes) {
    return std::string(codeOf(value, codes));
}

// Every text of an entity within its limit.
inline Status checkTexts(std::initializer_list<std::pair<const std::string*, const char*>> texts, size_t max) {
    for (const auto& [t, name] : texts)
        if (auto s = checkText(*t, max, name); !s) return s;
    return ok();
}

} // namespace kanri::model::improvement
