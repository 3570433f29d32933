// The 7.5.4 checklist: each required document and record, its clause, whether it is present
// and where it is kept. Documents and records are listed in two groups.
#include "model/commands.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

struct Choice {
    model::DocumentStatus status;
    Str label;
};
constexpr Choice kChoices[] = {{model::DocumentStatus::Present, Str::DocPresent},
                               {model::DocumentStatus::Missing, Str::DocMissing},
                               {model::DocumentStatus::Unknown, Str::DocUnknown}};

float statusColumnWidth() {
    const ImGuiStyle& st = ImGui::GetStyle();
    float w = 0;
    for (const Choice& c : kChoices)
        w += ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(tr(c.label)).x + st.ItemSpacing.x;
    return w;
}

void drawRow(App& app, const model::RequiredDocument& d) {
    const model::DocumentCheck& check = app.workspace().document(d.id); // safe: edits apply after the draw pass
    ImGui::PushID(d.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    textEllipsis(i18n::language() == i18n::Lang::Ja ? d.titleJa.c_str() : d.titleEn.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(d.clauseId.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::BeginDisabled(app.readOnly());
    for (const Choice& c : kChoices) {
        if (ImGui::RadioButton(tr(c.label), check.status == c.status) && check.status != c.status) {
            model::DocumentCheck v = check;
            v.status = c.status;
            (void)app.execute(std::make_unique<model::SetDocument>(d.id, std::move(v)));
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::EndDisabled();
    ImGui::TableSetColumnIndex(3);
    editText(app, "##where", "doc:" + d.id, check.location, false, 0,
             [&app, id = d.id](const std::string& text, int session) {
                 model::DocumentCheck v = app.workspace().document(id);
                 v.location = text;
                 return app.execute(std::make_unique<model::SetDocument>(id, std::move(v), session));
             },
             tr(Str::DocWhereHint));
    ImGui::PopID();
}

} // namespace

void drawDocuments(App& app) {
    const model::Catalogue& cat = app.catalogue();
    int present = 0, checked = 0;
    for (const auto& d : cat.documents()) {
        const auto status = app.workspace().document(d.id).status;
        present += status == model::DocumentStatus::Present;
        checked += status != model::DocumentStatus::Unknown;
    }
    const int total = static_cast<int>(cat.documents().size());
    ImGui::Text("%s: %d / %d   ·   %s: %d / %d", tr(Str::DocPresentCount), present, total, tr(Str::DocCheckedCount), checked, total);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##docs", 4, flags, ImVec2(0, -1))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColDocument), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(Str::ColClause), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("10.1.2").x + 8);
    ImGui::TableSetupColumn(tr(Str::ColPresent), ImGuiTableColumnFlags_WidthFixed, statusColumnWidth());
    ImGui::TableSetupColumn(tr(Str::ColWhere), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableHeadersRow();
    for (auto kind : {model::RequiredDocument::Kind::Document, model::RequiredDocument::Kind::Record}) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushFont(font(TextStyle::Heading));
        ImGui::TextUnformatted(tr(kind == model::RequiredDocument::Kind::Record ? Str::DocKindRecord : Str::DocKindDocument));
        ImGui::PopFont();
        for (const model::RequiredDocument& d : cat.documents())
            if (d.kind == kind) drawRow(app, d);
    }
    ImGui::EndTable();
}

} // namespace kanri::ui
