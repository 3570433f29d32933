#include "model/catalogue.hpp"

#include <charconv>

namespace kanri::model {

Catalogue::Catalogue(std::vector<Clause> clauses) : m_clauses(std::move(clauses)) {
    for (int i = 0; i < static_cast<int>(m_clauses.size()); ++i) {
        Clause& c = m_clauses[i];
        c.children.clear();
        c.depth = 0;
        for (char ch : c.id) c.depth += ch == '.';
        if (!c.parentId.empty()) {
            int p = indexOf(c.parentId);
            if (p >= 0 && p < i) m_clauses[p].children.push_back(i);
        }
    }
}

int Catalogue::indexOf(std::string_view id) const {
    for (int i = 0; i < static_cast<int>(m_clauses.size()); ++i)
        if (m_clauses[i].id == id) return i;
    return -1;
}

const Clause* Catalogue::find(std::string_view id) const {
    int i = indexOf(id);
    return i < 0 ? nullptr : &m_clauses[i];
}

std::vector<int> Catalogue::roots() const {
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(m_clauses.size()); ++i)
        if (m_clauses[i].parentId.empty()) out.push_back(i);
    return out;
}

bool clauseIdLess(std::string_view a, std::string_view b) {
    while (!a.empty() && !b.empty()) {
        int x = 0, y = 0;
        auto ra = std::from_chars(a.data(), a.data() + a.size(), x);
        auto rb = std::from_chars(b.data(), b.data() + b.size(), y);
        if (x != y) return x < y;
        a.remove_prefix(ra.ptr - a.data());
        b.remove_prefix(rb.ptr - b.data());
        if (!a.empty()) a.remove_prefix(1);
        if (!b.empty()) b.remove_prefix(1);
    }
    return a.size() < b.size();
}

} // namespace kanri::model
