// Self-assessment: tabs for the workspace (clause tree | items of the selected clause), the gap
// list, the 7.5.4 checklist and cycles.
//
// Keys in the workspace: the keyboard focus is Dear ImGui's navigation focus (arrows, Tab),
// and the selected item follows it, so there is one focus only and it is always the one drawn.
// N P L F rate the focused item, A asks for an N/A justification, 0 clears; Ctrl+Up/Down move
// to the previous or next item across clauses.
//
// [SECTION] rating requests   [SECTION] clause tree   [SECTION] items   [SECTION] workspace
// [SECTION] tabs
#include "model/carry_over.hpp"
#include "model/commands.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/view_learning.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h> // SetFocusID: give the keyboard focus to an item chosen by key

#include <algorithm>
#include <string>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

const std::string& pick(const std::string& en, const std::string& ja) { return i18n::language() == i18n::Lang::Ja ? ja : en; }

// --- [SECTION] rating requests -------------------------------------------------------------
// N/A without a justification opens the justification dialog (modals.cpp); everything else
// is one command.
void requestRating(App& app, int itemIndex, model::Rating r) {
    const model::Item& item = app.catalogue().items()[itemIndex];
    const model::ItemAssessment current = app.workspace().item(item.id);
    if (r == model::Rating::NA && current.justification.find_first_not_of(" \t\r\n") == std::string::npos) {
        Modal m;
        m.kind = Modal::Kind::NaJustification;
        m.item = itemIndex;
        app.openModal(std::move(m));
        return;
    }
    model::ItemAssessment v = current;
    v.rating = r;
    (void)app.execute(std::make_unique<model::SetItem>(item.id, std::move(v)));
}

// --- [SECTION] clause tree -----------------------------------------------------------------
// One table row per clause: the tree in the first column, the clause score in the second.
// Titles that do not fit end in "…" and show whole on hover.
void drawTreeNode(App& app, int index) {
    const model::Clause& c = app.catalogue().clauses()[index];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanFullWidth | ImGuiTreeNodeFlags_DefaultOpen;
    if (c.children.empty()) flags |= ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen;
    const bool selected = app.selectedClause == index;
    if (selected) flags |= ImGuiTreeNodeFlags_Selected;
    // The selected clause's ancestors are opened when arriving from elsewhere.
    if (app.views().revealSelectedClause && app.selectedClause >= 0 && !c.children.empty() &&
        app.catalogue().clauses()[app.selectedClause].id.rfind(c.id + ".", 0) == 0)
        ImGui::SetNextItemOpen(true);
    const std::string id = "###" + c.id;
    const bool open = ImGui::TreeNodeEx(id.c_str(), flags);
    if ((ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) || (ImGui::IsItemFocused() && ImGui::IsItemActivated()))
        app.selectClause(index);
    if (selected && app.views().revealSelectedClause) {
        ImGui::SetScrollHereY(0.3f);
        app.views().revealSelectedClause = false;
    }
    ImGui::SameLine();
    const bool ownTitle = c.titleJaOwn && i18n::language() == i18n::Lang::Ja;
    textEllipsis((c.id + "  " + clauseTitle(c)).c_str()); // clauseTitle marks our own renderings with ※
    if (ownTitle && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::TitleOwnRendering));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextDisabled("%s", percent(app.scores().clauses[index].score).c_str());
    if (open && !c.children.empty()) {
        for (int child : c.children) drawTreeNode(app, child);
        ImGui::TreePop();
    }
}

// --- [SECTION] items -----------------------------------------------------------------------
// "record sample (10 records), interview": how an internal auditor checks the item.
std::string verificationText(const model::Item& item) {
    std::string out;
    for (model::Verification v : item.verification) {
        if (!out.empty()) out += i18n::language() == i18n::Lang::Ja ? "、" : ", ";
        switch (v) {
        case model::Verification::DocumentReview: out += tr(Str::VerifyDocument); break;
        case model::Verification::RecordSample:
            out += tr(Str::VerifySample);
            if (item.sampleSize > 0) out += " (" + std::to_string(item.sampleSize) + " " + tr(Str::VerifyRecords) + ")";
            break;
        case model::Verification::Interview:
            out += tr(Str::VerifyInterview);
            if (item.sampleSize > 0 && std::find(item.verification.begin(), item.verification.end(), model::Verification::RecordSample) == item.verification.end())
                out += " (" + std::to_string(item.sampleSize) + " " + tr(Str::VerifyPeople) + ")";
            break;
        case model::Verification::Observation: out += tr(Str::VerifyObservation); break;
        }
    }
    return out;
}

// Basis, the auditor's question, how to check and how often: what an internal audit asks.
void drawAuditLayer(const model::Item& item) {
    ImGui::TextDisabled("%s:", tr(Str::ItemBasis));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(basisLabel(item.basis)));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(basisTip(item.basis)));
    const std::string& question = pick(item.questionEn, item.questionJa);
    if (!question.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ItemQuestion));
        textWrapped(question.c_str());
    }
    if (!item.verification.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ItemVerify));
        textWrapped(verificationText(item).c_str());
    }
    const std::string& frequency = pick(item.frequencyEn, item.frequencyJa);
    if (!frequency.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ItemFrequency));
        textWrapped(frequency.c_str());
    }
}

// Edits issued while drawing are applied after the draw pass, so the model does not change
// under the references a view holds.
void drawEvidence(App& app, const model::Item& item, const model::ItemAssessment& a) {
    ImGui::TextDisabled("%s", tr(Str::ItemEvidence));
    for (size_t k = 0; k < a.evidence.size(); ++k) {
        ImGui::PushID(("ev" + std::to_string(k)).c_str()); // a string scope: tests name it "ev0"
        const model::Evidence& e = a.evidence[k];
        const std::string base = "item:" + item.id + ":ev" + std::to_string(k) + ":";
        auto field = [&](const char* label, Str hint, std::string model::Evidence::*member) {
            editText(app, label, base + label, e.*member, false, 0,
                     [&app, id = item.id, evidenceId = e.id, member](const std::string& text, int session) {
                         // By the entry's id: the list may have changed since the field was drawn.
                         model::ItemAssessment v = app.workspace().item(id);
                         auto it = std::find_if(v.evidence.begin(), v.evidence.end(),
                                                [&](const model::Evidence& x) { return x.id == evidenceId; });
                         if (it == v.evidence.end()) return Status(kanri::ok());
                         (*it).*member = text;
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
            const std::string remove = std::string(icon::Remove) + " " + tr(Str::ButtonRemove);
            if (ImGui::Button(remove.c_str())) {
                model::ItemAssessment v = a;
                v.evidence.erase(v.evidence.begin() + static_cast<long>(k));
                (void)app.execute(std::make_unique<model::SetItem>(item.id, std::move(v)));
                app.reportMessage(std::string(tr(Str::ItemEvidence)) + ": " + tr(Str::ButtonRemove) + " (" + item.id + ")", false, true);
            }
            ImGui::EndDisabled();
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
    ImGui::BeginDisabled(app.readOnly());
    const std::string add = std::string(icon::Add) + " " + tr(Str::ButtonAddEvidence);
    if (ImGui::Button(add.c_str())) {
        model::ItemAssessment v = a;
        v.evidence.push_back({}); // an empty entry is allowed while it is being filled in
        (void)app.execute(std::make_unique<model::SetItem>(item.id, std::move(v)));
        app.focusFieldKey = "item:" + item.id + ":ev" + std::to_string(a.evidence.size()) + ":##text";
    }
    ImGui::EndDisabled();
}

void drawItemDetails(App& app, const model::Item& item) {
    // A reference is safe: edits issued here are applied after the draw pass (App::execute).
    const model::ItemAssessment& a = app.workspace().item(item.id);
    ImGui::Indent();
    if (model::isCarriedOver(a)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        textWrapped(tr(Str::ItemCarriedOver));
        ImGui::PopStyleColor();
    }
    textWrapped(pick(item.explanationEn, item.explanationJa).c_str());
    drawAuditLayer(item);
    ImGui::TextDisabled("%s", tr(Str::ItemTypicalEvidence));
    for (const std::string& e : i18n::language() == i18n::Lang::Ja ? item.evidenceJa : item.evidenceEn) {
        bulletWrapped(e.c_str(), true);
    }
    ImGui::Spacing();
    auto setField = [&app, id = item.id](std::string model::ItemAssessment::*member) {
        return [&app, id, member](const std::string& text, int session) {
            model::ItemAssessment v = app.workspace().item(id);
            v.*member = text;
            return app.execute(std::make_unique<model::SetItem>(id, std::move(v), session));
        };
    };
    if (a.rating == model::Rating::NA) {
        ImGui::TextDisabled("%s", tr(Str::ItemJustification));
        editText(app, "##just", "item:" + item.id + ":just", a.justification, true, ImGui::GetTextLineHeight() * 3,
                 setField(&model::ItemAssessment::justification));
    }
    if (ImGui::BeginTable("##fields", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s %s", icon::User, tr(Str::ItemOwner));
        editText(app, "##owner", "item:" + item.id + ":owner", a.owner, false, 0, setField(&model::ItemAssessment::owner));
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s %s", icon::Calendar, tr(Str::ItemDue));
        editText(app, "##due", "item:" + item.id + ":due", a.due, false, 0, setField(&model::ItemAssessment::due), "YYYY-MM-DD");
        ImGui::EndTable();
    }
    ImGui::TextDisabled("%s", tr(Str::ItemNotes));
    editText(app, "##notes", "item:" + item.id + ":notes", a.notes, true, ImGui::GetTextLineHeight() * 3,
             setField(&model::ItemAssessment::notes));
    drawEvidence(app, item, a);
    if (!a.changedAt.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ItemLastChanged));
        ImGui::SameLine();
        timeText(app, a.changedAt);
    }
    drawHistoryPanel(app, {std::string(model::kinds::Item), item.id});
    ImGui::Unindent();
    ImGui::Spacing();
}

// What a collapsed item holds, as small icons after its title: evidence, owner, date, notes.
std::string itemMarks(const model::ItemAssessment& a) {
    std::string marks;
    if (!a.evidence.empty()) marks += std::string(icon::Clipboard) + std::to_string(a.evidence.size()) + " ";
    if (!a.owner.empty()) marks += std::string(icon::User) + " ";
    if (!a.due.empty()) marks += std::string(icon::Calendar) + " ";
    if (!a.notes.empty()) marks += std::string(icon::Edit) + " ";
    return marks;
}

void drawItem(App& app, int itemIndex) {
    const model::Item& item = app.catalogue().items()[itemIndex];
    const model::ItemAssessment& a = app.workspace().item(item.id);
    ImGui::PushID(item.id.c_str());
    const bool selected = app.selectedItem == itemIndex;
    ratingBadge(a.rating);
    ImGui::SameLine();
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | (selected ? ImGuiTreeNodeFlags_Selected : 0);
    if (app.expandAllItems) ImGui::SetNextItemOpen(true);
    const float rowStart = ImGui::GetCursorPosX();
    const bool open = ImGui::TreeNodeEx("###node", flags);
    // The selection follows the keyboard focus, unless a key just chose another item.
    if (ImGui::IsItemClicked() || (ImGui::IsItemFocused() && !app.focusSelectedItem)) app.selectedItem = itemIndex;
    if (selected && app.focusSelectedItem) {
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
        app.focusSelectedItem = false;
    }
    if (selected && app.scrollToSelectedItem) {
        // Scroll only when the item is not already in view (a pane scrolled for nothing hides
        // the clause heading).
        const ImGuiWindow* w = ImGui::GetCurrentWindow();
        if (ImGui::GetItemRectMin().y < w->InnerRect.Min.y || ImGui::GetItemRectMax().y > w->InnerRect.Max.y) ImGui::SetScrollHereY(0.3f);
        app.scrollToSelectedItem = false;
    }
    const bool nodeHovered = ImGui::IsItemHovered();
    const std::string marks = itemMarks(a);
    const float marksW = marks.empty() ? 0 : ImGui::CalcTextSize(marks.c_str()).x;
    ImGui::SameLine(rowStart + ImGui::GetTreeNodeToLabelSpacing());
    // Good practice is said in the title, so a collapsed list tells requirements apart; "△" marks a
    // rating carried over from a retired item, waiting for confirmation.
    std::string title = item.id + "  " + itemTitle(item) + (item.key ? "  ★" : "");
    if (item.basis == model::Basis::GoodPractice) title += std::string("  (") + tr(Str::BasisGoodPractice) + ")";
    if (model::isCarriedOver(a)) title += "  △";
    textEllipsis(title.c_str(), ImGui::GetContentRegionAvail().x - marksW - ImGui::GetStyle().ItemSpacing.x);
    if (nodeHovered && model::isCarriedOver(a)) ImGui::SetTooltip("%s", tr(Str::ItemCarriedOver));
    else if (nodeHovered && item.basis == model::Basis::GoodPractice) ImGui::SetTooltip("%s", tr(Str::BasisGoodPracticeTip));
    else if (item.key && nodeHovered) ImGui::SetTooltip("%s", tr(Str::ItemKeyTooltip));
    if (!marks.empty()) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - marksW);
        ImGui::TextDisabled("%s", marks.c_str());
    }
    ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing() + ImGui::CalcTextSize("N/A").x + ImGui::GetStyle().FramePadding.x * 2);
    if (auto r = ratingButtons(app, a.rating, item.id.c_str())) {
        app.selectedItem = itemIndex;
        requestRating(app, itemIndex, *r);
    }
    ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing() + ImGui::CalcTextSize("N/A").x + ImGui::GetStyle().FramePadding.x * 2);
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
    if (!c.pdca.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s:", tr(Str::LearnPdca));
        ImGui::SameLine();
        ImGui::TextUnformatted(pdcaLabel(c.pdca));
    }
    ImGui::Spacing();
    drawLearningTopicsFor(app, c.id);
    ImGui::Unindent();
}

void drawClauseNotes(App& app, const model::Clause& c) {
    sectionHeader(tr(Str::AssessNotes));
    editText(app, "##clausenotes", "note:" + c.id, app.workspace().clauseNote(c.id), true, ImGui::GetTextLineHeight() * 5,
             [&app, id = c.id](const std::string& text, int session) {
                 return app.execute(std::make_unique<model::SetClauseNote>(id, text, session));
             });
    smallText(tr(Str::AssessNotesHint));
}

// --- [SECTION] workspace -------------------------------------------------------------------
void handleKeys(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || io.WantTextInput ||
        app.views().modal.kind != Modal::Kind::None || io.KeySuper || io.KeyAlt ||
        !app.focusFieldKey.empty() || !app.activatingFieldKey.empty()) // typing into a field about to open
        return;
    const int count = static_cast<int>(app.catalogue().items().size());
    if (io.KeyCtrl) { // Ctrl+arrows: the previous/next item anywhere, across clauses
        int next = app.selectedItem;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) next = app.selectedItem + 1;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) next = std::max(app.selectedItem - 1, 0);
        if (next != app.selectedItem && count) {
            ImGui::NavMoveRequestCancel(); // the arrow is Kanri's here, not also ImGui's
            app.selectItem(std::clamp(next, 0, count - 1));
            app.focusSelectedItem = true;
        }
        return;
    }
    if (app.selectedItem < 0) return;
    struct KeyRating {
        int key;
        model::Rating rating;
    } keys[] = {{'N', model::Rating::N}, {'P', model::Rating::P}, {'L', model::Rating::L},
                {'F', model::Rating::F}, {'A', model::Rating::NA}, {'0', model::Rating::Unrated}};
    for (const auto& k : keys)
        if (ImGui::IsKeyPressed(k.key, false)) requestRating(app, app.selectedItem, k.rating);
}

void drawWorkspace(App& app) {
    if (app.selectedClause < 0) { // start at the first item, with the pane at its top
        app.selectItem(0);
        app.scrollToSelectedItem = false;
    }
    handleKeys(app);
    if (!ImGui::BeginTable("##assessment", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, ImVec2(0, -1))) return;
    ImGui::TableSetupColumn("tree", ImGuiTableColumnFlags_WidthStretch, 0.38f);
    ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.62f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (ImGui::BeginTable("##tree", 2, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg, ImVec2(0, -1))) {
        ImGui::TableSetupColumn("clause", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 %").x);
        for (int root : app.catalogue().roots()) drawTreeNode(app, root);
        ImGui::EndTable();
        hooks::labelLastItem("tree", ""); // the pane, for tests that scroll it
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##detail", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    if (app.selectedClause < 0) {
        textWrapped(tr(Str::AssessSelectHint));
        ImGui::Spacing();
        smallText(tr(Str::AssessCopyright));
    } else {
        const model::Clause& c = app.catalogue().clauses()[app.selectedClause];
        const std::string score = percent(app.scores().clauses[app.selectedClause].score);
        const float scoreW = ImGui::CalcTextSize(score.c_str()).x * 1.5f;
        ImGui::PushFont(font(TextStyle::Title));
        // "※" marks a Japanese title that is our own rendering (not checked against JIS).
        const bool ownTitle = c.titleJaOwn && i18n::language() == i18n::Lang::Ja;
        const std::string heading = c.id + "  " + clauseTitle(c);
        textEllipsis(heading.c_str(), ImGui::GetContentRegionAvail().x - scoreW - ImGui::GetStyle().ItemSpacing.x);
        if (ownTitle && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::TitleOwnRendering));
        hooks::labelLastItem("clause:title", heading.c_str());
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(score.c_str()).x);
        ImGui::TextUnformatted(score.c_str());
        ImGui::PopFont();
        textEllipsis(i18n::language() == i18n::Lang::Ja ? c.titleEn.c_str() : c.titleJa.c_str(), 0, &palette().muted);
        ImGui::Checkbox(tr(Str::AssessExpandAll), &app.expandAllItems);
        ImGui::Separator();
        drawLearning(app, c);
        ImGui::Spacing();
        const auto items = app.catalogue().itemsUnder(app.selectedClause);
        if (items.empty()) textWrappedDisabled(tr(Str::AssessNoSummary));
        for (int i : items) {
            // Clause 8 expanded is long: the items far from the visible part are not drawn.
            const LazyBlock block(app.catalogue().items()[i].id.c_str(), i == app.selectedItem);
            if (block.drawn()) drawItem(app, i);
        }
        ImGui::Spacing();
        smallText(tr(Str::AssessKeys));
        drawClauseNotes(app, c);
        ImGui::Spacing();
        smallText(tr(Str::AssessCopyright));
    }
    ImGui::EndChild();
    hooks::labelLastItem("detail", ""); // the pane, for tests that scroll it
    ImGui::EndTable();
}

} // namespace

// --- [SECTION] tabs ------------------------------------------------------------------------
void drawAssessment(App& app) {
    if (!ImGui::BeginTabBar("##assesstabs")) return;
    struct Tab {
        AssessTab tab;
        Str label;
        const char* icon;
        void (*draw)(App&);
    } tabs[] = {{AssessTab::Workspace, Str::TabWorkspace, icon::Workspace, drawWorkspace},
                {AssessTab::Gaps, Str::TabGaps, icon::Gaps, drawGaps},
                {AssessTab::Documents, Str::TabDocuments, icon::Documents, drawDocuments},
                {AssessTab::Cycles, Str::TabCycles, icon::Cycles, drawCycles}};
    // A request made before this frame (another view, the API) selects its tab once; otherwise
    // the tab bar's own state (a click, however short) decides.
    const std::optional<AssessTab> request = app.tabRequest();
    for (const Tab& t : tabs) {
        ImGuiTabItemFlags flags = request == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
        std::string label = std::string(t.icon) + " " + tr(t.label) + "###tab" + std::to_string(static_cast<int>(t.tab));
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
        // ImGui 1.86 does not report tab labels to the hooks: name the tab for the widget map.
        hooks::labelLastItem(("tab" + std::to_string(static_cast<int>(t.tab))).c_str(), tr(t.label));
        if (open) {
            if (!request) app.assessTab = t.tab;
            ImGui::Spacing();
            t.draw(app);
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
}

} // namespace kanri::ui
