// Command stack: every edit undoable and redoable; failed edits leave no trace.
#include "model/commands.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using model::Rating;

namespace {
// A command that sets only the rating of an item.
std::unique_ptr<model::Command> rate(const model::Workspace& ws, const char* id, Rating r, const char* why = "") {
    model::ItemAssessment v = ws.item(id);
    v.rating = r;
    if (*why) v.justification = why;
    return std::make_unique<model::SetItem>(id, v);
}
Rating ratingOf(const model::Workspace& ws, const char* id) { return ws.item(id).rating; }
} // namespace

TEST_CASE("commands/undo and redo restore each rating exactly") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(rate(ws, "8.6.1-01", Rating::P), ws));
    REQUIRE(stack.execute(rate(ws, "8.6.1-01", Rating::F), ws));
    REQUIRE(stack.execute(rate(ws, "4.1-01", Rating::L), ws));
    CHECK(ratingOf(ws, "8.6.1-01") == Rating::F);

    CHECK(stack.undo(ws));
    CHECK(ratingOf(ws, "4.1-01") == Rating::Unrated);
    CHECK(stack.undo(ws));
    CHECK(ratingOf(ws, "8.6.1-01") == Rating::P);
    CHECK(stack.undo(ws));
    CHECK(ratingOf(ws, "8.6.1-01") == Rating::Unrated);
    CHECK_FALSE(stack.undo(ws)); // nothing left
    CHECK_FALSE(stack.canUndo());

    CHECK(stack.redo(ws));
    CHECK(stack.redo(ws));
    CHECK(ratingOf(ws, "8.6.1-01") == Rating::F);
    CHECK(stack.canRedo());
}

TEST_CASE("commands/a new edit after undo clears the redo list") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    REQUIRE(stack.execute(rate(ws, "5.1-01", Rating::N), ws));
    REQUIRE(stack.undo(ws));
    REQUIRE(stack.canRedo());
    REQUIRE(stack.execute(rate(ws, "5.1-01", Rating::L), ws));
    CHECK_FALSE(stack.canRedo());
    CHECK(ratingOf(ws, "5.1-01") == Rating::L);
}

TEST_CASE("commands/an edit of an unknown item is refused and not recorded") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    Status s = stack.execute(rate(ws, "11.1-01", Rating::F), ws);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::UnknownItem);
    CHECK_FALSE(stack.canUndo());
    CHECK(ws.changes().empty());
    CHECK(ws.items().empty());
}

TEST_CASE("commands/the stack keeps at most its limit") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack(3);
    for (Rating r : {Rating::N, Rating::P, Rating::L, Rating::F})
        REQUIRE(stack.execute(rate(ws, "7.2-01", r), ws));
    int undone = 0;
    while (stack.undo(ws)) ++undone;
    CHECK(undone == 3);
    CHECK(ratingOf(ws, "7.2-01") == Rating::N);
}

TEST_CASE("rating/codes round-trip and values follow docs/scoring.md") {
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

TEST_CASE("commands/a clause note is an entity: stamped with its author, its created time kept, gone when emptied, undone back") {
    model::Workspace ws(test::shippedCatalogue());
    std::string now = "2026-12-01T09:00:00Z";
    ws.clock = [&] { return now; };
    ws.author = "鈴木";
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("8.6.1", "議事録"), ws));
    now = "2026-12-02T09:00:00Z";
    ws.author = "佐藤";
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("8.6.1", "議事録あり"), ws));
    const model::ClauseNote* n = ws.entities<model::ClauseNote>().find("8.6.1");
    REQUIRE(n);
    CHECK(n->stamp.createdAt == "2026-12-01T09:00:00Z");
    CHECK(n->stamp.changedAt == "2026-12-02T09:00:00Z");
    CHECK(n->stamp.author == "佐藤");
    ws.markPersisted();
    REQUIRE(stack.execute(std::make_unique<model::SetClauseNote>("8.6.1", ""), ws));
    CHECK(ws.entities<model::ClauseNote>().find("8.6.1") == nullptr);
    CHECK(ws.changes().contains("clause_note", "8.6.1"));
    REQUIRE(stack.undo(ws));
    CHECK(ws.clauseNote("8.6.1") == "議事録あり");
    // A clause the catalogue does not have is refused, whether the note is written or emptied.
    for (const char* text : {"x", ""}) {
        Status s = stack.execute(std::make_unique<model::SetClauseNote>("99.9", text), ws);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::UnknownClause);
    }
}

TEST_CASE("commands/a 7.5.4 checklist entry is an entity: stamped with its author, gone when back at unknown, undone back") {
    model::Workspace ws(test::shippedCatalogue());
    std::string now = "2026-12-01T09:00:00Z";
    ws.clock = [&] { return now; };
    ws.author = "鈴木";
    model::CommandStack stack;
    REQUIRE(stack.execute(std::make_unique<model::SetDocument>("doc-slas", model::DocumentCheck{model::DocumentStatus::Missing, ""}), ws));
    now = "2026-12-02T09:00:00Z";
    ws.author = "佐藤";
    REQUIRE(stack.execute(std::make_unique<model::PatchDocument>("doc-slas", [](model::DocumentCheck& d) {
                              d.status = model::DocumentStatus::Present;
                              d.location = "共有/SLM";
                          }),
                          ws));
    const model::ChecklistEntry* e = ws.entities<model::ChecklistEntry>().find("doc-slas");
    REQUIRE(e);
    CHECK(e->stamp.createdAt == "2026-12-01T09:00:00Z");
    CHECK(e->stamp.changedAt == "2026-12-02T09:00:00Z");
    CHECK(e->stamp.author == "佐藤");
    CHECK(ws.documents().at("doc-slas").location == "共有/SLM");
    ws.markPersisted();
    REQUIRE(stack.execute(std::make_unique<model::SetDocument>("doc-slas", model::DocumentCheck{}), ws));
    CHECK(ws.entities<model::ChecklistEntry>().find("doc-slas") == nullptr);
    CHECK(ws.documents().empty());
    CHECK(ws.changes().contains("document", "doc-slas"));
    REQUIRE(stack.undo(ws));
    CHECK(ws.document("doc-slas").status == model::DocumentStatus::Present);
    // A frozen cycle takes the entries as they are.
    CHECK(ws.freeze("2026 H2").documents.at("doc-slas").location == "共有/SLM");
    // An entry the catalogue does not have is refused, whether it is set or cleared; so is a
    // location past the short-text limit.
    for (const model::DocumentCheck& d : {model::DocumentCheck{model::DocumentStatus::Present, ""}, model::DocumentCheck{}}) {
        Status s = stack.execute(std::make_unique<model::SetDocument>("doc-nope", d), ws);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::UnknownDocument);
    }
    CHECK_FALSE(stack.execute(std::make_unique<model::SetDocument>("doc-slas", model::DocumentCheck{model::DocumentStatus::Present, std::string(model::kMaxShortBytes + 1, 'x')}), ws).ok());
    CHECK(ws.document("doc-slas").location == "共有/SLM");
}

TEST_CASE("commands/a command tells its own kind from others without RTTI, and merges only with its own") {
    model::SetClauseNote note("10.1", "x", 7);
    model::SetDocument doc("10.1", {}, 7);
    model::PutEntity put("risk", "", model::Fields{});
    CHECK(model::commandAs<model::SetClauseNote>(note) == &note);
    CHECK(model::commandAs<model::SetDocument>(note) == nullptr);
    CHECK(model::commandAs<model::PutEntity>(note) == nullptr);
    CHECK(model::commandAs<model::PutEntity>(put) == &put);
    CHECK(model::commandAs<model::SetClauseNote>(put) == nullptr);
    CHECK(model::commandAs<model::SetDocument>(doc) == &doc);
    // Same id and the same stay in a field, but another kind of value: two undo steps.
    CHECK_FALSE(note.mergeWith(doc));
    CHECK(note.mergeWith(model::SetClauseNote("10.1", "xy", 7)));
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

TEST_CASE("commands/N/A needs a justification; dates and links are checked; nothing changes on refusal") {
    model::Workspace ws(test::shippedCatalogue());
    model::CommandStack stack;
    Status na = stack.execute(rate(ws, "8.4.1-01", Rating::NA), ws);
    REQUIRE_FALSE(na.ok());
    CHECK(na.error().code == ErrorCode::NaNeedsJustification);
    CHECK(stack.execute(rate(ws, "8.4.1-01", Rating::NA, "No charging: services are funded centrally"), ws));

    model::ItemAssessment bad = ws.item("8.6.1-01");
    bad.due = "2026-02-30";
    Status date = stack.execute(std::make_unique<model::SetItem>("8.6.1-01", bad), ws);
    REQUIRE_FALSE(date.ok());
    CHECK(date.error().code == ErrorCode::InvalidDate);
    bad.due = "2028-02-29"; // a leap day is a date
    bad.evidence.push_back({"Incident report", "", "javascript:alert(1)"});
    Status url = stack.execute(std::make_unique<model::SetItem>("8.6.1-01", bad), ws);
    REQUIRE_FALSE(url.ok());
    CHECK(url.error().code == ErrorCode::UnsafeUrl);
    CHECK(ws.item("8.6.1-01").empty());
    bad.evidence.back().url = "https://intranet.example/incidents/42";
    CHECK(stack.execute(std::make_unique<model::SetItem>("8.6.1-01", bad), ws));
    CHECK(ws.item("8.6.1-01").due == "2028-02-29");
}

TEST_CASE("commands/freezing a cycle copies the ratings; undo removes it; delete and undo restore it") {
    model::Workspace ws(test::shippedCatalogue());
    ws.clock = [] { return std::string("2026-06-30T00:00:00Z"); };
    model::CommandStack stack;
    REQUIRE(stack.execute(rate(ws, "4.1-01", Rating::P), ws));
    REQUIRE(stack.execute(std::make_unique<model::FreezeCycle>("2026 H1"), ws));
    REQUIRE(ws.cycles().size() == 1);
    CHECK(ws.cycles()[0].id == "c1");
    CHECK(ws.cycles()[0].frozenAt == "2026-06-30T00:00:00Z");
    CHECK(ws.cycles()[0].items.at("4.1-01").rating == Rating::P);
    REQUIRE(stack.execute(rate(ws, "4.1-01", Rating::F), ws)); // the work goes on
    CHECK(ws.cycles()[0].items.at("4.1-01").rating == Rating::P);
    REQUIRE(stack.execute(std::make_unique<model::DeleteCycle>("c1"), ws));
    CHECK(ws.cycles().empty());
    REQUIRE(stack.undo(ws));
    REQUIRE(ws.cycles().size() == 1);
    CHECK(ws.cycles()[0].name == "2026 H1");
    CHECK_FALSE(stack.execute(std::make_unique<model::FreezeCycle>("  "), ws).ok());
}

TEST_CASE("commands/a cycle is an entity: stamped, its id never handed out twice, put back in its place by undo") {
    model::Workspace ws(test::shippedCatalogue());
    ws.clock = [] { return std::string("2026-06-30T00:00:00Z"); };
    ws.author = "鈴木";
    model::CommandStack stack;
    REQUIRE(stack.execute(rate(ws, "4.1-01", Rating::NA, "外部委託"), ws));
    REQUIRE(ws.setDocument("doc-scope", {model::DocumentStatus::Present, "DMS/範囲"}));
    for (const char* name : {"2025 H2", "2026 H1", "2026 H2"}) REQUIRE(stack.execute(std::make_unique<model::FreezeCycle>(name), ws));
    const model::Cycle* c2 = ws.findCycle("c2");
    REQUIRE(c2);
    CHECK(c2->stamp.author == "鈴木");
    CHECK(c2->stamp.createdAt == "2026-06-30T00:00:00Z");
    CHECK(c2->items.at("4.1-01").justification == "外部委託");
    CHECK(c2->documents.at("doc-scope").location == "DMS/範囲");
    // Its fields name each frozen value, and read back to the same cycle.
    model::Cycle back;
    REQUIRE(model::fromFields(model::fieldsOf(*c2), back));
    back.id = c2->id;
    CHECK(back == *c2);
    // Deleting the middle one and undoing puts it back between the others.
    REQUIRE(stack.execute(std::make_unique<model::DeleteCycle>("c2"), ws));
    CHECK(ws.cycles().size() == 2);
    REQUIRE(stack.undo(ws));
    REQUIRE(ws.cycles().size() == 3);
    CHECK(ws.cycles()[1].id == "c2");
    // Deleting the newest and freezing again takes a new number (the old id may be in reports).
    REQUIRE(stack.execute(std::make_unique<model::DeleteCycle>("c3"), ws));
    REQUIRE(stack.execute(std::make_unique<model::FreezeCycle>("2026 H2, again"), ws));
    CHECK(ws.cycles().back().id == "c4");
    // A cycle with a bad id or an unknown item is refused by the generic put.
    CHECK_FALSE(ws.putEntity("cycle", "x1", {{"name", "x"}}, nullptr).ok());
    CHECK(ws.putEntity("cycle", "c9", {{"name", "x"}, {"item/99.9-01/rating", "F"}}, nullptr).error().code == ErrorCode::UnknownItem);
    CHECK(ws.putEntity("cycle", "c9", {{"name", "x"}, {"item/4.1-01/rating", "Z"}}, nullptr).error().code == ErrorCode::InvalidOperation);
    CHECK(ws.findCycle("c9") == nullptr);
    // A frozen cycle is not rewritten (the generic put, as automation's entity.put would).
    model::Cycle changed = *ws.findCycle("c1");
    changed.items["4.1-01"].rating = Rating::F;
    CHECK_FALSE(ws.putEntity("cycle", "c1", model::fieldsOf(changed), nullptr).ok());
    CHECK(ws.findCycle("c1")->items.at("4.1-01").rating == Rating::NA);
}
