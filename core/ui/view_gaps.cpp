// The gap list: every item below F (and, optionally, the unrated ones), sortable by clause,
// rating, owner and due date, filterable by clause, rating, owner and "due by".
#include "model/validation.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

struct Filters {
    int clauseRoot = -1;       // index of a top-level clause, -1: all
    int rating = -1;           // Rating as int, -1: all
    char owner[128] = "";
    char dueBy[16] = "";
    bool includeUnrated = false;
};
Filters g_filters;

bool containsNoCase(const std::string& hay, const char* needle) {
    if (!*needle) return true;
    std::string h = hay, n = needle;
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return h.find(n) != std::string::npos;
}

} // namespace

void drawGaps(App& app) {
    const model::Catalogue& cat = app.catalogue();
    Filters& f = g_filters;
    // Filters on one line each column.
    const float w = ImGui::GetFontSize() * 9;
    ImGui::SetNextItemWidth(w);
    std::string clauseLabel = f.clauseRoot < 0 ? tr(Str::FilterAllClauses) : cat.clauses()[f.clauseRoot].id + " " + clauseTitle(cat.clauses()[f.clauseRoot]);
    if (ImGui::BeginCombo("##fclause", clauseLabel.c_str())) {
        if (ImGui::Selectable(tr(Str::FilterAllClauses), f.clauseRoot < 0)) f.clauseRoot = -1;
        for (int r : cat.roots()) {
            std::string l = cat.clauses()[r].id + " " + clauseTitle(cat.clauses()[r]);
            if (ImGui::Selectable(l.c_str(), f.clauseRoot == r)) f.clauseRoot = r;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    const char* ratingPreview = f.rating < 0 ? tr(Str::FilterAllRatings) : tr(ratingLabel(static_cast<model::Rating>(f.rating)));
    if (ImGui::BeginCombo("##frating", ratingPreview)) {
        if (ImGui::Selectable(tr(Str::FilterAllRatings), f.rating < 0)) f.rating = -1;
        for (model::Rating r : {model::Rating::N, model::Rating::P, model::Rating::L, model::Rating::Unrated})
            if (ImGui::Selectable(tr(ratingLabel(r)), f.rating == static_cast<int>(r))) f.rating = static_cast<int>(r);
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    ImGui::InputTextWithHint("##fowner", tr(Str::ItemOwner), f.owner, sizeof f.owner);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    ImGui::InputTextWithHint("##fdue", tr(Str::FilterDueBy), f.dueBy, sizeof f.dueBy);
    ImGui::SameLine();
    ImGui::Checkbox(tr(Str::FilterIncludeUnrated), &f.includeUnrated);

    std::vector<model::Gap> rows = model::gaps(cat, app.workspace().items(), f.includeUnrated || f.rating == 0);
    const bool dueFilter = model::isValidDate(f.dueBy);
    std::erase_if(rows, [&](const model::Gap& g) {
        const model::Item& item = cat.items()[g.item];
        const model::ItemAssessment& a = app.workspace().item(item.id);
        if (f.clauseRoot >= 0 && cat.rootOf(cat.indexOf(item.clauseId)) != f.clauseRoot) return true;
        if (f.rating >= 0 && static_cast<int>(g.rating) != f.rating) return true;
        if (!containsNoCase(a.owner, f.owner)) return true;
        if (dueFilter && (a.due.empty() || a.due > f.dueBy)) return true;
        return false;
    });
    ImGui::TextDisabled("%d %s", static_cast<int>(rows.size()), tr(Str::GapCount));

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##gaps", 5, flags, ImVec2(0, -1))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColItem), ImGuiTableColumnFlags_DefaultSort, 4.0f);
    ImGui::TableSetupColumn(tr(Str::AssessRating), 0, 1.0f);
    ImGui::TableSetupColumn(tr(Str::ItemOwner), 0, 1.5f);
    ImGui::TableSetupColumn(tr(Str::ItemDue), 0, 1.2f);
    ImGui::TableSetupColumn(tr(Str::ColKey), 0, 0.6f);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
        const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
        std::stable_sort(rows.begin(), rows.end(), [&](const model::Gap& a, const model::Gap& b) {
            const auto& ia = cat.items()[a.item];
            const auto& ib = cat.items()[b.item];
            const auto& aa = app.workspace().item(ia.id);
            const auto& ab = app.workspace().item(ib.id);
            int c = 0;
            switch (s.ColumnIndex) {
            case 0: c = a.item - b.item; break; // document order
            case 1: c = static_cast<int>(a.rating == model::Rating::Unrated ? 9 : static_cast<int>(a.rating)) -
                        static_cast<int>(b.rating == model::Rating::Unrated ? 9 : static_cast<int>(b.rating)); break;
            case 2: c = aa.owner.compare(ab.owner); break;
            case 3: c = (aa.due.empty() ? "9999" : aa.due).compare(ab.due.empty() ? "9999" : ab.due); break;
            case 4: c = static_cast<int>(ib.key) - static_cast<int>(ia.key); break;
            }
            return asc ? c < 0 : c > 0;
        });
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const model::Gap& g = rows[row];
            const model::Item& item = cat.items()[g.item];
            const model::ItemAssessment& a = app.workspace().item(item.id);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            std::string label = item.id + "  " + itemTitle(item) + "##gap";
            if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) app.showInWorkspace(item.id);
            ImGui::TableSetColumnIndex(1);
            ratingBadge(g.rating);
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(a.owner.c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(a.due.c_str());
            ImGui::TableSetColumnIndex(4);
            if (item.key) ImGui::TextUnformatted("★");
        }
    }
    ImGui::EndTable();
}

} // namespace kanri::ui
