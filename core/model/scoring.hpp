#pragma once
// Readiness scores (documented in docs/scoring.md):
//   item value   v(N)=0, v(P)=1/3, v(L)=2/3, v(F)=1; N/A and unrated items are left out
//   item weight  w = 2 for key items, 1 otherwise
//   clause score S = Σ w·v / Σ w over the rated, applicable items of the clause and all its
//                sub-clauses (so parents roll up their children, item-weighted)
//   readiness    R = the same over every item (item-weighted: clause 8, the largest, weighs most)
//   verdict      not certification-ready while any key item is N, any 7.5.4 entry is missing or
//                unconfirmed, any N/A lacks a justification, or any item is unrated
//   good practice  items with Basis::GoodPractice are rated like the others but left out of all
//                of the above (clause scores, readiness, counts, coverage, verdict): an auditor
//                cannot raise a nonconformity against them. Scores::goodPractice reports them.
#include "model/workspace.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kanri::model {

struct ClauseScore {
    std::optional<double> score; // 0..1; none while nothing under the clause is rated
    int items = 0;      // all items under the clause
    int rated = 0;      // rated N/P/L/F (not N/A)
    int notApplicable = 0;
    double weight = 0;  // Σ w of the rated items
    int goodPractice = 0; // good-practice items under the clause (not in the figures above)
};

// The good-practice items, reported beside the readiness score and never part of it.
struct GoodPracticeSummary {
    int items = 0;
    std::array<int, 6> counts{};   // by Rating (Unrated, N, P, L, F, NA)
    std::optional<double> score;   // the same weighted mean, over good-practice items only
};

enum class ReasonKind { KeyItemAtN, DocumentMissing, DocumentUnconfirmed, NaUnjustified, Unrated };

struct VerdictReason {
    ReasonKind kind;
    std::string id; // the item or document concerned; empty for Unrated (a count)
    int count = 0;  // Unrated: how many
};

struct Scores {
    std::vector<ClauseScore> clauses;  // indexed like Catalogue::clauses()
    std::optional<double> readiness;   // 0..1 over every rated item
    std::array<int, 6> counts{};       // by Rating (Unrated, N, P, L, F, NA), every item (good practice too:
                                       // goodPractice.counts is that part)
    double coverage = 0;               // (rated + N/A) / requirement items
    int requirementItems = 0;          // items that count (Basis Requirement or Derived)
    GoodPracticeSummary goodPractice;
    bool ready = false;
    std::vector<VerdictReason> reasons;
};

// Computes everything from the current workspace. Cheap: one pass over the items.
Scores computeScores(const Catalogue& catalogue, const ItemMap& items, const DocumentMap& documents);
inline Scores computeScores(const Workspace& ws) { return computeScores(ws.catalogue(), ws.items(), ws.documents()); }
inline Scores computeScores(const Catalogue& catalogue, const Cycle& cycle) {
    return computeScores(catalogue, cycle.items, cycle.documents);
}

double ratingWeight(const Item& item);

// The gap list: every item rated below F (or not rated), worst first: requirements before good
// practice, then lower ratings, then key items, then document order.
struct Gap {
    int item;       // index into Catalogue::items()
    Rating rating;
};
std::vector<Gap> gaps(const Catalogue& catalogue, const ItemMap& items, bool includeUnrated);

// Readiness band for the dashboard (our convention, docs/scoring.md).
enum class Band { Initial, Developing, Largely, Ready };
Band band(double readiness, bool ready);

} // namespace kanri::model
