#pragma once
// The ISO/IEC 20000-1:2018 clause tree: numbers, EN/JA titles and our own one-line summaries
// (never the standard's text). Written in assets/catalogue/clauses.json; the apps read the packed
// form the build makes of it (exchange/catalogue_pack.hpp), kanri-cli the JSON (catalogue_json.hpp).
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {

struct Clause {
    std::string id;        // "8.5.1.3"
    std::string parentId;  // "8.5.1"; empty for the top-level clauses 4..10
    std::string titleEn;
    std::string titleJa;
    std::string summaryEn; // own words; may be empty for pure headings
    std::string summaryJa;
    std::string edition2011En; // how the 2011 edition placed this (study material), may be empty
    std::string edition2011Ja;
    int depth = 0;         // 0 for "4", 1 for "4.1", ...
    std::vector<int> children; // indexes into Catalogue::clauses()
    std::vector<int> items;    // indexes into Catalogue::items() (leaves only)
    // Appended after the fields above so that aggregate initialisation in tests keeps working.
    bool titleJaOwn = false; // the Japanese title is our own rendering, not checked against the JIS text
    std::string pdca;        // the PDCA phase the clause mainly serves: "P", "D", "C" or "A"
    bool operator==(const Clause&) const = default;
};

// Why an item is there: what an auditor can raise a nonconformity against, or advice.
//   Requirement   the standard asks for it (in our own words)
//   Derived       not written out, but implied by a requirement (an auditor expects it)
//   GoodPractice  common practice (ITIL and others) that helps but is not required: rated like
//                 the others, left out of the readiness score and the verdict (docs/scoring.md)
enum class Basis { Requirement, Derived, GoodPractice };
std::string_view basisCode(Basis b); // "requirement" | "derived" | "good-practice"
bool basisFromCode(std::string_view code, Basis& out);

// How an internal auditor checks an item.
enum class Verification { DocumentReview, RecordSample, Interview, Observation };
std::string_view verificationCode(Verification v); // "document" | "sample" | "interview" | "observation"
bool verificationFromCode(std::string_view code, Verification& out);

// A concrete thing an auditor looks for under a leaf clause, in our own words.
struct Item {
    std::string id;       // "8.5.1.3-02": stable, used in storage and exports
    std::string clauseId; // the leaf clause it belongs to
    bool key = false;     // a "key" item: weight 2 in scores, N blocks certification readiness
    std::string titleEn, titleJa;
    std::string explanationEn, explanationJa;
    std::vector<std::string> evidenceEn, evidenceJa; // typical evidence examples
    // Appended after the fields above so that aggregate initialisation in tests keeps working.
    Basis basis = Basis::Requirement;
    std::string questionEn, questionJa;     // as an internal auditor asks it ("Is …?" / 「…しているか」)
    std::vector<Verification> verification; // how to check it, most useful first
    int sampleSize = 0;                     // with RecordSample: a suggested number of records
    std::string frequencyEn, frequencyJa;   // a typical frequency where the standard says "planned intervals"
    bool operator==(const Item&) const = default;
};

// Only requirements (stated or derived) count towards readiness and the verdict.
inline bool countsForReadiness(const Item& item) { return item.basis != Basis::GoodPractice; }

// An item id the catalogue no longer uses, and the items that took its place. Ids are never
// reused, so any assessment found under a retired id is carried over (model/carry_over.hpp).
struct RetiredItem {
    std::string id;                      // "9.3-03"
    std::vector<std::string> successors; // one: renamed or merged; several: split
    std::string since;                   // the catalogue version that retired it ("2018-r2")
    bool operator==(const RetiredItem&) const = default;
};

// A learning topic shown in the learning panel: a title and a few points in our own words.
struct LearningTopic {
    std::string id; // "itil-vs-iso"
    std::string titleEn, titleJa;
    std::vector<std::string> pointsEn, pointsJa; // same count in both languages
    std::vector<std::string> clauses;            // clauses it is about (may be empty)
    bool operator==(const LearningTopic&) const = default;
};

// An entry of the 7.5.4 checklist: a document the SMS must have, or a record it must keep.
struct RequiredDocument {
    enum class Kind { Document, Record };
    std::string id; // "doc-scope", "rec-incidents"
    Kind kind = Kind::Document;
    std::string clauseId;
    std::string titleEn, titleJa;
    bool operator==(const RequiredDocument&) const = default;
};

class Catalogue {
public:
    Catalogue() = default;
    // Builds parent/child links; clauses must be in document order, parents before children.
    // Items attach to their clause; documents are the 7.5.4 checklist.
    explicit Catalogue(std::vector<Clause> clauses, std::vector<Item> items = {},
                       std::vector<RequiredDocument> documents = {}, std::string version = {});

    const std::vector<Clause>& clauses() const { return m_clauses; }
    const std::vector<Item>& items() const { return m_items; }
    const std::vector<RequiredDocument>& documents() const { return m_documents; }
    const std::string& version() const { return m_version; }
    const std::vector<RetiredItem>& retired() const { return m_retired; }
    const std::vector<LearningTopic>& learning() const { return m_learning; }
    void setRetired(std::vector<RetiredItem> retired) { m_retired = std::move(retired); }
    void setLearning(std::vector<LearningTopic> topics) { m_learning = std::move(topics); }
    const RetiredItem* findRetired(std::string_view id) const;
    const LearningTopic* findTopic(std::string_view id) const;
    const Clause* find(std::string_view id) const;
    int indexOf(std::string_view id) const; // -1 when absent
    const Item* findItem(std::string_view id) const;
    int itemIndex(std::string_view id) const;
    const RequiredDocument* findDocument(std::string_view id) const;
    std::vector<int> roots() const;
    bool isLeaf(const Clause& c) const { return c.children.empty(); }
    bool empty() const { return m_clauses.empty(); }
    // Items of the clause and all its sub-clauses, in document order.
    std::vector<int> itemsUnder(int clauseIndex) const;
    // The top-level clause (4..10) an item or clause belongs to.
    int rootOf(int clauseIndex) const;

private:
    std::vector<Clause> m_clauses;
    std::vector<Item> m_items;
    std::vector<RequiredDocument> m_documents;
    std::string m_version;
    std::vector<RetiredItem> m_retired;
    std::vector<LearningTopic> m_learning;
};

// Orders clause numbers numerically ("8.10" after "8.9").
bool clauseIdLess(std::string_view a, std::string_view b);

} // namespace kanri::model
