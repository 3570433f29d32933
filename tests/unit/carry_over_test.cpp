// Retired item ids: their assessments go to the successors (split: each part; merge: the lowest
// rating, everything written kept), marked for confirmation, once.
#include "model/carry_over.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;

namespace {

// 1.1-01 was split into 1.1-02 and 1.1-03; 1.1-04 and 1.1-05 were merged into 1.1-03;
// 1.1-06 was renamed 1.1-07, which was later split again into 1.1-02 and 1.1-08.
model::Catalogue fixture() {
    std::vector<model::Clause> clauses = {{"1", "", "One", "一", "", "", "", ""}, {"1.1", "1", "A", "あ", "", "", "", ""}};
    std::vector<model::Item> items = {{"1.1-02", "1.1", false, "b", "b", "b", "b", {}, {}},
                                      {"1.1-03", "1.1", false, "c", "c", "c", "c", {}, {}},
                                      {"1.1-08", "1.1", false, "h", "h", "h", "h", {}, {}}};
    model::Catalogue cat(clauses, items, {}, "t-2");
    cat.setRetired({{"1.1-01", {"1.1-02", "1.1-03"}, "t-2"},
                    {"1.1-04", {"1.1-03"}, "t-2"},
                    {"1.1-05", {"1.1-03"}, "t-2"},
                    {"1.1-06", {"1.1-07"}, "t-1"},
                    {"1.1-07", {"1.1-02", "1.1-08"}, "t-2"}});
    return cat;
}

model::ItemAssessment rated(Rating r, std::string owner = "", std::string due = "", std::string notes = "") {
    model::ItemAssessment a;
    a.rating = r;
    a.owner = std::move(owner);
    a.due = std::move(due);
    a.notes = std::move(notes);
    return a;
}

} // namespace

TEST_CASE("carry-over/a split item's rating, evidence, owner, date and notes go to each part, marked") {
    const model::Catalogue cat = fixture();
    model::ItemMap old;
    old["1.1-01"] = rated(Rating::L, "SMS manager", "2026-06-30", "ask the CIO");
    old["1.1-01"].evidence = {{"Process map", "SMS-PRC-01", "https://intranet.example/p"}};
    model::ItemMap items;
    const auto r = model::carryOver(cat, old, items);
    CHECK(r.retiredUsed == std::vector<std::string>{"1.1-01"});
    for (const char* id : {"1.1-02", "1.1-03"}) {
        CAPTURE(id);
        const model::ItemAssessment& a = items.at(id);
        CHECK(a.rating == Rating::L);
        CHECK(a.owner == "SMS manager");
        CHECK(a.due == "2026-06-30");
        CHECK(a.evidence == old["1.1-01"].evidence);
        CHECK(a.notes == model::carryOverMarker("1.1-01") + "\nask the CIO");
        CHECK(model::isCarriedOver(a));
    }
}

TEST_CASE("carry-over/merged items: the lowest rating, the earliest date, every text and evidence kept") {
    const model::Catalogue cat = fixture();
    model::ItemMap old;
    old["1.1-04"] = rated(Rating::F, "Alice", "2026-09-30", "note A");
    old["1.1-04"].evidence = {{"A", "", ""}};
    old["1.1-05"] = rated(Rating::P, "Bob", "2026-05-31", "note B");
    old["1.1-05"].evidence = {{"B", "", ""}};
    model::ItemMap items;
    (void)model::carryOver(cat, old, items);
    const model::ItemAssessment& a = items.at("1.1-03");
    CHECK(a.rating == Rating::P);
    CHECK(a.due == "2026-05-31");
    CHECK(a.owner == "Alice");
    CHECK(a.evidence.size() == 2);
    for (const char* text : {"note A", "note B", "Bob", "1.1-04", "1.1-05"}) {
        CAPTURE(text);
        CHECK(a.notes.find(text) != std::string::npos);
    }
}

TEST_CASE("carry-over/chains are followed, unknown ids ignored, and a second run changes nothing") {
    const model::Catalogue cat = fixture();
    CHECK(model::currentIdsFor(cat, "1.1-06") == std::vector<std::string>{"1.1-02", "1.1-08"});
    CHECK(model::currentIdsFor(cat, "1.1-03") == std::vector<std::string>{"1.1-03"});
    CHECK(model::currentIdsFor(cat, "9.9-99").empty());
    model::ItemMap old;
    old["1.1-06"] = rated(Rating::N);
    old["9.9-99"] = rated(Rating::F);
    model::ItemMap items;
    (void)model::carryOver(cat, old, items);
    CHECK(items.size() == 2);
    CHECK(items.at("1.1-08").rating == Rating::N);
    const model::ItemMap once = items;
    (void)model::carryOver(cat, old, items);
    CHECK(items.size() == once.size());
    for (const auto& [id, a] : once) CHECK(items.at(id).sameContent(a));
}

TEST_CASE("carry-over/a frozen cycle is re-keyed: split parts take the rating, merges the lowest") {
    const model::Catalogue cat = fixture();
    model::ItemMap cycle;
    cycle["1.1-01"] = rated(Rating::F);
    cycle["1.1-05"] = rated(Rating::N);
    cycle["1.1-08"] = rated(Rating::L);
    CHECK(model::carryOverCycle(cat, cycle));
    CHECK(cycle.size() == 3);
    CHECK(cycle.at("1.1-02").rating == Rating::F);
    CHECK(cycle.at("1.1-03").rating == Rating::N);
    CHECK(cycle.at("1.1-08").rating == Rating::L);
    CHECK_FALSE(model::carryOverCycle(cat, cycle));
}

TEST_CASE("carry-over/the shipped catalogue: every retired id resolves to current items and is never reused") {
    const auto& cat = test::shippedCatalogue();
    REQUIRE_FALSE(cat.retired().empty());
    for (const model::RetiredItem& r : cat.retired()) {
        CAPTURE(r.id);
        CHECK(cat.findItem(r.id) == nullptr);
        CHECK_FALSE(model::currentIdsFor(cat, r.id).empty());
        CHECK_FALSE(r.since.empty());
    }
    // 9.3-03 asked for Kanri's own readiness score: retired, its rating goes to the review inputs.
    CHECK(model::currentIdsFor(cat, "9.3-03") == std::vector<std::string>{"9.3-04"});
}
