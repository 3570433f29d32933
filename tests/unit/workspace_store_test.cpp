// Ratings reach the database file, survive reopening, and a failed write loses nothing.
#include "model/commands.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;
using store::Database;

TEST_CASE("store/ratings persist across reopening the file, including undo") {
    test::TempFile file("ratings");
    {
        auto db = store::openAppDatabase(file.path());
        REQUIRE(db);
        model::Workspace ws(test::shippedCatalogue());
        model::CommandStack stack;
        REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("8.3.3", Rating::P), ws));
        REQUIRE(store::persistWorkspace(db.value(), ws));
        REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("8.3.3", Rating::F), ws));
        REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("9.2", Rating::N), ws));
        REQUIRE(store::persistWorkspace(db.value(), ws));
        REQUIRE(stack.undo(ws)); // 9.2 back to unrated: its row must go
        REQUIRE(store::persistWorkspace(db.value(), ws));
        CHECK(ws.changes().empty());
    }
    auto db = store::openAppDatabase(file.path());
    REQUIRE(db);
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    CHECK(ws.clauseRating("8.3.3") == Rating::F);
    CHECK(ws.clauseRating("9.2") == Rating::Unrated);
    CHECK(ws.clauseRatings().size() == 1);
}

TEST_CASE("store/a failed write keeps the edit pending in memory for a retry") {
    test::TempFile file("readonly");
    { REQUIRE(store::openAppDatabase(file.path())); }
    auto ro = Database::openFile(file.path(), Database::Mode::ReadOnly);
    REQUIRE(ro);
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(ws.setClauseRating("6.1", Rating::L));
    auto s = store::persistWorkspace(ro.value(), ws);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::DatabaseIo);
    CHECK(ws.clauseRating("6.1") == Rating::L);
    CHECK(ws.changes().clauseRatings.count("6.1") == 1);

    auto rw = store::openAppDatabase(file.path());
    REQUIRE(rw);
    CHECK(store::persistWorkspace(rw.value(), ws));
    model::Workspace again(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(rw.value(), again));
    CHECK(again.clauseRating("6.1") == Rating::L);
}

TEST_CASE("store/ratings of clauses unknown to this catalogue are ignored on load") {
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    REQUIRE(db.value().exec("INSERT INTO clause_rating VALUES('99.9','F','x'), ('4.2','P','x')"));
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    CHECK(ws.clauseRatings().size() == 1);
    CHECK(ws.clauseRating("4.2") == Rating::P);
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
