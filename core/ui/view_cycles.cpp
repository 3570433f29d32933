// Cycles: freeze the current assessment under a name, and compare any two (or one with the
// current state): per-clause score deltas and per-item rating changes, worse ones in red.
#include "model/commands.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

char g_name[128] = "";
std::string g_left, g_right = "current"; // cycle ids, or "current"

// A rating's position for "got worse": N < P < L < F; N/A and unrated are not ranked.
std::optional<double> rank(model::Rating r) { return model::ratingValue(r); }

const ImVec4 kWorse(1.0f, 0.45f, 0.4f, 1), kBetter(0.5f, 0.85f, 0.5f, 1);

bool cyclePicker(App& app, const char* id, std::string& selected) {
    auto labelOf = [&](const std::string& cid) -> std::string {
        if (cid == "current") return tr(Str::CycleCurrent);
        const model::Cycle* c = app.workspace().findCycle(cid);
        return c ? c->name + " (" + c->frozenAt.substr(0, 10) + ")" : std::string("—");
    };
    bool changed = false;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (ImGui::BeginCombo(id, labelOf(selected).c_str())) {
        for (const model::Cycle& c : app.workspace().cycles())
            if (ImGui::Selectable(labelOf(c.id).c_str(), selected == c.id)) selected = c.id, changed = true;
        if (ImGui::Selectable(tr(Str::CycleCurrent), selected == "current")) selected = "current", changed = true;
        ImGui::EndCombo();
    }
    return changed;
}

} // namespace

void drawCycles(App& app) {
    const model::Catalogue& cat = app.catalogue();
    ImGui::TextUnformatted(tr(Str::CycleFreezeTitle));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ImGui::InputTextWithHint("##cyclename", tr(Str::CycleNameHint), g_name, sizeof g_name);
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly() || !g_name[0]);
    if (ImGui::Button(tr(Str::ButtonFreeze))) {
        if (Status s = app.freezeCycle(g_name); s) g_name[0] = 0;
        else app.reportError(s.error());
    }
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    const auto& cycles = app.workspace().cycles();
    if (cycles.empty()) ImGui::TextDisabled("%s", tr(Str::CycleNone));
    for (const model::Cycle& c : cycles) {
        ImGui::PushID(c.id.c_str());
        const model::Scores s = model::computeScores(cat, c);
        ImGui::Text("%s", c.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s  %s %s", c.frozenAt.c_str(), tr(Str::DashReadiness), percent(s.readiness).c_str());
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton(tr(Str::ButtonDelete))) (void)app.execute(std::make_unique<model::DeleteCycle>(c.id));
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    if (g_left.empty() || (g_left != "current" && !app.workspace().findCycle(g_left)))
        g_left = cycles.empty() ? "current" : cycles.back().id;
    if (g_right != "current" && !app.workspace().findCycle(g_right)) g_right = "current";

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Str::CycleCompare));
    cyclePicker(app, "##left", g_left);
    ImGui::SameLine();
    ImGui::TextUnformatted("→");
    ImGui::SameLine();
    cyclePicker(app, "##right", g_right);

    // "current" or a frozen cycle, by reference (nothing is copied per frame).
    static const model::Cycle kNone;
    auto side = [&](const std::string& id) -> std::pair<const model::ItemMap*, const model::DocumentMap*> {
        if (id == "current") return {&app.workspace().items(), &app.workspace().documents()};
        const model::Cycle* c = app.workspace().findCycle(id);
        return {c ? &c->items : &kNone.items, c ? &c->documents : &kNone.documents};
    };
    const auto [leftItemsPtr, leftDocs] = side(g_left);
    const auto [rightItemsPtr, rightDocs] = side(g_right);
    const model::ItemMap& leftItems = *leftItemsPtr;
    const model::ItemMap& rightItems = *rightItemsPtr;
    const model::Scores a = model::computeScores(cat, leftItems, *leftDocs);
    const model::Scores b = model::computeScores(cat, rightItems, *rightDocs);

    if (ImGui::BeginTable("##delta", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1))) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::BeginChild("##clausedelta");
        ImGui::TextDisabled("%s", tr(Str::CycleClauseDelta));
        ImGui::Text("%s: %s → %s", tr(Str::DashReadiness), percent(a.readiness).c_str(), percent(b.readiness).c_str());
        // One row per clause down to the second level; a table clips long titles.
        if (ImGui::BeginTable("##clauses", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
            ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("scores", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 % → 100 %").x);
            ImGui::TableSetupColumn("delta", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("+100").x);
            for (size_t i = 0; i < cat.clauses().size(); ++i) {
                const auto& c = cat.clauses()[i];
                if (c.depth > 1) continue;
                const auto& sa = a.clauses[i].score;
                const auto& sb = b.clauses[i].score;
                std::string delta;
                ImVec4 color = ImGui::GetStyleColorVec4(ImGuiCol_Text);
                if (sa && sb) {
                    const int d = static_cast<int>(std::lround((*sb - *sa) * 100));
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "%+d", d);
                    delta = buf;
                    if (d < 0) color = kWorse;
                    if (d > 0) color = kBetter;
                }
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::Text("%s%s %s", c.depth ? "   " : "", c.id.c_str(), clauseTitle(c));
                ImGui::TableSetColumnIndex(1);
                ImGui::TextColored(color, "%s → %s", percent(sa).c_str(), percent(sb).c_str());
                ImGui::TableSetColumnIndex(2);
                ImGui::TextColored(color, "%s", delta.c_str());
            }
            ImGui::EndTable();
        }
        ImGui::EndChild();
        ImGui::TableSetColumnIndex(1);
        ImGui::BeginChild("##itemdelta");
        ImGui::TextDisabled("%s", tr(Str::CycleItemChanges));
        int changes = 0;
        for (const model::Item& item : cat.items()) {
            auto ra = leftItems.count(item.id) ? leftItems.at(item.id).rating : model::Rating::Unrated;
            auto rb = rightItems.count(item.id) ? rightItems.at(item.id).rating : model::Rating::Unrated;
            if (ra == rb) continue;
            ++changes;
            const bool worse = rank(ra) && (!rank(rb) ? rb == model::Rating::Unrated : *rank(rb) < *rank(ra));
            const bool better = rank(rb) && (!rank(ra) || *rank(rb) > *rank(ra));
            ImGui::PushStyleColor(ImGuiCol_Text, worse ? kWorse : better ? kBetter : ImGui::GetStyleColorVec4(ImGuiCol_Text));
            const std::string ca(model::ratingCode(ra)), cb(model::ratingCode(rb));
            ImGui::Text("%s  %s → %s  %s", item.id.c_str(), ca.empty() ? "·" : ca.c_str(), cb.empty() ? "·" : cb.c_str(), itemTitle(item));
            ImGui::PopStyleColor();
        }
        if (!changes) ImGui::TextDisabled("%s", tr(Str::CycleNoChanges));
        ImGui::EndChild();
        ImGui::EndTable();
    }
}

} // namespace kanri::ui
