#pragma once
// Pieces the modules' schema fragments share (risks_schema.cpp, suppliers_schema.cpp).
#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::exchange::schema {

using nlohmann::ordered_json;

// A string that is one of a choice's codes.
template <size_t N> ordered_json choices(const std::array<std::string_view, N>& codes) {
    ordered_json e = ordered_json::array();
    for (std::string_view c : codes) e.push_back(std::string(c));
    return {{"type", "string"}, {"enum", e}};
}
inline ordered_json text() { return {{"type", "string"}}; }
// Text that may not be empty (a title, a name, a statement).
inline ordered_json nonEmptyText() { return {{"type", "string"}, {"minLength", 1}}; }
inline ordered_json date() { return {{"type", "string"}, {"pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"}}; }
inline ordered_json count() { return {{"type", "string"}, {"pattern", "^[0-9]{0,3}$"}}; }
// An entity's fields: these properties (and names matching the patterns), nothing else.
inline ordered_json object(ordered_json props, ordered_json patterns, std::vector<std::string> required) {
    ordered_json o = {{"type", "object"}, {"properties", std::move(props)}};
    if (!patterns.empty()) o["patternProperties"] = std::move(patterns);
    if (!required.empty()) o["required"] = required;
    o["additionalProperties"] = false;
    return o;
}
// Every field an entity of this type writes, as text (the caller then narrows some).
template <typename T> ordered_json textProperties() {
    ordered_json props = ordered_json::object();
    for (const auto& [name, value] : fieldsOf(T{})) {
        (void)value;
        props[name] = text();
    }
    return props;
}

} // namespace kanri::exchange::schema
