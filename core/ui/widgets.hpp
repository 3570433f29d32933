#pragma once
// Small widgets shared by the views: text fields bound to stored values, rating chips, text
// that never clips without an ellipsis, headings, cards and dates.
#include "exchange/csv.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"

#include <imgui.h>

#include <functional>

namespace kanri::ui {

// A text field bound to a stored value. `key` names the field; `current` is the stored value;
// `commit` turns the typed text into a command (see TextEdit). Multi-line fields commit on a
// pause in typing as well and, when not being edited, show their text wrapped (ImGui 1.86's
// multi-line field cannot wrap). A refused commit shows its message under the field and keeps
// what was typed. A single-line field is as wide as SetNextItemWidth says, else the whole
// width. Returns true while the field is being edited.
bool editText(App& app, const char* label, const std::string& key, const std::string& current, bool multiline,
              float height, std::function<Status(const std::string&, int)> commit, const char* hint = nullptr);

// ImGui's resize callback for a std::string buffer (UserData is the string).
int resizeString(ImGuiInputTextCallbackData* data);
// A field editing view state (a filter, a name, a path) directly: any length, nothing cut.
// Width <= 0: the available width. Returns what ImGui's InputText returns for the flags.
bool inputString(const char* id, const char* hint, std::string& value, float width, ImGuiInputTextFlags flags = 0);

// A combo of translated choices; index is the chosen one. Returns true when it changed.
// Width <= 0: the available width.
bool choiceCombo(const char* id, int& index, const std::vector<std::string>& labels, float width);

// N P L F N/A and clear, as chips; returns the rating clicked, if any. Disabled when read-only.
std::optional<model::Rating> ratingButtons(App& app, model::Rating current, const char* idSuffix);

// A coloured chip with the rating's code ("L", "N/A", "–" when unrated), always the same width
// so titles after it line up; its label is on hover.
void ratingBadge(model::Rating r);
ImU32 ratingColor(model::Rating r);
i18n::Str ratingLabel(model::Rating r);
// What the Edit menu and the History view call a kind of edit ("rating", "import").
i18n::Str verbLabel(model::Description::Verb v);
// "83 %" or "—" when nothing is rated.
std::string percent(const std::optional<double>& score);

// One line of text in at most maxWidth (the available width when <= 0): cut with "…" when it
// does not fit, the whole text on hover. Returns true when it was shortened.
bool textEllipsis(const char* text, float maxWidth = 0.0f, const ImVec4* color = nullptr);
// The text cut with "…" to fit in width (unchanged when it fits).
std::string ellipsize(const std::string& text, float width);
// A selectable row whose label is shortened with "…" to the row, with the whole text on hover.
bool selectableEllipsis(const char* id, const std::string& text, bool selected, ImGuiSelectableFlags flags = 0);

// Puts the next widget (of this width) on the same line when it fits, else on the next one.
void sameLineIfFits(float width);
// The width of a button with this label (the part after "##" not shown).
float buttonWidth(const char* label);

// What the status bar says of a CSV file that was not imported: its name, how many problems,
// the first with its line and column.
std::string csvImportFailed(const std::string& file, const std::vector<exchange::CsvRowError>& errors);

// Today's date in the user's time zone (YYYY-MM-DD).
std::string localToday(App& app);

// Type scale.
void pageTitle(const char* text);
void sectionHeader(const char* text);
void smallText(const char* text);

// A rounded panel with a border around what is drawn between the two, for grouping
// (dashboard cards); it fits its content, settling over two frames when the content changes.
void beginCard(const char* id);
void endCard();

// One block of a long scrolling list (an item with its details), drawn only when it is near
// the visible part of its window; a block far above or below reserves the height it took when
// last drawn, and costs nothing else. "Near" is within a window's height, so the Tab ring and
// arrow-key navigation, which scroll to the control they move to, always find the next one.
// Drawn always: a block not measured yet, one that must be (the selected item, which may be
// scrolled to), and one holding the keyboard focus or the text field being edited.
class LazyBlock {
public:
    LazyBlock(const char* id, bool mustDraw);
    ~LazyBlock();
    LazyBlock(const LazyBlock&) = delete;
    LazyBlock& operator=(const LazyBlock&) = delete;
    bool drawn() const { return m_drawn; }

private:
    ImGuiID m_key = 0;
    float m_startY = 0;
    bool m_drawn = true;
    bool m_focusBefore = false;
};

// Layout that settles over two frames (a card's height) asks for another frame; the shells,
// which draw only when something happens, take the request after each frame.
void requestAnotherFrame();
bool takeRedrawRequest();

// An ISO 8601 UTC time as the user reads it (local time, language's format), the exact UTC
// time on hover.
void timeText(App& app, const std::string& isoUtc);
std::string localTime(App& app, const std::string& isoUtc);
std::string localTime(App& app, long long epochSeconds);

const char* itemTitle(const model::Item& item);
// "Requirement" / "Good practice" / "Derived requirement", and what that means (a tooltip).
i18n::Str basisLabel(model::Basis basis);
i18n::Str basisTip(model::Basis basis);
const char* clauseTitle(const model::Clause& clause);

} // namespace kanri::ui
