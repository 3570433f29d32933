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
    std::string field; // a field's name, or "id"
    float widthEm = 0; // fixed width in font sizes; 0: shares what is left
};

// Draws the entities of a kind (the state lives in the app's ViewState). Returns the id the user
// opened (Enter, or a double-click) in this frame. The selection is state.selected.
std::optional<std::string> entityTable(App& app, const char* id, std::string_view kind, std::span<const TableColumn> columns,
                                       EntityTableState& state, float height);

// A YYYY-MM-DD field bound to a stored date ("" allowed): anything else is refused, said at the
// field, and what was typed stays there to correct.
bool dateField(App& app, const char* label, const std::string& key, const std::string& current,
               std::function<Status(const std::string&, int)> commit);

// The links of `from` by one relation: each with a remove button, and a searchable combo of
// what the relation may point at (entities of its kind, or items or clauses of the catalogue).
void linkPicker(App& app, const model::EntityKey& from, std::string_view relation, LinkPickerState& state);

// The detail editor of one entity: its title, the fields (drawn by `fields`), its history and
// a Remove button (refused, with the reason, when a relation forbids it; undoable).
void detailFrame(App& app, const model::EntityKey& key, const char* title, const std::function<void()>& fields);

} // namespace kanri::ui
