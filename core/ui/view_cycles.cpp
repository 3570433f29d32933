// Cycles: freeze the current assessment under a name, and compare any two (or one with the
// current state): per-clause score deltas in percentage points and per-item rating changes
// (worse in red, better in green, first ratings as "new").
#include "model/commands.hpp"
#include "ui/icons.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

std::string cycleLabel(App& app, const std::string& id) {
    if (id == "current") return tr(Str::CycleCurrent);
    const model::Cycle* c = app.workspace().findCycle(id);
    return c ? c->name + " (" + localTime(app, c->frozenAt) + ")" : std::string("—");
}

void cyclePicker(App& app, const char* id, std::string& selected, bool* chosen) {
    const float width = ImGui::GetFontSize() * 16;
    ImGui::SetNextItemWidth(width);
    // The closed combo shows its choice whole or ending in "…" (ImGui would cut it mid-glyph).
    const float room = width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
    const std::string preview = ellipsize(cycleLabel(app, selected), room);
    if (!ImGui::BeginCombo(id, preview.c_str())) return;
    for (const model::Cycle& c : app.workspace().cycles())
        if (ImGui::Selectable(cycleLabel(app, c.id).c_str(), selected == c.id)) {
            selected = c.id;
            if (chosen) *chosen = true;
        }
    if (ImGui::Selectable(tr(Str::CycleCurrent), selected == "current")) {
        selected = "current";
        if (chosen) *chosen = true;
    }
    ImGui::EndCombo();
}

void drawFreeze(App& app, CyclesViewState& v) {
    sectionHeader(tr(Str::CycleFreezeTitle));
    const bool enter = inputString("##cyclename", tr(Str::CycleNameHint), v.name, ImGui::GetFontSize() * 14,
                                   ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool blank = v.name.find_first_not_of(" \t") == std::string::npos;
    ImGui::BeginDisabled(app.readOnly() || blank);
    const std::string label = std::string(icon::Freeze) + " " + tr(Str::ButtonFreeze);
    if ((ImGui::Button(label.c_str()) || enter) && !blank) {
        (void)app.execute(std::make_unique<model::FreezeCycle>(v.name));
        v.name.clear();
        v.leftChosen = false; // compare the new cycle with the current state
        v.right = "current";
    }
    ImGui::EndDisabled();
}

// A frozen cycle's scores, computed once per change of the data.
const model::Scores& cycleScores(App& app, const model::Cycle& c) {
    CyclesViewState& v = app.views().cycles;
    if (v.scoresAt != app.changeCount()) {
        v.scores.clear();
        v.scoresAt = app.changeCount();
    }
    auto it = v.scores.find(c.id);
    if (it == v.scores.end()) it = v.scores.emplace(c.id, model::computeScores(app.catalogue(), c)).first;
    return it->second;
}

void drawCycleList(App& app) {
    sectionHeader(tr(Str::CycleList));
    const auto& cycles = app.workspace().cycles();
    if (cycles.empty()) {
        textWrappedDisabled(tr(Str::CycleNone));
        return;
    }
    if (!ImGui::BeginTable("##cycles", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("when", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("delete", ImGuiTableColumnFlags_WidthFixed);
    // The Delete button only asks (a dialog): the list is never changed while it is iterated.
    for (const model::Cycle& c : cycles) {
        ImGui::PushID(c.id.c_str());
        const model::Scores& s = cycleScores(app, c);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        textEllipsis(c.name.c_str());
        ImGui::TableSetColumnIndex(1);
        timeText(app, c.frozenAt);
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%s %s", tr(Str::DashReadiness), percent(s.readiness).c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::BeginDisabled(app.readOnly());
        const std::string del = std::string(icon::Delete) + " " + tr(Str::ButtonDelete);
        if (ImGui::SmallButton(del.c_str())) {
            Modal m;
            m.kind = Modal::Kind::ConfirmDeleteCycle;
            m.id = c.id;
            m.name = c.name;
            app.openModal(std::move(m));
        }
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

std::string signedPoints(int d) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%+d pt", d);
    return buf;
}

} // namespace

void drawCycles(App& app) {
    const model::Catalogue& cat = app.catalogue();
    CyclesViewState& v = app.views().cycles;
    drawFreeze(app, v);
    drawCycleList(app);
    const auto& cycles = app.workspace().cycles();
    // Until the user picks one, the left side is the newest cycle.
    if (!v.leftChosen || (v.left != "current" && !app.workspace().findCycle(v.left)))
        v.left = cycles.empty() ? "current" : cycles.back().id;
    if (v.right != "current" && !app.workspace().findCycle(v.right)) v.right = "current";

    sectionHeader(tr(Str::CycleCompare));
    cyclePicker(app, "##left", v.left, &v.leftChosen);
    ImGui::SameLine();
    ImGui::TextUnformatted("→");
    ImGui::SameLine();
    cyclePicker(app, "##right", v.right, nullptr);
    smallText(tr(Str::CycleLegend));

    // "current" or a frozen cycle's ratings, by reference (nothing is copied per frame).
    static const model::Cycle kNone;
    auto itemsOf = [&](const std::string& id) -> const model::ItemMap& {
        if (id == "current") return app.workspace().items();
        const model::Cycle* c = app.workspace().findCycle(id);
        return c ? c->items : kNone.items;
    };
    const model::ItemMap& leftItems = itemsOf(v.left);
    const model::ItemMap& rightItems = itemsOf(v.right);
    // Scores are cached (the current state's by the app, frozen cycles' here): not every frame.
    auto scoresOf = [&](const std::string& id) -> model::Scores {
        if (id == "current") return app.scores();
        const model::Cycle* c = app.workspace().findCycle(id);
        return c ? cycleScores(app, *c) : model::computeScores(cat, kNone);
    };
    const model::Scores a = scoresOf(v.left);
    const model::Scores b = scoresOf(v.right);
    const Palette& pal = palette();

    if (!ImGui::BeginTable("##delta", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1))) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::BeginChild("##clausedelta", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::TextDisabled("%s", tr(Str::CycleClauseDelta));
    ImGui::Text("%s: %s → %s", tr(Str::DashReadiness), percent(a.readiness).c_str(), percent(b.readiness).c_str());
    if (ImGui::BeginTable("##clauses", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("scores", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 % → 100 %").x);
        ImGui::TableSetupColumn("delta", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("+100 pt").x);
        for (size_t i = 0; i < cat.clauses().size(); ++i) {
            const auto& c = cat.clauses()[i];
            if (c.depth > 1) continue;
            const auto& sa = a.clauses[i].score;
            const auto& sb = b.clauses[i].score;
            std::string delta;
            ImVec4 color = ImGui::GetStyleColorVec4(ImGuiCol_Text);
            if (sa && sb) {
                const int d = static_cast<int>(std::lround((*sb - *sa) * 100));
                delta = signedPoints(d);
                if (d < 0) color = pal.bad;
                if (d > 0) color = pal.good;
            } else if (sb) {
                delta = tr(Str::CycleNew);
            }
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (c.depth) ImGui::Indent();
            textEllipsis((c.id + " " + clauseTitle(c)).c_str());
            if (c.depth) ImGui::Unindent();
            ImGui::TableSetColumnIndex(1);
            ImGui::TextColored(color, "%s → %s", percent(sa).c_str(), percent(sb).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextColored(color, "%s", delta.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##itemdelta", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::TextDisabled("%s", tr(Str::CycleItemChanges));
    int changes = 0;
    for (const model::Item& item : cat.items()) {
        auto ra = leftItems.count(item.id) ? leftItems.at(item.id).rating : model::Rating::Unrated;
        auto rb = rightItems.count(item.id) ? rightItems.at(item.id).rating : model::Rating::Unrated;
        if (ra == rb) continue;
        ++changes;
        const auto va = model::ratingValue(ra), vb = model::ratingValue(rb);
        // Only two ranked ratings can be better or worse; a first rating is "new", a rating
        // taken away "cleared", N/A neither.
        const bool worse = va && vb && *vb < *va;
        const bool better = va && vb && *vb > *va;
        const char* note = ra == model::Rating::Unrated ? tr(Str::CycleNew) : rb == model::Rating::Unrated ? tr(Str::CycleCleared) : "";
        ratingBadge(ra);
        ImGui::SameLine();
        ImGui::TextColored(worse ? pal.bad : better ? pal.good : ImGui::GetStyleColorVec4(ImGuiCol_Text), "→");
        ImGui::SameLine();
        ratingBadge(rb);
        ImGui::SameLine();
        const std::string line = item.id + (*note ? std::string("  (") + note + ")  " : std::string("  ")) + itemTitle(item);
        const ImVec4 color = worse ? pal.bad : better ? pal.good : ImGui::GetStyleColorVec4(ImGuiCol_Text);
        textEllipsis(line.c_str(), 0, &color);
    }
    if (!changes) ImGui::TextDisabled("%s", tr(Str::CycleNoChanges));
    ImGui::EndChild();
    ImGui::EndTable();
}

} // namespace kanri::ui
