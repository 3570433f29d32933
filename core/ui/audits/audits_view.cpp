// The Internal audit area's frame: its tabs, its kinds for the History view and the openers.
#include "audits_ui.hpp"

#include "ui/item_hooks.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace au = model::audits;

namespace {

void openProgramme(App& app, const std::string& id) {
    AuditsViewState& v = auditsState(app);
    app.area = kAuditsArea;
    v.tab = 0;
    v.tabRequested = true;
    v.programme = id;
}

void openFinding(App& app, const std::string& id) {
    AuditsViewState& v = auditsState(app);
    refreshAudits(app, v);
    openAudit(app, v.index->auditOf(id));
}

const KindEntry kAuditKinds[] = {
    {au::AuditProgramme::kKind, Str::KindAuditProgramme, openProgramme},
    {au::Audit::kKind, Str::KindAudit, openAudit},
    {au::Finding::kKind, Str::KindFinding, openFinding},
};

} // namespace

AuditsViewState& auditsState(App& app) { return app.views().of<AuditsViewState>(); }
std::span<const KindEntry> auditKinds() { return kAuditKinds; }

void openAudit(App& app, const std::string& id) {
    AuditsViewState& v = auditsState(app);
    app.area = kAuditsArea;
    v.tab = 1;
    v.tabRequested = true;
    if (!id.empty()) {
        v.audits.selected = id;
        v.detailOnly = true;
    }
}

void refreshAudits(App& app, AuditsViewState& v) {
    if (v.cacheAt == app.workspace().mutations() && v.index) return;
    v.index = std::make_unique<au::AuditIndex>(app.workspace());
    v.cacheAt = app.workspace().mutations();
}

i18n::Str findingTypeLabel(au::FindingType t) {
    static const Str labels[] = {Str::FindConformity, Str::FindNcMajor, Str::FindNcMinor, Str::FindObservation, Str::FindOpportunity};
    return labels[static_cast<size_t>(t)];
}

void drawAudits(App& app) {
    AuditsViewState& v = auditsState(app);
    refreshAudits(app, v);
    pageTitle(tr(Str::AudTitle));
    if (!ImGui::BeginTabBar("##audtabs")) return;
    const Str tabs[] = {Str::AudTabProgramme, Str::AudTabAudits};
    for (int i = 0; i < 2; ++i) {
        const ImGuiTabItemFlags flags = v.tabRequested && v.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string name = "atab" + std::to_string(i);
        const bool open = ImGui::BeginTabItem((std::string(tr(tabs[i])) + "###" + name).c_str(), nullptr, flags);
        hooks::labelLastItem(name.c_str(), tr(tabs[i]));
        if (open) {
            if (!v.tabRequested && v.tab != i) v.detailOnly = false;
            if (!v.tabRequested) v.tab = i;
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    v.tabRequested = false;
    if (v.tab == 0) drawProgramme(app, v);
    else drawAuditList(app, v);
}

} // namespace kanri::ui
