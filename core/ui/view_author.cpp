// The author's name written into the history: asked once on the first run (a line on the
// dashboard, the first page, that blocks nothing and has "Skip"), and changed in Settings.
#include "ui/icons.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

std::string& draft(App& app) {
    if (!app.views().authorDraftLoaded) {
        app.views().authorDraft = app.session().author();
        app.views().authorDraftLoaded = true;
    }
    return app.views().authorDraft;
}

void save(App& app, std::string name) {
    // Surrounding spaces are typing accidents, not part of a name.
    const size_t first = name.find_first_not_of(" \t"); // bytes: ASCII only, never inside UTF-8
    name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of(" \t") - first + 1);
    if (auto s = app.session().setAuthor(name); !s) {
        app.reportError(s.error());
        return;
    }
    app.views().authorDraft = name;
    app.reportMessage(name.empty() ? tr(Str::AuthorCleared) : i18n::fill(Str::AuthorSaved, {{"name", name}}), false);
}

// The name field with its Save button; Enter saves too.
void nameRow(App& app, const char* saveLabel) {
    std::string& name = draft(app);
    const float buttonW = ImGui::CalcTextSize(saveLabel).x + ImGui::GetStyle().FramePadding.x * 2;
    const float w = std::min(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x - buttonW - ImGui::GetStyle().ItemSpacing.x);
    const bool enter = inputString("##author", tr(Str::AuthorHint), name, w, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(saveLabel) || enter) save(app, name);
    ImGui::EndDisabled();
}

} // namespace

void drawAuthorPrompt(App& app) {
    if (app.session().authorAsked() || app.readOnly()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float iconW = ImGui::CalcTextSize(icon::User).x + style.ItemSpacing.x;
    const float inner = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x - iconW;
    auto buttonW = [&](Str s) { return ImGui::CalcTextSize(tr(s)).x + style.FramePadding.x * 2 + style.ItemSpacing.x; };
    const float controlsW = std::min(em * 16, inner) + buttonW(Str::AuthorSave) + buttonW(Str::AuthorSkip);
    // One line when the question and the controls fit side by side, else the question above.
    const bool oneLine = ImGui::CalcTextSize(tr(Str::AuthorAsk)).x + style.ItemSpacing.x + controlsW <= inner;
    const float textH = oneLine ? 0 : wrappedHeight(tr(Str::AuthorAsk), inner) + style.ItemSpacing.y;
    const float height = textH + ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().noticeInfo);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, em * 0.4f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(style.WindowPadding.x, em * 0.35f));
    ImGui::BeginChild("authorprompt", ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icon::User);
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (oneLine) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(Str::AuthorAsk));
        ImGui::SameLine();
    } else {
        textWrapped(tr(Str::AuthorAsk), inner);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::AuthorExplain));
    nameRow(app, tr(Str::AuthorSave));
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::AuthorSkip))) save(app, "");
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

void drawAuthorSetting(App& app) {
    sectionHeader(tr(Str::AuthorTitle));
    textWrappedDisabled(tr(Str::AuthorExplain));
    nameRow(app, tr(Str::AuthorSave));
}

} // namespace kanri::ui
