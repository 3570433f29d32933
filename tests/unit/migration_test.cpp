// Every earlier schema version onto today's, with nothing lost: a database as each version
// wrote it (tests/fixtures/schema/vN.sql, frozen) is opened by today's session, migrated and
// loaded; what it held is all there, and the next change is written and recorded as usual.
#include "model/commands.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "store/settings_store.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;

namespace {

std::string fixedClock() { return "2026-12-02T12:00:00Z"; }

// A database file made from the fixture of schema version n.
void makeDatabase(const std::string& path, int n) {
    auto db = store::Database::openFile(path);
    REQUIRE(db);
    REQUIRE(db.value().exec(test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/schema/v" + std::to_string(n) + ".sql")));
    REQUIRE(db.value().userVersion() == n);
}

int64_t count(store::Database& db, const std::string& table) {
    auto st = db.prepare("SELECT count(*) FROM " + table);
    REQUIRE(st);
    REQUIRE(st.value().step());
    return st.value().integer(0);
}

} // namespace

TEST_CASE("migration/every earlier schema version opens as today's with nothing lost") {
    for (int n = 1; n < store::schemaVersion(); ++n) {
        CAPTURE(n);
        test::TempFile file("schema-v" + std::to_string(n));
        makeDatabase(file.path(), n);
        auto db = store::Database::openFile(file.path());
        REQUIRE(db);
        session::Session s(test::shippedCatalogue(), std::move(db.value()), fixedClock);
        REQUIRE(s.load());
        CHECK(s.database().userVersion() == store::schemaVersion());
        CHECK(store::getSetting(s.database(), "language") == std::optional<std::string>("ja"));
        const model::Workspace& ws = s.workspace();
        if (n >= 2 && n < 4) {
            // Clause ratings became the ratings of the clause's items, and their rows went.
            CHECK(ws.item("8.6.1-01").rating == Rating::L);
            CHECK(ws.item("4.2-01").rating == Rating::NA);
            CHECK_FALSE(ws.item("4.2-01").justification.empty());
            CHECK(count(s.database(), "clause_rating") == 0);
        }
        if (n >= 3) {
            // Schema 7 made the notes entities: the multi-byte text came through the body's
            // byte-length encoding intact, its time became its stamps, and the old table went.
            CHECK(ws.clauseNote("8.6.1") == "変更諮問会議の議事録を確認");
            const model::ClauseNote* note = ws.entities<model::ClauseNote>().find("8.6.1");
            REQUIRE(note);
            CHECK(note->stamp.createdAt == "2025-02-01T09:00:00Z");
            CHECK(note->stamp.changedAt == "2025-02-01T09:00:00Z");
            CHECK(count(s.database(), "sqlite_schema WHERE name='clause_note'") == 0);
        }
        if (n >= 4) {
            const model::ItemAssessment& a = ws.item("8.2.2-01");
            CHECK(a.rating == Rating::P);
            CHECK(a.owner == "髙橋");
            CHECK(a.due == "2026-03-31");
            CHECK(a.notes == "一部のみ");
            REQUIRE(a.evidence.size() == (n >= 5 ? 3u : 2u));
            CHECK(a.evidence[0].text == "Service catalogue");
            CHECK(a.evidence[0].url == "https://intranet.example/cat");
            CHECK(a.evidence[1].text == "月次報告");
            CHECK(a.evidence[0].id == "EV-1"); // each row got a stable id of its own
            CHECK(a.evidence[1].id == "EV-2");
            // Schema 8 made the 7.5.4 checklist entities: the entry kept its status and location,
            // and the old table went.
            CHECK(ws.document("doc-scope").status == model::DocumentStatus::Present);
            CHECK(ws.document("doc-scope").location == "DMS/SMS/scope.pdf");
            CHECK(ws.entities<model::ChecklistEntry>().find("doc-scope") != nullptr);
            CHECK(count(s.database(), "sqlite_schema WHERE name='document_check'") == 0);
            // Schema 9 made the frozen cycles entities: every rating, justification and checklist
            // entry came through the body built in SQL, the frozen time became the stamps, the
            // old tables went, and the next cycle's number follows the highest.
            REQUIRE(ws.cycles().size() == (n >= 8 ? 3u : 1u));
            const model::Cycle& c1 = ws.cycles()[0];
            CHECK(c1.id == "c1");
            CHECK(c1.name == "2025 H1");
            CHECK(c1.items.at("8.2.2-01").rating == Rating::N);
            CHECK(c1.documents.at("doc-scope").status == model::DocumentStatus::Missing);
            CHECK(c1.stamp.createdAt == "2025-06-30T00:00:00Z");
            CHECK(count(s.database(), "sqlite_schema WHERE name IN ('cycle','cycle_item','cycle_document')") == 0);
            CHECK(ws.nextId("cycle") == (n >= 8 ? "c7" : "c2")); // v8: after c6, deleted but in the history
        }
        if (n >= 8) {
            const model::Cycle& c3 = ws.cycles()[1];
            CHECK(c3.id == "c3");
            CHECK(c3.name == "2026 上期");
            CHECK(c3.frozenAt == "2026-06-30T09:00:00Z");
            CHECK(c3.items.at("8.2.2-01").rating == Rating::P);
            CHECK(c3.items.at("8.2.2-01").justification == "一部のサービスのみ");
            CHECK(c3.items.at("4.2-01").rating == Rating::NA);
            CHECK(c3.items.at("4.2-01").justification == "外部委託のため対象外");
            CHECK(c3.documents.at("doc-scope").location == "DMS/範囲.pdf");
            CHECK(c3.items.size() == 2);
            CHECK(c3.stamp.createdAt == "2026-06-30T09:00:00Z");
            // A cycle with nothing frozen and no time came through too.
            const model::Cycle& c4 = ws.cycles()[2];
            CHECK(c4.name == "空");
            CHECK(c4.frozenAt.empty());
            CHECK(c4.items.empty());
            CHECK(c4.documents.empty());
        }
        if (n >= 7) {
            // A location of multi-byte text came through the body's byte-length encoding; an
            // entry without a location has no location field.
            CHECK(ws.document("doc-slas").status == model::DocumentStatus::Unknown);
            CHECK(ws.document("doc-slas").location == "共有/SLM台帳");
            CHECK(ws.document("rec-audits").status == model::DocumentStatus::Missing);
            CHECK(ws.document("rec-audits").location.empty());
            CHECK(ws.documents().size() == 3);
            // An entry with nothing recorded is no entry; one of a document this catalogue does
            // not have stays in the file, unread.
            CHECK(count(s.database(), "entity WHERE kind='document' AND id='rec-changes'") == 0);
            CHECK(count(s.database(), "entity WHERE kind='document' AND id='doc-withdrawn'") == 1);
            CHECK(ws.entities<model::ChecklistEntry>().find("doc-withdrawn") == nullptr);
        }
        const int64_t history = n >= 8 ? 3 : n >= 6 ? 2 : n >= 5 ? 1 : 0; // rows the fixture has
        if (n >= 5) {
            CHECK(ws.item("8.2.2-01").evidence[2].id == "EV-9");
            CHECK(s.author() == "佐藤 花子");
            CHECK(s.historyCount({}).value() == history);
        }
        if (n >= 6) {
            const auto* risk = ws.collection("risk");
            REQUIRE(risk);
            REQUIRE(risk->indexOf("R-001"));
            CHECK(risk->stampAt(*risk->indexOf("R-001")).author == "佐藤 花子");
            CHECK(model::fieldValue(risk->fieldsAt(*risk->indexOf("R-001")), "title") == "変更の承認漏れ");
            CHECK(ws.nextId("risk") == "R-002");
            CHECK(ws.links().count({{"risk", "R-001"}, "risk.item", {"item", "8.5.1.3-01"}}) == 1);
        }
        // The migrated database takes changes like a new one, with their history.
        REQUIRE(s.setItemRating("8.2.2-02", "F"));
        model::ItemAssessment more = ws.item("8.2.2-01");
        if (n >= 4) {
            more.evidence.push_back({"New", "", ""});
            REQUIRE(s.execute(std::make_unique<model::SetItem>("8.2.2-01", more)));
            CHECK(ws.item("8.2.2-01").evidence.back().id == (n >= 5 ? "EV-10" : "EV-3"));
        }
        // A note written after the migration is kept with the entities and read back.
        REQUIRE(s.execute(std::make_unique<model::SetClauseNote>("4.1", "範囲は全サービス")));
        CHECK_FALSE(s.persistError());
        session::Session reopened(test::shippedCatalogue(), std::move(store::Database::openFile(file.path()).value()), fixedClock);
        REQUIRE(reopened.load());
        CHECK(reopened.workspace().item("8.2.2-02").rating == Rating::F);
        CHECK(reopened.historyCount({}).value() == history + (n >= 4 ? 3 : 2));
        CHECK(reopened.workspace().clauseNote("4.1") == "範囲は全サービス");
        // So is a frozen cycle, with the next number of the series.
        REQUIRE(s.execute(std::make_unique<model::FreezeCycle>("移行後")));
        const std::string frozenId = s.workspace().cycles().back().id;
        CHECK(frozenId == (n >= 8 ? "c7" : n >= 4 ? "c2" : "c1"));
        // So is a checklist entry, and one set back to unknown is gone from the file.
        REQUIRE(s.execute(std::make_unique<model::SetDocument>("doc-policy", model::DocumentCheck{model::DocumentStatus::Present, "DMS/方針"})));
        if (n >= 4) REQUIRE(s.execute(std::make_unique<model::SetDocument>("doc-scope", model::DocumentCheck{})));
        CHECK_FALSE(s.persistError());
        session::Session third(test::shippedCatalogue(), std::move(store::Database::openFile(file.path()).value()), fixedClock);
        REQUIRE(third.load());
        CHECK(third.workspace().document("doc-policy").location == "DMS/方針");
        CHECK(third.workspace().document("doc-scope").status == model::DocumentStatus::Unknown);
        REQUIRE(third.workspace().findCycle(frozenId));
        CHECK(third.workspace().findCycle(frozenId)->name == "移行後");
        CHECK(third.workspace().findCycle(frozenId)->items.at("8.2.2-02").rating == Rating::F);
        CHECK(reopened.workspace().clauseNote("8.6.1") == (n >= 3 ? "変更諮問会議の議事録を確認" : ""));
    }
}

TEST_CASE("migration/a database of a newer schema is refused and left untouched") {
    test::TempFile file("schema-newer");
    makeDatabase(file.path(), 5);
    {
        auto db = store::Database::openFile(file.path());
        REQUIRE(db);
        REQUIRE(db.value().exec("PRAGMA user_version=" + std::to_string(store::schemaVersion() + 1)));
    }
    const std::string before = test::readText(file.path());
    session::Session s(test::shippedCatalogue(), std::move(store::Database::openFile(file.path()).value()), fixedClock);
    auto loaded = s.load();
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == ErrorCode::SchemaTooNew);
    CHECK(s.readOnly());
    CHECK_FALSE(s.setItemRating("8.2.2-02", "F"));
    CHECK(test::readText(file.path()) == before);
}
