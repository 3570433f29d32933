// The risk register: scores, bands and levels on every matrix size and a lookup grid; the
// matrix change's preview and re-levelling; the residual-above-inherent rule; acceptances that
// lapse on expiry and on change; undo and redo; storage after reopening; CSV out and back in
// (Japanese, commas, quotes, line breaks, the formula guard, all or nothing, bad files); the
// Kanri JSON round trip; filters over 10,000 risks; the dispatcher's operations.
#include "automation/dispatcher.hpp"
#include "exchange/csv.hpp"
#include "exchange/risks_csv.hpp"
#include "model/risks/commands.hpp"
#include "model/risks/register.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "session_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace kanri;
namespace risks = model::risks;
using nlohmann::json;

namespace {

using test::g_now;
using test::run;
using test::query;
session::Session open(const std::string& path = "") { return test::openSession(path); }



const risks::Risk* risk(session::Session& s, const std::string& id) { return s.workspace().entities<risks::Risk>().find(id); }

std::string create(session::Session& s, json fields) {
    const json r = run(s, {{"op", "risk.create"}, {"fields", fields}});
    REQUIRE_MESSAGE(r["ok"] == true, r.dump());
    return r["id"];
}

} // namespace

TEST_CASE("risks/score, level and band on every matrix size, and a lookup grid") {
    const risks::RiskMatrix d = risks::defaultMatrix();
    CHECK(risks::validateShape(d));
    CHECK(risks::bandOf(d, 1, 1)->code == "low");
    CHECK(risks::bandOf(d, 2, 2)->code == "low");
    CHECK(risks::bandOf(d, 1, 5)->code == "medium");
    CHECK(risks::bandOf(d, 3, 3)->code == "medium");
    CHECK(risks::bandOf(d, 2, 5)->code == "high");
    CHECK(risks::bandOf(d, 4, 4)->code == "high");
    CHECK(risks::bandOf(d, 4, 5)->code == "critical");
    CHECK(risks::bandOf(d, 5, 5)->code == "critical");
    CHECK(risks::bandOf(d, 0, 3) == nullptr);
    CHECK(risks::bandOf(d, 6, 1) == nullptr);
    CHECK(risks::bandMaxScore(d, 2) == 19);
    CHECK(risks::bandMaxScore(d, 3) == 25);
    for (int l = 3; l <= 5; ++l)
        for (int i = 3; i <= 5; ++i) {
            const risks::RiskMatrix m = risks::resized(d, l, i);
            INFO(l << "x" << i);
            CHECK(risks::validateShape(m));
            CHECK(m.likelihoodLabels.size() == static_cast<size_t>(l));
            CHECK(m.anchors[0].size() == static_cast<size_t>(i));
            // Every cell on the matrix has a band, none beyond it; the band rises with the score.
            for (int a = 1; a <= l; ++a)
                for (int b = 1; b <= i; ++b) {
                    const auto band = risks::bandIndex(m, a, b);
                    REQUIRE(band);
                    if (a > 1) CHECK(*risks::bandIndex(m, a - 1, b) <= *band);
                }
            CHECK_FALSE(risks::bandIndex(m, l + 1, 1));
            CHECK_FALSE(risks::bandIndex(m, 1, i + 1));
            // The fields round-trip exactly.
            risks::RiskMatrix back;
            REQUIRE(risks::fromFields(risks::fieldsOf(m), back));
            CHECK(back == m);
        }
    CHECK(risks::resized(d, 3, 3).likelihoodLabels[1][risks::En] == "Possible");
    // A custom grid: a corporate matrix cell for cell (here: impact 5 is always critical).
    risks::RiskMatrix g = risks::resized(d, 3, 5);
    g.grid.assign(15, 0);
    for (int a = 1; a <= 3; ++a) g.grid[static_cast<size_t>((a - 1) * 5 + 4)] = 3;
    g.grid[6] = 2; // likelihood 2, impact 2: high
    REQUIRE(risks::validateShape(g));
    CHECK(risks::bandOf(g, 1, 5)->code == "critical");
    CHECK(risks::bandOf(g, 2, 2)->code == "high");
    CHECK(risks::bandOf(g, 3, 4)->code == "low");
    risks::RiskMatrix back;
    REQUIRE(risks::fromFields(risks::fieldsOf(g), back));
    CHECK(back == g);
    CHECK(model::fieldValue(risks::fieldsOf(g), "grid").substr(0, 32) == "low,low,low,low,critical;low,hig");
    // Bad matrices are refused.
    risks::RiskMatrix bad = d;
    bad.bands[1].minScore = 1;
    CHECK_FALSE(risks::validateShape(bad));
    bad = d;
    bad.bands[2].code = "low";
    CHECK_FALSE(risks::validateShape(bad));
    bad = d;
    bad.likelihoodLabels[0][risks::Ja] = "";
    CHECK_FALSE(risks::validateShape(bad));
    model::Fields f = risks::fieldsOf(d);
    f.emplace_back("band.9.code", "x");
    CHECK(risks::fromFields(f, bad).error().code == ErrorCode::RiskMatrixInvalid);
}

TEST_CASE("risks/fields, validation and the residual-above-inherent rule") {
    session::Session s = open();
    CHECK(run(s, {{"op", "risk.create"}, {"fields", {{"title", " "}}}})["ok"] == false);
    const std::string id = create(s, {{"title", "Outage"}, {"inherent_likelihood", "3"}, {"inherent_impact", "4"}});
    CHECK(id == "R-001");
    CHECK(risk(s, id)->inherent.score() == 12);
    // Residual above inherent needs a justification.
    json r = run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"residual_likelihood", "4"}, {"residual_impact", "4"}}}});
    CHECK(r["ok"] == false);
    CHECK(r["error"].get<std::string>().find("justification") != std::string::npos);
    CHECK(risk(s, id)->residual.rated() == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"residual_likelihood", "4"}, {"residual_impact", "4"}, {"residual_reason", "The change adds a dependency"}}}})["ok"] == true);
    // Outside the scale, half a rating, an unknown choice, a bad date, pursue on a risk.
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"inherent_likelihood", "6"}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"inherent_likelihood", "x"}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"inherent_impact", ""}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"category", "meteor"}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"next_review", "2026-02-30"}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"treatment", "pursue"}}}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"treatment", "pursue"}, {"nature", "opportunity"}}}})["ok"] == true);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"colour", "red"}}}})["ok"] == false);
    // An id that does not exist is refused when applied (an earlier operation of a batch may create it).
    CHECK(run(s, {{"op", "risk.update"}, {"id", "R-404"}, {"fields", json::object()}})["error"].get<std::string>().find("R-404") != std::string::npos);
    CHECK(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"status", "accepted"}}}})["ok"] == false); // no acceptance
    // Undo and redo of an update.
    CHECK(risk(s, id)->nature == risks::Nature::Opportunity);
    REQUIRE(s.undo());
    CHECK(risk(s, id)->nature == risks::Nature::Risk);
    REQUIRE(s.redo());
    CHECK(risk(s, id)->treatment == risks::Treatment::Pursue);
}

TEST_CASE("risks/acceptance is a record that lapses on expiry and when the residual rating changes") {
    session::Session s = open();
    const std::string id = create(s, {{"title", "Legal"}, {"inherent_likelihood", "2"}, {"inherent_impact", "2"}});
    json r = run(s, {{"op", "risk.accept"}, {"id", id}, {"by", "Sato"}, {"until", "2026-11-01"}, {"rationale", "Low"}});
    CHECK(r["ok"] == false); // expiry before today's acceptance
    CHECK(run(s, {{"op", "risk.accept"}, {"id", id}, {"by", ""}, {"until", "2027-06-01"}, {"rationale", "Low"}})["ok"] == false);
    CHECK(run(s, {{"op", "risk.accept"}, {"id", id}, {"by", "Sato"}, {"until", "2027-06"}, {"rationale", "Low"}})["path"] == "/until");
    REQUIRE(run(s, {{"op", "risk.accept"}, {"id", id}, {"by", "Sato"}, {"role", "Service owner"}, {"until", "2027-06-01"}, {"rationale", "Within appetite"}})["ok"] == true);
    const risks::Risk* a = risk(s, id);
    CHECK(a->status == risks::RiskStatus::Accepted);
    CHECK(a->acceptance.on == "2026-12-02");
    CHECK(a->acceptance.band == "low");
    CHECK(a->acceptance.residual == risks::RiskRating{2, 2});
    const risks::RiskMatrix& m = risks::matrixOf(s.workspace());
    CHECK(risks::assess(m, *a, "2026-12-02").acceptance == risks::AcceptanceState::Valid);
    CHECK(risks::assess(m, *a, "2027-06-01").acceptance == risks::AcceptanceState::Valid);
    CHECK(risks::assess(m, *a, "2027-06-02").acceptance == risks::AcceptanceState::Expired);
    // A change of the residual rating afterwards lapses it, and the register counts it.
    REQUIRE(run(s, {{"op", "risk.update"}, {"id", id}, {"fields", {{"residual_likelihood", "1"}, {"residual_impact", "2"}}}})["ok"] == true);
    CHECK(risks::assess(m, *risk(s, id), "2026-12-02").acceptance == risks::AcceptanceState::Changed);
    CHECK(risks::countRegister(s.workspace(), "2026-12-02").lapsed == 1);
    json listed = query(s, "risks")["result"];
    CHECK(listed[0]["acceptance"] == "changed");
    // Above the criterion: a stated reason, and the flag.
    const std::string high = create(s, {{"title", "Outage"}, {"inherent_likelihood", "4"}, {"inherent_impact", "4"}});
    r = run(s, {{"op", "risk.accept"}, {"id", high}, {"by", "Tanaka"}, {"until", "2027-03-31"}, {"rationale", "Budget next year"}});
    CHECK(r["ok"] == false);
    CHECK(r["error"].get<std::string>().find("criterion") != std::string::npos);
    REQUIRE(run(s, {{"op", "risk.accept"}, {"id", high}, {"by", "Tanaka"}, {"until", "2027-03-31"}, {"rationale", "Budget next year"}, {"above_reason", "Board decision 2026-11"}})["ok"] == true);
    CHECK(risks::assess(m, *risk(s, high), "2026-12-02").acceptedAboveCriterion);
    CHECK(risks::countRegister(s.workspace(), "2026-12-02").aboveCriterion == 1);
    // A review moves the next one by the cadence; an overdue one is flagged.
    REQUIRE(run(s, {{"op", "risk.update"}, {"id", high}, {"fields", {{"cadence", "quarterly"}, {"next_review", "2026-11-30"}}}})["ok"] == true);
    CHECK(risks::assess(m, *risk(s, high), "2026-12-02").reviewOverdue);
    CHECK(query(s, "risks")["result"][1]["review_overdue"] == true);
    REQUIRE(run(s, {{"op", "risk.review"}, {"id", high}, {"on", "2026-12-02"}})["ok"] == true);
    CHECK(risk(s, high)->lastReview == "2026-12-02");
    CHECK(risk(s, high)->nextReview == "2027-03-02");
    CHECK(risks::addMonths("2026-01-31", 1) == "2026-02-28");
    CHECK(risks::addMonths("2027-11-30", 3) == "2028-02-29");
}

TEST_CASE("risks/a matrix change is previewed, re-levels every risk, lapses what it changes, and undoes as one step") {
    session::Session s = open();
    const std::string a = create(s, {{"title", "A"}, {"inherent_likelihood", "3"}, {"inherent_impact", "3"}});
    const std::string b = create(s, {{"title", "B"}, {"inherent_likelihood", "5"}, {"inherent_impact", "4"}});
    REQUIRE(run(s, {{"op", "risk.accept"}, {"id", a}, {"by", "Sato"}, {"until", "2027-06-01"}, {"rationale", "ok"}})["ok"] == true);
    // Medium from 5 becomes medium from 10: A (9) falls to low; its acceptance would lapse.
    const json args = {{"fields", {{"band.2.min", "10"}, {"band.3.min", "15"}}}};
    const json preview = query(s, "risk.matrix.preview", args)["result"];
    REQUIRE(preview["changes"].size() == 2); // A, inherent and (the same: untreated) residual
    CHECK(preview["changes"][0] == json{{"id", a}, {"rating", "inherent"}, {"from", "medium"}, {"to", "low"}});
    CHECK(preview["lapsing"] == json::array({a}));
    CHECK(preview["outside_scale"].empty());
    CHECK(risks::matrixOf(s.workspace()).bands[1].minScore == 5); // a preview changes nothing
    json change = args;
    change["op"] = "risk.matrix";
    REQUIRE(run(s, change)["ok"] == true);
    CHECK(query(s, "risks")["result"][0]["inherent"]["band"] == "low");
    CHECK(query(s, "risks")["result"][0]["acceptance"] == "changed");
    REQUIRE(s.undo());
    CHECK(query(s, "risks")["result"][0]["inherent"]["band"] == "medium");
    CHECK(query(s, "risks")["result"][0]["acceptance"] == "valid");
    // A smaller scale that leaves B outside: previewed as such, and refused naming it.
    const json smaller = {{"likelihoods", 4}, {"impacts", 4}};
    CHECK(query(s, "risk.matrix.preview", smaller)["result"]["outside_scale"] == json::array({b}));
    json smallerOp = smaller;
    smallerOp["op"] = "risk.matrix";
    const json refused = run(s, smallerOp);
    CHECK(refused["ok"] == false);
    CHECK(refused["error"].get<std::string>().find(b) != std::string::npos);
    CHECK(run(s, {{"op", "risk.matrix"}, {"likelihoods", 7}})["path"] == "/likelihoods");
    CHECK(run(s, {{"op", "risk.matrix"}, {"fields", {{"band.1.colour", "red"}}}})["path"] == "/fields");
    // A new risk on a 3×3 matrix: 4 is outside.
    REQUIRE(run(s, {{"op", "entity.remove"}, {"kind", "risk"}, {"id", b}})["ok"] == true);
    REQUIRE(run(s, {{"op", "risk.matrix"}, {"likelihoods", 3}, {"impacts", 3}})["ok"] == true);
    CHECK(risks::matrixOf(s.workspace()).likelihoods == 3);
    CHECK(run(s, {{"op", "risk.create"}, {"fields", {{"title", "C"}, {"inherent_likelihood", "4"}, {"inherent_impact", "1"}}}})["ok"] == false);
}

TEST_CASE("risks/templates, raising a risk from a gap, and links that survive reopening") {
    test::TempFile file("risks");
    {
        session::Session s = open(file.path());
        REQUIRE(s.setAuthor("Sato"));
        json r = run(s, {{"op", "risk.create"}, {"template", "service_outage"}, {"lang", "ja"}});
        REQUIRE(r["ok"] == true);
        CHECK(risk(s, r["id"])->title == "サービスの停止");
        CHECK(s.workspace().linksFrom({"risk", r["id"]}).size() == 2);
        CHECK(run(s, {{"op", "risk.create"}, {"template", "meteor"}})["path"] == "/template");
        r = run(s, {{"op", "risk.create"}, {"item", "8.6.1-01"}});
        REQUIRE(r["ok"] == true);
        const auto links = s.workspace().linksFrom({"risk", r["id"]});
        REQUIRE(links.size() == 2);
        CHECK(links[0].to.id == "8.6.1"); // its clause
        CHECK(links[1].to.id == "8.6.1-01");
        // Undo of a create takes the risk and its links; redo puts both back with the same id.
        REQUIRE(s.undo());
        CHECK(risk(s, "R-002") == nullptr);
        CHECK(s.workspace().links().size() == 2);
        REQUIRE(s.redo());
        CHECK(s.workspace().linksFrom({"risk", "R-002"}).size() == 2);
        CHECK(risk(s, "R-002")->stamp.author == "Sato");
        for (const char* id : {"R-001", "R-002"}) CHECK_FALSE(s.workspace().linksFrom({"risk", id}).empty());
        REQUIRE(run(s, {{"op", "risk.matrix"}, {"fields", {{"band.4.en", "Severe"}}}})["ok"] == true);
    }
    session::Session s = open(file.path());
    CHECK(risk(s, "R-001")->title == "サービスの停止");
    CHECK(s.workspace().linksFrom({"risk", "R-002"}).size() == 2);
    CHECK(risks::matrixOf(s.workspace()).bands[3].label[risks::En] == "Severe");
    // The history records the risk's fields.
    const json h = query(s, "history", {{"kind", "risk"}, {"id", "R-001"}})["result"];
    REQUIRE(h["total"] >= 1);
    CHECK(h["rows"][0]["author"] == "Sato");
}

TEST_CASE("risks/CSV: out and back in with Japanese, commas, quotes and line breaks; the formula guard") {
    session::Session s = open();
    const std::string id = create(s, {{"title", "停止, \"大\""}, {"description", "一行目\n二行目\r\nthird"}, {"owner", "=HYPERLINK(\"x\")"},
                                      {"cause", "+1"}, {"event", "-2"}, {"consequence", "@SUM(A1)"}, {"controls", "\tTab"},
                                      {"inherent_likelihood", "3"}, {"inherent_impact", "4"}, {"cadence", "yearly"}, {"next_review", "2027-01-15"}});
    REQUIRE(run(s, {{"op", "link.add"}, {"from_kind", "risk"}, {"from_id", id}, {"relation", "risk.clause"}, {"to_kind", "clause"}, {"to_id", "8.7.1"}})["ok"] == true);
    REQUIRE(run(s, {{"op", "link.add"}, {"from_kind", "risk"}, {"from_id", id}, {"relation", "risk.item"}, {"to_kind", "item"}, {"to_id", "8.6.1-01"}})["ok"] == true);
    create(s, {{"title", "Second"}});
    const std::string csv = query(s, "risks.csv")["result"];
    CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(csv.find("\r\n") != std::string::npos);
    CHECK(csv.find("\"停止, \"\"大\"\"\"") != std::string::npos);
    CHECK(csv.find("'=HYPERLINK") != std::string::npos);
    CHECK(csv.find(",'+1,'-2,'@SUM(A1),") != std::string::npos);
    CHECK(csv.find("'\tTab") != std::string::npos);
    CHECK(csv.find(",8.7.1,8.6.1-01,") != std::string::npos);
    CHECK(csv.find(",12,high,") != std::string::npos);
    auto table = exchange::parseCsv(csv);
    REQUIRE(table);
    REQUIRE(table.value().records.size() == 3);
    CHECK(table.value().records[1][2] == "一行目\n二行目\r\nthird");
    // Into an empty database, and out again: identical.
    session::Session empty = open();
    const json in = run(empty, {{"op", "risks.import_csv"}, {"csv", csv}});
    REQUIRE_MESSAGE(in["ok"] == true, in.dump());
    CHECK(risk(empty, id)->owner == "=HYPERLINK(\"x\")");
    CHECK(query(empty, "risks.csv")["result"] == csv);
    // Again into the same database: rows with ids replace, nothing is added.
    REQUIRE(run(empty, {{"op", "risks.import_csv"}, {"csv", csv}})["ok"] == true);
    CHECK(empty.workspace().entities<risks::Risk>().all().size() == 2);
    CHECK(query(empty, "risks.csv")["result"] == csv);
}

TEST_CASE("risks/CSV import is all or nothing, lists every bad row, and refuses bad files") {
    session::Session s = open();
    create(s, {{"title", "Keep me"}});
    const std::string header = exchange::csvRow(exchange::riskCsvColumns());
    auto row = [](const std::string& id, const std::string& title, const std::string& likelihood, const std::string& clauses = "") {
        std::vector<std::string> cells(exchange::riskCsvColumns().size());
        cells[0] = id;
        cells[1] = title;
        cells[3] = "other";
        cells[4] = "sms";
        cells[5] = "risk";
        cells[7] = clauses;
        cells[15] = likelihood;
        cells[16] = likelihood.empty() ? "" : "2";
        cells[26] = "identified";
        return exchange::csvRow(cells);
    };
    auto import = [&](const std::string& text) { return exchange::importRisksCsv(text, s.workspace()); };
    // Two bad rows among good ones: both listed with their lines, nothing applied.
    const auto bad = import(header + row("", "Good", "3") + row("", "Too likely", "9") + row("", "", "") + row("", "Unknown clause", "", "99.9"));
    CHECK_FALSE(bad.command);
    REQUIRE(bad.errors.size() == 3);
    CHECK(bad.errors[0].line == 3);
    CHECK(bad.errors[0].error.code == ErrorCode::RiskOutsideScale);
    CHECK(bad.errors[1].line == 4);
    CHECK(bad.errors[1].error.code == ErrorCode::TitleMissing);
    CHECK(bad.errors[2].column == "clauses");
    const json refused = run(s, {{"op", "risks.import_csv"}, {"csv", header + row("", "Good", "3") + row("", "Too likely", "9")}});
    CHECK(refused["ok"] == false);
    CHECK(refused["error"].get<std::string>().find("line 3") != std::string::npos);
    CHECK(s.workspace().entities<risks::Risk>().all().size() == 1);
    // An empty file, a header only, missing and extra columns, a short row.
    CHECK(import("").errors[0].error.code == ErrorCode::CsvColumns);
    CHECK(import(header).errors[0].error.code == ErrorCode::CsvEmpty);
    std::string missing = header;
    missing.replace(missing.find("title,"), 6, "");
    CHECK(import(missing + row("", "x", "")).errors[0].error.detail.find("missing: title") != std::string::npos);
    std::string extra = header.substr(0, header.size() - 2) + ",colour\r\n";
    CHECK(import(extra).errors[0].error.detail.find("unknown: colour") != std::string::npos);
    CHECK(import(header + "R-001,short\r\n").errors[0].error.code == ErrorCode::CsvColumns);
    // Encodings: Shift_JIS bytes, UTF-16; a stray quote; duplicate ids.
    CHECK(import(header + row("", "\x93\xfa\x96\x7b", "")).errors[0].error.detail.find("UTF-8") != std::string::npos);
    CHECK(import("\xFF\xFE" "i\0d\0").errors[0].error.detail.find("UTF-16") != std::string::npos);
    CHECK(import(header + "R-001,ti\"tle\r\n").errors[0].error.code == ErrorCode::CsvInvalid);
    CHECK(import(header + row("R-009", "a", "") + row("R-009", "b", "")).errors[0].error.code == ErrorCode::DuplicateId);
    // Sizes: a cell of 100 MB, a million rows, refused before they are held.
    CHECK(exchange::parseCsv(header + std::string(100u * 1024 * 1024, 'x')).error().detail.find("too big") != std::string::npos);
    std::string many = header;
    for (int i = 0; i < 100'001; ++i) many += "\r\nx";
    CHECK(exchange::parseCsv(many).error().detail.find("more than 100000 rows") != std::string::npos);
    CHECK(exchange::parseCsv(header + "\"" + std::string(70 * 1024, 'y') + "\"").error().detail.find("KB") != std::string::npos);
    // A good file says how many rows it imported.
    auto good = import(header + row("", "One", "3") + row("", "Two", ""));
    CHECK(good.rows == 2);
    REQUIRE(good.command);
    REQUIRE(s.execute(std::move(good.command)));
    CHECK(s.workspace().entities<risks::Risk>().all().size() == 3);
    REQUIRE(s.undo()); // one step
    CHECK(s.workspace().entities<risks::Risk>().all().size() == 1);
}

TEST_CASE("risks/the register in the Kanri JSON document, back and forth") {
    session::Session s = open();
    const std::string id = create(s, {{"title", "JSON"}, {"inherent_likelihood", "2"}, {"inherent_impact", "5"}});
    REQUIRE(run(s, {{"op", "risk.matrix"}, {"fields", {{"band.1.ja", "低い"}}}})["ok"] == true);
    REQUIRE(run(s, {{"op", "link.add"}, {"from_kind", "risk"}, {"from_id", id}, {"relation", "risk.clause"}, {"to_kind", "clause"}, {"to_id", "6.1"}})["ok"] == true);
    const std::string doc = s.exportJson();
    session::Session other = open();
    REQUIRE(other.importJson(doc));
    CHECK(risk(other, id)->inherent.score() == 10);
    CHECK(risks::matrixOf(other.workspace()).bands[0].label[risks::Ja] == "低い");
    CHECK(other.exportJson() == doc);
    // A risk beyond the file's own matrix is refused.
    json j = json::parse(doc);
    j["entities"]["risk"][0]["fields"]["inherent_likelihood"] = "6";
    CHECK_FALSE(other.importJson(j.dump()));
}

TEST_CASE("risks/filters over 10,000 risks") {
    session::Session s = open();
    std::vector<std::string> ops;
    for (int i = 0; i < 10'000; ++i)
        ops.push_back(json{{"op", "risk.create"},
                           {"fields", {{"title", "Risk " + std::to_string(i)}, {"owner", i % 2 ? "Sato" : "Tanaka"},
                                       {"category", std::string(risks::kCategoryCodes[static_cast<size_t>(i % 9)])},
                                       {"inherent_likelihood", std::to_string(1 + i % 5)}, {"inherent_impact", std::to_string(1 + (i / 5) % 5)},
                                       {"next_review", i % 10 == 0 ? "2026-01-01" : "2027-01-01"}}}}
                          .dump());
    REQUIRE(json::parse(automation::runAll(s, ops))["ok"] == true);
    const auto& all = s.workspace().entities<risks::Risk>().all();
    REQUIRE(all.size() == 10'000);
    const risks::RiskMatrix& m = risks::matrixOf(s.workspace());
    auto count = [&](const risks::RegisterFilter& f) {
        size_t n = 0;
        for (const risks::Risk& r : all) n += risks::matches(f, r, risks::assess(m, r, "2026-12-02"));
        return n;
    };
    risks::RegisterFilter f;
    CHECK(count(f) == 10'000);
    f.owner = "Sato";
    CHECK(count(f) == 5'000);
    f = {};
    f.category = risks::Category::Legal;
    CHECK(count(f) == 1'111);
    f = {};
    f.overdue = true;
    CHECK(count(f) == 1'000);
    f = {};
    f.likelihood = 5;
    f.impact = 5;
    CHECK(count(f) == 400);
    f = {};
    f.band = "critical";
    CHECK(count(f) == 1'200); // 4×5, 5×4, 5×5: three cells of 400
    f = {};
    f.text = "risk 999";
    CHECK(count(f) == 11); // 999, 9990..9999
}
