// The frame around every view: menu bar, the collapsible sidebar, start-up banners, the
// status bar and the one dialog (modals.cpp).
#include "ui/areas.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include "store/workspace_store.hpp"

#include <imgui.h>

#include <string>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

// "Undo rating 4.1-03: F" / "評価 4.1-03: F を元に戻す" reads naturally enough as "元に戻す: 評価 4.1-03: F".
std::string undoLabel(Str action, const model::Command* c) {
    std::string label = tr(action);
    if (c) {
        const model::Description d = c->describe();
        label += i18n::language() == i18n::Lang::Ja ? ": " : " ";
        label += tr(verbLabel(d.verb));
        if (!d.subject.empty()) label += " " + d.subject;
    }
    return label;
}

bool sidebarCollapsed(App& app) {
    return app.views().sidebarCollapsed.value_or(ImGui::GetMainViewport()->WorkSize.x < ImGui::GetFontSize() * 64);
}

void drawFileItems(App& app) {
    if (ImGui::MenuItem((std::string(icon::Export) + "  " + tr(Str::DataExportJson)).c_str())) app.exportJsonAsked();
    if (ImGui::MenuItem((std::string(icon::Import) + "  " + tr(Str::DataImportJson)).c_str(), nullptr, false, !app.readOnly()))
        app.importJsonAsked();
    if (ImGui::MenuItem((std::string(icon::Database) + "  " + tr(Str::DataExportDb)).c_str())) app.exportDatabaseAsked();
}

void drawMenuBar(App& app) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(tr(Str::MenuFile))) {
        drawFileItems(app);
        if (app.platform().canQuit()) {
            ImGui::Separator();
            if (ImGui::MenuItem(tr(Str::MenuQuit), "Ctrl+Q")) app.platform().requestQuit();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuEdit))) {
        const auto* u = app.commands().nextUndo();
        const auto* r = app.commands().nextRedo();
        const std::string undo = std::string(icon::Undo) + "  " + undoLabel(Str::EditUndo, u) + "###undo";
        const std::string redo = std::string(icon::Redo) + "  " + undoLabel(Str::EditRedo, r) + "###redo";
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
        if (ImGui::BeginMenu(tr(Str::MenuTheme))) {
            const ThemeChoice t = app.theme();
            if (ImGui::MenuItem(tr(Str::ThemeSystem), nullptr, t == ThemeChoice::System)) app.setTheme(ThemeChoice::System);
            if (ImGui::MenuItem(tr(Str::ThemeLight), nullptr, t == ThemeChoice::Light)) app.setTheme(ThemeChoice::Light);
            if (ImGui::MenuItem(tr(Str::ThemeDark), nullptr, t == ThemeChoice::Dark)) app.setTheme(ThemeChoice::Dark);
            ImGui::EndMenu();
        }
        bool shown = !sidebarCollapsed(app);
        if (ImGui::MenuItem(tr(Str::MenuSidebar), nullptr, &shown)) app.views().sidebarCollapsed = !shown;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void drawNavigation(App& app, bool collapsed) {
    const std::string toggle = std::string(collapsed ? icon::Expand : icon::Collapse) + "###sidebar";
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button(toggle.c_str())) app.views().sidebarCollapsed = !collapsed;
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(collapsed ? Str::SidebarExpand : Str::SidebarCollapse));
    if (!collapsed) {
        ImGui::SameLine();
        ImGui::PushFont(font(TextStyle::Heading));
        ImGui::TextUnformatted(tr(Str::AppName));
        ImGui::PopFont();
    }
    ImGui::Spacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiStyle& st = ImGui::GetStyle();
    const float iconW = ImGui::GetFontSize() * 1.75f;
    for (const AreaEntry& e : areas()) {
        // The id after ### is stable across languages; the text is drawn over the row so it can
        // end in "…" before the "planned" badge.
        const float rowH = ImGui::GetFrameHeight() * 1.15f;
        const ImVec2 row = ImGui::GetCursorScreenPos();
        const float rowW = ImGui::GetContentRegionAvail().x;
        if (ImGui::Selectable((std::string("###nav:") + std::string(e.area.name)).c_str(), app.area == e.area, 0, ImVec2(0, rowH))) app.area = e.area;
        const bool hovered = ImGui::IsItemHovered();
        const ImU32 textCol = ImGui::GetColorU32(e.planned ? ImGuiCol_TextDisabled : ImGuiCol_Text);
        const float textY = row.y + (rowH - ImGui::GetTextLineHeight()) * 0.5f;
        dl->AddText(ImVec2(row.x + st.FramePadding.x * 0.5f, textY), textCol, e.icon);
        bool cut = false;
        if (!collapsed) {
            const char* badge = tr(Str::PlannedBadge);
            const ImVec2 bs(textWidth(badge), ImGui::GetFontSize());
            const float pad = st.FramePadding.x * 0.6f;
            const float badgeW = e.planned ? bs.x + pad * 2 + st.ItemSpacing.x : 0;
            const std::string full = tr(e.label);
            const std::string shown = ellipsize(full, rowW - iconW - badgeW - st.FramePadding.x);
            cut = shown != full;
            dl->AddText(ImVec2(row.x + iconW, textY), textCol, shown.c_str());
            if (e.planned) {
                const float right = row.x + rowW - st.FramePadding.x * 0.5f;
                const ImVec2 a(right - bs.x - pad * 2, row.y + (rowH - bs.y) * 0.5f - 1);
                dl->AddRectFilled(a, ImVec2(right, a.y + bs.y + 2), palette().track, bs.y * 0.5f);
                dl->AddText(ImVec2(a.x + pad, a.y + 1), ImGui::GetColorU32(ImGuiCol_TextDisabled), badge);
            }
        }
        if (hovered && (collapsed || e.planned || cut))
            ImGui::SetTooltip("%s%s", tr(e.label), e.planned ? (std::string(" — ") + tr(Str::PlannedBadge)).c_str() : "");
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
    case StartupNotice::BrowserDataLoss: return Str::BannerBrowserDataLoss;
    }
    return Str::BannerDatabaseProblem;
}

bool noticeIsError(StartupNotice n) { return n != StartupNotice::NotPersisted; }

void drawNotices(App& app) {
    // Copy: a dismiss button changes the list while we iterate.
    const auto notices = app.notices();
    for (StartupNotice n : notices) {
        ImGui::PushID(static_cast<int>(n));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, noticeIsError(n) ? palette().noticeError : palette().noticeInfo);
        const bool extra = n == StartupNotice::DatabaseProblem && !app.databaseProblem().empty();
        // Size the box to its wrapped text plus one row of buttons.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float iconW = ImGui::CalcTextSize(icon::Info).x + style.ItemSpacing.x;
        const float wrap = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x - iconW;
        float textH = wrappedHeight(tr(noticeText(n)), wrap);
        if (extra) textH += style.ItemSpacing.y + wrappedHeight(app.databaseProblem().c_str(), wrap);
        const float height = textH + ImGui::GetFrameHeight() + style.ItemSpacing.y + 2 * style.WindowPadding.y;
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ImGui::GetFontSize() * 0.4f);
        ImGui::BeginChild("notice", ImVec2(0, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        ImGui::TextUnformatted(noticeIsError(n) ? icon::Warning : icon::Info);
        ImGui::SameLine();
        ImGui::BeginGroup();
        textWrapped(tr(noticeText(n)), wrap);
        if (extra) textWrapped(app.databaseProblem().c_str(), wrap);
        if (n == StartupNotice::BothBad || n == StartupNotice::FellBack) {
            if (ImGui::Button(tr(Str::ButtonDownloadDamaged))) app.platform().downloadDamagedData();
            ImGui::SameLine();
        }
        if (n != StartupNotice::ReadOnlyTab && ImGui::Button(tr(Str::ButtonDismiss))) app.dismissNotice(n);
        ImGui::EndGroup();
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void drawStatusBar(App& app, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().FramePadding.y));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::Begin("##statusbar", nullptr, flags);
    const Palette& pal = palette();
    const SaveState s = app.saveState();
    ImVec4 color = pal.good;
    std::string text;
    switch (s.status) {
    case SaveStatus::Saved: text = std::string(icon::CheckOk) + " " + tr(Str::SaveSaved); break;
    case SaveStatus::Saving: text = tr(Str::SaveSaving); color = pal.warn; break;
    case SaveStatus::Unsaved:
    case SaveStatus::Error:
        text = std::string(icon::Warning) + " " + tr(Str::SaveUnsaved) + (s.error.empty() ? "" : ": " + s.error);
        color = pal.bad;
        break;
    case SaveStatus::ReadOnly:
        text = std::string(tr(Str::SaveReadOnly)) + (s.error.empty() ? "" : ": " + s.error);
        color = pal.warn;
        break;
    }
    // Right: the counters, always whole. Left: the save state, then the message, cut with "…".
    const model::Scores& sc = app.scores();
    const int total = static_cast<int>(app.catalogue().items().size());
    char counters[160];
    std::snprintf(counters, sizeof counters, "%d / %d %s   %s %s", total - sc.counts[0], total, tr(Str::StatusRated),
                  tr(Str::DashReadiness), percent(sc.readiness).c_str());
    const float countersW = textWidth(counters);
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
    textEllipsis(text.c_str(), std::max(right - countersW - spacing, ImGui::GetFontSize() * 4), &color);
    hooks::labelLastItem("status:save", text.c_str());
    if (!app.statusMessage().empty()) {
        ImGui::SameLine(0, spacing);
        const bool undo = app.statusMessageOffersUndo() && app.commands().canUndo() && !app.readOnly();
        const float undoW = undo ? ImGui::CalcTextSize(tr(Str::EditUndo)).x + ImGui::GetStyle().FramePadding.x * 2 + spacing : 0;
        const float room = right - countersW - spacing - ImGui::GetCursorPosX() - undoW;
        const ImVec4 mc = app.statusMessageIsError() ? pal.bad : pal.good;
        if (room > ImGui::GetFontSize() * 3) {
            textEllipsis(app.statusMessage().c_str(), room, &mc);
            hooks::labelLastItem("status:message", app.statusMessage().c_str());
        }
        if (undo) {
            ImGui::SameLine();
            if (ImGui::SmallButton((std::string(tr(Str::EditUndo)) + "###statusundo").c_str())) app.undo();
        }
    }
    ImGui::SameLine(right - countersW);
    ImGui::TextDisabled("%s", counters);
    hooks::labelLastItem("status:counters", counters);
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

} // namespace

void drawMainWindow(App& app) {
    drawMenuBar(app);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float statusH = ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.y * 2;
    ImVec2 pos = vp->WorkPos;
    ImVec2 size(vp->WorkSize.x, vp->WorkSize.y - statusH);
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##kanri_main", nullptr, flags);
    ImGui::PopStyleVar(2);
    if (app.views().fullScreenArea == app.area) {
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.8f, ImGui::GetFontSize() * 0.5f));
        ImGui::BeginChild("##fullscreen", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
        ImGui::PopStyleVar();
        areaEntry(app.area).draw(app);
        ImGui::EndChild();
        ImGui::End();
        drawStatusBar(app, ImVec2(pos.x, pos.y + size.y), ImVec2(size.x, statusH));
        drawModals(app);
        return;
    }
    const bool collapsed = sidebarCollapsed(app);
    const float navW = collapsed ? ImGui::GetFrameHeight() * 2.0f : ImGui::GetFontSize() * 15;
    // The sidebar: its own background, full height.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().sidebar);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().FramePadding);
    ImGui::BeginChild("##nav", ImVec2(navW, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    drawNavigation(app, collapsed);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    // The content: padded; the assessment lays out its own scrolling panes, the others scroll
    // as a page.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 1.2f, ImGui::GetFontSize() * 0.8f));
    ImGui::BeginChild("##page", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    drawNotices(app);
    const ImGuiWindowFlags contentFlags = (app.area == kAssessmentArea ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0) |
                                          ImGuiWindowFlags_NavFlattened;
    ImGui::BeginChild("##content", ImVec2(0, 0), false, contentFlags);
    areaEntry(app.area).draw(app);
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::End();
    drawStatusBar(app, ImVec2(pos.x, pos.y + size.y), ImVec2(size.x, statusH));
    drawModals(app);
}

} // namespace kanri::ui
