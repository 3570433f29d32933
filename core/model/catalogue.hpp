#pragma once
// The ISO/IEC 20000-1:2018 clause tree: numbers, EN/JA titles and our own one-line summaries
// (never the standard's text). Loaded from assets/catalogue/clauses.json by core/exchange.
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {

struct Clause {
    std::string id;        // "8.5.1.3"
    std::string parentId;  // "8.5.1"; empty for the top-level clauses 4..10
    std::string titleEn;
    std::string titleJa;
    std::string summaryEn; // own words; may be empty for pure headings
    std::string summaryJa;
    int depth = 0;         // 0 for "4", 1 for "4.1", ...
    std::vector<int> children; // indexes into Catalogue::clauses()
};

class Catalogue {
public:
    Catalogue() = default;
    // Builds parent/child links; clauses must be in document order, parents before children.
    explicit Catalogue(std::vector<Clause> clauses);

    const std::vector<Clause>& clauses() const { return m_clauses; }
    const Clause* find(std::string_view id) const;
    int indexOf(std::string_view id) const; // -1 when absent
    std::vector<int> roots() const;
    bool isLeaf(const Clause& c) const { return c.children.empty(); }
    bool empty() const { return m_clauses.empty(); }

private:
    std::vector<Clause> m_clauses;
};

// Orders clause numbers numerically ("8.10" after "8.9").
bool clauseIdLess(std::string_view a, std::string_view b);

} // namespace kanri::model
