#include "model/carry_over.hpp"

#include <algorithm>
#include <utility>

namespace kanri::model {
namespace {

constexpr std::string_view kMarkerStart = "[carried over from ";

// N < P < L < F; a rated part beats N/A, and anything beats unrated.
int strength(Rating r) {
    switch (r) {
    case Rating::N: return 0;
    case Rating::P: return 1;
    case Rating::L: return 2;
    case Rating::F: return 3;
    case Rating::NA: return 4;
    case Rating::Unrated: break;
    }
    return 5;
}

Rating merged(Rating a, Rating b) { return strength(a) <= strength(b) ? a : b; }

void appendLine(std::string& text, const std::string& line) {
    if (line.empty() || text.find(line) != std::string::npos) return;
    if (!text.empty()) text += "\n";
    text += line;
}

void collect(const Catalogue& cat, std::string_view id, std::vector<std::string>& out, int depth) {
    if (depth > 16) return; // a cycle in bad data must not hang the load
    if (cat.findItem(id)) {
        if (std::find(out.begin(), out.end(), id) == out.end()) out.emplace_back(id);
        return;
    }
    if (const RetiredItem* r = cat.findRetired(id))
        for (const std::string& s : r->successors) collect(cat, s, out, depth + 1);
}

} // namespace

std::string carryOverMarker(std::string_view fromId) {
    const std::string id(fromId);
    return std::string(kMarkerStart) + id + ", please confirm / " + id + " から引き継いだ評価です。確認してください]";
}

bool isCarriedOver(const ItemAssessment& a) { return a.notes.find(kMarkerStart) != std::string::npos; }

std::vector<std::string> currentIdsFor(const Catalogue& catalogue, std::string_view id) {
    std::vector<std::string> out;
    collect(catalogue, id, out, 0);
    return out;
}

CarryOverResult carryOver(const Catalogue& cat, const ItemMap& retired, ItemMap& items) {
    CarryOverResult result;
    for (const auto& [oldId, from] : retired) {
        if (cat.findItem(oldId) || !cat.findRetired(oldId)) continue;
        const std::vector<std::string> targets = currentIdsFor(cat, oldId);
        if (targets.empty()) continue; // never the case for a valid catalogue (tested)
        result.retiredUsed.push_back(oldId);
        if (from.empty()) continue;
        const std::string marker = carryOverMarker(oldId);
        // The first successor keeps the evidence ids; the others get copies, which take new
        // ids when written (an id names one entry in the workspace).
        ItemAssessment copy = from;
        for (Evidence& e : copy.evidence) e.id.clear();
        bool first = true;
        for (const std::string& to : targets) {
            ItemAssessment& a = items[to];
            if (a.notes.find(marker) != std::string::npos) continue; // done before
            const ItemAssessment& source = std::exchange(first, false) ? from : copy;
            const bool fresh = a.empty();
            if (fresh) {
                a = source;
            } else {
                a.rating = merged(a.rating, from.rating);
                appendLine(a.justification, from.justification);
                auto sameContent = [](const Evidence& x, const Evidence& y) {
                    return x.text == y.text && x.document == y.document && x.url == y.url;
                };
                for (const Evidence& e : source.evidence)
                    if (std::none_of(a.evidence.begin(), a.evidence.end(), [&](const Evidence& x) { return sameContent(x, e); }))
                        a.evidence.push_back(e);
                if (a.owner.empty()) a.owner = from.owner;
                else if (!from.owner.empty() && from.owner != a.owner)
                    appendLine(a.notes, "Owner of " + oldId + " / " + oldId + " の担当者: " + from.owner);
                if (a.due.empty() || (!from.due.empty() && from.due < a.due)) a.due = from.due.empty() ? a.due : from.due;
                appendLine(a.notes, from.notes);
            }
            a.notes = a.notes.empty() ? marker : marker + "\n" + a.notes;
            if (std::find(result.changed.begin(), result.changed.end(), to) == result.changed.end()) result.changed.push_back(to);
        }
    }
    return result;
}

bool carryOverCycle(const Catalogue& cat, ItemMap& cycleItems) {
    ItemMap moved;
    for (auto it = cycleItems.begin(); it != cycleItems.end();) {
        if (cat.findItem(it->first) || !cat.findRetired(it->first)) {
            ++it;
            continue;
        }
        moved.insert(*it);
        it = cycleItems.erase(it);
    }
    for (const auto& [oldId, from] : moved)
        for (const std::string& to : currentIdsFor(cat, oldId)) {
            auto [at, inserted] = cycleItems.try_emplace(to, ItemAssessment{});
            if (inserted) {
                at->second.rating = from.rating;
                at->second.justification = from.justification;
            } else {
                at->second.rating = merged(at->second.rating, from.rating);
                appendLine(at->second.justification, from.justification);
            }
        }
    return !moved.empty();
}

} // namespace kanri::model
