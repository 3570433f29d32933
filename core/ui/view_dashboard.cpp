// Dashboard: what the user's own ratings add up to so far. Scores, verdict and gap list come
// with the self-assessment issue; until then it shows only real counts, never sample data.
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <map>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

void drawDashboard(App& app) {
    ImGui::TextUnformatted(tr(Str::DashTitle));
    ImGui::Separator();
    textWrappedDisabled(tr(Str::DashIntro));
    ImGui::Spacing();

    const auto& ratings = app.workspace().clauseRatings();
    const int total = static_cast<int>(app.catalogue().clauses().size());
    const int rated = static_cast<int>(ratings.size());
    ImGui::Text("%s: %d / %d", tr(Str::DashRatedClauses), rated, total);
    ImGui::ProgressBar(total ? static_cast<float>(rated) / static_cast<float>(total) : 0.0f, ImVec2(-1, 0));
    ImGui::Spacing();

    std::map<model::Rating, int> counts;
    for (const auto& [id, r] : ratings) ++counts[r];
    ImGui::TextUnformatted(tr(Str::DashByRating));
    if (ImGui::BeginTable("##counts", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
        for (model::Rating r : model::kAllRatings) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushStyleColor(ImGuiCol_Text, ratingColor(r));
            ImGui::TextUnformatted(tr(ratingLabel(r)));
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%d", counts[r]);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    textWrappedDisabled(tr(Str::DashScoresComing));
}

} // namespace kanri::ui
