// The management review (9.3): every input a–k (and the readiness trend) assembled from a
// fixture database that touches every module — counted, with the ids it counts — and the inputs
// without data flagged as gaps; holding it needs a chair and freezes the inputs (later edits do
// not change them, and the held record refuses edits but for its minutes); decisions and the
// actions made from them, counted by the next review's input a; undo, storage and the JSON
// round trip.
#include "exchange/kanri_json.hpp"
#include "model/reviews/inputs.hpp"
#include "session_support.hpp"

using namespace kanri;
using nlohmann::json;

namespace {

using test::code;
using test::query;
using test::run;

using test::ok;

json input(const json& inputs, const std::string& code) {
    for (const json& in : inputs)
        if (in["input"] == code) return in;
    FAIL("no input " << code);
    return {};
}

// The value of a fact of an input ("" when it is not there).
std::string fact(const json& inputs, const std::string& code, const std::string& key) {
    const json in = input(inputs, code); // kept: a range over a temporary's member would dangle
    for (const json& f : in["facts"])
        if (f["key"] == key) return f["value"];
    return "";
}
json refs(const json& inputs, const std::string& code, const std::string& key) {
    const json in = input(inputs, code);
    for (const json& f : in["facts"])
        if (f["key"] == key) return f["refs"];
    return json::array();
}

// Something in every module, dated around 2026-11.
void fixture(session::Session& s) {
    ok(s, {{"op", "assessment.rate"}, {"item", "5.1-01"}, {"rating", "L"}});
    ok(s, {{"op", "documents.set"}, {"document", "doc-policy"}, {"status", "present"}});
    ok(s, {{"op", "documents.set"}, {"document", "doc-security-policy"}, {"status", "missing"}});
    ok(s, {{"op", "risk.create"}, {"fields", {{"title", "データセンター障害"}, {"inherent_likelihood", "4"}, {"inherent_impact", "5"}}}});
    ok(s, {{"op", "nc.create"}, {"fields", {{"title", "顧客からの苦情: 応答が遅い"}, {"source", "complaint"}, {"detected_on", "2026-11-20"}}}});
    ok(s, {{"op", "opportunity.create"}, {"fields", {{"title", "セルフサービス化"}, {"source", "customer"}}}});
    const std::string svc = ok(s, {{"op", "service.create"}, {"fields", {{"name", "ポータル"}}}});
    const std::string sla = ok(s, {{"op", "sla.create"}, {"service", svc}, {"fields", {{"name", "可用性"}, {"target", "99.5"}, {"unit", "%"}}}});
    const std::string kpi = ok(s, {{"op", "kpi.create"}, {"sla_target", sla}, {"fields", {{"name", "可用性"}, {"unit", "%"}, {"target", "99.5"}}}});
    ok(s, {{"op", "measurement.record"}, {"kpi", kpi}, {"period", "2026-11"}, {"value", "98.0"}});
    ok(s, {{"op", "objective.create"}, {"kpis", {kpi}}, {"fields", {{"title", "安定したポータル"}}}});
    const std::string audit = ok(s, {{"op", "audit.create"}, {"scope", {"8.6.1"}}, {"fields", {{"title", "インシデント管理"}, {"held_on", "2026-11-10"}, {"lead", "監査 太郎"}}}});
    ok(s, {{"op", "finding.add"}, {"audit", audit}, {"clause", "8.6.1"}, {"fields", {{"type", "nc_minor"}, {"statement", "優先度が未設定"}}}});
    const std::string sup = ok(s, {{"op", "supplier.create"}, {"fields", {{"name", "クラウド社"}, {"assurance", "1"}, {"assurance.1.kind", "soc2"}, {"assurance.1.expires", "2026-01-31"}}}});
    ok(s, {{"op", "supplier.review"}, {"supplier", sup}, {"fields", {{"held_on", "2026-11-25"}, {"result", "unsatisfactory"}}}});
}

} // namespace

TEST_CASE("reviews/every input a–k assembled from the data, the ids counted; inputs without data are gaps") {
    session::Session empty = test::openSession();
    const json none = query(empty, "review.inputs")["result"];
    REQUIRE(none.size() == 12);
    for (const json& in : none) CHECK_MESSAGE(in["gap"] == true, in.dump()); // a fresh database speaks to nothing

    session::Session s = test::openSession();
    fixture(s);
    const json in = query(s, "review.inputs")["result"];
    CHECK(input(in, "a")["gap"] == true); // no earlier review
    CHECK(fact(in, "b", "risks_new") == "1");
    CHECK(fact(in, "c", "nc_opened") == "1");
    CHECK(fact(in, "c", "nc_open") == "1");
    CHECK(fact(in, "c", "kpi_missed") == "1");
    CHECK(fact(in, "c", "audits_held") == "1");
    CHECK(fact(in, "c", "findings_minor") == "1");
    CHECK(input(in, "c")["gap"] == false);
    CHECK(fact(in, "d", "ofi_awaiting") == "1");
    CHECK(fact(in, "e", "complaints") == "1");
    CHECK(refs(in, "e", "complaints") == json::array({"NC-001"}));
    CHECK(fact(in, "e", "customer_ideas") == "1");
    CHECK(fact(in, "f", "policies_present") == "1");
    CHECK(refs(in, "f", "policies_missing") == json::array({"doc-security-policy"}));
    CHECK(fact(in, "f", "leadership_score").find('%') != std::string::npos);
    CHECK(fact(in, "g", "objectives_missed") == "1");
    CHECK(fact(in, "h", "sla_missed") == "1");
    CHECK(refs(in, "h", "sla_missed") == json::array({"SLA-001"}));
    CHECK(fact(in, "i", "supplier_reviews_poor") == "1");
    CHECK(refs(in, "i", "assurance_lapsed") == json::array({"SUP-001"}));
    CHECK(input(in, "j")["gap"] == true); // 7.1 and 7.2 not rated
    CHECK(fact(in, "k", "risks_open") == "1");
    CHECK(fact(in, "k", "risks_above_criterion") == "1"); // 4 × 5 in the default matrix: not acceptable, not accepted
    CHECK(fact(in, "readiness", "readiness_now").find('%') != std::string::npos);
}

TEST_CASE("reviews/held with a chair, its inputs frozen: later edits do not change them; the record refuses edits but its minutes; undo") {
    session::Session s = test::openSession();
    fixture(s);
    const std::string mr = ok(s, {{"op", "review.create"}, {"fields", {{"title", "2026 年度下期"}, {"planned_on", "2026-12-10"}, {"comment.j", "要員は十分"}}}});
    CHECK(code(run(s, {{"op", "review.hold"}, {"id", mr}, {"on", "2026-12-10"}})) == "ReviewNeedsChair");
    CHECK(code(run(s, {{"op", "review.update"}, {"id", mr}, {"fields", {{"status", "held"}}}})) == "InvalidOperation");
    ok(s, {{"op", "review.update"}, {"id", mr}, {"fields", {{"chair", "代表取締役"}, {"attendees", "品質管理部長\nサービス責任者"}}}});
    ok(s, {{"op", "review.hold"}, {"id", mr}, {"on", "2026-12-10"}});
    const json held = query(s, "reviews")["result"][0];
    CHECK(held["status"] == "held");
    CHECK(held["fields"]["held_on"] == "2026-12-10");
    CHECK(fact(held["inputs"], "c", "nc_open") == "1");
    // A later edit of the data does not change the frozen inputs.
    ok(s, {{"op", "nc.create"}, {"fields", {{"title", "後日の不適合"}, {"source", "complaint"}}}});
    const json after = query(s, "reviews")["result"][0];
    CHECK(after["inputs"] == held["inputs"]);
    CHECK(fact(query(s, "review.inputs")["result"], "c", "nc_open") == "2"); // the live view moves on
    // The held record: only its minutes still change; it cannot be removed or held again.
    CHECK(code(run(s, {{"op", "review.update"}, {"id", mr}, {"fields", {{"chair", "別の人"}}}})) == "ReviewHeld");
    CHECK(code(run(s, {{"op", "review.update"}, {"id", mr}, {"fields", {{"comment.a", "追記"}}}})) == "ReviewHeld");
    CHECK(code(run(s, {{"op", "entity.put"}, {"kind", "management_review"}, {"id", mr}, {"fields", {{"title", "x"}}}})) == "ReviewHeld");
    CHECK(code(run(s, {{"op", "review.remove"}, {"id", mr}})) == "ReviewHeld");
    CHECK(code(run(s, {{"op", "entity.remove"}, {"kind", "management_review"}, {"id", mr}})) == "ReviewHeld");
    CHECK(code(run(s, {{"op", "review.hold"}, {"id", mr}})) == "ReviewHeld");
    ok(s, {{"op", "review.update"}, {"id", mr}, {"fields", {{"minutes", "議事録: 可用性の改善を決定"}}}});
    CHECK(query(s, "reviews")["result"][0]["inputs"] == held["inputs"]);
    // Undo goes back through the minutes, the NC, and the hold itself.
    CHECK(s.undo());
    CHECK(s.undo());
    CHECK(s.undo());
    CHECK(query(s, "reviews")["result"][0]["status"] == "planned");
    CHECK(query(s, "reviews")["result"][0]["fields"].value("inputs", "") == "");
}

TEST_CASE("reviews/decisions make actions; the next review looks back from the last and counts them in input a") {
    session::Session s = test::openSession();
    const std::string first = ok(s, {{"op", "review.create"}, {"fields", {{"title", "上期"}, {"chair", "社長"}}}});
    CHECK(code(run(s, {{"op", "decision.add"}, {"review", first}, {"fields", {{"type", "resource"}, {"description", " "}}}})) == "DecisionIncomplete");
    CHECK(code(run(s, {{"op", "decision.add"}, {"review", first}, {"fields", {{"type", "budget"}, {"description", "x"}}}})) == "UnknownChoice");
    const std::string d1 = ok(s, {{"op", "decision.add"}, {"review", first}, {"fields", {{"type", "resource"}, {"description", "夜間要員を 1 名増やす"}}}});
    const std::string d2 = ok(s, {{"op", "decision.add"}, {"review", first}, {"fields", {{"type", "improvement"}, {"description", "監視を自動化"}, {"owner", "運用課"}, {"due", "2026-06-30"}}}});
    // An action needs an owner and a due date: the decision's, or given.
    CHECK(code(run(s, {{"op", "decision.action"}, {"id", d1}})) == "ActionIncomplete");
    const std::string a1 = ok(s, {{"op", "decision.action"}, {"id", d1}, {"fields", {{"owner", "人事部"}, {"due", "2026-09-30"}}}});
    const std::string a2 = ok(s, {{"op", "decision.action"}, {"id", d2}});
    CHECK(query(s, "reviews")["result"][0]["decisions"][1]["actions"] == json::array({a2}));
    ok(s, {{"op", "action.complete"}, {"id", a1}, {"on", "2026-09-01"}, {"evidence", "採用済み"}});
    CHECK(code(run(s, {{"op", "decision.remove"}, {"id", d2}})) == "StillLinked");
    ok(s, {{"op", "review.hold"}, {"id", first}, {"on", "2026-06-01"}});
    // Decisions are outputs: still recorded after the review was held.
    ok(s, {{"op", "decision.add"}, {"review", first}, {"fields", {{"type", "policy"}, {"description", "情報セキュリティ方針を改訂"}}}});
    // The next review: since the first was held; its input a counts the first's actions.
    const std::string second = ok(s, {{"op", "review.create"}, {"fields", {{"title", "下期"}}}});
    const json r2 = query(s, "reviews")["result"][1];
    CHECK(r2["since"] == "2026-06-01");
    CHECK(fact(r2["inputs"], "a", "decisions") == "3");
    CHECK(fact(r2["inputs"], "a", "actions_done") == "1");
    CHECK(refs(r2["inputs"], "a", "actions_overdue") == json::array({a2})); // due 2026-06-30, today 2026-12-02
    CHECK(input(r2["inputs"], "a")["gap"] == false);
    // A review not held goes with its decisions; undone, both are back.
    ok(s, {{"op", "decision.add"}, {"review", second}, {"fields", {{"description", "x"}}}});
    ok(s, {{"op", "review.remove"}, {"id", second}});
    CHECK(query(s, "reviews")["result"].size() == 1);
    CHECK(s.undo());
    CHECK(query(s, "reviews")["result"][1]["decisions"].size() == 1);
}

TEST_CASE("reviews/stored and reloaded; a JSON round trip keeps the frozen inputs, comments, decisions and links") {
    test::TempFile file("reviews");
    json reviews;
    {
        session::Session s = test::openSession(file.path());
        fixture(s);
        const std::string mr = ok(s, {{"op", "review.create"}, {"fields", {{"title", "年次"}, {"chair", "社長"}, {"comment.b", "法改正なし"}}}});
        ok(s, {{"op", "review.hold"}, {"id", mr}, {"on", "2026-12-01"}});
        ok(s, {{"op", "decision.add"}, {"review", mr}, {"fields", {{"type", "change"}, {"description", "変更管理の見直し"}, {"owner", "変更管理者"}, {"due", "2027-03-31"}}}});
        reviews = query(s, "reviews")["result"];
    }
    session::Session s = test::openSession(file.path());
    CHECK(query(s, "reviews")["result"] == reviews);
    CHECK(reviews[0]["fields"]["comment.b"] == "法改正なし");
    const std::string exported = exchange::exportKanriJson(s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    session::Session t = test::openSession();
    REQUIRE(t.importJson(exported));
    CHECK(query(t, "reviews")["result"] == reviews);
    // The frozen record round-trips exactly, and decodes to what was assembled.
    std::vector<model::reviews::Input> decoded;
    const auto* r = t.workspace().entities<model::reviews::ManagementReview>().find("MR-001");
    REQUIRE(r);
    REQUIRE(model::reviews::decodeInputs(r->inputs, decoded));
    CHECK(model::reviews::encodeInputs(decoded) == r->inputs);
    CHECK(decoded.size() == 12);
}
