// The service catalogue (8.2.4): the list, and a service's detail — who it is for and who owns
// it, the suppliers it depends on, its SLA targets (8.3.3) with the KPIs that evidence them and
// the supplier targets that support them (a weaker one flagged), and the service report for a
// period (9.4), exported as CSV or Markdown.
#include "performance_ui.hpp"

#include "exchange/performance_csv.hpp"
#include "model/commands.hpp"
#include "model/performance/commands.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/icons.hpp"
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

const std::array<Str, 4> kServiceStatusLabels = {Str::PerfStatusPlanned, Str::PerfStatusLive, Str::PerfStatusRetiring, Str::PerfStatusRetired};
const std::array<Str, 5> kMeasureLabels = {Str::PerfMeasureAvailability, Str::PerfMeasureResponse, Str::PerfMeasureResolution, Str::PerfMeasureWorkload,
                                           Str::PerfMeasureOther};
const std::array<Str, 2> kBetterLabels = {Str::SupHigherBetter, Str::SupLowerBetter};

// One SLA target: what is measured, the target and its exceptions; the KPIs that evidence it;
// the supplier targets beside it.
void slaCard(App& app, PerformanceViewState& v, const pf::Service& s, const pf::SlaTarget& t) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(pf::SlaTarget::kKind), t.id};
    ImGui::PushID(t.id.c_str());
    beginCard("##sla");
    ImGui::TextDisabled("%s", t.id.c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::SmallButton((std::string(icon::Delete) + "###slaremove").c_str())) (void)app.execute(std::make_unique<model::RemoveEntity>(key));
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::PerfRemoveSla));
    choiceOf(app, key, Str::PerfMeasure, "measure", static_cast<int>(t.measure), pf::kSlaMeasureCodes, labelsOf(kMeasureLabels), 11);
    sameLineIfFits(em * 12);
    ImGui::BeginGroup();
    textOf(app, key, Str::PerfSlaName, "name", t.name, false, std::max(em * 12, ImGui::GetContentRegionAvail().x));
    ImGui::EndGroup();
    ImGui::BeginGroup();
    textOf(app, key, Str::PerfTarget, "target", t.target, false, em * 6);
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    textOf(app, key, Str::PerfUnit, "unit", t.unit, false, em * 5);
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    choiceOf(app, key, Str::PerfBetter, "better", static_cast<int>(t.better), pf::kBetterCodes, labelsOf(kBetterLabels), 11);
    textOf(app, key, Str::PerfExceptions, "exceptions", t.exceptions, true);
    // The KPIs that evidence it.
    ImGui::TextDisabled("%s", tr(Str::PerfEvidencedBy));
    for (const pf::Kpi* k : v.index->kpisOfSla(t.id)) {
        ImGui::SameLine();
        if (ImGui::SmallButton((k->id + " " + k->name + "###open:" + k->id).c_str())) openPerformance(app, 1, k->id);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::PerfNewKpiFor) + "###newkpi:" + t.id).c_str())) {
        const std::string id = app.workspace().nextId(pf::Kpi::kKind);
        if (app.execute(pf::createKpi({{"name", t.name}, {"unit", t.unit}, {"target", t.target}, {"better", std::string(pf::codeOf(t.better, pf::kBetterCodes))}}, s.id, t.id)))
            openPerformance(app, 1, id);
    }
    ImGui::EndDisabled();
    // The supplier targets that support it (from the register of the suppliers it depends on).
    // Only the targets in the same unit and direction: an availability target does not speak to
    // a resolution time.
    const std::vector<pf::SupportingTarget> supporting = pf::supportingTargets(app.workspace(), s.id, t);
    const bool anyComparable = std::any_of(supporting.begin(), supporting.end(), [](const pf::SupportingTarget& st) { return st.comparable; });
    if (anyComparable) ImGui::TextDisabled("%s", tr(Str::PerfSupporting));
    else if (!supporting.empty()) textWrappedDisabled(tr(Str::PerfNoComparable));
    for (size_t i = 0; i < supporting.size(); ++i) {
        const pf::SupportingTarget& st = supporting[i];
        if (!st.comparable) continue;
        const model::suppliers::Supplier* sup = app.workspace().entities<model::suppliers::Supplier>().find(st.supplier);
        const std::string line = (sup ? sup->name : st.supplier) + ": " + st.target.measure + " " + st.target.supplier + " " + st.target.unit;
        ImGui::Bullet();
        if (st.weaker) {
            ImGui::TextColored(palette().bad, "%s  %s %s", line.c_str(), icon::Warning, tr(Str::PerfSupplierWeaker));
            hooks::labelLastItem(("weaker:" + t.id + ":" + std::to_string(i)).c_str(), line.c_str());
        } else {
            ImGui::TextUnformatted(line.c_str());
        }
    }
    endCard();
    ImGui::PopID();
}

// The report of a period: each SLA target against what its KPIs measured in it.
void reportSection(App& app, PerformanceViewState& v, const pf::Service& s) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::PerfReport));
    if (v.reportFor != s.id) {
        v.reportFor = s.id;
        const std::optional<pf::Period> now = pf::periodOf(pf::Frequency::Quarterly, localToday(app));
        v.reportPeriod = now ? pf::periodText(*now) : std::string();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::PerfReportPeriod));
    ImGui::SameLine();
    inputString("##reportperiod", "2026-Q1", v.reportPeriod, em * 7);
    const std::optional<pf::Period> period = pf::parsePeriod(v.reportPeriod);
    if (!period) {
        ImGui::SameLine();
        ImGui::TextColored(palette().bad, "%s", tr(Str::PerfPeriodHint));
        return;
    }
    const pf::ServiceReport r = pf::serviceReport(app.workspace(), *v.index, s.id, *period);
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Export) + "  CSV###reportcsv").c_str())) {
        const std::string csv = exchange::serviceReportCsv(app.workspace(), r);
        app.chooseSaveFile("kanri-report-" + s.id + "-" + v.reportPeriod + ".csv", [&app, csv](const std::string& path) { app.saveBytes(path, "text/csv", csv); });
    }
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Documents) + "  Markdown###reportmd").c_str())) {
        const std::string md = exchange::serviceReportMarkdown(app.workspace(), r, i18n::language() == i18n::Lang::Ja);
        app.chooseSaveFile("kanri-report-" + s.id + "-" + v.reportPeriod + ".md", [&app, md](const std::string& path) { app.saveBytes(path, "text/markdown", md); });
    }
    if (r.lines.empty()) {
        textWrappedDisabled(tr(Str::PerfReportEmpty));
        return;
    }
    const std::string counts = i18n::fill(Str::PerfReportCounts, {{"met", std::to_string(r.met)}, {"at_risk", std::to_string(r.atRisk)},
                                                                   {"missed", std::to_string(r.missed)}, {"no_data", std::to_string(r.noData)}});
    ImGui::TextUnformatted(counts.c_str());
    hooks::labelLastItem("report:counts", counts.c_str());
    if (!ImGui::BeginTable("##report", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr(Str::PerfColSla), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(Str::PerfColKpi), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(Str::PerfColValues), ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableSetupColumn(tr(Str::PerfColResult), ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < r.lines.size(); ++i) {
        const pf::ReportLine& l = r.lines[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textWrapped(l.sla ? (l.sla->name + " · " + l.sla->target + " " + l.sla->unit).c_str() : "—");
        ImGui::TableNextColumn();
        textWrapped(l.kpi ? l.kpi->name.c_str() : tr(Str::PerfNoKpi));
        ImGui::TableNextColumn();
        std::string values;
        for (const pf::Measurement* m : l.values) values += (values.empty() ? "" : ", ") + m->period + ": " + m->value + (l.kpi ? " " + l.kpi->unit : "");
        textWrapped(values.empty() ? "—" : values.c_str());
        ImGui::TableNextColumn();
        resultChip(l.result, ("report:" + std::to_string(i)).c_str());
    }
    ImGui::EndTable();
}

void serviceDetail(App& app, PerformanceViewState& v, const pf::Service& s) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(pf::Service::kKind), s.id};
    detailFrame(
        app, key, s.name.c_str(),
        [&] {
            textOf(app, key, Str::PerfServiceName, "name", s.name, false);
            choiceOf(app, key, Str::PerfStatus, "status", static_cast<int>(s.status), pf::kServiceStatusCodes, labelsOf(kServiceStatusLabels), 9);
            ImGui::SameLine(0, em);
            ImGui::BeginGroup();
            textOf(app, key, Str::PerfOwner, "owner", s.owner, false, std::max(em * 10, ImGui::GetContentRegionAvail().x));
            ImGui::EndGroup();
            textOf(app, key, Str::PerfCustomers, "customers", s.customers, true);
            textOf(app, key, Str::PerfDescription, "description", s.description, true);
            ImGui::TextDisabled("%s", tr(Str::PerfDependsOn));
            linkPicker(app, key, pf::kServiceSupplier, v.suppliers);
            const auto& targets = v.index->slaTargets(s.id);
            sectionHeader(i18n::fill(Str::PerfSlaTargets, {{"count", std::to_string(targets.size())}}).c_str());
            for (const pf::SlaTarget* t : targets) slaCard(app, v, s, *t);
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::PerfAddSla) + "###addsla").c_str()))
                (void)app.execute(pf::createSlaTarget(s.id, {{"name", tr(Str::PerfNewSlaName)}, {"target", "99.9"}, {"unit", "%"}}));
            ImGui::EndDisabled();
            reportSection(app, v, s);
        },
        [id = s.id] { return pf::removeService(id); });
}

} // namespace

void drawServices(App& app, PerformanceViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<pf::Service>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::PerfNewService) + "###newservice").c_str())) {
        const std::string id = ws.nextId(pf::Service::kKind);
        if (app.execute(pf::createService({{"name", tr(Str::PerfNewServiceName)}, {"owner", app.session().author()}}))) openPerformance(app, 0, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::PerfServicesEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::PerfServiceName, "name", -3},
        {Str::PerfStatus, "status", 7, [&all](size_t i) { return std::string(tr(kServiceStatusLabels[static_cast<size_t>(all[i].status)])); }},
        {Str::PerfOwner, "owner", -1},
        {Str::PerfColTargets, "targets", 5, [&all, &v](size_t i) { return std::to_string(v.index->slaTargets(all[i].id).size()); }},
    };
    const pf::Service* selected = ws.entities<pf::Service>().find(v.services.selected);
    listAndDetail(
        app, v.detailOnly, v.services, "service",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "services", pf::Service::kKind, columns, v.services, height, nullptr, openOnClick)) {
                v.services.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { serviceDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
