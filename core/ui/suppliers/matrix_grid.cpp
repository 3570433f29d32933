// The responsibility matrix as a grid: sticky headers (clause, activity and the parties), only
// the rows on screen drawn, problems tinted as they arise, and a cursor cell that is always
// drawn while the grid has the keyboard: arrows move it, R A C I toggle a letter, Space marks
// the row agreed, Enter edits its note, Delete clears the cell, Ctrl + / − / 0 zoom. A click or
// a tap puts the cursor on a cell. Workshop mode shows the grid alone, for a projector.
#include "suppliers_ui.hpp"

#include "model/suppliers/commands.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace sup = model::suppliers;

namespace {

constexpr float kMinZoom = 0.7f, kMaxZoom = 3.0f;

bool keyPressed(int index) { return index >= 0 && ImGui::IsKeyPressed(index); }

// The letters pressed this frame: R, A, C and I by their key codes, which are the same in both
// front ends (GLFW's and the DOM's codes of letter keys are their capitals). Characters are not
// used: the web front end hands them only to a text field.
std::vector<sup::Letter> pressedLetters() {
    std::vector<sup::Letter> out;
    const struct {
        int code;
        sup::Letter letter;
    } keys[] = {{'R', sup::R}, {'A', sup::A}, {'C', sup::C}, {'I', sup::I}};
    for (const auto& k : keys)
        if (ImGui::IsKeyPressed(k.code, false)) out.push_back(k.letter);
    ImGui::GetIO().InputQueueCharacters.resize(0); // nothing typed here reaches a widget
    return out;
}

// The keyboard, while the grid has it: moves the cursor, edits the cursor's cell and row.
void handleKeys(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeySuper) return; // Ctrl+Z, the zoom and the like are not the grid's
    if (v.visible.empty() || m.parties.empty()) return;
    int at = -1;
    for (size_t i = 0; i < v.visible.size(); ++i)
        if (v.rows[v.visible[i]]->id == v.cursorRow) at = static_cast<int>(i);
    if (at < 0) return; // the cursor is on no row shown: the keys change nothing unseen
    const int last = static_cast<int>(v.visible.size()) - 1;
    const int before = at;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) at = std::min(at + 1, last);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) at = std::max(at - 1, 0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) at = std::min(at + 10, last);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) at = std::max(at - 10, 0);
    const int parties = static_cast<int>(m.parties.size());
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) v.cursorParty = std::min(v.cursorParty + 1, parties - 1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) v.cursorParty = std::max(v.cursorParty - 1, 0);
    v.cursorParty = std::clamp(v.cursorParty, 0, parties - 1);
    const sup::RaciRow* row = v.rows[v.visible[static_cast<size_t>(at)]];
    if (at != before || v.cursorRow != row->id) v.scrollToCursor = true;
    v.cursorRow = row->id;
    if (app.readOnly()) return;
    const std::string& party = m.parties[static_cast<size_t>(v.cursorParty)].code;
    for (sup::Letter l : pressedLetters()) (void)app.execute(sup::toggleLetter(row->id, party, l));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) (void)app.execute(sup::setAgreed(row->id, !row->agreed));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), false))
        if (row->at(party)) (void)app.execute(sup::setLetters(row->id, party, 0));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) v.editNote = true;
}

// How much of the current cell's width is on screen: the grid scrolls sideways under its frozen
// columns, and a glyph half under the edge is a clipped glyph. 0 when the cell starts hidden.
float visibleWidth() {
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x = ImGui::GetCursorScreenPos().x;
    if (x < dl->GetClipRectMin().x - 0.5f) return 0;
    return std::min(ImGui::GetContentRegionAvail().x, dl->GetClipRectMax().x - x);
}
// The text cut to what is on screen of the cell ("" when not even "…" fits).
std::string visiblePart(const std::string& text) {
    const float w = visibleWidth();
    if (ImGui::CalcTextSize(text.c_str()).x <= w) return text;
    if (w < ImGui::CalcTextSize("…").x * 1.5f) return {};
    return ellipsize(text, w);
}
void cellText(const std::string& text, const ImVec4* colour = nullptr) {
    const std::string shown = visiblePart(text);
    if (shown.empty()) return;
    ImGui::AlignTextToFramePadding(); // level with the letters' cells
    if (colour) ImGui::TextColored(*colour, "%s", shown.c_str());
    else ImGui::TextUnformatted(shown.c_str());
    if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

ImU32 tint(const ImVec4& c, float alpha) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, alpha)); }

// The party's column header: its code, its name below, cut to the column.
void partyHeader(const sup::Party& p, size_t index) {
    ImGui::PushID(static_cast<int>(index));
    ImGui::TableHeader((visiblePart(p.code) + "###h").c_str());
    hooks::labelLastItem(("party:" + p.code).c_str(), p.name.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s · %s", p.name.c_str(), tr(partyKindLabel(p.kind)));
    ImGui::PopID();
}

} // namespace

void matrixGrid(App& app, SuppliersViewState& v, const sup::RaciMatrix& m, float height) {
    const size_t parties = m.parties.size();
    // The zoom applies to this child and the table inside it (ImGui scales a child's font by its parent's).
    if (v.gridFocusRequested) ImGui::SetNextWindowFocus();
    ImGui::BeginChild("##gridzoom", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    // ImGui scales a window's font by its own and its parent's scale only: the table's scrolling
    // window takes this child's zoom (workshop mode zooms the screen around it too).
    ImGui::SetWindowFontScale(v.workshop ? v.zoom : 1.0f);
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput;
    if (focused) handleKeys(app, v, m);
    // The table's text is this child's scale times its parent's (workshop: the zoom); this
    // child's own font is scaled once more.
    const float em = ImGui::GetFontSize() / (v.workshop ? v.zoom : 1.0f);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInner | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    const int columns = static_cast<int>(parties) + 6;
    // The frozen columns keep at most about half the width, so the parties are always in view.
    // ImGui keeps a table's column widths once set: a table of another width is another table.
    const float activityWidth = em * std::round(std::clamp(ImGui::GetContentRegionAvail().x * 0.5f / em - 8.9f, 7.0f, 20.0f)); // whole ems: few tables
    const std::string tableId = "##raci" + std::to_string(static_cast<int>(activityWidth)) + ":" + std::to_string(static_cast<int>(em));
    // Another table (a zoom, a resized window) keeps the keys the last one had.
    if (v.gridFocusRequested || (tableId != v.gridTableId && v.gridHadKeys)) ImGui::SetNextWindowFocus();
    v.gridFocusRequested = false;
    v.gridTableId = tableId;
    v.gridHadKeys = focused;
    if (ImGui::BeginTable(tableId.c_str(), columns, flags | ImGuiTableFlags_NoSavedSettings, ImVec2(0, 0))) {
        ImGui::TableSetupScrollFreeze(3, 1);
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 3.4f);
        ImGui::TableSetupColumn(tr(Str::RaciColClause), ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
        ImGui::TableSetupColumn(tr(Str::RaciColActivity), ImGuiTableColumnFlags_WidthFixed, activityWidth);
        for (const sup::Party& p : m.parties) ImGui::TableSetupColumn(p.code.c_str(), ImGuiTableColumnFlags_WidthFixed, em * 3.6f);
        ImGui::TableSetupColumn(tr(Str::RaciColOwnership), ImGuiTableColumnFlags_WidthFixed, em * 11.5f);
        // At least as wide as its header.
        const float agreedWidth = std::max(em * 3.2f, ImGui::CalcTextSize(tr(Str::RaciColAgreed)).x + ImGui::GetStyle().CellPadding.x * 2 + 4);
        ImGui::TableSetupColumn(tr(Str::RaciColAgreed), ImGuiTableColumnFlags_WidthFixed, agreedWidth);
        ImGui::TableSetupColumn(tr(Str::RaciColNotes), ImGuiTableColumnFlags_WidthFixed, em * 12);
        // The grid's keys are its own (handleKeys): ImGui's keyboard navigation stays out of its
        // headers and cells, or its arrows, Space and Enter would move and press one of their own.
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c < columns; ++c) {
            if (!ImGui::TableSetColumnIndex(c)) continue;
            if (c >= 3 && c < 3 + static_cast<int>(parties)) partyHeader(m.parties[static_cast<size_t>(c - 3)], static_cast<size_t>(c - 3));
            else ImGui::TableHeader((visiblePart(ImGui::TableGetColumnName(c)) + "###h" + std::to_string(c)).c_str());
        }
        const int cursor = [&] {
            for (size_t i = 0; i < v.visible.size(); ++i)
                if (v.rows[v.visible[i]]->id == v.cursorRow) return static_cast<int>(i);
            return -1;
        }();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(v.visible.size()));
        if (v.scrollToCursor && cursor >= 0) clipper.ForceDisplayRangeByIndices(cursor, cursor + 1);
        const Palette& pal = palette();
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const size_t index = v.visible[static_cast<size_t>(i)];
                const sup::RaciRow& r = *v.rows[index];
                ImGui::TableNextRow(0, ImGui::GetFrameHeight());
                ImGui::PushID(r.id.c_str());
                const int worst = v.worst[index];
                if (worst == 3) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, tint(pal.bad, 0.16f));
                else if (worst == 2) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, tint(pal.warn, 0.12f));
                if (r.id == v.cursorRow) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, pal.accentFill); // the cursor's row stands out
                ImGui::TableSetColumnIndex(0);
                // The row's number always (people say "row 5"), its worst problem's mark before it.
                if (worst >= 2) cellText(std::string(icon::Warning) + " " + std::to_string(index + 1), worst == 3 ? &pal.bad : &pal.warn);
                else cellText(std::to_string(index + 1), &pal.muted);
                if (worst >= 2 && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(worst == 3 ? Str::RaciRowHasErrors : Str::RaciRowHasWarnings));
                ImGui::TableSetColumnIndex(1);
                cellText(r.group);
                ImGui::TableSetColumnIndex(2);
                if (r.applicable) cellText(r.activity);
                else cellText(r.activity + " · " + tr(Str::RaciNotApplicable), &pal.muted);
                for (size_t p = 0; p < parties; ++p) {
                    ImGui::TableSetColumnIndex(static_cast<int>(p) + 3);
                    const std::string& code = m.parties[p].code;
                    const std::string letters = sup::lettersText(r.at(code));
                    const bool here = r.id == v.cursorRow && static_cast<int>(p) == v.cursorParty;
                    const std::string label = visiblePart(letters.empty() ? std::string("·") : letters) + "###cell:" + code;
                    if (letters.empty()) ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
                    if (here) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, pal.accentFill);
                    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
                    const bool clicked = ImGui::Selectable(label.c_str(), here, 0, ImVec2(0, ImGui::GetFrameHeight()));
                    ImGui::PopStyleVar();
                    if (clicked) {
                        v.cursorRow = r.id;
                        v.cursorParty = static_cast<int>(p);
                        v.gridFocusRequested = true; // the keys act here next
                        // ImGui made the clicked cell its navigation target (and the window's, for
                        // when it is focused again): its Space and Enter would press that cell
                        // again after the cursor has moved on.
                        ImGui::GetCurrentContext()->NavId = 0;
                        ImGui::GetCurrentWindow()->NavLastIds[0] = 0;
                    }
                    if (letters.empty()) ImGui::PopStyleColor();
                    hooks::labelLastItem(("cell:" + r.id + ":" + code).c_str(), letters.c_str());
                    if (here) {
                        // The cursor: a bold frame while the grid has the keys, a thin one otherwise.
                        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                        ImGui::GetWindowDrawList()->AddRect(a, b, pal.accent, 2.0f, 0, focused ? 4.0f : 1.5f);
                        if (v.scrollToCursor) ImGui::SetScrollHereY(0.5f);
                    }
                }
                ImGui::TableSetColumnIndex(static_cast<int>(parties) + 3);
                cellText(tr(ownershipLabel(v.check.ownership[index])), &pal.muted);
                ImGui::TableSetColumnIndex(static_cast<int>(parties) + 4);
                if (r.agreed) cellText(icon::CheckOk, &pal.good);
                hooks::labelLastItem(("agreed:" + r.id).c_str(), r.agreed ? "yes" : "no");
                ImGui::TableSetColumnIndex(static_cast<int>(parties) + 5);
                cellText(r.notes);
                ImGui::PopID();
            }
        }
        v.scrollToCursor = false;
        ImGui::PopItemFlag();
        ImGui::EndTable();
    }
    ImGui::EndChild();
    hooks::labelLastItem("raci:grid", focused ? "focused" : "");
}

// Ctrl + / − / 0, wherever the focus is (but in a text field).
void zoomKeys(App& app, SuppliersViewState& v) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!(io.KeyCtrl || io.KeySuper) || io.WantTextInput) return;
    const Platform::ZoomKeys z = app.platform().zoomKeys();
    if (keyPressed(z.plus) || keyPressed(z.keypadPlus)) v.zoom = std::min(kMaxZoom, v.zoom * 1.25f);
    if (keyPressed(z.minus) || keyPressed(z.keypadMinus)) v.zoom = std::max(kMinZoom, v.zoom / 1.25f);
    if (keyPressed(z.zero)) v.zoom = 1.0f;
}

void drawWorkshop(App& app) {
    SuppliersViewState& v = app.views().of<SuppliersViewState>();
    if (v.enteringWorkshop) { // another window than the grid beside the panels: the keys follow
        v.gridFocusRequested = true;
        v.enteringWorkshop = false;
    }
    zoomKeys(app, v);
    ImGui::SetWindowFontScale(v.zoom); // everything, readable from the back of the room
    const sup::RaciMatrix* m = currentMatrix(app, v);
    if (!m) {
        v.workshop = false;
        app.views().fullScreenArea.reset();
        return;
    }
    const float em = ImGui::GetFontSize();
    const bool leave = ImGui::Button((std::string(icon::Collapse) + "  " + tr(Str::RaciWorkshopLeave) + "###leave").c_str()) ||
                       (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput);
    // Leaving with agreed rows not yet signed off asks once; Esc or Leave again leaves.
    if (leave && !v.leavePrompt && !v.signing && !app.readOnly() && signOffDue(app, v, *m)) {
        v.leavePrompt = true;
    } else if (leave) {
        v.workshop = false;
        v.leavePrompt = false;
        v.signing = false;
        app.views().fullScreenArea.reset();
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button("-###zoomout")) v.zoom = std::max(kMinZoom, v.zoom / 1.25f);
    ImGui::SameLine();
    ImGui::Text("%d %%", static_cast<int>(std::lround(v.zoom * 100)));
    hooks::labelLastItem("zoom", std::to_string(static_cast<int>(std::lround(v.zoom * 100))).c_str());
    ImGui::SameLine();
    if (ImGui::Button("+###zoomin")) v.zoom = std::min(kMaxZoom, v.zoom * 1.25f);
    ImGui::SameLine(0, em);
    const std::string signLabel = std::string(icon::CheckOk) + "  " + tr(Str::RaciSignOff) + "###workshopsignoff";
    ImGui::BeginDisabled(app.readOnly() || v.signing);
    if (ImGui::Button(signLabel.c_str())) {
        startSignOff(app, v, *m);
        v.leavePrompt = false;
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, em);
    textEllipsis(m->title.c_str(), ImGui::GetContentRegionAvail().x); // the user's text: the body font has every character
    if (v.leavePrompt) {
        const std::string ask = i18n::fill(Str::RaciLeaveAsk, {{"agreed", std::to_string(v.check.agreed)}, {"rows", std::to_string(v.rows.size())}});
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        textWrapped((std::string(icon::Warning) + " " + ask).c_str());
        ImGui::PopStyleColor();
        hooks::labelLastItem("leaveprompt", ask.c_str());
        if (ImGui::Button((std::string(tr(Str::RaciSignOff)) + "###leavesign").c_str())) {
            startSignOff(app, v, *m);
            v.leavePrompt = false;
        }
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr(Str::RaciLeaveWithout)) + "###leavewithout").c_str())) {
            v.workshop = false;
            v.leavePrompt = false;
            app.views().fullScreenArea.reset();
            return;
        }
    }
    matrixSummary(app, v, *m);
    const float tall = ImGui::GetContentRegionAvail().y;
    if (tall > em * 24) textWrappedDisabled(tr(Str::RaciWorkshopKeys)); // a short screen keeps its rows
    // The grid, the cursor's row below it (its note, letters by touch, its problems).
    const float avail = ImGui::GetContentRegionAvail().y;
    const float rowPanelHeight = v.signing ? avail * 0.6f : std::min(em * 9, avail * 0.35f); // the sign-off form needs room
    matrixGrid(app, v, *m, std::max(em * 4, avail - rowPanelHeight));
    ImGui::BeginChild("##workshoprow", ImVec2(0, 0), true);
    if (v.signing) { // the workshop ends with its sign-off, recorded here
        signOffForm(app, v, *m);
    } else {
        if (v.rowShown != v.cursorRow) ImGui::SetScrollY(0); // another row starts at its top
        v.rowShown = v.cursorRow;
        rowPanel(app, v, *m);
    }
    ImGui::EndChild();
    hooks::labelLastItem("workshop:pane", "");
}

} // namespace kanri::ui
