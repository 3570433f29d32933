// The assessment reaches the database file, survives reopening, and a failed write loses nothing.
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
    CHECK(a.sameContent(full()));
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
    CHECK(ws.changes().items.count("6.1-01") == 1);

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
