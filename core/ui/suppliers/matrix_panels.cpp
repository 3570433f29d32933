// Around the grid: the toolbar (new matrix from a template, workshop mode, CSV and Markdown,
// save as template, remove), the progress and problem counts with the filters, the cursor's
// row (its fields, its letters by click or touch, its problems), the parties, the problems
// list (a click jumps to the row) and the sign-offs with their comparison.
#include "suppliers_ui.hpp"

#include "exchange/suppliers_csv.hpp"
#include "model/commands.hpp"
#include "model/text.hpp"
#include "model/suppliers/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
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
namespace sup = model::suppliers;

namespace {

std::string label(const char* icon, Str text, const char* id) { return std::string(icon) + "  " + tr(text) + "###" + id; }
std::string plain(Str text, const char* id) { return std::string(tr(text)) + "###" + id; }

sup::TemplateLang lang() { return i18n::language() == i18n::Lang::Ja ? sup::Ja : sup::En; }

void create(App& app, SuppliersViewState& v, sup::MatrixDraft d, std::string scope) {
    const std::string id = app.workspace().nextId(sup::RaciMatrix::kKind);
    if (app.execute(sup::createMatrix(std::move(d), std::move(scope)))) {
        v.matrix = id;
        v.cursorRow.clear();
        v.cursorParty = 0;
        v.gridFocusRequested = true;
    }
}

Status patchRow(App& app, const std::string& row, model::Fields f, int session = 0) {
    return app.execute(model::patchFields(std::string(sup::RaciRow::kKind), row, std::move(f), session));
}

// A text field of a row bound to its stored value.
bool rowText(App& app, const sup::RaciRow& r, Str title, const char* field, const std::string& value, float width = 0) {
    ImGui::TextDisabled("%s", tr(title));
    ImGui::SetNextItemWidth(width > 0 ? width : -1);
    const std::string key = "raci:" + r.id + ":" + field;
    return editText(app, (std::string("##") + field).c_str(), key, value, false, 0,
                    [&app, id = r.id, f = std::string(field)](const std::string& text, int session) { return patchRow(app, id, {{f, text}}, session); });
}

void problemLine(App& app, SuppliersViewState& v, const sup::RaciMatrix& m, const sup::Problem& p, size_t index, bool nameRow = true) {
    const Palette& pal = palette();
    const ImVec4& colour = p.severity == sup::Severity::Error ? pal.bad : p.severity == sup::Severity::Warning ? pal.warn : pal.muted;
    std::string where = p.row;
    if (!p.row.empty())
        for (size_t i = 0; i < v.rows.size(); ++i)
            if (v.rows[i]->id == p.row) where = "#" + std::to_string(i + 1) + " " + v.rows[i]->activity;
    std::string text = std::string(tr(ruleLabel(p.rule)));
    if (!p.party.empty()) {
        const sup::Party* party = sup::findParty(m, p.party);
        text += " — " + (party ? party->name : p.party);
    }
    if (!p.detail.empty() && p.rule != sup::Rule::OneResponsible) text += " (" + p.detail + ")";
    ImGui::PushID(static_cast<int>(index));
    ImGui::TextColored(colour, "%s", p.severity == sup::Severity::Info ? icon::Info : icon::Warning);
    ImGui::SameLine();
    const std::string line = (where.empty() || !nameRow ? text : where + ": " + text);
    if (selectableEllipsis("###problem", line, false) && !p.row.empty()) {
        v.cursorRow = p.row;
        v.groupFilter.clear();
        v.scrollToCursor = true;
        v.gridFocusRequested = true;
        if (!p.party.empty())
            for (size_t i = 0; i < m.parties.size(); ++i)
                if (m.parties[i].code == p.party) v.cursorParty = static_cast<int>(i);
    }
    hooks::labelLastItem(((nameRow ? "problem:" : "rowproblem:") + std::to_string(index)).c_str(), line.c_str());
    ImGui::PopID();
}

} // namespace

void matrixToolbar(App& app, SuppliersViewState& v, const sup::RaciMatrix* m) {
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<sup::RaciMatrix>().all();
    const float em = ImGui::GetFontSize();
    if (!all.empty()) {
        std::vector<std::string> labels;
        int index = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            labels.push_back(all[i].title + (all[i].scope.empty() ? "" : " · " + all[i].scope));
            if (m && all[i].id == m->id) index = static_cast<int>(i);
        }
        if (choiceCombo("##matrixpick", index, labels, em * 18)) {
            v.matrix = all[static_cast<size_t>(index)].id;
            v.cursorRow.clear();
        }
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(label(icon::Add, Str::RaciNew, "newmatrix").c_str())) ImGui::OpenPopup("##newmatrix");
    if (ImGui::BeginPopup("##newmatrix")) {
        const struct {
            sup::ServiceModel model;
            Str text;
            const char* name;
        } builtIn[] = {{sup::ServiceModel::IaaS, Str::RaciFromIaaS, "template:iaas"}, {sup::ServiceModel::PaaS, Str::RaciFromPaaS, "template:paas"},
                       {sup::ServiceModel::SaaS, Str::RaciFromSaaS, "template:saas"}};
        for (const auto& b : builtIn) {
            if (ImGui::Selectable(tr(b.text))) create(app, v, sup::builtInTemplate(b.model, lang()), "");
            hooks::labelLastItem(b.name, tr(b.text));
        }
        for (const sup::SavedTemplate& t : ws.entities<sup::SavedTemplate>().all()) {
            ImGui::PushID(t.id.c_str());
            const std::string text = i18n::fill(Str::RaciFromSaved, {{"title", t.title}});
            if (ImGui::Selectable(text.c_str())) {
                sup::MatrixDraft d;
                if (auto s = sup::decodeFrozen(t.frozen, d); !s) app.reportMessage(i18n::message(s.error()), true);
                else create(app, v, std::move(d), "");
            }
            hooks::labelLastItem(("template:" + t.id).c_str(), text.c_str());
            ImGui::PopID();
        }
        if (ImGui::Selectable(tr(Str::RaciFromNothing))) {
            sup::MatrixDraft d;
            d.matrix.title = tr(Str::RaciUntitled);
            d.matrix.parties = {{"ORG", tr(Str::RaciOurOrganisation), sup::PartyKind::Organization, "", "", ""}};
            create(app, v, std::move(d), "");
        }
        hooks::labelLastItem("template:empty", tr(Str::RaciFromNothing));
        ImGui::EndPopup();
    }
    ImGui::EndDisabled();
    if (!m) return;
    sameLineIfFits(buttonWidth(label(icon::Expand, Str::RaciWorkshop, "workshop").c_str()));
    if (ImGui::Button(label(icon::Expand, Str::RaciWorkshop, "workshop").c_str())) {
        v.workshop = true;
        v.enteringWorkshop = true; // the grid of workshop mode takes the keys when first drawn
        app.views().fullScreenArea = kSuppliersArea;
        if (v.zoom < 1.25f) v.zoom = 1.5f;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RaciWorkshopTip));
    // Export, import, save as template, remove: one menu, so the toolbar keeps one line.
    sameLineIfFits(buttonWidth(label(icon::Export, Str::RaciMore, "more").c_str()));
    if (ImGui::Button(label(icon::Export, Str::RaciMore, "more").c_str())) ImGui::OpenPopup("##matrixmenu");
    if (ImGui::BeginPopup("##matrixmenu")) {
        auto item = [](const char* icon, Str text, const char* name, bool enabled = true) {
            const std::string shown = std::string(icon) + "  " + tr(text);
            const bool chosen = ImGui::Selectable(shown.c_str(), false, enabled ? 0 : ImGuiSelectableFlags_Disabled);
            hooks::labelLastItem(name, tr(text));
            return chosen;
        };
        if (item(icon::Export, Str::RaciExportCsv, "csvout")) {
            const std::string csv = exchange::matrixCsv(ws, m->id);
            app.chooseSaveFile("kanri-matrix-" + m->id + ".csv", [&app, csv](const std::string& path) { app.saveBytes(path, "text/csv", csv); });
        }
        if (item(icon::Documents, Str::RaciExportMarkdown, "mdout")) {
            const std::string md = exchange::matrixMarkdown(ws, m->id, i18n::language() == i18n::Lang::Ja);
            app.chooseSaveFile("kanri-matrix-" + m->id + ".md", [&app, md](const std::string& path) { app.saveBytes(path, "text/markdown", md); });
        }
        const bool writable = !app.readOnly();
        if (item(icon::Import, Str::RaciImportCsv, "csvin", writable)) {
            const std::string id = m->id;
            app.chooseOpenFile(".csv", "text/csv", [&app, id](const std::string& pathOrAccept) {
                app.platform().openFile(pathOrAccept, [&app, id](bool ok, std::string name, std::string bytes) {
                    if (!ok) {
                        if (!name.empty()) app.reportMessage(std::string(tr(Str::DataImportFailed)) + ": " + name, true);
                        return;
                    }
                    exchange::MatrixCsvImport in = exchange::importMatrixCsv(bytes, app.workspace(), id);
                    if (!in.command) {
                        app.reportMessage(csvImportFailed(name, in.errors), true);
                        return;
                    }
                    if (app.execute(std::move(in.command)))
                        app.reportMessage(i18n::fill(Str::RaciImported, {{"changed", std::to_string(in.changed)}, {"added", std::to_string(in.added)}, {"file", name}}), false, true);
                });
            });
        }
        if (item(icon::Save, Str::RaciSaveTemplate, "savetemplate", writable)) {
            v.savingTemplate = true;
            v.templateTitle = m->title;
        }
        if (item(icon::Delete, Str::RaciRemove, "removematrix", writable)) v.confirmRemove = true;
        ImGui::EndPopup();
    }
    if (v.savingTemplate) {
        ImGui::TextUnformatted(tr(Str::RaciTemplateTitle));
        ImGui::SameLine();
        inputString("##templatetitle", nullptr, v.templateTitle, em * 18);
        ImGui::SameLine();
        if (ImGui::Button(plain(Str::RaciSaveTemplateNow, "savetemplatenow").c_str())) {
            if (model::isBlank(v.templateTitle)) app.reportMessage(tr(Str::ErrTitleMissing), true);
            else if (app.execute(sup::saveAsTemplate(m->id, v.templateTitle))) {
                v.savingTemplate = false;
                app.reportMessage(i18n::fill(Str::RaciTemplateSaved, {{"title", v.templateTitle}}), false);
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(plain(Str::RaciCancel, "canceltemplate").c_str())) v.savingTemplate = false;
    }
    if (v.confirmRemove) {
        ImGui::TextColored(palette().bad, "%s", i18n::fill(Str::RaciRemoveConfirm, {{"title", m->title}, {"rows", std::to_string(v.rows.size())}}).c_str());
        ImGui::SameLine();
        if (ImGui::Button(plain(Str::RaciRemoveNow, "removenow").c_str())) {
            if (app.execute(sup::removeMatrix(m->id))) v.matrix.clear();
            v.confirmRemove = false;
        }
        ImGui::SameLine();
        if (ImGui::Button(plain(Str::RaciCancel, "cancelremove").c_str())) v.confirmRemove = false;
    }
}

void matrixSummary(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    const float em = ImGui::GetFontSize();
    const sup::MatrixCheck& c = v.check;
    const std::string progress = i18n::fill(Str::RaciProgress, {{"agreed", std::to_string(c.agreed)}, {"rows", std::to_string(v.rows.size())}});
    ImGui::ProgressBar(v.rows.empty() ? 0.0f : static_cast<float>(c.agreed) / static_cast<float>(v.rows.size()), ImVec2(em * 10, 0), "");
    ImGui::SameLine();
    ImGui::TextUnformatted(progress.c_str());
    hooks::labelLastItem("raci:progress", progress.c_str());
    ImGui::SameLine(0, em);
    const std::string counts = i18n::fill(Str::RaciProblemCounts, {{"errors", std::to_string(c.errors)}, {"warnings", std::to_string(c.warnings)}, {"infos", std::to_string(c.infos)}});
    ImGui::TextColored(c.errors ? palette().bad : c.warnings ? palette().warn : palette().good, "%s %s", c.errors + c.warnings ? icon::Warning : icon::CheckOk, counts.c_str());
    hooks::labelLastItem("raci:counts", counts.c_str());
    // Filters: a clause group, rows with problems.
    ImGui::SameLine(0, em);
    // The closed combo names the group ("Clause 8.5"); the open list adds each clause's title.
    if (ImGui::GetContentRegionAvail().x < em * 18) ImGui::NewLine();
    const std::string preview = v.groupFilter.empty() ? tr(Str::RaciAllClauses) : i18n::fill(Str::RaciClauseGroup, {{"clause", v.groupFilter}});
    ImGui::SetNextItemWidth(std::max(em * 9, ImGui::CalcTextSize(preview.c_str()).x + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2));
    const bool open = ImGui::BeginCombo("##groupfilter", preview.c_str());
    if (!open) hooks::labelLastItem("combo:groupfilter", preview.c_str());
    if (open) {
        if (ImGui::Selectable(tr(Str::RaciAllClauses), v.groupFilter.empty())) v.groupFilter.clear();
        hooks::labelLastItem("group:all", tr(Str::RaciAllClauses));
        for (const std::string& g : v.groups) {
            const model::Clause* clause = app.workspace().catalogue().find(g);
            const std::string text = clause ? g + "  " + clauseTitle(*clause) : g;
            if (ImGui::Selectable((text + "###g" + g).c_str(), g == v.groupFilter)) v.groupFilter = g;
            hooks::labelLastItem(("group:" + g).c_str(), text.c_str());
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::Checkbox(plain(Str::RaciProblemsOnly, "problemsonly").c_str(), &v.problemsOnly);
    (void)m;
}

void rowPanel(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    const int at = cursorIndex(v);
    if (at < 0) {
        textWrappedDisabled(tr(v.rows.empty() ? Str::RaciNoRows : Str::RaciPickRow));
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button(label(icon::Add, Str::RaciAddRow, "addrow").c_str())) {
            const std::string id = app.workspace().nextId(sup::RaciRow::kKind);
            if (app.execute(sup::addRow(m.id, {{"activity", tr(Str::RaciNewActivity)}}))) v.cursorRow = id;
        }
        ImGui::EndDisabled();
        return;
    }
    const sup::RaciRow& r = *v.rows[static_cast<size_t>(at)];
    const float em = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    // The body font: the styled sizes hold only the interface's own characters, not the user's.
    textEllipsis(("#" + std::to_string(at + 1) + "  " + r.activity).c_str(), 0, &palette().good);
    // The letters by click or touch, party by party.
    for (size_t p = 0; p < m.parties.size(); ++p) {
        const sup::Party& party = m.parties[p];
        const sup::Letters now = r.at(party.code);
        ImGui::PushID(party.code.c_str());
        if (p > 0 && ImGui::GetContentRegionAvail().x > em * 16) ImGui::SameLine(0, em);
        ImGui::BeginGroup();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", party.code.c_str());
        ImGui::SameLine();
        for (size_t i = 0; i < sup::kLetterOrder.size(); ++i) {
            const sup::Letter l = static_cast<sup::Letter>(1u << i);
            const bool on = (now & l) != 0;
            if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_ButtonActive));
            ImGui::BeginDisabled(app.readOnly());
            const std::string text = std::string(1, sup::kLetterOrder[i]) + "###" + std::string(1, sup::kLetterOrder[i]);
            if (ImGui::Button(text.c_str(), ImVec2(em * 1.8f, 0))) {
                v.cursorParty = static_cast<int>(p);
                (void)app.execute(sup::toggleLetter(r.id, party.code, l));
            }
            ImGui::EndDisabled();
            hooks::labelLastItem((party.code + "/" + std::string(1, sup::kLetterOrder[i])).c_str(), on ? "on" : "off");
            if (on) ImGui::PopStyleColor();
            if (i + 1 < sup::kLetterOrder.size()) ImGui::SameLine(0, 2);
        }
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", party.name.c_str());
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    bool agreed = r.agreed;
    if (ImGui::Checkbox(plain(Str::RaciAgreed, "agreed").c_str(), &agreed)) (void)app.execute(sup::setAgreed(r.id, agreed));
    ImGui::SameLine(0, em);
    bool applicable = r.applicable;
    if (ImGui::Checkbox(plain(Str::RaciApplicable, "applicable").c_str(), &applicable)) (void)patchRow(app, r.id, {{"applicable", applicable ? "" : "no"}});
    ImGui::SameLine(0, em);
    bool inScope = r.inScope;
    if (ImGui::Checkbox(plain(Str::RaciInScope, "inscope").c_str(), &inScope)) (void)patchRow(app, r.id, {{"in_scope", inScope ? "" : "no"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RaciInScopeTip));
    sameLineIfFits(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr(Str::RaciSold)).x);
    bool sold = r.sold;
    if (ImGui::Checkbox(plain(Str::RaciSold, "sold").c_str(), &sold)) (void)patchRow(app, r.id, {{"sold", sold ? "" : "no"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RaciSoldTip));
    ImGui::EndDisabled();
    if (!r.applicable) rowText(app, r, Str::RaciNaReason, "na_reason", r.naReason);
    // The note takes the keys after Enter in the grid; leaving it gives them back to the grid.
    if (v.editNote) {
        app.focusFieldKey = "raci:" + r.id + ":notes";
        v.editNote = false;
    }
    const bool editingNote = rowText(app, r, Str::RaciNotes, "notes", r.notes);
    if (v.noteWasEditing && !editingNote) v.gridFocusRequested = true;
    v.noteWasEditing = editingNote;
    const bool twoColumns = avail > em * 34;
    const float half = twoColumns ? (avail - em) / 2 : 0;
    ImGui::BeginGroup();
    rowText(app, r, Str::RaciEvidence, "evidence", r.evidence, half);
    rowText(app, r, Str::RaciColClause, "group", r.group, half);
    ImGui::EndGroup();
    if (twoColumns) ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    rowText(app, r, Str::RaciColActivity, "activity", r.activity, half);
    rowText(app, r, Str::RaciCcm, "ccm", r.ccm, half);
    ImGui::EndGroup();
    ImGui::TextDisabled("%s: %s", tr(Str::RaciColOwnership), tr(ownershipLabel(v.check.ownership[static_cast<size_t>(at)])));
    // This row's problems.
    size_t n = 0;
    ImGui::PushID("rowproblems");
    for (const sup::Problem& p : v.check.problems)
        if (p.row == r.id) problemLine(app, v, m, p, n++, false); // the row is the one above
    ImGui::PopID();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(label(icon::Add, Str::RaciAddRowBelow, "addrow").c_str())) {
        const std::string id = app.workspace().nextId(sup::RaciRow::kKind);
        if (app.execute(sup::addRow(m.id, {{"group", r.group}, {"activity", tr(Str::RaciNewActivity)}}, r.id))) {
            v.cursorRow = id;
            v.scrollToCursor = true;
        }
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(at == 0);
    if (ImGui::Button(plain(Str::RaciMoveUp, "rowup").c_str())) (void)app.execute(sup::moveRow(r.id, -1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(at + 1 >= static_cast<int>(v.rows.size()));
    if (ImGui::Button(plain(Str::RaciMoveDown, "rowdown").c_str())) (void)app.execute(sup::moveRow(r.id, 1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(label(icon::Delete, Str::RaciRemoveRow, "removerow").c_str())) {
        const std::string next = at + 1 < static_cast<int>(v.rows.size()) ? v.rows[static_cast<size_t>(at + 1)]->id : at > 0 ? v.rows[static_cast<size_t>(at - 1)]->id : "";
        if (app.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{std::string(sup::RaciRow::kKind), r.id}))) v.cursorRow = next;
    }
    ImGui::EndDisabled();
}

void partiesPanel(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    const float em = ImGui::GetFontSize();
    const auto& suppliers = app.workspace().entities<sup::Supplier>().all();
    for (size_t p = 0; p < m.parties.size(); ++p) {
        const sup::Party& party = m.parties[p];
        ImGui::PushID(party.code.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(party.code.c_str());
        // The party's fields on one line where the pane is wide, else wrapped under its name.
        ImGui::SameLine(em * 4);
        ImGui::Indent(em * 4);
        ImGui::SetNextItemWidth(std::min(em * 13, ImGui::GetContentRegionAvail().x));
        editText(app, "##name", "raci:" + m.id + ":party:" + party.code + ":name", party.name, false, 0, [&app, id = m.id, party](const std::string& text, int) {
            sup::Party next = party;
            next.name = text;
            return app.execute(sup::updateParty(id, party.code, next));
        });
        sameLineIfFits(em * 9);
        std::vector<std::string> kinds;
        for (size_t k = 0; k < sup::kPartyKindCodes.size(); ++k) kinds.push_back(tr(partyKindLabel(static_cast<sup::PartyKind>(k))));
        int kind = static_cast<int>(party.kind);
        ImGui::BeginDisabled(app.readOnly());
        if (choiceCombo("##kind", kind, kinds, em * 9)) {
            sup::Party next = party;
            next.kind = static_cast<sup::PartyKind>(kind);
            (void)app.execute(sup::updateParty(m.id, party.code, next));
        }
        sameLineIfFits(em * 10);
        std::vector<std::string> names{tr(Str::RaciNoSupplier)};
        int chosen = 0;
        for (size_t s = 0; s < suppliers.size(); ++s) {
            names.push_back(suppliers[s].name);
            if (suppliers[s].id == party.supplier) chosen = static_cast<int>(s) + 1;
        }
        if (choiceCombo("##supplier", chosen, names, em * 10)) {
            sup::Party next = party;
            next.supplier = chosen == 0 ? std::string() : suppliers[static_cast<size_t>(chosen - 1)].id;
            (void)app.execute(sup::updateParty(m.id, party.code, next));
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RaciPartySupplierTip));
        sameLineIfFits(em * 8);
        ImGui::SetNextItemWidth(em * 8);
        ImGui::EndDisabled();
        editText(app, "##contract", "raci:" + m.id + ":party:" + party.code + ":contract", party.contractRef, false, 0,
                 [&app, id = m.id, party](const std::string& text, int) {
                     sup::Party next = party;
                     next.contractRef = text;
                     return app.execute(sup::updateParty(id, party.code, next));
                 }, tr(Str::RaciContractHint));
        const float buttons = buttonWidth(plain(Str::RaciMoveLeft, "left").c_str()) + buttonWidth(plain(Str::RaciMoveRight, "right").c_str()) +
                              buttonWidth(icon::Remove) + ImGui::GetStyle().ItemSpacing.x * 2;
        sameLineIfFits(buttons);
        ImGui::BeginDisabled(app.readOnly());
        ImGui::BeginDisabled(p == 0);
        if (ImGui::SmallButton(plain(Str::RaciMoveLeft, "left").c_str())) (void)app.execute(sup::moveParty(m.id, party.code, -1));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(p + 1 == m.parties.size());
        if (ImGui::SmallButton(plain(Str::RaciMoveRight, "right").c_str())) (void)app.execute(sup::moveParty(m.id, party.code, 1));
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(icon::Remove) + "###removeparty").c_str())) {
            // Asked now: an edit made while drawing is refused only after the frame, without the rows.
            const std::vector<std::string> blockers = sup::partyRemovalBlockers(app.workspace(), m.id, party.code);
            const long holding = std::count_if(v.rows.begin(), v.rows.end(), [&](const sup::RaciRow* r) { return r->at(party.code) != 0; });
            if (blockers.empty() && holding == 0) (void)app.execute(sup::removeParty(m.id, party.code));
            else if (blockers.empty()) v.removingParty = party.code; // its letters go with it: asked first
            else {
                std::string rows;
                for (size_t b = 0; b < blockers.size() && b < 8; ++b) {
                    std::string where = blockers[b];
                    for (size_t i = 0; i < v.rows.size(); ++i)
                        if (v.rows[i]->id == blockers[b]) where = "#" + std::to_string(i + 1);
                    rows += (b ? ", " : "") + where;
                }
                if (blockers.size() > 8) rows += " (+" + std::to_string(blockers.size() - 8) + ")";
                app.reportMessage(std::string(tr(Str::ErrRaciPartyHoldsOnly)) + ": " + rows, true);
            }
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RaciRemoveParty));
        ImGui::EndDisabled();
        ImGui::Unindent(em * 4);
        if (v.removingParty == party.code) {
            const long holding = std::count_if(v.rows.begin(), v.rows.end(), [&](const sup::RaciRow* r) { return r->at(party.code) != 0; });
            const std::string ask = i18n::fill(Str::RaciRemovePartyAsk, {{"party", party.code + " · " + party.name}, {"rows", std::to_string(holding)}});
            ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
            textWrapped(ask.c_str());
            ImGui::PopStyleColor();
            hooks::labelLastItem("removepartyask", ask.c_str());
            if (ImGui::Button(plain(Str::RaciRemoveNow, "removepartynow").c_str())) {
                (void)app.execute(sup::removeParty(m.id, party.code));
                v.removingParty.clear();
            }
            ImGui::SameLine();
            if (ImGui::Button(plain(Str::RaciCancel, "cancelremoveparty").c_str())) v.removingParty.clear();
        }
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(label(icon::Add, Str::RaciAddParty, "addparty").c_str())) {
        sup::Party p;
        p.kind = sup::PartyKind::Supplier;
        p.name = tr(Str::RaciNewParty);
        (void)app.execute(sup::addParty(m.id, p));
    }
    ImGui::EndDisabled();
}

void problemsPanel(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    if (v.check.problems.empty()) {
        ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, tr(Str::RaciNoProblems));
        return;
    }
    // Errors first, then warnings, then information; a click goes to the row.
    size_t n = 0;
    for (sup::Severity s : {sup::Severity::Error, sup::Severity::Warning, sup::Severity::Info})
        for (const sup::Problem& p : v.check.problems)
            if (p.severity == s) problemLine(app, v, m, p, n++);
}

namespace {

// The sign-offs of the matrix, newest first.
std::vector<const sup::SignOff*> signOffsOf(const model::Workspace& ws, const std::string& matrixId) {
    std::vector<const sup::SignOff*> out;
    for (const model::Link& l : ws.linksTo({std::string(sup::RaciMatrix::kKind), matrixId}))
        if (l.relation == sup::kSignOffMatrix)
            if (const sup::SignOff* s = ws.entities<sup::SignOff>().find(l.from.id)) out.push_back(s);
    std::sort(out.begin(), out.end(), [](const sup::SignOff* a, const sup::SignOff* b) { return text::naturalLess(b->id, a->id); });
    return out;
}

void signOffList(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    const float em = ImGui::GetFontSize();
    for (const sup::SignOff* s : signOffsOf(app.workspace(), m.id)) {
        ImGui::PushID(s->id.c_str());
        std::string who;
        for (const sup::Participant& p : s->participants) {
            std::string about = p.role;
            if (!p.party.empty()) {
                const sup::Party* party = sup::findParty(m, p.party);
                about += (about.empty() ? "" : ", ") + (party ? party->name : p.party);
            }
            who += (who.empty() ? "" : "; ") + p.name + (about.empty() ? "" : " (" + about + ")");
        }
        const std::string line = i18n::fill(Str::RaciSignedOff, {{"on", s->on}, {"who", who}});
        textWrapped(line.c_str(), ImGui::GetContentRegionAvail().x - em * 7);
        hooks::labelLastItem(("signoff:" + s->id).c_str(), line.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(label(icon::Compare, Str::RaciCompare, "compare").c_str())) v.comparing = v.comparing == s->id ? std::string() : s->id;
        if (v.comparing == s->id) {
            sup::MatrixDraft frozen;
            if (!sup::decodeFrozen(s->frozen, frozen)) {
                ImGui::TextColored(palette().bad, "%s", tr(Str::ErrFrozenInvalid));
            } else {
                const sup::FrozenComparison c = sup::compareWithFrozen(frozen, m, v.rows);
                if (c.rows.empty() && c.matrix.empty()) ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, tr(Str::RaciUnchanged));
                hooks::labelLastItem("compare:count", std::to_string(c.rows.size()).c_str());
                ImGui::Indent();
                for (const sup::RowDifference& d : c.rows) {
                    const Str what = d.what == sup::RowDifference::What::Added ? Str::RaciRowAdded : d.what == sup::RowDifference::What::Removed ? Str::RaciRowRemoved : Str::RaciRowChanged;
                    std::string text = std::string(tr(what)) + ": " + d.activity;
                    for (const model::FieldChange& f : d.fields) {
                        const std::string field = f.field.rfind("cell.", 0) == 0 ? f.field.substr(5) : f.field;
                        text += " · " + field + " " + (f.before.empty() ? "—" : f.before) + " → " + (f.after.empty() ? "—" : f.after);
                    }
                    textWrapped(text.c_str(), ImGui::GetContentRegionAvail().x);
                }
                ImGui::Unindent();
            }
        }
        ImGui::PopID();
    }
}

} // namespace

bool signOffDue(App& app, const SuppliersViewState& v, const sup::RaciMatrix& m) {
    if (v.check.agreed == 0) return false;
    const std::vector<const sup::SignOff*> all = signOffsOf(app.workspace(), m.id);
    if (all.empty()) return true;
    sup::MatrixDraft frozen;
    if (!sup::decodeFrozen(all.front()->frozen, frozen)) return true;
    const sup::FrozenComparison c = sup::compareWithFrozen(frozen, m, v.rows);
    return !c.rows.empty() || !c.matrix.empty();
}

void startSignOff(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    v.signing = true;
    v.signOn = localToday(app);
    v.signNote.clear();
    v.participants = {{app.session().author(), "", m.parties.empty() ? "" : m.parties[0].code}};
}

// The form: who took part (name, role, the party they spoke for), the date, a note.
void signOffForm(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    const float em = ImGui::GetFontSize();
    textWrappedDisabled(tr(Str::RaciSignOffHint));
    std::vector<std::string> partyNames;
    for (const sup::Party& p : m.parties) partyNames.push_back(p.code + " · " + p.name);
    for (size_t i = 0; i < v.participants.size(); ++i) {
        sup::Participant& p = v.participants[i];
        ImGui::PushID(static_cast<int>(i));
        inputString("##pname", tr(Str::RaciParticipantName), p.name, em * 10);
        ImGui::SameLine();
        inputString("##prole", tr(Str::RaciParticipantRole), p.role, em * 9);
        ImGui::SameLine();
        int party = 0;
        for (size_t k = 0; k < m.parties.size(); ++k)
            if (m.parties[k].code == p.party) party = static_cast<int>(k);
        if (!partyNames.empty() && choiceCombo("##pparty", party, partyNames, em * 10)) p.party = m.parties[static_cast<size_t>(party)].code;
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(icon::Remove) + "###premove").c_str())) {
            v.participants.erase(v.participants.begin() + static_cast<std::ptrdiff_t>(i));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (ImGui::Button(label(icon::Add, Str::RaciAddParticipant, "addparticipant").c_str()))
        v.participants.push_back({"", "", m.parties.empty() ? "" : m.parties[0].code});
    ImGui::TextUnformatted(tr(Str::RaciSignOffDate));
    ImGui::SameLine();
    inputString("##signon", "YYYY-MM-DD", v.signOn, em * 7);
    inputString("##signnote", tr(Str::RaciSignOffNote), v.signNote, -1);
    if (ImGui::Button(label(icon::CheckOk, Str::RaciSignOffNow, "signoffnow").c_str())) {
        std::vector<sup::Participant> who;
        for (const sup::Participant& p : v.participants)
            if (!model::isBlank(p.name) || !model::isBlank(p.role)) who.push_back(p);
        // Checked here, by the model's rules, before the form closes: an edit made while drawing
        // is applied after the frame, so its refusal would come when the form is gone.
        bool named = !who.empty();
        for (const sup::Participant& p : who) named = named && !model::isBlank(p.name);
        if (!model::isValidDate(v.signOn)) app.reportMessage(i18n::message(fail(ErrorCode::InvalidDate, v.signOn)), true);
        else if (!named) app.reportMessage(tr(Str::ErrSignOffIncomplete), true);
        else if (app.execute(sup::signOff(m.id, v.signOn, who, v.signNote))) {
            v.signing = false;
            app.reportMessage(tr(Str::RaciSignedOffDone), false, true);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(plain(Str::RaciCancel, "cancelsignoff").c_str())) v.signing = false;
}

void signOffPanel(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    signOffList(app, v, m);
    if (v.signing) {
        signOffForm(app, v, m);
        return;
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(label(icon::CheckOk, Str::RaciSignOff, "signoff").c_str())) startSignOff(app, v, m);
    ImGui::EndDisabled();
}

} // namespace kanri::ui
