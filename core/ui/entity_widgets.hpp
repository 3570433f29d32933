#pragma once
// The shared pieces every module's area is built from: a table of one kind's entities (search,
// sort by any column, only the rows on screen drawn, a selection the arrow keys move), a date
// field that refuses what is not a date, a picker for an entity's links by one relation, and
// the frame of an entity's detail editor (title, fields, links, history, remove).
#include "model/entities.hpp"
#include "ui/app.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kanri::ui {

struct TableColumn {
    i18n::Str header;
    std::string field; // a field's name, or "id"; for a computed column, its name
    float widthEm = 0; // fixed width in font sizes; 0 or less: shares what is left, weighted by -widthEm (0: 1)
    // A computed column: its text for the entity at an index of the collection.
    std::function<std::string(size_t index)> value = nullptr;
    // The key it sorts by, where that is not its text (a band sorts by its score).
    std::function<std::string(size_t index)> sortKey = nullptr;
    // Draws the cell (a coloured chip) instead of its text; search and sort still use the text.
    std::function<void(size_t index, const std::string& text)> draw = nullptr;
};

// Which entities a table shows besides its search (a module's filters). `key` names the
// filter's settings: the rows are recomputed when it changes.
struct RowFilter {
    std::string key;
    std::function<bool(size_t index)> keep;
};

// Draws the entities of a kind (the state lives in the app's ViewState). Returns the id the user
// opened (Enter, a click, or a double-click with openOnClick false) in this frame. The selection
// is state.selected. Cells are computed once per change of the data; a search, filter or order
// only re-selects and re-sorts them, so a table of 10,000 entities stays smooth.
std::optional<std::string> entityTable(App& app, const char* id, std::string_view kind, std::span<const TableColumn> columns,
                                       EntityTableState& state, float height, const RowFilter* filter = nullptr,
                                       bool openOnClick = false);

// A YYYY-MM-DD field bound to a stored date ("" allowed): anything else is refused, said at the
// field, and what was typed stays there to correct.
bool dateField(App& app, const char* label, const std::string& key, const std::string& current,
               std::function<Status(const std::string&, int)> commit);

// The links of `from` by one relation: each with a remove button, and a searchable combo of
// what the relation may point at (entities of its kind, or items or clauses of the catalogue).
void linkPicker(App& app, const model::EntityKey& from, std::string_view relation, LinkPickerState& state);

// The detail editor of one entity: its title, the fields (drawn by `fields`), its history and
// a Remove button (refused, with the reason, when a relation forbids it; undoable).
// `removal` makes the removal where the kind has its own (an audit goes with its findings).
void detailFrame(App& app, const model::EntityKey& key, const char* title, const std::function<void()>& fields,
                 const std::function<std::unique_ptr<model::Command>()>& removal = {});

// A list beside its detail on a wide window, or one of them on a narrow one (`detailOnly`: the
// detail is shown instead of the list, with a Back button).
void listAndDetail(App& app, bool& detailOnly, EntityTableState& table, const char* id, const std::function<void(float height, bool openOnClick)>& list,
                   const std::function<void()>& detail, bool hasSelection);

} // namespace kanri::ui
