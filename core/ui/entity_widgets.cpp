#include "ui/entity_widgets.hpp"

#include "model/commands.hpp"
#include "model/text.hpp"
#include "model/validation.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

// Numbers sort as numbers ("9" before "10"), everything else as text.
// (strtod: the libc++ of Emscripten 3.1.6 has no from_chars for double.)
bool number(const std::string& s, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size();
}

// Numbers as numbers; other texts in natural order (text::naturalLess).
bool lessValue(const std::string& a, const std::string& b) {
    double x = 0, y = 0;
    if (number(a, x) && number(b, y)) return x < y;
    return text::naturalLess(a, b);
}

std::string cell(const model::Collection& c, size_t row, const model::Fields& fields, const TableColumn& col) {
    if (col.value) return col.value(row);
    return col.field == "id" ? c.idAt(row) : model::fieldValue(fields, col.field);
}

// Each entity's cells, sort keys and searchable text: once per change of the data.
void refreshCells(App& app, const model::Collection& c, std::span<const TableColumn> columns, EntityTableState& s) {
    if (s.cellsAt == app.changeCount() && s.cellsKind == c.kind() && s.cells.size() == c.size()) return;
    s.cellsAt = app.changeCount();
    s.cellsKind = std::string(c.kind());
    s.cells.assign(c.size(), {});
    s.keys.assign(c.size(), {});
    s.haystack.assign(c.size(), {});
    for (size_t i = 0; i < c.size(); ++i) {
        const model::Fields fields = c.fieldsAt(i);
        std::string& hay = s.haystack[i];
        hay = c.idAt(i);
        for (const auto& [name, value] : fields) (hay += '\n') += value;
        auto& row = s.cells[i];
        auto& keys = s.keys[i];
        row.reserve(columns.size());
        for (const TableColumn& col : columns) {
            row.push_back(cell(c, i, fields, col));
            std::replace(row.back().begin(), row.back().end(), '\n', ' ');
            keys.push_back(col.sortKey ? col.sortKey(i) : row.back());
        }
    }
}

// The rows to show: matching the search and the filter, in the chosen order (recomputed only
// when the data, the search, the filter or the order changed).
void refreshRows(App& app, const model::Collection& c, std::span<const TableColumn> columns, EntityTableState& s, const RowFilter* filter) {
    refreshCells(app, c, columns, s);
    const std::string key = std::to_string(app.changeCount()) + "|" + s.search + "|" + (filter ? filter->key : "") + "|" +
                            std::to_string(s.sortColumn) + (s.ascending ? "+" : "-");
    if (key == s.rowsKey) return;
    s.rowsKey = key;
    s.rows.clear();
    for (size_t i = 0; i < c.size(); ++i)
        if ((s.search.empty() || text::containsFolded(s.haystack[i], s.search)) && (!filter || !filter->keep || filter->keep(i))) s.rows.push_back(i);
    if (s.sortColumn >= 0 && s.sortColumn < static_cast<int>(columns.size())) {
        const size_t col = static_cast<size_t>(s.sortColumn);
        std::stable_sort(s.rows.begin(), s.rows.end(), [&](size_t a, size_t b) {
            const std::string& x = s.keys[a][col];
            const std::string& y = s.keys[b][col];
            return s.ascending ? lessValue(x, y) : lessValue(y, x);
        });
    }
}

} // namespace

std::optional<std::string> entityTable(App& app, const char* id, std::string_view kind, std::span<const TableColumn> columns,
                                       EntityTableState& s, float height, const RowFilter* filter, bool openOnClick) {
    const model::Collection* c = app.workspace().collection(kind);
    if (!c || columns.empty()) return std::nullopt;
    ImGui::PushID(id);
    ImGui::TextDisabled("%s", icon::Filter);
    ImGui::SameLine();
    inputString("##search", tr(Str::TableSearch), s.search, ImGui::GetFontSize() * 16);
    refreshRows(app, *c, columns, s, filter);
    ImGui::SameLine();
    const std::string count = i18n::fill(Str::TableCount, {{"shown", std::to_string(s.rows.size())}, {"total", std::to_string(c->size())}});
    ImGui::TextDisabled("%s", count.c_str());
    hooks::labelLastItem("table:count", count.c_str());
    std::optional<std::string> opened;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    if (s.focusRequested) ImGui::SetNextWindowFocus(); // the table's scrolling region is the next window begun
    s.focusRequested = false;
    if (ImGui::BeginTable("##entities", static_cast<int>(columns.size()), flags, ImVec2(0, height))) {
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupScrollFreeze(0, 1);
        for (size_t i = 0; i < columns.size(); ++i) {
            const TableColumn& col = columns[i];
            ImGuiTableColumnFlags cf = col.widthEm > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
            if (i == 0) cf |= ImGuiTableColumnFlags_DefaultSort;
            ImGui::TableSetupColumn(tr(col.header), cf, col.widthEm > 0 ? col.widthEm * em : col.widthEm < 0 ? -col.widthEm : 1.0f, static_cast<ImGuiID>(i));
        }
        // The header row, as TableHeadersRow() draws it, with each header named for the widget
        // map ("header:title"; ImGui 1.86 reports no label for a table header).
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (size_t i = 0; i < columns.size(); ++i) {
            if (!ImGui::TableSetColumnIndex(static_cast<int>(i))) continue;
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableHeader(tr(columns[i].header));
            hooks::labelLastItem(("header:" + columns[i].field).c_str(), tr(columns[i].header));
            ImGui::PopID();
        }
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
            if (specs->SpecsCount > 0) {
                s.sortColumn = static_cast<int>(specs->Specs[0].ColumnUserID);
                s.ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
            }
            specs->SpecsDirty = false;
            refreshRows(app, *c, columns, s, filter);
        }
        // The arrow keys move the selection while the table (not a text field) has the focus.
        int selectedRow = -1;
        for (size_t r = 0; r < s.rows.size(); ++r)
            if (c->idAt(s.rows[r]) == s.selected) selectedRow = static_cast<int>(r);
        bool moved = false;
        if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput && !s.rows.empty()) {
            const int before = selectedRow;
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) selectedRow = std::min(selectedRow + 1, static_cast<int>(s.rows.size()) - 1);
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) selectedRow = std::max(selectedRow - 1, 0);
            if (selectedRow != before) {
                s.selected = c->idAt(s.rows[static_cast<size_t>(selectedRow)]);
                moved = true;
            }
            if (selectedRow >= 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) opened = s.selected;
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(s.rows.size()));
        if (moved && selectedRow >= 0) clipper.ForceDisplayRangeByIndices(selectedRow, selectedRow + 1);
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const size_t row = s.rows[static_cast<size_t>(r)];
                const std::string& entityId = c->idAt(row);
                ImGui::TableNextRow();
                ImGui::PushID(("row:" + entityId).c_str()); // tests name a row "row:R-001"
                for (size_t i = 0; i < columns.size(); ++i) {
                    ImGui::TableSetColumnIndex(static_cast<int>(i));
                    const std::string& text = s.cells[row][i];
                    if (i == 0) {
                        const bool selected = entityId == s.selected;
                        if (ImGui::Selectable((text + "###sel").c_str(), selected,
                                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
                            s.selected = entityId;
                            if (openOnClick || ImGui::IsMouseDoubleClicked(0)) opened = entityId;
                        }
                        if (selected && moved) ImGui::SetScrollHereY();
                    } else if (columns[i].draw) {
                        columns[i].draw(row, text);
                    } else {
                        textEllipsis(text.c_str());
                    }
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
    return opened;
}

bool dateField(App& app, const char* label, const std::string& key, const std::string& current,
               std::function<Status(const std::string&, int)> commit) {
    return editText(app, label, key, current, false, 0,
                    [commit = std::move(commit)](const std::string& text, int session) -> Status {
                        if (!text.empty() && !model::isValidDate(text)) return fail(ErrorCode::InvalidDate, text);
                        return commit(text, session);
                    },
                    "YYYY-MM-DD");
}

void linkPicker(App& app, const model::EntityKey& from, std::string_view relationName, LinkPickerState& state) {
    const model::Workspace& ws = app.workspace();
    const model::Relation* relation = ws.registry().relation(relationName);
    if (!relation) return;
    ImGui::PushID(std::string(relationName).c_str());
    // The links there are, each with its remove button.
    for (const model::Link& l : ws.linksFrom(from)) {
        if (l.relation != relationName) continue;
        ImGui::PushID(l.to.id.c_str());
        const std::string remove = std::string(icon::Remove) + "###unlink";
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton(remove.c_str())) (void)app.execute(std::make_unique<model::SetLink>(l, false));
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::LinkRemove));
        ImGui::SameLine();
        ImGui::TextUnformatted((std::string(icon::Link) + " " + l.to.id).c_str());
        ImGui::PopID();
    }
    // What may be linked: the target kind's entities, or the catalogue's items or clauses.
    struct Candidate {
        std::string id, label;
    };
    std::vector<Candidate> candidates;
    const model::Catalogue& cat = app.catalogue();
    if (const model::Collection* c = ws.collection(relation->to)) {
        for (size_t i = 0; i < c->size(); ++i) {
            const model::Fields f = c->fieldsAt(i);
            candidates.push_back({c->idAt(i), c->idAt(i) + (f.empty() ? "" : "  " + f.front().second)});
        }
    } else if (relation->to == model::kinds::Item) {
        for (const model::Item& item : cat.items()) candidates.push_back({item.id, item.id + "  " + itemTitle(item)});
    } else if (relation->to == model::kinds::Clause) {
        for (const model::Clause& cl : cat.clauses()) candidates.push_back({cl.id, cl.id + "  " + clauseTitle(cl)});
    }
    ImGui::BeginDisabled(app.readOnly());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    const std::string preview = std::string(icon::Add) + " " + tr(Str::LinkAdd);
    const bool open = ImGui::BeginCombo("##add", preview.c_str(), ImGuiComboFlags_HeightLarge);
    if (!open) hooks::labelLastItem("link:add", preview.c_str()); // ImGui 1.86 reports no label for a combo
    if (open) {
        if (ImGui::IsWindowAppearing()) {
            state.search.clear();
            ImGui::SetKeyboardFocusHere();
        }
        inputString("##find", tr(Str::TableSearch), state.search, -1);
        for (const Candidate& cand : candidates) {
            const model::Link link{from, std::string(relationName), {std::string(relation->to), cand.id}};
            if (ws.links().count(link) || !text::containsFolded(cand.label, state.search) || cand.id == from.id) continue;
            ImGui::PushID(cand.id.c_str());
            if (ImGui::Selectable((cand.label + "###pick").c_str())) (void)app.execute(std::make_unique<model::SetLink>(link, true));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

void detailFrame(App& app, const model::EntityKey& key, const char* title, const std::function<void()>& fields,
                 const std::function<std::unique_ptr<model::Command>()>& removal) {
    ImGui::PushID((key.kind + ":" + key.id).c_str());
    sectionHeader((key.id + "  " + title).c_str());
    fields();
    ImGui::Spacing();
    drawHistoryPanel(app, key);
    ImGui::Spacing();
    ImGui::BeginDisabled(app.readOnly());
    const std::string remove = std::string(icon::Delete) + "  " + tr(Str::ButtonRemove) + "###remove";
    // A refusal (something still points at it) is reported by the app, with what points at it.
    if (ImGui::Button(remove.c_str())) (void)app.execute(removal ? removal() : std::make_unique<model::RemoveEntity>(key));
    ImGui::EndDisabled();
    ImGui::PopID();
}

void listAndDetail(App& app, bool& detailOnly, EntityTableState& table, const char* id, const std::function<void(float, bool)>& list,
                   const std::function<void()>& detail, bool hasSelection) {
    const float em = ImGui::GetFontSize();
    const bool wide = ImGui::GetContentRegionAvail().x > em * 60;
    const std::string pane = std::string(id) + "detail";
    if (!wide && detailOnly && hasSelection) {
        if (ImGui::Button((std::string(icon::Collapse) + "  " + tr(Str::ButtonBackToList) + "###" + id + "back").c_str())) {
            detailOnly = false;
            table.focusRequested = true;
        }
        ImGui::BeginChild(("##" + pane).c_str(), ImVec2(0, 0), false);
        detail();
        ImGui::EndChild();
        hooks::labelLastItem(pane.c_str(), "");
        return;
    }
    const float height = std::max(ImGui::GetContentRegionAvail().y, em * 14);
    if (wide) {
        ImGui::BeginChild((std::string("##") + id + "pane").c_str(), ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, height), false);
        list(-1, false);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild(("##" + pane).c_str(), ImVec2(0, height), true);
        if (hasSelection) detail();
        else textWrappedDisabled(tr(Str::ImpSelectHint));
        ImGui::EndChild();
        hooks::labelLastItem(pane.c_str(), "");
    } else {
        list(height, true);
    }
}

} // namespace kanri::ui
