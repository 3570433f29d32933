// Self-assessment: tabs for the workspace (clause tree | items of the selected clause), the gap
// list, the 7.5.4 checklist and cycles. Keys in the workspace: Up/Down select an item,
// N P L F rate it, 0 clears (N/A asks for a justification first).
#include "model/commands.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

unsigned ratingColor(model::Rating r) {
    switch (r) {
    case model::Rating::N: return IM_COL32(235, 95, 85, 255);
    case model::Rating::P: return IM_COL32(240, 160, 70, 255);
    case model::Rating::L: return IM_COL32(220, 210, 90, 255);
    case model::Rating::F: return IM_COL32(110, 200, 120, 255);
    case model::Rating::NA: return IM_COL32(150, 160, 175, 255);
    case model::Rating::Unrated: break;
    }
    return IM_COL32(130, 130, 130, 255);
}

Str ratingLabel(model::Rating r) {
    switch (r) {
    case model::Rating::N: return Str::RatingN;
    case model::Rating::P: return Str::RatingP;
    case model::Rating::L: return Str::RatingL;
    case model::Rating::F: return Str::RatingF;
    case model::Rating::NA: return Str::RatingNA;
    case model::Rating::Unrated: break;
    }
    return Str::RatingUnrated;
}

namespace {

const std::string& pick(const std::string& en, const std::string& ja) { return i18n::language() == i18n::Lang::Ja ? ja : en; }

// The item waiting for an N/A justification (the popup), if any.
int g_naItem = -1;
std::string g_naText;

void requestRating(App& app, int itemIndex, model::Rating r) {
    const model::Item& item = app.catalogue().items()[itemIndex];
    if (r == model::Rating::NA && app.workspace().item(item.id).justification.find_first_not_of(" \t\r\n") == std::string::npos) {
        g_naItem = itemIndex;
        g_naText.clear();
        ImGui::OpenPopup("##na");
        return;
    }
    model::ItemAssessment v = app.workspace().item(item.id);
    v.rating = r;
    if (Status s = app.execute(std::make_unique<model::SetItem>(item.id, std::move(v))); !s) app.reportError(s.error());
}

void drawNaPopup(App& app) {
    if (!ImGui::BeginPopupModal("##na", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const float width = ImGui::GetFontSize() * 28;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.7f, 0.35f, 1));
    textWrapped(tr(Str::AssessNaWarning), width);
    ImGui::PopStyleColor();
    ImGui::TextUnformatted(tr(Str::ItemJustification));
    ImGui::InputTextMultiline("##najust", g_naText.data(), g_naText.capacity() + 1, ImVec2(width, ImGui::GetTextLineHeight() * 4),
                              ImGuiInputTextFlags_CallbackResize,
                              [](ImGuiInputTextCallbackData* d) {
                                  if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                                      g_naText.resize(static_cast<size_t>(d->BufTextLen));
                                      d->Buf = g_naText.data();
                                  }
                                  return 0;
                              });
    const bool ok = g_naText.find_first_not_of(" \t\r\n") != std::string::npos;
    ImGui::BeginDisabled(!ok);
    if (ImGui::Button(tr(Str::ButtonSetNa)) && g_naItem >= 0) {
        const std::string& id = app.catalogue().items()[g_naItem].id;
        model::ItemAssessment v = app.workspace().item(id);
        v.rating = model::Rating::NA;
        v.justification = g_naText;
        if (Status s = app.execute(std::make_unique<model::SetItem>(id, std::move(v))); !s) app.reportError(s.error());
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::ButtonCancel))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// --- clause tree --------------------------------------------------------------------------
// One table row per clause: the tree in the first column, the clause score in the second (a
// table clips long titles instead of letting them run under the score).
void drawTreeNode(App& app, int index) {
    const model::Clause& c = app.catalogue().clauses()[index];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanFullWidth | ImGuiTreeNodeFlags_DefaultOpen;
    if (c.children.empty()) flags |= ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen;
    if (app.selectedClause == index) flags |= ImGuiTreeNodeFlags_Selected;
    std::string label = c.id + "  " + clauseTitle(c) + "###" + c.id;
    const bool open = ImGui::TreeNodeEx(label.c_str(), flags);
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) app.selectClause(index);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s  %s", c.id.c_str(), clauseTitle(c));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextDisabled("%s", percent(app.scores().clauses[index].score).c_str());
    if (open && !c.children.empty()) {
        for (int child : c.children) drawTreeNode(app, child);
        ImGui::TreePop();
    }
}

// --- items --------------------------------------------------------------------------------
void drawEvidence(App& app, const model::Item& item) {
    const model::ItemAssessment& a = app.workspace().item(item.id);
    ImGui::TextUnformatted(tr(Str::ItemEvidence));
    for (size_t k = 0; k < a.evidence.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const model::Evidence& e = a.evidence[k];
        const std::string base = "item:" + item.id + ":ev" + std::to_string(k) + ":";
        auto field = [&](const char* label, Str hint, std::string model::Evidence::*member) {
            editText(app, label, base + label, e.*member, false, 0,
                     [&app, id = item.id, k, member](const std::string& text, int session) {
                         model::ItemAssessment v = app.workspace().item(id);
                         if (k >= v.evidence.size()) return Status(kanri::ok());
                         v.evidence[k].*member = text;
                         return app.execute(std::make_unique<model::SetItem>(id, std::move(v), session));
                     },
                     tr(hint));
        };
        if (ImGui::BeginTable("##ev", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("f", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("x", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            field("##text", Str::EvidenceTextHint, &model::Evidence::text);
            field("##doc", Str::EvidenceDocumentHint, &model::Evidence::document);
            field("##url", Str::EvidenceUrlHint, &model::Evidence::url);
            ImGui::TableSetColumnIndex(1);
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton(tr(Str::ButtonRemove))) {
                model::ItemAssessment v = a;
                v.evidence.erase(v.evidence.begin() + static_cast<long>(k));
                (void)app.execute(std::make_unique<model::SetItem>(item.id, std::move(v)));
            }
            ImGui::EndDisabled();
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::SmallButton(tr(Str::ButtonAddEvidence))) {
        model::ItemAssessment v = a;
        v.evidence.push_back({});
        // An empty entry is allowed while it is being filled in.
        if (Status s = app.execute(std::make_unique<model::SetItem>(item.id, std::move(v))); !s) app.reportError(s.error());
        app.focusFieldKey = "item:" + item.id + ":ev" + std::to_string(a.evidence.size()) + ":##text";
    }
    ImGui::EndDisabled();
}

void drawItemDetails(App& app, const model::Item& item) {
    const model::ItemAssessment& a = app.workspace().item(item.id);
    ImGui::Indent();
    textWrapped(pick(item.explanationEn, item.explanationJa).c_str());
    ImGui::TextDisabled("%s", tr(Str::ItemTypicalEvidence));
    for (const std::string& e : i18n::language() == i18n::Lang::Ja ? item.evidenceJa : item.evidenceEn) {
        ImGui::Bullet();
        textWrappedDisabled(e.c_str());
    }
    auto setField = [&app, id = item.id](std::string model::ItemAssessment::*member) {
        return [&app, id, member](const std::string& text, int session) {
            model::ItemAssessment v = app.workspace().item(id);
            v.*member = text;
            return app.execute(std::make_unique<model::SetItem>(id, std::move(v), session));
        };
    };
    if (a.rating == model::Rating::NA) {
        ImGui::TextUnformatted(tr(Str::ItemJustification));
        editText(app, "##just", "item:" + item.id + ":just", a.justification, true, ImGui::GetTextLineHeight() * 3,
                 setField(&model::ItemAssessment::justification));
    }
    if (ImGui::BeginTable("##fields", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s", tr(Str::ItemOwner));
        editText(app, "##owner", "item:" + item.id + ":owner", a.owner, false, 0, setField(&model::ItemAssessment::owner));
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", tr(Str::ItemDue));
        editText(app, "##due", "item:" + item.id + ":due", a.due, false, 0, setField(&model::ItemAssessment::due), "YYYY-MM-DD");
        ImGui::EndTable();
    }
    ImGui::TextDisabled("%s", tr(Str::ItemNotes));
    editText(app, "##notes", "item:" + item.id + ":notes", a.notes, true, ImGui::GetTextLineHeight() * 3,
             setField(&model::ItemAssessment::notes));
    drawEvidence(app, item);
    if (!a.changedAt.empty()) ImGui::TextDisabled("%s %s", tr(Str::ItemLastChanged), a.changedAt.c_str());
    ImGui::Unindent();
    ImGui::Spacing();
}

void drawItem(App& app, int itemIndex) {
    const model::Item& item = app.catalogue().items()[itemIndex];
    const model::ItemAssessment& a = app.workspace().item(item.id);
    ImGui::PushID(item.id.c_str());
    const bool selected = app.selectedItem == itemIndex;
    ratingBadge(a.rating);
    ImGui::SameLine();
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | (selected ? ImGuiTreeNodeFlags_Selected : 0);
    std::string label = item.id + "  " + itemTitle(item) + (item.key ? "  ★" : "") + "###node";
    if (app.expandAllItems) ImGui::SetNextItemOpen(true);
    const bool open = ImGui::TreeNodeEx(label.c_str(), flags);
    if (ImGui::IsItemClicked()) app.selectedItem = itemIndex;
    if (selected && app.scrollToSelectedItem) {
        ImGui::SetScrollHereY(0.3f);
        app.scrollToSelectedItem = false;
    }
    if (item.key && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::ItemKeyTooltip));
    ImGui::Indent(ImGui::GetFontSize() * 2.2f);
    if (auto r = ratingButtons(app, a.rating, item.id.c_str())) {
        app.selectedItem = itemIndex;
        requestRating(app, itemIndex, *r);
    }
    ImGui::Unindent(ImGui::GetFontSize() * 2.2f);
    if (open) {
        drawItemDetails(app, item);
        ImGui::TreePop();
    }
    ImGui::PopID();
}

void drawLearning(App& app, const model::Clause& c) {
    if (!ImGui::CollapsingHeader(tr(Str::LearnTitle))) return;
    ImGui::Indent();
    ImGui::TextDisabled("%s", tr(Str::AssessSummary));
    const std::string& summary = pick(c.summaryEn, c.summaryJa);
    if (summary.empty()) textWrappedDisabled(tr(Str::AssessNoSummary));
    else textWrapped(summary.c_str());
    // The 2011 placement of this clause or its nearest ancestor that has one.
    const model::Clause* from = &c;
    while (from && pick(from->edition2011En, from->edition2011Ja).empty())
        from = from->parentId.empty() ? nullptr : app.catalogue().find(from->parentId);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::LearnEdition2011));
    textWrapped(from ? pick(from->edition2011En, from->edition2011Ja).c_str() : tr(Str::LearnNo2011));
    ImGui::Unindent();
}

void drawClauseNotes(App& app, const model::Clause& c) {
    ImGui::TextUnformatted(tr(Str::AssessNotes));
    editText(app, "##clausenotes", "note:" + c.id, app.workspace().clauseNote(c.id), true, ImGui::GetTextLineHeight() * 5,
             [&app, id = c.id](const std::string& text, int session) {
                 return app.execute(std::make_unique<model::SetClauseNote>(id, text, session));
             });
    textWrappedDisabled(tr(Str::AssessNotesHint));
}

void handleKeys(App& app) {
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || ImGui::GetIO().WantTextInput ||
        ImGui::IsPopupOpen("##na"))
        return;
    const int count = static_cast<int>(app.catalogue().items().size());
    auto select = [&](int i) { app.selectItem(std::clamp(i, 0, count - 1)); };
    if (count && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) select(app.selectedItem + 1);
    if (count && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) select(app.selectedItem < 0 ? 0 : app.selectedItem - 1);
    if (app.selectedItem < 0 || ImGui::GetIO().KeyCtrl || ImGui::GetIO().KeySuper) return;
    struct KeyRating {
        int key;
        model::Rating rating;
    } keys[] = {{'N', model::Rating::N}, {'P', model::Rating::P}, {'L', model::Rating::L},
                {'F', model::Rating::F}, {'A', model::Rating::NA}, {'0', model::Rating::Unrated}};
    for (const auto& k : keys)
        if (ImGui::IsKeyPressed(k.key, false)) requestRating(app, app.selectedItem, k.rating);
}

void drawWorkspace(App& app) {
    if (app.selectedClause < 0) app.selectItem(0); // start at the first item
    handleKeys(app);
    if (!ImGui::BeginTable("##assessment", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1))) return;
    ImGui::TableSetupColumn("tree", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (ImGui::BeginTable("##tree", 2, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg, ImVec2(0, -1))) {
        ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 %").x);
        for (int root : app.catalogue().roots()) drawTreeNode(app, root);
        ImGui::EndTable();
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##detail", ImVec2(0, 0), false);
    if (app.selectedClause < 0) {
        textWrapped(tr(Str::AssessSelectHint));
        ImGui::Spacing();
        textWrappedDisabled(tr(Str::AssessCopyright));
    } else {
        const model::Clause& c = app.catalogue().clauses()[app.selectedClause];
        ImGui::Text("%s  %s", c.id.c_str(), clauseTitle(c));
        ImGui::TextDisabled("%s", i18n::language() == i18n::Lang::Ja ? c.titleEn.c_str() : c.titleJa.c_str());
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("100 %").x);
        ImGui::TextUnformatted(percent(app.scores().clauses[app.selectedClause].score).c_str());
        ImGui::Checkbox(tr(Str::AssessExpandAll), &app.expandAllItems);
        ImGui::Separator();
        drawLearning(app, c);
        ImGui::Spacing();
        const auto items = app.catalogue().itemsUnder(app.selectedClause);
        if (items.empty()) textWrappedDisabled(tr(Str::AssessNoSummary));
        for (int i : items) drawItem(app, i);
        textWrappedDisabled(tr(Str::AssessKeys));
        ImGui::Separator();
        drawClauseNotes(app, c);
        ImGui::Spacing();
        textWrappedDisabled(tr(Str::AssessCopyright));
    }
    drawNaPopup(app);
    ImGui::EndChild();
    ImGui::EndTable();
}

} // namespace

void drawAssessment(App& app) {
    if (!ImGui::BeginTabBar("##assesstabs")) return;
    struct Tab {
        AssessTab tab;
        Str label;
        void (*draw)(App&);
    } tabs[] = {{AssessTab::Workspace, Str::TabWorkspace, drawWorkspace},
                {AssessTab::Gaps, Str::TabGaps, drawGaps},
                {AssessTab::Documents, Str::TabDocuments, drawDocuments},
                {AssessTab::Cycles, Str::TabCycles, drawCycles}};
    for (const Tab& t : tabs) {
        ImGuiTabItemFlags flags = app.assessTabRequested && app.assessTab == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
        std::string label = std::string(tr(t.label)) + "###tab" + std::to_string(static_cast<int>(t.tab));
        if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
            if (!app.assessTabRequested) app.assessTab = t.tab;
            t.draw(app);
            ImGui::EndTabItem();
        }
    }
    app.assessTabRequested = false;
    ImGui::EndTabBar();
}

} // namespace kanri::ui
