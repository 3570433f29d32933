// Dashboard: overall readiness with the verdict and its reasons, counts by rating, a bar per
// clause 4–10, a radar of the clause-8 process groups (ImGui draw lists), and the top gaps.
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

ImU32 scoreColor(const std::optional<double>& s) {
    if (!s) return IM_COL32(90, 95, 105, 255);
    if (*s >= 0.85) return ratingColor(model::Rating::F);
    if (*s >= 0.5) return ratingColor(model::Rating::L);
    if (*s >= 0.15) return ratingColor(model::Rating::P);
    return ratingColor(model::Rating::N);
}

Str bandLabel(model::Band b) {
    switch (b) {
    case model::Band::Initial: return Str::BandInitial;
    case model::Band::Developing: return Str::BandDeveloping;
    case model::Band::Largely: return Str::BandLargely;
    case model::Band::Ready: return Str::BandReady;
    }
    return Str::BandInitial;
}

std::string reasonText(App& app, const model::VerdictReason& r) {
    const model::Catalogue& cat = app.catalogue();
    switch (r.kind) {
    case model::ReasonKind::KeyItemAtN: {
        const model::Item* item = cat.findItem(r.id);
        return std::string(tr(Str::ReasonKeyAtN)) + ": " + r.id + " " + (item ? itemTitle(*item) : "");
    }
    case model::ReasonKind::DocumentMissing:
    case model::ReasonKind::DocumentUnconfirmed: {
        const model::RequiredDocument* d = cat.findDocument(r.id);
        const std::string title = d ? (i18n::language() == i18n::Lang::Ja ? d->titleJa : d->titleEn) : r.id;
        return std::string(tr(r.kind == model::ReasonKind::DocumentMissing ? Str::ReasonDocMissing : Str::ReasonDocUnconfirmed)) + ": " + title;
    }
    case model::ReasonKind::NaUnjustified: return std::string(tr(Str::ReasonNaUnjustified)) + ": " + r.id;
    case model::ReasonKind::Unrated: return std::string(tr(Str::ReasonUnrated)) + ": " + std::to_string(r.count);
    }
    return {};
}

void drawVerdict(App& app, const model::Scores& s) {
    ImGui::TextUnformatted(tr(Str::DashReadiness));
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, scoreColor(s.readiness));
    ImGui::TextUnformatted(percent(s.readiness).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)  %s %d %%", s.readiness ? tr(bandLabel(model::band(*s.readiness, s.ready))) : tr(Str::BandInitial),
                        tr(Str::DashCoverage), static_cast<int>(std::lround(s.coverage * 100)));
    if (s.ready) {
        ImGui::TextColored(ImVec4(0.5f, 0.85f, 0.5f, 1), "%s", tr(Str::VerdictReady));
        return;
    }
    ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.45f, 1), "%s", tr(Str::VerdictNotReady));
    // Reasons, grouped: at most a few of each kind, then a count.
    int shown[5] = {};
    int hidden = 0;
    for (const auto& r : s.reasons) {
        if (shown[static_cast<int>(r.kind)]++ >= 3) {
            ++hidden;
            continue;
        }
        ImGui::Bullet();
        const float indent = ImGui::GetTreeNodeToLabelSpacing();
        ImGui::Indent(indent);
        textWrapped(reasonText(app, r).c_str());
        ImGui::Unindent(indent);
    }
    if (hidden) ImGui::TextDisabled("  + %d %s", hidden, tr(Str::ReasonMore));
}

void drawCounts(const model::Scores& s) {
    if (!ImGui::BeginTable("##counts", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) return;
    for (model::Rating r : {model::Rating::N, model::Rating::P, model::Rating::L, model::Rating::F, model::Rating::NA, model::Rating::Unrated}) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushStyleColor(ImGuiCol_Text, ratingColor(r));
        ImGui::TextUnformatted(tr(ratingLabel(r)));
        ImGui::PopStyleColor();
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%d", s.counts[static_cast<size_t>(r)]);
    }
    ImGui::EndTable();
}

void drawClauseBars(App& app, const model::Scores& s) {
    ImGui::TextUnformatted(tr(Str::DashByClause));
    if (!ImGui::BeginTable("##bars", 3, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("pct", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 %").x);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float barH = ImGui::GetTextLineHeight();
    for (int root : app.catalogue().roots()) {
        const model::Clause& c = app.catalogue().clauses()[root];
        const auto& score = s.clauses[root].score;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%s %s", c.id.c_str(), clauseTitle(c));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s", c.id.c_str(), clauseTitle(c));
        ImGui::TableSetColumnIndex(1);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + barH), IM_COL32(45, 50, 58, 255), 2.0f);
        if (score) dl->AddRectFilled(p, ImVec2(p.x + w * static_cast<float>(*score), p.y + barH), scoreColor(score), 2.0f);
        ImGui::Dummy(ImVec2(w, barH));
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(percent(score).c_str());
    }
    ImGui::EndTable();
}

// The clause-8 process groups 8.1–8.7 on a radar: one axis each, 0 % at the centre.
void drawRadar(App& app, const model::Scores& s, float size) {
    const int c8 = app.catalogue().indexOf("8");
    if (c8 < 0) return;
    const auto& groups = app.catalogue().clauses()[c8].children;
    const int n = static_cast<int>(groups.size());
    if (n < 3) return;
    ImGui::TextUnformatted(tr(Str::DashRadar));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 centre(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const float radius = size * 0.5f - ImGui::GetFontSize() * 2.2f;
    auto at = [&](int i, float r) {
        const float angle = -1.5707963f + 6.2831853f * static_cast<float>(i) / static_cast<float>(n);
        return ImVec2(centre.x + std::cos(angle) * r, centre.y + std::sin(angle) * r);
    };
    for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
        std::vector<ImVec2> pts;
        for (int i = 0; i < n; ++i) pts.push_back(at(i, radius * ring));
        dl->AddPolyline(pts.data(), n, IM_COL32(70, 76, 88, 255), ImDrawFlags_Closed, 1.0f);
    }
    std::vector<ImVec2> poly;
    for (int i = 0; i < n; ++i) {
        dl->AddLine(centre, at(i, radius), IM_COL32(70, 76, 88, 255));
        const auto& score = s.clauses[groups[i]].score;
        poly.push_back(at(i, radius * static_cast<float>(score.value_or(0.0))));
        const std::string label = app.catalogue().clauses()[groups[i]].id + " " + percent(score);
        const ImVec2 tp = at(i, radius + ImGui::GetFontSize() * 1.1f);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(tp.x - ts.x * 0.5f, tp.y - ts.y * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    }
    dl->AddConvexPolyFilled(poly.data(), n, IM_COL32(90, 150, 230, 70));
    dl->AddPolyline(poly.data(), n, IM_COL32(120, 175, 245, 255), ImDrawFlags_Closed, 2.0f);
    ImGui::Dummy(ImVec2(size, size));
    for (int g : groups) {
        const model::Clause& c = app.catalogue().clauses()[g];
        ImGui::TextDisabled("%s %s", c.id.c_str(), clauseTitle(c));
    }
}

void drawTopGaps(App& app) {
    ImGui::TextUnformatted(tr(Str::DashTopGaps));
    const auto list = model::gaps(app.catalogue(), app.workspace().items(), false);
    if (list.empty()) ImGui::TextDisabled("%s", tr(Str::DashNoGaps));
    for (size_t i = 0; i < list.size() && i < 8; ++i) {
        const model::Item& item = app.catalogue().items()[list[i].item];
        ratingBadge(list[i].rating);
        ImGui::SameLine();
        std::string label = item.id + "  " + itemTitle(item) + (item.key ? "  ★" : "") + "##top";
        if (ImGui::Selectable(label.c_str())) app.showInWorkspace(item.id);
    }
}

} // namespace

void drawDashboard(App& app) {
    const model::Scores& s = app.scores();
    ImGui::TextUnformatted(tr(Str::DashTitle));
    ImGui::Separator();
    if (!ImGui::BeginTable("##dash", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    drawVerdict(app, s);
    ImGui::Spacing();
    drawClauseBars(app, s);
    ImGui::Spacing();
    drawTopGaps(app);
    ImGui::TableSetColumnIndex(1);
    drawRadar(app, s, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::DashByRating));
    drawCounts(s);
    ImGui::EndTable();
}

} // namespace kanri::ui
