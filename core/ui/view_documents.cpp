// The 7.5.4 checklist: each required document and record, its clause, whether it is present
// and where it is kept.
#include "model/commands.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

void drawDocuments(App& app) {
    const model::Catalogue& cat = app.catalogue();
    int present = 0;
    for (const auto& d : cat.documents()) present += app.workspace().document(d.id).status == model::DocumentStatus::Present;
    ImGui::Text("%s: %d / %d", tr(Str::DocPresentCount), present, static_cast<int>(cat.documents().size()));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##docs", 4, flags, ImVec2(0, -1))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColDocument), 0, 3.0f);
    ImGui::TableSetupColumn(tr(Str::ColClause), 0, 0.8f);
    ImGui::TableSetupColumn(tr(Str::ColPresent), 0, 2.2f);
    ImGui::TableSetupColumn(tr(Str::ColWhere), 0, 3.0f);
    ImGui::TableHeadersRow();
    for (const model::RequiredDocument& d : cat.documents()) {
        const model::DocumentCheck& check = app.workspace().document(d.id);
        ImGui::PushID(d.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s", tr(d.kind == model::RequiredDocument::Kind::Record ? Str::DocKindRecord : Str::DocKindDocument));
        ImGui::SameLine();
        ImGui::TextUnformatted(i18n::language() == i18n::Lang::Ja ? d.titleJa.c_str() : d.titleEn.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(d.clauseId.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::BeginDisabled(app.readOnly());
        struct Choice {
            model::DocumentStatus status;
            Str label;
        } choices[] = {{model::DocumentStatus::Present, Str::DocPresent},
                       {model::DocumentStatus::Missing, Str::DocMissing},
                       {model::DocumentStatus::Unknown, Str::DocUnknown}};
        for (const Choice& c : choices) {
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
    ImGui::EndTable();
}

} // namespace kanri::ui
