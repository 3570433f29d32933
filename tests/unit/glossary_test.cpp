// One Japanese term per English term (assets/catalogue/glossary.json): no forbidden variant in
// the catalogue or in the Japanese interface strings; full-width parentheses and 常体 (plain
// style) in the Japanese catalogue content.
#include "i18n/i18n.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <utility>
#include <vector>

using namespace kanri;

namespace {

struct Text {
    std::string where; // "8.6.1-01/explanation_ja"
    std::string text;
};

// Every Japanese text of the shipped catalogue, named by where it is.
std::vector<Text> catalogueJapanese() {
    const model::Catalogue& cat = test::shippedCatalogue();
    std::vector<Text> out;
    for (const auto& c : cat.clauses())
        for (auto [k, v] : {std::pair{"summary_ja", &c.summaryJa}, std::pair{"edition_2011_ja", &c.edition2011Ja}})
            out.push_back({c.id + "/" + k, *v});
    for (const auto& i : cat.items()) {
        for (auto [k, v] : {std::pair{"title_ja", &i.titleJa}, std::pair{"explanation_ja", &i.explanationJa},
                            std::pair{"question_ja", &i.questionJa}, std::pair{"frequency_ja", &i.frequencyJa}})
            out.push_back({i.id + "/" + k, *v});
        for (const auto& e : i.evidenceJa) out.push_back({i.id + "/evidence_ja", e});
    }
    for (const auto& d : cat.documents()) out.push_back({d.id + "/title_ja", d.titleJa});
    for (const auto& t : cat.learning()) {
        out.push_back({t.id + "/title_ja", t.titleJa});
        for (const auto& p : t.pointsJa) out.push_back({t.id + "/points_ja", p});
    }
    return out;
}

const nlohmann::json& glossary() {
    static const nlohmann::json g = nlohmann::json::parse(test::readText(std::string(KANRI_ASSETS_DIR) + "/catalogue/glossary.json"));
    return g;
}

std::string withoutAllowed(std::string s, const nlohmann::json& term) {
    for (const auto& a : term.value("allowed", nlohmann::json::array())) {
        const std::string word = a.get<std::string>();
        for (size_t at; (at = s.find(word)) != std::string::npos;) s.erase(at, word.size());
    }
    return s;
}

// The first forbidden variant of any glossary term found in text, or "".
std::string forbiddenIn(const std::string& text) {
    for (const auto& term : glossary()["terms"]) {
        const std::string s = withoutAllowed(text, term);
        for (const auto& f : term.value("forbidden", nlohmann::json::array()))
            if (s.find(f.get<std::string>()) != std::string::npos) return f.get<std::string>() + " (use " + term["ja"].get<std::string>() + ")";
        for (const auto& p : term.value("forbidden_patterns", nlohmann::json::array()))
            if (std::regex_search(s, std::regex(p.get<std::string>()))) return p.get<std::string>() + " (use " + term["ja"].get<std::string>() + ")";
    }
    return {};
}

} // namespace

TEST_CASE("glossary/every term has one Japanese rendering and its forbidden variants") {
    const auto& terms = glossary()["terms"];
    REQUIRE(terms.size() >= 20);
    for (const auto& t : terms) {
        CAPTURE(t.dump());
        CHECK_FALSE(t["en"].get<std::string>().empty());
        CHECK_FALSE(t["ja"].get<std::string>().empty());
        CHECK((t.contains("forbidden") || t.contains("forbidden_patterns")));
    }
}

TEST_CASE("glossary/no forbidden variant in the Japanese catalogue") {
    const auto texts = catalogueJapanese();
    REQUIRE(texts.size() > 500);
    for (const Text& t : texts) {
        CAPTURE(t.where);
        CAPTURE(t.text);
        CHECK(forbiddenIn(t.text) == "");
    }
}

TEST_CASE("glossary/no forbidden variant in the Japanese interface strings") {
    for (int k = 0; k < static_cast<int>(i18n::Str::Count_); ++k) {
        const auto key = static_cast<i18n::Str>(k);
        CAPTURE(i18n::keyName(key));
        CHECK(forbiddenIn(i18n::tr(key, i18n::Lang::Ja)) == "");
    }
}

TEST_CASE("glossary/Japanese content: full-width parentheses and plain style (常体)") {
    const auto texts = catalogueJapanese();
    for (const auto& rule : glossary()["content_rules"])
        for (const auto& p : rule["forbidden_patterns"]) {
            const std::regex re(p.get<std::string>());
            for (const Text& t : texts) {
                CAPTURE(rule["rule"].get<std::string>());
                CAPTURE(t.where);
                CAPTURE(t.text);
                CHECK_FALSE(std::regex_search(t.text, re));
            }
        }
}

TEST_CASE("glossary/the test itself finds a forbidden variant") {
    CHECK(forbiddenIn("リスク登録簿を見直している") != "");
    CHECK(forbiddenIn("十分な容量を確保") != "");
    CHECK(forbiddenIn("十分な容量・能力を確保") == "");
    CHECK(forbiddenIn("空き容量が不足") == "");
    CHECK(forbiddenIn("サービス要求カタログ") == "");
    CHECK(forbiddenIn("要求カタログ") != "");
}
