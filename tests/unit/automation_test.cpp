// The automation dispatcher over a session on a real (in-memory) SQLite database: every
// operation and query, refusals with their JSON path and nothing changed, all-or-nothing
// batches as one undo step, and docs/automation.md equal to what the table generates. The same
// sources run natively and as wasm under node (scripts/test).
#include "automation/dispatcher.hpp"
#include "store/workspace_store.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace kanri;
using nlohmann::json;

namespace {

struct Fixture {
    session::Session s{test::shippedCatalogue(), std::move(store::Database::openMemory().value()), [] { return std::string("2026-12-01T10:00:00Z"); }};
    Fixture() { REQUIRE(s.load()); }
    json run(const json& op) { return json::parse(automation::run(s, op.dump())); }
    json query(const char* name) { return json::parse(automation::query(s, name, "")); }
    // What is stored, read back from SQLite (not from memory).
    model::ItemAssessment stored(const std::string& id) {
        model::Workspace fresh(test::shippedCatalogue());
        REQUIRE(store::loadWorkspace(s.database(), fresh));
        return fresh.item(id);
    }
};

} // namespace

TEST_CASE("automation/operations change the data and are written; queries read it") {
    Fixture f;
    CHECK(f.run({{"op", "assessment.rate"}, {"item", "8.6.1-01"}, {"rating", "L"}}) == json{{"ok", true}});
    CHECK(f.stored("8.6.1-01").rating == model::Rating::L);
    CHECK(f.run({{"op", "assessment.update"}, {"item", "8.6.1-01"}, {"owner", "髙橋"}, {"due", "2027-03-31"}})["ok"] == true);
    CHECK(f.stored("8.6.1-01").owner == "髙橋");
    CHECK(f.stored("8.6.1-01").rating == model::Rating::L); // the update kept the rating
    CHECK(f.run({{"op", "assessment.rate"}, {"item", "4.1-02"}, {"rating", "NA"}, {"justification", "no such service"}})["ok"] == true);
    CHECK(f.run({{"op", "assessment.note"}, {"clause", "8.6.1"}, {"text", "月次レビュー"}})["ok"] == true);
    CHECK(f.run({{"op", "documents.set"}, {"document", "doc-scope"}, {"status", "present"}, {"location", "SharePoint"}})["ok"] == true);
    CHECK(f.run({{"op", "cycles.freeze"}, {"name", "2026 H2"}})["ok"] == true);

    const json items = f.query("assessment.items");
    REQUIRE(items["ok"] == true);
    auto find = [&](const char* id) {
        for (const json& i : items["result"])
            if (i["id"] == id) return i;
        return json();
    };
    CHECK(find("8.6.1-01")["owner"] == "髙橋");
    CHECK(find("4.1-02")["rating"] == "NA");
    CHECK(f.query("assessment.notes")["result"].dump().find("月次レビュー") != std::string::npos);
    CHECK(f.query("assessment.documents")["result"].dump().find("SharePoint") != std::string::npos);
    const json cycles = f.query("cycles")["result"];
    REQUIRE(cycles.size() == 1);
    CHECK(f.query("assessment.scores")["result"].contains("overall"));
    CHECK(f.run({{"op", "cycles.delete"}, {"id", cycles[0]["id"]}})["ok"] == true);
    CHECK(f.query("cycles")["result"].empty());

    // An export imported back through the dispatcher is the same data.
    const json exported = f.query("export")["result"];
    CHECK(f.run({{"op", "assessment.rate"}, {"item", "8.6.1-01"}, {"rating", "N"}})["ok"] == true);
    CHECK(f.run({{"op", "workspace.import"}, {"document", exported}})["ok"] == true);
    CHECK(f.stored("8.6.1-01").rating == model::Rating::L);
}

TEST_CASE("automation/bad operations are refused with a message and the JSON path; nothing changes") {
    Fixture f;
    const int before = f.s.changeCount();
    struct Bad {
        json op;
        const char* path;
    } cases[] = {
        {{{"op", "assessment.grade"}, {"item", "4.1-01"}}, "/op"},
        {{{"item", "4.1-01"}}, "/op"},
        {{{"op", "assessment.rate"}, {"rating", "L"}}, "/item"},
        {{{"op", "assessment.rate"}, {"item", 7}, {"rating", "L"}}, "/item"},
        {{{"op", "assessment.rate"}, {"item", "9.9-99"}, {"rating", "L"}}, "/item"},
        {{{"op", "assessment.rate"}, {"item", "4.1-01"}, {"rating", "X"}}, "/rating"},
        {{{"op", "assessment.rate"}, {"item", "4.1-01"}, {"rating", "L"}, {"colour", "red"}}, "/colour"},
        {{{"op", "assessment.update"}, {"item", "4.1-01"}, {"due", "2026-13-45"}}, "/due"},
        {{{"op", "assessment.note"}, {"clause", "11"}, {"text", "x"}}, "/clause"},
        {{{"op", "documents.set"}, {"document", "doc-nothing"}, {"status", "present"}}, "/document"},
        {{{"op", "documents.set"}, {"document", "doc-scope"}, {"status", "lost"}}, "/status"},
        {{{"op", "cycles.delete"}, {"id", "c-none"}}, "/id"},
        {{{"op", "workspace.import"}, {"document", {{"format", "other"}}}}, "/document"},
    };
    for (const Bad& b : cases) {
        CAPTURE(b.op.dump());
        const json r = f.run(b.op);
        CHECK(r["ok"] == false);
        CHECK(r["path"] == b.path);
        CHECK(!r["error"].get<std::string>().empty());
    }
    // Refused when applied (N/A needs its justification): the message, no path of a member.
    const json na = f.run({{"op", "assessment.rate"}, {"item", "4.1-01"}, {"rating", "NA"}});
    CHECK(na["ok"] == false);
    CHECK(json::parse(automation::run(f.s, "not json"))["ok"] == false);
    CHECK(json::parse(automation::query(f.s, "nothing", ""))["ok"] == false);
    CHECK(json::parse(automation::query(f.s, "cycles", R"({"x": 1})"))["path"] == "/x");
    CHECK(f.s.changeCount() == before);
    CHECK(f.query("assessment.items")["result"].empty());
}

TEST_CASE("automation/a batch applies all or nothing, as one undo step, and later operations see earlier ones") {
    Fixture f;
    const std::vector<std::string> good = {
        json{{"op", "assessment.rate"}, {"item", "4.1-01"}, {"rating", "F"}}.dump(),
        json{{"op", "assessment.update"}, {"item", "4.1-01"}, {"owner", "Quality lead"}}.dump(),
        json{{"op", "assessment.rate"}, {"item", "4.1-03"}, {"rating", "P"}}.dump(),
    };
    CHECK(json::parse(automation::runAll(f.s, good))["ok"] == true);
    CHECK(f.stored("4.1-01").rating == model::Rating::F);
    CHECK(f.stored("4.1-01").owner == "Quality lead");
    CHECK(f.stored("4.1-03").rating == model::Rating::P);
    REQUIRE(f.s.undo()); // one step takes back the three
    CHECK(f.stored("4.1-01").rating == model::Rating::Unrated);
    CHECK(f.stored("4.1-03").rating == model::Rating::Unrated);
    REQUIRE(f.s.redo());
    CHECK(f.stored("4.1-03").rating == model::Rating::P);

    // A bad line anywhere applies no line: checked before (a mistyped field) or when applied.
    const std::vector<std::string> mistyped = {good[0], json{{"op", "assessment.rate"}, {"item", "4.2-01"}, {"rating", 3}}.dump()};
    const json r1 = json::parse(automation::runAll(f.s, mistyped));
    CHECK(r1["path"] == "/1/rating");
    const std::vector<std::string> refused = {json{{"op", "assessment.rate"}, {"item", "4.2-01"}, {"rating", "L"}}.dump(),
                                              json{{"op", "assessment.rate"}, {"item", "4.3-01"}, {"rating", "NA"}}.dump()};
    const json r2 = json::parse(automation::runAll(f.s, refused));
    CHECK(r2["ok"] == false);
    CHECK(r2["path"] == "/1");
    CHECK(f.stored("4.2-01").rating == model::Rating::Unrated);
    CHECK(f.s.workspace().item("4.2-01").rating == model::Rating::Unrated);
}

TEST_CASE("automation/docs/automation.md is what the dispatcher's table generates") {
    const std::string doc = test::readText(std::string(KANRI_SOURCE_DIR) + "/docs/automation.md");
    CHECK(doc == automation::reference()); // regenerate: kanri-cli ops > docs/automation.md
    for (const char* op : {"assessment.rate", "assessment.update", "assessment.note", "documents.set", "cycles.freeze", "cycles.delete",
                           "workspace.import", "assessment.items", "assessment.scores", "export"})
        CHECK(doc.find(std::string("`") + op + "`") != std::string::npos);
}

TEST_CASE("automation/session operations: undo, redo and the author; not part of a batch") {
    Fixture f;
    CHECK(f.query("session.author")["result"] == json{{"name", ""}, {"asked", false}});
    CHECK(f.run({{"op", "session.author"}, {"name", "佐藤 花子"}}) == json{{"ok", true}});
    CHECK(f.query("session.author")["result"] == json{{"name", "佐藤 花子"}, {"asked", true}});
    CHECK(f.run({{"op", "edit.undo"}})["ok"] == false); // nothing to undo yet
    CHECK(f.run({{"op", "assessment.rate"}, {"item", "8.6.1-01"}, {"rating", "L"}})["ok"] == true);
    CHECK(f.run({{"op", "edit.undo"}}) == json{{"ok", true}});
    CHECK(f.stored("8.6.1-01").rating == model::Rating::Unrated);
    CHECK(f.run({{"op", "edit.redo"}}) == json{{"ok", true}});
    CHECK(f.stored("8.6.1-01").rating == model::Rating::L);
    CHECK(f.run({{"op", "edit.redo"}})["ok"] == false);
    CHECK(f.run({{"op", "edit.undo"}, {"steps", 2}})["path"] == "/steps");
    const json inBatch = json::parse(automation::runAll(f.s, {json{{"op", "assessment.rate"}, {"item", "4.1-01"}, {"rating", "F"}}.dump(),
                                                              json{{"op", "edit.undo"}}.dump()}));
    CHECK(inBatch["ok"] == false);
    CHECK(inBatch["path"] == "/1/op");
    CHECK(f.stored("4.1-01").rating == model::Rating::Unrated);
}

TEST_CASE("automation/the history query: rows with author, action and fields; filters and paging") {
    Fixture f;
    CHECK(f.run({{"op", "session.author"}, {"name", "Sato"}})["ok"] == true);
    CHECK(f.run({{"op", "assessment.rate"}, {"item", "8.6.1-01"}, {"rating", "P"}})["ok"] == true);
    CHECK(f.run({{"op", "assessment.update"}, {"item", "8.6.1-01"}, {"owner", "髙橋"}})["ok"] == true);
    CHECK(f.run({{"op", "edit.undo"}})["ok"] == true);
    const json all = json::parse(automation::query(f.s, "history", ""))["result"];
    CHECK(all["total"] == 3);
    REQUIRE(all["rows"].size() == 3);
    const json& undone = all["rows"][0];
    CHECK(undone["action"] == "undo");
    CHECK(undone["author"] == "Sato");
    CHECK(undone["kind"] == "item");
    CHECK(undone["id"] == "8.6.1-01");
    CHECK(undone["fields"] == json::array({{{"field", "owner"}, {"before", "髙橋"}, {"after", ""}}}));
    const json page = json::parse(automation::query(f.s, "history", R"({"action": "apply", "limit": 1, "offset": 1})"))["result"];
    CHECK(page["total"] == 2);
    REQUIRE(page["rows"].size() == 1);
    CHECK(page["rows"][0]["fields"][0]["after"] == "P");
    CHECK(json::parse(automation::query(f.s, "history", R"({"text": "髙橋"})"))["result"]["total"] == 2);
    CHECK(json::parse(automation::query(f.s, "history", R"({"limit": "ten"})"))["path"] == "/limit");
}

TEST_CASE("automation/an operation or query arguments with a member given twice is refused with its path") {
    Fixture f;
    const json r = json::parse(automation::run(f.s, R"({"op": "assessment.rate", "item": "8.6.1-01", "rating": "L", "rating": "N"})"));
    CHECK(r["ok"] == false);
    CHECK(r["path"] == "/rating");
    CHECK(f.s.workspace().item("8.6.1-01").rating == model::Rating::Unrated);
    CHECK(json::parse(automation::query(f.s, "history", R"({"kind": "item", "kind": "cycle"})"))["path"] == "/kind");
}

namespace {
// An answer matches what is expected when every member named there is equal (recursively;
// arrays element by element, of the same length).
bool matches(const json& got, const json& expect) {
    if (expect.is_object()) {
        if (!got.is_object()) return false;
        for (auto it = expect.begin(); it != expect.end(); ++it)
            if (!got.contains(it.key()) || !matches(got.at(it.key()), it.value())) return false;
        return true;
    }
    if (expect.is_array()) {
        if (!got.is_array() || got.size() != expect.size()) return false;
        for (size_t i = 0; i < expect.size(); ++i)
            if (!matches(got[i], expect[i])) return false;
        return true;
    }
    return got == expect;
}
} // namespace

TEST_CASE("automation/the shared script answers as expected (the browser runs the same file through window.kanri)") {
    Fixture f;
    const json script = json::parse(test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/automation-script.json"));
    int step = 0;
    for (const json& s : script.at("steps")) {
        CAPTURE(step++);
        const json got = s.contains("run") ? f.run(s.at("run"))
                                           : json::parse(automation::query(f.s, s.at("query").get<std::string>(), s.contains("args") ? s.at("args").dump() : ""));
        CHECK_MESSAGE(matches(got, s.at("expect")), got.dump());
    }
}
