// The History area (the whole database's audit trail, filtered and paged: a view of 100,000
// rows reads only the rows on screen) and each entity's History panel in its details.
#include "model/assessment.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/kinds.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

constexpr int64_t kPageRows = 100;

Str actionLabel(model::HistoryAction a) {
    switch (a) {
    case model::HistoryAction::Undo: return Str::HistoryActionUndo;
    case model::HistoryAction::Redo: return Str::HistoryActionRedo;
    case model::HistoryAction::Apply: break;
    }
    return Str::HistoryActionApply;
}

// "rating" → "評価"; "evidence/EV-3/url" → "証拠 EV-3: リンク". Unknown names are shown as stored.
std::string fieldLabel(const std::string& name) {
    static const std::pair<const char*, Str> kFields[] = {
        {"rating", Str::FieldRating},     {"justification", Str::FieldJustification}, {"owner", Str::FieldOwner},
        {"due", Str::FieldDue},           {"notes", Str::FieldNotes},                 {"status", Str::FieldStatus},
        {"location", Str::FieldLocation}, {"note", Str::FieldNote},                   {"name", Str::FieldName},
        {"frozen_at", Str::FieldFrozenAt}, {"items", Str::FieldItems},                {"documents", Str::FieldDocuments},
        {"text", Str::FieldText},         {"url", Str::FieldUrl},                     {"document", Str::FieldDocumentRef},
    };
    auto label = [&](const std::string& n) -> std::string {
        for (const auto& [code, str] : kFields)
            if (n == code) return tr(str);
        return n;
    };
    // A member of a list: an evidence entry, or a frozen cycle's item or checklist entry
    // ("item/8.6.1-01/rating" → "8.6.1-01: 評価").
    for (const std::string_view head : {"evidence/", "item/", "document/"}) {
        if (name.rfind(head, 0) != 0) continue;
        const size_t slash = name.find('/', head.size());
        if (slash == std::string::npos) break;
        const std::string what = head == "evidence/" ? std::string(tr(Str::FieldEvidence)) + " " : std::string();
        return what + name.substr(head.size(), slash - head.size()) + ": " + label(name.substr(slash + 1));
    }
    return label(name);
}

// A value on one line: line breaks as spaces, nothing as "(empty)", codes in words.
std::string valueText(const std::string& field, const std::string& v) {
    if (v.empty()) return tr(Str::HistoryEmptyValue);
    if (field == "status" || (field.size() > 7 && field.compare(field.size() - 7, 7, "/status") == 0)) {
        if (v == "present") return tr(Str::DocPresent);
        if (v == "missing") return tr(Str::DocMissing);
        if (v == "unknown") return tr(Str::DocUnknown);
    }
    std::string out = v;
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

std::string changesLine(const model::HistoryEntry& e) {
    std::string out;
    for (const model::FieldChange& f : e.fields) {
        if (!out.empty()) out += "  ·  ";
        out += fieldLabel(f.field) + ": " + valueText(f.field, f.before) + " → " + valueText(f.field, f.after);
    }
    return out;
}

std::string entityLabel(const model::HistoryEntry& e) {
    const KindEntry* k = kindEntry(e.key.kind);
    return std::string(k ? tr(k->label) : e.key.kind.c_str()) + " " + e.key.id;
}

Str didLabel(model::Description::Verb v) {
    switch (v) {
#define KANRI_DID_LABEL(name, code) \
    case model::Description::Verb::name: return Str::Did##name;
        KANRI_VERBS(KANRI_DID_LABEL)
#undef KANRI_DID_LABEL
    }
    return Str::DidEditItem;
}

// "Rating", "Undone: Rating". A verb this Kanri does not know (a newer file) is shown as stored.
std::string actionText(const model::HistoryEntry& e) {
    const auto verb = model::verbFromCode(e.verb);
    const std::string what = verb ? tr(didLabel(*verb)) : e.verb;
    if (e.action == model::HistoryAction::Apply) return what;
    return std::string(tr(actionLabel(e.action))) + ": " + what;
}

// Every field of a row, one per line, for the tooltip and the panel.
void drawFieldChanges(const model::HistoryEntry& e) {
    for (const model::FieldChange& f : e.fields) {
        const std::string line = fieldLabel(f.field) + ": " + valueText(f.field, f.before) + "  →  " + valueText(f.field, f.after);
        bulletWrapped(line.c_str(), false);
    }
}

void refresh(App& app, HistoryViewState& h) {
    if (h.at == app.changeCount() && h.readFor == h.filter) return;
    h.at = app.changeCount();
    h.readFor = h.filter;
    h.pages.clear();
    h.error.clear();
    session::Session& s = app.session();
    auto total = s.historyCount({});
    auto matching = h.filter == model::HistoryFilter{} ? total : s.historyCount(h.filter);
    auto authors = s.historyAuthors();
    if (!total || !matching || !authors) {
        h.error = i18n::message(!total ? total.error() : !matching ? matching.error() : authors.error());
        h.total = h.matching = 0;
        return;
    }
    h.total = total.value();
    h.matching = matching.value();
    h.authors = std::move(authors.value());
}

const model::HistoryEntry* rowAt(App& app, HistoryViewState& h, int64_t index) {
    const int64_t page = index / kPageRows;
    auto it = h.pages.find(page);
    if (it == h.pages.end()) {
        auto rows = app.session().history(h.filter, page * kPageRows, kPageRows);
        if (!rows) {
            h.error = i18n::message(rows.error());
            return nullptr;
        }
        it = h.pages.emplace(page, std::move(rows.value())).first;
    }
    const int64_t at = index - page * kPageRows;
    return at < static_cast<int64_t>(it->second.size()) ? &it->second[static_cast<size_t>(at)] : nullptr;
}

void drawFilters(App& app, HistoryViewState& h) {
    const float w = ImGui::GetFontSize() * 11;
    model::HistoryFilter& f = h.filter;
    ImGui::TextDisabled("%s", icon::Filter);
    ImGui::SameLine();
    inputString("##hsearch", tr(Str::HistorySearch), f.text, w * 1.4f);
    ImGui::SameLine();
    std::vector<std::string> kindLabels{tr(Str::HistoryAllKinds)};
    int kind = 0;
    for (const KindEntry& k : kinds()) {
        kindLabels.push_back(tr(k.label));
        if (k.kind == f.kind) kind = static_cast<int>(kindLabels.size()) - 1;
    }
    if (choiceCombo("##hkind", kind, kindLabels, w)) f.kind = kind == 0 ? std::string() : std::string(kinds()[static_cast<size_t>(kind - 1)].kind);
    ImGui::SameLine();
    const model::HistoryAction actions[] = {model::HistoryAction::Apply, model::HistoryAction::Undo, model::HistoryAction::Redo};
    std::vector<std::string> actionLabels{tr(Str::HistoryAllActions)};
    int action = 0;
    for (model::HistoryAction a : actions) {
        actionLabels.push_back(tr(actionLabel(a)));
        if (f.action == a) action = static_cast<int>(actionLabels.size()) - 1;
    }
    if (choiceCombo("##haction", action, actionLabels, w * 0.8f))
        f.action = action == 0 ? std::nullopt : std::optional<model::HistoryAction>(actions[action - 1]);
    ImGui::SameLine();
    std::vector<std::string> authorLabels{tr(Str::HistoryAllAuthors)};
    int author = 0;
    for (const std::string& a : h.authors) {
        authorLabels.push_back(a.empty() ? tr(Str::HistoryNoAuthor) : a);
        if (f.author == a) author = static_cast<int>(authorLabels.size()) - 1;
    }
    if (choiceCombo("##hauthor", author, authorLabels, w))
        f.author = author == 0 ? std::nullopt : std::optional<std::string>(h.authors[static_cast<size_t>(author - 1)]);
    if (!(f == model::HistoryFilter{})) {
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::HistoryClearFilters))) f = {};
    }
}

} // namespace

void drawHistory(App& app) {
    HistoryViewState& h = app.views().history;
    pageTitle(tr(Str::HistoryTitle));
    textWrappedDisabled(tr(Str::HistoryExplain));
    ImGui::Spacing();
    refresh(app, h);
    drawFilters(app, h);
    refresh(app, h); // a filter changed above: counts for this frame
    const std::string total = std::to_string(h.total);
    const std::string count = h.matching == h.total ? i18n::fill(Str::HistoryCount, {{"total", total}})
                                                    : i18n::fill(Str::HistoryCountOf, {{"shown", std::to_string(h.matching)}, {"total", total}});
    ImGui::TextDisabled("%s", count.c_str());
    hooks::labelLastItem("history:count", count.c_str());
    if (!h.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        textWrapped(h.error.c_str());
        ImGui::PopStyleColor();
    }
    if (h.matching == 0) {
        ImGui::Spacing();
        textWrappedDisabled(tr(h.total == 0 ? Str::HistoryNone : Str::HistoryNoMatch));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##history", 5, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    // As wide as the longest local time in this language ("2026年12月31日 23:59").
    const float timeW = ImGui::CalcTextSize(localTime(app, "2026-12-31T23:59:59Z").c_str()).x + em * 0.6f;
    ImGui::TableSetupColumn(tr(Str::HistoryColTime), ImGuiTableColumnFlags_WidthFixed, timeW);
    ImGui::TableSetupColumn(tr(Str::HistoryColAuthor), ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn(tr(Str::HistoryColAction), ImGuiTableColumnFlags_WidthFixed, em * 9.0f);
    ImGui::TableSetupColumn(tr(Str::HistoryColEntity), ImGuiTableColumnFlags_WidthFixed, em * 10.0f);
    ImGui::TableSetupColumn(tr(Str::HistoryColFields), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(h.matching));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const model::HistoryEntry* e = rowAt(app, h, i);
            ImGui::TableNextRow();
            if (!e) continue;
            ImGui::PushID(("h" + std::to_string(e->seq)).c_str()); // a string scope: tests name row n "h<n>"
            ImGui::TableSetColumnIndex(0);
            // The whole row is one selectable: Enter or a click opens the entity where it is edited.
            const std::string when = localTime(app, e->at) + "###row";
            if (ImGui::Selectable(when.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
                if (const KindEntry* k = kindEntry(e->key.kind)) k->open(app, e->key.id);
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em * 32);
                ImGui::TextUnformatted((entityLabel(*e) + "  ·  " + actionText(*e)).c_str());
                ImGui::TextDisabled("%s (UTC)", e->at.c_str());
                drawFieldChanges(*e);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableSetColumnIndex(1);
            textEllipsis(e->author.empty() ? tr(Str::HistoryNoAuthor) : e->author.c_str());
            ImGui::TableSetColumnIndex(2);
            textEllipsis(actionText(*e).c_str());
            ImGui::TableSetColumnIndex(3);
            textEllipsis(entityLabel(*e).c_str());
            ImGui::TableSetColumnIndex(4);
            textEllipsis(changesLine(*e).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void drawHistoryPanel(App& app, const model::EntityKey& key) {
    HistoryPanelState& p = app.views().historyPanels[key];
    const Str title = key.kind == model::kinds::Item ? Str::HistoryOfItem : Str::HistoryOfEntry;
    const std::string label = std::string(icon::History) + "  " + tr(title) + "###history";
    if (!ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth)) return;
    if (p.at != app.changeCount()) {
        p.at = app.changeCount();
        model::HistoryFilter only;
        only.kind = key.kind;
        only.id = key.id;
        auto count = app.session().historyCount(only);
        auto rows = app.session().history(only, 0, 20);
        p.total = count ? count.value() : 0;
        p.rows = rows ? std::move(rows.value()) : std::vector<model::HistoryEntry>{};
    }
    if (p.rows.empty()) textWrappedDisabled(tr(Str::HistoryNone));
    for (const model::HistoryEntry& e : p.rows) {
        const std::string head = localTime(app, e.at) + "  ·  " + (e.author.empty() ? tr(Str::HistoryNoAuthor) : e.author) +
                                 "  ·  " + actionText(e);
        ImGui::TextDisabled("%s", head.c_str());
        ImGui::Indent();
        drawFieldChanges(e);
        ImGui::Unindent();
    }
    if (p.total > static_cast<int64_t>(p.rows.size()) || !p.rows.empty()) {
        const std::string more = std::string(icon::History) + "  " + tr(Str::HistoryShowAll) + " (" + std::to_string(p.total) + ")###historyall";
        if (ImGui::SmallButton(more.c_str())) {
            app.views().history.filter = {};
            app.views().history.filter.kind = key.kind;
            app.views().history.filter.text = key.id;
            app.area = kHistoryArea;
        }
    }
    ImGui::TreePop();
}

} // namespace kanri::ui
