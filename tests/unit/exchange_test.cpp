// The Kanri JSON document: lossless round trip, and malformed files refused with their JSON path.
#include "exchange/kanri_json.hpp"
#include "model/carry_over.hpp"
#include "model/commands.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace kanri;
using model::Rating;

namespace {

model::Workspace sampleWorkspace() {
    model::Workspace ws(test::shippedCatalogue());
    ws.clock = [] { return std::string("2026-05-01T09:00:00Z"); };
    ws.author = "品質 太郎";
    model::ItemAssessment a;
    a.rating = Rating::P;
    a.owner = "サービスマネージャー";
    a.due = "2026-09-30";
    a.notes = "行 1\n行 2 \"quoted\" \\ back";
    a.evidence = {{"SLA 一覧", "SLM-001 v4", "https://intranet.example/slm"}, {"", "議事録 2026-04", ""}};
    REQUIRE(ws.setItem("8.3.3-01", a));
    model::ItemAssessment na;
    na.rating = Rating::NA;
    na.justification = "No internal suppliers: all support is external";
    REQUIRE(ws.setItem("8.3.4.2-01", na));
    model::ItemAssessment notesOnly;
    notesOnly.notes = "ask the CIO";
    REQUIRE(ws.setItem("5.1-02", notesOnly));
    REQUIRE(ws.setDocument("doc-slas", {model::DocumentStatus::Present, "SharePoint/SLM"}));
    REQUIRE(ws.setDocument("rec-audits", {model::DocumentStatus::Missing, ""}));
    REQUIRE(ws.setClauseNote("10.1", "是正処置の記録"));
    REQUIRE(model::FreezeCycle("2026 H1").apply(ws));
    a.rating = Rating::L;
    REQUIRE(ws.setItem("8.3.3-01", a));
    return ws;
}

std::string withoutTimestamp(std::string s) {
    return std::regex_replace(s, std::regex("\"exported_at\": \"[^\"]*\""), "\"exported_at\": \"\"");
}

Result<model::WorkspaceData> parse(const std::string& text) { return exchange::parseKanriJson(text, test::shippedCatalogue()); }

} // namespace

TEST_CASE("export/import round trip: export → import into an empty workspace → export gives the same document") {
    model::Workspace ws = sampleWorkspace();
    const std::string first = exchange::exportKanriJson(ws, {"2026-05-02T00:00:00Z", "0.1.0"});
    auto data = parse(first);
    REQUIRE_MESSAGE(data.ok(), (data.ok() ? "" : data.error().detail));
    model::Workspace fresh(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::ReplaceWorkspace>(data.value()), fresh));
    const std::string second = exchange::exportKanriJson(fresh, {"2026-06-01T00:00:00Z", "0.1.0"});
    CHECK(withoutTimestamp(first) == withoutTimestamp(second));
    CHECK(fresh.item("8.3.3-01").evidence.size() == 2);
    // The checklist's, the notes' and the cycles' stamps came through (moving from the browser to the desktop
    // app keeps who wrote them and when).
    for (const model::Stamp& st : {fresh.entities<model::ClauseNote>().find("10.1")->stamp,
                                   fresh.entities<model::ChecklistEntry>().find("doc-slas")->stamp, fresh.findCycle("c1")->stamp}) {
        CHECK(st.author == "品質 太郎");
        CHECK(st.createdAt == "2026-05-01T09:00:00Z");
        CHECK(st.changedAt == "2026-05-01T09:00:00Z");
    }
    CHECK(fresh.cycles().at(0).items.at("8.3.3-01").rating == Rating::P);
    // The import is one undoable edit.
    REQUIRE(stack.undo(fresh));
    CHECK(fresh.items().empty());
    CHECK(fresh.cycles().empty());
}

TEST_CASE("import refuses malformed files and names the JSON path") {
    const std::string good = exchange::exportKanriJson(sampleWorkspace(), {"x", "0.1.0"});
    struct Case {
        const char* what;
        std::string text;
        const char* expect; // substring of the message
        ErrorCode code = ErrorCode::ImportInvalid;
    };
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const size_t at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    const Case cases[] = {
        {"not JSON", "{ nope", "not valid JSON"},
        {"truncated", good.substr(0, good.size() / 2), "not valid JSON"},
        {"not an object", "[1,2,3]", "expected an object"},
        {"wrong format", replaced("\"format\": \"kanri\"", "\"format\": \"other\""), "/format"},
        {"a newer version", replaced("\"version\": 2", "\"version\": 3"), "/version"},
        {"version as string", replaced("\"version\": 2", "\"version\": \"2\""), "/version"},
        {"a member this version does not know", replaced("\"format\": \"kanri\"", "\"format\": \"kanri\", \"risks\": []"), "/risks: unknown member"},
        {"an unknown member deep inside", replaced("\"owner\": \"サービスマネージャー\"", "\"owner\": \"サービスマネージャー\", \"priority\": 1"), "/assessment/items/1/priority: unknown member"},
        {"a member given twice", replaced("\"owner\": \"サービスマネージャー\"", "\"owner\": \"サービスマネージャー\", \"owner\": \"x\""), "/assessment/items/1/owner: the member appears twice"},
        {"a top-level member given twice", replaced("\"format\": \"kanri\"", "\"format\": \"kanri\", \"format\": \"kanri\""), "/format: the member appears twice"},
        {"an evidence id of another form", replaced("\"id\": \"EV-3\"", "\"id\": \"E3\""), "/evidence/0/id"},
        {"an evidence id given twice", replaced("\"id\": \"EV-4\"", "\"id\": \"EV-3\""), "EV-3", ErrorCode::DuplicateId},
        {"too deep", std::string(5000, '[') + std::string(5000, ']'), "nested deeper"},
        {"rating outside the scale", replaced("\"rating\": \"L\"", "\"rating\": \"X\""), "/assessment/items/"},
        {"wrong type", replaced("\"owner\": \"サービスマネージャー\"", "\"owner\": 7"), "/owner: expected a string"},
        {"unknown item", replaced("\"id\": \"8.3.3-01\"", "\"id\": \"99.9-01\""), "unknown item"},
        {"N/A without justification", replaced("\"No internal suppliers: all support is external\"", "\"\""), "/assessment/items/", ErrorCode::NaNeedsJustification},
        {"date that is not a date", replaced("\"2026-09-30\"", "\"2026-02-30\""), "/assessment/items/", ErrorCode::InvalidDate},
        {"javascript: link", replaced("https://intranet.example/slm", "javascript:alert(1)"), "/assessment/items/", ErrorCode::UnsafeUrl},
        {"unknown document", replaced("\"id\": \"doc-slas\"", "\"id\": \"doc-nope\""), "unknown 7.5.4 entry"},
        {"document status", replaced("\"status\": \"present\"", "\"status\": \"yes\""), "/status"},
        {"unknown clause note", replaced("\"clause\": \"10.1\"", "\"clause\": \"11\""), "/assessment/clause_notes/0/clause"},
        {"a clause note given twice", replaced("{\n        \"clause\": \"10.1\"", "{\"clause\": \"10.1\"}, {\n        \"clause\": \"10.1\""),
         "/assessment/clause_notes/1/clause: duplicate"},
        // Clause notes are written under "assessment" only: the same kind under "entities" is refused.
        {"a clause note among the entities", replaced("\"entities\": {}", "\"entities\": {\"clause_note\": []}"), "/entities/clause_note: unknown kind"},
        // Stamps belong to the assessment's entries, not to a cycle's frozen copy of them.
        {"a stamp on a cycle's checklist entry", replaced("\"location\": \"SharePoint/SLM\"\n        }", "\"location\": \"SharePoint/SLM\", \"author\": \"x\"}"),
         "/cycles/0/documents/0/author: unknown member"},
        {"a checklist entry among the entities", replaced("\"entities\": {}", "\"entities\": {\"document\": []}"), "/entities/document: unknown kind"},
        {"a checklist entry given twice", replaced("{\n        \"id\": \"doc-slas\"", "{\"id\": \"doc-slas\", \"status\": \"missing\"}, {\n        \"id\": \"doc-slas\""),
         "/assessment/documents/1/id: duplicate"},
        {"cycle without name", replaced("\"name\": \"2026 H1\"", "\"name\": \"\""), "/cycles/0/name"},
        {"cycle id not of the series", replaced("\"id\": \"c1\"", "\"id\": \"H1\""), "/cycles/0/id"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        auto r = parse(c.text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK_MESSAGE(r.error().detail.find(c.expect) != std::string::npos, r.error().detail);
    }
    CHECK(parse(good).ok());
}

TEST_CASE("clause notes: written under assessment, not under entities; an empty note in a file is no note") {
    const std::string text = exchange::exportKanriJson(sampleWorkspace(), {"x", "0.1.0"});
    CHECK(text.find("\"clause_note\"") == std::string::npos);
    CHECK(text.find("\"note\": \"是正処置の記録\"") != std::string::npos);
    auto data = parse(text);
    REQUIRE(data);
    REQUIRE(data.value().entities.count("clause_note") == 1);
    REQUIRE(data.value().entities.at("clause_note").size() == 1);
    CHECK(data.value().entities.at("clause_note")[0].id == "10.1");

    std::string withEmpty = text;
    const std::string from = "\"note\": \"是正処置の記録\"";
    withEmpty.replace(withEmpty.find(from), from.size(), "\"note\": \"\"");
    auto empty = parse(withEmpty);
    REQUIRE(empty);
    CHECK(empty.value().entities.count("clause_note") == 0);
    model::Workspace ws(test::shippedCatalogue());
    ws.replace(empty.value());
    CHECK(ws.clauseNotes().empty());
    CHECK(ws.clauseNote("10.1").empty());
}

TEST_CASE("7.5.4 checklist: written under assessment, not under entities; an entry at unknown with no location is no entry") {
    const std::string text = exchange::exportKanriJson(sampleWorkspace(), {"x", "0.1.0"});
    CHECK(text.find("\"entities\": {}") != std::string::npos);
    auto data = parse(text);
    REQUIRE(data);
    REQUIRE(data.value().entities.count("document") == 1);
    CHECK(data.value().entities.at("document").size() == 2);
    model::Workspace ws(test::shippedCatalogue());
    ws.replace(data.value());
    CHECK(ws.document("doc-slas").location == "SharePoint/SLM");
    CHECK(ws.document("rec-audits").status == model::DocumentStatus::Missing);

    std::string blank = text;
    const std::string from = "\"status\": \"missing\"";
    blank.replace(blank.find(from), from.size(), "\"status\": \"unknown\"");
    auto parsed = parse(blank);
    REQUIRE(parsed);
    CHECK(parsed.value().entities.at("document").size() == 1);
    ws.replace(parsed.value());
    CHECK(ws.documents().size() == 1);
    CHECK(ws.document("rec-audits").status == model::DocumentStatus::Unknown);
}

TEST_CASE("import reads version 1 files (no evidence ids) and gives their evidence new ids") {
    std::string v1 = exchange::exportKanriJson(sampleWorkspace(), {"x", "0.1.0"});
    auto cut = [&](const std::string& from, const std::string& to) {
        for (size_t at = v1.find(from); at != std::string::npos; at = v1.find(from, at + to.size())) v1.replace(at, from.size(), to);
    };
    cut("\"version\": 2", "\"version\": 1");
    v1 = std::regex_replace(v1, std::regex("\"id\": \"EV-[0-9]+\",\\s*"), "");
    REQUIRE(v1.find("EV-") == std::string::npos);
    auto r = parse(v1);
    REQUIRE(r.ok());
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::ReplaceWorkspace>(r.value()), ws));
    const auto& ev = ws.item("8.3.3-01").evidence;
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].id == "EV-1");
    CHECK(ev[1].id == "EV-2");
    // An evidence id in a version 1 file is a member that version did not have.
    std::string bad = v1;
    bad.replace(bad.find("\"text\": "), 0, "\"id\": \"EV-7\", ");
    CHECK_FALSE(parse(bad).ok());
}

TEST_CASE("import of a bad file through the command changes nothing") {
    model::Workspace ws = sampleWorkspace();
    const auto before = exchange::exportKanriJson(ws, {"x", "v"});
    model::WorkspaceData bad;
    bad.items["8.6.1-01"].rating = Rating::NA; // no justification
    model::CommandStack stack;
    CHECK_FALSE(stack.execute(std::make_unique<model::ReplaceWorkspace>(bad), ws).ok());
    CHECK(exchange::exportKanriJson(ws, {"x", "v"}) == before);
    CHECK_FALSE(stack.canUndo());
}

TEST_CASE("report and catalog JSON carry what automation reads") {
    model::Workspace ws = sampleWorkspace();
    const std::string report = exchange::reportJson(ws.catalogue(), model::computeScores(ws));
    CHECK(report.find("\"format\": \"kanri-report\"") != std::string::npos);
    CHECK(report.find("\"certification_ready\": false") != std::string::npos);
    CHECK(report.find("\"kind\": \"document_missing\"") != std::string::npos);
    const std::string catalog = exchange::catalogJson(ws.catalogue());
    CHECK(catalog.find("\"id\": \"8.5.1.3-01\"") != std::string::npos);
    CHECK(catalog.find("インシデント管理") != std::string::npos);
}

TEST_CASE("import of a file made with catalogue 2018-r1 carries retired items over to their successors") {
    const std::string text = test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/assessment-2018-r1.json");
    REQUIRE_FALSE(text.empty());
    auto r = exchange::parseKanriJson(text, test::shippedCatalogue());
    REQUIRE(r.ok());
    const model::WorkspaceData& d = r.value();
    CHECK(d.items.at("4.1-01").rating == Rating::F); // a current id is untouched
    for (const char* gone : {"8.5.1.3-03", "8.6.1-03", "9.3-01", "9.3-03"}) CHECK(d.items.count(gone) == 0);
    // A split: each part gets the rating, evidence, owner, date and notes, marked "please confirm".
    for (const char* part : {"8.5.1.3-04", "8.5.1.3-05", "8.5.1.3-06"}) {
        CAPTURE(part);
        const model::ItemAssessment& a = d.items.at(part);
        CHECK(a.rating == Rating::P);
        CHECK(a.owner == "Change manager");
        CHECK(a.due == "2026-07-31");
        REQUIRE(a.evidence.size() == 1);
        CHECK(a.evidence[0].url == "https://intranet.example/pir");
        CHECK(a.notes.find("PIR は大規模変更のみ") != std::string::npos);
        CHECK(model::isCarriedOver(a));
    }
    // 9.3-01 (L) split into 9.3-07 and 9.3-04; 9.3-03 (P) merged into 9.3-04: the lower rating.
    CHECK(d.items.at("9.3-07").rating == Rating::L);
    const model::ItemAssessment& merged = d.items.at("9.3-04");
    CHECK(merged.rating == Rating::P);
    CHECK(merged.evidence.size() == 2);
    CHECK(merged.due == "2026-05-31");
    CHECK(merged.owner == "SMS manager");
    for (const char* text2 : {"年 2 回に変更予定", "KPI 集計が手作業", "品質管理部", "9.3-01", "9.3-03"}) {
        CAPTURE(text2);
        CHECK(merged.notes.find(text2) != std::string::npos);
    }
    // N/A keeps its justification on every part.
    for (const char* part : {"8.6.1-07", "8.6.1-08", "8.6.1-09"}) {
        CAPTURE(part);
        CHECK(d.items.at(part).rating == Rating::NA);
        CHECK(d.items.at(part).justification == "No major incident criteria yet: the service started in April");
    }
    // The frozen cycle is re-keyed the same way.
    REQUIRE(d.entities.at("cycle").size() == 1);
    model::Cycle frozen;
    REQUIRE(model::fromFields(d.entities.at("cycle")[0].fields, frozen));
    const model::ItemMap& c = frozen.items;
    CHECK(c.at("8.5.1.3-05").rating == Rating::N);
    CHECK(c.at("9.3-07").rating == Rating::F);
    CHECK(c.at("9.3-04").rating == Rating::L);
    CHECK(c.count("9.3-01") == 0);

    // Export then import again: nothing changes a second time (the markers stay single).
    model::Workspace ws(test::shippedCatalogue());
    ws.replace(d);
    const std::string again = exchange::exportKanriJson(ws, {"2026-05-02T00:00:00Z", "test"});
    auto r2 = exchange::parseKanriJson(again, test::shippedCatalogue());
    REQUIRE(r2.ok());
    CHECK(r2.value().items.at("9.3-04").notes == merged.notes);
}

TEST_CASE("import: today's fixture assessment-v1.json still imports unchanged") {
    const std::string text = test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/assessment-v1.json");
    auto r = exchange::parseKanriJson(text, test::shippedCatalogue());
    REQUIRE(r.ok());
    CHECK(r.value().items.size() == 4);
    for (const auto& [id, a] : r.value().items) CHECK_FALSE(model::isCarriedOver(a));
}
