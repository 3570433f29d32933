// Self-assessment (first slice): the clause tree on the left, the selected clause on the right
// with its own-words summary and an N/P/L/F/NA rating. Keys: N P L F rate, 0 clears,
// Up/Down move through the tree.
#include "model/commands.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <string>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

unsigned ratingColor(model::Rating r) {
    switch (r) {
    case model::Rating::N: return IM_COL32(235, 95, 85, 255);
    case model::Rating::P: return IM_COL32(240, 160, 70, 255);
    case model::Rating::L: return IM_COL32(220, 210, 90, 255);
    case model::Rating::F: return IM_COL32(110, 200, 120, 255);
    case model::Rating::NA: return IM_COL32(150, 160, 175, 255);
    case model::Rating::Unrated: break;
    }
    return IM_COL32(130, 130, 130, 255);
}

Str ratingLabel(model::Rating r) {
    switch (r) {
    case model::Rating::N: return Str::RatingN;
    case model::Rating::P: return Str::RatingP;
    case model::Rating::L: return Str::RatingL;
    case model::Rating::F: return Str::RatingF;
    case model::Rating::NA: return Str::RatingNA;
    case model::Rating::Unrated: break;
    }
    return Str::RatingUnrated;
}

namespace {

const char* title(const model::Clause& c) { return i18n::language() == i18n::Lang::Ja ? c.titleJa.c_str() : c.titleEn.c_str(); }
const char* otherTitle(const model::Clause& c) { return i18n::language() == i18n::Lang::Ja ? c.titleEn.c_str() : c.titleJa.c_str(); }
const std::string& summary(const model::Clause& c) { return i18n::language() == i18n::Lang::Ja ? c.summaryJa : c.summaryEn; }

void badge(model::Rating r) {
    std::string_view code = model::ratingCode(r);
    ImGui::PushStyleColor(ImGuiCol_Text, ratingColor(r));
    ImGui::Text("%-2s", code.empty() ? "·" : std::string(code).c_str());
    ImGui::PopStyleColor();
}

// Badges sit in one column at the left edge; the tree indents after them.
void drawTreeNode(App& app, int index, float badgeX, float badgeWidth) {
    const model::Clause& c = app.catalogue().clauses()[index];
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanFullWidth |
                               ImGuiTreeNodeFlags_DefaultOpen;
    if (c.children.empty()) flags |= ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen;
    if (app.selectedClause == index) flags |= ImGuiTreeNodeFlags_Selected;
    const float indentX = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(badgeX);
    badge(app.workspace().clauseRating(c.id));
    ImGui::SameLine(indentX + badgeWidth);
    std::string label = c.id + "  " + title(c) + "###" + c.id;
    bool open = ImGui::TreeNodeEx(label.c_str(), flags);
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) app.selectedClause = index;
    if (app.selectedClause == index && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
    if (open && !c.children.empty()) {
        for (int child : c.children) drawTreeNode(app, child, badgeX, badgeWidth);
        ImGui::TreePop();
    }
}

void rate(App& app, const model::Clause& c, model::Rating r) {
    (void)app.execute(std::make_unique<model::SetClauseRating>(c.id, r));
}

void handleKeys(App& app) {
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || ImGui::GetIO().WantTextInput) return;
    const int count = static_cast<int>(app.catalogue().clauses().size());
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)) && count)
        app.selectedClause = std::min(count - 1, app.selectedClause + 1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)) && count)
        app.selectedClause = std::max(0, app.selectedClause - 1);
    if (app.selectedClause < 0 || ImGui::GetIO().KeyCtrl) return;
    const model::Clause& c = app.catalogue().clauses()[app.selectedClause];
    struct KeyRating {
        int key;
        model::Rating rating;
    } keys[] = {{'N', model::Rating::N}, {'P', model::Rating::P}, {'L', model::Rating::L},
                {'F', model::Rating::F}, {'0', model::Rating::Unrated}};
    for (const auto& k : keys)
        if (ImGui::IsKeyPressed(k.key, false)) rate(app, c, k.rating);
}

int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* str = static_cast<std::string*>(data->UserData);
        str->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = str->data();
    }
    return 0;
}

// The clause's notes: a multi-line field that commits as you type (see TextEdit).
void drawNotes(App& app, const model::Clause& c) {
    TextEdit& e = app.noteEdit;
    if (e.clauseId != c.id) {
        app.commitPendingEdits();
        e = TextEdit{c.id, app.workspace().clauseNote(c.id)};
    } else if (!e.active && !e.dirty) {
        e.buffer = app.workspace().clauseNote(c.id); // follow undo/redo and the automation API
    }
    ImGui::TextUnformatted(tr(Str::AssessNotes));
    if (app.focusNoteRequested) {
        ImGui::SetKeyboardFocusHere();
        app.focusNoteRequested = false;
    }
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (app.readOnly()) flags |= ImGuiInputTextFlags_ReadOnly;
    ImGui::InputTextMultiline("##notes", e.buffer.data(), e.buffer.capacity() + 1,
                              ImVec2(-1, ImGui::GetTextLineHeight() * 7), flags, resizeString, &e.buffer);
    e.active = ImGui::IsItemActive();
    if (ImGui::IsItemActivated()) e.session = app.newEditSession();
    if (ImGui::IsItemEdited()) {
        e.dirty = true;
        e.lastChange = ImGui::GetTime();
    }
    if (ImGui::IsItemDeactivated()) app.commitPendingEdits();
    textWrappedDisabled(tr(Str::AssessNotesHint));
}

void drawDetail(App& app) {
    textWrappedDisabled(tr(Str::AssessCopyright));
    ImGui::Spacing();
    if (app.selectedClause < 0) {
        textWrapped(tr(Str::AssessSelectHint));
        return;
    }
    const model::Clause& c = app.catalogue().clauses()[app.selectedClause];
    ImGui::Text("%s  %s", c.id.c_str(), title(c));
    ImGui::TextDisabled("%s", otherTitle(c));
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::AssessSummary));
    if (summary(c).empty()) textWrappedDisabled(tr(Str::AssessNoSummary));
    else textWrapped(summary(c).c_str());
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Str::AssessRating));
    const model::Rating current = app.workspace().clauseRating(c.id);
    ImGui::BeginDisabled(app.readOnly());
    for (model::Rating r : model::kAllRatings) {
        ImGui::PushStyleColor(ImGuiCol_CheckMark, ratingColor(r));
        if (ImGui::RadioButton(tr(ratingLabel(r)), current == r)) rate(app, c, r);
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(tr(Str::RatingClear))) rate(app, c, model::Rating::Unrated);
    ImGui::EndDisabled();
    if (current == model::Rating::NA) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.7f, 0.35f, 1));
        textWrapped(tr(Str::AssessNaWarning));
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    textWrappedDisabled(tr(Str::AssessKeys));
    ImGui::Spacing();
    ImGui::Separator();
    drawNotes(app, c);
}

} // namespace

void drawAssessment(App& app) {
    handleKeys(app);
    if (!ImGui::BeginTable("##assessment", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1)))
        return;
    ImGui::TableSetupColumn("tree", ImGuiTableColumnFlags_WidthStretch, 0.55f);
    ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(tr(Str::AssessClauseTree));
    ImGui::BeginChild("##tree", ImVec2(0, 0), false);
    const float badgeX = ImGui::GetCursorPosX();
    const float badgeWidth = ImGui::CalcTextSize("NA ").x;
    for (int root : app.catalogue().roots()) drawTreeNode(app, root, badgeX, badgeWidth);
    ImGui::EndChild();
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##detail", ImVec2(0, 0), false);
    drawDetail(app);
    ImGui::EndChild();
    ImGui::EndTable();
}

} // namespace kanri::ui
