// The supplier register: the table of suppliers (what needs attention counted per row) and a
// supplier's detail: who they are, the contract and its dates, the supplier's targets beside
// the customer SLA targets they support (a weaker one flagged), the assurance evidence with
// its expiry (lapsed or soon flagged), the exit terms and the risks linked to it.
#include "suppliers_ui.hpp"

#include "model/commands.hpp"
#include "model/suppliers/commands.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace sup = model::suppliers;

namespace {

std::string kindText(sup::SupplierKind k) {
    static const Str labels[] = {Str::SupKindExternal, Str::SupKindInternal, Str::SupKindCustomer, Str::SupKindThirdParty};
    return tr(labels[static_cast<size_t>(k)]);
}
std::string modelText(sup::SupplyModel m) {
    static const char* fixed[] = {"IaaS", "PaaS", "SaaS"};
    if (static_cast<int>(m) < 3) return fixed[static_cast<int>(m)];
    return tr(m == sup::SupplyModel::Managed ? Str::SupModelManaged : Str::SupModelOther);
}
std::string assuranceText(sup::AssuranceKind k) {
    static const char* fixed[] = {"ISO/IEC 27001", "ISO/IEC 20000-1", "SOC 2", "ISMAP", "CSA CCM / CAIQ"};
    if (k == sup::AssuranceKind::Other) return tr(Str::SupModelOther);
    return fixed[static_cast<int>(k)];
}

// A change of a supplier made on its decoded value (a target or an evidence added or removed).
Status patchSupplier(App& app, const std::string& id, std::function<void(sup::Supplier&)> change) {
    return app.execute(std::make_unique<model::PutEntity>(std::string(sup::Supplier::kKind), id,
                                                          [change = std::move(change)](const model::Workspace&, model::Fields& f) -> Status {
        sup::Supplier s;
        if (auto st = fromFields(f, s); !st) return st;
        change(s);
        f = fieldsOf(s);
        return ok();
    }));
}
Status patch(App& app, const std::string& id, model::Fields f, int session = 0) {
    return app.execute(model::patchFields(std::string(sup::Supplier::kKind), id, std::move(f), session));
}

void textField(App& app, const sup::Supplier& s, Str title, const char* field, const std::string& value, bool multiline, float width = 0) {
    ImGui::TextDisabled("%s", tr(title));
    ImGui::SetNextItemWidth(width > 0 ? width : -1);
    editText(app, (std::string("##") + field).c_str(), "supplier:" + s.id + ":" + field, value, multiline, multiline ? ImGui::GetFontSize() * 3 : 0,
             [&app, id = s.id, f = std::string(field)](const std::string& text, int session) { return patch(app, id, {{f, text}}, session); });
}

template <typename E, size_t N>
void choice(App& app, const sup::Supplier& s, Str title, const char* field, E value, const std::array<std::string_view, N>& codes, std::string (*labelOf)(E)) {
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(title));
    std::vector<std::string> labels;
    for (size_t i = 0; i < N; ++i) labels.push_back(labelOf(static_cast<E>(i)));
    int index = static_cast<int>(value);
    ImGui::BeginDisabled(app.readOnly());
    if (choiceCombo((std::string("##") + field).c_str(), index, labels, ImGui::GetFontSize() * 14))
        (void)patch(app, s.id, {{field, std::string(codes[static_cast<size_t>(index)])}});
    ImGui::EndDisabled();
    ImGui::EndGroup();
}

void dateOf(App& app, const sup::Supplier& s, Str title, const char* field, const std::string& value) {
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(title));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    dateField(app, (std::string("##") + field).c_str(), "supplier:" + s.id + ":" + field, value,
              [&app, id = s.id, f = std::string(field)](const std::string& text, int session) { return patch(app, id, {{f, text}}, session); });
    ImGui::EndGroup();
}

void flagsLine(const sup::SupplierFlags& f) {
    const Palette& pal = palette();
    auto flag = [&](bool on, Str text, int n, bool bad) {
        if (!on) return;
        ImGui::TextColored(bad ? pal.bad : pal.warn, "%s %s", icon::Warning, i18n::fill(text, {{"count", std::to_string(n)}}).c_str());
    };
    flag(f.assuranceLapsed > 0, Str::SupFlagLapsed, f.assuranceLapsed, true);
    flag(f.assuranceExpiring > 0, Str::SupFlagExpiring, f.assuranceExpiring, false);
    flag(f.misalignedTargets > 0, Str::SupFlagMisaligned, f.misalignedTargets, true);
    flag(f.contractEnded, Str::SupFlagContractEnded, 0, true);
    flag(f.contractEnding, Str::SupFlagContractEnding, 0, false);
    flag(f.reviewOverdue, Str::SupFlagReviewOverdue, 0, true);
    flag(f.noAssurance, Str::SupFlagNoAssurance, 0, false);
}

void targets(App& app, const sup::Supplier& s) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::SupTargets));
    textWrappedDisabled(tr(Str::SupTargetsHint));
    for (size_t i = 0; i < s.targets.size(); ++i) {
        const sup::Target& t = s.targets[i];
        const std::string p = "target." + std::to_string(i + 1);
        ImGui::PushID(static_cast<int>(i));
        auto cell = [&](const char* f, const std::string& value, float w, const char* hint) {
            ImGui::SetNextItemWidth(w);
            editText(app, (std::string("##") + f).c_str(), "supplier:" + s.id + ":" + p + "." + f, value, false, 0,
                     [&app, id = s.id, name = p + "." + f](const std::string& text, int session) { return patch(app, id, {{name, text}}, session); }, hint);
            ImGui::SameLine();
        };
        cell("measure", t.measure, em * 9, tr(Str::SupTargetMeasure));
        cell("supplier", t.supplier, em * 5, tr(Str::SupTargetSupplier));
        cell("customer", t.customer, em * 5, tr(Str::SupTargetCustomer));
        cell("unit", t.unit, em * 3, tr(Str::SupTargetUnit));
        std::vector<std::string> better = {tr(Str::SupHigherBetter), tr(Str::SupLowerBetter)};
        int b = static_cast<int>(t.better);
        ImGui::BeginDisabled(app.readOnly());
        if (choiceCombo("##better", b, better, em * 8)) (void)patch(app, s.id, {{p + ".better", std::string(sup::kBetterCodes[static_cast<size_t>(b)])}});
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(icon::Remove) + "###removetarget").c_str()))
            (void)patchSupplier(app, s.id, [i](sup::Supplier& x) { x.targets.erase(x.targets.begin() + static_cast<std::ptrdiff_t>(i)); });
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::SupRemoveTarget));
        if (sup::misaligned(t)) {
            ImGui::TextColored(palette().bad, "%s %s", icon::Warning, tr(Str::SupTargetWeaker));
            hooks::labelLastItem(("misaligned:" + std::to_string(i + 1)).c_str(), "yes");
        }
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::SupAddTarget) + "###addtarget").c_str()))
        (void)patchSupplier(app, s.id, [](sup::Supplier& x) { x.targets.push_back({tr(Str::SupNewTarget), "", "", "%", sup::Better::Higher}); });
    ImGui::EndDisabled();
}

void assurance(App& app, const sup::Supplier& s, const std::string& today) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::SupAssurance));
    for (size_t i = 0; i < s.assurance.size(); ++i) {
        const sup::Assurance& a = s.assurance[i];
        const std::string p = "assurance." + std::to_string(i + 1);
        ImGui::PushID(static_cast<int>(i));
        std::vector<std::string> kinds;
        for (size_t k = 0; k < sup::kAssuranceKindCodes.size(); ++k) kinds.push_back(assuranceText(static_cast<sup::AssuranceKind>(k)));
        int kind = static_cast<int>(a.kind);
        ImGui::BeginDisabled(app.readOnly());
        if (choiceCombo("##akind", kind, kinds, em * 10)) (void)patch(app, s.id, {{p + ".kind", std::string(sup::kAssuranceKindCodes[static_cast<size_t>(kind)])}});
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 11);
        editText(app, "##aref", "supplier:" + s.id + ":" + p + ".reference", a.reference, false, 0,
                 [&app, id = s.id, name = p + ".reference"](const std::string& text, int session) { return patch(app, id, {{name, text}}, session); },
                 tr(Str::SupAssuranceReference));
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Str::SupExpires));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 7);
        dateField(app, "##aexpires", "supplier:" + s.id + ":" + p + ".expires", a.expires,
                  [&app, id = s.id, name = p + ".expires"](const std::string& text, int session) { return patch(app, id, {{name, text}}, session); });
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton((std::string(icon::Remove) + "###removeassurance").c_str()))
            (void)patchSupplier(app, s.id, [i](sup::Supplier& x) { x.assurance.erase(x.assurance.begin() + static_cast<std::ptrdiff_t>(i)); });
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::SupRemoveEvidence));
        if (!a.expires.empty() && a.expires < today) {
            ImGui::SameLine();
            ImGui::TextColored(palette().bad, "%s %s", icon::Warning, tr(Str::SupLapsed));
            hooks::labelLastItem(("lapsed:" + std::to_string(i + 1)).c_str(), "yes");
        } else if (!a.expires.empty() && a.expires < sup::addDays(today, 60)) {
            ImGui::SameLine();
            ImGui::TextColored(palette().warn, "%s %s", icon::Warning, tr(Str::SupExpiring));
        }
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::SupAddAssurance) + "###addassurance").c_str()))
        (void)patchSupplier(app, s.id, [](sup::Supplier& x) { x.assurance.push_back({sup::AssuranceKind::Iso27001, "", ""}); });
    ImGui::EndDisabled();
}

// A third party: the supplier it is reached through, chosen from the register.
void viaField(App& app, const sup::Supplier& s) {
    ImGui::TextDisabled("%s", tr(Str::SupVia));
    std::vector<std::string> names{tr(Str::SupViaNone)};
    std::vector<std::string> ids{""};
    int chosen = 0;
    for (const sup::Supplier& other : app.workspace().entities<sup::Supplier>().all()) {
        if (other.id == s.id) continue;
        if (other.id == s.via) chosen = static_cast<int>(ids.size());
        names.push_back(other.id + " · " + other.name);
        ids.push_back(other.id);
    }
    ImGui::BeginDisabled(app.readOnly());
    if (choiceCombo("##via", chosen, names, ImGui::GetFontSize() * 16)) (void)app.execute(sup::setSupplierVia(s.id, ids[static_cast<size_t>(chosen)]));
    ImGui::EndDisabled();
    if (s.via.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        textWrapped(tr(Str::SupViaMissing));
        ImGui::PopStyleColor();
    }
}

void supplierDetail(App& app, SuppliersViewState& v, const sup::Supplier& s) {
    const float em = ImGui::GetFontSize();
    const std::string today = localToday(app);
    detailFrame(app, {std::string(sup::Supplier::kKind), s.id}, s.name.c_str(), [&] {
        flagsLine(sup::flagsOf(s, today));
        textField(app, s, Str::SupName, "name", s.name, false);
        choice(app, s, Str::SupKind, "kind", s.kind, sup::kSupplierKindCodes, kindText);
        ImGui::SameLine(0, em);
        choice(app, s, Str::SupServiceModel, "service_model", s.model, sup::kSupplyModelCodes, modelText);
        if (s.kind == sup::SupplierKind::ThirdParty) viaField(app, s);
        textField(app, s, Str::SupServices, "services", s.services, true);
        textField(app, s, Str::SupContractRef, "contract_ref", s.contractRef, false, em * 14);
        dateOf(app, s, Str::SupContractStart, "contract_start", s.contractStart);
        ImGui::SameLine(0, em);
        dateOf(app, s, Str::SupContractEnd, "contract_end", s.contractEnd);
        ImGui::SameLine(0, em);
        dateOf(app, s, Str::SupReviewOn, "review_on", s.reviewOn);
        textField(app, s, Str::SupOwner, "owner", s.owner, false, em * 14);
        targets(app, s);
        assurance(app, s, today);
        supplierReviews(app, s);
        sectionHeader(tr(Str::SupExit));
        textField(app, s, Str::SupExitTerms, "exit_terms", s.exitTerms, true);
        textField(app, s, Str::SupNotes, "notes", s.notes, true);
        sectionHeader(tr(Str::SupRisks));
        linkPicker(app, {std::string(sup::Supplier::kKind), s.id}, "supplier.risk", v.riskPicker);
    });
}

std::string flagsText(const sup::Supplier& s, const std::string& today) {
    const int n = sup::flagsOf(s, today).count();
    return n == 0 ? std::string() : i18n::fill(Str::SupAttention, {{"count", std::to_string(n)}});
}

} // namespace

void supplierRegister(App& app, SuppliersViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<sup::Supplier>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::SupNew) + "###newsupplier").c_str())) {
        const std::string id = app.workspace().nextId(sup::Supplier::kKind);
        if (app.execute(sup::createSupplier({{"name", tr(Str::SupNewName)}}))) openSupplier(app, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::SupEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const std::string today = localToday(app);
    const TableColumn columns[] = {
        {Str::SupColId, "id", 5},
        {Str::SupName, "name", -3},
        {Str::SupKind, "kind", 9, [&all](size_t i) { return kindText(all[i].kind); }},
        {Str::SupServiceModel, "service_model", 8, [&all](size_t i) { return modelText(all[i].model); }},
        {Str::SupContractEnd, "contract_end", 7},
        {Str::SupColAttention, "attention", 7, [&all, today](size_t i) { return flagsText(all[i], today); }},
    };
    const bool wide = ImGui::GetContentRegionAvail().x > em * 60;
    const sup::Supplier* selected = ws.entities<sup::Supplier>().find(v.suppliers.selected);
    if (!wide && v.supplierDetailOnly && selected) {
        if (ImGui::Button((std::string(icon::Collapse) + "  " + tr(Str::RiskBack) + "###supplierback").c_str())) {
            v.supplierDetailOnly = false;
            v.suppliers.focusRequested = true;
        }
        ImGui::BeginChild("##supplierdetail", ImVec2(0, 0), false);
        supplierDetail(app, v, *selected);
        ImGui::EndChild();
        hooks::labelLastItem("supplierdetail", ""); // the pane, for tests that scroll over it
        return;
    }
    const float height = std::max(ImGui::GetContentRegionAvail().y, em * 14);
    if (wide) {
        ImGui::BeginChild("##supplierpane", ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, height), false);
        entityTable(app, "suppliers", sup::Supplier::kKind, columns, v.suppliers, -1);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##supplierdetail", ImVec2(0, height), true);
        if (selected) supplierDetail(app, v, *selected);
        else textWrappedDisabled(tr(Str::SupSelectHint));
        ImGui::EndChild();
        hooks::labelLastItem("supplierdetail", "");
    } else if (auto opened = entityTable(app, "suppliers", sup::Supplier::kKind, columns, v.suppliers, height, nullptr, true)) {
        v.suppliers.selected = *opened;
        v.supplierDetailOnly = true;
    }
}

} // namespace kanri::ui
