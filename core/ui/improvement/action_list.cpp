// The one action list (overdue first; open, overdue or all; searchable, sortable) and an
// action's detail: what, who, by when, its status steps (start, done with evidence, cancel
// with the reason) and what it fixes. Also the actions section other editors show.
#include "improvement_ui.hpp"

#include "model/improvement/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
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

std::string fixesText(const ImprovementViewState& v, const std::string& id) {
    std::string out;
    if (!v.index) return out;
    for (const model::Link* l : v.index->fixes(id)) out += (out.empty() ? "" : ", ") + l->to.id;
    return out;
}

void openFix(App& app, const model::EntityKey& k) {
    if (k.kind == imp::Nonconformity::kKind) openImprovement(app, 2, k.id);
    else if (k.kind == imp::Opportunity::kKind) openImprovement(app, 3, k.id);
    else if (k.kind == "risk") openRisk(app, k.id);
    else (void)app.showInWorkspace(k.id);
}

void statusSteps(App& app, ImprovementViewState& v, const imp::Action& a) {
    const float em = ImGui::GetFontSize();
    const std::string today = localToday(app);
    std::string status = i18n::fill(Str::ActStatusIs, {{"status", tr(actionStatusLabel(a.status))}});
    if (a.status == imp::ActionStatus::Done) status += "  ·  " + a.doneOn;
    if (imp::overdue(a, today)) ImGui::TextColored(palette().bad, "%s %s · %s", icon::Warning, tr(Str::ImpOverdue), status.c_str());
    else ImGui::TextColored(palette().good, "%s", status.c_str());
    hooks::labelLastItem("action:status", status.c_str());
    if (a.status == imp::ActionStatus::Cancelled) textWrappedDisabled(i18n::fill(Str::ActCancelledBecause, {{"reason", a.cancelReason}}).c_str());
    ImGui::BeginDisabled(app.readOnly());
    if (a.status == imp::ActionStatus::Planned && ImGui::Button((std::string(tr(Str::ActStart)) + "###actstart").c_str())) (void)app.execute(imp::startAction(a.id));
    if (a.open()) {
        if (a.status == imp::ActionStatus::Planned) ImGui::SameLine();
        if (ImGui::Button((std::string(icon::CheckOk) + "  " + tr(Str::ActDone) + "###actdone").c_str()) && app.execute(imp::completeAction(a.id, today, "")))
            v.promptsFor = a.id;
        // Cancelling is a line of its own: the reason first, then the button.
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(Str::ActCancelWith));
        ImGui::SameLine();
        inputString("##cancelreason", tr(Str::ActCancelReason), v.cancelReason, std::min(ImGui::GetContentRegionAvail().x - buttonWidth(tr(Str::ActCancel)) - em, em * 16));
        ImGui::SameLine();
        ImGui::BeginDisabled(model::isBlank(v.cancelReason));
        if (ImGui::Button((std::string(tr(Str::ActCancel)) + "###actcancel").c_str()) && app.execute(imp::cancelAction(a.id, v.cancelReason))) v.cancelReason.clear();
        ImGui::EndDisabled();
    } else if (ImGui::Button((std::string(tr(Str::ActReopen)) + "###actreopen").c_str())) {
        (void)app.execute(imp::startAction(a.id));
    }
    ImGui::EndDisabled();
}

void actionDetail(App& app, ImprovementViewState& v, const imp::Action& a) {
    const float em = ImGui::GetFontSize();
    if (v.formsFor != a.id) { // a reason typed for another action is not this one's
        v.formsFor = a.id;
        v.cancelReason.clear();
    }
    const model::EntityKey key{std::string(imp::Action::kKind), a.id};
    detailFrame(app, key, a.description.c_str(), [&] {
        statusSteps(app, v, a);
        textOf(app, key, Str::ActDescription, "description", a.description, true);
        textOf(app, key, Str::ActOwner, "owner", a.owner, false, em * 14);
        dateOf(app, key, Str::ActDue, "due", a.due);
        textOf(app, key, Str::ActEvidence, "evidence", a.evidence, true);
        sectionHeader(tr(Str::ActFixes));
        if (v.index && !v.index->fixes(a.id).empty()) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", tr(Str::ActOpenFix));
            for (const model::Link* l : v.index->fixes(a.id)) {
                const model::EntityKey k = l->to;
                ImGui::SameLine();
                ImGui::PushID(k.id.c_str());
                if (ImGui::SmallButton((k.id + "###fix").c_str())) openFix(app, k);
                ImGui::PopID();
            }
        }
        // One labelled picker per kind of thing an action fixes.
        const std::pair<std::string_view, Str> relations[] = {{imp::kActionNonconformity, Str::KindNonconformity}, {imp::kActionOpportunity, Str::KindOpportunity},
                                                              {imp::kActionRisk, Str::KindRisk}, {imp::kActionItem, Str::ActFixItem}};
        for (int i = 0; i < 4; ++i) {
            ImGui::TextDisabled("%s", tr(relations[i].second));
            linkPicker(app, key, relations[i].first, v.pickers[i]);
        }
    });
}

} // namespace

void drawActionList(App& app, ImprovementViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<imp::Action>().all();
    const std::string today = localToday(app);
    const Str filters[] = {Str::ActFilterOpen, Str::ActFilterOverdue, Str::ActFilterAll};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton((std::string(tr(filters[i])) + "###afilter" + std::to_string(i)).c_str(), v.actionFilter == i)) v.actionFilter = i;
    }
    if (all.empty()) {
        textWrappedDisabled(tr(Str::ActEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ActDue, "due", 7, nullptr,
         [&all, today](size_t i) { return std::string(imp::overdue(all[i], today) ? "0" : all[i].open() ? "1" : "2") + all[i].due; }},
        {Str::ImpColId, "id", 5},
        {Str::ActDescription, "description", -3},
        {Str::ActOwner, "owner", 8},
        {Str::ImpColStatus, "status", 8, [&all, today](size_t i) {
             return imp::overdue(all[i], today) ? std::string(tr(Str::ImpOverdue)) : std::string(tr(actionStatusLabel(all[i].status)));
         }},
        {Str::ActFixes, "fixes", 9, [&v, &all](size_t i) { return fixesText(v, all[i].id); }},
    };
    const RowFilter filter{"a" + std::to_string(v.actionFilter) + today, [&](size_t i) {
                               return v.actionFilter == 2 || (v.actionFilter == 1 ? imp::overdue(all[i], today) : all[i].open());
                           }};
    const imp::Action* selected = ws.entities<imp::Action>().find(v.actions.selected);
    listAndDetail(
        app, v.detailOnly, v.actions, "action",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "actions", imp::Action::kKind, columns, v.actions, height, &filter, openOnClick)) {
                v.actions.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { actionDetail(app, v, *selected); }, selected != nullptr);
}

void actionsSection(App& app, const model::EntityKey& target) {
    ImprovementViewState& v = improvementState(app);
    refreshImprovement(app, v);
    const float em = ImGui::GetFontSize();
    const std::string today = localToday(app);
    const std::vector<const imp::Action*> actions = v.index ? v.index->of(target) : std::vector<const imp::Action*>{};
    if (actions.empty()) textWrappedDisabled(tr(Str::ActNone), ImGui::GetContentRegionAvail().x);
    for (const imp::Action* a : actions) {
        ImGui::PushID(a->id.c_str());
        const bool late = imp::overdue(*a, today);
        const std::string line = a->id + "  " + a->description + "  ·  " + a->owner + "  ·  " + a->due + "  ·  " +
                                 (late ? std::string(tr(Str::ImpOverdue)) : std::string(tr(actionStatusLabel(a->status))));
        if (late) ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        if (selectableEllipsis("##action", line, false)) openImprovement(app, 1, a->id);
        if (late) ImGui::PopStyleColor();
        hooks::labelLastItem(("action:" + a->id).c_str(), line.c_str());
        ImGui::PopID();
    }
    // The form: what, who, by when; Add stays off until all three are there.
    if (v.newFor != target.kind + target.id) {
        v.newFor = target.kind + target.id;
        v.newWhat.clear();
        v.newOwner = app.session().author();
        v.newDue.clear();
    }
    const float w = ImGui::GetContentRegionAvail().x;
    inputString("##newaction", tr(Str::ActNewWhat), v.newWhat, w);
    inputString("##newowner", tr(Str::ActOwner), v.newOwner, std::min(w, em * 12));
    sameLineIfFits(em * 18);
    inputString("##newdue", tr(Str::ActDueHint), v.newDue, std::max(em * 9.5f, ImGui::CalcTextSize(tr(Str::ActDueHint)).x + em));
    ImGui::SameLine();
    const bool complete = !model::isBlank(v.newWhat) && !model::isBlank(v.newOwner) && model::isValidDate(v.newDue);
    ImGui::BeginDisabled(app.readOnly() || !complete);
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::ActAdd) + "###addaction").c_str()) &&
        app.execute(imp::createAction({{"description", v.newWhat}, {"owner", v.newOwner}, {"due", v.newDue}}, {target}))) {
        v.newWhat.clear();
        v.newDue.clear();
    }
    ImGui::EndDisabled();
    if (!complete && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(Str::ActAddHint));
    if (!complete && !v.newWhat.empty()) {
        const Str why = !model::isBlank(v.newOwner) && !model::isValidDate(v.newDue) ? Str::ActDueNeeded : Str::ErrActionIncomplete;
        ImGui::TextColored(palette().warn, "%s", tr(why));
        hooks::labelLastItem("addaction:why", tr(why));
    }
}

} // namespace kanri::ui
