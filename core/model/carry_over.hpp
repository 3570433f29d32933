#pragma once
// Carrying assessments over when the catalogue retires item ids (a split, a merge, a rename).
//
// The catalogue lists every retired id with its successors (Catalogue::retired()); ids are never
// reused, so whatever is stored under a retired id, in a database or in a Kanri JSON file made
// with an older catalogue, belongs to its successors:
//   - split (one id → several): each part gets the rating, justification, evidence, owner, date
//     and notes;
//   - merge (several ids → one): the lowest rating wins (an unproven part keeps the whole
//     unproven), texts and evidence are joined, the earliest target date is kept;
//   - the successor's notes start with a marker line ("[carried over from 8.5.1.3-03, please
//     confirm …]") so the user re-checks the rating; deleting the line confirms it.
// Nothing the user wrote is dropped. Applying it twice changes nothing (the marker says it was
// done), so a load that is interrupted can simply run again.
#include "model/assessment.hpp"
#include "model/catalogue.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {

// The line put at the top of a carried-over item's notes.
std::string carryOverMarker(std::string_view fromId);
// True while the notes still hold a marker line: the rating waits for the user's confirmation.
bool isCarriedOver(const ItemAssessment& a);
// The current items an id stands for: itself when it is in the catalogue, its successors
// (followed through later retirements) when it is retired, nothing when it is unknown.
std::vector<std::string> currentIdsFor(const Catalogue& catalogue, std::string_view id);

struct CarryOverResult {
    std::vector<std::string> retiredUsed; // retired ids whose assessment now lives in successors
    std::vector<std::string> changed;     // current ids that received something
};

// Moves the assessments of `retired` (keyed by retired ids) into `items` (keyed by current ids).
CarryOverResult carryOver(const Catalogue& catalogue, const ItemMap& retired, ItemMap& items);
// The same for a frozen cycle, in place: rating and justification only, no marker (a frozen
// cycle is history; it keeps comparing item by item with the current assessment).
bool carryOverCycle(const Catalogue& catalogue, ItemMap& cycleItems);

} // namespace kanri::model
