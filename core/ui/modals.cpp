// The dialogs that need an answer (N/A justification, deleting a cycle, replacing everything by
// an import, the desktop's file dialog), drawn in one place at the root of the ID stack. A view only fills
// app.views().modal (App::openModal); OpenPopup and BeginPopupModal then always run here, at
// the same ID level, which Dear ImGui requires ("popup identifiers are relative to the
// current ID stack").
#include "model/commands.hpp"
#include "ui/file_dialog.hpp"
#include "ui/focus_ring.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void warning(const char* text, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
    textWrapped(text, width);
    ImGui::PopStyleColor();
}

// Cancel, with the dialog's first keyboard focus on it: Enter on a freshly opened dialog that
// would delete or replace something must do nothing. Returns true when pressed.
bool defaultCancel() {
    const bool pressed = ImGui::Button(tr(Str::ButtonCancel));
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetItemDefaultFocus(); // ImGui's first-focus of a new popup picks this one
        focusLastItem();
    }
    return pressed;
}

// Returns true when the dialog is finished (answered or cancelled).
bool drawNaJustification(App& app, Modal& m, float width) {
    const model::Item& item = app.catalogue().items()[m.item];
    ImGui::Text("%s", item.id.c_str());
    ImGui::SameLine();
    textEllipsis(itemTitle(item), width - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x);
    warning(tr(Str::AssessNaWarning), width);
    ImGui::TextUnformatted(tr(Str::ItemJustification));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##najust", m.text.data(), m.text.capacity() + 1, ImVec2(width, ImGui::GetTextLineHeight() * 4),
                              ImGuiInputTextFlags_CallbackResize, resizeString, &m.text);
    bool done = false;
    ImGui::BeginDisabled(blank(m.text));
    if (ImGui::Button(tr(Str::ButtonSetNa))) {
        model::ItemAssessment v = app.workspace().item(item.id);
        v.rating = model::Rating::NA;
        v.justification = m.text;
        (void)app.execute(std::make_unique<model::SetItem>(item.id, std::move(v)));
        done = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::ButtonCancel))) done = true;
    return done;
}

bool drawConfirmDeleteCycle(App& app, Modal& m, float width) {
    ImGui::TextUnformatted(m.name.c_str());
    warning(tr(Str::CycleDeleteBody), width);
    bool done = false;
    ImGui::PushStyleColor(ImGuiCol_Button, palette().bad);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button(tr(Str::ButtonConfirmDelete))) {
        (void)app.execute(std::make_unique<model::DeleteCycle>(m.id));
        done = true;
    }
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    return defaultCancel() || done;
}

bool drawConfirmImport(App& app, Modal& m, float width) {
    ImGui::Text("%s: %s", tr(Str::ImportConfirmFile), m.name.c_str());
    int rated = 0;
    for (const auto& [id, a] : m.data->items) rated += a.rating != model::Rating::Unrated;
    ImGui::Text("%s: %d", tr(Str::ImportConfirmCounts), rated);
    const auto cycles = m.data->entities.find(model::kinds::Cycle);
    ImGui::Text("%s: %d", tr(Str::ImportConfirmCycles), cycles == m.data->entities.end() ? 0 : static_cast<int>(cycles->second.size()));
    warning(tr(Str::ImportConfirmBody), width);
    bool done = false;
    if (ImGui::Button(tr(Str::ButtonReplace))) {
        (void)app.execute(std::make_unique<model::ReplaceWorkspace>(*m.data));
        app.reportMessage(std::string(tr(Str::DataImported)) + ": " + m.name, false);
        done = true;
    }
    ImGui::SameLine();
    return defaultCancel() || done;
}

Str titleOf(const Modal& m) {
    switch (m.kind) {
    case Modal::Kind::ChooseFile: return fileDialogTitle(m.file);
    case Modal::Kind::NaJustification: return Str::NaTitle;
    case Modal::Kind::ConfirmDeleteCycle: return Str::CycleDeleteTitle;
    case Modal::Kind::ConfirmImport: return Str::ImportConfirmTitle;
    case Modal::Kind::None: break;
    }
    return Str::AppName;
}

} // namespace

void drawModals(App& app) {
    Modal& m = app.views().modal;
    if (m.kind == Modal::Kind::None) return;
    // The id after ### stays the same in both languages and for every kind of dialog.
    const std::string title = std::string(tr(titleOf(m))) + "###modal";
    if (!m.opened) {
        ImGui::OpenPopup("###modal");
        m.opened = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const float width = std::min(ImGui::GetFontSize() * 30, vp->WorkSize.x * 0.9f);
    bool open = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        m = Modal{}; // closed by ImGui (Escape, the close button)
        return;
    }
    bool done = !open || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    std::string chosenPath; // ChooseFile: the file chosen
    switch (m.kind) {
    case Modal::Kind::NaJustification: done |= drawNaJustification(app, m, width); break;
    case Modal::Kind::ConfirmDeleteCycle: done |= drawConfirmDeleteCycle(app, m, width); break;
    case Modal::Kind::ConfirmImport: done |= drawConfirmImport(app, m, width); break;
    case Modal::Kind::ChooseFile:
        if (auto path = drawFileDialog(app, m.file, width)) {
            chosenPath = std::move(*path);
            done = true;
        }
        break;
    case Modal::Kind::None: break;
    }
    std::function<void(const std::string&)> then;
    if (done) {
        then = std::move(m.file.chosen);
        ImGui::CloseCurrentPopup();
        m = Modal{};
    }
    ImGui::EndPopup();
    // After the popup is closed: what follows may open the next dialog (import asks to confirm).
    if (then && !chosenPath.empty()) then(chosenPath);
}

} // namespace kanri::ui
