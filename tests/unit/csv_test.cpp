// The gap list as CSV for spreadsheets: what Excel needs to read it (UTF-8 mark, CRLF), the
// columns, values kept exactly as typed (quoted when they hold commas, quotes, line breaks, or
// start like a formula), and the title in the language asked for.
#include "exchange/csv.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;

TEST_CASE("csv/fields are quoted when needed, formulas kept as text, quotes doubled") {
    CHECK(exchange::csvField("plain") == "plain");
    CHECK(exchange::csvField("a,b") == "\"a,b\"");
    CHECK(exchange::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(exchange::csvField("two\nlines") == "\"two\nlines\"");
    CHECK(exchange::csvField("=1+1") == "\"=1+1\"");
    CHECK(exchange::csvField("@cmd") == "\"@cmd\"");
    CHECK(exchange::csvRow({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv/the gap list: header, one row per gap with owner, date, key and basis, in either language") {
    const model::Catalogue& cat = test::shippedCatalogue();
    model::ItemMap items;
    model::ItemAssessment a;
    a.rating = model::Rating::P;
    a.owner = "髙橋, 品質管理";
    a.due = "2027-03-31";
    items["8.6.1-01"] = a;
    const int index = cat.itemIndex("8.6.1-01");
    REQUIRE(index >= 0);
    const std::vector<model::Gap> rows{{index, model::Rating::P}};
    const std::string en = exchange::gapsCsv(cat, items, rows, false);
    CHECK(en.rfind("\xEF\xBB\xBF" "item,title,clause,rating,key,basis,owner,target_date\r\n", 0) == 0);
    const model::Item& item = cat.items()[static_cast<size_t>(index)];
    const std::string row = exchange::csvRow({"8.6.1-01", item.titleEn, item.clauseId, "P", item.key ? "yes" : "no",
                                              std::string(model::basisCode(item.basis)), "髙橋, 品質管理", "2027-03-31"});
    CHECK(en.substr(en.find("\r\n") + 2) == row);
    CHECK(en.find("\"髙橋, 品質管理\"") != std::string::npos);
    const std::string ja = exchange::gapsCsv(cat, items, rows, true);
    CHECK(ja.find(item.titleJa) != std::string::npos);
    CHECK(ja.find(item.titleEn) == std::string::npos);
}
