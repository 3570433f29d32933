// Command stack: every edit undoable and redoable; failed edits leave no trace.
#include "model/commands.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;

TEST_CASE("commands/undo and redo restore each rating exactly") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("8.6.1", Rating::P), ws));
    REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("8.6.1", Rating::F), ws));
    REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("4.1", Rating::L), ws));
    CHECK(ws.clauseRating("8.6.1") == Rating::F);

    CHECK(stack.undo(ws));
    CHECK(ws.clauseRating("4.1") == Rating::Unrated);
    CHECK(stack.undo(ws));
    CHECK(ws.clauseRating("8.6.1") == Rating::P);
    CHECK(stack.undo(ws));
    CHECK(ws.clauseRating("8.6.1") == Rating::Unrated);
    CHECK_FALSE(stack.undo(ws)); // nothing left
    CHECK_FALSE(stack.canUndo());

    CHECK(stack.redo(ws));
    CHECK(stack.redo(ws));
    CHECK(ws.clauseRating("8.6.1") == Rating::F);
    CHECK(stack.canRedo());
}

TEST_CASE("commands/a new edit after undo clears the redo list") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("5.1", Rating::N), ws));
    REQUIRE(stack.undo(ws));
    REQUIRE(stack.canRedo());
    REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("5.1", Rating::L), ws));
    CHECK_FALSE(stack.canRedo());
    CHECK(ws.clauseRating("5.1") == Rating::L);
}

TEST_CASE("commands/an edit of an unknown clause is refused and not recorded") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    Status s = stack.execute(std::make_unique<model::SetClauseRating>("11.1", Rating::F), ws);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::UnknownClause);
    CHECK_FALSE(stack.canUndo());
    CHECK(ws.changes().empty());
    CHECK(ws.clauseRatings().empty());
}

TEST_CASE("commands/the stack keeps at most its limit") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack(3);
    for (Rating r : {Rating::N, Rating::P, Rating::L, Rating::F})
        REQUIRE(stack.execute(std::make_unique<model::SetClauseRating>("7.2", r), ws));
    int undone = 0;
    while (stack.undo(ws)) ++undone;
    CHECK(undone == 3);
    CHECK(ws.clauseRating("7.2") == Rating::N);
}

TEST_CASE("rating/codes round-trip and values follow domain.md §2.3") {
    for (Rating r : model::kAllRatings) CHECK(model::ratingFromCode(model::ratingCode(r)) == r);
    CHECK_FALSE(model::ratingFromCode("X").has_value());
    CHECK_FALSE(model::ratingFromCode("n").has_value());
    CHECK(*model::ratingValue(Rating::P) == doctest::Approx(1.0 / 3.0));
    CHECK_FALSE(model::ratingValue(Rating::NA).has_value());
}

TEST_CASE("commands/typing into one field merges into one undoable edit; a new stay in the field does not") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("10.1", "是", 7), ws));
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("10.1", "是正", 7), ws));
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("10.1", "是正処置", 7), ws));
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("10.1", "是正処置。", 8), ws));
    CHECK(ws.clauseNote("10.1") == "是正処置。");
    REQUIRE(stack.undo(ws));
    CHECK(ws.clauseNote("10.1") == "是正処置");
    REQUIRE(stack.undo(ws));
    CHECK(ws.clauseNote("10.1") == "");
    CHECK_FALSE(stack.canUndo());
    REQUIRE(stack.redo(ws));
    CHECK(ws.clauseNote("10.1") == "是正処置");
}

TEST_CASE("commands/notes refuse invalid UTF-8 and oversized text, changing nothing") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    Status bad = stack.execute(std::make_unique<model::SetClauseNote>("8.1", std::string("ok\xC3")), ws);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidText);
    Status big = stack.execute(std::make_unique<model::SetClauseNote>("8.1", std::string(model::kMaxNoteBytes + 1, 'a')), ws);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == ErrorCode::TextTooLong);
    CHECK(ws.clauseNotes().empty());
    CHECK(ws.changes().empty());
    CHECK_FALSE(stack.canUndo());
    CHECK(stack.execute(std::make_unique<model::SetClauseNote>("8.1", std::string(model::kMaxNoteBytes, 'a')), ws));
}
