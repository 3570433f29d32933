// The frame around every view: menu bar, navigation, start-up banners and the status bar.
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

struct NavEntry {
    Area area;
    Str label;
};
constexpr NavEntry kNav[] = {
    {Area::Dashboard, Str::NavDashboard},     {Area::Assessment, Str::NavAssessment},
    {Area::Risks, Str::NavRisks},             {Area::Suppliers, Str::NavSuppliers},
    {Area::Improvement, Str::NavImprovement}, {Area::Settings, Str::NavSettings},
};

void drawMenuBar(App& app) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (app.platform().canQuit() && ImGui::BeginMenu(tr(Str::MenuFile))) {
        if (ImGui::MenuItem(tr(Str::MenuQuit), "Ctrl+Q")) app.platform().requestQuit();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuEdit))) {
        const auto* u = app.commands().nextUndo();
        const auto* r = app.commands().nextRedo();
        std::string undo = std::string(tr(Str::EditUndo)) + (u ? "  " + u->describe() : "") + "###undo";
        std::string redo = std::string(tr(Str::EditRedo)) + (r ? "  " + r->describe() : "") + "###redo";
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, u && !app.readOnly())) app.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, r && !app.readOnly())) app.redo();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuView))) {
        if (ImGui::BeginMenu(tr(Str::MenuLanguage))) {
            auto chosen = app.chosenLanguage();
            if (ImGui::MenuItem(tr(Str::LangSystem), nullptr, !chosen)) app.setLanguage(std::nullopt);
            if (ImGui::MenuItem(tr(Str::LangEnglish), nullptr, chosen == i18n::Lang::En)) app.setLanguage(i18n::Lang::En);
            if (ImGui::MenuItem(tr(Str::LangJapanese), nullptr, chosen == i18n::Lang::Ja)) app.setLanguage(i18n::Lang::Ja);
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void drawNavigation(App& app) {
    ImGui::TextDisabled("%s", tr(Str::AppName));
    ImGui::Separator();
    ImGui::Spacing();
    for (const NavEntry& e : kNav) {
        std::string label = std::string(tr(e.label)) + "###nav" + std::to_string(static_cast<int>(e.area));
        if (ImGui::Selectable(label.c_str(), app.area == e.area, 0, ImVec2(0, ImGui::GetFrameHeight())))
            app.area = e.area;
    }
}

Str noticeText(StartupNotice n) {
    switch (n) {
    case StartupNotice::FellBack: return Str::BannerFellBack;
    case StartupNotice::BothBad: return Str::BannerBothBad;
    case StartupNotice::NoStorage: return Str::BannerNoStorage;
    case StartupNotice::NotPersisted: return Str::BannerNotPersisted;
    case StartupNotice::ReadOnlyTab: return Str::BannerReadOnlyTab;
    case StartupNotice::DatabaseProblem: return Str::BannerDatabaseProblem;
    }
    return Str::BannerDatabaseProblem;
}

bool noticeIsError(StartupNotice n) { return n != StartupNotice::NotPersisted; }

void drawNotices(App& app) {
    // Copy: a dismiss button changes the list while we iterate.
    const auto notices = app.notices();
    for (StartupNotice n : notices) {
        ImGui::PushID(static_cast<int>(n));
        const ImVec4 bg = noticeIsError(n) ? ImVec4(0.55f, 0.16f, 0.12f, 1) : ImVec4(0.45f, 0.36f, 0.08f, 1);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
        const bool extra = n == StartupNotice::DatabaseProblem && !app.databaseProblem().empty();
        // Size the box to its wrapped text plus one row of buttons.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float wrap = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x;
        float textH = wrappedHeight(tr(noticeText(n)), wrap);
        if (extra) textH += style.ItemSpacing.y + wrappedHeight(app.databaseProblem().c_str(), wrap);
        const float height = textH + ImGui::GetFrameHeight() + style.ItemSpacing.y + 2 * style.WindowPadding.y;
        ImGui::BeginChild("notice", ImVec2(0, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
        textWrapped(tr(noticeText(n)), wrap);
        if (extra) textWrapped(app.databaseProblem().c_str(), wrap);
        if (n == StartupNotice::BothBad || n == StartupNotice::FellBack) {
            if (ImGui::SmallButton(tr(Str::ButtonDownloadDamaged))) app.platform().downloadDamagedData();
            ImGui::SameLine();
        }
        if (n != StartupNotice::ReadOnlyTab && ImGui::SmallButton(tr(Str::ButtonDismiss))) app.dismissNotice(n);
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void drawContent(App& app) {
    switch (app.area) {
    case Area::Dashboard: drawDashboard(app); break;
    case Area::Assessment: drawAssessment(app); break;
    case Area::Risks: drawPlanned(app, Str::NavRisks, Str::RisksPlanned); break;
    case Area::Suppliers: drawPlanned(app, Str::NavSuppliers, Str::SuppliersPlanned); break;
    case Area::Improvement: drawPlanned(app, Str::NavImprovement, Str::ImprovementPlanned); break;
    case Area::Settings: drawSettings(app); break;
    }
}

void drawStatusBar(App& app, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##statusbar", nullptr, flags);
    const SaveState s = app.saveState();
    ImVec4 color(0.55f, 0.85f, 0.55f, 1);
    std::string text;
    switch (s.status) {
    case SaveStatus::Saved: text = tr(Str::SaveSaved); break;
    case SaveStatus::Saving: text = tr(Str::SaveSaving); color = ImVec4(0.9f, 0.8f, 0.4f, 1); break;
    case SaveStatus::Unsaved:
    case SaveStatus::Error:
        text = std::string(tr(Str::SaveUnsaved)) + (s.error.empty() ? "" : ": " + s.error);
        color = ImVec4(1.0f, 0.45f, 0.4f, 1);
        break;
    case SaveStatus::ReadOnly:
        text = std::string(tr(Str::SaveReadOnly)) + (s.error.empty() ? "" : ": " + s.error);
        color = ImVec4(1.0f, 0.7f, 0.35f, 1);
        break;
    }
    ImGui::TextColored(color, "%s", text.c_str());
    if (!app.statusMessage().empty()) {
        ImGui::SameLine();
        ImGui::TextColored(app.statusMessageIsError() ? ImVec4(1.0f, 0.45f, 0.4f, 1) : ImVec4(0.55f, 0.85f, 0.55f, 1), "|  %s",
                           app.statusMessage().c_str());
    }
    ImGui::SameLine();
    const model::Scores& sc = app.scores();
    const int rated = static_cast<int>(app.catalogue().items().size()) - sc.counts[0];
    ImGui::TextDisabled("|  %d / %d %s  |  %s %s", rated, static_cast<int>(app.catalogue().items().size()),
                        tr(Str::StatusRated), tr(Str::DashReadiness), percent(sc.readiness).c_str());
    ImGui::End();
    ImGui::PopStyleVar();
}

} // namespace

void drawMainWindow(App& app) {
    drawMenuBar(app);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float statusH = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
    ImVec2 pos = vp->WorkPos;
    ImVec2 size(vp->WorkSize.x, vp->WorkSize.y - statusH);
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##kanri_main", nullptr, flags);
    ImGui::PopStyleVar();
    if (ImGui::BeginTable("##layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1))) {
        ImGui::TableSetupColumn("nav", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 14);
        ImGui::TableSetupColumn("content", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        drawNavigation(app);
        ImGui::TableSetColumnIndex(1);
        drawNotices(app);
        // The assessment view lays out its own scrolling panes; the others scroll as a page.
        ImGui::BeginChild("##content", ImVec2(0, 0), false,
                          app.area == Area::Assessment ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0);
        drawContent(app);
        ImGui::EndChild();
        ImGui::EndTable();
    }
    ImGui::End();
    drawStatusBar(app, ImVec2(pos.x, pos.y + size.y), ImVec2(size.x, statusH));
}

} // namespace kanri::ui
