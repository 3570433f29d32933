#include "ui/view_learning.hpp"

#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {
bool japanese() { return i18n::language() == i18n::Lang::Ja; }

// A topic is about a clause when it names the clause or one of its ancestors ("8" covers 8.6.1).
bool about(const model::LearningTopic& t, std::string_view clauseId) {
    for (const std::string& c : t.clauses)
        if (clauseId == c || (clauseId.size() > c.size() && clauseId.substr(0, c.size() + 1) == c + ".")) return true;
    return false;
}
} // namespace

const char* pdcaLabel(std::string_view phase) {
    if (phase == "P") return tr(Str::PdcaPlan);
    if (phase == "D") return tr(Str::PdcaDo);
    if (phase == "C") return tr(Str::PdcaCheck);
    if (phase == "A") return tr(Str::PdcaAct);
    return "";
}

void drawLearningTopic(const model::LearningTopic& topic) {
    const std::string label = (japanese() ? topic.titleJa : topic.titleEn) + "###topic-" + topic.id;
    if (!ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth)) return;
    drawLearningPoints(topic);
    ImGui::TreePop();
}

void drawLearningTopicsFor(App& app, std::string_view clauseId) {
    bool any = false;
    for (const model::LearningTopic& t : app.catalogue().learning()) {
        if (!about(t, clauseId)) continue;
        if (!any) ImGui::TextDisabled("%s", tr(Str::LearnTopics));
        any = true;
        drawLearningTopic(t);
    }
}

void drawLearningPoints(const model::LearningTopic& topic) {
    for (const std::string& p : japanese() ? topic.pointsJa : topic.pointsEn) bulletWrapped(p.c_str());
}

// The Guide area: every topic as a card, open, in one or two columns by the width.
void drawGuide(App& app) {
    pageTitle(tr(Str::NavGuide));
    textWrappedDisabled(tr(Str::GuideIntro), std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 48));
    ImGui::Spacing();
    const auto& topics = app.catalogue().learning();
    const int columns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 56 ? 2 : 1;
    if (!ImGui::BeginTable("##guide", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) return;
    const size_t perColumn = (topics.size() + columns - 1) / columns;
    ImGui::TableNextRow();
    for (size_t i = 0; i < topics.size(); ++i) {
        if (i % perColumn == 0) ImGui::TableSetColumnIndex(static_cast<int>(i / perColumn));
        const model::LearningTopic& t = topics[i];
        beginCard(("##topic-" + t.id).c_str());
        ImGui::PushFont(font(TextStyle::Heading));
        textWrapped((japanese() ? t.titleJa : t.titleEn).c_str());
        ImGui::PopFont();
        drawLearningPoints(t);
        endCard();
    }
    ImGui::EndTable();
}

} // namespace kanri::ui
