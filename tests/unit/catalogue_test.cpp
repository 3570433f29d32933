// The clause catalogue shipped in assets/: complete against the clause tree of ISO/IEC 20000-1:2018, bilingual, a tree.
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kanri;

// Every number of the ISO/IEC 20000-1:2018 clause tree, written out here
// independently of the asset so that a dropped row fails the test.
static const char* const kExpectedIds[] = {
    "4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.2.1", "5.2.2", "5.3", "6", "6.1", "6.2", "6.2.1",
    "6.2.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.4", "7.6", "8", "8.1",
    "8.2", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4",
    "8.3.4.1", "8.3.4.2", "8.4", "8.4.1", "8.4.2", "8.4.3", "8.5", "8.5.1", "8.5.1.1", "8.5.1.2", "8.5.1.3",
    "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3", "8.6", "8.6.1", "8.6.2", "8.6.3", "8.7", "8.7.1", "8.7.2",
    "8.7.3", "8.7.3.1", "8.7.3.2", "8.7.3.3", "9", "9.1", "9.2", "9.3", "9.4", "10", "10.1", "10.2"};

TEST_CASE("catalogue/every clause number of the standard is present with both titles") {
    const auto& cat = test::shippedCatalogue();
    REQUIRE_FALSE(cat.empty());
    CHECK(cat.clauses().size() == std::size(kExpectedIds));
    for (const char* id : kExpectedIds) {
        CAPTURE(id);
        const model::Clause* c = cat.find(id);
        REQUIRE(c != nullptr);
        CHECK_FALSE(c->titleEn.empty());
        CHECK_FALSE(c->titleJa.empty());
    }
}

TEST_CASE("catalogue/every leaf has an own-words summary in English and Japanese") {
    const auto& cat = test::shippedCatalogue();
    int leaves = 0;
    for (const auto& c : cat.clauses()) {
        if (!cat.isLeaf(c)) continue;
        ++leaves;
        CAPTURE(c.id);
        CHECK_FALSE(c.summaryEn.empty());
        CHECK_FALSE(c.summaryJa.empty());
    }
    CHECK(leaves == 57); // the standard: 77 numbered nodes, 57 leaves
}

TEST_CASE("catalogue/tree: clauses 4 to 10 are the roots and parents own their children") {
    const auto& cat = test::shippedCatalogue();
    std::vector<std::string> roots;
    for (int r : cat.roots()) roots.push_back(cat.clauses()[r].id);
    CHECK(roots == std::vector<std::string>{"4", "5", "6", "7", "8", "9", "10"});
    const model::Clause* c853 = cat.find("8.5");
    REQUIRE(c853);
    CHECK(c853->children.size() == 3);
    CHECK(cat.find("8.7.3.2")->depth == 3);
}

TEST_CASE("catalogue/clause numbers sort numerically") {
    CHECK(model::clauseIdLess("8.9", "8.10"));
    CHECK(model::clauseIdLess("4", "4.1"));
    CHECK(model::clauseIdLess("9.4", "10"));
    CHECK_FALSE(model::clauseIdLess("10.1", "9.4"));
}

TEST_CASE("catalogue/a malformed catalogue is refused with the JSON path") {
    auto r = exchange::parseCatalogue(R"({"format":"kanri-catalogue","clauses":[{"id":"4","title_en":"x"}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::CatalogueInvalid);
    CHECK(r.error().detail == "/clauses/0/title_ja: missing");

    auto orphan = exchange::parseCatalogue(
        R"({"format":"kanri-catalogue","clauses":[{"id":"4.1","parent":"4","title_en":"x","title_ja":"y"}]})");
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().detail.find("/clauses/0/parent") == 0);

    CHECK_FALSE(exchange::parseCatalogue("not json").ok());
    CHECK_FALSE(exchange::parseCatalogue(R"({"format":"other","clauses":[]})").ok());
}

namespace {
// An auditor's closed question: it opens with its verb ("Is …?", "Does …?"), or a condition
// comes first and the verb follows it ("Where other parties …, are …?").
bool closedQuestion(const std::string& q) {
    static const char* verbs[] = {"Is", "Are", "Does", "Do", "Has", "Have", "Can"};
    for (const char* v : verbs) {
        const std::string w = v;
        if (q.compare(0, w.size() + 1, w + " ") == 0) return true;
        std::string lower = w;
        lower[0] = char(lower[0] - 'A' + 'a');
        if (q.find(", " + lower + " ") != std::string::npos) return true;
    }
    return false;
}
} // namespace

TEST_CASE("catalogue/every item has a basis, an audit question, a verification method and typical evidence in EN and JA") {
    const auto& cat = test::shippedCatalogue();
    REQUIRE(cat.items().size() == 189);
    CHECK(cat.version() == "2018-r3");
    int goodPractice = 0;
    for (const model::Item& i : cat.items()) {
        CAPTURE(i.id);
        goodPractice += i.basis == model::Basis::GoodPractice;
        CHECK_FALSE(i.questionEn.empty());
        CHECK_FALSE(i.questionJa.empty());
        CHECK(i.questionEn.back() == '?');
        CHECK(closedQuestion(i.questionEn));
        CHECK(i.questionJa.size() > 4);
        CHECK(i.questionJa.compare(i.questionJa.size() - 6, 6, "か。") == 0); // 「…しているか。」
        CHECK_FALSE(i.verification.empty());
        const bool samples = std::find(i.verification.begin(), i.verification.end(), model::Verification::RecordSample) != i.verification.end();
        const bool interviews = std::find(i.verification.begin(), i.verification.end(), model::Verification::Interview) != i.verification.end();
        if (samples) CHECK(i.sampleSize > 0); // a record sample always says how many
        if (i.sampleSize > 0) CHECK((samples || interviews)); // records, or people to interview
        CHECK_FALSE(i.evidenceEn.empty());
        CHECK(i.evidenceEn.size() == i.evidenceJa.size());
        // "Planned intervals" come with a typical frequency, in both languages.
        if (i.explanationEn.find("planned interval") != std::string::npos) CHECK_FALSE(i.frequencyEn.empty());
        CHECK(i.frequencyEn.empty() == i.frequencyJa.empty());
    }
    CHECK(goodPractice == 24);
}

TEST_CASE("catalogue/no item grades Kanri itself") {
    for (const model::Item& i : test::shippedCatalogue().items()) {
        CAPTURE(i.id);
        for (const std::string& e : i.evidenceEn) {
            CHECK(e.find("readiness score") == std::string::npos);
            CHECK(e.find("7.5.4 checklist") == std::string::npos);
            CHECK(e.find("Kanri") == std::string::npos);
        }
        CHECK(i.explanationEn.find("readiness score") == std::string::npos);
    }
    CHECK(test::shippedCatalogue().findItem("9.3-03") == nullptr);
}

TEST_CASE("catalogue/requirements the review found missing have items") {
    const auto& cat = test::shippedCatalogue();
    // 5.1 value and authority; not all operated by others; continuity reachable and return to
    // normal; change trends; emergency releases; a major-incident manager; satisfaction sample;
    // problems escalated; supplier misses; review outputs; availability and continuity risks.
    for (const char* id : {"5.1-04", "5.1-05", "8.2.3-04", "8.7.2-07", "8.7.2-08", "8.5.1.3-07", "8.5.3-06", "8.6.1-05",
                           "8.3.2-07", "8.6.3-04", "8.3.4.1-09", "9.3-05", "8.7.1-04", "8.7.2-05"}) {
        CAPTURE(id);
        const model::Item* i = cat.findItem(id);
        REQUIRE(i);
        CHECK(i->basis == model::Basis::Requirement);
    }
    // The 7.5.4 checklist names the major-incident procedure and the records the items ask for.
    for (const char* id : {"doc-major-incident-procedure", "doc-risk-criteria", "rec-risks", "rec-service-reports", "rec-satisfaction",
                           "doc-availability", "doc-service-design", "rec-releases", "doc-other-parties", "doc-customers"})
        CHECK(cat.findDocument(id) != nullptr);
}

TEST_CASE("catalogue/Japanese titles that are our own renderings are marked; every clause has a PDCA phase") {
    const auto& cat = test::shippedCatalogue();
    int own = 0;
    for (const model::Clause& c : cat.clauses()) {
        CAPTURE(c.id);
        own += c.titleJaOwn;
        CHECK((c.pdca == "P" || c.pdca == "D" || c.pdca == "C" || c.pdca == "A"));
    }
    CHECK(own == 18);
    CHECK(cat.find("8.5.1.1")->titleJaOwn);
    CHECK_FALSE(cat.find("8.6.1")->titleJaOwn);
}

TEST_CASE("catalogue/learning topics of the seed, in English and Japanese") {
    const auto& cat = test::shippedCatalogue();
    for (const char* id : {"itil-vs-iso", "pdca", "isms-link", "glossary", "certification", "cloud-japan"}) {
        CAPTURE(id);
        const model::LearningTopic* t = cat.findTopic(id);
        REQUIRE(t);
        CHECK_FALSE(t->pointsEn.empty());
        CHECK(t->pointsEn.size() == t->pointsJa.size());
        for (const std::string& c : t->clauses) CHECK(cat.find(c) != nullptr);
    }
}

TEST_CASE("catalogue/docs/scoring.md lists exactly the key items of the data") {
    const std::string doc = test::readText(std::string(KANRI_SOURCE_DIR) + "/docs/scoring.md");
    const size_t from = doc.find("<!-- key-items -->"), to = doc.find("<!-- /key-items -->");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string list = doc.substr(from, to - from);
    int listed = 0;
    for (size_t at = list.find("- **"); at != std::string::npos; at = list.find("- **", at + 1)) ++listed;
    int keys = 0;
    for (const model::Item& i : test::shippedCatalogue().items()) {
        if (!i.key) continue;
        ++keys;
        CAPTURE(i.id);
        CHECK(list.find("- **" + i.id + "**") != std::string::npos);
    }
    CHECK(listed == keys);
}

TEST_CASE("catalogue/docs/scoring.md lists exactly the good-practice items of the data") {
    const std::string doc = test::readText(std::string(KANRI_SOURCE_DIR) + "/docs/scoring.md");
    const size_t from = doc.find("<!-- good-practice-items -->"), to = doc.find("<!-- /good-practice-items -->");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string list = doc.substr(from, to - from);
    int listed = 0;
    for (size_t at = list.find("\n- "); at != std::string::npos; at = list.find("\n- ", at + 1)) ++listed;
    int goodPractice = 0;
    for (const model::Item& i : test::shippedCatalogue().items()) {
        if (i.basis != model::Basis::GoodPractice) continue;
        ++goodPractice;
        CAPTURE(i.id);
        CHECK(list.find("\n- " + i.id + " " + i.titleEn + "\n") != std::string::npos);
    }
    CHECK(listed == goodPractice);
    // The count in the prose agrees too.
    CHECK(doc.find("**good practice** (" + std::to_string(goodPractice) + " items)") != std::string::npos);
}

TEST_CASE("catalogue/a bad basis, verification or retired entry is refused with its JSON path") {
    const std::string head = R"({"format":"kanri-catalogue","clauses":[{"id":"4","title_en":"x","title_ja":"y"}],"items":[{"id":"4-01","clause":"4","title_en":"t","title_ja":"t","explanation_en":"e","explanation_ja":"e","evidence_en":[],"evidence_ja":[])";
    auto basis = exchange::parseCatalogue(head + R"(,"basis":"optional"}]})");
    REQUIRE_FALSE(basis.ok());
    CHECK(basis.error().detail.find("/items/0/basis") == 0);
    auto verify = exchange::parseCatalogue(head + R"(,"verify":["guess"]}]})");
    REQUIRE_FALSE(verify.ok());
    CHECK(verify.error().detail.find("/items/0/verify") == 0);
    auto reused = exchange::parseCatalogue(head + R"(}],"retired":[{"id":"4-01","successors":["4-01"],"since":"x"}]})");
    REQUIRE_FALSE(reused.ok());
    CHECK(reused.error().detail.find("/retired/0/id") == 0);
    auto dangling = exchange::parseCatalogue(head + R"(}],"retired":[{"id":"4-09","successors":["4-77"],"since":"x"}]})");
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().detail.find("/retired/0/successors") == 0);
}
