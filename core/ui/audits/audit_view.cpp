// The audits (9.2): the list, and an audit's detail — when and by whom, the scope (clauses), the
// impartiality warnings, the checklist drawn from the assessment items in scope, the findings
// (each raised as a nonconformity or an opportunity with one click), the report, and closing it
// (after which it is shown frozen).
#include "audits_ui.hpp"

#include "model/audits/commands.hpp"
#include "model/commands.hpp"
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

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace au = model::audits;

namespace {

Str statusLabel(const au::Audit& a) {
    return a.closed() ? Str::AudStatusClosed : a.heldOn.empty() ? Str::AudStatusPlanned : Str::AudStatusInProgress;
}

void impartialityWarnings(App& app, AuditsViewState& v, const au::Audit& a) {
    for (const au::ImpartialityWarning& w : au::impartiality(app.workspace(), *v.index, a)) {
        std::string items;
        for (const std::string& i : w.items) items += (items.empty() ? "" : ", ") + i;
        const std::string text = i18n::fill(Str::AudImpartiality, {{"auditor", w.auditor}, {"clause", w.clause}, {"items", items}});
        ImGui::TextColored(palette().warn, "%s", icon::Warning);
        ImGui::SameLine();
        textWrapped(text.c_str(), ImGui::GetContentRegionAvail().x);
        hooks::labelLastItem(("impartiality:" + w.auditor + ":" + w.clause).c_str(), text.c_str());
    }
}

void checklist(App& app, AuditsViewState& v, const au::Audit& a) {
    const std::vector<au::ChecklistRow> rows = au::checklist(app.workspace(), *v.index, a);
    sectionHeader(i18n::fill(Str::AudChecklist, {{"count", std::to_string(rows.size())}}).c_str());
    if (rows.empty()) {
        textWrappedDisabled(tr(Str::AudChecklistEmpty), ImGui::GetContentRegionAvail().x);
        return;
    }
    const float em = ImGui::GetFontSize();
    ImGui::BeginChild("##checklist", ImVec2(0, std::min(em * 16, em * 2.6f * static_cast<float>(rows.size()) + em)), true);
    for (const au::ChecklistRow& r : rows) {
        const model::Item& item = app.catalogue().items()[size_t(r.item)];
        ImGui::PushID(item.id.c_str());
        ImGui::TextDisabled("%s", item.id.c_str());
        ImGui::SameLine(em * 6);
        if (!r.findings.empty()) {
            std::string found;
            for (const au::Finding* f : r.findings) found += (found.empty() ? "" : ", ") + f->id;
            ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, found.c_str());
        } else if (!a.closed()) {
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::AudRecordFinding) + "###check:" + item.id).c_str())) {
                v.clause = item.clauseId;
                v.item = item.id;
            }
            ImGui::EndDisabled();
        }
        textWrapped(i18n::language() == i18n::Lang::Ja ? item.questionJa.c_str() : item.questionEn.c_str(), ImGui::GetContentRegionAvail().x);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void findingCard(App& app, AuditsViewState& v, const au::Audit& a, const au::Finding& f) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(au::Finding::kKind), f.id};
    ImGui::PushID(f.id.c_str());
    beginCard("##finding");
    const std::string clause = v.index->clauseOf(f.id), item = v.index->itemOf(f.id);
    const ImVec4 colour = au::isNonconformity(f.type) ? palette().bad : f.type == au::FindingType::Conformity ? palette().good : palette().warn;
    const std::string head = f.id + "  " + tr(findingTypeLabel(f.type)) + "  ·  " + clause + (item.empty() ? "" : "  ·  " + item);
    ImGui::TextColored(colour, "%s", head.c_str());
    hooks::labelLastItem(("finding:" + f.id).c_str(), head.c_str());
    if (a.closed()) {
        textWrapped(f.statement.c_str(), ImGui::GetContentRegionAvail().x);
        if (!f.evidence.empty()) textWrappedDisabled(f.evidence.c_str(), ImGui::GetContentRegionAvail().x);
    } else {
        textOf(app, key, Str::AudStatement, "statement", f.statement, true);
        textOf(app, key, Str::AudEvidence, "evidence", f.evidence, true);
    }
    // What was raised from it, or the button that raises it.
    const model::EntityKey raised = v.index->raisedFrom(f.id);
    if (!raised.kind.empty()) {
        const bool nc = raised.kind == "nonconformity";
        if (ImGui::SmallButton((std::string(icon::Improvement) + " " + raised.id + "###open:" + raised.id).c_str())) openImprovement(app, nc ? 2 : 3, raised.id);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(nc ? Str::AudRaisedNc : Str::AudRaisedOfi));
    } else if (f.type != au::FindingType::Conformity) {
        const bool nc = au::isNonconformity(f.type);
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(nc ? Str::AudRaiseNc : Str::AudRaiseOfi) + "###raise:" + f.id).c_str()))
            (void)app.execute(au::raiseFromFinding(f.id, localToday(app)));
        ImGui::EndDisabled();
    }
    if (!a.closed()) {
        ImGui::SameLine(0, em);
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton((std::string(icon::Delete) + " " + tr(Str::ButtonRemove) + "###fremove").c_str()))
            (void)app.execute(std::make_unique<model::RemoveEntity>(key));
        ImGui::EndDisabled();
    }
    endCard();
    ImGui::PopID();
}

// A new finding: its type, the clause (and item) it concerns, what was found and the evidence.
void findingForm(App& app, AuditsViewState& v, const au::Audit& a) {
    const float em = ImGui::GetFontSize();
    if (v.formFor != a.id) {
        v.formFor = a.id;
        v.clause = v.index->scope(a.id).empty() ? std::string() : v.index->scope(a.id).front();
        v.item.clear();
        v.statement.clear();
        v.evidence.clear();
        v.error.clear();
    }
    beginCard("##newfinding");
    ImGui::TextUnformatted(tr(Str::AudNewFinding));
    for (size_t t = 0; t < au::kFindingTypeCodes.size(); ++t) {
        if (t) ImGui::SameLine();
        const bool on = v.type == static_cast<int>(t);
        const std::string label = std::string(on ? icon::CheckOk : "") + (on ? " " : "") + tr(findingTypeLabel(static_cast<au::FindingType>(t))) + "###ftype:" +
                                  std::string(au::kFindingTypeCodes[t]);
        if (t && ImGui::GetContentRegionAvail().x < buttonWidth(label.c_str())) ImGui::NewLine();
        if (ImGui::Button(label.c_str())) v.type = static_cast<int>(t);
    }
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(Str::AudClause));
    inputString("##fclause", "8.6.1", v.clause, em * 7);
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(Str::AudItem));
    inputString("##fitem", "8.6.1-01", v.item, em * 8);
    ImGui::EndGroup();
    ImGui::TextDisabled("%s", tr(Str::AudStatement));
    inputString("##fstatement", "", v.statement, ImGui::GetContentRegionAvail().x);
    ImGui::TextDisabled("%s", tr(Str::AudEvidence));
    inputString("##fevidence", "", v.evidence, ImGui::GetContentRegionAvail().x);
    const bool ready = !model::isBlank(v.clause) && !model::isBlank(v.statement);
    ImGui::BeginDisabled(app.readOnly() || !ready);
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::AudAddFinding) + "###addfinding").c_str())) {
        model::Fields fields{{"type", std::string(au::kFindingTypeCodes[size_t(v.type)])}, {"statement", v.statement}, {"evidence", v.evidence}};
        app.execute(au::addFinding(a.id, std::move(fields), v.clause, v.item), [&v](const Status& s) {
            if (s) { // what was typed goes only once the finding is there
                v.statement.clear();
                v.evidence.clear();
                v.item.clear();
                v.error.clear();
            } else {
                v.error = i18n::message(s.error());
            }
        });
    }
    ImGui::EndDisabled();
    if (!ready) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Str::AudFindingNeeds));
    }
    if (!v.error.empty()) {
        ImGui::TextColored(palette().bad, "%s", v.error.c_str());
        hooks::labelLastItem("finding:error", v.error.c_str());
    }
    endCard();
}

void report(App& app, const au::Audit& a, const model::EntityKey& key) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::AudReport));
    if (a.closed()) {
        textWrapped(a.report.c_str(), ImGui::GetContentRegionAvail().x);
        const std::string line = i18n::fill(Str::AudReportedOn, {{"on", a.reportedOn}, {"to", a.distribution}});
        textWrappedDisabled(line.c_str(), ImGui::GetContentRegionAvail().x);
        return;
    }
    textOf(app, key, Str::AudReport, "report", a.report, true);
    dateOf(app, key, Str::AudReportDate, "reported_on", a.reportedOn);
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    textOf(app, key, Str::AudDistribution, "distribution", a.distribution, false, std::max(em * 10, ImGui::GetContentRegionAvail().x));
    ImGui::EndGroup();
    const std::string missing = au::missingForClose(a);
    ImGui::BeginDisabled(app.readOnly() || !missing.empty());
    if (ImGui::Button((std::string(icon::CheckOk) + "  " + tr(Str::AudClose) + "###closeaudit").c_str()))
        (void)app.execute(au::closeAudit(a.id, localToday(app), app.session().author()));
    ImGui::EndDisabled();
    ImGui::SameLine();
    textWrappedDisabled(tr(missing.empty() ? Str::AudCloseFreezes : Str::AudCloseNeeds), ImGui::GetContentRegionAvail().x);
}

void auditDetail(App& app, AuditsViewState& v, const au::Audit& a) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(au::Audit::kKind), a.id};
    detailFrame(
        app, key, a.title.c_str(),
        [&] {
            const std::string status = tr(statusLabel(a));
            if (a.closed()) {
                const std::string line = i18n::fill(model::isBlank(a.closedBy) ? Str::AudClosedOnNoName : Str::AudClosedOn, {{"on", a.closedOn}, {"by", a.closedBy}});
                ImGui::TextColored(palette().good, "%s %s", icon::Freeze, line.c_str());
                hooks::labelLastItem("audit:status", line.c_str());
            } else {
                ImGui::TextDisabled("%s", status.c_str());
                hooks::labelLastItem("audit:status", status.c_str());
            }
            ImGui::BeginDisabled(a.closed());
            textOf(app, key, Str::AudAuditTitle, "title", a.title, false);
            dateOf(app, key, Str::AudPlannedOn, "planned_on", a.plannedOn);
            ImGui::SameLine(0, em);
            dateOf(app, key, Str::AudHeldOn, "held_on", a.heldOn);
            ImGui::SameLine(0, em);
            ImGui::BeginGroup(); // the title above its field, beside the dates
            textOf(app, key, Str::AudLead, "lead", a.lead, false, std::max(em * 10, ImGui::GetContentRegionAvail().x));
            ImGui::EndGroup();
            textOf(app, key, Str::AudTeam, "team", a.team, true);
            textOf(app, key, Str::AudAuditees, "auditees", a.auditees, true);
            textOf(app, key, Str::AudCriteria, "criteria", a.criteria, false);
            ImGui::TextDisabled("%s", tr(Str::AudScope));
            linkPicker(app, key, au::kAuditClause, v.scope);
            ImGui::EndDisabled();
            impartialityWarnings(app, v, a);
            checklist(app, v, a);
            const std::vector<const au::Finding*>& findings = v.index->findings(a.id);
            sectionHeader(i18n::fill(Str::AudFindings, {{"count", std::to_string(findings.size())}}).c_str());
            for (const au::Finding* f : findings) findingCard(app, v, a, *f);
            if (!a.closed()) findingForm(app, v, a);
            report(app, a, key);
        },
        [id = a.id] { return au::removeAudit(id); });
}

} // namespace

void drawAuditList(App& app, AuditsViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<au::Audit>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::AudNew) + "###newaudit").c_str())) {
        const std::string id = ws.nextId(au::Audit::kKind);
        const au::AuditProgramme* p = ws.entities<au::AuditProgramme>().find(v.programme);
        if (!p && !ws.entities<au::AuditProgramme>().all().empty()) p = &ws.entities<au::AuditProgramme>().all().back();
        if (app.execute(au::createAudit({{"title", tr(Str::AudNewTitle)}, {"lead", app.session().author()}}, p ? p->id : std::string(), {})))
            openAudit(app, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::AudEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::AudAuditTitle, "title", -3},
        {Str::AudHeldOn, "date", 7, [&all](size_t i) { return all[i].heldOn.empty() ? all[i].plannedOn : all[i].heldOn; }},
        {Str::ImpColStatus, "status", 7, [&all](size_t i) { return std::string(tr(statusLabel(all[i]))); }},
    };
    const au::Audit* selected = ws.entities<au::Audit>().find(v.audits.selected);
    listAndDetail(
        app, v.detailOnly, v.audits, "audit",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "audits", au::Audit::kKind, columns, v.audits, height, nullptr, openOnClick)) {
                v.audits.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { auditDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
