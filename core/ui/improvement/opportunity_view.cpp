// The improvement opportunities (10.2): the list (sortable by priority), and an opportunity's detail —
// what and where, the benefit expected and its measurable target, value × urgency, the
// decision with its reason, its actions, and the result measured against the target.
#include "improvement_ui.hpp"

#include "model/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace imp = model::improvement;

namespace {

const std::array<Str, 8> kOfiSourceLabels = {Str::OfiSrcManagementReview, Str::OfiSrcAudit, Str::OfiSrcSlaMiss, Str::OfiSrcSupplierReview,
                                          Str::OfiSrcStaff, Str::OfiSrcCustomer, Str::NcSrcAssessmentGap, Str::NcSrcOther};
const std::array<Str, 7> kBenefitLabels = {Str::OfiBenefitQuality, Str::OfiBenefitValue, Str::OfiBenefitCapability, Str::OfiBenefitCost,
                                           Str::OfiBenefitProductivity, Str::OfiBenefitResources, Str::OfiBenefitRisk};
const std::array<Str, 5> kStageLabels = {Str::OfiStageProposed, Str::OfiStageApproved, Str::OfiStageMeasured, Str::OfiStageRejected, Str::OfiStageDeferred};
const std::array<std::string_view, 6> kLevelCodes = {"", "1", "2", "3", "4", "5"};

void level(App& app, const model::EntityKey& key, Str title, const char* field, int value) {
    std::vector<std::string> labels{"—", "1", "2", "3", "4", "5"};
    choiceOf(app, key, title, field, value, kLevelCodes, labels, 4);
}

void decision(App& app, ImprovementViewState& v, const imp::Opportunity& o, const model::EntityKey& key) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::OfiDecision));
    const std::string stage = tr(kStageLabels[static_cast<size_t>(imp::stageOf(o))]);
    if (o.decision != imp::Decision::None) {
        const std::string line = i18n::fill(Str::OfiDecided, {{"stage", stage}, {"by", o.decidedBy}, {"on", o.decidedOn}});
        ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, line.c_str());
        hooks::labelLastItem("ofi:decision", line.c_str());
        textWrapped(i18n::fill(Str::OfiBecause, {{"reason", o.decisionReason}}).c_str(), ImGui::GetContentRegionAvail().x);
        if (v.decidingFor != o.id) {
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton((std::string(tr(Str::OfiChangeDecision)) + "###changedecision").c_str())) v.decidingFor = o.id;
            ImGui::EndDisabled();
            return;
        }
    } else {
        ImGui::TextDisabled("%s", stage.c_str());
        hooks::labelLastItem("ofi:decision", stage.c_str());
    }
    // Decide (again): the reason and who decides, then one of three buttons.
    if (v.decidedByFor != o.id) {
        v.decidedByFor = o.id;
        v.decidedBy = app.session().author();
    }
    inputString("##decisionreason", tr(Str::OfiDecisionReason), v.decisionReason, ImGui::GetContentRegionAvail().x);
    inputString("##decidedby", tr(Str::OfiDecidedBy), v.decidedBy, std::min(ImGui::GetContentRegionAvail().x, em * 14));
    const bool ready = !model::isBlank(v.decisionReason) && !model::isBlank(v.decidedBy);
    ImGui::BeginDisabled(app.readOnly() || !ready);
    const std::pair<Str, std::string_view> choices[] = {{Str::OfiApprove, "approved"}, {Str::OfiReject, "rejected"}, {Str::OfiDefer, "deferred"}};
    for (size_t i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const std::string label = std::string(tr(choices[i].first)) + "###" + std::string(choices[i].second);
        if (ImGui::Button(label.c_str())) {
            model::Fields f{{"decision", std::string(choices[i].second)}, {"decision_reason", v.decisionReason}, {"decided_by", v.decidedBy},
                            {"decided_on", localToday(app)}};
            if (choices[i].second != "approved") f.insert(f.end(), {{"result", ""}, {"result_on", ""}, {"achieved", ""}});
            if (app.execute(model::patchFields(key.kind, key.id, std::move(f)))) {
                v.decisionReason.clear();
                v.decidingFor.clear();
            }
        }
    }
    ImGui::EndDisabled();
    if (!ready) ImGui::TextDisabled("%s", tr(Str::OfiDecisionNeedsReason));
}

// The result: what was measured, then whether the target was met — one edit with its date.
void result(App& app, ImprovementViewState& v, const imp::Opportunity& o, const model::EntityKey& key) {
    if (o.decision != imp::Decision::Approved) return;
    sectionHeader(tr(Str::OfiResult));
    if (!o.target.empty()) textWrappedDisabled(i18n::fill(Str::OfiAgainst, {{"target", o.target}}).c_str(), ImGui::GetContentRegionAvail().x);
    if (v.resultFor != o.id) {
        v.resultFor = o.id;
        v.resultDraft = o.result;
    }
    ImGui::TextDisabled("%s", tr(Str::OfiResultText));
    inputString("##resultdraft", "", v.resultDraft, ImGui::GetContentRegionAvail().x);
    const std::array<Str, 3> achieved = {Str::OfiAchievedYes, Str::OfiAchievedPartly, Str::OfiAchievedNo};
    ImGui::BeginDisabled(app.readOnly() || model::isBlank(v.resultDraft));
    for (size_t i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const bool on = static_cast<size_t>(o.achieved) == i + 1;
        const std::string label = std::string(on ? icon::CheckOk : "") + (on ? " " : "") + tr(achieved[i]) + "###achieved" + std::to_string(i + 1);
        if (ImGui::Button(label.c_str()))
            (void)app.execute(model::patchFields(key.kind, key.id, {{"result", v.resultDraft}, {"achieved", std::string(imp::kAchievedCodes[i + 1])}, {"result_on", localToday(app)}}));
    }
    ImGui::EndDisabled();
    if (!o.resultOn.empty()) ImGui::TextDisabled("%s", i18n::fill(Str::OfiMeasuredOn, {{"on", o.resultOn}}).c_str());
}

void ofiDetail(App& app, ImprovementViewState& v, const imp::Opportunity& o) {
    const float em = ImGui::GetFontSize();
    if (v.formsFor != o.id) { // a reason typed for another opportunity is not this one's
        v.formsFor = o.id;
        v.decisionReason.clear();
        v.decidingFor.clear();
    }
    const model::EntityKey key{std::string(imp::Opportunity::kKind), o.id};
    detailFrame(app, key, o.title.c_str(), [&] {
        textOf(app, key, Str::NcTitleField, "title", o.title, false);
        textOf(app, key, Str::NcDescription, "description", o.description, true);
        choiceOf(app, key, Str::NcSource, "source", static_cast<int>(o.source), imp::kOfiSourceCodes, labelsOf(kOfiSourceLabels), 13);
        sameLineIfFits(em * 14);
        choiceOf(app, key, Str::OfiBenefit, "benefit", static_cast<int>(o.benefit), imp::kBenefitCodes, labelsOf(kBenefitLabels), 13);
        textOf(app, key, Str::OfiAffects, "affects", o.affects, false);
        textOf(app, key, Str::OfiExpected, "expected", o.expected, true);
        textOf(app, key, Str::OfiTarget, "target", o.target, false);
        level(app, key, Str::OfiValue, "value", o.value);
        ImGui::SameLine(0, em);
        level(app, key, Str::OfiUrgency, "urgency", o.urgency);
        ImGui::SameLine(0, em);
        level(app, key, Str::OfiEffort, "effort", o.effort);
        const std::string priority = i18n::fill(Str::OfiPriority, {{"p", o.priority() ? std::to_string(o.priority()) : "—"}});
        ImGui::TextUnformatted(priority.c_str());
        hooks::labelLastItem("ofi:priority", priority.c_str());
        decision(app, v, o, key);
        sectionHeader(tr(Str::OfiActions));
        actionsSection(app, key);
        result(app, v, o, key);
        if (v.index && !v.index->of(key).empty()) {
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton((std::string(tr(Str::ImpRemoveWithActions)) + "###removewithactions").c_str()) && app.execute(imp::removeWithActions(key)))
                v.ofis.selected.clear();
            ImGui::EndDisabled();
        }
    });
}

} // namespace

void drawOpportunities(App& app, ImprovementViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<imp::Opportunity>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::OfiNew) + "###newofi").c_str())) {
        const std::string id = ws.nextId(imp::Opportunity::kKind);
        if (app.execute(std::make_unique<model::PutEntity>(std::string(imp::Opportunity::kKind), "", model::Fields{{"title", tr(Str::OfiNewTitle)}})))
            openImprovement(app, 3, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::OfiEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::NcTitleField, "title", -3},
        {Str::OfiPriorityCol, "priority", 6, [&all](size_t i) { return all[i].priority() ? std::to_string(all[i].priority()) : std::string("—"); },
         [&all](size_t i) { return std::to_string(100 + 25 - all[i].priority()); }}, // highest first
        {Str::ImpColStatus, "stage", 9, [&all](size_t i) { return std::string(tr(kStageLabels[static_cast<size_t>(imp::stageOf(all[i]))])); }},
    };
    const imp::Opportunity* selected = ws.entities<imp::Opportunity>().find(v.ofis.selected);
    listAndDetail(
        app, v.detailOnly, v.ofis, "ofi",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "ofis", imp::Opportunity::kKind, columns, v.ofis, height, nullptr, openOnClick)) {
                v.ofis.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { ofiDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
