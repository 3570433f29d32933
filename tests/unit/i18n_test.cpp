// The translation table is complete: every key has English and Japanese text.
#include "i18n/i18n.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <set>
#include <string>

using namespace kanri;
using i18n::Lang;
using i18n::Str;

TEST_CASE("i18n/every key has non-empty English and Japanese text") {
    // Names and notations read the same in both languages; everything else must be translated.
    const std::set<std::string> same = {"AppName", "LangEnglish", "LangJapanese", "EvidenceUrlHint", "KindKpi", "PerfColKpi", "PerfKpiName", "SupColId"};
    for (int k = 0; k < static_cast<int>(Str::Count_); ++k) {
        const Str key = static_cast<Str>(k);
        CAPTURE(i18n::keyName(key));
        const char* en = i18n::tr(key, Lang::En);
        const char* ja = i18n::tr(key, Lang::Ja);
        REQUIRE(en);
        REQUIRE(ja);
        CHECK(std::strlen(en) > 0);
        CHECK(std::strlen(ja) > 0);
        if (!same.count(i18n::keyName(key))) CHECK(std::string(en) != std::string(ja));
    }
}

TEST_CASE("i18n/every error code has a translated message") {
#define CHECK_ERROR_MESSAGE(name)                                                                                  \
    CHECK(std::strlen(i18n::tr(i18n::errorKey(ErrorCode::name), Lang::Ja)) > 0);                                  \
    CHECK(std::string(i18n::keyName(i18n::errorKey(ErrorCode::name))) == std::string("Err") + #name);
    KANRI_ERRORS(CHECK_ERROR_MESSAGE)
#undef CHECK_ERROR_MESSAGE
}

TEST_CASE("i18n/the language follows the locale and can be switched") {
    CHECK(i18n::languageFromLocale("ja") == Lang::Ja);
    CHECK(i18n::languageFromLocale("ja-JP") == Lang::Ja);
    CHECK(i18n::languageFromLocale("ja_JP.UTF-8") == Lang::Ja);
    CHECK(i18n::languageFromLocale("en-US") == Lang::En);
    CHECK(i18n::languageFromLocale("jav") == Lang::En);
    CHECK(i18n::languageFromLocale("") == Lang::En);
    i18n::setLanguage(Lang::Ja);
    CHECK(std::string(i18n::tr(Str::NavRisks)) == "リスク");
    i18n::setLanguage(Lang::En);
    CHECK(std::string(i18n::tr(Str::NavRisks)) == "Risks");
    CHECK(i18n::message(Error{ErrorCode::UnknownClause, "11.1"}) == "Unknown clause (11.1)");
}
