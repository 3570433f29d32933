#pragma once
// The audit trail: every applied command, undo and redo, as one row per entity it changed —
// when, by whom, what was done and each field's text before and after. Append-only: the store
// refuses to change or delete a row.
#include "model/entity.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {

enum class HistoryAction { Apply, Undo, Redo };
std::string_view historyActionCode(HistoryAction a); // "apply" | "undo" | "redo"
std::optional<HistoryAction> historyActionFromCode(std::string_view code);

struct HistoryEntry {
    int64_t seq = 0;  // position in the log, assigned by the store (0 until written)
    int64_t step = 0; // one command, undo or redo: the rows it wrote share it
    std::string at;   // ISO 8601 UTC, from the session's clock
    std::string author;
    HistoryAction action = HistoryAction::Apply;
    std::string verb;    // the command's verb code ("rate", "import"; see commands.hpp)
    std::string subject; // the command's own description (ids, codes, the user's text)
    EntityKey key;
    std::vector<FieldChange> fields;
};

// Which rows a history view shows. Empty members match everything.
struct HistoryFilter {
    std::string kind;
    std::string id;
    std::optional<std::string> author; // "" matches rows written without an author name
    std::optional<HistoryAction> action;
    std::string text; // found in the id, the subject or a field's name, before or after text
    bool operator==(const HistoryFilter&) const = default;
};

} // namespace kanri::model
