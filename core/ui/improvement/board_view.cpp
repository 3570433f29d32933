// The PDCA board: a column per phase, every open item a card (overdue first, in red), each
// opening its editor; a PDCA cycle narrows it to its period.
#include "improvement_ui.hpp"

#include "model/commands.hpp"
#include "ui/field_widgets.hpp"
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

i18n::Str whatLabel(imp::CardWhat w) {
    static const Str labels[] = {Str::CardRiskTreatment, Str::CardPlanOpportunity, Str::CardAction,       Str::CardReviewDue,
                                 Str::CardResultDue,     Str::CardRiskReviewDue,   Str::CardNonconformity, Str::CardDecision};
    return labels[static_cast<size_t>(w)];
}

void open(App& app, const imp::Card& c) {
    const std::string id(c.id);
    if (c.kind == imp::Action::kKind) openImprovement(app, 1, id);
    else if (c.kind == imp::Nonconformity::kKind) openImprovement(app, 2, id);
    else if (c.kind == imp::Opportunity::kKind) openImprovement(app, 3, id);
    else openRisk(app, id);
}

// A card: its title on the first line, what is due and when on the second.
void card(App& app, const imp::Card& c, float width) {
    const float em = ImGui::GetFontSize(), pad = ImGui::GetStyle().FramePadding.y;
    ImGui::PushID(c.id.data(), c.id.data() + c.id.size());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable("##card", false, 0, ImVec2(width, ImGui::GetTextLineHeight() * 2 + pad * 3));
    const std::string title = std::string(c.id) + "  " + std::string(c.title);
    hooks::labelLastItem(("card:" + std::string(c.id)).c_str(), title.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 accent = c.overdue ? ImGui::GetColorU32(palette().bad) : palette().accent;
    dl->AddRectFilled(at, ImVec2(at.x + em * 0.2f, at.y + ImGui::GetTextLineHeight() * 2 + pad * 3), accent);
    const float inner = width - em * 0.6f;
    dl->AddText(ImVec2(at.x + em * 0.5f, at.y + pad), ImGui::GetColorU32(ImGuiCol_Text), ellipsize(title, inner).c_str());
    // The date first: what is cut on a narrow column is the label, not when.
    const std::string date(c.date);
    std::string second = date.empty() ? std::string(tr(whatLabel(c.what))) : date + "  ·  " + tr(whatLabel(c.what));
    if (c.overdue) second = std::string(icon::Warning) + " " + tr(Str::ImpOverdue) + "  " + date;
    dl->AddText(ImVec2(at.x + em * 0.5f, at.y + pad * 2 + ImGui::GetTextLineHeight()), ImGui::GetColorU32(c.overdue ? palette().bad : palette().muted),
                ellipsize(second, inner).c_str());
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(title.c_str()).x > inner) ImGui::SetTooltip("%s", title.c_str());
    if (clicked) open(app, c);
    ImGui::PopID();
}

void cycleBar(App& app, ImprovementViewState& v) {
    const float em = ImGui::GetFontSize();
    const auto& cycles = app.workspace().entities<imp::PdcaCycle>().all();
    std::vector<std::string> labels{tr(Str::ImpCycleAll)};
    int index = 0;
    for (size_t i = 0; i < cycles.size(); ++i) {
        labels.push_back(cycles[i].title + "  (" + cycles[i].start + " – " + cycles[i].end + ")");
        if (cycles[i].id == v.cycle) index = static_cast<int>(i + 1);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::ImpCycle));
    ImGui::SameLine();
    if (choiceCombo("##cycle", index, labels, em * 18)) v.cycle = index == 0 ? std::string() : cycles[static_cast<size_t>(index - 1)].id;
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::ImpCycleNew) + "###newcycle").c_str())) {
        // The half-year that starts this month: a start the user then adjusts.
        const std::string today = localToday(app);
        const int y = std::stoi(today.substr(0, 4)), m = std::stoi(today.substr(5, 2));
        const int endM = (m + 5 - 1) % 12 + 1, endY = y + (m + 5 > 12);
        static const char* kLast[] = {"31", "28", "31", "30", "31", "30", "31", "31", "30", "31", "30", "31"};
        char start[16], end[16];
        std::snprintf(start, sizeof start, "%04d-%02d-01", y, m);
        const bool leap = endM == 2 && ((endY % 4 == 0 && endY % 100 != 0) || endY % 400 == 0);
        std::snprintf(end, sizeof end, "%04d-%02d-%s", endY, endM, leap ? "29" : kLast[endM - 1]);
        const std::string id = app.workspace().nextId(imp::PdcaCycle::kKind);
        const std::string title = std::string(start).substr(0, 7) + " – " + std::string(end).substr(0, 7);
        if (app.execute(std::make_unique<model::PutEntity>(std::string(imp::PdcaCycle::kKind), "", model::Fields{{"title", title}, {"start", start}, {"end", end}})))
            v.cycle = id;
    }
    ImGui::EndDisabled();
    if (const imp::PdcaCycle* c = app.workspace().entities<imp::PdcaCycle>().find(v.cycle)) {
        const model::EntityKey key{std::string(imp::PdcaCycle::kKind), c->id};
        ImGui::BeginGroup();
        textOf(app, key, Str::ImpCycleTitle, "title", c->title, false, em * 14);
        ImGui::EndGroup();
        sameLineIfFits(em * 9);
        dateOf(app, key, Str::ImpCycleStart, "start", c->start);
        sameLineIfFits(em * 9);
        dateOf(app, key, Str::ImpCycleEnd, "end", c->end);
    }
}

} // namespace

void drawBoard(App& app, ImprovementViewState& v) {
    const float em = ImGui::GetFontSize();
    cycleBar(app, v);
    refreshImprovement(app, v);
    const Str phases[] = {Str::PhasePlan, Str::PhaseDo, Str::PhaseCheck, Str::PhaseAct};
    const Str hints[] = {Str::PhasePlanHint, Str::PhaseDoHint, Str::PhaseCheckHint, Str::PhaseActHint};
    const float height = std::max(ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y, em * 12);
    if (!ImGui::BeginTable("##board", 4, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame, ImVec2(0, height))) return;
    for (int p = 0; p < 4; ++p) {
        ImGui::TableNextColumn();
        const std::vector<imp::Card>& cards = v.board.phases[static_cast<size_t>(p)];
        const std::string head = std::string(tr(phases[p])) + "  " + std::to_string(cards.size());
        ImGui::PushFont(font(TextStyle::Heading));
        ImGui::TextUnformatted(head.c_str());
        ImGui::PopFont();
        hooks::labelLastItem(("phase:" + std::to_string(p)).c_str(), head.c_str());
        const float width = ImGui::GetContentRegionAvail().x;
        textWrappedDisabled(tr(hints[p]), width);
        ImGui::BeginChild(("##phase" + std::to_string(p)).c_str(), ImVec2(0, 0), false);
        const float cardWidth = ImGui::GetContentRegionAvail().x;
        if (cards.empty()) {
            ImGui::Spacing();
            ImGui::TextDisabled("%s", tr(Str::ImpPhaseEmpty));
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(cards.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) card(app, cards[static_cast<size_t>(i)], cardWidth);
        ImGui::EndChild();
        hooks::labelLastItem(("phasepane:" + std::to_string(p)).c_str(), "");
    }
    ImGui::EndTable();
}

} // namespace kanri::ui
