// The history (audit trail) on real SQLite: one row per entity a command, undo or redo
// changed, with author, time and each field before and after; written in the transaction of
// the change; append-only; read back after reopening; filtered and paged. And the stable
// evidence ids it names fields by.
#include "model/commands.hpp"
#include "session/session.hpp"
#include "store/history_store.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::HistoryAction;
using model::Rating;

namespace {

std::string fixedClock() { return "2026-12-02T09:00:00Z"; }

session::Session open(const std::string& path) {
    auto db = store::Database::openFile(path);
    REQUIRE(db);
    return session::Session(test::shippedCatalogue(), std::move(db.value()), fixedClock);
}

const model::FieldChange* field(const model::HistoryEntry& e, const std::string& name) {
    for (const auto& f : e.fields)
        if (f.field == name) return &f;
    return nullptr;
}

std::vector<model::HistoryEntry> all(session::Session& s, model::HistoryFilter filter = {}) {
    auto rows = s.history(filter, 0, 1000);
    REQUIRE(rows);
    return rows.value();
}

} // namespace

TEST_CASE("history/edit, undo and redo each write a row with author, time and fields before and after") {
    test::TempFile file("history");
    {
        session::Session s = open(file.path());
        REQUIRE(s.load());
        CHECK_FALSE(s.authorAsked()); // the first run asks
        CHECK(s.author().empty());    // and never makes a name up
        REQUIRE(s.setAuthor("佐藤 花子"));
        REQUIRE(s.setItemRating("8.6.1-01", "P"));
        REQUIRE(s.setItemRating("8.6.1-01", "L"));
        CHECK(s.undo());
        CHECK(s.redo());
        const auto rows = all(s);
        REQUIRE(rows.size() == 4); // newest first
        CHECK(rows[0].action == HistoryAction::Redo);
        CHECK(rows[1].action == HistoryAction::Undo);
        CHECK(rows[2].action == HistoryAction::Apply);
        for (const auto& r : rows) {
            CHECK(r.author == "佐藤 花子");
            CHECK(r.at == "2026-12-02T09:00:00Z");
            CHECK(r.key == model::EntityKey{"item", "8.6.1-01"});
            CHECK(r.verb == "rate");
        }
        REQUIRE(field(rows[3], "rating"));
        CHECK(*field(rows[3], "rating") == model::FieldChange{"rating", "", "P"});
        CHECK(*field(rows[2], "rating") == model::FieldChange{"rating", "P", "L"});
        CHECK(*field(rows[1], "rating") == model::FieldChange{"rating", "L", "P"}); // the undo, reversed
        CHECK(*field(rows[0], "rating") == model::FieldChange{"rating", "P", "L"});
        CHECK(rows[2].fields.size() == 1); // only what changed
        CHECK(rows[0].step > rows[1].step);
    }
    // Reopened: everything is still there, and new steps number after the old ones.
    session::Session s = open(file.path());
    REQUIRE(s.load());
    CHECK(s.authorAsked());
    CHECK(s.author() == "佐藤 花子");
    REQUIRE(all(s).size() == 4);
    const int64_t lastStep = all(s)[0].step;
    REQUIRE(s.setClauseNote("8.6.1", "変更諮問会議の記録を確認"));
    const auto rows = all(s);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].step == lastStep + 1);
    CHECK(rows[0].key == model::EntityKey{"clause_note", "8.6.1"});
    CHECK(rows[0].verb == "edit_note");
}

TEST_CASE("history/one step per command: a batch and an import write one row per entity they changed") {
    session::Session s(test::shippedCatalogue(), std::move(store::Database::openMemory().value()), fixedClock);
    REQUIRE(s.load());
    std::vector<std::unique_ptr<model::Command>> parts;
    model::ItemAssessment a;
    a.rating = Rating::F;
    parts.push_back(std::make_unique<model::SetItem>("4.1-01", a));
    parts.push_back(std::make_unique<model::SetItem>("4.1-02", a));
    parts.push_back(std::make_unique<model::SetClauseNote>("4.1", "note"));
    REQUIRE(s.execute(std::make_unique<model::Batch>(std::move(parts), nullptr)));
    auto rows = all(s);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].step == rows[2].step);
    CHECK(rows[0].verb == "batch");
    CHECK(rows[0].author.empty()); // no name given: none recorded
    // An import replacing everything: one row per entity that differs, none for the others.
    const std::string exported = s.exportJson();
    REQUIRE(s.setItemRating("4.1-01", "N"));
    REQUIRE(s.importJson(exported));
    rows = all(s, {.kind = "item"});
    CHECK(rows[0].verb == "import");
    CHECK(rows[0].key.id == "4.1-01");
    CHECK(*field(rows[0], "rating") == model::FieldChange{"rating", "N", "F"});
    CHECK(rows[1].verb == "rate"); // the import changed only 4.1-01
}

TEST_CASE("history/filters and pages: by entity, author, action and text; newest first") {
    session::Session s(test::shippedCatalogue(), std::move(store::Database::openMemory().value()), fixedClock);
    REQUIRE(s.load());
    REQUIRE(s.setAuthor("Sato"));
    REQUIRE(s.setItemRating("8.6.1-01", "P"));
    REQUIRE(s.setAuthor("鈴木"));
    REQUIRE(s.setItemRating("8.6.1-02", "F"));
    REQUIRE(s.setClauseNote("8.6.1", "100% の変更を記録"));
    CHECK(s.undo());
    CHECK(s.historyCount({}).value() == 4);
    CHECK(s.historyCount({.kind = "item"}).value() == 2);
    CHECK(s.historyCount({.kind = "item", .id = "8.6.1-02"}).value() == 1);
    CHECK(s.historyCount({.author = std::string("Sato")}).value() == 1);
    CHECK(s.historyCount({.author = std::string("鈴木")}).value() == 3);
    CHECK(s.historyCount({.action = HistoryAction::Undo}).value() == 1);
    CHECK(s.historyCount({.text = "100%"}).value() == 2);  // in the note's after (and the undo's before)
    CHECK(s.historyCount({.text = "10_%"}).value() == 0);  // % and _ are taken literally
    CHECK(s.historyCount({.text = "8.6.1-0"}).value() == 2);
    auto page = s.history({}, 1, 2);
    REQUIRE(page);
    REQUIRE(page.value().size() == 2);
    CHECK(page.value()[0].key.id == "8.6.1"); // the second newest: the note's edit
    CHECK(page.value()[1].key.id == "8.6.1-02");
    CHECK(store::historyAuthors(s.database()).value() == std::vector<std::string>{"Sato", "鈴木"});
}

TEST_CASE("history/append-only: SQLite refuses to change or delete a row") {
    session::Session s(test::shippedCatalogue(), std::move(store::Database::openMemory().value()), fixedClock);
    REQUIRE(s.load());
    REQUIRE(s.setItemRating("8.6.1-01", "P"));
    auto upd = s.database().exec("UPDATE history SET author='someone else'");
    REQUIRE_FALSE(upd);
    CHECK(upd.error().detail.find("append-only") != std::string::npos);
    CHECK_FALSE(s.database().exec("DELETE FROM history"));
    CHECK_FALSE(s.database().exec("UPDATE history_field SET after='F'"));
    CHECK_FALSE(s.database().exec("DELETE FROM history_field"));
    CHECK(all(s).size() == 1);
}

TEST_CASE("history/a failed write keeps the rows pending with the change, and the retry writes both") {
    test::TempFile file("history-retry");
    session::Session s = open(file.path());
    REQUIRE(s.load());
    // Another connection holds the write lock: the next write fails and stays in memory.
    auto other = store::Database::openFile(file.path());
    REQUIRE(other);
    REQUIRE(other.value().exec("PRAGMA busy_timeout=0"));
    REQUIRE(s.database().exec("PRAGMA busy_timeout=0"));
    REQUIRE(other.value().exec("BEGIN IMMEDIATE"));
    REQUIRE(s.setItemRating("8.6.1-01", "P"));
    CHECK(s.persistError());
    REQUIRE(other.value().exec("ROLLBACK"));
    REQUIRE(s.setItemRating("8.6.1-02", "L")); // the retry writes the pending change too
    CHECK_FALSE(s.persistError());
    session::Session reopened = open(file.path());
    REQUIRE(reopened.load());
    CHECK(reopened.workspace().item("8.6.1-01").rating == Rating::P);
    CHECK(all(reopened).size() == 2);
}

TEST_CASE("evidence/stable ids: assigned once, kept by undo and redo, never handed out twice, even after reopening") {
    test::TempFile file("evidence-ids");
    std::string removedId;
    {
        session::Session s = open(file.path());
        REQUIRE(s.load());
        model::ItemAssessment a;
        a.rating = Rating::P;
        a.evidence = {{"SLA register", "", ""}, {"Monthly report", "", ""}};
        REQUIRE(s.execute(std::make_unique<model::SetItem>("8.3.3-01", a)));
        const auto& ev = s.workspace().item("8.3.3-01").evidence;
        REQUIRE(ev.size() == 2);
        CHECK(ev[0].id == "EV-1");
        CHECK(ev[1].id == "EV-2");
        CHECK(s.undo());
        CHECK(s.redo());
        CHECK(s.workspace().item("8.3.3-01").evidence[1].id == "EV-2"); // redo kept them
        // Removing the last entry does not free its number.
        model::ItemAssessment less = s.workspace().item("8.3.3-01");
        removedId = less.evidence.back().id;
        less.evidence.pop_back();
        REQUIRE(s.execute(std::make_unique<model::SetItem>("8.3.3-01", less)));
        // The history names evidence fields by id, not by position.
        const auto rows = all(s);
        REQUIRE(field(rows[0], "evidence/EV-2/text"));
        CHECK(field(rows[0], "evidence/EV-2/text")->before == "Monthly report");
    }
    session::Session s = open(file.path());
    REQUIRE(s.load());
    model::ItemAssessment more = s.workspace().item("8.3.3-01");
    more.evidence.push_back({"Customer survey", "", ""});
    REQUIRE(s.execute(std::make_unique<model::SetItem>("8.3.3-01", more)));
    CHECK(s.workspace().item("8.3.3-01").evidence.back().id == "EV-3");
    CHECK(s.workspace().item("8.3.3-01").evidence.back().id != removedId);
}

TEST_CASE("evidence/a schema-4 database gets an id for each evidence row, and the series goes on after them") {
    test::TempFile file("schema4-evidence");
    {
        auto db = store::Database::openFile(file.path());
        REQUIRE(db);
        REQUIRE(store::migrate(db.value(), 4));
        REQUIRE(db.value().exec("INSERT INTO item_assessment(item_id, rating) VALUES('8.3.3-01','P');"
                                "INSERT INTO item_evidence(item_id, position, text) VALUES('8.3.3-01',0,'a'),('8.3.3-01',1,'b');"));
    }
    session::Session s = open(file.path());
    REQUIRE(s.load());
    const auto& ev = s.workspace().item("8.3.3-01").evidence;
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].id == "EV-1");
    CHECK(ev[1].id == "EV-2");
    CHECK(ev[1].text == "b");
    model::ItemAssessment more = s.workspace().item("8.3.3-01");
    more.evidence.push_back({"c", "", ""});
    REQUIRE(s.execute(std::make_unique<model::SetItem>("8.3.3-01", more)));
    CHECK(s.workspace().item("8.3.3-01").evidence.back().id == "EV-3");
}
