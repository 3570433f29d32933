// The internal audit programme: audits with scope, findings against clauses, the impartiality
// check, a closed audit refusing every edit (its record, scope and findings; generic puts and
// links too) while undo still works, coverage of clauses in a programme's period, raising a
// nonconformity or an opportunity from a finding, storage and JSON round trip.
#include "exchange/kanri_json.hpp"
#include "model/audits/commands.hpp"
#include "model/audits/programme.hpp"
#include "model/commands.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "session_support.hpp"

#include <set>

using namespace kanri;
using nlohmann::json;
namespace au = model::audits;
namespace imp = model::improvement;

namespace {

using test::code;
using test::query;
using test::run;

using test::ok;

// A programme for 2026 and an audit of incident and problem management in it, held and reported.
struct Fixture {
    session::Session s = test::openSession();
    std::string programme, audit;
    Fixture() {
        programme = ok(s, {{"op", "programme.create"}, {"fields", {{"title", "FY2026"}, {"start", "2026-04-01"}, {"end", "2027-03-31"}}}});
        audit = ok(s, {{"op", "audit.create"},
                       {"programme", programme},
                       {"scope", {"8.6.1", "8.6.3"}},
                       {"fields", {{"title", "Resolution processes"}, {"planned_on", "2026-11-10"}, {"lead", "Sato"}, {"team", "Ito\n  Kato  \n"}}}});
    }
    void heldAndReported() {
        ok(s, {{"op", "audit.update"}, {"id", audit}, {"fields", {{"held_on", "2026-11-12"}, {"report", "Two findings."}, {"reported_on", "2026-11-14"}}}});
    }
    std::string finding(const std::string& type, const std::string& clause = "8.6.1", const std::string& item = "8.6.1-01") {
        json op = {{"op", "finding.add"}, {"audit", audit}, {"clause", clause}, {"fields", {{"type", type}, {"statement", "Incidents without a priority"}, {"evidence", "Sampled 10 tickets"}}}};
        if (!item.empty()) op["item"] = item;
        return ok(s, op);
    }
    const au::Audit& a() { return *s.workspace().entities<au::Audit>().find(audit); }
};

} // namespace

TEST_CASE("audits/an audit has its scope, its team and findings against clauses and items") {
    Fixture f;
    CHECK(f.a().auditors() == std::vector<std::string>{"Sato", "Ito", "Kato"});
    const std::string f1 = f.finding("nc_minor");
    const std::string f2 = f.finding("conformity", "8.6.3", "");
    const au::AuditIndex index(f.s.workspace());
    CHECK(index.scope(f.audit) == std::vector<std::string>{"8.6.1", "8.6.3"});
    REQUIRE(index.findings(f.audit).size() == 2);
    CHECK(index.findings(f.audit)[0]->id == f1);
    CHECK(index.clauseOf(f2) == "8.6.3");
    CHECK(index.itemOf(f1) == "8.6.1-01");
    CHECK(index.programmeOf(f.audit) == f.programme);

    // The checklist: every item of 8.6.1 and 8.6.3, the findings beside their item.
    const auto rows = au::checklist(f.s.workspace(), index, f.a());
    const auto& cat = f.s.workspace().catalogue();
    const size_t expected = cat.itemsUnder(cat.indexOf("8.6.1")).size() + cat.itemsUnder(cat.indexOf("8.6.3")).size();
    CHECK(rows.size() == expected);
    CHECK(cat.items()[size_t(rows[0].item)].id == "8.6.1-01");
    REQUIRE(rows[0].findings.size() == 1);
    CHECK(rows[0].findings[0]->id == f1);
    const json list = query(f.s, "audit.checklist", {{"id", f.audit}})["result"];
    CHECK(list.size() == expected);
    CHECK(list[0]["findings"] == json{f1});
    CHECK_FALSE(list[0]["question_ja"].get<std::string>().empty());
}

TEST_CASE("audits/a finding needs a clause and a statement; a scope only clauses") {
    Fixture f;
    json r = run(f.s, {{"op", "finding.add"}, {"audit", f.audit}, {"clause", ""}, {"fields", {{"type", "nc_minor"}, {"statement", "x"}}}});
    CHECK(code(r) == "FindingIncomplete");
    CHECK(r["path"] == "/clause");
    r = run(f.s, {{"op", "finding.add"}, {"audit", f.audit}, {"fields", {{"statement", "x"}}}});
    CHECK(r["ok"] == false); // the clause is a required member
    r = run(f.s, {{"op", "finding.add"}, {"audit", f.audit}, {"clause", "8.6.1"}, {"fields", {{"type", "nc_minor"}, {"statement", "  "}}}});
    CHECK(code(r) == "FindingIncomplete");
    r = run(f.s, {{"op", "finding.add"}, {"audit", f.audit}, {"clause", "8.99"}, {"fields", {{"statement", "x"}}}});
    CHECK(code(r) == "UnknownId");
    r = run(f.s, {{"op", "finding.add"}, {"audit", f.audit}, {"clause", "8.6.1"}, {"fields", {{"type", "major"}, {"statement", "x"}}}});
    CHECK(code(r) == "UnknownChoice");
    r = run(f.s, {{"op", "finding.add"}, {"audit", "AU-099"}, {"clause", "8.6.1"}, {"fields", {{"statement", "x"}}}});
    CHECK(code(r) == "UnknownId");
    CHECK(f.s.workspace().entities<au::Finding>().size() == 0);
    CHECK(code(run(f.s, {{"op", "audit.scope"}, {"id", f.audit}, {"clauses", {"8.6.1", "nowhere"}}})) == "UnknownId");
    CHECK(au::AuditIndex(f.s.workspace()).scope(f.audit).size() == 2); // all or nothing
}

TEST_CASE("audits/impartiality: an auditor who owns items of a clause in scope is named with them") {
    Fixture f;
    CHECK(au::impartiality(f.s.workspace(), au::AuditIndex(f.s.workspace()), f.a()).empty());
    REQUIRE(f.s.execute(std::make_unique<model::PatchItem>("8.6.1-01", [](model::ItemAssessment& a) { a.owner = "kato"; })));
    REQUIRE(f.s.execute(std::make_unique<model::PatchItem>("8.6.1-02", [](model::ItemAssessment& a) { a.owner = " Kato "; })));
    REQUIRE(f.s.execute(std::make_unique<model::PatchItem>("8.5.1.1-01", [](model::ItemAssessment& a) { a.owner = "Sato"; }))); // not in scope
    const auto w = au::impartiality(f.s.workspace(), au::AuditIndex(f.s.workspace()), f.a());
    REQUIRE(w.size() == 1);
    CHECK(w[0].auditor == "Kato");
    CHECK(w[0].clause == "8.6.1");
    CHECK(w[0].items == std::vector<std::string>{"8.6.1-01", "8.6.1-02"});
    const json answer = query(f.s, "audits")["result"]["audits"][0]["impartiality"];
    REQUIRE(answer.size() == 1);
    CHECK(answer[0]["auditor"] == "Kato");
}

TEST_CASE("audits/closing needs the audit held and reported; a closed audit refuses every edit, undo still works") {
    Fixture f;
    const std::string f1 = f.finding("nc_major");
    json r = run(f.s, {{"op", "audit.close"}, {"id", f.audit}, {"on", "2026-11-15"}});
    CHECK(code(r) == "AuditNotReady");
    CHECK(r["error"].get<std::string>().find("held_on") != std::string::npos);
    CHECK(code(run(f.s, {{"op", "audit.update"}, {"id", f.audit}, {"fields", {{"status", "closed"}}}})) == "AuditNotReady");
    f.heldAndReported();
    ok(f.s, {{"op", "audit.close"}, {"id", f.audit}, {"on", "2026-11-15"}});
    CHECK(f.a().closed());
    CHECK(f.a().closedOn == "2026-11-15");

    // Its record, its scope, its findings: by the audit's own operations and by the generic ones.
    const std::vector<json> refused = {
        {{"op", "audit.update"}, {"id", f.audit}, {"fields", {{"report", "changed"}}}},
        {{"op", "audit.scope"}, {"id", f.audit}, {"clauses", {"8.6.1"}}},
        {{"op", "audit.remove"}, {"id", f.audit}},
        {{"op", "finding.add"}, {"audit", f.audit}, {"clause", "8.6.1"}, {"fields", {{"statement", "late"}}}},
        {{"op", "finding.update"}, {"id", f1}, {"fields", {{"statement", "changed"}}}},
        {{"op", "finding.subject"}, {"id", f1}, {"clause", "8.6.3"}},
        {{"op", "finding.remove"}, {"id", f1}},
        {{"op", "entity.put"}, {"kind", "audit"}, {"id", f.audit}, {"fields", {{"title", "x"}}}},
        {{"op", "entity.remove"}, {"kind", "finding"}, {"id", f1}},
        {{"op", "link.remove"}, {"from_kind", "audit"}, {"from_id", f.audit}, {"relation", "audit.clause"}, {"to_kind", "clause"}, {"to_id", "8.6.1"}},
        {{"op", "link.add"}, {"from_kind", "audit"}, {"from_id", f.audit}, {"relation", "audit.clause"}, {"to_kind", "clause"}, {"to_id", "9.2"}},
    };
    const std::string before = exchange::exportKanriJson(f.s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    for (const json& op : refused) {
        CAPTURE(op.dump());
        CHECK(code(run(f.s, op)) == "AuditClosed");
    }
    CHECK(exchange::exportKanriJson(f.s.workspace(), {"2026-12-02T10:00:00Z", "test"}) == before);

    // Raising from a finding of a closed audit is allowed: it changes nothing of the audit.
    const std::string nc = ok(f.s, {{"op", "finding.raise"}, {"id", f1}});
    CHECK(nc.rfind("NC-", 0) == 0);

    // Undo takes back the raise and then the closing; redo closes it again; undone, it is editable.
    REQUIRE(f.s.undo());
    REQUIRE(f.s.undo());
    CHECK_FALSE(f.a().closed());
    REQUIRE(f.s.redo());
    CHECK(f.a().closed());
    REQUIRE(f.s.undo());
    ok(f.s, {{"op", "audit.update"}, {"id", f.audit}, {"fields", {{"report", "Amended."}}}});
    CHECK(f.a().report == "Amended.");
}

TEST_CASE("audits/a nonconformity or an opportunity raised from a finding, linked to it, once") {
    Fixture f;
    f.heldAndReported();
    const std::string major = f.finding("nc_major"), obs = f.finding("observation", "8.6.3", ""), conf = f.finding("conformity");
    const std::string nc = ok(f.s, {{"op", "finding.raise"}, {"id", major}});
    const imp::Nonconformity* n = f.s.workspace().entities<imp::Nonconformity>().find(nc);
    REQUIRE(n);
    CHECK(n->source == imp::NcSource::InternalAudit);
    CHECK(n->sourceRef == f.audit + " / " + major);
    CHECK(n->grade == "major");
    CHECK(n->detectedOn == "2026-11-12");
    CHECK(n->detectedBy == "Sato");
    CHECK(n->title == "Incidents without a priority");
    CHECK(n->evidence == "Sampled 10 tickets");
    std::set<std::string> links;
    for (const model::Link& l : f.s.workspace().linksFrom({"nonconformity", nc})) links.insert(l.relation + " " + l.to.id);
    CHECK(links == std::set<std::string>{"nonconformity.clause 8.6.1", "nonconformity.finding " + major, "nonconformity.item 8.6.1-01"});
    CHECK(code(run(f.s, {{"op", "finding.raise"}, {"id", major}})) == "FindingRaised");
    CHECK(code(run(f.s, {{"op", "finding.raise"}, {"id", conf}})) == "FindingNotRaisable");

    const std::string ofi = ok(f.s, {{"op", "finding.raise"}, {"id", obs}});
    const imp::Opportunity* o = f.s.workspace().entities<imp::Opportunity>().find(ofi);
    REQUIRE(o);
    CHECK(o->source == imp::OfiSource::AuditObservation);
    CHECK(o->affects == "8.6.3");

    // The finding stays while what was raised from it does; the audit's removal is refused with it.
    json r = run(f.s, {{"op", "audit.remove"}, {"id", f.audit}});
    CHECK(code(r) == "StillLinked");
    CHECK(f.s.workspace().entities<au::Finding>().size() == 3);
    const json audits = query(f.s, "audits")["result"]["audits"];
    CHECK(audits[0]["findings"][0]["raised"]["id"] == nc);
    CHECK(audits[0]["findings"][2]["raised"].is_null());
}

TEST_CASE("audits/an audit not closed is removed with its findings in one undoable edit") {
    Fixture f;
    f.finding("nc_minor");
    f.finding("observation");
    ok(f.s, {{"op", "audit.remove"}, {"id", f.audit}});
    CHECK(f.s.workspace().entities<au::Audit>().size() == 0);
    CHECK(f.s.workspace().entities<au::Finding>().size() == 0);
    REQUIRE(f.s.undo());
    CHECK(au::AuditIndex(f.s.workspace()).findings(f.audit).size() == 2);
}

TEST_CASE("audits/coverage of every clause in the programme's period: audited, partly, planned, none") {
    Fixture f;
    const auto& cat = f.s.workspace().catalogue();
    auto cov = [&](const std::string& clause) {
        const auto* p = f.s.workspace().entities<au::AuditProgramme>().find(f.programme);
        const auto c = au::coverage(f.s.workspace(), au::AuditIndex(f.s.workspace()), *p);
        return c[size_t(cat.indexOf(clause))];
    };
    CHECK(cov("8.6.1").coverage == au::Coverage::Planned);
    CHECK(cov("9.2").coverage == au::Coverage::None);
    f.finding("nc_minor");
    f.heldAndReported();
    ok(f.s, {{"op", "audit.close"}, {"id", f.audit}, {"on", "2026-11-15"}});
    CHECK(cov("8.6.1").coverage == au::Coverage::Audited);
    CHECK(cov("8.6.1").nonconformities == 1);
    CHECK(cov("8.6").coverage == au::Coverage::Partly); // 8.6.2 not audited
    CHECK(cov("8.6").nonconformities == 1);
    CHECK(cov("8").coverage == au::Coverage::Partly);
    CHECK(cov("8.6.2").coverage == au::Coverage::None);

    // An audit without a programme counts when held in the period; one outside it does not.
    ok(f.s, {{"op", "audit.create"}, {"scope", {"9"}}, {"fields", {{"title", "Performance evaluation"}, {"planned_on", "2026-12-01"}}}});
    ok(f.s, {{"op", "audit.create"}, {"scope", {"10"}}, {"fields", {{"title", "Last year"}, {"planned_on", "2025-12-01"}}}});
    CHECK(cov("9.2").coverage == au::Coverage::Planned);
    CHECK(cov("10.1").coverage == au::Coverage::None);
    const json p = query(f.s, "audits")["result"]["programmes"][0];
    CHECK(p["audits"].size() == 2);
    CHECK(p["coverage"]["8.6.1"]["coverage"] == "audited");
    CHECK(p["coverage"]["9.2"]["coverage"] == "planned");
    CHECK(p["coverage"]["10.1"]["coverage"] == "none");
}

TEST_CASE("audits/bad programmes and audits are refused with their rule") {
    Fixture f;
    CHECK(code(run(f.s, {{"op", "programme.create"}, {"fields", {{"title", "X"}, {"start", "2026-04-01"}, {"end", "2026-03-01"}}}})) == "PeriodInvalid");
    CHECK(code(run(f.s, {{"op", "programme.create"}, {"fields", {{"title", ""}}}})) == "TitleMissing");
    CHECK(code(run(f.s, {{"op", "audit.create"}, {"fields", {{"title", "X"}, {"held_on", "2026-13-01"}}}})) == "InvalidDate");
    CHECK(code(run(f.s, {{"op", "audit.create"}, {"programme", "AP-404"}, {"fields", {{"title", "X"}}}})) == "UnknownId");
    CHECK(code(run(f.s, {{"op", "audit.create"}, {"fields", {{"title", "X"}, {"status", "closed"}}}})) == "AuditNotReady");
    CHECK(code(run(f.s, {{"op", "entity.put"}, {"kind", "audit"}, {"fields", {{"title", "X"}, {"status", "closed"}}}})) == "AuditNotReady");
    CHECK(code(run(f.s, {{"op", "audit.update"}, {"id", f.audit}, {"fields", {{"held_on", "2026-11-12"}, {"reported_on", "2026-11-01"}}}})) == "PeriodInvalid");
    CHECK(f.s.workspace().entities<au::Audit>().size() == 1);
}

TEST_CASE("audits/stored and reloaded; a JSON round trip keeps programmes, audits, findings and their links") {
    test::TempFile file("audits");
    std::string audit, finding, nc;
    {
        session::Session s = test::openSession(file.path());
        const std::string p = ok(s, {{"op", "programme.create"}, {"fields", {{"title", "FY2026"}, {"start", "2026-04-01"}, {"end", "2027-03-31"}}}});
        audit = ok(s, {{"op", "audit.create"}, {"programme", p}, {"scope", {"9.2"}}, {"fields", {{"title", "監査の監査"}, {"lead", "佐藤"}}}});
        finding = ok(s, {{"op", "finding.add"}, {"audit", audit}, {"clause", "9.2"}, {"fields", {{"type", "nc_minor"}, {"statement", "監査プログラムに頻度がない"}}}});
        ok(s, {{"op", "audit.update"}, {"id", audit}, {"fields", {{"held_on", "2026-11-12"}, {"report", "報告"}, {"reported_on", "2026-11-14"}}}});
        ok(s, {{"op", "audit.close"}, {"id", audit}, {"on", "2026-11-15"}});
        nc = ok(s, {{"op", "finding.raise"}, {"id", finding}});
    }
    session::Session s = test::openSession(file.path());
    const json a = query(s, "audits")["result"];
    REQUIRE(a["audits"].size() == 1);
    CHECK(a["audits"][0]["status"] == "closed");
    CHECK(a["audits"][0]["findings"][0]["raised"]["id"] == nc);
    CHECK(code(run(s, {{"op", "finding.update"}, {"id", finding}, {"fields", {{"statement", "x"}}}})) == "AuditClosed"); // still frozen

    const std::string exported = exchange::exportKanriJson(s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    session::Session t = test::openSession();
    REQUIRE(t.importJson(exported));
    CHECK(query(t, "audits")["result"] == a);
    CHECK(exchange::exportKanriJson(t.workspace(), {"2026-12-02T10:00:00Z", "test"}) == exported);
}
