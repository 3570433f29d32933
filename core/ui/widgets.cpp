#include "ui/widgets.hpp"

#include "model/text.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <utility>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

// The message of a refused commit, under its field, named for the tests' widget map.
void fieldErrorText(const std::string& key, const FieldError& error) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    textWrapped(error.message.c_str());
    ImGui::PopStyleColor();
    hooks::labelLastItem(("error:" + key).c_str(), error.message.c_str());
}

// Bytes of `text` that fit in `width` with "…" after them. One pass: ImFont stops measuring at
// the width and says where (it never splits a code point).
size_t fittingPrefix(const char* text, float width) {
    const float room = width - ImGui::CalcTextSize("…").x;
    if (room <= 0) return 0;
    const char* stop = text;
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, text, nullptr, &stop);
    return static_cast<size_t>(stop - text);
}

} // namespace

bool choiceCombo(const char* id, int& index, const std::vector<std::string>& labels, float width) {
    if (labels.empty()) return false;
    index = std::clamp(index, 0, static_cast<int>(labels.size()) - 1);
    ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
    bool changed = false;
    // The closed combo shows as much of the choice as fits, with "…" (ImGui would cut it off
    // mid-character); the open list shows it whole, and so does the tooltip.
    const std::string& label = labels[static_cast<size_t>(index)];
    const float previewWidth = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
    const std::string preview = ImGui::CalcTextSize(label.c_str()).x > previewWidth ? ellipsize(label, previewWidth) : label;
    const bool open = ImGui::BeginCombo(id, preview.c_str());
    if (!open && preview != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    // ImGui 1.86 reports no label for a combo: named for the widget map ("combo:hkind").
    if (!open) hooks::labelLastItem((std::string("combo:") + (id[0] == '#' ? id + std::strspn(id, "#") : id)).c_str(), label.c_str());
    if (open) {
        for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(labels[static_cast<size_t>(i)].c_str(), i == index) && i != index) {
                index = i;
                changed = true;
            }
            if (i == index) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

Str verbLabel(model::Description::Verb v) {
    switch (v) {
#define KANRI_VERB_LABEL(name, code) \
    case model::Description::Verb::name: return Str::Verb##name;
        KANRI_VERBS(KANRI_VERB_LABEL)
#undef KANRI_VERB_LABEL
    }
    return Str::VerbEditItem;
}

int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* str = static_cast<std::string*>(data->UserData);
        str->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = str->data();
    }
    return 0;
}

bool inputString(const char* id, const char* hint, std::string& value, float width, ImGuiInputTextFlags flags) {
    ImGui::SetNextItemWidth(width > 0 ? width : -1);
    return ImGui::InputTextWithHint(id, hint ? hint : "", value.data(), value.capacity() + 1,
                                    flags | ImGuiInputTextFlags_CallbackResize, resizeString, &value);
}

bool editText(App& app, const char* label, const std::string& key, const std::string& current, bool multiline,
              float height, std::function<Status(const std::string&, int)> commit, const char* hint) {
    TextEdit& e = app.textEdit;
    const bool mine = e.key == key;
    const FieldError* error = app.fieldError(key);
    std::string temp;
    std::string* buf = &temp;
    if (mine && (e.active || e.dirty)) buf = &e.buffer;
    else temp = error ? error->typed : current;
    bool focusNow = false;
    if (app.focusFieldKey == key) {
        focusNow = true;
        app.focusFieldKey.clear();
        app.activatingFieldKey = key;
    }
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (app.readOnly()) flags |= ImGuiInputTextFlags_ReadOnly;
    if (error) {
        ImGui::PushStyleColor(ImGuiCol_Border, palette().bad);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    const bool editing = (mine && e.active) || app.activatingFieldKey == key;
    if (multiline && !editing) {
        // Not being edited: the text wrapped in a frame of the field's look; a click edits it.
        const float wrap = ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().FramePadding.x;
        const float textH = buf->empty() ? ImGui::GetTextLineHeight() : wrappedHeight(buf->c_str(), wrap);
        const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(height, textH + 2 * ImGui::GetStyle().FramePadding.y));
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::PushID(label);
        const bool clicked = ImGui::InvisibleButton("##view", size);
        const bool hovered = ImGui::IsItemHovered();
        hooks::labelLastItem("view", ""); // ImGui reports no label for an invisible button
        ImGui::PopID();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImGuiStyle& st = ImGui::GetStyle();
        dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), st.FrameRounding);
        dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding, 0, error ? 2.0f : st.FrameBorderSize);
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(pos.x + st.FramePadding.x, pos.y + st.FramePadding.y));
        if (buf->empty()) ImGui::TextDisabled("%s", hint ? hint : "");
        else textWrapped(buf->c_str(), wrap);
        ImGui::SetCursorScreenPos(after);
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        if (error) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
            fieldErrorText(key, *error);
        }
        if (mine) e.drawn = true;
        if (clicked && !app.readOnly()) app.focusFieldKey = key; // the editor takes over next frame
        return false;
    }
    if (focusNow) ImGui::SetKeyboardFocusHere();
    if (multiline) {
        ImGui::InputTextMultiline(label, buf->data(), buf->capacity() + 1, ImVec2(-1, height), flags, resizeString, buf);
    } else {
        flags |= ImGuiInputTextFlags_EnterReturnsTrue;
        // The caller's SetNextItemWidth, else the whole width.
        if (!(GImGui->NextItemData.Flags & ImGuiNextItemDataFlags_HasWidth)) ImGui::SetNextItemWidth(-1);
        if (hint) ImGui::InputTextWithHint(label, hint, buf->data(), buf->capacity() + 1, flags, resizeString, buf);
        else ImGui::InputText(label, buf->data(), buf->capacity() + 1, flags, resizeString, buf);
    }
    const bool activated = ImGui::IsItemActivated();
    const bool edited = ImGui::IsItemEdited();
    const bool active = ImGui::IsItemActive();
    const bool deactivated = ImGui::IsItemDeactivated();
    if (error) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        fieldErrorText(key, *error);
    }
    if (activated || (app.activatingFieldKey == key && !focusNow)) app.activatingFieldKey.clear();
    if (activated) {
        app.commitPendingEdits(); // another field's pending text first
        e = TextEdit{};
        e.key = key;
        e.buffer = *buf;
        e.session = app.newEditSession();
        e.active = true;
        e.commitOnPause = multiline;
        e.commit = std::move(commit);
        // What is shown (a refused text kept for correction) is what will be committed.
        e.dirty = error != nullptr;
    }
    if (e.key == key) {
        e.drawn = true;
        if (edited) {
            e.buffer = *buf;
            e.dirty = true;
            e.lastChange = ImGui::GetTime();
        }
        e.active = active;
        if (deactivated) {
            app.commitPendingEdits();
            e.active = false;
        }
    }
    return active;
}

ImU32 ratingColor(model::Rating r) {
    const Palette& p = palette();
    switch (r) {
    case model::Rating::N: return p.ratingN;
    case model::Rating::P: return p.ratingP;
    case model::Rating::L: return p.ratingL;
    case model::Rating::F: return p.ratingF;
    case model::Rating::NA: return p.ratingNA;
    case model::Rating::Unrated: break;
    }
    return p.unrated;
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
// Dark text on light chips (the yellow L), white on dark ones: readable in both themes.
ImU32 textOn(ImU32 fill) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
    return luminance > 0.55f ? IM_COL32(25, 27, 31, 255) : IM_COL32(255, 255, 255, 255);
}

std::string chipText(model::Rating r) {
    if (r == model::Rating::NA) return "N/A";
    if (r == model::Rating::Unrated) return "–";
    return std::string(model::ratingCode(r));
}
float chipWidth() { return ImGui::CalcTextSize("N/A").x + ImGui::GetStyle().FramePadding.x * 2; }
} // namespace

std::optional<model::Rating> ratingButtons(App& app, model::Rating current, const char* idSuffix) {
    std::optional<model::Rating> clicked;
    ImGui::BeginDisabled(app.readOnly());
    const float w = chipWidth();
    auto chip = [&](model::Rating r, bool selected, const std::string& label, Str tip) {
        const ImVec4 c = ImGui::ColorConvertU32ToFloat4(ratingColor(r));
        const ImVec4 frame = ImGui::GetStyleColorVec4(ImGuiCol_Button);
        ImGui::PushStyleColor(ImGuiCol_Button, selected ? c : frame);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? c : ImVec4(c.x, c.y, c.z, 0.35f));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, c);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? ImGui::ColorConvertU32ToFloat4(textOn(ratingColor(r))) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        // No border: a chip row is six buttons per item, drawn for every item of the clause.
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        const bool pressed = ImGui::Button(label.c_str(), ImVec2(w, 0));
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(4);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(tip));
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        return pressed;
    };
    for (model::Rating r : model::kAllRatings)
        if (chip(r, current == r, chipText(r) + "##" + idSuffix, ratingLabel(r)) && current != r) clicked = r;
    if (chip(model::Rating::Unrated, false, std::string("–##clear") + idSuffix, Str::RatingClear) && current != model::Rating::Unrated)
        clicked = model::Rating::Unrated;
    ImGui::NewLine();
    ImGui::EndDisabled();
    return clicked;
}

void ratingBadge(model::Rating r) {
    const std::string text = chipText(r);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = chipWidth();
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool unrated = r == model::Rating::Unrated;
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), unrated ? ImGui::GetColorU32(ImGuiCol_FrameBg) : ratingColor(r), 3.0f);
    if (unrated) dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(ImGuiCol_Border), 3.0f);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    dl->AddText(ImVec2(pos.x + (w - ts.x) * 0.5f, pos.y), unrated ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : textOn(ratingColor(r)), text.c_str());
    ImGui::Dummy(ImVec2(w, h));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(ratingLabel(r)));
}

std::string percent(const std::optional<double>& score) {
    if (!score) return "—";
    return std::to_string(static_cast<int>(std::lround(*score * 100))) + " %";
}

bool textEllipsis(const char* text, float maxWidth, const ImVec4* color) {
    if (maxWidth <= 0) maxWidth = ImGui::GetContentRegionAvail().x;
    const float full = textWidth(text);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
    bool cut = false;
    if (full <= maxWidth) {
        ImGui::TextUnformatted(text);
    } else {
        const size_t n = fittingPrefix(text, maxWidth);
        const std::string shown = std::string(text, n) + "…";
        ImGui::TextUnformatted(shown.c_str());
        cut = true;
    }
    if (color) ImGui::PopStyleColor();
    if (cut && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        textWrapped(text, ImGui::GetFontSize() * 30);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return cut;
}

std::string ellipsize(const std::string& text, float width) {
    if (textWidth(text) <= width) return text;
    return text.substr(0, fittingPrefix(text.c_str(), width)) + "…";
}

bool selectableEllipsis(const char* id, const std::string& text, bool selected, ImGuiSelectableFlags flags) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float full = textWidth(text);
    std::string shown = text;
    if (full > width) shown = text.substr(0, fittingPrefix(text.c_str(), width)) + "…";
    const bool pressed = ImGui::Selectable((shown + "###" + id).c_str(), selected, flags);
    if (full > width && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
    return pressed;
}

void pageTitle(const char* text) {
    ImGui::PushFont(fontFor(TextStyle::Title, text));
    textWrapped(text);
    ImGui::PopFont();
    ImGui::Spacing();
}

void sectionHeader(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(fontFor(TextStyle::Heading, text));
    textWrapped(text);
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::Spacing();
}

void smallText(const char* text) {
    ImGui::PushFont(fontFor(TextStyle::Small, text));
    textWrappedDisabled(text);
    ImGui::PopFont();
}

namespace {
// A card being drawn (cards may nest): where it starts, the height it took last frame (under
// its id), and the layout limits it narrowed for its padding.
struct Card {
    ImGuiID key;
    ImVec2 start;
    float width, workMaxX, contentMaxX;
};
ImVector<Card> g_cards;
bool g_redraw = false;
} // namespace

void requestAnotherFrame() { g_redraw = true; }
bool takeRedrawRequest() { return std::exchange(g_redraw, false); }

// Drawn in the window itself, not as a child window (a child per card cost more than the rest
// of the dashboard): the panel is drawn first at the height the content took last frame, the
// content on top, narrowed by the padding.
void beginCard(const char* id) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    Card card{ImGui::GetID(id), ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, window->WorkRect.Max.x,
              window->ContentRegionRect.Max.x};
    const float measured = ImGui::GetStateStorage()->GetFloat(card.key, ImGui::GetFontSize() * 4);
    const ImVec2 end(card.start.x + card.width, card.start.y + measured);
    const float rounding = ImGui::GetFontSize() * 0.45f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(card.start, end, palette().card, rounding);
    dl->AddRect(card.start, end, palette().cardBorder, rounding, 0, 1.0f);
    g_cards.push_back(card);
    window->WorkRect.Max.x = card.start.x + card.width - pad.x;
    window->ContentRegionRect.Max.x = window->WorkRect.Max.x;
    ImGui::SetCursorScreenPos(ImVec2(card.start.x + pad.x, card.start.y + pad.y));
    ImGui::BeginGroup();
}

void endCard() {
    ImGui::EndGroup();
    const Card card = g_cards.back();
    g_cards.pop_back();
    const float contentH = ImGui::GetItemRectMax().y - card.start.y + ImGui::GetStyle().WindowPadding.y;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->WorkRect.Max.x = card.workMaxX;
    window->ContentRegionRect.Max.x = card.contentMaxX;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const float drawnH = storage->GetFloat(card.key, ImGui::GetFontSize() * 4);
    if (std::fabs(drawnH - contentH) > 0.5f) {
        storage->SetFloat(card.key, contentH);
        requestAnotherFrame(); // the panel was drawn at the old height: the next frame has the new one
    }
    // The card as one item of its full size, for the layout after it.
    ImGui::SetCursorScreenPos(card.start);
    ImGui::Dummy(ImVec2(card.width, contentH));
}

namespace {
// Whether the focused or the edited control has been drawn so far this frame.
bool focusSeen() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return (g.NavId && g.NavIdIsAlive) || (g.ActiveId && g.ActiveIdIsAlive == g.ActiveId);
}
ImGuiID focusKey(ImGuiID key) { return ImHashStr("focus", 0, key); }
} // namespace

LazyBlock::LazyBlock(const char* id, bool mustDraw) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    m_key = ImGui::GetID(id);
    m_startY = window->DC.CursorPos.y;
    const float height = storage->GetFloat(m_key, -1.0f);
    const float margin = window->InnerRect.GetHeight();
    const bool far = m_startY + height < window->InnerClipRect.Min.y - margin || m_startY > window->InnerClipRect.Max.y + margin;
    if (height >= 0 && far && !mustDraw && !storage->GetBool(focusKey(m_key))) {
        // The height measured includes the spacing after the block, which Dummy adds again.
        ImGui::Dummy(ImVec2(1.0f, std::max(0.0f, height - ImGui::GetStyle().ItemSpacing.y)));
        m_drawn = false;
        return;
    }
    m_focusBefore = focusSeen();
}

LazyBlock::~LazyBlock() {
    if (!m_drawn) return;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    storage->SetFloat(m_key, ImGui::GetCurrentWindow()->DC.CursorPos.y - m_startY);
    storage->SetBool(focusKey(m_key), !m_focusBefore && focusSeen());
}

namespace {
// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
long long daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}
void civilFromDays(long long z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}
} // namespace

namespace {
// UTC seconds as the user reads them: local time, the language's format.
std::string formatLocalTime(App& app, long long utc) {
    const long long local = utc + app.platform().utcOffsetMinutes(utc) * 60LL;
    long long days = local / 86400, secs = local % 86400;
    if (secs < 0) secs += 86400, --days;
    int ly;
    unsigned lm, ld;
    civilFromDays(days, ly, lm, ld);
    char buf[64];
    if (i18n::language() == i18n::Lang::Ja) {
        std::snprintf(buf, sizeof buf, "%d年%u月%u日 %02lld:%02lld", ly, lm, ld, secs / 3600, secs % 3600 / 60);
    } else {
        static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::snprintf(buf, sizeof buf, "%u %s %d, %02lld:%02lld", ld, kMonths[(lm - 1) % 12], ly, secs / 3600, secs % 3600 / 60);
    }
    return buf;
}
} // namespace

// Every "Last changed" line and file date asks each frame: formatted once per time and language.
std::string localTime(App& app, long long epochSeconds) {
    static std::unordered_map<long long, std::string> cache[2];
    auto& forLanguage = cache[i18n::language() == i18n::Lang::Ja ? 1 : 0];
    if (forLanguage.size() > 4096) forLanguage.clear();
    auto [it, inserted] = forLanguage.try_emplace(epochSeconds);
    if (inserted) it->second = formatLocalTime(app, epochSeconds);
    return it->second;
}

std::string localTime(App& app, const std::string& iso) {
    int y, mo, d, h, mi, s;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) != 6) return iso;
    return localTime(app, daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s);
}

void timeText(App& app, const std::string& iso) {
    const std::string shown = localTime(app, iso);
    ImGui::TextDisabled("%s", shown.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (UTC)", iso.c_str());
}

i18n::Str basisLabel(model::Basis b) {
    switch (b) {
    case model::Basis::Derived: return i18n::Str::BasisDerived;
    case model::Basis::GoodPractice: return i18n::Str::BasisGoodPractice;
    case model::Basis::Requirement: break;
    }
    return i18n::Str::BasisRequirement;
}

i18n::Str basisTip(model::Basis b) {
    switch (b) {
    case model::Basis::Derived: return i18n::Str::BasisDerivedTip;
    case model::Basis::GoodPractice: return i18n::Str::BasisGoodPracticeTip;
    case model::Basis::Requirement: break;
    }
    return i18n::Str::BasisRequirementTip;
}

const char* itemTitle(const model::Item& item) {
    return i18n::language() == i18n::Lang::Ja ? item.titleJa.c_str() : item.titleEn.c_str();
}
const char* clauseTitle(const model::Clause& c) {
    if (i18n::language() != i18n::Lang::Ja) return c.titleEn.c_str();
    if (!c.titleJaOwn) return c.titleJa.c_str();
    // Our own rendering, not yet checked against the JIS text: marked wherever it is shown (the
    // tree and the clause heading say so on hover). Built once per clause.
    struct Marked {
        std::string source, shown;
    };
    static std::unordered_map<const model::Clause*, Marked> marked;
    Marked& m = marked[&c];
    if (m.shown.empty() || m.source != c.titleJa) m = {c.titleJa, c.titleJa + " ※"}; // another catalogue at the same address
    return m.shown.c_str();
}

std::string localToday(App& app) {
    const std::string now = app.session().clock() ? app.session().clock()() : std::string();
    if (now.size() < 16) return now.substr(0, 10);
    // Days from the civil date (Howard Hinnant's algorithm), minutes added, and back.
    int y = std::stoi(now.substr(0, 4)), mo = std::stoi(now.substr(5, 2)), d = std::stoi(now.substr(8, 2));
    const int hh = std::stoi(now.substr(11, 2)), mm = std::stoi(now.substr(14, 2));
    y -= mo <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    const long long epoch = days * 86400 + hh * 3600 + mm * 60;
    const long long local = epoch + app.platform().utcOffsetMinutes(epoch) * 60LL;
    long long z = (local >= 0 ? local : local - 86399) / 86400 + 719468;
    const long long era2 = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era2 * 146097;
    const long long yoe2 = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy2 = doe - (365 * yoe2 + yoe2 / 4 - yoe2 / 100);
    const long long mp = (5 * doy2 + 2) / 153;
    const int day = static_cast<int>(doy2 - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long long year = yoe2 + era2 * 400 + (month <= 2);
    char out[32];
    std::snprintf(out, sizeof out, "%04lld-%02d-%02d", year, month, day);
    return out;
}

void sameLineIfFits(float width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float buttonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

std::string csvImportFailed(const std::string& file, const std::vector<exchange::CsvRowError>& errors) {
    const exchange::CsvRowError& e = errors.front();
    const std::string first = exchange::csvWhere(e) + i18n::message(e.error) + (e.error.detail.empty() ? "" : " — " + e.error.detail);
    return i18n::fill(i18n::Str::RiskImportFailed, {{"file", file}, {"count", std::to_string(errors.size())}, {"first", first}});
}

} // namespace kanri::ui
