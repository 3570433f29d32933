// The register's table over a generated 10,000-risk fixture, drawn by the real app without a
// GPU: sorted by a computed column (the inherent score) both ways, filtered by the module's
// filter and by the search, and the heat map counts.
#include "automation/dispatcher.hpp"
#include "ui/risks/risks_ui.hpp"
#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kanri;
namespace risks = model::risks;

TEST_CASE("risks ui/the register sorts and filters 10,000 risks by any column, computed ones too") {
    test::UiHarness h;
    std::vector<std::string> ops;
    for (int i = 0; i < 10000; ++i)
        ops.push_back(R"({"op": "risk.create", "fields": {"title": "Risk )" + std::to_string(i) + R"(", "owner": "owner )" + std::to_string(i % 7) +
                      R"(", "inherent_likelihood": ")" + std::to_string(1 + i % 5) + R"(", "inherent_impact": ")" + std::to_string(1 + (i / 5) % 5) + R"("}})");
    REQUIRE(automation::runAll(h.app->session(), ops) == R"({"ok":true})");
    h.app->area = ui::kRisksArea;
    ui::RisksViewState& v = h.app->views().of<ui::RisksViewState>();
    v.detailOnly = false;
    h.frame();
    h.frame();
    REQUIRE(v.table.rows.size() == 10000);
    const auto& all = h.app->workspace().entities<risks::Risk>().all();
    auto score = [&](size_t row) { return all[v.table.rows[row]].inherent.score(); };
    // By the inherent score (column 4 of the wide register, 2 of the narrow one: the same field).
    for (bool ascending : {false, true}) {
        v.table.sortColumn = 4;
        v.table.ascending = ascending;
        h.frame();
        const bool narrow = v.table.keys.front().size() == 5;
        if (narrow) {
            v.table.sortColumn = 2;
            h.frame();
        }
        CHECK(score(0) == (ascending ? 1 : 25));
        CHECK(score(9999) == (ascending ? 25 : 1));
        for (size_t r = 1; r < 10000; ++r)
            if (ascending ? score(r - 1) > score(r) : score(r - 1) < score(r)) FAIL("out of order at row " << r);
    }
    // By id, descending: numbers, not text ("R-10000" after "R-9999").
    v.table.sortColumn = 0;
    v.table.ascending = false;
    h.frame();
    CHECK(all[v.table.rows[0]].id == "R-10000");
    // The module's filter and the search narrow the rows.
    v.filter.owner = "owner 3";
    h.frame();
    CHECK(v.table.rows.size() == 1429);
    v.filter = {};
    v.filter.likelihood = 5;
    v.filter.impact = 5;
    h.frame();
    CHECK(v.table.rows.size() == 400);
    v.filter = {};
    v.table.search = "Risk 999";
    h.frame();
    CHECK(v.table.rows.size() == 11);
    v.table.search.clear();
    h.frame();
    CHECK(v.table.rows.size() == 10000);
    // The heat map counts every cell once.
    int counted = 0;
    for (int c : v.inherentCounts) counted += c;
    CHECK(counted == 10000);
    CHECK(v.inherentCounts[24] == 400);
}
