// The Improvement area's frame: its tabs, the prompts to look again at an item or a risk once
// their actions are done, the openers other areas use, the dashboard card and the button an
// assessment item gets to raise a nonconformity.
#include "improvement_ui.hpp"

#include "model/improvement/nonconformity.hpp"
#include "model/improvement/transitions.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/risks/risks_ui.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace imp = model::improvement;

namespace {

void openAction(App& app, const std::string& id) { openImprovement(app, 1, id); }
void openNc(App& app, const std::string& id) { openImprovement(app, 2, id); }
void openOfi(App& app, const std::string& id) { openImprovement(app, 3, id); }
void openCycle(App& app, const std::string& id) {
    openImprovement(app, 0, "");
    improvementState(app).cycle = id;
}

const KindEntry kImprovementKinds[] = {
    {imp::Action::kKind, Str::KindAction, openAction},
    {imp::Nonconformity::kKind, Str::KindNonconformity, openNc},
    {imp::Opportunity::kKind, Str::KindOpportunity, openOfi},
    {imp::PdcaCycle::kKind, Str::KindPdcaCycle, openCycle},
};

// Asked once the edit of "done" has been applied (edits wait for the end of the frame).
void prompts(App& app, ImprovementViewState& v) {
    if (!v.promptsFor.empty()) {
        const imp::Action* a = app.workspace().entities<imp::Action>().find(v.promptsFor);
        if (a && a->status == imp::ActionStatus::Done) v.prompts = imp::promptsAfterDone(app.workspace(), v.promptsFor);
        v.promptsFor.clear();
    }
    for (size_t i = 0; i < v.prompts.size(); ++i) {
        const imp::Prompt p = v.prompts[i];
        ImGui::PushID(static_cast<int>(i));
        const bool item = p.what == imp::Prompt::What::RerateItem;
        const std::string text = i18n::fill(item ? Str::ImpPromptRerate : Str::ImpPromptReassess, {{"id", p.id}});
        beginCard("##prompt");
        ImGui::TextColored(palette().warn, "%s", icon::Warning);
        ImGui::SameLine();
        textWrapped(text.c_str(), ImGui::GetContentRegionAvail().x);
        hooks::labelLastItem(("prompt:" + std::to_string(i)).c_str(), text.c_str());
        bool done = false;
        if (ImGui::SmallButton((std::string(tr(item ? Str::ImpPromptOpenItem : Str::ImpPromptOpenRisk)) + "###promptopen").c_str())) {
            if (item) (void)app.showInWorkspace(p.id);
            else openRisk(app, p.id);
            done = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr(Str::ButtonDismiss)) + "###promptdismiss").c_str())) done = true;
        endCard();
        ImGui::PopID();
        if (done) {
            v.prompts.erase(v.prompts.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
}

} // namespace

ImprovementViewState& improvementState(App& app) { return app.views().of<ImprovementViewState>(); }

std::span<const KindEntry> improvementKinds() { return kImprovementKinds; }

void openImprovement(App& app, int tab, const std::string& id) {
    ImprovementViewState& v = improvementState(app);
    app.area = kImprovementArea;
    v.tab = tab;
    v.tabRequested = true;
    EntityTableState* table = tab == 1 ? &v.actions : tab == 2 ? &v.ncs : tab == 3 ? &v.ofis : nullptr;
    if (table && !id.empty()) {
        table->selected = id;
        v.detailOnly = true;
        if (tab == 1) v.actionFilter = 2; // a done one is shown too
    }
}

void refreshImprovement(App& app, ImprovementViewState& v) {
    if (v.cacheAt == app.workspace().mutations() && v.cacheCycle == v.cycle && v.index) return;
    const model::Workspace& ws = app.workspace();
    v.index = std::make_unique<imp::ActionIndex>(ws);
    v.board = imp::buildBoard(ws, *v.index, localToday(app), ws.entities<imp::PdcaCycle>().find(v.cycle));
    v.cacheAt = app.workspace().mutations();
    v.cacheCycle = v.cycle;
}

i18n::Str ncStateLabel(imp::NcState s) {
    static const Str labels[] = {Str::NcStateOpen,           Str::NcStateCorrected,   Str::NcStateCauseFound, Str::NcStateActionsPlanned,
                                 Str::NcStateActionsDone,    Str::NcStateVerified,    Str::NcStateClosed};
    return labels[static_cast<size_t>(s)];
}

i18n::Str actionStatusLabel(imp::ActionStatus s) {
    static const Str labels[] = {Str::ActStatusPlanned, Str::ActStatusInProgress, Str::ActStatusDone, Str::ActStatusCancelled};
    return labels[static_cast<size_t>(s)];
}

void drawImprovement(App& app) {
    ImprovementViewState& v = improvementState(app);
    refreshImprovement(app, v);
    pageTitle(tr(Str::ImpTitle));
    prompts(app, v);
    if (!ImGui::BeginTabBar("##imptabs")) return;
    const Str tabs[] = {Str::ImpTabBoard, Str::ImpTabActions, Str::ImpTabNonconformities, Str::ImpTabOpportunities};
    for (int i = 0; i < 4; ++i) {
        const ImGuiTabItemFlags flags = v.tabRequested && v.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string name = "itab" + std::to_string(i);
        const bool open = ImGui::BeginTabItem((std::string(tr(tabs[i])) + "###" + name).c_str(), nullptr, flags);
        hooks::labelLastItem(name.c_str(), tr(tabs[i]));
        if (open) {
            if (!v.tabRequested && v.tab != i) v.detailOnly = false; // chosen by the user: its list
            if (!v.tabRequested) v.tab = i;
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    v.tabRequested = false;
    switch (v.tab) {
    case 0: drawBoard(app, v); break;
    case 1: drawActionList(app, v); break;
    case 2: drawNonconformities(app, v); break;
    default: drawOpportunities(app, v); break;
    }
}

void drawImprovementItemActions(App& app, const std::string& itemId) {
    std::string raised;
    for (const model::Link& l : app.workspace().linksTo({std::string(model::kinds::Item), itemId}))
        if (l.relation == imp::kNcItem) raised = l.from.id;
    if (!raised.empty()) {
        if (ImGui::SmallButton((std::string(icon::Improvement) + " " + raised + "###nc").c_str())) openImprovement(app, 2, raised);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::fill(Str::ImpRaisedOpen, {{"id", raised}}).c_str());
        return;
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::ImpRaiseNc) + "###raisenc").c_str())) {
        const model::Item* item = app.catalogue().findItem(itemId);
        const std::string id = app.workspace().nextId(imp::Nonconformity::kKind);
        if (item && app.execute(imp::raiseFromItem(app.catalogue(), itemId, itemTitle(*item), localToday(app)))) openImprovement(app, 2, id);
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::ImpRaiseNcTip));
}

void drawImprovementDashboardCard(App& app) {
    const model::Workspace& ws = app.workspace();
    const std::string today = localToday(app);
    int open = 0, overdue = 0, ncs = 0, decisions = 0;
    for (const imp::Action& a : ws.entities<imp::Action>().all()) {
        open += a.open();
        overdue += imp::overdue(a, today);
    }
    for (const imp::Nonconformity& n : ws.entities<imp::Nonconformity>().all()) ncs += n.state != imp::NcState::Closed;
    for (const imp::Opportunity& o : ws.entities<imp::Opportunity>().all())
        decisions += imp::stageOf(o) == imp::OfiStage::Proposed || imp::stageOf(o) == imp::OfiStage::Deferred;
    beginCard("##impcard");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::ImpDashTitle));
    ImGui::PopFont();
    const std::string line = i18n::fill(Str::ImpDashCounts, {{"open", std::to_string(open)}, {"overdue", std::to_string(overdue)},
                                                             {"ncs", std::to_string(ncs)}, {"decisions", std::to_string(decisions)}});
    textWrapped(line.c_str(), ImGui::GetContentRegionAvail().x);
    hooks::labelLastItem("imp:counts", line.c_str());
    if (overdue > 0) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, i18n::fill(Str::ImpDashOverdue, {{"count", std::to_string(overdue)}}).c_str());
    if (ImGui::Button((std::string(tr(Str::ImpDashOpen)) + "###impopen").c_str())) openImprovement(app, 0, "");
    endCard();
}

} // namespace kanri::ui
