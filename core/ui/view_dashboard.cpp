// Dashboard: overall readiness with the verdict and its reasons, counts by rating, a bar per
// clause 4–10, a radar of the clause-8 process groups (ImGui draw lists), and the top gaps,
// as cards laid out in one, two or three columns by the width available.
#include "ui/areas.hpp"
#include "ui/icons.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/view_learning.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

constexpr size_t kTopGaps = 8;

ImU32 scoreColor(const std::optional<double>& s) {
    if (!s) return palette().unrated;
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

// Where a reason is fixed: its item, the checklist, or the unrated items in the gap list.
void openReason(App& app, const model::VerdictReason& r) {
    switch (r.kind) {
    case model::ReasonKind::KeyItemAtN:
    case model::ReasonKind::NaUnjustified: app.showInWorkspace(r.id); break;
    case model::ReasonKind::DocumentMissing:
    case model::ReasonKind::DocumentUnconfirmed: app.showTab(AssessTab::Documents); break;
    case model::ReasonKind::Unrated:
        app.views().gaps.includeUnrated = true;
        app.views().gaps.rating = static_cast<int>(model::Rating::Unrated);
        app.showTab(AssessTab::Gaps);
        break;
    }
}

void drawVerdict(App& app, const model::Scores& s) {
    bool& allReasons = app.views().dashboardAllReasons;
    beginCard("##verdict");
    ImGui::TextDisabled("%s", tr(Str::DashReadiness));
    ImGui::PushFont(font(TextStyle::Title));
    ImGui::PushStyleColor(ImGuiCol_Text, scoreColor(s.readiness));
    ImGui::TextUnformatted(percent(s.readiness).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextUnformatted(s.readiness ? tr(bandLabel(model::band(*s.readiness, s.ready))) : tr(Str::BandInitial));
    ImGui::TextDisabled("%s %d %%", tr(Str::DashCoverage), static_cast<int>(std::lround(s.coverage * 100)));
    ImGui::EndGroup();
    // Good practice is rated like the rest but left out of the score (docs/scoring.md).
    if (s.goodPractice.items > 0) {
        const int rated = s.goodPractice.items - s.goodPractice.counts[0];
        ImGui::PushFont(font(TextStyle::Small));
        ImGui::TextDisabled("%s: %d / %d · %s", tr(Str::GoodPracticeBeside), rated, s.goodPractice.items, percent(s.goodPractice.score).c_str());
        ImGui::PopFont();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::BasisGoodPracticeTip));
    }
    ImGui::Spacing();
    if (s.ready) {
        ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, tr(Str::VerdictReady));
        endCard();
        return;
    }
    ImGui::TextColored(palette().bad, "%s %s", icon::Warning, tr(Str::VerdictNotReady));
    // Reasons, grouped: at most a few of each kind unless all are asked for. Each opens where
    // it is fixed.
    std::map<model::ReasonKind, int> shown;
    int hidden = 0;
    for (const auto& r : s.reasons) {
        if (!allReasons && shown[r.kind]++ >= 3) {
            ++hidden;
            continue;
        }
        ImGui::PushID(&r);
        ImGui::Bullet();
        ImGui::SameLine();
        if (selectableEllipsis("reason", reasonText(app, r), false)) openReason(app, r);
        ImGui::PopID();
    }
    if (hidden || allReasons) {
        const std::string more = allReasons ? std::string(tr(Str::DashFewerReasons)) : "+ " + std::to_string(hidden) + " " + tr(Str::ReasonMore);
        if (ImGui::SmallButton((more + "###morereasons").c_str())) allReasons = !allReasons;
    }
    endCard();
}

// What a certification body expects before stage 1 and stage 2, beside the verdict.
void drawReadinessChecklist(App& app) {
    const model::LearningTopic* topic = app.catalogue().findTopic("certification");
    if (!topic) return;
    beginCard("##certification");
    ImGui::PushFont(font(TextStyle::Heading));
    textWrapped((i18n::language() == i18n::Lang::Ja ? topic->titleJa : topic->titleEn).c_str());
    ImGui::PopFont();
    drawLearningPoints(*topic);
    endCard();
}

void drawCounts(const model::Scores& s) {
    beginCard("##counts");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::DashByRating));
    ImGui::PopFont();
    if (ImGui::BeginTable("##countsTable", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("r", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000").x);
        for (model::Rating r : {model::Rating::N, model::Rating::P, model::Rating::L, model::Rating::F, model::Rating::NA, model::Rating::Unrated}) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ratingBadge(r);
            ImGui::SameLine();
            textEllipsis(tr(ratingLabel(r)));
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%d", s.counts[static_cast<size_t>(r)]);
        }
        ImGui::EndTable();
    }
    endCard();
}

void drawClauseBars(App& app, const model::Scores& s) {
    beginCard("##bars");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::DashByClause));
    ImGui::PopFont();
    if (ImGui::BeginTable("##barsTable", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("pct", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 %").x);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float barH = ImGui::GetTextLineHeight() * 0.7f;
        for (int root : app.catalogue().roots()) {
            const model::Clause& c = app.catalogue().clauses()[root];
            const auto& score = s.clauses[root].score;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            // Wrapped, never cut: clauses 7 and 8 begin with the same words in Japanese.
            textWrapped((c.id + "  " + clauseTitle(c)).c_str());
            ImGui::TableSetColumnIndex(1);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float y = p.y + (ImGui::GetTextLineHeight() - barH) * 0.5f;
            const float w = ImGui::GetContentRegionAvail().x;
            dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + w, y + barH), palette().track, barH * 0.5f);
            if (score && *score > 0) dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + std::max(barH, w * static_cast<float>(*score)), y + barH), scoreColor(score), barH * 0.5f);
            ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight()));
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(percent(score).c_str());
        }
        ImGui::EndTable();
    }
    endCard();
}

// The clause-8 process groups 8.1–8.7 on a radar: one axis each, 0 % at the centre. A group
// with nothing rated has no point (it is not 0 %): its label says "not rated".
void drawRadar(App& app, const model::Scores& s) {
    const int c8 = app.catalogue().indexOf("8");
    if (c8 < 0) return;
    const auto& groups = app.catalogue().clauses()[c8].children;
    const int n = static_cast<int>(groups.size());
    if (n < 3) return;
    beginCard("##radar");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::DashRadar));
    ImGui::PopFont();
    const float size = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 centre(origin.x + ImGui::GetContentRegionAvail().x * 0.5f, origin.y + size * 0.5f);
    const float radius = size * 0.5f - ImGui::GetFontSize() * 2.4f;
    auto at = [&](int i, float r) {
        const float angle = -1.5707963f + 6.2831853f * static_cast<float>(i) / static_cast<float>(n);
        return ImVec2(centre.x + std::cos(angle) * r, centre.y + std::sin(angle) * r);
    };
    for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
        std::vector<ImVec2> pts;
        for (int i = 0; i < n; ++i) pts.push_back(at(i, radius * ring));
        dl->AddPolyline(pts.data(), n, palette().grid, ImDrawFlags_Closed, 1.0f);
    }
    std::vector<ImVec2> poly;
    bool allRated = true;
    for (int i = 0; i < n; ++i) {
        dl->AddLine(centre, at(i, radius), palette().grid);
        const auto& score = s.clauses[groups[i]].score;
        allRated &= score.has_value();
        const std::string label = app.catalogue().clauses()[groups[i]].id + " " + (score ? percent(score) : std::string("—"));
        const ImVec2 tp = at(i, radius + ImGui::GetFontSize() * 1.3f);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(tp.x - ts.x * 0.5f, tp.y - ts.y * 0.5f), ImGui::GetColorU32(score ? ImGuiCol_Text : ImGuiCol_TextDisabled), label.c_str());
        if (score) poly.push_back(at(i, radius * static_cast<float>(*score)));
    }
    if (allRated) dl->AddConvexPolyFilled(poly.data(), n, palette().accentFill);
    // Lines join neighbouring rated groups only; every rated group gets a dot.
    for (int i = 0; i < n; ++i) {
        const auto& a = s.clauses[groups[i]].score;
        const auto& b = s.clauses[groups[(i + 1) % n]].score;
        if (a && b) dl->AddLine(at(i, radius * static_cast<float>(*a)), at((i + 1) % n, radius * static_cast<float>(*b)), palette().accent, 2.0f);
        if (a) dl->AddCircleFilled(at(i, radius * static_cast<float>(*a)), 3.5f, palette().accent);
    }
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, size));
    for (int g : groups) {
        const model::Clause& c = app.catalogue().clauses()[g];
        const auto& score = s.clauses[g].score;
        const std::string line = c.id + "  " + clauseTitle(c) + (score ? "" : std::string("  (") + tr(Str::DashNotRated) + ")");
        textEllipsis(line.c_str(), 0, &palette().muted);
    }
    endCard();
}

// The top gaps and the time of the last edit, derived once per change of the data.
const DashboardViewState& derived(App& app) {
    DashboardViewState& d = app.views().dashboard;
    if (d.at == app.changeCount()) return d;
    d.at = app.changeCount();
    d.topGaps = model::gaps(app.catalogue(), app.workspace().items(), false);
    if (d.topGaps.size() > kTopGaps) d.topGaps.resize(kTopGaps);
    d.lastChange.clear();
    for (const auto& [id, a] : app.workspace().items()) d.lastChange = std::max(d.lastChange, a.changedAt);
    return d;
}

void drawTopGaps(App& app) {
    beginCard("##topgaps");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::DashTopGaps));
    ImGui::PopFont();
    const auto& list = derived(app).topGaps;
    const bool nothingRated = app.scores().counts[0] == static_cast<int>(app.catalogue().items().size());
    if (list.empty()) textWrappedDisabled(tr(nothingRated ? Str::DashTopGapsEmpty : Str::DashNoGaps));
    for (size_t i = 0; i < list.size(); ++i) {
        const model::Item& item = app.catalogue().items()[list[i].item];
        ImGui::PushID(item.id.c_str());
        ratingBadge(list[i].rating);
        ImGui::SameLine();
        if (selectableEllipsis("top", item.id + "  " + itemTitle(item) + (item.key ? "  ★" : ""), false)) app.showInWorkspace(item.id);
        ImGui::PopID();
    }
    endCard();
}

void drawEmptyState(App& app) {
    beginCard("##empty");
    ImGui::PushFont(font(TextStyle::Heading));
    textWrapped(tr(Str::DashNothingRated));
    ImGui::PopFont();
    ImGui::Spacing();
    const std::string start = std::string(icon::Assessment) + "  " + tr(Str::DashStart);
    if (ImGui::Button(start.c_str())) {
        app.showInWorkspace(app.catalogue().items().empty() ? "" : app.catalogue().items().front().id);
        app.focusSelectedItem = true;
    }
    ImGui::Spacing();
    smallText(tr(Str::AssessCopyright));
    endCard();
}

} // namespace

void drawDashboard(App& app) {
    const model::Scores& s = app.scores();
    pageTitle(tr(Str::DashTitle));
    const std::string& changed = derived(app).lastChange;
    if (!changed.empty()) {
        ImGui::TextDisabled("%s", tr(Str::DashShowing));
        ImGui::SameLine();
        timeText(app, changed);
    }
    drawAuthorPrompt(app);
    const bool nothingRated = s.counts[0] == static_cast<int>(app.catalogue().items().size());
    if (nothingRated) drawEmptyState(app);
    // Columns by width: cards never get narrower than about 26 characters.
    const float width = ImGui::GetContentRegionAvail().x;
    const int columns = width > ImGui::GetFontSize() * 78 ? 3 : width > ImGui::GetFontSize() * 46 ? 2 : 1;
    if (!ImGui::BeginTable("##dash", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    drawVerdict(app, s);
    drawCounts(s);
    if (columns > 1) ImGui::TableSetColumnIndex(1);
    drawClauseBars(app, s);
    drawTopGaps(app);
    drawReadinessChecklist(app);
    if (columns > 2) ImGui::TableSetColumnIndex(2);
    drawRadar(app, s);
    // The modules' cards: what needs attention in each (overdue reviews, lapsed acceptances).
    for (const AreaEntry& area : areas())
        if (area.dashboardCard) area.dashboardCard(app);
    ImGui::EndTable();
}

} // namespace kanri::ui
