// The Suppliers area: the responsibility matrices (toolbar, the matrix's title and scope, the
// grid with the cursor's row, problems, parties and sign-offs beside or below it) and the
// supplier register; workshop mode takes the whole window.
#include "suppliers_ui.hpp"

#include "model/commands.hpp"
#include "model/suppliers/review.hpp"
#include "model/text.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <set>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace sup = model::suppliers;

namespace {

// The clause group a row is filtered by: its first clause, to the level a workshop discusses —
// the process groups of clause 8 ("8.5.1/8.7.3.2" → "8.5"), the top level elsewhere ("9.1" → "9").
std::string clauseGroup(const std::string& group) {
    const std::string first = group.substr(0, group.find_first_of("/, "));
    const size_t dot = first.find('.');
    if (first.substr(0, dot) != "8" || dot == std::string::npos) return first.substr(0, dot);
    return first.substr(0, first.find('.', dot + 1));
}

void refreshVisible(SuppliersViewState& v) {
    const std::string key = std::to_string(v.cacheAt) + "|" + v.cacheMatrix + "|" + v.groupFilter + "|" + (v.problemsOnly ? "p" : "");
    if (key == v.visibleKey) return;
    v.visibleKey = key;
    v.visible.clear();
    for (size_t i = 0; i < v.rows.size(); ++i) {
        if (!v.groupFilter.empty() && clauseGroup(v.rows[i]->group) != v.groupFilter) continue;
        if (v.problemsOnly && v.worst[i] == 0) continue;
        v.visible.push_back(i);
    }
}

void matrixFields(App& app, const sup::RaciMatrix& m) {
    const float em = ImGui::GetFontSize();
    auto field = [&](Str title, const char* name, const std::string& value, float width) {
        ImGui::BeginGroup();
        ImGui::TextDisabled("%s", tr(title));
        ImGui::SetNextItemWidth(width);
        editText(app, (std::string("##m") + name).c_str(), "raci:" + m.id + ":" + name, value, false, 0,
                 [&app, id = m.id, f = std::string(name)](const std::string& text, int session) {
                     return app.execute(model::patchFields(std::string(sup::RaciMatrix::kKind), id, {{f, text}}, session));
                 });
        ImGui::EndGroup();
    };
    const float w = std::max(em * 8, std::min(em * 20, (ImGui::GetContentRegionAvail().x - em * 11) / 2 - em));
    field(Str::RaciTitle, "title", m.title, w);
    ImGui::SameLine(0, em);
    field(Str::RaciScope, "scope", m.scope, w);
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(Str::RaciServiceModel));
    std::vector<std::string> models = {"IaaS", "PaaS", "SaaS", tr(Str::RaciHybrid), tr(Str::RaciOnPremises)};
    int index = static_cast<int>(m.serviceModel);
    ImGui::BeginDisabled(app.readOnly());
    if (choiceCombo("##servicemodel", index, models, em * 8))
        (void)app.execute(model::patchFields(std::string(sup::RaciMatrix::kKind), m.id,
                                             {{"service_model", std::string(sup::kServiceModelCodes[static_cast<size_t>(index)])}}));
    ImGui::EndDisabled();
    ImGui::EndGroup();
}

// The panels beside or below the grid.
void panels(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    if (v.rowShown != v.cursorRow) ImGui::SetScrollY(0); // another row starts at its top
    v.rowShown = v.cursorRow;
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader((std::string(tr(Str::RaciRowSection)) + "###rowsection").c_str())) rowPanel(app, v, m);
    ImGui::SetNextItemOpen(v.check.errors > 0, ImGuiCond_Once);
    const std::string problems = i18n::fill(Str::RaciProblemsSection, {{"count", std::to_string(v.check.problems.size())}}) + "###problems";
    if (ImGui::CollapsingHeader(problems.c_str())) problemsPanel(app, v, m);
    if (ImGui::CollapsingHeader((std::string(tr(Str::RaciPartiesSection)) + "###parties").c_str())) {
        matrixFields(app, m);
        ImGui::Spacing();
        partiesPanel(app, v, m);
    }
    if (ImGui::CollapsingHeader((std::string(tr(Str::RaciSignOffSection)) + "###signoffs").c_str())) signOffPanel(app, v, m);
}

void matricesTab(App& app, SuppliersViewState& v) {
    const sup::RaciMatrix* m = currentMatrix(app, v);
    matrixToolbar(app, v, m);
    m = currentMatrix(app, v); // the toolbar may have made or removed one
    if (!m) {
        ImGui::Spacing();
        textWrappedDisabled(tr(Str::RaciEmpty), std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 44));
        return;
    }
    const float em = ImGui::GetFontSize();
    matrixSummary(app, v, *m);
    const bool wide = ImGui::GetContentRegionAvail().x > em * 72;
    if (wide) {
        const float height = std::max(ImGui::GetContentRegionAvail().y, em * 16);
        ImGui::BeginChild("##gridpane", ImVec2(ImGui::GetContentRegionAvail().x * 0.62f, height), false);
        matrixGrid(app, v, *m, height);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##rowpane", ImVec2(0, height), true);
        panels(app, v, *m);
        ImGui::EndChild();
        hooks::labelLastItem("raci:panels", "");
    } else {
        // The grid above, the panels below in a pane of their own (the page does not scroll).
        const float avail = std::max(ImGui::GetContentRegionAvail().y, em * 16);
        const float gridHeight = std::clamp(avail * 0.55f, em * 7, em * 30);
        matrixGrid(app, v, *m, gridHeight);
        ImGui::BeginChild("##rowpane", ImVec2(0, std::max(avail - gridHeight - ImGui::GetStyle().ItemSpacing.y, em * 8)), true);
        panels(app, v, *m);
        ImGui::EndChild();
        hooks::labelLastItem("raci:panels", "");
    }
}

void openMatrixEntry(App& app, const std::string& id) { openMatrix(app, id); }
void openRowEntry(App& app, const std::string& id) { openMatrix(app, sup::matrixOfRow(app.workspace(), id), id); }
void openSignOffEntry(App& app, const std::string& id) {
    for (const model::Link& l : app.workspace().linksFrom({std::string(sup::SignOff::kKind), id}))
        if (l.relation == sup::kSignOffMatrix) openMatrix(app, l.to.id);
}
void openTemplateEntry(App& app, const std::string&) { openMatrix(app, {}); }
void openSupplierEntry(App& app, const std::string& id) { openSupplier(app, id); }
void openReviewEntry(App& app, const std::string& id) { openSupplier(app, sup::supplierOfReview(app.workspace(), id)); }

const KindEntry kSupplierKinds[] = {
    {sup::Supplier::kKind, Str::KindSupplier, openSupplierEntry},
    {sup::RaciMatrix::kKind, Str::KindRaciMatrix, openMatrixEntry},
    {sup::RaciRow::kKind, Str::KindRaciRow, openRowEntry},
    {sup::SignOff::kKind, Str::KindSignOff, openSignOffEntry},
    {sup::SavedTemplate::kKind, Str::KindRaciTemplate, openTemplateEntry},
    {sup::SupplierReview::kKind, Str::KindSupplierReview, openReviewEntry},
};

} // namespace

std::span<const KindEntry> supplierKinds() { return kSupplierKinds; }

int cursorIndex(const SuppliersViewState& v) {
    for (size_t i = 0; i < v.rows.size(); ++i)
        if (v.rows[i]->id == v.cursorRow) return static_cast<int>(i);
    return -1;
}

void refreshMatrixCache(App& app, SuppliersViewState& v, const sup::RaciMatrix& m) {
    if (v.cacheAt != app.changeCount() || v.cacheMatrix != m.id) {
        v.cacheAt = app.changeCount();
        v.cacheMatrix = m.id;
        v.rows = sup::rowsOf(app.workspace(), m.id);
        v.check = sup::checkMatrix(app.workspace(), m, v.rows);
        std::map<std::string, int, std::less<>> worst;
        for (const sup::Problem& p : v.check.problems) {
            if (p.row.empty()) continue;
            const int w = p.severity == sup::Severity::Error ? 3 : p.severity == sup::Severity::Warning ? 2 : 1;
            int& at = worst[p.row];
            at = std::max(at, w);
        }
        v.worst.assign(v.rows.size(), 0);
        std::set<std::string> groups;
        for (size_t i = 0; i < v.rows.size(); ++i) {
            if (auto it = worst.find(v.rows[i]->id); it != worst.end()) v.worst[i] = it->second;
            if (!v.rows[i]->group.empty()) groups.insert(clauseGroup(v.rows[i]->group));
        }
        v.groups.assign(groups.begin(), groups.end());
        std::sort(v.groups.begin(), v.groups.end(), [](const std::string& a, const std::string& b) { return text::naturalLess(a, b); });
    }
    refreshVisible(v);
    // The cursor stays on a row that is shown (a filter may have hidden it): the first one.
    const bool shown = std::any_of(v.visible.begin(), v.visible.end(), [&](size_t i) { return v.rows[i]->id == v.cursorRow; });
    if (!shown && !v.visible.empty()) v.cursorRow = v.rows[v.visible.front()]->id;
    v.cursorParty = std::clamp(v.cursorParty, 0, std::max(0, static_cast<int>(m.parties.size()) - 1));
}

const sup::RaciMatrix* currentMatrix(App& app, SuppliersViewState& v) {
    const auto& all = app.workspace().entities<sup::RaciMatrix>();
    const sup::RaciMatrix* m = all.find(v.matrix);
    // Not there (yet: a matrix made this frame is there after it; or no more): the first one is
    // shown, and v.matrix still names the one asked for.
    if (!m && !all.all().empty()) m = &all.all().front();
    if (m) refreshMatrixCache(app, v, *m);
    return m;
}

void openMatrix(App& app, const std::string& matrixId, const std::string& rowId) {
    SuppliersViewState& v = app.views().of<SuppliersViewState>();
    app.area = kSuppliersArea;
    v.tab = 0;
    v.tabRequested = true;
    if (!matrixId.empty()) v.matrix = matrixId;
    if (!rowId.empty()) {
        v.cursorRow = rowId;
        v.groupFilter.clear();
        v.problemsOnly = false;
        v.scrollToCursor = true;
    }
    v.gridFocusRequested = true;
}

void openSupplier(App& app, const std::string& id) {
    SuppliersViewState& v = app.views().of<SuppliersViewState>();
    app.area = kSuppliersArea;
    v.tab = 1;
    v.tabRequested = true;
    v.suppliers.selected = id;
    v.supplierDetailOnly = true;
}

void drawSuppliers(App& app) {
    SuppliersViewState& v = app.views().of<SuppliersViewState>();
    if (v.workshop) {
        drawWorkshop(app);
        return;
    }
    pageTitle(tr(Str::NavSuppliers));
    if (!ImGui::BeginTabBar("##suppliertabs")) return;
    const Str labels[] = {Str::RaciTabMatrices, Str::SupTabRegister};
    const int requested = v.tab;
    for (int t = 0; t < 2; ++t) {
        const std::string name = "stab" + std::to_string(t);
        const bool open = ImGui::BeginTabItem((std::string(tr(labels[t])) + "###" + name).c_str(), nullptr,
                                              requested == t && v.tabRequested ? ImGuiTabItemFlags_SetSelected : 0);
        hooks::labelLastItem(name.c_str(), tr(labels[t]));
        if (open) {
            if (!v.tabRequested) v.tab = t;
            ImGui::Spacing();
            if (t == 0) matricesTab(app, v);
            else supplierRegister(app, v);
            ImGui::EndTabItem();
        }
    }
    v.tabRequested = false;
    ImGui::EndTabBar();
}

void drawSuppliersDashboardCard(App& app) {
    SuppliersViewState& v = app.views().of<SuppliersViewState>();
    beginCard("##suppliercard");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::SupDashTitle));
    ImGui::PopFont();
    const model::Workspace& ws = app.workspace();
    const std::string today = localToday(app);
    int lapsed = 0, misaligned = 0, contracts = 0;
    for (const sup::Supplier& s : ws.entities<sup::Supplier>().all()) {
        const sup::SupplierFlags f = sup::flagsOf(s, today);
        lapsed += f.assuranceLapsed;
        misaligned += f.misalignedTargets;
        contracts += f.contractEnded || f.reviewOverdue;
    }
    const sup::RaciMatrix* m = currentMatrix(app, v);
    if (!m && ws.entities<sup::Supplier>().all().empty()) {
        textWrappedDisabled(tr(Str::SupDashNone));
    } else {
        auto line = [](const std::string& t, bool bad, const char* name, int n) {
            if (bad) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, t.c_str());
            else ImGui::TextDisabled("%s", t.c_str());
            hooks::labelLastItem(name, std::to_string(n).c_str());
        };
        if (m) {
            ImGui::TextUnformatted(m->title.c_str());
            ImGui::TextDisabled("%s", i18n::fill(Str::RaciProgress, {{"agreed", std::to_string(v.check.agreed)}, {"rows", std::to_string(v.rows.size())}}).c_str());
            line(i18n::fill(Str::SupDashErrors, {{"count", std::to_string(v.check.errors)}}), v.check.errors > 0, "dash:raci_errors", v.check.errors);
        }
        line(i18n::fill(Str::SupDashLapsed, {{"count", std::to_string(lapsed)}}), lapsed > 0, "dash:assurance_lapsed", lapsed);
        line(i18n::fill(Str::SupDashMisaligned, {{"count", std::to_string(misaligned)}}), misaligned > 0, "dash:misaligned", misaligned);
        line(i18n::fill(Str::SupDashContracts, {{"count", std::to_string(contracts)}}), contracts > 0, "dash:contracts", contracts);
    }
    if (ImGui::Button((std::string(icon::Suppliers) + "  " + tr(Str::SupDashOpen) + "###opensuppliers").c_str())) {
        app.area = kSuppliersArea;
        v.tabRequested = true;
        v.tab = m ? 0 : 1;
    }
    endCard();
}

i18n::Str ownershipLabel(sup::Ownership o) {
    switch (o) {
    case sup::Ownership::CspOwned: return Str::RaciOwnCsp;
    case sup::Ownership::CscOwned: return Str::RaciOwnCsc;
    case sup::Ownership::ThirdPartyOutsourced: return Str::RaciOwnThirdParty;
    case sup::Ownership::SharedCspCsc: return Str::RaciOwnSharedCsc;
    case sup::Ownership::SharedCspThirdParty: return Str::RaciOwnSharedThirdParty;
    case sup::Ownership::NotApplicable: return Str::RaciOwnNa;
    case sup::Ownership::None: break;
    }
    return Str::RaciOwnNone;
}

i18n::Str ruleLabel(sup::Rule r) {
    switch (r) {
    case sup::Rule::OneAccountable: return Str::RaciRuleOneAccountable;
    case sup::Rule::OneResponsible: return Str::RaciRuleOneResponsible;
    case sup::Rule::ConsultedInformed: return Str::RaciRuleConsultedInformed;
    case sup::Rule::NaNeedsReason: return Str::RaciRuleNaNeedsReason;
    case sup::Rule::OrgWithoutLetter: return Str::RaciRuleOrgWithoutLetter;
    case sup::Rule::NoContract: return Str::RaciRuleNoContract;
    case sup::Rule::UnusedParty: return Str::RaciRuleUnusedParty;
    case sup::Rule::Concentration: return Str::RaciRuleConcentration;
    case sup::Rule::UnknownGroup: return Str::RaciRuleUnknownGroup;
    case sup::Rule::UnknownCcm: return Str::RaciRuleUnknownCcm;
    case sup::Rule::CustomerResponsible: return Str::RaciRuleCustomerResponsible;
    case sup::Rule::UnknownParty: return Str::RaciRuleUnknownParty;
    case sup::Rule::SmsNotOperated: return Str::RaciRuleSmsNotOperated;
    }
    return Str::RaciRuleOneAccountable;
}

i18n::Str partyKindLabel(sup::PartyKind k) {
    switch (k) {
    case sup::PartyKind::Organization: return Str::RaciKindOrganization;
    case sup::PartyKind::Supplier: return Str::RaciKindSupplier;
    case sup::PartyKind::Customer: return Str::RaciKindCustomer;
    case sup::PartyKind::ThirdParty: return Str::RaciKindThirdParty;
    }
    return Str::RaciKindSupplier;
}

} // namespace kanri::ui
