#pragma once
// The Kanri JSON document (format "kanri", version 2; version 1 is read too): the whole assessment — item ratings with
// evidence, the 7.5.4 checklist, clause notes, frozen cycles — so browser data is never trapped.
// Later entities (risks, suppliers, improvements) extend this same document.
//
//   { "format": "kanri", "version": 2, "exported_at": "...Z", "app_version": "0.1.0",
//     "standard": "ISO/IEC 20000-1:2018", "catalogue_version": "2018-r1",
//     "assessment": { "items": [{"id", "rating", "justification", "evidence": [{"id" (version 2), "text",
//                     "document", "url"}], "owner", "due", "notes", "changed_at"}],
//                     "documents": [{"id", "status", "location", "created_at", "changed_at", "author"}],
//                     "clause_notes": [{"clause", "note", "created_at", "changed_at", "author"}] },
//                    (the stamps of a checklist entry, a note and a cycle: optional, as older files have none)
//     "cycles": [{"id", "name", "frozen_at", "items": [{"id", "rating", "justification"}],
//                 "documents": [{"id", "status", "location"}], "created_at", "changed_at", "author"}],
//     "entities": {"<kind>": [{"id": "R-001", "created_at", "changed_at", "author",
//                              "fields": {"<name>": "<text>", ...}}]},   (the modules' kinds but
//                              those "assessment" writes in its own form: inOwnSection)
//     "links": [{"from_kind", "from_id", "relation", "to_kind", "to_id"}] }
//
// Export is deterministic (sorted by id); import validates everything first and names the JSON
// path of the first problem ("/assessment/items/3/due: not a date"), so nothing is applied
// from a bad file. Members this version does not know, and a member given twice, are refused.
#include "model/scoring.hpp"
#include "model/workspace.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kanri::exchange {

struct ExportInfo {
    std::string exportedAt; // ISO 8601 UTC
    std::string appVersion;
};

std::string exportKanriJson(const model::Workspace& ws, const ExportInfo& info);
// Parses and validates a Kanri JSON document against the catalogue. Never throws. Structural
// problems come back as ImportInvalid; broken rules keep their own code (NaNeedsJustification,
// InvalidDate, UnsafeUrl, ...); the detail always starts with the JSON path.
Result<model::WorkspaceData> parseKanriJson(std::string_view text, const model::Catalogue& catalogue,
                                            std::span<const model::ModelModule> modules = model::modelModules());

// `kanri-cli report --json` and `kanri-cli catalog --json`.
std::string reportJson(const model::Catalogue& catalogue, const model::Scores& scores);
std::string catalogJson(const model::Catalogue& catalogue);

} // namespace kanri::exchange
