// The shared pieces of the modules on a module of the tests' own (notes that may point at
// assessment items and at each other): put, remove and link as undoable commands, ids never
// handed out twice, stamps, link integrity (refused and cascading removals) in memory, in
// SQLite and in imported files, after reopening, and the history of it all.
#include "automation/dispatcher.hpp"
#include "exchange/kanri_json.hpp"
#include "model/commands.hpp"
#include "session/session.hpp"

#include "test_module.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace kanri;
using model::EntityKey;
using model::Link;


namespace {

int g_tick = 0;
std::string clock() {
    const int t = g_tick++ % 60;
    return "2026-12-02T10:00:" + std::string(t < 10 ? "0" : "") + std::to_string(t) + "Z";
}

session::Session open(const std::string& path) {
    auto db = path.empty() ? store::Database::openMemory() : store::Database::openFile(path);
    REQUIRE(db);
    session::Session s(test::shippedCatalogue(), std::move(db.value()), clock, testmodule::modules());
    REQUIRE(s.load());
    return s;
}

Status put(session::Session& s, const std::string& id, const std::string& title) {
    return s.execute(std::make_unique<model::PutEntity>("note", id, model::Fields{{"title", title}, {"body", ""}}));
}
Status link(session::Session& s, Link l, bool add = true) { return s.execute(std::make_unique<model::SetLink>(std::move(l), add)); }
Status remove(session::Session& s, const std::string& id) { return s.execute(std::make_unique<model::RemoveEntity>(EntityKey{"note", id})); }
const testmodule::Note* note(session::Session& s, const std::string& id) { return s.workspace().entities<testmodule::Note>().find(id); }

const Link aboutItem{{"note", "N-001"}, "note.about", {"item", "8.6.1-01"}};
const Link dependsOn{{"note", "N-002"}, "note.depends_on", {"note", "N-001"}};
const Link mentions{{"note", "N-002"}, "note.mentions", {"note", "N-001"}};

} // namespace

TEST_CASE("entities/put creates with the next id and stamps; a replace keeps created; undo and redo of put, remove and batch") {
    session::Session s = open("");
    REQUIRE(s.setAuthor("Sato"));
    REQUIRE(put(s, "", "First"));
    REQUIRE(note(s, "N-001"));
    const model::Stamp created = note(s, "N-001")->stamp;
    CHECK(created.author == "Sato");
    CHECK(created.createdAt == created.changedAt);
    REQUIRE(put(s, "N-001", "First, renamed"));
    CHECK(note(s, "N-001")->title == "First, renamed");
    CHECK(note(s, "N-001")->stamp.createdAt == created.createdAt);
    CHECK(note(s, "N-001")->stamp.changedAt != created.changedAt);
    CHECK(s.undo());
    CHECK(note(s, "N-001")->title == "First");
    CHECK(note(s, "N-001")->stamp == created); // exactly as it was
    CHECK(s.undo());
    CHECK_FALSE(note(s, "N-001"));
    CHECK(s.redo());
    CHECK(note(s, "N-001")->title == "First"); // the same id again on redo
    CHECK(s.redo());
    // A rule of the kind refuses, and nothing changes.
    auto refused = put(s, "", "");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.find("title") != std::string::npos);
    CHECK(s.workspace().entities<testmodule::Note>().all().size() == 1);
    // Remove remembers the place: undo puts it back between the others.
    REQUIRE(put(s, "", "Second"));
    REQUIRE(put(s, "", "Third"));
    REQUIRE(remove(s, "N-002"));
    CHECK(s.workspace().entities<testmodule::Note>().all().size() == 2);
    CHECK(s.undo());
    CHECK(s.workspace().entities<testmodule::Note>().all()[1].id == "N-002");
    // A batch is one undo step.
    std::vector<std::unique_ptr<model::Command>> parts;
    parts.push_back(std::make_unique<model::PutEntity>("note", "", model::Fields{{"title", "Fourth"}}));
    parts.push_back(std::make_unique<model::SetLink>(Link{{"note", "N-004"}, "note.about", {"item", "4.1-01"}}, true));
    REQUIRE(s.execute(std::make_unique<model::Batch>(std::move(parts), nullptr)));
    CHECK(s.workspace().links().size() == 1);
    CHECK(s.undo());
    CHECK(s.workspace().links().empty());
    CHECK_FALSE(note(s, "N-004"));
}

TEST_CASE("entities/ids are never handed out twice, even after removing the newest and reopening") {
    test::TempFile file("entity-ids");
    {
        session::Session s = open(file.path());
        REQUIRE(put(s, "", "a"));
        REQUIRE(put(s, "", "b"));
        REQUIRE(remove(s, "N-002"));
        REQUIRE(put(s, "", "c"));
        CHECK(note(s, "N-003"));
        REQUIRE(remove(s, "N-003"));
    }
    session::Session s = open(file.path());
    REQUIRE(put(s, "", "d"));
    CHECK(note(s, "N-004"));
    CHECK_FALSE(note(s, "N-002"));
    CHECK_FALSE(put(s, "X-1", "e")); // not an id of the kind
}

TEST_CASE("links/both ends must exist and be of the relation's kinds") {
    session::Session s = open("");
    REQUIRE(put(s, "", "A"));
    CHECK(link(s, aboutItem));
    CHECK_FALSE(link(s, aboutItem)); // twice
    CHECK(link(s, {{"note", "N-001"}, "note.about", {"item", "99.9-01"}}).error().code == ErrorCode::UnknownId);
    CHECK(link(s, {{"note", "N-009"}, "note.about", {"item", "8.6.1-01"}}).error().code == ErrorCode::UnknownId);
    CHECK(link(s, {{"note", "N-001"}, "note.about", {"note", "N-001"}}).error().code == ErrorCode::UnknownRelation);
    CHECK(link(s, {{"note", "N-001"}, "note.loves", {"note", "N-001"}}).error().code == ErrorCode::UnknownRelation);
    CHECK(s.workspace().links().size() == 1);
}

TEST_CASE("links/removing a target: refused with what points at it, or the links go too; undo brings all back; after reopening") {
    test::TempFile file("links");
    {
        session::Session s = open(file.path());
        REQUIRE(put(s, "", "Target"));
        REQUIRE(put(s, "", "Source"));
        REQUIRE(link(s, aboutItem));
        REQUIRE(link(s, dependsOn));
        REQUIRE(link(s, mentions));
        // A refusing relation points at N-001: its removal is refused and names the source.
        auto refused = remove(s, "N-001");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::StillLinked);
        CHECK(refused.error().detail.find("N-002") != std::string::npos);
        CHECK(note(s, "N-001"));
        CHECK(s.workspace().links().size() == 3);
        REQUIRE(link(s, dependsOn, false));
        // Now only cascading links point at it: they go with it, its own links too.
        REQUIRE(remove(s, "N-001"));
        CHECK(s.workspace().links().empty());
        CHECK(s.undo());
        CHECK(note(s, "N-001"));
        CHECK(s.workspace().links().size() == 2);
        CHECK(s.workspace().links().count(aboutItem));
        CHECK(s.workspace().links().count(mentions));
    }
    session::Session s = open(file.path());
    CHECK(note(s, "N-001")->title == "Target");
    CHECK(s.workspace().links().size() == 2);
    CHECK(s.workspace().links().count(mentions));
    // SQLite keeps them whole too: an entity with links cannot be deleted under the model.
    CHECK_FALSE(s.database().exec("DELETE FROM entity WHERE kind='note' AND id='N-001'"));
    CHECK_FALSE(s.database().exec("INSERT INTO entity_link VALUES('note','N-001','note.mentions','note','N-404')"));
    CHECK(s.database().exec("SELECT count(*) FROM entity"));
}

TEST_CASE("entities/history: put, remove and links are rows of the entity with fields before and after") {
    session::Session s = open("");
    REQUIRE(s.setAuthor("鈴木"));
    REQUIRE(put(s, "", "A"));
    REQUIRE(put(s, "N-001", "B"));
    REQUIRE(link(s, aboutItem));
    REQUIRE(remove(s, "N-001"));
    auto rows = s.history({.kind = "note", .id = "N-001"}, 0, 10);
    REQUIRE(rows);
    REQUIRE(rows.value().size() == 5); // remove: the link, then the note; link; put; put
    const auto& r = rows.value();
    CHECK(r[0].verb == "remove");
    CHECK(r[0].fields[0] == model::FieldChange{"title", "B", ""});
    CHECK(r[2].verb == "link");
    CHECK(r[2].fields[0].after == "linked");
    CHECK(r[3].fields[0] == model::FieldChange{"title", "A", "B"});
    CHECK(r[4].fields[0] == model::FieldChange{"title", "", "A"});
    for (const auto& row : r) CHECK(row.author == "鈴木");
}

TEST_CASE("entities/Kanri JSON: exported and imported with their links; dangling links, unknown kinds and bad ids refused") {
    session::Session s = open("");
    REQUIRE(put(s, "", "Target"));
    REQUIRE(put(s, "", "Source"));
    REQUIRE(link(s, aboutItem));
    REQUIRE(link(s, mentions));
    const std::string exported = s.exportJson();
    session::Session other = open("");
    REQUIRE(other.importJson(exported));
    CHECK(other.workspace().entities<testmodule::Note>().all().size() == 2);
    CHECK(other.workspace().links() == s.workspace().links());
    CHECK(other.workspace().entities<testmodule::Note>().find("N-001")->stamp == note(s, "N-001")->stamp);
    REQUIRE(put(other, "", "Next"));
    CHECK(note(other, "N-003")); // the series goes on after the imported ids
    auto bad = [&](const std::string& from, const std::string& to) {
        std::string text = exported;
        const size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        session::Session fresh = open("");
        auto r = fresh.importJson(text);
        CHECK(fresh.workspace().entities<testmodule::Note>().all().empty());
        return r ? std::string("accepted") : r.error().detail;
    };
    CHECK(bad("\"to_id\": \"N-001\"", "\"to_id\": \"N-404\"").find("N-404") != std::string::npos);
    CHECK(bad("\"to_id\": \"8.6.1-01\"", "\"to_id\": \"99.9-01\"").find("99.9-01") != std::string::npos);
    CHECK(bad("\"note\": [", "\"risk\": [").find("/entities/risk") != std::string::npos);
    CHECK(bad("\"id\": \"N-002\"", "\"id\": \"N-two\"").find("/entities/note/1/id") != std::string::npos);
    CHECK(bad("\"title\": \"Source\"", "\"title\": \"\"").find("title") != std::string::npos);
    CHECK(bad("\"relation\": \"note.mentions\"", "\"relation\": \"note.loves\"").find("note.loves") != std::string::npos);
}

TEST_CASE("entities/the dispatcher's generic operations: put answers the id; remove and links; refusals with their path") {
    session::Session s = open("");
    using nlohmann::json;
    auto run = [&](const json& op) { return json::parse(automation::run(s, op.dump())); };
    CHECK(run({{"op", "entity.put"}, {"kind", "note"}, {"fields", {{"title", "A"}}}}) == json{{"ok", true}, {"id", "N-001"}});
    CHECK(run({{"op", "entity.put"}, {"kind", "note"}, {"fields", {{"title", "B"}}}})["id"] == "N-002");
    CHECK(run({{"op", "link.add"}, {"from_kind", "note"}, {"from_id", "N-002"}, {"relation", "note.depends_on"}, {"to_kind", "note"}, {"to_id", "N-001"}})["ok"] == true);
    const json refused = run({{"op", "entity.remove"}, {"kind", "note"}, {"id", "N-001"}});
    CHECK(refused["ok"] == false);
    CHECK(refused["error"].get<std::string>().find("N-002") != std::string::npos);
    CHECK(run({{"op", "entity.put"}, {"kind", "unicorn"}, {"fields", json::object()}})["path"] == "/kind");
    CHECK(run({{"op", "entity.put"}, {"kind", "note"}, {"fields", {{"title", 3}}}})["path"] == "/fields/title");
    CHECK(run({{"op", "entity.remove"}, {"kind", "note"}, {"id", "N-404"}})["path"] == "/id");
    const json listed = json::parse(automation::query(s, "entities", R"({"kind": "note"})"))["result"];
    REQUIRE(listed.size() == 2);
    CHECK(listed[1]["fields"]["title"] == "B");
    CHECK(json::parse(automation::query(s, "links", R"({"kind": "note", "id": "N-001"})"))["result"].size() == 1);
    const json relations = json::parse(automation::query(s, "kinds", ""))["result"]["relations"];
    CHECK(std::count_if(relations.begin(), relations.end(), [](const json& r) { return r["from"] == "note"; }) == 4);
}

// The notes' ids in the user's order, each followed by a space.
static std::string noteIds(session::Session& s) {
    std::string out;
    for (const auto& n : s.workspace().entities<testmodule::Note>().all()) out += n.id + " ";
    return out;
}

TEST_CASE("entities/the user's order survives reopening: after a removal in the middle and after its undo") {
    test::TempFile file("entity-order");
    {
        session::Session s = open(file.path());
        for (const char* t : {"a", "b", "c", "d"}) REQUIRE(put(s, "", t));
        REQUIRE(remove(s, "N-002"));
        REQUIRE(put(s, "N-003", "c, edited")); // an edit in place moves nothing
    }
    {
        session::Session s = open(file.path());
        CHECK(noteIds(s) == "N-001 N-003 N-004 ");
        REQUIRE(put(s, "", "e"));
        REQUIRE(remove(s, "N-001"));
    }
    session::Session s = open(file.path());
    CHECK(noteIds(s) == "N-003 N-004 N-005 ");
    // An undone removal puts it back in its place, and so does the file.
    REQUIRE(remove(s, "N-004"));
    CHECK(s.undo());
    session::Session again = open(file.path());
    CHECK(noteIds(again) == "N-003 N-004 N-005 ");
}

// The store reads rows in whatever order SQLite finds them (no sort of every row's body before
// the first frame) and puts them in the user's order itself: ids made elsewhere (an import) are
// not in the order of their numbers.
TEST_CASE("entities/the user's order survives reopening when it is not the order of the ids") {
    test::TempFile file("entity-order-ids");
    {
        session::Session s = open(file.path());
        for (const char* id : {"N-009", "N-002", "N-005", "N-001"}) REQUIRE(put(s, id, id));
        CHECK(noteIds(s) == "N-009 N-002 N-005 N-001 ");
    }
    session::Session s = open(file.path());
    CHECK(noteIds(s) == "N-009 N-002 N-005 N-001 ");
}

// Whatever a kind's own rules check, the model keeps only valid UTF-8, so every export and
// answer can be written as JSON (the browser build has no exceptions: a throw would abort).
TEST_CASE("entities/a field that is not valid UTF-8 is refused for every kind, and an answer never throws") {
    session::Session s = open("");
    auto refused = put(s, "", std::string("Broken \xE3\x81", 9));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidText);
    auto badName = s.execute(std::make_unique<model::PutEntity>("note", "", model::Fields{{"title", "ok"}, {std::string("\xFF"), "x"}}));
    REQUIRE_FALSE(badName);
    CHECK(badName.error().code == ErrorCode::InvalidText);
    CHECK(s.workspace().entities<testmodule::Note>().all().empty());
    // An operation carrying such bytes is refused by the JSON reader with a path, not thrown.
    const auto answer = nlohmann::json::parse(automation::run(s, std::string("{\"op\": \"entity.put\", \"kind\": \"note\", \"fields\": {\"title\": \"\xE3\x81\"}}")));
    CHECK(answer["ok"] == false);
}

TEST_CASE("entities/a record about a catalogue thing comes and goes without touching the thing's links") {
    // A checklist entry is kept under its document's kind and id; the links point at the document,
    // which stays in the catalogue whatever the checklist says.
    test::TempFile file("entities-catalogue-record");
    const Link cites{{"note", "N-001"}, "note.cites", {"document", "doc-scope"}};
    {
        session::Session s = open(file.path());
        REQUIRE(put(s, "", "Scope"));
        REQUIRE(link(s, cites)); // no checklist entry yet: the document is the catalogue's
        REQUIRE(s.execute(std::make_unique<model::SetDocument>("doc-scope", model::DocumentCheck{model::DocumentStatus::Present, "DMS"})));
        REQUIRE(s.execute(std::make_unique<model::SetDocument>("doc-scope", model::DocumentCheck{})));
        CHECK(s.workspace().entities<model::ChecklistEntry>().find("doc-scope") == nullptr);
        CHECK(s.workspace().links().count(cites) == 1);
        CHECK(s.workspace().exists({"document", "doc-scope"}));
        REQUIRE(s.undo());
        CHECK(s.workspace().document("doc-scope").location == "DMS");
        CHECK(s.workspace().links().count(cites) == 1);
        // The relation refuses the removal of what it points at, yet the entry is not that.
        REQUIRE(s.execute(std::make_unique<model::SetDocument>("doc-scope", model::DocumentCheck{})));
        CHECK_FALSE(s.persistError());
    }
    session::Session reopened = open(file.path());
    CHECK(reopened.workspace().links().count(cites) == 1);
    CHECK(reopened.workspace().document("doc-scope").status == model::DocumentStatus::Unknown);
    // A file that links to the document without an entry for it is imported as it is.
    auto data = exchange::parseKanriJson(exchange::exportKanriJson(reopened.workspace(), {"x", "0.1.0"}), reopened.catalogue(),
                                         testmodule::modules());
    REQUIRE(data);
    CHECK(data.value().links.count(cites) == 1);
    CHECK(data.value().entities.count("document") == 0);
}
