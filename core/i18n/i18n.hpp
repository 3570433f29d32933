#pragma once
// Translation: tr(Str::Key) returns the string for the current language.
// All keys and both languages live in strings.def; the unit tests check completeness.
#include "model/error.hpp"

#include <initializer_list>
#include <string>
#include <utility>
#include <string_view>

namespace kanri::i18n {

enum class Lang { En, Ja };

enum class Str {
#define KANRI_STR(key, en, ja) key,
#include "i18n/strings.def"
#undef KANRI_STR
    Count_
};

void setLanguage(Lang lang);
Lang language();
// "ja", "ja-JP", "ja_JP.UTF-8" -> Ja; anything else -> En.
Lang languageFromLocale(std::string_view locale);
std::string_view languageCode(Lang lang); // "en" / "ja"

const char* tr(Str key);
const char* tr(Str key, Lang lang);
const char* keyName(Str key);
// The string with each {name} replaced by its value: "{shown} of {total} changes" (word order
// differs between the languages, so no printf positions).
std::string fill(Str key, std::initializer_list<std::pair<std::string_view, std::string>> values);

// The translated message for an error code, with its technical detail appended when present.
std::string message(const Error& error);
Str errorKey(ErrorCode code);

} // namespace kanri::i18n
