#pragma once
// Small widgets shared by the views.
#include "ui/app.hpp"

#include <functional>

namespace kanri::ui {

// A text field bound to a stored value. `key` names the field; `current` is the stored value;
// `commit` turns the typed text into a command (see TextEdit). Multi-line fields commit on a
// pause in typing as well. Returns true while the field is being edited.
bool editText(App& app, const char* label, const std::string& key, const std::string& current, bool multiline,
              float height, std::function<Status(const std::string&, int)> commit, const char* hint = nullptr);

// N P L F N/A buttons; returns the rating clicked, if any. Disabled when read-only.
std::optional<model::Rating> ratingButtons(App& app, model::Rating current, const char* idSuffix);

// A coloured rating code ("L", "NA", "·" when unrated).
void ratingBadge(model::Rating r);
// "83 %" or "—" when nothing is rated.
std::string percent(const std::optional<double>& score);

const char* itemTitle(const model::Item& item);
const char* clauseTitle(const model::Clause& clause);

} // namespace kanri::ui
