// Scores against hand-computed fixtures (docs/scoring.md), N/A exclusion, roll-up, verdict.
#include "model/scoring.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;

namespace {

// A tiny catalogue: clause 1 with leaves 1.1 (items a key, b) and 1.2 (item c); clause 2 with d.
model::Catalogue fixture() {
    std::vector<model::Clause> clauses = {{"1", "", "One", "一", "", "", "", ""}, {"1.1", "1", "A", "あ", "", "", "", ""},
                                          {"1.2", "1", "B", "い", "", "", "", ""}, {"2", "", "Two", "二", "", "", "", ""}};
    std::vector<model::Item> items = {{"1.1-01", "1.1", true, "a", "a", "a", "a", {}, {}},
                                      {"1.1-02", "1.1", false, "b", "b", "b", "b", {}, {}},
                                      {"1.2-01", "1.2", false, "c", "c", "c", "c", {}, {}},
                                      {"2-01", "2", false, "d", "d", "d", "d", {}, {}}};
    std::vector<model::RequiredDocument> docs = {{"doc-x", model::RequiredDocument::Kind::Document, "1.1", "X", "X"}};
    return model::Catalogue(clauses, items, docs, "t");
}

model::ItemAssessment rated(Rating r, const char* why = "") {
    model::ItemAssessment a;
    a.rating = r;
    a.justification = why;
    return a;
}

} // namespace

TEST_CASE("scoring/clause scores are weighted means; key items count double; parents roll up item-weighted") {
    const model::Catalogue cat = fixture();
    model::Workspace ws(cat);
    REQUIRE(ws.setItem("1.1-01", rated(Rating::L))); // key: w=2, v=2/3
    REQUIRE(ws.setItem("1.1-02", rated(Rating::P))); // w=1, v=1/3
    REQUIRE(ws.setItem("1.2-01", rated(Rating::F))); // w=1, v=1
    REQUIRE(ws.setItem("2-01", rated(Rating::N)));   // w=1, v=0
    const model::Scores s = model::computeScores(ws);
    // 1.1: (2·2/3 + 1·1/3) / 3 = 5/9
    CHECK(*s.clauses[cat.indexOf("1.1")].score == doctest::Approx(5.0 / 9.0));
    CHECK(*s.clauses[cat.indexOf("1.2")].score == doctest::Approx(1.0));
    // 1: (4/3 + 1/3 + 1) / 4 = 2/3
    CHECK(*s.clauses[cat.indexOf("1")].score == doctest::Approx(2.0 / 3.0));
    CHECK(*s.clauses[cat.indexOf("2")].score == doctest::Approx(0.0));
    // overall: (4/3 + 1/3 + 1 + 0) / 5 = 8/15
    CHECK(*s.readiness == doctest::Approx(8.0 / 15.0));
    CHECK(s.coverage == doctest::Approx(1.0));
    CHECK(s.counts[static_cast<size_t>(Rating::N)] == 1);
}

TEST_CASE("scoring/N/A and unrated items are left out of scores but not of coverage") {
    const model::Catalogue cat = fixture();
    model::Workspace ws(cat);
    REQUIRE(ws.setItem("1.1-01", rated(Rating::F)));
    REQUIRE(ws.setItem("1.1-02", rated(Rating::NA, "not offered")));
    const model::Scores s = model::computeScores(ws);
    CHECK(*s.clauses[cat.indexOf("1.1")].score == doctest::Approx(1.0));
    CHECK(s.clauses[cat.indexOf("1.1")].notApplicable == 1);
    CHECK_FALSE(s.clauses[cat.indexOf("1.2")].score.has_value());
    CHECK(*s.readiness == doctest::Approx(1.0));
    CHECK(s.coverage == doctest::Approx(0.5));
    CHECK_FALSE(model::computeScores(model::Workspace(cat)).readiness.has_value());
}

TEST_CASE("scoring/verdict reasons: key item at N, document missing or unchecked, unjustified N/A, unrated") {
    const model::Catalogue cat = fixture();
    model::Workspace ws(cat);
    for (const char* id : {"1.1-01", "1.1-02", "1.2-01", "2-01"}) REQUIRE(ws.setItem(id, rated(Rating::F)));
    REQUIRE(ws.setDocument("doc-x", {model::DocumentStatus::Present, "DMS"}));
    model::Scores s = model::computeScores(ws);
    CHECK(s.ready);
    CHECK(s.reasons.empty());

    REQUIRE(ws.setItem("1.1-01", rated(Rating::N)));
    REQUIRE(ws.setDocument("doc-x", {model::DocumentStatus::Missing, ""}));
    REQUIRE(ws.setItem("2-01", {}));
    // An unjustified N/A can only come from outside the command path (e.g. an older file).
    ws.loadItem("1.2-01", rated(Rating::NA));
    s = model::computeScores(ws);
    CHECK_FALSE(s.ready);
    std::vector<model::ReasonKind> kinds;
    for (const auto& r : s.reasons) kinds.push_back(r.kind);
    CHECK(kinds == std::vector<model::ReasonKind>{model::ReasonKind::KeyItemAtN, model::ReasonKind::NaUnjustified,
                                                 model::ReasonKind::DocumentMissing, model::ReasonKind::Unrated});
    CHECK(s.reasons[0].id == "1.1-01");
    CHECK(s.reasons[3].count == 1);
    // A non-key item at N does not block.
    model::Workspace ws2(cat);
    for (const char* id : {"1.1-01", "1.1-02", "1.2-01"}) REQUIRE(ws2.setItem(id, rated(Rating::F)));
    REQUIRE(ws2.setItem("2-01", rated(Rating::N)));
    REQUIRE(ws2.setDocument("doc-x", {model::DocumentStatus::Present, ""}));
    CHECK(model::computeScores(ws2).ready);
}

TEST_CASE("scoring/gap list: below F, worst first, key items first among equals") {
    const model::Catalogue cat = fixture();
    model::Workspace ws(cat);
    REQUIRE(ws.setItem("1.1-02", rated(Rating::N)));
    REQUIRE(ws.setItem("1.1-01", rated(Rating::N)));
    REQUIRE(ws.setItem("1.2-01", rated(Rating::L)));
    REQUIRE(ws.setItem("2-01", rated(Rating::F)));
    auto g = model::gaps(cat, ws.items(), false);
    REQUIRE(g.size() == 3);
    CHECK(cat.items()[g[0].item].id == "1.1-01");
    CHECK(cat.items()[g[1].item].id == "1.1-02");
    CHECK(cat.items()[g[2].item].id == "1.2-01");
}

TEST_CASE("scoring/frozen cycles score like the workspace they came from") {
    const model::Catalogue cat = fixture();
    model::Workspace ws(cat);
    REQUIRE(ws.setItem("1.1-01", rated(Rating::L)));
    REQUIRE(ws.setItem("2-01", rated(Rating::P)));
    const model::Cycle c = ws.freeze("H1");
    CHECK(*model::computeScores(cat, c).readiness == doctest::Approx(*model::computeScores(ws).readiness));
}

TEST_CASE("catalogue/every leaf has assessable items; at least 150 in all, each in English and Japanese") {
    const auto& cat = test::shippedCatalogue();
    CHECK(cat.items().size() >= 150);
    for (const auto& c : cat.clauses()) {
        CAPTURE(c.id);
        if (cat.isLeaf(c)) CHECK_FALSE(c.items.empty());
    }
    for (const auto& i : cat.items()) {
        CAPTURE(i.id);
        CHECK(i.id.rfind(i.clauseId + "-", 0) == 0);
        for (const std::string* t : {&i.titleEn, &i.titleJa, &i.explanationEn, &i.explanationJa}) CHECK_FALSE(t->empty());
        CHECK_FALSE(i.evidenceEn.empty());
        CHECK(i.evidenceEn.size() == i.evidenceJa.size());
    }
    CHECK(cat.documents().size() >= 14);
    for (const auto& d : cat.documents()) CHECK(cat.find(d.clauseId) != nullptr);
}

TEST_CASE("scoring/good-practice items are rated but left out of readiness, clause scores, coverage and the verdict") {
    // The fixture with 2-01 turned into good practice (docs/scoring.md, "Good practice").
    model::Catalogue base = fixture();
    std::vector<model::Item> items = base.items();
    items[3].basis = model::Basis::GoodPractice;
    items.push_back({"1.2-02", "1.2", true, "e", "e", "e", "e", {}, {}});
    items.back().basis = model::Basis::GoodPractice; // key has no effect on good practice
    const model::Catalogue cat(base.clauses(), items, base.documents(), "t");
    model::Workspace ws(cat);
    REQUIRE(ws.setItem("1.1-01", rated(Rating::F)));
    REQUIRE(ws.setItem("1.1-02", rated(Rating::F)));
    REQUIRE(ws.setItem("1.2-01", rated(Rating::L)));
    REQUIRE(ws.setItem("2-01", rated(Rating::N))); // would pull readiness down if it counted
    REQUIRE(ws.setDocument("doc-x", {model::DocumentStatus::Present, "DMS"}));
    const model::Scores s = model::computeScores(ws);
    // readiness over requirements only: (2·1 + 1·1 + 1·2/3) / 4 = 11/12
    CHECK(*s.readiness == doctest::Approx(11.0 / 12.0));
    CHECK_FALSE(s.clauses[cat.indexOf("2")].score.has_value());
    CHECK(s.clauses[cat.indexOf("2")].goodPractice == 1);
    CHECK(s.clauses[cat.indexOf("1")].items == 3);
    CHECK(s.requirementItems == 3);
    CHECK(s.coverage == doctest::Approx(1.0)); // 1.2-02 (good practice) is unrated and does not count
    CHECK(s.ready);                            // nor does it block the verdict
    CHECK(s.goodPractice.items == 2);
    CHECK(s.goodPractice.counts[static_cast<size_t>(Rating::N)] == 1);
    CHECK(s.goodPractice.counts[static_cast<size_t>(Rating::Unrated)] == 1);
    CHECK(*s.goodPractice.score == doctest::Approx(0.0));
    CHECK(s.counts[static_cast<size_t>(Rating::N)] == 1); // counts cover every item
    // The gap list puts requirement gaps before good-practice ones.
    const auto g = model::gaps(cat, ws.items(), true);
    REQUIRE(g.size() == 3);
    CHECK(cat.items()[g[0].item].id == "1.2-01");
    CHECK(cat.items()[g[1].item].id == "2-01");
}

TEST_CASE("scoring/the shipped catalogue: good practice never blocks the verdict") {
    const auto& cat = test::shippedCatalogue();
    model::Workspace ws(cat);
    for (const auto& i : cat.items())
        if (model::countsForReadiness(i)) REQUIRE(ws.setItem(i.id, rated(Rating::F)));
    for (const auto& d : cat.documents()) REQUIRE(ws.setDocument(d.id, {model::DocumentStatus::Present, "DMS"}));
    const model::Scores s = model::computeScores(ws);
    CHECK(s.ready);
    CHECK(*s.readiness == doctest::Approx(1.0));
    CHECK(s.goodPractice.items == 24);
    CHECK(s.goodPractice.counts[static_cast<size_t>(Rating::Unrated)] == 24);
}
