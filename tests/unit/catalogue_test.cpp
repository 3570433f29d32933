// The clause catalogue shipped in assets/: complete against domain.md §1.2, bilingual, a tree.
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;

// Every number of the ISO/IEC 20000-1:2018 clause tree (domain.md §1.2), written out here
// independently of the asset so that a dropped row fails the test.
static const char* const kExpectedIds[] = {
    "4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.2.1", "5.2.2", "5.3", "6", "6.1", "6.2", "6.2.1",
    "6.2.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.4", "7.6", "8", "8.1",
    "8.2", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4",
    "8.3.4.1", "8.3.4.2", "8.4", "8.4.1", "8.4.2", "8.4.3", "8.5", "8.5.1", "8.5.1.1", "8.5.1.2", "8.5.1.3",
    "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3", "8.6", "8.6.1", "8.6.2", "8.6.3", "8.7", "8.7.1", "8.7.2",
    "8.7.3", "8.7.3.1", "8.7.3.2", "8.7.3.3", "9", "9.1", "9.2", "9.3", "9.4", "10", "10.1", "10.2"};

TEST_CASE("catalogue/every clause number of domain.md §1.2 is present with both titles") {
    const auto& cat = test::shippedCatalogue();
    REQUIRE_FALSE(cat.empty());
    CHECK(cat.clauses().size() == std::size(kExpectedIds));
    for (const char* id : kExpectedIds) {
        CAPTURE(id);
        const model::Clause* c = cat.find(id);
        REQUIRE(c != nullptr);
        CHECK_FALSE(c->titleEn.empty());
        CHECK_FALSE(c->titleJa.empty());
    }
}

TEST_CASE("catalogue/every leaf has an own-words summary in English and Japanese") {
    const auto& cat = test::shippedCatalogue();
    int leaves = 0;
    for (const auto& c : cat.clauses()) {
        if (!cat.isLeaf(c)) continue;
        ++leaves;
        CAPTURE(c.id);
        CHECK_FALSE(c.summaryEn.empty());
        CHECK_FALSE(c.summaryJa.empty());
    }
    CHECK(leaves == 57); // domain.md: 77 numbered nodes, 57 leaves
}

TEST_CASE("catalogue/tree: clauses 4 to 10 are the roots and parents own their children") {
    const auto& cat = test::shippedCatalogue();
    std::vector<std::string> roots;
    for (int r : cat.roots()) roots.push_back(cat.clauses()[r].id);
    CHECK(roots == std::vector<std::string>{"4", "5", "6", "7", "8", "9", "10"});
    const model::Clause* c853 = cat.find("8.5");
    REQUIRE(c853);
    CHECK(c853->children.size() == 3);
    CHECK(cat.find("8.7.3.2")->depth == 3);
}

TEST_CASE("catalogue/clause numbers sort numerically") {
    CHECK(model::clauseIdLess("8.9", "8.10"));
    CHECK(model::clauseIdLess("4", "4.1"));
    CHECK(model::clauseIdLess("9.4", "10"));
    CHECK_FALSE(model::clauseIdLess("10.1", "9.4"));
}

TEST_CASE("catalogue/a malformed catalogue is refused with the JSON path") {
    auto r = exchange::parseCatalogue(R"({"format":"kanri-catalogue","clauses":[{"id":"4","title_en":"x"}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::CatalogueInvalid);
    CHECK(r.error().detail == "/clauses/0/title_ja: missing");

    auto orphan = exchange::parseCatalogue(
        R"({"format":"kanri-catalogue","clauses":[{"id":"4.1","parent":"4","title_en":"x","title_ja":"y"}]})");
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().detail.find("/clauses/0/parent") == 0);

    CHECK_FALSE(exchange::parseCatalogue("not json").ok());
    CHECK_FALSE(exchange::parseCatalogue(R"({"format":"other","clauses":[]})").ok());
}
