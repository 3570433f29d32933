#include "ui/widgets.hpp"

#include "ui/views.hpp"

#include <imgui.h>

#include <cmath>

namespace kanri::ui {
namespace {

int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* str = static_cast<std::string*>(data->UserData);
        str->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = str->data();
    }
    return 0;
}

} // namespace

bool editText(App& app, const char* label, const std::string& key, const std::string& current, bool multiline,
              float height, std::function<Status(const std::string&, int)> commit, const char* hint) {
    TextEdit& e = app.textEdit;
    const bool mine = e.key == key;
    std::string temp;
    std::string* buf = &temp;
    if (mine && (e.active || e.dirty)) buf = &e.buffer;
    else temp = current;
    if (app.focusFieldKey == key) {
        ImGui::SetKeyboardFocusHere();
        app.focusFieldKey.clear();
    }
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (app.readOnly()) flags |= ImGuiInputTextFlags_ReadOnly;
    if (multiline) {
        ImGui::InputTextMultiline(label, buf->data(), buf->capacity() + 1, ImVec2(-1, height), flags, resizeString, buf);
    } else {
        flags |= ImGuiInputTextFlags_EnterReturnsTrue;
        ImGui::SetNextItemWidth(-1);
        if (hint) ImGui::InputTextWithHint(label, hint, buf->data(), buf->capacity() + 1, flags, resizeString, buf);
        else ImGui::InputText(label, buf->data(), buf->capacity() + 1, flags, resizeString, buf);
    }
    const bool activated = ImGui::IsItemActivated();
    const bool edited = ImGui::IsItemEdited();
    const bool active = ImGui::IsItemActive();
    const bool deactivated = ImGui::IsItemDeactivated();
    if (activated) {
        app.commitPendingEdits(); // another field's pending text first
        e = TextEdit{};
        e.key = key;
        e.buffer = *buf;
        e.session = app.newEditSession();
        e.active = true;
        e.commitOnPause = multiline;
        e.commit = std::move(commit);
    }
    if (e.key == key) {
        e.drawn = true;
        if (edited) {
            e.buffer = *buf;
            e.dirty = true;
            e.lastChange = ImGui::GetTime();
        }
        e.active = active;
        if (deactivated) {
            app.commitPendingEdits();
            e.active = false;
        }
    }
    return active;
}

std::optional<model::Rating> ratingButtons(App& app, model::Rating current, const char* idSuffix) {
    std::optional<model::Rating> clicked;
    ImGui::BeginDisabled(app.readOnly());
    for (model::Rating r : model::kAllRatings) {
        const bool selected = current == r;
        const ImU32 color = ratingColor(r);
        ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
        ImGui::PushStyleColor(ImGuiCol_Button, selected ? ImVec4(c.x * 0.75f, c.y * 0.75f, c.z * 0.75f, 1) : ImVec4(0.2f, 0.22f, 0.26f, 1));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(c.x * 0.6f, c.y * 0.6f, c.z * 0.6f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? ImVec4(0.05f, 0.05f, 0.05f, 1) : c);
        std::string label = std::string(r == model::Rating::NA ? "N/A" : std::string(model::ratingCode(r))) + "##" + idSuffix;
        if (ImGui::SmallButton(label.c_str())) clicked = r;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr(ratingLabel(r)));
        ImGui::PopStyleColor(3);
        ImGui::SameLine();
    }
    std::string clear = std::string("–##clear") + idSuffix;
    if (ImGui::SmallButton(clear.c_str()) && current != model::Rating::Unrated) clicked = model::Rating::Unrated;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr(i18n::Str::RatingClear));
    ImGui::EndDisabled();
    return clicked;
}

void ratingBadge(model::Rating r) {
    std::string_view code = model::ratingCode(r);
    ImGui::PushStyleColor(ImGuiCol_Text, ratingColor(r));
    ImGui::Text("%-2s", code.empty() ? "·" : std::string(code).c_str());
    ImGui::PopStyleColor();
}

std::string percent(const std::optional<double>& score) {
    if (!score) return "—";
    return std::to_string(static_cast<int>(std::lround(*score * 100))) + " %";
}

const char* itemTitle(const model::Item& item) {
    return i18n::language() == i18n::Lang::Ja ? item.titleJa.c_str() : item.titleEn.c_str();
}
const char* clauseTitle(const model::Clause& c) {
    return i18n::language() == i18n::Lang::Ja ? c.titleJa.c_str() : c.titleEn.c_str();
}

} // namespace kanri::ui
