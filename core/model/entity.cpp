#include "model/entity.hpp"

#include <algorithm>

namespace kanri::model {

std::vector<FieldChange> diffFields(const Fields& before, const Fields& after) {
    auto find = [](const Fields& fs, const std::string& name) -> const std::string* {
        for (const auto& [n, v] : fs)
            if (n == name) return &v;
        return nullptr;
    };
    static const std::string none;
    std::vector<FieldChange> out;
    for (const auto& [name, value] : after) {
        const std::string* old = find(before, name);
        if ((old ? *old : none) != value) out.push_back({name, old ? *old : none, value});
    }
    for (const auto& [name, value] : before)
        if (!find(after, name) && !value.empty()) out.push_back({name, value, none});
    return out;
}

std::vector<std::string> ChangeSet::ids(std::string_view kind) const {
    std::vector<std::string> out;
    for (auto it = m_keys.lower_bound({std::string(kind), std::string()}); it != m_keys.end() && it->kind == kind; ++it)
        out.push_back(it->id);
    return out;
}

bool ChangeSet::any(std::string_view kind) const {
    auto it = m_keys.lower_bound({std::string(kind), std::string()});
    return it != m_keys.end() && it->kind == kind;
}

} // namespace kanri::model
