// The KPIs (9.1): the list with each KPI's latest value and result, and a KPI's detail — its
// unit, direction, target and threshold, what it evidences, its trend chart, the form that
// records a period's value, and its measurements (a missed or at-risk one raises a
// nonconformity or an opportunity with one click). Measurements of every KPI go out to CSV and
// come back in, all or nothing.
#include "performance_ui.hpp"

#include "exchange/performance_csv.hpp"
#include "model/commands.hpp"
#include "model/performance/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/improvement/improvement_ui.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace pf = model::performance;

namespace {

const std::array<Str, 2> kBetterLabels = {Str::SupHigherBetter, Str::SupLowerBetter};
const std::array<Str, 4> kFrequencyLabels = {Str::PerfWeekly, Str::PerfMonthly, Str::PerfQuarterly, Str::PerfYearly};

std::string currentPeriod(App& app, pf::Frequency f) {
    const std::optional<pf::Period> p = pf::periodOf(f, localToday(app));
    return p ? pf::periodText(*p) : std::string();
}

// What the KPI evidences: an SLA target, a service, or nothing.
void subjectCombo(App& app, PerformanceViewState& v, const pf::Kpi& k) {
    const model::Workspace& ws = app.workspace();
    std::vector<std::string> labels{tr(Str::PerfEvidencesNothing)};
    std::vector<std::pair<std::string, std::string>> choices{{"", ""}}; // (service, sla)
    int index = 0;
    const std::string service = v.index->serviceOfKpi(k.id), sla = v.index->slaOfKpi(k.id);
    for (const pf::Service& s : ws.entities<pf::Service>().all()) {
        if (sla.empty() && service == s.id) index = static_cast<int>(labels.size());
        labels.push_back(s.id + " · " + s.name);
        choices.push_back({s.id, ""});
        for (const pf::SlaTarget* t : v.index->slaTargets(s.id)) {
            if (sla == t->id) index = static_cast<int>(labels.size());
            labels.push_back("    " + t->id + " · " + t->name + " (" + s.name + ")");
            choices.push_back({s.id, t->id});
        }
    }
    ImGui::TextDisabled("%s", tr(Str::PerfEvidences));
    ImGui::BeginDisabled(app.readOnly());
    if (choiceCombo("##subject", index, labels, std::min(ImGui::GetFontSize() * 24, ImGui::GetContentRegionAvail().x))) {
        const auto& [svc, target] = choices[static_cast<size_t>(index)];
        (void)app.execute(pf::setKpiSubject(k.id, svc, target));
    }
    ImGui::EndDisabled();
}

// The form that records one period's value (a value already there for the period is changed).
void measurementForm(App& app, PerformanceViewState& v, const pf::Kpi& k) {
    const float em = ImGui::GetFontSize();
    if (v.formFor != k.id) {
        v.formFor = k.id;
        v.period = currentPeriod(app, k.frequency);
        v.value.clear();
        v.note.clear();
        v.error.clear();
    }
    beginCard("##measure");
    ImGui::TextUnformatted(tr(Str::PerfRecordValue));
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(Str::PerfPeriod));
    inputString("##mperiod", std::string(pf::periodForm(k.frequency)).c_str(), v.period, em * 7);
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", (std::string(tr(Str::PerfValue)) + (k.unit.empty() ? "" : " (" + k.unit + ")")).c_str());
    inputString("##mvalue", "", v.value, em * 7);
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(Str::PerfNote));
    inputString("##mnote", "", v.note, std::max(em * 8, ImGui::GetContentRegionAvail().x));
    ImGui::EndGroup();
    const bool ready = !model::isBlank(v.period) && !model::isBlank(v.value);
    ImGui::BeginDisabled(app.readOnly() || !ready);
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::PerfRecord) + "###record").c_str())) {
        app.execute(pf::recordMeasurement(k.id, v.period, v.value, v.note), [&v](const Status& s) {
            if (s) { // what was typed goes only once the value is there
                v.value.clear();
                v.note.clear();
                v.error.clear();
            } else {
                v.error = i18n::message(s.error());
            }
        });
    }
    ImGui::EndDisabled();
    if (!ready) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Str::PerfRecordNeeds));
    }
    if (!v.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        textWrapped(v.error.c_str());
        ImGui::PopStyleColor();
        hooks::labelLastItem("measure:error", v.error.c_str());
    }
    endCard();
}

// The KPI's measurements, newest first, each with its result and what it raised.
void measurementList(App& app, PerformanceViewState& v, const pf::Kpi& k) {
    const float em = ImGui::GetFontSize();
    const auto& values = v.index->measurements(k.id);
    sectionHeader(i18n::fill(Str::PerfMeasurements, {{"count", std::to_string(values.size())}}).c_str());
    if (values.empty()) {
        textWrappedDisabled(tr(Str::PerfNoMeasurements));
        return;
    }
    const float height = std::min(em * 18, ImGui::GetFrameHeightWithSpacing() * static_cast<float>(values.size() + 1) + em);
    if (!ImGui::BeginTable("##measurements", 5, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::PerfPeriod), ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn(tr(Str::PerfValue), ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn(tr(Str::PerfColResult), ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableSetupColumn(tr(Str::PerfNote), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, em * 13);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(values.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const pf::Measurement& m = *values[values.size() - 1 - static_cast<size_t>(row)];
            const pf::Result r = pf::evaluate(k, m);
            ImGui::PushID(m.id.c_str());
            ImGui::TableNextRow(0, ImGui::GetFrameHeight());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(m.period.c_str());
            hooks::labelLastItem(("period:" + m.period).c_str(), m.value.c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted((m.value + " " + k.unit).c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            resultChip(r, ("result:" + m.period).c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            textEllipsis(m.note.c_str());
            ImGui::TableNextColumn();
            const model::EntityKey raised = v.index->raisedFrom(m.id);
            if (!raised.kind.empty()) {
                const bool nc = raised.kind == "nonconformity";
                if (ImGui::SmallButton((std::string(icon::Improvement) + " " + raised.id + "###open").c_str())) openImprovement(app, nc ? 2 : 3, raised.id);
            } else if (r == pf::Result::Missed || r == pf::Result::AtRisk) {
                ImGui::BeginDisabled(app.readOnly());
                if (ImGui::SmallButton((std::string(tr(Str::PerfRaiseNc)) + "###raisenc").c_str()))
                    (void)app.execute(pf::raiseFromMeasurement(m.id, true, localToday(app)));
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfRaiseNcTip));
                ImGui::SameLine();
                if (ImGui::SmallButton((std::string(tr(Str::PerfRaiseOfi)) + "###raiseofi").c_str()))
                    (void)app.execute(pf::raiseFromMeasurement(m.id, false, localToday(app)));
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfRaiseOfiTip));
                ImGui::EndDisabled();
            }
            if (raised.kind.empty()) {
                ImGui::SameLine();
                ImGui::BeginDisabled(app.readOnly());
                if (ImGui::SmallButton((std::string(icon::Remove) + "###mremove").c_str()))
                    (void)app.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(pf::Measurement::kKind), m.id}));
                ImGui::EndDisabled();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfRemoveMeasurement));
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void kpiDetail(App& app, PerformanceViewState& v, const pf::Kpi& k) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(pf::Kpi::kKind), k.id};
    detailFrame(
        app, key, k.name.c_str(),
        [&] {
            const pf::KpiStanding st = pf::standing(*v.index, k);
            resultChip(st.result, "kpi:result");
            if (st.latest) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", i18n::fill(Str::PerfLatest, {{"period", st.latest->period}, {"value", st.latest->value + " " + k.unit}}).c_str());
            }
            textOf(app, key, Str::PerfKpiName, "name", k.name, false);
            textOf(app, key, Str::PerfDescription, "description", k.description, true);
            ImGui::BeginGroup();
            textOf(app, key, Str::PerfUnit, "unit", k.unit, false, em * 5);
            ImGui::EndGroup();
            ImGui::SameLine(0, em);
            ImGui::BeginGroup();
            textOf(app, key, Str::PerfTarget, "target", k.target, false, em * 6);
            ImGui::EndGroup();
            ImGui::SameLine(0, em);
            ImGui::BeginGroup();
            textOf(app, key, Str::PerfThreshold, "threshold", k.threshold, false, em * 6);
            ImGui::EndGroup();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfThresholdTip));
            choiceOf(app, key, Str::PerfBetter, "better", static_cast<int>(k.better), pf::kBetterCodes, labelsOf(kBetterLabels), 11);
            sameLineIfFits(em * 10);
            choiceOf(app, key, Str::PerfFrequency, "frequency", static_cast<int>(k.frequency), pf::kFrequencyCodes, labelsOf(kFrequencyLabels), 8);
            sameLineIfFits(em * 10);
            ImGui::BeginGroup();
            textOf(app, key, Str::PerfOwner, "owner", k.owner, false, std::max(em * 9, ImGui::GetContentRegionAvail().x));
            ImGui::EndGroup();
            subjectCombo(app, v, k);
            const auto& objectives = v.index->objectivesOfKpi(k.id);
            if (!objectives.empty()) {
                ImGui::TextDisabled("%s", tr(Str::PerfMeasuresObjectives));
                for (const std::string& o : objectives) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton((o + "###obj:" + o).c_str())) openPerformance(app, 2, o);
                }
            }
            sectionHeader(tr(Str::PerfTrend));
            trendChart(app, k, v.index->measurements(k.id), em * 10);
            measurementForm(app, v, k);
            measurementList(app, v, k);
        },
        [id = k.id] { return pf::removeKpi(id); });
}

std::string latestText(const PerformanceViewState& v, const pf::Kpi& k) {
    const pf::Measurement* m = v.index->latest(k.id);
    return m ? m->period + ": " + m->value + " " + k.unit : std::string();
}

} // namespace

void drawKpis(App& app, PerformanceViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<pf::Kpi>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::PerfNewKpi) + "###newkpi").c_str())) {
        const std::string id = ws.nextId(pf::Kpi::kKind);
        if (app.execute(pf::createKpi({{"name", tr(Str::PerfNewKpiName)}, {"unit", "%"}, {"target", "99"}, {"owner", app.session().author()}}, "", "")))
            openPerformance(app, 1, id);
    }
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Import) + "  " + tr(Str::PerfImportCsv) + "###importcsv").c_str())) {
        app.chooseOpenFile(".csv", "text/csv", [&app](const std::string& pathOrAccept) {
            app.platform().openFile(pathOrAccept, [&app](bool ok, std::string name, std::string bytes) {
                if (!ok) {
                    if (!name.empty()) app.reportMessage(std::string(tr(Str::DataImportFailed)) + ": " + name, true);
                    return;
                }
                exchange::MeasurementCsvImport in = exchange::importMeasurementsCsv(bytes, app.workspace());
                if (!in.command) {
                    app.reportMessage(csvImportFailed(name, in.errors), true);
                    return;
                }
                if (app.execute(std::move(in.command)))
                    app.reportMessage(i18n::fill(Str::PerfImported, {{"added", std::to_string(in.added)}, {"changed", std::to_string(in.changed)}, {"file", name}}), false, true);
            });
        });
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfImportCsvTip));
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Export) + "  " + tr(Str::PerfExportCsv) + "###exportcsv").c_str())) {
        const std::string csv = exchange::measurementsCsv(ws);
        app.chooseSaveFile("kanri-measurements.csv", [&app, csv](const std::string& path) { app.saveBytes(path, "text/csv", csv); });
    }
    if (all.empty()) {
        textWrappedDisabled(tr(Str::PerfKpisEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::PerfKpiName, "name", -3},
        {Str::PerfTarget, "target", 6, [&all](size_t i) { return all[i].target + " " + all[i].unit; }},
        {Str::PerfColLatest, "latest", 8, [&all, &v](size_t i) { return latestText(v, all[i]); }},
        {Str::PerfColResult, "result", 7,
         [&all, &v](size_t i) {
             const pf::Measurement* m = v.index->latest(all[i].id);
             return std::string(tr(resultLabel(m ? pf::evaluate(all[i], *m) : pf::Result::NoData)));
         },
         nullptr,
         [&all, &v](size_t i, const std::string&) {
             const pf::Measurement* m = v.index->latest(all[i].id);
             resultChip(m ? pf::evaluate(all[i], *m) : pf::Result::NoData);
         }},
    };
    const pf::Kpi* selected = ws.entities<pf::Kpi>().find(v.kpis.selected);
    listAndDetail(
        app, v.detailOnly, v.kpis, "kpi",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "kpis", pf::Kpi::kKind, columns, v.kpis, height, nullptr, openOnClick)) {
                v.kpis.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { kpiDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
