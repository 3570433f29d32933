// The gap list: every item below F (and, optionally, the unrated ones), sortable by clause,
// rating, owner and due date, filterable by clause, rating, owner and "due by". A row opens
// its item in the workspace; owner and target date are edited in place; CSV for spreadsheets.
#include "exchange/csv.hpp"
#include "model/commands.hpp"
#include "model/text.hpp"
#include "model/validation.hpp"
#include "store/workspace_store.hpp"
#include "ui/areas.hpp"
#include "ui/icons.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

void drawFilters(App& app, GapsViewState& f) {
    const model::Catalogue& cat = app.catalogue();
    const float w = ImGui::GetFontSize() * 10;
    ImGui::TextDisabled("%s", icon::Filter);
    ImGui::SameLine();
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
    inputString("##fowner", tr(Str::ItemOwner), f.owner, w);
    ImGui::SameLine();
    inputString("##fdue", tr(Str::FilterDueBy), f.dueBy, ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 2 + 4);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::FilterDueByTip));
    ImGui::SameLine();
    ImGui::Checkbox(tr(Str::FilterIncludeUnrated), &f.includeUnrated);
}

std::vector<model::Gap> filteredRows(App& app, const GapsViewState& f) {
    const model::Catalogue& cat = app.catalogue();
    std::vector<model::Gap> rows = model::gaps(cat, app.workspace().items(), f.includeUnrated || f.rating == 0);
    const bool dueFilter = model::isValidDate(f.dueBy);
    std::erase_if(rows, [&](const model::Gap& g) {
        const model::Item& item = cat.items()[g.item];
        const model::ItemAssessment& a = app.workspace().item(item.id);
        if (f.clauseRoot >= 0 && cat.rootOf(cat.indexOf(item.clauseId)) != f.clauseRoot) return true;
        if (f.rating >= 0 && static_cast<int>(g.rating) != f.rating) return true;
        if (!text::containsFolded(a.owner, f.owner)) return true;
        if (dueFilter && (a.due.empty() || a.due > f.dueBy)) return true;
        return false;
    });
    return rows;
}

void sortRows(App& app, std::vector<model::Gap>& rows, const ImGuiTableColumnSortSpecs& s) {
    const model::Catalogue& cat = app.catalogue();
    const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
    auto rank = [](model::Rating r) { return r == model::Rating::Unrated ? 9 : static_cast<int>(r); };
    std::stable_sort(rows.begin(), rows.end(), [&](const model::Gap& a, const model::Gap& b) {
        const auto& aa = app.workspace().item(cat.items()[a.item].id);
        const auto& ab = app.workspace().item(cat.items()[b.item].id);
        int c = 0;
        switch (s.ColumnIndex) {
        case 0: c = a.item - b.item; break; // document order
        case 1: c = rank(a.rating) - rank(b.rating); break;
        case 2: c = aa.owner.compare(ab.owner); break;
        case 3: c = (aa.due.empty() ? "9999" : aa.due).compare(ab.due.empty() ? "9999" : ab.due); break;
        case 4: c = static_cast<int>(cat.items()[b.item].key) - static_cast<int>(cat.items()[a.item].key); break;
        case 5: c = static_cast<int>(cat.items()[a.item].basis) - static_cast<int>(cat.items()[b.item].basis); break;
        }
        return asc ? c < 0 : c > 0;
    });
}

// Owner or target date of one item, edited in the row.
void cellField(App& app, const model::Item& item, const char* field, const std::string& value, std::string model::ItemAssessment::*member,
               const char* hint) {
    editText(app, field, "item:" + item.id + ":" + (field + 2), value, false, 0,
             [&app, id = item.id, member](const std::string& text, int session) {
                 model::ItemAssessment v = app.workspace().item(id);
                 v.*member = text;
                 return app.execute(std::make_unique<model::SetItem>(id, std::move(v), session));
             },
             hint);
}

} // namespace

void drawGaps(App& app) {
    const model::Catalogue& cat = app.catalogue();
    GapsViewState& f = app.views().gaps;
    drawFilters(app, f);
    // Filtered once per change of the data or the filters, sorted once per change of those or
    // of the sort order (in the table below).
    const std::string filterKey = std::to_string(app.changeCount()) + '|' + std::to_string(f.clauseRoot) + '|' + std::to_string(f.rating) +
                                  '|' + f.owner + '|' + f.dueBy + '|' + std::to_string(f.includeUnrated);
    if (filterKey != f.rowsKey) {
        f.rows = filteredRows(app, f);
        f.rowsKey = filterKey;
        f.sortKey.clear();
    }
    const std::vector<model::Gap>& rows = f.rows;

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    // The count and the export above the table; the table takes the rest.
    ImGui::Text("%d %s", static_cast<int>(rows.size()), tr(Str::GapCount));
    const std::string exportLabel = std::string(icon::Export) + " " + tr(Str::GapExportCsv);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(exportLabel.c_str()).x - ImGui::GetStyle().FramePadding.x * 2);
    const bool exportNow = ImGui::Button(exportLabel.c_str());
    if (rows.empty()) {
        ImGui::Spacing();
        textWrappedDisabled(tr(Str::GapEmpty));
        return;
    }
    if (!ImGui::BeginTable("##gaps", 7, flags, ImVec2(0, -1))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColItem), ImGuiTableColumnFlags_DefaultSort, 4.0f);
    ImGui::TableSetupColumn(tr(Str::AssessRating), 0, 0.9f);
    ImGui::TableSetupColumn(tr(Str::ItemOwner), 0, 1.6f);
    ImGui::TableSetupColumn(tr(Str::ItemDue), 0, 1.3f);
    ImGui::TableSetupColumn(tr(Str::ColKey), 0, 0.6f);
    ImGui::TableSetupColumn(tr(Str::ItemBasis), 0, 1.3f);
    ImGui::TableSetupColumn(tr(Str::GapFollowUp), ImGuiTableColumnFlags_NoSort, 1.4f);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const std::string sortKey = std::to_string(specs->Specs[0].ColumnIndex) + '|' + std::to_string(specs->Specs[0].SortDirection);
        if (sortKey != f.sortKey) {
            sortRows(app, f.rows, specs->Specs[0]);
            f.sortKey = sortKey;
        }
    }
    if (exportNow) {
        const std::string csv = exchange::gapsCsv(cat, app.workspace().items(), rows, i18n::language() == i18n::Lang::Ja);
        const std::string name = "kanri-gaps-" + app.session().clock()().substr(0, 10) + ".csv";
        app.chooseSaveFile(name, [&app, csv](const std::string& path) { app.saveBytes(path, "text/csv", csv); });
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const model::Gap& g = rows[row];
            const model::Item& item = cat.items()[g.item];
            const model::ItemAssessment& a = app.workspace().item(item.id); // safe: edits apply after the draw pass
            ImGui::PushID(item.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (selectableEllipsis("gap", item.id + "  " + itemTitle(item), false)) app.showInWorkspace(item.id);
            ImGui::TableSetColumnIndex(1);
            ratingBadge(g.rating);
            ImGui::TableSetColumnIndex(2);
            cellField(app, item, "##owner", a.owner, &model::ItemAssessment::owner, tr(Str::ItemOwner));
            ImGui::TableSetColumnIndex(3);
            cellField(app, item, "##due", a.due, &model::ItemAssessment::due, "YYYY-MM-DD");
            ImGui::TableSetColumnIndex(4);
            if (item.key) ImGui::TextUnformatted("★");
            ImGui::TableSetColumnIndex(5);
            // Good practice counts for nothing in readiness: said in the row, explained on hover.
            textEllipsis(tr(basisLabel(item.basis)));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", tr(basisTip(item.basis)));
            // What the other modules offer for a gap (a risk raised from it).
            ImGui::TableSetColumnIndex(6);
            for (const AreaEntry& area : areas())
                if (area.itemActions) area.itemActions(app, item.id);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace kanri::ui
