// Services, SLAs, KPIs and objectives: periods in their four forms (a period that does not exist
// refused), KPI targets evaluated for both directions with and without a threshold, a
// measurement per period (changed, not doubled), objective achievement from the KPIs, supplier
// targets beside the SLA targets they support, the service report for a period (CSV and
// Markdown with Japanese), CSV import of measurements all or nothing with per-row errors,
// raising a nonconformity or an opportunity from a missed value, removal rules, undo, storage
// and the JSON round trip.
#include "exchange/kanri_json.hpp"
#include "exchange/performance_csv.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "model/performance/commands.hpp"
#include "model/performance/index.hpp"
#include "session_support.hpp"

using namespace kanri;
using nlohmann::json;
namespace pf = model::performance;

namespace {

using test::code;
using test::query;
using test::run;

using test::ok;

// A service with an availability SLA target evidenced by a monthly KPI (target 99.5, at risk
// from 99.0), a lower-is-better response KPI on the service, and a supplier with its targets.
struct Fixture {
    session::Session s = test::openSession();
    std::string supplier, service, sla, avail, response;
    Fixture() {
        supplier = ok(s, {{"op", "supplier.create"},
                          {"fields", {{"name", "クラウド株式会社"}, {"targets", "2"}, {"target.1.measure", "Availability"}, {"target.1.supplier", "99.0"},
                                      {"target.1.customer", "99.5"}, {"target.1.unit", "%"}, {"target.2.measure", "Response"},
                                      {"target.2.supplier", "2"}, {"target.2.customer", "4"}, {"target.2.unit", "h"}, {"target.2.better", "lower"}}}});
        service = ok(s, {{"op", "service.create"}, {"suppliers", {supplier}}, {"fields", {{"name", "顧客ポータル"}, {"owner", "Sato"}, {"customers", "A社\nB社"}}}});
        sla = ok(s, {{"op", "sla.create"}, {"service", service}, {"fields", {{"name", "Availability, monthly"}, {"target", "99.5"}, {"unit", "%"}, {"exceptions", "planned maintenance"}}}});
        avail = ok(s, {{"op", "kpi.create"}, {"sla_target", sla}, {"fields", {{"name", "可用性"}, {"unit", "%"}, {"target", "99.5"}, {"threshold", "99.0"}}}});
        response = ok(s, {{"op", "kpi.create"}, {"service", service},
                          {"fields", {{"name", "P1 response"}, {"unit", "h"}, {"target", "4"}, {"threshold", "6"}, {"better", "lower"}, {"frequency", "quarterly"}}}});
    }
    std::string record(const std::string& kpi, const std::string& period, const std::string& value) {
        return ok(s, {{"op", "measurement.record"}, {"kpi", kpi}, {"period", period}, {"value", value}});
    }
    const pf::Kpi& kpi(const std::string& id) { return *s.workspace().entities<pf::Kpi>().find(id); }
};

} // namespace

TEST_CASE("performance/periods: the four forms, ones that do not exist refused, what lies within what") {
    using pf::Frequency;
    CHECK(pf::parsePeriod("2026-03") == pf::Period{Frequency::Monthly, 2026, 3});
    CHECK(pf::parsePeriod("2026-Q4") == pf::Period{Frequency::Quarterly, 2026, 4});
    CHECK(pf::parsePeriod("2026-W53") == pf::Period{Frequency::Weekly, 2026, 53}); // 2026 starts on a Thursday: 53 weeks
    CHECK(pf::parsePeriod("2026") == pf::Period{Frequency::Yearly, 2026, 0});
    for (const char* bad : {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "2025-W53", "2026-W00", "26-03", "2026/03", "March", "", "2026-3", "2026-03-01"})
        CHECK_MESSAGE(!pf::parsePeriod(bad), bad);
    CHECK(pf::periodWithin(*pf::parsePeriod("2026-02"), *pf::parsePeriod("2026-Q1")));
    CHECK(pf::periodWithin(*pf::parsePeriod("2026-W06"), *pf::parsePeriod("2026-Q1")));
    CHECK(!pf::periodWithin(*pf::parsePeriod("2026-04"), *pf::parsePeriod("2026-Q1")));
    CHECK(pf::periodWithin(*pf::parsePeriod("2026-Q3"), *pf::parsePeriod("2026")));
    CHECK(pf::periodText(*pf::periodOf(Frequency::Weekly, "2027-01-01")) == "2026-W53"); // a Friday in the last week of 2026
    CHECK(pf::periodText(*pf::periodOf(Frequency::Weekly, "2026-01-01")) == "2026-W01");
    CHECK(pf::periodText(*pf::periodOf(Frequency::Quarterly, "2026-12-07")) == "2026-Q4");
    CHECK(pf::periodLess(*pf::parsePeriod("2026-09"), *pf::parsePeriod("2026-10")));
    CHECK(pf::periodLess(*pf::parsePeriod("2026-10"), *pf::parsePeriod("2026-Q4"))); // same first day: the shorter first
}

TEST_CASE("performance/KPI targets evaluated for both directions, with and without a threshold") {
    pf::Kpi up;
    up.target = "99.5";
    up.threshold = "99.0";
    CHECK(pf::evaluate(up, 99.6) == pf::Result::Met);
    CHECK(pf::evaluate(up, 99.5) == pf::Result::Met);
    CHECK(pf::evaluate(up, 99.2) == pf::Result::AtRisk);
    CHECK(pf::evaluate(up, 99.0) == pf::Result::AtRisk);
    CHECK(pf::evaluate(up, 98.9) == pf::Result::Missed);
    up.threshold.clear();
    CHECK(pf::evaluate(up, 99.2) == pf::Result::Missed); // no threshold: short of the target is missed
    pf::Kpi down;
    down.better = pf::Better::Lower;
    down.target = "4";
    down.threshold = "6";
    CHECK(pf::evaluate(down, 3) == pf::Result::Met);
    CHECK(pf::evaluate(down, 4) == pf::Result::Met);
    CHECK(pf::evaluate(down, 5.5) == pf::Result::AtRisk);
    CHECK(pf::evaluate(down, 7) == pf::Result::Missed);
    down.target = "";
    CHECK(pf::evaluate(down, 1) == pf::Result::NoData);
    // Refused: a threshold on the good side of the target, a target that is not a number.
    session::Session s = test::openSession();
    CHECK(code(run(s, {{"op", "kpi.create"}, {"fields", {{"name", "x"}, {"unit", "%"}, {"target", "99"}, {"threshold", "99.5"}}}})) == "KpiInvalid");
    CHECK(code(run(s, {{"op", "kpi.create"}, {"fields", {{"name", "x"}, {"unit", "h"}, {"target", "4"}, {"threshold", "2"}, {"better", "lower"}}}})) == "KpiInvalid");
    CHECK(code(run(s, {{"op", "kpi.create"}, {"fields", {{"name", "x"}, {"unit", "%"}, {"target", "99,5"}}}})) == "KpiInvalid");
    CHECK(code(run(s, {{"op", "kpi.create"}, {"fields", {{"name", "x"}, {"unit", "%"}, {"target", "99"}, {"frequency", "daily"}}}})) == "UnknownChoice");
    CHECK(s.workspace().entities<pf::Kpi>().all().empty());
}

TEST_CASE("performance/one measurement per period: recorded, changed, refused when the period or value is wrong; undo and redo") {
    Fixture f;
    const std::string m = f.record(f.avail, "2026-01", "99.7");
    CHECK(f.record(f.avail, "2026-01", "99.1") == m); // the same period: its value changed
    CHECK(f.s.workspace().entities<pf::Measurement>().size() == 1);
    CHECK(f.s.workspace().entities<pf::Measurement>().find(m)->value == "99.1");
    CHECK(f.s.undo());
    CHECK(f.s.workspace().entities<pf::Measurement>().find(m)->value == "99.7");
    CHECK(f.s.redo());
    // Bad input: nothing changed, the rule named.
    const std::string before = exchange::exportKanriJson(f.s.workspace(), {"t", "t"});
    CHECK(code(run(f.s, {{"op", "measurement.record"}, {"kpi", f.avail}, {"period", "2026-13"}, {"value", "99"}})) == "MeasurementPeriod");
    CHECK(code(run(f.s, {{"op", "measurement.record"}, {"kpi", f.avail}, {"period", "2026-Q1"}, {"value", "99"}})) == "MeasurementPeriod"); // monthly KPI
    CHECK(code(run(f.s, {{"op", "measurement.record"}, {"kpi", f.avail}, {"period", "2026-02"}, {"value", "high"}})) == "MeasurementInvalid");
    CHECK(code(run(f.s, {{"op", "measurement.record"}, {"kpi", "KPI-404"}, {"period", "2026-02"}, {"value", "99"}})) == "UnknownId");
    const json missing = run(f.s, {{"op", "measurement.record"}, {"kpi", f.avail}, {"period", "2026-02"}});
    CHECK(missing["path"] == "/value");
    CHECK(exchange::exportKanriJson(f.s.workspace(), {"t", "t"}) == before);
    // The KPI's standing: its latest value and how many missed.
    f.record(f.avail, "2026-02", "98.0");
    f.record(f.avail, "2026-03", "99.6");
    const pf::PerformanceIndex index(f.s.workspace());
    const pf::KpiStanding st = pf::standing(index, f.kpi(f.avail));
    CHECK(st.latest->period == "2026-03");
    CHECK(st.result == pf::Result::Met);
    CHECK(st.measured == 3);
    CHECK(st.missed == 1);
    CHECK(st.atRisk == 1);
}

TEST_CASE("performance/objective achievement computed from its KPIs' latest values") {
    Fixture f;
    const std::string o = ok(f.s, {{"op", "objective.create"}, {"kpis", {f.avail, f.response}},
                                   {"fields", {{"title", "Reliable portal"}, {"measure", "99.5 % monthly, P1 answered in 4 h"}, {"due", "2027-03-31"}, {"owner", "Sato"}}}});
    auto achieved = [&] { return query(f.s, "objectives")["result"][0]["achievement"].get<std::string>(); };
    CHECK(achieved() == "no_data");
    f.record(f.avail, "2026-01", "99.8");
    CHECK(achieved() == "at_risk"); // one KPI not measured yet
    f.record(f.response, "2026-Q1", "3");
    CHECK(achieved() == "met");
    f.record(f.response, "2026-Q2", "9");
    CHECK(achieved() == "missed");
    ok(f.s, {{"op", "objective.kpis"}, {"id", o}, {"kpis", {f.avail}}});
    CHECK(achieved() == "met");
    CHECK(code(run(f.s, {{"op", "objective.create"}, {"fields", {{"title", "x"}, {"due", "2027-02-30"}}}})) == "InvalidDate");
    CHECK(code(run(f.s, {{"op", "objective.create"}, {"kpis", {"KPI-404"}}, {"fields", {{"title", "x"}}}})) == "UnknownId");
}

TEST_CASE("performance/supplier targets beside the SLA target they support, a weaker one flagged") {
    Fixture f;
    const json services = query(f.s, "services")["result"];
    REQUIRE(services.size() == 1);
    const json target = services[0]["sla_targets"][0];
    CHECK(target["kpis"] == json::array({f.avail}));
    REQUIRE(target["supporting"].size() == 2);
    CHECK(target["supporting"][0]["comparable"] == true); // % and higher-is-better, like the SLA's
    CHECK(target["supporting"][0]["weaker"] == true);     // 99.0 against 99.5
    CHECK(target["supporting"][1]["comparable"] == false); // hours, lower is better
    ok(f.s, {{"op", "supplier.update"}, {"id", f.supplier}, {"fields", {{"target.1.supplier", "99.9"}}}});
    CHECK(query(f.s, "services")["result"][0]["sla_targets"][0]["supporting"][0]["weaker"] == false);
    // Without the dependency, nothing supports it.
    ok(f.s, {{"op", "service.suppliers"}, {"id", f.service}, {"suppliers", json::array()}});
    CHECK(query(f.s, "services")["result"][0]["sla_targets"][0]["supporting"].empty());
}

TEST_CASE("performance/the service report for a quarter: targets against actuals, CSV and Markdown with Japanese") {
    Fixture f;
    ok(f.s, {{"op", "sla.create"}, {"service", f.service}, {"fields", {{"name", "解決時間"}, {"measure", "resolution_time"}, {"target", "8"}, {"unit", "h"}, {"better", "lower"}}}});
    f.record(f.avail, "2026-01", "99.9");
    f.record(f.avail, "2026-02", "99.2");
    f.record(f.avail, "2026-03", "99.7");
    f.record(f.avail, "2026-04", "90.0"); // the next quarter: not in the report
    f.record(f.response, "2026-Q1", "7");
    const json r = query(f.s, "service.report", {{"service", f.service}, {"period", "2026-Q1"}})["result"];
    REQUIRE(r["lines"].size() == 3);
    CHECK(r["lines"][0]["kpi"] == f.avail);
    CHECK(r["lines"][0]["values"].size() == 3);
    CHECK(r["lines"][0]["at_risk"] == 1);
    CHECK(r["lines"][0]["result"] == "at_risk");
    CHECK(r["lines"][1]["kpi"] == "");      // the resolution target: no KPI evidences it
    CHECK(r["lines"][1]["result"] == "no_data");
    CHECK(r["lines"][2]["sla_target"] == ""); // the service's own KPI
    CHECK(r["lines"][2]["result"] == "missed");
    CHECK(r["counts"] == json{{"met", 0}, {"at_risk", 1}, {"missed", 1}, {"no_data", 1}});
    const std::string csv = query(f.s, "service.report", {{"service", f.service}, {"period", "2026-Q1"}, {"format", "csv"}})["result"];
    CHECK(csv.rfind("\xEF\xBB\xBF" "service,period,sla_target,", 0) == 0);
    CHECK(csv.find("2026-01 99.9; 2026-02 99.2; 2026-03 99.7") != std::string::npos);
    CHECK(csv.find("顧客ポータル") != std::string::npos);
    const std::string md = query(f.s, "service.report", {{"service", f.service}, {"period", "2026-Q1"}, {"format", "markdown"}, {"lang", "ja"}})["result"];
    CHECK(md.rfind("## 顧客ポータル — 2026-Q1", 0) == 0);
    CHECK(md.find("| Availability, monthly | 99.5 % | 可用性 | 2026-01: 99.9, 2026-02: 99.2, 2026-03: 99.7 | 要注意 |") != std::string::npos);
    CHECK(md.find("| 解決時間 | 8 h | — |  | データなし |") != std::string::npos);
    CHECK(query(f.s, "service.report", {{"service", f.service}, {"period", "2026-Q9"}})["result"].is_null());
}

TEST_CASE("performance/measurements from CSV: every row checked, all or nothing; then added and changed as one edit") {
    Fixture f;
    f.record(f.avail, "2026-01", "99.0");
    const std::string before = exchange::exportKanriJson(f.s.workspace(), {"t", "t"});
    const std::string bad = "kpi,period,value,unit,note\r\n" + f.avail + ",2026-02,99.9,%,ok\r\n" + f.avail + ",2026-13,99.9,,\r\n" + f.avail +
                            ",2026-03,ninety,,\r\n" + f.avail + ",2026-04,99.9,h,\r\nKPI-404,2026-05,1,,\r\n" + f.avail + ",2026-02,99.8,,again\r\n";
    exchange::MeasurementCsvImport in = exchange::importMeasurementsCsv(bad, f.s.workspace());
    REQUIRE(!in.command);
    REQUIRE(in.errors.size() == 5);
    CHECK(in.errors[0].line == 3);
    CHECK(in.errors[0].column == "period");
    CHECK(in.errors[0].error.code == ErrorCode::MeasurementPeriod);
    CHECK(in.errors[1].error.code == ErrorCode::MeasurementInvalid);
    CHECK(in.errors[2].error.code == ErrorCode::MeasurementUnit);
    CHECK(in.errors[3].error.code == ErrorCode::UnknownId);
    CHECK(in.errors[4].error.code == ErrorCode::DuplicateId);
    // Through the dispatcher: refused at /csv with the first problem's line; nothing changed.
    const json refused = run(f.s, {{"op", "measurement.import_csv"}, {"csv", bad}});
    CHECK(refused["ok"] == false);
    CHECK(refused["path"] == "/csv");
    CHECK(refused["error"].get<std::string>().find("line 3") != std::string::npos);
    CHECK(exchange::exportKanriJson(f.s.workspace(), {"t", "t"}) == before);
    // Unknown columns would drop data: refused too; the written-only ones are ignored.
    CHECK(exchange::importMeasurementsCsv("kpi,period,value,comment\r\nKPI-001,2026-02,1,x\r\n", f.s.workspace()).errors.front().error.code == ErrorCode::CsvColumns);
    // A good file: one changed (2026-01), two added, as one undoable edit; read back from an export.
    const std::string good = "\xEF\xBB\xBF" "kpi,kpi_name,period,value,unit,result,note\r\n" + f.avail + ",可用性,2026-01,99.6,%,met,計画停止を除く\r\n" + f.avail +
                             ",,2026-02,99.2,,,\r\n" + f.response + ",,2026-Q1,3.5,h,,\r\n";
    in = exchange::importMeasurementsCsv(good, f.s.workspace());
    REQUIRE_MESSAGE(in.command, (in.errors.empty() ? "" : in.errors.front().error.detail));
    CHECK(in.added == 2);
    CHECK(in.changed == 1);
    REQUIRE(f.s.execute(std::move(in.command)));
    CHECK(f.s.workspace().entities<pf::Measurement>().size() == 3);
    const std::string out = exchange::measurementsCsv(f.s.workspace());
    CHECK(out.find(f.avail + ",可用性,2026-01,99.6,%,met,計画停止を除く\r\n") != std::string::npos);
    CHECK(out.find(f.avail + ",可用性,2026-02,99.2,%,at_risk,\r\n") != std::string::npos);
    CHECK(f.s.undo());
    CHECK(f.s.workspace().entities<pf::Measurement>().size() == 1);
    CHECK(f.s.workspace().entities<pf::Measurement>().all()[0].value == "99.0");
    // The exported file imports back unchanged in meaning.
    CHECK(f.s.redo());
    in = exchange::importMeasurementsCsv(exchange::measurementsCsv(f.s.workspace()), f.s.workspace());
    REQUIRE(in.command);
    CHECK(in.changed == 3);
    CHECK(in.added == 0);
}

TEST_CASE("performance/a missed value raises a nonconformity or an opportunity, linked to it, once") {
    Fixture f;
    const std::string good = f.record(f.avail, "2026-01", "99.9");
    const std::string missed = f.record(f.avail, "2026-02", "97.0");
    const std::string risky = f.record(f.response, "2026-Q1", "5");
    CHECK(code(run(f.s, {{"op", "measurement.raise"}, {"id", good}, {"as", "nonconformity"}})) == "MeasurementNotMissed");
    CHECK(code(run(f.s, {{"op", "measurement.raise"}, {"id", missed}, {"as", "complaint"}})) == "UnknownChoice");
    const std::string nc = ok(f.s, {{"op", "measurement.raise"}, {"id", missed}, {"as", "nonconformity"}});
    const auto* n = f.s.workspace().entities<model::improvement::Nonconformity>().find(nc);
    REQUIRE(n);
    CHECK(n->source == model::improvement::NcSource::KpiMiss);
    CHECK(n->sourceRef == f.avail + " / 2026-02");
    CHECK(n->title == "可用性: 97.0 % (2026-02; target 99.5 %)");
    CHECK(n->detectedOn == "2026-12-02");
    bool clause833 = false;
    for (const model::Link& l : f.s.workspace().linksFrom({"nonconformity", nc})) clause833 |= l.relation == "nonconformity.clause" && l.to.id == "8.3.3";
    CHECK(clause833); // an SLA target's KPI: service level management
    CHECK(code(run(f.s, {{"op", "measurement.raise"}, {"id", missed}, {"as", "opportunity"}})) == "AlreadyRaised");
    const std::string ofi = ok(f.s, {{"op", "measurement.raise"}, {"id", risky}, {"as", "opportunity"}});
    CHECK(f.s.workspace().entities<model::improvement::Opportunity>().find(ofi)->source == model::improvement::OfiSource::SlaMiss);
    const json kpis = query(f.s, "kpis")["result"];
    CHECK(kpis[0]["measurements"][1]["raised"] == json{{"kind", "nonconformity"}, {"id", nc}});
    // What was raised keeps its measurement and KPI; undone, both can go.
    CHECK(code(run(f.s, {{"op", "kpi.remove"}, {"id", f.avail}})) == "StillLinked");
    CHECK(code(run(f.s, {{"op", "measurement.remove"}, {"id", missed}})) == "StillLinked");
    CHECK(f.s.undo());
    CHECK(f.s.undo());
    ok(f.s, {{"op", "kpi.remove"}, {"id", f.avail}});
    CHECK(f.s.workspace().entities<pf::Measurement>().size() == 1);
    CHECK(f.s.undo());
    CHECK(f.s.workspace().entities<pf::Measurement>().size() == 3);
}

TEST_CASE("performance/a service goes with its SLA targets; KPIs stay, unlinked; undo puts everything back") {
    Fixture f;
    CHECK(code(run(f.s, {{"op", "entity.remove"}, {"kind", "service"}, {"id", f.service}})) == "StillLinked");
    ok(f.s, {{"op", "service.remove"}, {"id", f.service}});
    CHECK(f.s.workspace().entities<pf::SlaTarget>().all().empty());
    CHECK(f.s.workspace().entities<pf::Kpi>().size() == 2);
    CHECK(query(f.s, "kpis")["result"][0]["sla_target"] == "");
    CHECK(f.s.undo());
    CHECK(query(f.s, "kpis")["result"][0]["sla_target"] == f.sla);
    CHECK(query(f.s, "kpis")["result"][0]["service"] == f.service);
    // What a KPI evidences, changed in one edit.
    ok(f.s, {{"op", "kpi.subject"}, {"id", f.avail}, {"service", f.service}});
    CHECK(query(f.s, "kpis")["result"][0]["sla_target"] == "");
    CHECK(query(f.s, "kpis")["result"][0]["service"] == f.service);
    CHECK(code(run(f.s, {{"op", "service.create"}, {"fields", {{"name", " "}}}})) == "TitleMissing");
    CHECK(code(run(f.s, {{"op", "sla.create"}, {"service", f.service}, {"fields", {{"name", "x"}, {"target", "soon"}}}})) == "TargetInvalid");
    CHECK(code(run(f.s, {{"op", "sla.create"}, {"service", "SVC-404"}, {"fields", {{"name", "x"}, {"target", "1"}}}})) == "UnknownId");
}

TEST_CASE("performance/stored and reloaded; a JSON round trip keeps services, targets, KPIs, measurements, objectives and links") {
    test::TempFile file("performance");
    json services, kpis, objectives;
    {
        session::Session s = test::openSession(file.path());
        const std::string svc = ok(s, {{"op", "service.create"}, {"fields", {{"name", "ヘルプデスク"}, {"status", "live"}}}});
        const std::string sla = ok(s, {{"op", "sla.create"}, {"service", svc}, {"fields", {{"name", "応答"}, {"target", "15"}, {"unit", "min"}, {"better", "lower"}}}});
        const std::string k = ok(s, {{"op", "kpi.create"}, {"sla_target", sla}, {"fields", {{"name", "一次応答"}, {"unit", "min"}, {"target", "15"}, {"better", "lower"}, {"frequency", "weekly"}}}});
        ok(s, {{"op", "measurement.record"}, {"kpi", k}, {"period", "2026-W49"}, {"value", "12"}, {"note", "繁忙期"}});
        ok(s, {{"op", "objective.create"}, {"kpis", {k}}, {"fields", {{"title", "迅速な応答"}, {"due", "2027-03-31"}}}});
        services = query(s, "services")["result"];
        kpis = query(s, "kpis")["result"];
        objectives = query(s, "objectives")["result"];
    }
    session::Session s = test::openSession(file.path());
    CHECK(query(s, "services")["result"] == services);
    CHECK(query(s, "kpis")["result"] == kpis);
    CHECK(query(s, "objectives")["result"] == objectives);
    CHECK(objectives[0]["achievement"] == "met");
    const std::string exported = exchange::exportKanriJson(s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    session::Session t = test::openSession();
    REQUIRE(t.importJson(exported));
    CHECK(query(t, "kpis")["result"] == kpis);
    CHECK(exchange::exportKanriJson(t.workspace(), {"2026-12-02T10:00:00Z", "test"}) == exported);
    // An imported measurement that is not a number, or a link to a KPI that is not there, is refused whole.
    json doc = json::parse(exported);
    for (json& e : doc["entities"]["measurement"]) e["fields"]["value"] = "twelve";
    CHECK(!test::openSession().importJson(doc.dump()));
}
