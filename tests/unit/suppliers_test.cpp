// Suppliers and the responsibility matrices: letters, every validation rule with a fixture
// that triggers it and one that does not, the six CCM ownership categories, the 8.2.3 rule
// across a scope, every template row clear of the error rules, the workshop's key sequence on
// the model (toggle, agree, undo), removing a party, sign-off freezing the agreed copy, the
// supplier register's flags, storage after reopening and the JSON round trip.
#include "automation/dispatcher.hpp"
#include "exchange/kanri_json.hpp"
#include "exchange/suppliers_csv.hpp"
#include "model/commands.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/suppliers/commands.hpp"
#include "model/suppliers/review.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "session_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kanri;
namespace sup = model::suppliers;

namespace {

using test::g_now;
session::Session open(const std::string& path = "") { return test::openSession(path); }



// A matrix from a built-in template; returns its id.
std::string fromTemplate(session::Session& s, sup::ServiceModel model, std::string scope = "Portal", sup::TemplateLang lang = sup::En) {
    const std::string id = s.workspace().nextId(sup::RaciMatrix::kKind);
    REQUIRE(s.execute(sup::createMatrix(sup::builtInTemplate(model, lang), std::move(scope))));
    return id;
}

// A matrix with the parties given ("ORG:organization CSP:supplier ...") and rows of cells.
std::string matrix(session::Session& s, std::vector<sup::Party> parties, std::vector<std::vector<std::pair<std::string, std::string>>> rows,
                   std::string scope = "S") {
    sup::MatrixDraft d;
    d.matrix.title = "M";
    d.matrix.parties = std::move(parties);
    int64_t order = 0;
    for (const auto& cells : rows) {
        sup::RaciRow r;
        r.order = ++order;
        r.group = "8.6.1";
        r.activity = "Row " + std::to_string(order);
        for (const auto& [party, letters] : cells) {
            sup::Letters l = 0;
            REQUIRE(sup::parseLetters(letters, l));
            r.set(party, l);
        }
        d.rows.push_back(std::move(r));
    }
    const std::string id = s.workspace().nextId(sup::RaciMatrix::kKind);
    REQUIRE(s.execute(sup::createMatrix(std::move(d), std::move(scope))));
    return id;
}

sup::Party org() { return {"ORG", "Us", sup::PartyKind::Organization, "", "", ""}; }
sup::Party csp(std::string contract = "C-1") { return {"CSP", "Cloud", sup::PartyKind::Supplier, "", "", std::move(contract)}; }
sup::Party cust() { return {"CUST", "Customer", sup::PartyKind::Customer, "", "", ""}; }
sup::Party tp() { return {"TP", "Data centre", sup::PartyKind::ThirdParty, "", "CSP", "C-2"}; }

sup::MatrixCheck check(session::Session& s, const std::string& id) {
    const sup::RaciMatrix* m = s.workspace().entities<sup::RaciMatrix>().find(id);
    REQUIRE(m);
    return sup::checkMatrix(s.workspace(), *m, sup::rowsOf(s.workspace(), id));
}

int count(const sup::MatrixCheck& c, sup::Rule rule) {
    return static_cast<int>(std::count_if(c.problems.begin(), c.problems.end(), [&](const sup::Problem& p) { return p.rule == rule; }));
}

const sup::RaciRow* row(session::Session& s, const std::string& matrixId, size_t index) { return sup::rowsOf(s.workspace(), matrixId).at(index); }

} // namespace

TEST_CASE("suppliers/letters: any order and separators in, A R C I out; unknown letters and a letter twice refused") {
    sup::Letters l = 0;
    CHECK(sup::parseLetters("A/R", l));
    CHECK(sup::lettersText(l) == "AR");
    CHECK(sup::parseLetters("r a", l));
    CHECK(sup::lettersText(l) == "AR");
    CHECK(sup::parseLetters("ic", l));
    CHECK(sup::lettersText(l) == "CI");
    CHECK(sup::parseLetters("", l));
    CHECK(l == 0);
    CHECK(sup::parseLetters("RX", l).error().code == ErrorCode::RaciLetterUnknown);
    CHECK(sup::parseLetters("S", l).error().code == ErrorCode::RaciLetterUnknown);
    CHECK(sup::parseLetters("A/A", l).error().code == ErrorCode::RaciLetterTwice);
    // Through the generic put: a row's cell of unknown letters is refused with that error.
    session::Session s = open();
    const std::string m = matrix(s, {org(), csp()}, {{{"ORG", "A"}, {"CSP", "R"}}});
    const std::string r = row(s, m, 0)->id;
    CHECK(s.execute(model::patchFields("raci_row", r, {{"cell.CSP", "RQ"}})).error().code == ErrorCode::RaciLetterUnknown);
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "R");
    CHECK(s.execute(sup::setLetters(r, "NOPE", sup::R)).error().code == ErrorCode::RaciPartyUnknown);
}

TEST_CASE("suppliers/each validation rule: a fixture that triggers it and one that does not") {
    session::Session s = open();
    using Rule = sup::Rule;
    SUBCASE("one A per applicable row") {
        auto none = check(s, matrix(s, {org(), csp()}, {{{"ORG", "R"}, {"CSP", "R"}}}));
        auto two = check(s, matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "A"}}}));
        auto good = check(s, matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}}));
        CHECK(count(none, Rule::OneAccountable) == 1);
        CHECK(count(two, Rule::OneAccountable) == 1);
        CHECK(two.problems.front().detail == "2 × A: ORG, CSP");
        CHECK(count(good, Rule::OneAccountable) == 0);
        CHECK(two.errors >= 1);
    }
    SUBCASE("at least one R") {
        CHECK(count(check(s, matrix(s, {org(), csp()}, {{{"ORG", "A"}, {"CSP", "C"}}})), Rule::OneResponsible) == 1);
        CHECK(count(check(s, matrix(s, {org(), csp()}, {{{"ORG", "A"}, {"CSP", "R"}}})), Rule::OneResponsible) == 0);
    }
    SUBCASE("C and I in one cell is a warning") {
        auto c = check(s, matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "CI"}}}));
        CHECK(count(c, Rule::ConsultedInformed) == 1);
        CHECK(sup::severityOf(Rule::ConsultedInformed) == sup::Severity::Warning);
        CHECK(count(check(s, matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}})), Rule::ConsultedInformed) == 0);
    }
    SUBCASE("not applicable needs a reason; its letter rules do not apply") {
        const std::string m = matrix(s, {org(), csp()}, {{{"CSP", "C"}}});
        const std::string r = row(s, m, 0)->id;
        REQUIRE(s.execute(model::patchFields("raci_row", r, {{"applicable", "no"}})));
        auto c = check(s, m);
        CHECK(count(c, Rule::NaNeedsReason) == 1);
        CHECK(count(c, Rule::OneAccountable) == 0);
        CHECK(c.ownership[0] == sup::Ownership::NotApplicable);
        REQUIRE(s.execute(model::patchFields("raci_row", r, {{"na_reason", "No customer data is kept"}})));
        CHECK(count(check(s, m), Rule::NaNeedsReason) == 0);
    }
    SUBCASE("the organisation without a letter in an in-scope row") {
        const std::string m = matrix(s, {org(), csp()}, {{{"CSP", "AR"}}, {{"CSP", "AR"}, {"ORG", "I"}}});
        auto c = check(s, m);
        CHECK(count(c, Rule::OrgWithoutLetter) == 1);
        CHECK(c.problems.front().row == row(s, m, 0)->id);
        REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 0)->id, {{"in_scope", "no"}})));
        CHECK(count(check(s, m), Rule::OrgWithoutLetter) == 0);
        // Outside the service as sold but inside the SMS scope: still the organisation's concern.
        REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 0)->id, {{"in_scope", ""}, {"sold", "no"}})));
        CHECK(count(check(s, m), Rule::OrgWithoutLetter) == 1);
        // A matrix without any organisation party at all: one problem of the matrix itself.
        auto none = check(s, matrix(s, {csp(), cust()}, {{{"CSP", "AR"}, {"CUST", "I"}}}));
        CHECK(count(none, Rule::OrgWithoutLetter) == 1);
        CHECK(std::any_of(none.problems.begin(), none.problems.end(), [](const sup::Problem& p) { return p.rule == Rule::OrgWithoutLetter && p.row.empty(); }));
    }
    SUBCASE("letters for a party the matrix does not have") {
        const std::string m = matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}});
        CHECK(count(check(s, m), Rule::UnknownParty) == 0);
        // An imported or hand-written row may name a party the matrix has not got.
        REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 0)->id, {{"cell.GHOST", "R"}})));
        auto c = check(s, m);
        REQUIRE(count(c, Rule::UnknownParty) == 1);
        CHECK(sup::severityOf(Rule::UnknownParty) == sup::Severity::Error);
        const auto p = std::find_if(c.problems.begin(), c.problems.end(), [](const sup::Problem& q) { return q.rule == Rule::UnknownParty; });
        CHECK(p->party == "GHOST");
        CHECK(p->detail == "R");
    }
    SUBCASE("a supplier holding R or A without a contract reference") {
        CHECK(count(check(s, matrix(s, {org(), csp("")}, {{{"ORG", "A"}, {"CSP", "R"}}})), Rule::NoContract) == 1);
        CHECK(count(check(s, matrix(s, {org(), csp("C-9")}, {{{"ORG", "A"}, {"CSP", "R"}}})), Rule::NoContract) == 0);
        // The row's own reference, or the register's contract of the party's supplier, counts.
        const std::string m = matrix(s, {org(), csp("")}, {{{"ORG", "A"}, {"CSP", "R"}}});
        REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 0)->id, {{"evidence", "SLA §4"}})));
        CHECK(count(check(s, m), Rule::NoContract) == 0);
        REQUIRE(s.execute(sup::createSupplier({{"name", "Cloud Inc."}, {"contract_ref", "C-2024-013"}})));
        sup::Party linked = csp("");
        linked.supplier = "SUP-001";
        CHECK(count(check(s, matrix(s, {org(), linked}, {{{"ORG", "A"}, {"CSP", "R"}}})), Rule::NoContract) == 0);
    }
    SUBCASE("an unused party, and an accountability concentration, are info") {
        auto c = check(s, matrix(s, {org(), csp(), cust()}, {{{"ORG", "AR"}, {"CUST", "I"}}}));
        CHECK(count(c, Rule::UnusedParty) == 2);
        CHECK(c.infos >= 2);
        std::vector<std::vector<std::pair<std::string, std::string>>> rows(5, {{"CSP", "AR"}, {"ORG", "R"}});
        rows.push_back({{"ORG", "AR"}, {"CSP", "C"}});
        auto heavy = check(s, matrix(s, {org(), csp()}, rows));
        CHECK(count(heavy, Rule::Concentration) == 1);
        CHECK(heavy.problems.back().party == "CSP");
        CHECK(count(heavy, Rule::UnusedParty) == 0);
        // The organisation accountable for everything is what 8.2.3 asks: no concentration.
        CHECK(count(check(s, matrix(s, {org(), csp()}, std::vector(6, std::vector<std::pair<std::string, std::string>>{{"ORG", "A"}, {"CSP", "R"}}))),
                    Rule::Concentration) == 0);
    }
    SUBCASE("a group that is not a clause, a CCM id CCM v4 does not have") {
        const std::string m = matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}});
        const std::string r = row(s, m, 0)->id;
        CHECK(count(check(s, m), Rule::UnknownGroup) == 0);
        REQUIRE(s.execute(model::patchFields("raci_row", r, {{"group", "8.5.1/8.99"}, {"ccm", "STA-04 SEF-05 STA-15 XYZ-01"}})));
        auto c = check(s, m);
        CHECK(count(c, Rule::UnknownGroup) == 1);
        CHECK(count(c, Rule::UnknownCcm) == 2);
        CHECK(sup::validCcmId("A&A-06"));
        CHECK(!sup::validCcmId("A&A-07"));
        CHECK(sup::validCcmId("CEK-21"));
        CHECK(!sup::validCcmId("STA-4"));
    }
    SUBCASE("the customer holding R on part of the service as sold") {
        CHECK(count(check(s, matrix(s, {org(), cust()}, {{{"ORG", "A"}, {"CUST", "R"}}})), Rule::CustomerResponsible) == 1);
        CHECK(count(check(s, matrix(s, {org(), cust()}, {{{"ORG", "AR"}, {"CUST", "C"}}})), Rule::CustomerResponsible) == 0);
        // Not part of the service as sold (the customer's own activity): no hidden obligation,
        // and the organisation's rule is not silenced by it.
        const std::string m = matrix(s, {org(), cust()}, {{{"CUST", "AR"}}});
        REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 0)->id, {{"sold", "no"}})));
        auto c = check(s, m);
        CHECK(count(c, Rule::CustomerResponsible) == 0);
        CHECK(count(c, Rule::OrgWithoutLetter) == 1);
        CHECK(!row(s, m, 0)->sold);
        CHECK(row(s, m, 0)->inScope);
    }
}

TEST_CASE("suppliers/the six CCM ownership categories derived from the letters") {
    session::Session s = open();
    const std::string m = matrix(s, {org(), csp(), tp(), cust()},
                                 {{{"CSP", "AR"}, {"ORG", "I"}},               // CSP-owned
                                  {{"ORG", "AR"}, {"CSP", "I"}},               // CSC-owned
                                  {{"CSP", "A"}, {"TP", "R"}, {"ORG", "I"}},   // third-party outsourced
                                  {{"ORG", "AR"}, {"CSP", "R"}},               // shared CSP–CSC
                                  {{"CSP", "AR"}, {"TP", "R"}, {"ORG", "I"}},  // shared CSP–third party
                                  {{"ORG", "A"}, {"CSP", "R"}},                // CSP-owned (the organisation accountable)
                                  {{"CSP", "C"}}});                            // not applicable
    REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 6)->id, {{"applicable", "no"}, {"na_reason", "Not offered"}})));
    using O = sup::Ownership;
    const std::vector<O> expected = {O::CspOwned, O::CscOwned, O::ThirdPartyOutsourced, O::SharedCspCsc, O::SharedCspThirdParty, O::CspOwned, O::NotApplicable};
    CHECK(check(s, m).ownership == expected);
}

TEST_CASE("suppliers/8.2.3 across a scope: others holding every R of every matrix is an error") {
    session::Session s = open();
    const std::string a = matrix(s, {org(), csp()}, {{{"ORG", "A"}, {"CSP", "R"}}}, "Portal");
    CHECK(count(check(s, a), sup::Rule::SmsNotOperated) == 1);
    CHECK(sup::severityOf(sup::Rule::SmsNotOperated) == sup::Severity::Error);
    // Another matrix of another scope does not help; one of the same scope does.
    const std::string b = matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}}, "Intranet");
    CHECK(count(check(s, a), sup::Rule::SmsNotOperated) == 1);
    CHECK(count(check(s, b), sup::Rule::SmsNotOperated) == 0);
    const std::string c = matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}}, "Portal");
    CHECK(count(check(s, a), sup::Rule::SmsNotOperated) == 0);
    CHECK(count(check(s, c), sup::Rule::SmsNotOperated) == 0);
    // Matrices without a scope stand alone: one where the organisation works does not cover another.
    const std::string d = matrix(s, {org(), csp()}, {{{"ORG", "A"}, {"CSP", "R"}}}, "");
    (void)matrix(s, {org(), csp()}, {{{"ORG", "AR"}, {"CSP", "C"}}}, "");
    CHECK(count(check(s, d), sup::Rule::SmsNotOperated) == 1);
}

TEST_CASE("suppliers/every template row passes the error rules, in English and Japanese") {
    session::Session s = open();
    CHECK(sup::templateRows().size() == 32);
    for (sup::ServiceModel model : {sup::ServiceModel::IaaS, sup::ServiceModel::PaaS, sup::ServiceModel::SaaS})
        for (sup::TemplateLang lang : {sup::En, sup::Ja}) {
            const std::string m = fromTemplate(s, model, "Portal", lang);
            const sup::MatrixCheck c = check(s, m);
            CHECK(sup::rowsOf(s.workspace(), m).size() == 32);
            CHECK(c.errors == 0);
            CHECK(count(c, sup::Rule::UnknownGroup) == 0);
            CHECK(count(c, sup::Rule::UnknownCcm) == 0);
            for (const sup::Ownership o : c.ownership) CHECK(o != sup::Ownership::None);
        }
    const sup::MatrixDraft iaas = sup::builtInTemplate(sup::ServiceModel::IaaS, sup::Ja);
    CHECK(iaas.matrix.parties[0].name == "当社 (SMS の適用範囲)");
    CHECK(iaas.rows[6].activity == "ゲスト OS のパッチ適用及び堅牢化");
    // Row 7 (guest OS) is the customer's in IaaS and the provider's in PaaS and SaaS.
    session::Session t = open();
    const std::string i = fromTemplate(t, sup::ServiceModel::IaaS), p = fromTemplate(t, sup::ServiceModel::PaaS);
    CHECK(check(t, i).ownership[6] == sup::Ownership::CscOwned);
    CHECK(check(t, p).ownership[6] == sup::Ownership::CspOwned);
    CHECK(check(t, i).ownership[4] == sup::Ownership::CspOwned);
}

TEST_CASE("suppliers/workshop keys on the model: toggle letters, agree, undo and redo") {
    session::Session s = open();
    const std::string m = fromTemplate(s, sup::ServiceModel::IaaS);
    const std::string r = row(s, m, 0)->id; // O:AR S:C
    REQUIRE(s.execute(sup::toggleLetter(r, "CSP", sup::R)));
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "RC");
    REQUIRE(s.execute(sup::toggleLetter(r, "CSP", sup::C)));
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "R");
    REQUIRE(s.execute(sup::toggleLetter(r, "CUST", sup::I)));
    REQUIRE(s.execute(sup::setAgreed(r, true)));
    CHECK(row(s, m, 0)->agreed);
    CHECK(check(s, m).agreed == 1);
    CHECK(s.undo());
    CHECK(!row(s, m, 0)->agreed);
    CHECK(s.undo());
    CHECK(row(s, m, 0)->at("CUST") == 0);
    CHECK(s.undo());
    CHECK(s.undo());
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "C");
    CHECK(s.redo());
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "RC");
    // A second A is flagged live, not refused: the A moves by two keys.
    REQUIRE(s.execute(sup::toggleLetter(r, "CSP", sup::A)));
    CHECK(count(check(s, m), sup::Rule::OneAccountable) == 1);
    REQUIRE(s.execute(sup::toggleLetter(r, "ORG", sup::A)));
    CHECK(count(check(s, m), sup::Rule::OneAccountable) == 0);
}

TEST_CASE("suppliers/rows and parties: add, move, rename, remove; a party holding the only R or the A stays") {
    session::Session s = open();
    const std::string m = matrix(s, {org(), csp(), cust()}, {{{"ORG", "A"}, {"CSP", "R"}}, {{"ORG", "AR"}, {"CUST", "I"}}});
    const std::string first = row(s, m, 0)->id, second = row(s, m, 1)->id;
    REQUIRE(s.execute(sup::addRow(m, {{"group", "8.7.2"}, {"activity", "Restore tests"}}, first)));
    CHECK(row(s, m, 1)->activity == "Restore tests");
    CHECK(row(s, m, 2)->id == second);
    REQUIRE(s.execute(sup::moveRow(second, -1)));
    CHECK(row(s, m, 1)->id == second);
    CHECK(!s.execute(sup::moveRow(first, -1)));
    CHECK(s.undo());
    CHECK(row(s, m, 2)->id == second);
    // CSP holds the only R of the first row: refused, naming it.
    const Status refused = s.execute(sup::removeParty(m, "CSP"));
    CHECK(refused.error().code == ErrorCode::RaciPartyHoldsOnly);
    CHECK(refused.error().detail.find(first) != std::string::npos);
    // The customer holds only an I: removed with its letters, in one undoable step.
    // Nor while it holds the only R of a row that does not apply now: should it apply again,
    // who does it is still known.
    const std::string third = row(s, m, 1)->id; // "Restore tests": no letters yet
    REQUIRE(s.execute(model::patchFields("raci_row", third, {{"cell.CUST", "R"}, {"applicable", "no"}, {"na_reason", "Not offered yet"}})));
    CHECK(s.execute(sup::removeParty(m, "CUST")).error().code == ErrorCode::RaciPartyHoldsOnly);
    CHECK(sup::partyRemovalBlockers(s.workspace(), m, "CUST") == std::vector<std::string>{third});
    CHECK(s.undo());
    REQUIRE(s.execute(sup::removeParty(m, "CUST")));
    CHECK(s.workspace().entities<sup::RaciMatrix>().find(m)->parties.size() == 2);
    CHECK(row(s, m, 2)->at("CUST") == 0);
    CHECK(s.undo());
    CHECK(row(s, m, 2)->at("CUST") == sup::I);
    REQUIRE(s.execute(sup::addParty(m, {"", "Backup service", sup::PartyKind::Supplier, "", "", ""})));
    CHECK(s.workspace().entities<sup::RaciMatrix>().find(m)->parties.back().code == "CSP2");
    sup::Party renamed = *sup::findParty(*s.workspace().entities<sup::RaciMatrix>().find(m), "CSP2");
    renamed.name = "バックアップ事業者";
    REQUIRE(s.execute(sup::updateParty(m, "CSP2", renamed)));
    REQUIRE(s.execute(sup::moveParty(m, "CSP2", -1)));
    const sup::RaciMatrix* now = s.workspace().entities<sup::RaciMatrix>().find(m);
    CHECK(now->parties[2].name == "バックアップ事業者");
    CHECK(now->parties[3].code == "CUST");
    // A bare remove of the matrix is refused while rows belong to it; removeMatrix takes them along.
    CHECK(s.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{"raci_matrix", m})).error().code == ErrorCode::StillLinked);
    REQUIRE(s.execute(sup::removeMatrix(m)));
    CHECK(s.workspace().entities<sup::RaciRow>().all().empty());
    CHECK(s.undo());
    CHECK(sup::rowsOf(s.workspace(), m).size() == 3);
}

TEST_CASE("suppliers/sign-off freezes the agreed copy; later edits do not change it; compared with the current matrix") {
    session::Session s = open();
    const std::string m = fromTemplate(s, sup::ServiceModel::SaaS, "Portal", sup::Ja);
    const std::string r = row(s, m, 0)->id;
    REQUIRE(s.execute(sup::setAgreed(r, true)));
    CHECK(s.execute(sup::signOff(m, "2026-12-02", {}, "")).error().code == ErrorCode::SignOffIncomplete);
    REQUIRE(s.execute(sup::signOff(m, "2026-12-02", {{"山田 花子", "サービスマネージャー", "ORG"}, {"Jane Roe", "Account manager", "CSP"}}, "")));
    const sup::SignOff* so = s.workspace().entities<sup::SignOff>().find("SO-001");
    REQUIRE(so);
    CHECK(so->participants[0].name == "山田 花子");
    REQUIRE(s.execute(sup::toggleLetter(r, "CSP", sup::R)));
    REQUIRE(s.execute(model::patchFields("raci_row", row(s, m, 1)->id, {{"notes", "変更あり"}})));
    sup::MatrixDraft frozen;
    REQUIRE(sup::decodeFrozen(s.workspace().entities<sup::SignOff>().find("SO-001")->frozen, frozen));
    CHECK(frozen.rows.size() == 32);
    CHECK(frozen.rows[0].agreed);
    CHECK(sup::lettersText(frozen.rows[0].at("CSP")) == "C");
    const sup::FrozenComparison diff = sup::compareWithFrozen(frozen, *s.workspace().entities<sup::RaciMatrix>().find(m), sup::rowsOf(s.workspace(), m));
    REQUIRE(diff.rows.size() == 2);
    CHECK(diff.rows[0].row == r);
    CHECK(diff.rows[0].fields[0].field == "cell.CSP");
    CHECK(diff.rows[0].fields[0].after == "RC");
    CHECK(diff.rows[1].fields[0].after == "変更あり");
    // Saved as a template, started again: the same rows and letters under new ids.
    REQUIRE(s.execute(sup::saveAsTemplate(m, "Our SaaS baseline")));
    const sup::SavedTemplate* t = s.workspace().entities<sup::SavedTemplate>().find("T-001");
    REQUIRE(t);
    sup::MatrixDraft again;
    REQUIRE(sup::decodeFrozen(t->frozen, again));
    const std::string copy = s.workspace().nextId("raci_matrix");
    REQUIRE(s.execute(sup::createMatrix(again, "Portal 2")));
    CHECK(sup::rowsOf(s.workspace(), copy).size() == 32);
    CHECK(sup::lettersText(row(s, copy, 0)->at("CSP")) == "RC");
    CHECK(row(s, copy, 0)->id != r);
}

TEST_CASE("suppliers/the register: flags for lapsed evidence, weaker targets, contracts past their end or review") {
    sup::Supplier x;
    x.name = "Cloud Inc.";
    x.targets = {{"Availability", "99.9", "99.95", "%", sup::Better::Higher}, {"Response", "4", "2", "h", sup::Better::Lower},
                 {"Restore", "2", "4", "h", sup::Better::Lower}};
    x.assurance = {{sup::AssuranceKind::Iso27001, "IS 12345", "2026-11-30"}, {sup::AssuranceKind::Soc2, "SOC 2 Type II 2026", "2027-01-15"},
                   {sup::AssuranceKind::Ismap, "ISMAP-0001", "2028-01-01"}};
    x.contractEnd = "2027-02-01";
    x.reviewOn = "2026-11-01";
    const sup::SupplierFlags f = sup::flagsOf(x, "2026-12-02");
    CHECK(f.assuranceLapsed == 1);
    CHECK(f.assuranceExpiring == 1);
    CHECK(f.misalignedTargets == 2);
    CHECK(!f.contractEnded);
    CHECK(f.contractEnding);
    CHECK(f.reviewOverdue);
    CHECK(!sup::misaligned(x.targets[2]));
    CHECK(sup::addDays("2026-12-31", 1) == "2027-01-01");
    CHECK(sup::addDays("2028-02-28", 1) == "2028-02-29");
    session::Session s = open();
    CHECK(s.execute(sup::createSupplier({{"name", " "}})).error().code == ErrorCode::TitleMissing);
    CHECK(s.execute(sup::createSupplier({{"name", "X"}, {"targets", "1"}, {"target.1.measure", "Avail"}, {"target.1.supplier", "99,9"}})).error().code ==
          ErrorCode::TargetInvalid);
    CHECK(s.execute(sup::createSupplier({{"name", "X"}, {"contract_end", "2026-02-30"}})).error().code == ErrorCode::InvalidDate);
    CHECK(s.execute(sup::createSupplier({{"name", "X"}, {"kind", "friend"}})).error().code == ErrorCode::UnknownChoice);
    REQUIRE(s.execute(sup::createSupplier(fieldsOf(x))));
    REQUIRE(s.execute(sup::createSupplier({{"name", "Colo DC"}, {"kind", "third_party"}}, "SUP-001")));
    CHECK(s.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{"supplier", "SUP-001"})).error().code == ErrorCode::StillLinked);
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-001")->targets == x.targets);
    // The supplier a third party is reached through changes with its link, in one undoable edit.
    REQUIRE(s.execute(sup::createSupplier({{"name", "Backup Co."}})));
    auto viaLinks = [&] {
        std::vector<std::string> out;
        for (const model::Link& l : s.workspace().linksFrom({"supplier", "SUP-002"}))
            if (l.relation == "supplier.via") out.push_back(l.to.id);
        return out;
    };
    REQUIRE(s.execute(sup::setSupplierVia("SUP-002", "SUP-003")));
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-002")->via == "SUP-003");
    CHECK(viaLinks() == std::vector<std::string>{"SUP-003"});
    CHECK(s.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{"supplier", "SUP-001"})));
    CHECK(s.undo());
    CHECK(s.execute(sup::setSupplierVia("SUP-002", "SUP-002")).error().code == ErrorCode::UnknownId);
    CHECK(s.execute(sup::setSupplierVia("SUP-002", "SUP-099")).error().code == ErrorCode::UnknownId);
    CHECK(s.undo());
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-002")->via == "SUP-001");
    CHECK(viaLinks() == std::vector<std::string>{"SUP-001"});
    REQUIRE(s.execute(sup::setSupplierVia("SUP-002", "")));
    CHECK(viaLinks().empty());
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-002")->via.empty());
    // Through the dispatcher too; a "via" among the plain fields is refused at its path.
    CHECK(test::run(s, {{"op", "supplier.via"}, {"id", "SUP-002"}, {"via", "SUP-003"}})["ok"] == true);
    CHECK(viaLinks() == std::vector<std::string>{"SUP-003"});
    CHECK(test::run(s, {{"op", "supplier.update"}, {"id", "SUP-002"}, {"fields", {{"via", "SUP-001"}}}})["path"] == "/fields/via");
    CHECK(test::run(s, {{"op", "supplier.via"}, {"id", "SUP-002"}, {"via", "SUP-404"}})["ok"] == false);
    CHECK(viaLinks() == std::vector<std::string>{"SUP-003"});
}

TEST_CASE("suppliers/storage after reopening and the Kanri JSON round trip, with Japanese text") {
    test::TempFile file("suppliers");
    std::string exported;
    {
        session::Session s = open(file.path());
        const std::string m = fromTemplate(s, sup::ServiceModel::PaaS, "顧客ポータル", sup::Ja);
        REQUIRE(s.execute(sup::toggleLetter(row(s, m, 2)->id, "CUST", sup::C)));
        REQUIRE(s.execute(sup::signOff(m, "2026-12-02", {{"山田", "SM", "ORG"}}, "合意")));
        REQUIRE(s.execute(sup::createSupplier({{"name", "クラウド株式会社"}, {"assurance", "1"}, {"assurance.1.kind", "ismap"}, {"assurance.1.expires", "2027-03-31"}})));
        exported = exchange::exportKanriJson(s.workspace(), {"2026-12-02T10:00:00Z", "test"});
    }
    session::Session again = open(file.path());
    const std::vector<const sup::RaciRow*> rows = sup::rowsOf(again.workspace(), "M-001");
    REQUIRE(rows.size() == 32);
    CHECK(sup::lettersText(rows[2]->at("CUST")) == "CI");
    CHECK(again.workspace().entities<sup::RaciMatrix>().find("M-001")->scope == "顧客ポータル");
    CHECK(again.workspace().entities<sup::SignOff>().find("SO-001")->note == "合意");
    CHECK(again.workspace().entities<sup::Supplier>().find("SUP-001")->assurance[0].kind == sup::AssuranceKind::Ismap);
    session::Session fresh = open();
    REQUIRE(fresh.importJson(exported));
    CHECK(sup::rowsOf(fresh.workspace(), "M-001").size() == 32);
    CHECK(exchange::exportKanriJson(fresh.workspace(), {"2026-12-02T10:00:00Z", "test"}) == exported);
}

TEST_CASE("suppliers/matrix CSV out and back in with Japanese, commas, quotes and the formula guard; Markdown for the minutes") {
    session::Session s = open();
    const std::string m = fromTemplate(s, sup::ServiceModel::IaaS, "顧客ポータル", sup::Ja);
    const std::string r1 = row(s, m, 0)->id;
    REQUIRE(s.execute(model::patchFields("raci_row", r1, {{"notes", "=HYPERLINK(\"x\"), 確認済み"}, {"evidence", "SLA §4, \"別紙\""}})));
    const std::string csv = exchange::matrixCsv(s.workspace(), m);
    CHECK(csv.rfind("\xEF\xBB\xBF" "id,group,activity,ccm,ORG: 当社 (SMS の適用範囲),CSP: クラウド事業者,CUST: 顧客,ownership,", 0) == 0);
    CHECK(csv.find("供給者の評価及び選定の基準,STA-08,AR,C,,csc_owned,yes,,yes,yes,no,") != std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\"), 確認済み\"") != std::string::npos); // guarded and quoted
    CHECK(csv.find("\r\n") != std::string::npos);
    // Edited in a spreadsheet: a letter changed, a row added; read back as one undoable edit.
    std::string edited = csv;
    const std::string from = "供給者の評価及び選定の基準,STA-08,AR,C,";
    edited.replace(edited.find(from), from.size(), "供給者の評価及び選定の基準,STA-08,AR,RC,");
    edited += ",8.7.2,バックアップの復元確認,BCR-08,AR,C,I,,yes,,yes,no,yes,,\r\n";
    exchange::MatrixCsvImport in = exchange::importMatrixCsv(edited, s.workspace(), m);
    REQUIRE_MESSAGE(in.command, (in.errors.empty() ? "" : in.errors.front().error.detail));
    CHECK(in.changed == 32);
    CHECK(in.added == 1);
    REQUIRE(s.execute(std::move(in.command)));
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "RC");
    CHECK(row(s, m, 0)->notes == "=HYPERLINK(\"x\"), 確認済み");
    CHECK(row(s, m, 0)->evidence == "SLA §4, \"別紙\"");
    REQUIRE(sup::rowsOf(s.workspace(), m).size() == 33);
    CHECK(row(s, m, 32)->activity == "バックアップの復元確認");
    CHECK(row(s, m, 32)->agreed);
    CHECK(!row(s, m, 32)->sold);
    CHECK(row(s, m, 32)->inScope);
    CHECK(s.undo());
    CHECK(sup::rowsOf(s.workspace(), m).size() == 32);
    CHECK(sup::lettersText(row(s, m, 0)->at("CSP")) == "C");
    // A file of an earlier Kanri, without the "sold" column, is still read: new rows are sold,
    // rows it changes keep theirs.
    REQUIRE(s.execute(model::patchFields("raci_row", r1, {{"sold", "no"}})));
    const std::string older = "id,group,activity,ccm,ORG: 当社,CSP: クラウド事業者,CUST: 顧客,ownership,applicable,na_reason,in_scope,agreed,evidence,notes\r\n" +
                              r1 + ",8.2.3,供給者の評価,STA-08,AR,C,,,yes,,yes,yes,,\r\n,8.7.2,復元,BCR-08,AR,C,I,,yes,,no,,,\r\n";
    in = exchange::importMatrixCsv(older, s.workspace(), m);
    REQUIRE_MESSAGE(in.command, (in.errors.empty() ? "" : in.errors.front().error.detail));
    REQUIRE(s.execute(std::move(in.command)));
    CHECK(!row(s, m, 0)->sold);
    CHECK(row(s, m, 0)->agreed);
    CHECK(row(s, m, 32)->sold);
    CHECK(!row(s, m, 32)->inScope);
    CHECK(s.undo());
    CHECK(s.undo());
    // Markdown: the parties, a row per activity with its letters and category.
    const std::string md = exchange::matrixMarkdown(s.workspace(), m, true);
    CHECK(md.find("- **CSP**: クラウド事業者") != std::string::npos);
    CHECK(md.find("| 1 | 8.2.3 | 供給者の評価及び選定の基準 | AR | C |  | CSC 所有 |") != std::string::npos);
    CHECK(md.find("| 箇条 | 活動 |") != std::string::npos);
}

TEST_CASE("suppliers/a bad matrix CSV is refused with its line and column, and nothing is applied") {
    session::Session s = open();
    const std::string m = fromTemplate(s, sup::ServiceModel::SaaS);
    const std::string good = exchange::matrixCsv(s.workspace(), m);
    const std::string before = exchange::exportKanriJson(s.workspace(), {"t", "t"});
    // An unknown party column.
    std::string bad = good;
    bad.replace(bad.find("CUST: Customer"), std::string("CUST: Customer").size(), "MSP: Managed service");
    exchange::MatrixCsvImport in = exchange::importMatrixCsv(bad, s.workspace(), m);
    REQUIRE(!in.command);
    CHECK(in.errors.front().error.code == ErrorCode::RaciPartyUnknown);
    CHECK(in.errors.front().line == 1);
    CHECK(in.errors.front().column == "MSP: Managed service");
    // Unknown letters and a letter twice, on their lines and columns.
    bad = good;
    const std::string first = ",AR,C,,csc_owned,";
    bad.replace(bad.find(first), first.size(), ",AR,CX,,csc_owned,");
    const std::string second = "Supplier contract with SLA, responsibility annex and exit terms\",STA-09,AR,R,";
    bad.replace(bad.find(second), second.size(), "Supplier contract with SLA, responsibility annex and exit terms\",STA-09,AA,R,");
    in = exchange::importMatrixCsv(bad, s.workspace(), m);
    REQUIRE(in.errors.size() == 2);
    CHECK(in.errors[0].error.code == ErrorCode::RaciLetterUnknown);
    CHECK(in.errors[0].line == 2);
    CHECK(in.errors[0].column == "CSP: Cloud supplier");
    CHECK(in.errors[1].error.code == ErrorCode::RaciLetterTwice);
    CHECK(in.errors[1].line == 3);
    // A party's column twice.
    bad = good;
    bad.replace(bad.find("CUST: Customer"), std::string("CUST: Customer").size(), "CSP: again");
    in = exchange::importMatrixCsv(bad, s.workspace(), m);
    REQUIRE(!in.command);
    CHECK(in.errors.front().error.code == ErrorCode::DuplicateId);
    CHECK(in.errors.front().column == "CSP: again");
    // A row of another matrix; the wrong columns; no rows.
    const std::string other = fromTemplate(s, sup::ServiceModel::PaaS);
    const std::string otherRow = row(s, other, 0)->id;
    bad = good;
    bad.replace(bad.find("\r\nRR-001,") + 2, 6, otherRow);
    in = exchange::importMatrixCsv(bad, s.workspace(), m);
    REQUIRE(!in.command);
    CHECK(in.errors.front().error.code == ErrorCode::UnknownId);
    CHECK(exchange::importMatrixCsv("title,owner\r\nx,y\r\n", s.workspace(), m).errors.front().error.code == ErrorCode::CsvColumns);
    CHECK(exchange::importMatrixCsv(good.substr(0, good.find("\r\n") + 2), s.workspace(), m).errors.front().error.code == ErrorCode::CsvEmpty);
    CHECK(exchange::importMatrixCsv("\xff\xfe" "a", s.workspace(), m).errors.front().error.code == ErrorCode::CsvInvalid);
    // The first matrix is as it was.
    session::Session fresh = open();
    (void)fresh;
    CHECK(sup::rowsOf(s.workspace(), m).size() == 32);
    CHECK(exchange::matrixCsv(s.workspace(), m) == good);
    (void)before;
}

TEST_CASE("suppliers/two edits of one party in one batch both stay; a party that holds the only A names its rows") {
    session::Session s = open();
    const std::string m = fromTemplate(s, sup::ServiceModel::IaaS);
    const std::string answer = automation::runAll(s, {R"({"op": "matrix.party.update", "matrix": "M-001", "code": "CSP", "name": "雲株式会社"})",
                                                      R"({"op": "matrix.party.update", "matrix": "M-001", "code": "CSP", "contract_ref": "C-9"})"});
    REQUIRE_MESSAGE(answer.find("\"ok\":true") != std::string::npos, answer);
    const sup::Party* csp = sup::findParty(*s.workspace().entities<sup::RaciMatrix>().find(m), "CSP");
    CHECK(csp->name == "雲株式会社");
    CHECK(csp->contractRef == "C-9");
    const std::vector<std::string> blockers = sup::partyRemovalBlockers(s.workspace(), m, "CSP");
    CHECK(std::find(blockers.begin(), blockers.end(), row(s, m, 4)->id) != blockers.end()); // row 5: S:AR O:I
    CHECK(std::find(blockers.begin(), blockers.end(), row(s, m, 0)->id) == blockers.end()); // row 1: S:C
    CHECK(sup::partyRemovalBlockers(s.workspace(), m, "CUST").empty());
}

TEST_CASE("suppliers/performance reviews (8.3.4.1): targets copied in, actuals met or missed, the next review moved, raised once, kept with the supplier") {
    session::Session s = open();
    REQUIRE(s.execute(sup::createSupplier({{"name", "クラウド株式会社"}, {"targets", "2"}, {"target.1.measure", "Availability"}, {"target.1.supplier", "99.9"},
                                           {"target.1.unit", "%"}, {"target.2.measure", "Response"}, {"target.2.supplier", "2"}, {"target.2.unit", "h"},
                                           {"target.2.better", "lower"}, {"review_on", "2026-11-30"}})));
    const nlohmann::json made = test::run(s, {{"op", "supplier.review"}, {"supplier", "SUP-001"}, {"next_review", "2027-05-31"},
                                              {"fields", {{"from", "2026-06-01"}, {"to", "2026-11-30"}, {"held_on", "2026-12-02"}, {"reviewer", "佐藤"},
                                                          {"result", "needs_improvement"}, {"result.1.actual", "99.7"}, {"summary", "可用性が目標を下回った"}}}});
    REQUIRE(made["ok"] == true);
    CHECK(made["id"] == "SR-001");
    const sup::SupplierReview* r = s.workspace().entities<sup::SupplierReview>().find("SR-001");
    REQUIRE(r);
    REQUIRE(r->results.size() == 2);
    CHECK(r->results[0].target == "99.9");
    CHECK(sup::met(r->results[0]) == false); // 99.7 against 99.9, higher is better
    CHECK(!sup::met(r->results[1]).has_value()); // no actual yet
    CHECK(test::run(s, {{"op", "supplier.review.update"}, {"id", "SR-001"}, {"fields", {{"result.2.actual", "1.5"}}}})["ok"] == true);
    CHECK(sup::met(s.workspace().entities<sup::SupplierReview>().find("SR-001")->results[1]) == true);
    // The supplier's next review moved with it; its review is no longer overdue.
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-001")->reviewOn == "2027-05-31");
    CHECK(!sup::flagsOf(*s.workspace().entities<sup::Supplier>().find("SUP-001"), "2026-12-07").reviewOverdue);
    // Raised once, as a nonconformity of 8.3.4.1 naming the missed target.
    const nlohmann::json nc = test::run(s, {{"op", "supplier.review.raise"}, {"id", "SR-001"}, {"as", "nonconformity"}});
    REQUIRE(nc["ok"] == true);
    const auto* n = s.workspace().entities<model::improvement::Nonconformity>().find(nc["id"].get<std::string>());
    REQUIRE(n);
    CHECK(n->title == "クラウド株式会社: Availability 99.7 % (target 99.9 %)");
    CHECK(n->source == model::improvement::NcSource::SupplierReview);
    CHECK(test::code(test::run(s, {{"op", "supplier.review.raise"}, {"id", "SR-001"}, {"as", "opportunity"}})) == "AlreadyRaised");
    // Bad input: nothing changed.
    CHECK(test::code(test::run(s, {{"op", "supplier.review"}, {"supplier", "SUP-001"}, {"fields", {{"result.1.actual", "high"}}}})) == "TargetInvalid");
    CHECK(test::code(test::run(s, {{"op", "supplier.review"}, {"supplier", "SUP-001"}, {"fields", {{"from", "2026-12-01"}, {"to", "2026-11-01"}}}})) == "PeriodInvalid");
    CHECK(test::code(test::run(s, {{"op", "supplier.review"}, {"supplier", "SUP-404"}, {"fields", nlohmann::json::object()}})) == "UnknownId");
    CHECK(s.workspace().entities<sup::SupplierReview>().size() == 1);
    // The record stays: the supplier cannot go before its reviews; the review not before what it raised.
    CHECK(s.execute(std::make_unique<model::RemoveEntity>(model::EntityKey{"supplier", "SUP-001"})).error().code == ErrorCode::StillLinked);
    CHECK(test::code(test::run(s, {{"op", "supplier.review.remove"}, {"id", "SR-001"}})) == "StillLinked");
    // In the register's query, newest first, with what was raised.
    const nlohmann::json q = test::query(s, "suppliers")["result"][0]["reviews"];
    REQUIRE(q.size() == 1);
    CHECK(q[0]["results"][0]["met"] == false);
    CHECK(q[0]["raised"]["kind"] == "nonconformity");
    CHECK(s.undo()); // the raise
    CHECK(s.undo()); // the actual
    CHECK(s.undo()); // the review, and the next review date with it
    CHECK(s.workspace().entities<sup::SupplierReview>().all().empty());
    CHECK(s.workspace().entities<sup::Supplier>().find("SUP-001")->reviewOn == "2026-11-30");
}
