// Service management objectives (6.2): the list with each objective's achievement, and an
// objective's detail — what achieved means, who owns it, by when, how it is evaluated, where it
// stands, and the KPIs that measure it with their latest values.
#include "performance_ui.hpp"

#include "model/performance/commands.hpp"
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
namespace pf = model::performance;

namespace {

const std::array<Str, 5> kObjectiveStatusLabels = {Str::PerfObjPlanned, Str::PerfObjInProgress, Str::PerfObjAchieved, Str::PerfObjNotAchieved, Str::PerfObjCancelled};

void objectiveDetail(App& app, PerformanceViewState& v, const pf::Objective& o) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(pf::Objective::kKind), o.id};
    detailFrame(app, key, o.title.c_str(), [&] {
        const pf::Achievement a = pf::achievement(*v.index, o);
        ImGui::TextDisabled("%s", tr(Str::PerfAchievement));
        ImGui::SameLine();
        resultChip(a.result, "objective:achievement");
        textOf(app, key, Str::PerfObjTitle, "title", o.title, false);
        textOf(app, key, Str::PerfObjMeasure, "measure", o.measure, true);
        choiceOf(app, key, Str::PerfStatus, "status", static_cast<int>(o.status), pf::kObjectiveStatusCodes, labelsOf(kObjectiveStatusLabels), 10);
        ImGui::SameLine(0, em);
        dateOf(app, key, Str::PerfDue, "due", o.due);
        ImGui::SameLine(0, em);
        ImGui::BeginGroup();
        textOf(app, key, Str::PerfOwner, "owner", o.owner, false, std::max(em * 9, ImGui::GetContentRegionAvail().x));
        ImGui::EndGroup();
        textOf(app, key, Str::PerfObjEvaluation, "evaluation", o.evaluation, true);
        sectionHeader(tr(Str::PerfObjKpis));
        linkPicker(app, key, pf::kObjectiveKpi, v.objectiveKpis);
        for (const auto& [k, m] : a.kpis) {
            ImGui::PushID(k->id.c_str());
            if (ImGui::SmallButton((k->id + "###open").c_str())) openPerformance(app, 1, k->id);
            ImGui::SameLine();
            const std::string line = k->name + ": " + (m ? m->period + " " + m->value + " " + k->unit : std::string(tr(Str::PerfNoData))) + " / " +
                                     tr(Str::PerfTarget) + " " + k->target + " " + k->unit;
            ImGui::TextUnformatted(line.c_str());
            ImGui::SameLine();
            resultChip(m ? pf::evaluate(*k, *m) : pf::Result::NoData);
            ImGui::PopID();
        }
        textOf(app, key, Str::PerfNote, "notes", o.notes, true);
    });
}

} // namespace

void drawObjectives(App& app, PerformanceViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<pf::Objective>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::PerfNewObjective) + "###newobjective").c_str())) {
        const std::string id = ws.nextId(pf::Objective::kKind);
        if (app.execute(pf::createObjective({{"title", tr(Str::PerfNewObjectiveTitle)}, {"owner", app.session().author()}}))) openPerformance(app, 2, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::PerfObjectivesEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    auto achieved = [&](size_t i) { return pf::achievement(*v.index, all[i]).result; };
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::PerfObjTitle, "title", -3},
        {Str::PerfDue, "due", 7},
        {Str::PerfStatus, "status", 8, [&all](size_t i) { return std::string(tr(kObjectiveStatusLabels[static_cast<size_t>(all[i].status)])); }},
        {Str::PerfAchievement, "achievement", 7, [&](size_t i) { return std::string(tr(resultLabel(achieved(i)))); }, nullptr,
         [&](size_t i, const std::string&) { resultChip(achieved(i)); }},
    };
    const pf::Objective* selected = ws.entities<pf::Objective>().find(v.objectives.selected);
    listAndDetail(
        app, v.detailOnly, v.objectives, "objective",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "objectives", pf::Objective::kKind, columns, v.objectives, height, nullptr, openOnClick)) {
                v.objectives.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { objectiveDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
