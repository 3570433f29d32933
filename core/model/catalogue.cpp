#include "model/catalogue.hpp"

#include <charconv>

namespace kanri::model {

Catalogue::Catalogue(std::vector<Clause> clauses, std::vector<Item> items, std::vector<RequiredDocument> documents,
                     std::string version)
    : m_clauses(std::move(clauses)), m_items(std::move(items)), m_documents(std::move(documents)),
      m_version(std::move(version)) {
    for (int i = 0; i < static_cast<int>(m_clauses.size()); ++i) {
        Clause& c = m_clauses[i];
        c.children.clear();
        c.items.clear();
        c.depth = 0;
        for (char ch : c.id) c.depth += ch == '.';
        if (!c.parentId.empty()) {
            int p = indexOf(c.parentId);
            if (p >= 0 && p < i) m_clauses[p].children.push_back(i);
        }
    }
    for (int i = 0; i < static_cast<int>(m_items.size()); ++i) {
        int c = indexOf(m_items[i].clauseId);
        if (c >= 0) m_clauses[c].items.push_back(i);
    }
}

namespace {
constexpr std::string_view kBasisCodes[] = {"requirement", "derived", "good-practice"};
constexpr std::string_view kVerificationCodes[] = {"document", "sample", "interview", "observation"};
} // namespace

std::string_view basisCode(Basis b) { return kBasisCodes[static_cast<int>(b)]; }

bool basisFromCode(std::string_view code, Basis& out) {
    for (int i = 0; i < 3; ++i)
        if (kBasisCodes[i] == code) {
            out = static_cast<Basis>(i);
            return true;
        }
    return false;
}

std::string_view verificationCode(Verification v) { return kVerificationCodes[static_cast<int>(v)]; }

bool verificationFromCode(std::string_view code, Verification& out) {
    for (int i = 0; i < 4; ++i)
        if (kVerificationCodes[i] == code) {
            out = static_cast<Verification>(i);
            return true;
        }
    return false;
}

const RetiredItem* Catalogue::findRetired(std::string_view id) const {
    for (const auto& r : m_retired)
        if (r.id == id) return &r;
    return nullptr;
}

const LearningTopic* Catalogue::findTopic(std::string_view id) const {
    for (const auto& t : m_learning)
        if (t.id == id) return &t;
    return nullptr;
}

int Catalogue::itemIndex(std::string_view id) const {
    for (int i = 0; i < static_cast<int>(m_items.size()); ++i)
        if (m_items[i].id == id) return i;
    return -1;
}

const Item* Catalogue::findItem(std::string_view id) const {
    int i = itemIndex(id);
    return i < 0 ? nullptr : &m_items[i];
}

const RequiredDocument* Catalogue::findDocument(std::string_view id) const {
    for (const auto& d : m_documents)
        if (d.id == id) return &d;
    return nullptr;
}

std::vector<int> Catalogue::itemsUnder(int clauseIndex) const {
    std::vector<int> out;
    if (clauseIndex < 0) return out;
    const Clause& c = m_clauses[clauseIndex];
    out.insert(out.end(), c.items.begin(), c.items.end());
    for (int child : c.children) {
        auto sub = itemsUnder(child);
        out.insert(out.end(), sub.begin(), sub.end());
    }
    return out;
}

int Catalogue::rootOf(int clauseIndex) const {
    while (clauseIndex >= 0 && !m_clauses[clauseIndex].parentId.empty()) clauseIndex = indexOf(m_clauses[clauseIndex].parentId);
    return clauseIndex;
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
