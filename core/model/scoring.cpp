#include "model/scoring.hpp"

#include <algorithm>

namespace kanri::model {

double ratingWeight(const Item& item) { return item.key ? 2.0 : 1.0; }

Scores computeScores(const Catalogue& cat, const ItemMap& items, const DocumentMap& documents) {
    Scores out;
    const auto& clauses = cat.clauses();
    out.clauses.resize(clauses.size());
    std::vector<double> sumWV(clauses.size(), 0.0);
    double totalWV = 0, totalW = 0, gpWV = 0, gpW = 0;
    int counted = 0;
    for (int i = 0; i < static_cast<int>(cat.items().size()); ++i) {
        const Item& item = cat.items()[i];
        auto it = items.find(item.id);
        const Rating r = it == items.end() ? Rating::Unrated : it->second.rating;
        const auto v = ratingValue(r);
        const double w = ratingWeight(item);
        ++out.counts[static_cast<size_t>(r)];
        if (!countsForReadiness(item)) {
            // Good practice: reported beside the score, never in it nor in the verdict.
            ++out.goodPractice.items;
            ++out.goodPractice.counts[static_cast<size_t>(r)];
            if (v) {
                gpWV += w * *v;
                gpW += w;
            }
            for (int c = cat.indexOf(item.clauseId); c >= 0; c = clauses[c].parentId.empty() ? -1 : cat.indexOf(clauses[c].parentId))
                ++out.clauses[c].goodPractice;
            continue;
        }
        ++out.requirementItems;
        if (v) {
            totalWV += w * *v;
            totalW += w;
        }
        if (r != Rating::Unrated) ++counted;
        if (item.key && r == Rating::N) out.reasons.push_back({ReasonKind::KeyItemAtN, item.id});
        if (r == Rating::NA && it->second.justification.find_first_not_of(" \t\r\n") == std::string::npos)
            out.reasons.push_back({ReasonKind::NaUnjustified, item.id});
        // Credit the item to its clause and every ancestor.
        for (int c = cat.indexOf(item.clauseId); c >= 0; c = clauses[c].parentId.empty() ? -1 : cat.indexOf(clauses[c].parentId)) {
            ClauseScore& cs = out.clauses[c];
            ++cs.items;
            if (r == Rating::NA) ++cs.notApplicable;
            if (v) {
                ++cs.rated;
                cs.weight += w;
                sumWV[c] += w * *v;
            }
        }
    }
    for (size_t c = 0; c < clauses.size(); ++c)
        if (out.clauses[c].weight > 0) out.clauses[c].score = sumWV[c] / out.clauses[c].weight;
    if (totalW > 0) out.readiness = totalWV / totalW;
    if (gpW > 0) out.goodPractice.score = gpWV / gpW;
    out.coverage = out.requirementItems ? static_cast<double>(counted) / out.requirementItems : 0.0;
    for (const RequiredDocument& d : cat.documents()) {
        auto it = documents.find(d.id);
        const DocumentStatus s = it == documents.end() ? DocumentStatus::Unknown : it->second.status;
        if (s == DocumentStatus::Missing) out.reasons.push_back({ReasonKind::DocumentMissing, d.id});
        else if (s == DocumentStatus::Unknown) out.reasons.push_back({ReasonKind::DocumentUnconfirmed, d.id});
    }
    const int unrated = out.counts[static_cast<size_t>(Rating::Unrated)] - out.goodPractice.counts[static_cast<size_t>(Rating::Unrated)];
    if (unrated > 0) out.reasons.push_back({ReasonKind::Unrated, {}, unrated});
    out.ready = out.reasons.empty();
    return out;
}

std::vector<Gap> gaps(const Catalogue& cat, const ItemMap& items, bool includeUnrated) {
    std::vector<Gap> out;
    for (int i = 0; i < static_cast<int>(cat.items().size()); ++i) {
        auto it = items.find(cat.items()[i].id);
        const Rating r = it == items.end() ? Rating::Unrated : it->second.rating;
        if (r == Rating::F || r == Rating::NA) continue;
        if (r == Rating::Unrated && !includeUnrated) continue;
        out.push_back({i, r});
    }
    auto rank = [](Rating r) { return r == Rating::Unrated ? 4 : static_cast<int>(r); }; // N<P<L, unrated last
    std::stable_sort(out.begin(), out.end(), [&](const Gap& a, const Gap& b) {
        const Item& ia = cat.items()[a.item];
        const Item& ib = cat.items()[b.item];
        const bool ka = ia.key, kb = ib.key;
        if (countsForReadiness(ia) != countsForReadiness(ib)) return countsForReadiness(ia);
        if (rank(a.rating) != rank(b.rating)) return rank(a.rating) < rank(b.rating);
        return ka > kb;
    });
    return out;
}

Band band(double r, bool ready) {
    if (r >= 0.95 && ready) return Band::Ready;
    if (r >= 0.80) return Band::Largely;
    if (r >= 0.50) return Band::Developing;
    return Band::Initial;
}

} // namespace kanri::model
