// The assessment reaches the database file, survives reopening, and a failed write loses nothing.
#include "model/carry_over.hpp"
#include "model/commands.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;
using store::Database;

namespace {
model::ItemAssessment full() {
    model::ItemAssessment a;
    a.rating = Rating::P;
    a.owner = "サービスマネージャー";
    a.due = "2026-03-31";
    a.notes = "一部の SLA に作業負荷の上限がない\n次回レビューで追加";
    a.evidence = {{"SLA register", "SLM-REG-001 v4", "https://intranet.example/slm"}, {"月次報告", "", ""}};
    return a;
}
} // namespace

TEST_CASE("store/items with evidence, documents, notes and cycles persist across reopening") {
    test::TempFile file("items");
    {
        auto db = store::openAppDatabase(file.path());
        REQUIRE(db);
        model::Workspace ws(test::shippedCatalogue());
        ws.clock = store::nowIso;
        model::CommandStack stack;
        REQUIRE(stack.execute(std::make_unique<model::SetItem>("8.3.3-01", full()), ws));
        REQUIRE(stack.execute(std::make_unique<model::SetDocument>("doc-slas", model::DocumentCheck{model::DocumentStatus::Present, "SharePoint/SLM"}), ws));
        REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("8.3.3", "SLA の棚卸し"), ws));
        REQUIRE(stack.execute(std::make_unique<model::FreezeCycle>("2026 H1"), ws));
        REQUIRE(store::persistWorkspace(db.value(), ws));
        model::ItemAssessment gone;
        gone.rating = Rating::N;
        REQUIRE(stack.execute(std::make_unique<model::SetItem>("9.2-01", gone), ws));
        REQUIRE(store::persistWorkspace(db.value(), ws));
        REQUIRE(stack.undo(ws)); // 9.2-01 back to nothing: its row must go
        REQUIRE(store::persistWorkspace(db.value(), ws));
        CHECK(ws.changes().empty());
    }
    auto db = store::openAppDatabase(file.path());
    REQUIRE(db);
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    const model::ItemAssessment& a = ws.item("8.3.3-01");
    // Evidence got stable ids when first written; the rest is as entered.
    model::ItemAssessment expected = full();
    expected.evidence[0].id = "EV-1";
    expected.evidence[1].id = "EV-2";
    CHECK(a.sameContent(expected));
    CHECK(ws.counters().at("evidence") == 3);
    CHECK_FALSE(a.changedAt.empty());
    CHECK(ws.items().size() == 1);
    CHECK(ws.document("doc-slas").status == model::DocumentStatus::Present);
    CHECK(ws.document("doc-slas").location == "SharePoint/SLM");
    CHECK(ws.clauseNote("8.3.3") == "SLA の棚卸し");
    REQUIRE(ws.cycles().size() == 1);
    CHECK(ws.cycles()[0].items.at("8.3.3-01").rating == Rating::P);
    CHECK(ws.cycles()[0].documents.at("doc-slas").status == model::DocumentStatus::Present);
}

TEST_CASE("store/a failed write keeps the edit pending in memory for a retry") {
    test::TempFile file("readonly");
    { REQUIRE(store::openAppDatabase(file.path())); }
    auto ro = Database::openFile(file.path(), Database::Mode::ReadOnly);
    REQUIRE(ro);
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(ws.setItem("6.1-01", {Rating::L}));
    auto s = store::persistWorkspace(ro.value(), ws);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::DatabaseIo);
    CHECK(ws.item("6.1-01").rating == Rating::L);
    CHECK(ws.changes().contains(model::kinds::Item, "6.1-01"));

    auto rw = store::openAppDatabase(file.path());
    REQUIRE(rw);
    CHECK(store::persistWorkspace(rw.value(), ws));
    model::Workspace again(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(rw.value(), again));
    CHECK(again.item("6.1-01").rating == Rating::L);
}

TEST_CASE("store/rows for ids unknown to this catalogue are ignored on load") {
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    REQUIRE(db.value().exec("INSERT INTO item_assessment(item_id, rating) VALUES('99.9-01','F'), ('4.2-01','P')"));
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    CHECK(ws.items().size() == 1);
    CHECK(ws.item("4.2-01").rating == Rating::P);
}

TEST_CASE("store/clause ratings of schema 2 become the ratings of their unrated items, once") {
    test::TempFile file("legacy");
    {
        auto db = Database::openFile(file.path());
        REQUIRE(db);
        REQUIRE(store::migrate(db.value(), 2));
        REQUIRE(db.value().exec("INSERT INTO clause_rating VALUES('8.6.1','L','2026-01-01T00:00:00Z'), ('8.4.1','NA','x')"));
    }
    {
        auto db = store::openAppDatabase(file.path());
        REQUIRE(db);
        model::Workspace ws(test::shippedCatalogue());
        REQUIRE(store::loadWorkspace(db.value(), ws));
        for (int i : ws.catalogue().itemsUnder(ws.catalogue().indexOf("8.6.1")))
            CHECK(ws.item(ws.catalogue().items()[i].id).rating == Rating::L);
        CHECK(ws.item("8.4.1-01").rating == Rating::NA);
        CHECK_FALSE(ws.item("8.4.1-01").justification.empty());
    }
    auto db = store::openAppDatabase(file.path());
    auto st = db.value().prepare("SELECT count(*) FROM clause_rating");
    REQUIRE(st.value().step());
    CHECK(st.value().integer(0) == 0);
}

TEST_CASE("store/notes with Japanese and line breaks persist exactly; clearing removes the row") {
    test::TempFile file("notes");
    const std::string note = "是正処置の記録:\n1. 根本原因を特定する\n2. 𠮷野家の例";
    {
        auto db = store::openAppDatabase(file.path());
        REQUIRE(db);
        model::Workspace ws(test::shippedCatalogue());
        REQUIRE(ws.setClauseNote("10.1", note));
        REQUIRE(ws.setClauseNote("9.2", "消える"));
        REQUIRE(store::persistWorkspace(db.value(), ws));
        REQUIRE(ws.setClauseNote("9.2", ""));
        REQUIRE(store::persistWorkspace(db.value(), ws));
    }
    auto db = store::openAppDatabase(file.path());
    REQUIRE(db);
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    CHECK(ws.clauseNote("10.1") == note);
    CHECK(ws.clauseNotes().size() == 1);
}

TEST_CASE("store/a database written with catalogue 2018-r1: retired items carried over on load, once") {
    // The rows Kanri with catalogue 2018-r1 wrote (raw SQL: today's commands refuse retired ids).
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    REQUIRE(db.value().exec(
        "INSERT INTO item_assessment(item_id, rating, justification, owner, due, notes, changed_at) VALUES"
        "('8.5.1.3-03','L','','Change manager','2026-07-31','PIR は大規模変更のみ','2026-04-03T10:00:00Z'),"
        "('9.3-03','NA','First review not held yet','','','','2026-04-04T10:00:00Z'),"
        "('4.2-01','P','','','','','2026-04-01T10:00:00Z');"
        "INSERT INTO item_evidence(item_id, position, text, document, url) VALUES"
        "('8.5.1.3-03',0,'PIR template','CHG-PIR-01','https://intranet.example/pir');"));
    // A cycle frozen then, with a retired item among its ratings (an entity since schema 9).
    model::Cycle frozen{"c1", {}, "2025 H2", "2025-12-20T00:00:00Z", {}, {}};
    frozen.items["8.5.1.3-03"].rating = Rating::N;
    frozen.items["4.2-01"].rating = Rating::F;
    REQUIRE(db.value().exec("INSERT INTO entity(kind, id, position, created_at, changed_at, author, body) VALUES"
                            "('cycle','c1',0,'2025-12-20T00:00:00Z','2025-12-20T00:00:00Z','','" +
                            model::encodeFields(model::fieldsOf(frozen)) + "');"));
    {
        model::Workspace ws(test::shippedCatalogue());
        ws.clock = store::nowIso;
        REQUIRE(store::loadWorkspace(db.value(), ws));
        CHECK(ws.changes().empty()); // written back in the load's own transaction
        for (const char* part : {"8.5.1.3-04", "8.5.1.3-05", "8.5.1.3-06"}) {
            CAPTURE(part);
            const model::ItemAssessment& a = ws.item(part);
            CHECK(a.rating == Rating::L);
            CHECK(a.owner == "Change manager");
            REQUIRE(a.evidence.size() == 1);
            CHECK(a.evidence[0].document == "CHG-PIR-01");
            CHECK(model::isCarriedOver(a));
            CHECK(a.notes.find("PIR は大規模変更のみ") != std::string::npos);
        }
        CHECK(ws.item("9.3-04").justification == "First review not held yet");
        CHECK(ws.item("4.2-01").rating == Rating::P);
        REQUIRE(ws.cycles().size() == 1);
        CHECK(ws.cycles()[0].items.at("8.5.1.3-06").rating == Rating::N);
        CHECK(ws.cycles()[0].items.at("4.2-01").rating == Rating::F);
        // Re-keying is no edit: the cycle keeps its stamps.
        CHECK(ws.cycles()[0].stamp.changedAt == "2025-12-20T00:00:00Z");
        CHECK(ws.cycles()[0].stamp.createdAt == "2025-12-20T00:00:00Z");
    }
    // The retired rows are gone from the file, the successors' rows are there.
    auto count = [&](const char* sql) {
        auto st = db.value().prepare(sql);
        REQUIRE(st);
        REQUIRE(st.value().step());
        return st.value().text(0);
    };
    CHECK(count("SELECT count(*) FROM item_assessment WHERE item_id IN ('8.5.1.3-03','9.3-03')") == "0");
    CHECK(count("SELECT count(*) FROM item_evidence WHERE item_id='8.5.1.3-03'") == "0");
    CHECK(count("SELECT count(*) FROM item_assessment WHERE item_id LIKE '8.5.1.3-0%'") == "3");
    CHECK(count("SELECT count(*) FROM entity WHERE kind='cycle' AND body LIKE '%8.5.1.3-03%'") == "0");
    CHECK(count("SELECT count(*) FROM entity WHERE kind='cycle' AND body LIKE '%8.5.1.3-06%'") == "1");
    // Loading again changes nothing: the user's confirmation (the marker deleted) sticks.
    model::Workspace ws(test::shippedCatalogue());
    ws.clock = store::nowIso;
    REQUIRE(store::loadWorkspace(db.value(), ws));
    model::ItemAssessment confirmed = ws.item("8.5.1.3-04");
    confirmed.notes = "PIR は大規模変更のみ";
    REQUIRE(ws.setItem("8.5.1.3-04", confirmed));
    REQUIRE(store::persistWorkspace(db.value(), ws));
    model::Workspace again(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), again));
    CHECK_FALSE(model::isCarriedOver(again.item("8.5.1.3-04")));
    CHECK(model::isCarriedOver(again.item("8.5.1.3-05")));
}
