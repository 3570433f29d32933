#pragma once
// An entity's fields edited in place, each a generic put of that one field (patchFields): a
// titled text or note, a choice over an enum's codes, a date. What a detail editor is built
// from; a refusal is kept at its field (editText, dateField).
#include "i18n/i18n.hpp"
#include "model/entity.hpp"
#include "ui/app.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::ui {

Status putField(App& app, const model::EntityKey& key, const std::string& field, const std::string& value, int session = 0);

// A title above a text field (multiline: a note three lines high); width 0: the whole row.
void textOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, const std::string& value, bool multiline, float width = 0);
// A title above a YYYY-MM-DD field, grouped (SameLine may follow).
void dateOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, const std::string& value);
// A title above a combo of labels; commits codes[index]. Grouped.
bool choiceOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, int index, std::span<const std::string_view> codes,
              const std::vector<std::string>& labels, float widthEm = 12);

// The labels of an enum's values, translated, in the order of its codes.
template <size_t N> std::vector<std::string> labelsOf(const std::array<i18n::Str, N>& strs) {
    std::vector<std::string> out;
    for (i18n::Str s : strs) out.push_back(i18n::tr(s));
    return out;
}

} // namespace kanri::ui
