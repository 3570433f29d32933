// The improvement loop: every allowed and every forbidden step of a nonconformity's cycle
// (table-driven, each rule by name), the effectiveness review (effective, ineffective and
// reopened, too early, incomplete), actions' own rules, decisions and results of
// opportunities, links kept consistent on removal, the prompts to re-rate an item and
// re-assess a risk, the board and the action list, history of transitions, storage and JSON.
#include "automation/dispatcher.hpp"
#include "exchange/kanri_json.hpp"
#include "model/commands.hpp"
#include "model/improvement/board.hpp"
#include "model/improvement/commands.hpp"
#include "model/improvement/transitions.hpp"
#include "model/risks/commands.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "session_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace kanri;
using nlohmann::json;
namespace imp = model::improvement;
using S = imp::NcState;

namespace {

using test::g_now;
using test::run;
using test::query;
using test::code;
session::Session open(const std::string& path = "") { return test::openSession(path); }




const imp::Nonconformity& nc(session::Session& s, const std::string& id) { return *s.workspace().entities<imp::Nonconformity>().find(id); }

// A nonconformity in `state` with everything that state needs recorded (and what any step
// from it needs, except its actions).
std::string ncIn(session::Session& s, S state) {
    imp::Nonconformity n;
    n.title = "Changes deployed without approval";
    n.detectedOn = "2026-11-01";
    n.correction = "Rolled back";
    n.correctedOn = "2026-11-02";
    n.rootCause = "No gate in the pipeline";
    n.state = state;
    if (state >= S::Verified) n.review = {"Sampled 20 changes", "No unapproved change", "2026-12-01", "2026-11-30", "Auditor", imp::ReviewResult::Effective, ""};
    if (state == S::Closed) n.closedOn = "2026-12-01";
    const std::string id = s.workspace().nextId(imp::Nonconformity::kKind);
    REQUIRE(s.execute(std::make_unique<model::PutEntity>("nonconformity", "", fieldsOf(n))));
    return id;
}

std::string action(session::Session& s, const std::string& kind, const std::string& id, const std::string& status = "planned", const std::string& doneOn = "") {
    json fields = {{"description", "Add an approval gate"}, {"owner", "Ops"}, {"due", "2026-12-20"}};
    json a = run(s, {{"op", "action.create"}, {"fields", fields}, {"fixes", {{{"kind", kind}, {"id", id}}}}});
    REQUIRE_MESSAGE(a["ok"] == true, a.dump());
    const std::string aid = a["id"];
    if (status == "done") REQUIRE(run(s, {{"op", "action.complete"}, {"id", aid}, {"on", doneOn.empty() ? "2026-11-20" : doneOn}})["ok"] == true);
    if (status == "cancelled") REQUIRE(run(s, {{"op", "action.cancel"}, {"id", aid}, {"reason", "Superseded"}})["ok"] == true);
    return aid;
}

json advance(session::Session& s, const std::string& id, S to) {
    return run(s, {{"op", "nc.advance"}, {"id", id}, {"to", std::string(imp::codeOf(to, imp::kNcStateCodes))}, {"on", "2026-12-02"}});
}

} // namespace

TEST_CASE("improvement/every step of the cycle: the allowed ones pass with what they need, every other pair is refused by name") {
    for (size_t f = 0; f < imp::kNcStateCodes.size(); ++f)
        for (size_t t = 0; t < imp::kNcStateCodes.size(); ++t) {
            const S from = static_cast<S>(f), to = static_cast<S>(t);
            CAPTURE(imp::kNcStateCodes[f]);
            CAPTURE(imp::kNcStateCodes[t]);
            session::Session s = open();
            const std::string id = ncIn(s, from);
            if (to == S::ActionsPlanned) action(s, "nonconformity", id);
            if (to == S::ActionsDone) action(s, "nonconformity", id, "done");
            const json answer = advance(s, id, to);
            if (imp::edgeAllowed(from, to)) {
                CHECK_MESSAGE(answer["ok"] == true, answer.dump());
                CHECK(nc(s, id).state == to);
                CHECK(nc(s, id).stateOn == "2026-12-02");
            } else {
                CHECK(code(answer) == "NcTransitionInvalid");
                CHECK(nc(s, id).state == from); // nothing changed
            }
        }
}

TEST_CASE("improvement/each step's rule refuses it, naming the rule, and changes nothing") {
    struct Case {
        const char* rule;
        S from, to;
        std::function<void(session::Session&, const std::string&)> setup;
        const char* error;
    };
    const Case cases[] = {
        {"corrected needs the correction", S::Open, S::Corrected,
         [](session::Session& s, const std::string& id) { REQUIRE(s.execute(model::patchFields("nonconformity", id, {{"correction", ""}}))); }, "NcCorrectionMissing"},
        {"corrected needs the correction's date", S::Open, S::Corrected,
         [](session::Session& s, const std::string& id) { REQUIRE(s.execute(model::patchFields("nonconformity", id, {{"corrected_on", ""}}))); }, "NcCorrectionMissing"},
        {"cause found needs the root cause", S::Corrected, S::CauseFound,
         [](session::Session& s, const std::string& id) { REQUIRE(s.execute(model::patchFields("nonconformity", id, {{"root_cause", " "}}))); }, "NcCauseMissing"},
        {"actions planned needs an action", S::CauseFound, S::ActionsPlanned, [](session::Session&, const std::string&) {}, "NcActionsMissing"},
        {"actions planned needs an open action", S::CauseFound, S::ActionsPlanned,
         [](session::Session& s, const std::string& id) { action(s, "nonconformity", id, "done"); }, "NcActionsMissing"},
        {"actions done needs every action done", S::ActionsPlanned, S::ActionsDone,
         [](session::Session& s, const std::string& id) {
             action(s, "nonconformity", id, "done");
             action(s, "nonconformity", id);
         },
         "NcActionsOpen"},
        {"actions done needs one action done, not only cancelled", S::ActionsPlanned, S::ActionsDone,
         [](session::Session& s, const std::string& id) { action(s, "nonconformity", id, "cancelled"); }, "NcActionsMissing"},
        {"closing skips no step", S::ActionsDone, S::Closed, [](session::Session&, const std::string&) {}, "NcTransitionInvalid"},
        {"verified only by a review", S::ActionsDone, S::Verified, [](session::Session&, const std::string&) {}, "NcTransitionInvalid"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.rule);
        session::Session s = open();
        const std::string id = ncIn(s, c.from);
        c.setup(s, id);
        const imp::Nonconformity before = nc(s, id);
        const json answer = advance(s, id, c.to);
        CHECK(code(answer) == c.error);
        CHECK(nc(s, id) == before);
    }
}

TEST_CASE("improvement/an effective review verifies; an ineffective one reopens it, kept, and a new action is required") {
    session::Session s = open();
    const std::string id = ncIn(s, S::ActionsPlanned);
    const std::string a1 = action(s, "nonconformity", id, "done", "2026-11-25");
    REQUIRE(advance(s, id, S::ActionsDone)["ok"] == true);
    // Before the action was done, incomplete, or on the wrong state: refused.
    CHECK(code(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "effective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-24"}})) == "NcReviewTooEarly");
    CHECK(code(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "effective"}, {"method", " "}, {"reviewer", "QA"}, {"on", "2026-11-26"}})) == "NcReviewIncomplete");
    CHECK(code(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "maybe"}, {"method", "M"}, {"reviewer", "QA"}})) == "UnknownChoice");
    // Ineffective: back to cause found, the review kept, and the old done action is not enough.
    REQUIRE(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "ineffective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-26"}})["ok"] == true);
    CHECK(nc(s, id).state == S::CauseFound);
    REQUIRE(nc(s, id).pastReviews.size() == 1);
    CHECK(nc(s, id).pastReviews[0].result == imp::ReviewResult::Ineffective);
    CHECK(code(advance(s, id, S::ActionsPlanned)) == "NcActionsMissing");
    const std::string a2 = action(s, "nonconformity", id);
    REQUIRE(advance(s, id, S::ActionsPlanned)["ok"] == true);
    REQUIRE(run(s, {{"op", "action.complete"}, {"id", a2}, {"on", "2026-11-28"}})["ok"] == true);
    REQUIRE(advance(s, id, S::ActionsDone)["ok"] == true);
    CHECK(code(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "effective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-27"}})) == "NcReviewTooEarly");
    REQUIRE(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "effective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-30"}})["ok"] == true);
    CHECK(nc(s, id).state == S::Verified);
    REQUIRE(advance(s, id, S::Closed)["ok"] == true);
    CHECK(nc(s, id).closedOn == "2026-12-02");
    // Reopened one step, the closing date goes.
    REQUIRE(advance(s, id, S::Verified)["ok"] == true);
    CHECK(nc(s, id).closedOn.empty());
    (void)a1;
}

TEST_CASE("improvement/the state and review change only by their steps; an entity put cannot claim what is not recorded") {
    session::Session s = open();
    const std::string id = ncIn(s, S::Open);
    CHECK(code(run(s, {{"op", "nc.update"}, {"id", id}, {"fields", {{"state", "closed"}}}})) == "NcByTransition");
    CHECK(code(run(s, {{"op", "nc.update"}, {"id", id}, {"fields", {{"review_result", "effective"}}}})) == "NcByTransition");
    CHECK(code(run(s, {{"op", "nc.create"}, {"fields", {{"title", "X"}, {"state", "verified"}}}})) == "NcByTransition");
    CHECK(code(run(s, {{"op", "entity.put"}, {"kind", "nonconformity"}, {"id", id}, {"fields", {{"title", "X"}, {"state", "verified"}}}})) == "NcCorrectionMissing");
    CHECK(code(run(s, {{"op", "entity.put"}, {"kind", "nonconformity"}, {"fields", {{"title", "X"}, {"state", "closed"}, {"correction", "c"}, {"corrected_on", "2026-11-01"}, {"root_cause", "r"}}}})) ==
          "NcNotEffective");
    CHECK(code(run(s, {{"op", "nc.create"}, {"fields", {{"title", " "}}}})) == "TitleMissing");
    CHECK(code(run(s, {{"op", "nc.create"}, {"fields", {{"title", "X"}, {"grade", "Major!"}}}})) == "UnknownChoice");
    CHECK(code(run(s, {{"op", "nc.create"}, {"fields", {{"title", "X"}, {"causes", "people weather"}}}})) == "UnknownChoice");
    CHECK(code(run(s, {{"op", "nc.create"}, {"fields", {{"title", "X"}, {"detected_on", "2026-13-01"}}}})) == "InvalidDate");
    CHECK(nc(s, id).state == S::Open);
}

TEST_CASE("improvement/actions need a description, an owner and a due date; cancelling needs the reason; links must reach something") {
    session::Session s = open();
    const std::string id = ncIn(s, S::CauseFound);
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"due", "2026-12-20"}}}})) == "ActionIncomplete");
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}}}})) == "ActionIncomplete");
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}, {"due", "20.12.2026"}}}})) == "InvalidDate");
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}, {"due", "2026-12-20"}, {"status", "done"}}}})) == "NcByTransition");
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}, {"due", "2026-12-20"}}},
                       {"fixes", {{{"kind", "nonconformity"}, {"id", "NC-999"}}}}})) == "UnknownId");
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}, {"due", "2026-12-20"}}},
                       {"fixes", {{{"kind", "supplier"}, {"id", "SUP-001"}}}}})) == "UnknownKind");
    CHECK(s.workspace().entities<imp::Action>().size() == 0);
    const std::string a = action(s, "nonconformity", id);
    CHECK(code(run(s, {{"op", "action.cancel"}, {"id", a}, {"reason", " "}})) == "ActionNeedsReason");
    CHECK(code(run(s, {{"op", "action.update"}, {"id", a}, {"fields", {{"owner", ""}}}})) == "ActionIncomplete");
    CHECK(code(run(s, {{"op", "action.update"}, {"id", a}, {"fields", {{"status", "done"}}}})) == "NcByTransition");
    REQUIRE(run(s, {{"op", "action.start"}, {"id", a}})["ok"] == true);
    CHECK(s.workspace().entities<imp::Action>().find(a)->status == imp::ActionStatus::InProgress);
}

TEST_CASE("improvement/opportunities: a decision needs its reason, who and when; a result only when approved; priority is value × urgency") {
    session::Session s = open();
    json o = run(s, {{"op", "opportunity.create"}, {"fields", {{"title", "Self-service password reset"}, {"benefit", "productivity"}, {"value", "4"}, {"urgency", "3"}, {"target", "20 % fewer calls"}}}});
    REQUIRE(o["ok"] == true);
    const std::string id = o["id"];
    CHECK(code(run(s, {{"op", "opportunity.create"}, {"fields", {{"title", "X"}, {"value", "6"}}}})) == "InvalidRating");
    CHECK(code(run(s, {{"op", "opportunity.update"}, {"id", id}, {"fields", {{"decision", "approved"}}}})) == "NcByTransition");
    CHECK(code(run(s, {{"op", "opportunity.decide"}, {"id", id}, {"decision", "approved"}, {"reason", ""}, {"by", "CIO"}})) == "DecisionNeedsReason");
    CHECK(code(run(s, {{"op", "opportunity.result"}, {"id", id}, {"result", "18 %"}, {"achieved", "partly"}})) == "ResultNeedsApproval");
    CHECK(code(run(s, {{"op", "entity.put"}, {"kind", "opportunity"}, {"fields", {{"title", "X"}, {"decision", "rejected"}}}})) == "DecisionNeedsReason");
    REQUIRE(run(s, {{"op", "opportunity.decide"}, {"id", id}, {"decision", "approved"}, {"reason", "Top call driver"}, {"by", "CIO"}, {"on", "2026-11-01"}})["ok"] == true);
    const json list = query(s, "improvements")["result"]["opportunities"];
    CHECK(list[0]["stage"] == "approved");
    CHECK(list[0]["priority"] == 12);
    REQUIRE(run(s, {{"op", "opportunity.result"}, {"id", id}, {"result", "18 % fewer"}, {"achieved", "partly"}, {"on", "2026-12-01"}})["ok"] == true);
    CHECK(query(s, "improvements")["result"]["opportunities"][0]["stage"] == "measured");
    CHECK(code(run(s, {{"op", "pdca.cycle.create"}, {"fields", {{"title", "H2"}, {"start", "2026-10-01"}, {"end", "2026-09-30"}}}})) == "PeriodInvalid");
}

TEST_CASE("improvement/removal: refused while actions fix it, naming them; with its actions as one undoable step; a shared action keeps its other link") {
    session::Session s = open();
    const std::string id = ncIn(s, S::CauseFound);
    const std::string other = ncIn(s, S::CauseFound);
    const std::string own = action(s, "nonconformity", id);
    const std::string shared = action(s, "nonconformity", id);
    REQUIRE(run(s, {{"op", "link.add"}, {"from_kind", "action"}, {"from_id", shared}, {"relation", "action.nonconformity"}, {"to_kind", "nonconformity"}, {"to_id", other}})["ok"] == true);
    const json refused = run(s, {{"op", "entity.remove"}, {"kind", "nonconformity"}, {"id", id}});
    CHECK(code(refused) == "StillLinked");
    CHECK(refused.dump().find(own) != std::string::npos);
    REQUIRE(run(s, {{"op", "nc.remove"}, {"id", id}})["ok"] == true);
    CHECK(!s.workspace().entities<imp::Nonconformity>().find(id));
    CHECK(!s.workspace().entities<imp::Action>().find(own));
    REQUIRE(s.workspace().entities<imp::Action>().find(shared));
    CHECK(s.workspace().linksFrom({"action", shared}).size() == 1);
    REQUIRE(run(s, {{"op", "edit.undo"}})["ok"] == true);
    CHECK(s.workspace().entities<imp::Action>().find(own));
    CHECK(s.workspace().linksFrom({"action", shared}).size() == 2);
    // A risk with treatment actions is not removed from under them.
    REQUIRE(s.execute(model::risks::createRisk({{"title", "Outage"}}, {}, {})));
    action(s, "risk", "R-001");
    CHECK(code(run(s, {{"op", "entity.remove"}, {"kind", "risk"}, {"id", "R-001"}})) == "StillLinked");
}

TEST_CASE("improvement/prompts: the last action of an item done asks to re-rate it; a risk's, to re-assess its residual rating") {
    session::Session s = open();
    const std::string a1 = action(s, "item", "8.6.1-01");
    const std::string a2 = action(s, "item", "8.6.1-01");
    REQUIRE(s.execute(model::risks::createRisk({{"title", "Outage"}}, {}, {})));
    json both = run(s, {{"op", "action.create"}, {"fields", {{"description", "Failover test"}, {"owner", "Ops"}, {"due", "2026-12-20"}}},
                        {"fixes", {{{"kind", "risk"}, {"id", "R-001"}}, {{"kind", "item"}, {"id", "8.6.1-01"}}}}});
    REQUIRE(both["ok"] == true);
    REQUIRE(run(s, {{"op", "action.complete"}, {"id", a1}})["ok"] == true);
    CHECK(query(s, "action.prompts", {{"action", a1}})["result"].empty());
    REQUIRE(run(s, {{"op", "action.cancel"}, {"id", a2}, {"reason", "Merged"}})["ok"] == true);
    CHECK(query(s, "action.prompts", {{"action", a1}})["result"].empty()); // the risk's action is still open
    REQUIRE(run(s, {{"op", "action.complete"}, {"id", both["id"]}})["ok"] == true);
    const json p = query(s, "action.prompts", {{"action", both["id"]}})["result"];
    REQUIRE(p.size() == 2);
    CHECK(p.dump().find(R"({"id":"R-001","what":"reassess_risk"})") != std::string::npos);
    CHECK(p.dump().find(R"({"id":"8.6.1-01","what":"rerate_item"})") != std::string::npos);
    CHECK(query(s, "action.prompts", {{"action", a2}})["result"].empty()); // a cancelled one prompts nothing
}

TEST_CASE("improvement/the board puts each open item in its phase, overdue first; the action list too; a cycle narrows it") {
    session::Session s = open();
    const std::string open1 = ncIn(s, S::Open);
    const std::string done = ncIn(s, S::ActionsPlanned);
    action(s, "nonconformity", done, "done");
    REQUIRE(advance(s, done, S::ActionsDone)["ok"] == true);
    REQUIRE(s.execute(model::patchFields("nonconformity", done, {{"review_due", "2026-11-30"}})));
    ncIn(s, S::Closed);
    const std::string late = action(s, "nonconformity", open1);
    REQUIRE(run(s, {{"op", "action.update"}, {"id", late}, {"fields", {{"due", "2026-11-15"}}}})["ok"] == true);
    action(s, "nonconformity", open1);
    REQUIRE(run(s, {{"op", "opportunity.create"}, {"fields", {{"title", "Idea"}}}})["ok"] == true);
    const json b = query(s, "pdca.board")["result"];
    REQUIRE(b["act"].size() == 2); // the open nonconformity, the opportunity awaiting a decision
    REQUIRE(b["do"].size() == 2);
    CHECK(b["do"][0]["id"] == late);
    CHECK(b["do"][0]["overdue"] == true);
    CHECK(b["do"][1]["overdue"] == false);
    REQUIRE(b["check"].size() == 1);
    CHECK(b["check"][0]["what"] == "review_due");
    CHECK(b["check"][0]["overdue"] == true);
    const json list = query(s, "actions")["result"];
    CHECK(list[0]["id"] == late);
    CHECK(list[list.size() - 1]["status"] == "done");
    REQUIRE(run(s, {{"op", "pdca.cycle.create"}, {"fields", {{"title", "FY27 H1"}, {"start", "2027-04-01"}, {"end", "2027-09-30"}}}})["ok"] == true);
    const json narrowed = query(s, "pdca.board", {{"cycle", "PC-001"}})["result"];
    CHECK(narrowed["do"].size() == 1); // only the overdue one is not in the period
    const json all = query(s, "improvements")["result"];
    CHECK(all["nonconformities"].size() == 3);
    CHECK(all["nonconformities"][0]["overdue"] == true);
}

TEST_CASE("improvement/each transition is in the history with its date and author; storage and the JSON round trip keep everything") {
    test::TempFile file("improvement");
    std::string exported;
    {
        session::Session s = open(file.path());
        REQUIRE(s.setAuthor("佐藤"));
        REQUIRE(run(s, {{"op", "nc.raise_from_item"}, {"item", "8.6.1-01"}})["ok"] == true);
        REQUIRE(run(s, {{"op", "nc.update"}, {"id", "NC-001"}, {"fields", {{"correction", "手順を修正"}, {"corrected_on", "2026-12-01"}, {"why.1", "承認なし"}, {"causes", "process people"}}}})["ok"] == true);
        REQUIRE(advance(s, "NC-001", S::Corrected)["ok"] == true);
        action(s, "nonconformity", "NC-001");
        const json h = query(s, "history", {{"kind", "nonconformity"}, {"id", "NC-001"}})["result"];
        REQUIRE(h["total"] >= 3);
        CHECK(h["rows"][0]["author"] == "佐藤");
        CHECK(h.dump().find("NC-001: \u2192 corrected") != std::string::npos);
        exported = exchange::exportKanriJson(s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    }
    session::Session again = open(file.path());
    const imp::Nonconformity& n = nc(again, "NC-001");
    CHECK(n.state == S::Corrected);
    CHECK(n.correction == "手順を修正");
    CHECK(imp::hasCause(n, "people"));
    CHECK(n.source == imp::NcSource::AssessmentGap);
    CHECK(again.workspace().linksFrom({"nonconformity", "NC-001"}).size() == 2); // the item and its clause
    session::Session fresh = open();
    REQUIRE(fresh.importJson(exported));
    CHECK(exchange::exportKanriJson(fresh.workspace(), {"2026-12-02T10:00:00Z", "test"}) == exported);
    // A document whose action has no owner is refused whole.
    std::string bad = exported;
    const size_t at = bad.find("\"owner\": \"Ops\"");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 14, "\"owner\": \"\"");
    session::Session other = open();
    CHECK(!other.importJson(bad));
    CHECK(other.workspace().entities<imp::Action>().size() == 0);
}

TEST_CASE("improvement/after an ineffective review only an action done since counts; a later review; the review's evidence kept") {
    session::Session s = open();
    const std::string id = ncIn(s, S::ActionsPlanned);
    action(s, "nonconformity", id, "done", "2026-11-25");
    REQUIRE(advance(s, id, S::ActionsDone)["ok"] == true);
    REQUIRE(s.execute(model::patchFields("nonconformity", id, {{"review_evidence", "Sample of 20 changes"}})));
    REQUIRE(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "ineffective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-26"}})["ok"] == true);
    CHECK(nc(s, id).pastReviews[0].evidence == "Sample of 20 changes");
    const std::string a2 = action(s, "nonconformity", id);
    REQUIRE(advance(s, id, S::ActionsPlanned)["ok"] == true);
    REQUIRE(run(s, {{"op", "action.cancel"}, {"id", a2}, {"reason", "Not needed"}})["ok"] == true);
    // The old done action does not close the loop again.
    const json refused = advance(s, id, S::ActionsDone);
    CHECK(code(refused) == "NcActionsMissing");
    CHECK(refused.dump().find("since the review of 2026-11-26") != std::string::npos);
    const std::string a3 = action(s, "nonconformity", id);
    REQUIRE(run(s, {{"op", "action.complete"}, {"id", a3}, {"on", "2026-11-29"}})["ok"] == true);
    REQUIRE(advance(s, id, S::ActionsDone)["ok"] == true);
    REQUIRE(s.execute(model::patchFields("nonconformity", id, {{"review_evidence", "Sample of 40 changes"}})));
    REQUIRE(run(s, {{"op", "nc.review"}, {"id", id}, {"result", "effective"}, {"method", "Sample"}, {"reviewer", "QA"}, {"on", "2026-11-30"}})["ok"] == true);
    CHECK(nc(s, id).review.evidence == "Sample of 40 changes");
}

TEST_CASE("improvement/a refused create takes no id; a rejection takes back a measured result") {
    session::Session s = open();
    const std::string id = ncIn(s, S::CauseFound);
    CHECK(code(run(s, {{"op", "action.create"}, {"fields", {{"description", "Fix"}, {"owner", "Ops"}, {"due", "2026-12-20"}}},
                       {"fixes", {{{"kind", "nonconformity"}, {"id", "NC-999"}}}}})) == "UnknownId");
    CHECK(s.workspace().nextId("action") == "A-001");
    CHECK(action(s, "nonconformity", id) == "A-001");
    json o = run(s, {{"op", "opportunity.create"}, {"fields", {{"title", "Chatbot"}}}});
    const std::string ofi = o["id"];
    REQUIRE(run(s, {{"op", "opportunity.decide"}, {"id", ofi}, {"decision", "approved"}, {"reason", "Cheap"}, {"by", "CIO"}})["ok"] == true);
    REQUIRE(run(s, {{"op", "opportunity.result"}, {"id", ofi}, {"result", "5 % fewer calls"}, {"achieved", "no"}})["ok"] == true);
    REQUIRE(run(s, {{"op", "opportunity.decide"}, {"id", ofi}, {"decision", "rejected"}, {"reason", "Did not work"}, {"by", "CIO"}})["ok"] == true);
    const json list = query(s, "improvements")["result"]["opportunities"];
    CHECK(list[0]["stage"] == "rejected");
    CHECK(list[0]["fields"]["result"] == "");
}
