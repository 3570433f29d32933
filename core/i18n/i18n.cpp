#include "i18n/i18n.hpp"

namespace kanri::i18n {
namespace {

struct Entry {
    const char* key;
    const char* en;
    const char* ja;
};

constexpr Entry kTable[] = {
#define KANRI_STR(key, en, ja) {#key, en, ja},
#include "i18n/strings.def"
#undef KANRI_STR
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<size_t>(Str::Count_));

Lang g_lang = Lang::En;

} // namespace

void setLanguage(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }

Lang languageFromLocale(std::string_view locale) {
    if (locale.size() >= 2 && (locale[0] == 'j' || locale[0] == 'J') && (locale[1] == 'a' || locale[1] == 'A') &&
        (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.'))
        return Lang::Ja;
    return Lang::En;
}

std::string_view languageCode(Lang lang) { return lang == Lang::Ja ? "ja" : "en"; }

const char* tr(Str key, Lang lang) {
    const Entry& e = kTable[static_cast<size_t>(key)];
    return lang == Lang::Ja ? e.ja : e.en;
}
const char* tr(Str key) { return tr(key, g_lang); }
const char* keyName(Str key) { return kTable[static_cast<size_t>(key)].key; }

std::string fill(Str key, std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string out = tr(key);
    for (const auto& [name, value] : values) {
        const std::string marker = "{" + std::string(name) + "}";
        for (size_t at = out.find(marker); at != std::string::npos; at = out.find(marker, at + value.size()))
            out.replace(at, marker.size(), value);
    }
    return out;
}

Str errorKey(ErrorCode code) {
    switch (code) {
#define KANRI_ERROR_KEY(name) case ErrorCode::name: return Str::Err##name;
        KANRI_ERRORS(KANRI_ERROR_KEY)
#undef KANRI_ERROR_KEY
    }
    return Str::ErrDatabaseIo;
}

std::string message(const Error& error) {
    std::string out = tr(errorKey(error.code));
    if (!error.detail.empty()) out += " (" + error.detail + ")";
    return out;
}

} // namespace kanri::i18n
