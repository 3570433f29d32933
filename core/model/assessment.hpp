#pragma once
// What the user records about each item, each required document, and frozen cycles.
#include "model/entities.hpp"
#include "model/entity.hpp"
#include "model/rating.hpp"

#include <map>
#include <string>
#include <vector>

namespace kanri::model {

// The kinds of the self-assessment's entities, as the change record and the history name them.
namespace kinds {
inline constexpr std::string_view Item = "item";              // an item's assessment, by catalogue id
inline constexpr std::string_view Document = "document";      // a 7.5.4 checklist entry, by catalogue id
inline constexpr std::string_view ClauseNote = "clause_note"; // a clause's note, by clause id
inline constexpr std::string_view Cycle = "cycle";            // a frozen cycle, "c1", "c2", ...
inline constexpr std::string_view Counter = "counter";        // the next free number of an id series
inline constexpr std::string_view Clause = "clause";          // a clause of the catalogue (a link target)
inline constexpr std::string_view Link = "link";              // a link between entities (links.hpp)
inline constexpr std::string_view Order = "order";            // a kind whose entities moved (by kind)
// The kinds of the catalogue's things, which links may point at: they exist while the catalogue
// has them, whatever is recorded about them.
inline bool ofCatalogue(std::string_view kind) { return kind == Item || kind == Clause || kind == Document; }
} // namespace kinds

struct Evidence {
    std::string text;     // what it shows
    std::string document; // a document reference ("QMS-PRC-012 v3")
    std::string url;      // http(s) or mailto only (see validation.hpp)
    std::string id;       // "EV-12": unique in the workspace, never reused (see Workspace)
    bool operator==(const Evidence&) const = default;
};

struct ItemAssessment {
    Rating rating = Rating::Unrated;
    std::string justification; // required for N/A
    std::vector<Evidence> evidence;
    std::string owner;
    std::string due;       // YYYY-MM-DD or empty
    std::string notes;
    std::string changedAt; // ISO 8601 UTC, set by the store when written
    bool empty() const {
        return rating == Rating::Unrated && justification.empty() && evidence.empty() && owner.empty() && due.empty() &&
               notes.empty();
    }
    // Equality of what the user entered (changedAt is bookkeeping).
    bool sameContent(const ItemAssessment& o) const {
        return rating == o.rating && justification == o.justification && evidence == o.evidence && owner == o.owner &&
               due == o.due && notes == o.notes;
    }
};

enum class DocumentStatus { Unknown, Present, Missing };
std::string_view documentStatusCode(DocumentStatus s); // "unknown" | "present" | "missing"
bool documentStatusFromCode(std::string_view code, DocumentStatus& out);

struct DocumentCheck {
    DocumentStatus status = DocumentStatus::Unknown;
    std::string location; // where it is kept
    bool operator==(const DocumentCheck&) const = default;
};

// Assessments by item id and checks by checklist id: one map type for the workspace, frozen
// cycles, imports and scoring (transparent comparison: look-ups by string_view).
using ItemMap = std::map<std::string, ItemAssessment, std::less<>>;
using DocumentMap = std::map<std::string, DocumentCheck, std::less<>>;

// A frozen copy of the assessment: ratings (with justifications) and document checks. A kind of
// the generic collections, with its stamps; its fields name each frozen value
// ("item/8.6.1-01/rating", "document/doc-scope/status").
struct Cycle {
    static constexpr std::string_view kKind = kinds::Cycle;
    static constexpr std::string_view kPrefix = "c";
    static constexpr int kIdDigits = 1; // "c1", "c2", ... as cycles were always numbered
    std::string id;       // stable within a workspace, never handed out twice
    Stamp stamp;
    std::string name;     // "2026 H1"
    std::string frozenAt; // ISO 8601 UTC
    ItemMap items; // rating + justification only
    DocumentMap documents;
    // Equality of what was frozen (the stamps are bookkeeping).
    bool operator==(const Cycle& o) const {
        if (id != o.id || name != o.name || frozenAt != o.frozenAt || documents != o.documents ||
            items.size() != o.items.size())
            return false;
        for (const auto& [k, v] : items) {
            auto it = o.items.find(k);
            if (it == o.items.end() || it->second.rating != v.rating || it->second.justification != v.justification)
                return false;
        }
        return true;
    }
};
Fields fieldsOf(const Cycle& c);
Fields historyFieldsOf(const Cycle& c); // name, time and counts: what the history shows
Status fromFields(const Fields& fields, Cycle& out);
Status validate(const Workspace& ws, const Cycle& c);

// A clause's note: the first of the self-assessment's kinds kept in the generic collections
// (model/entities.hpp), with its stamps. Its id is the clause's ("8.6.1"); an empty note is no
// note (Workspace::setClauseNote removes it).
struct ClauseNote {
    static constexpr std::string_view kKind = kinds::ClauseNote;
    static constexpr std::string_view kPrefix = ""; // the catalogue gives the ids
    std::string id;
    Stamp stamp;
    std::string text;
};
Fields fieldsOf(const ClauseNote& n);
Status fromFields(const Fields& fields, ClauseNote& out);
Status validate(const Workspace& ws, const ClauseNote& n);

// An entry of the 7.5.4 checklist, kept in the generic collections with its stamps. Its id is
// the checklist's ("doc-scope"); an entry back at "unknown" with no location is no entry
// (Workspace::setDocument removes it).
struct ChecklistEntry {
    static constexpr std::string_view kKind = kinds::Document;
    static constexpr std::string_view kPrefix = ""; // the catalogue gives the ids
    std::string id;
    Stamp stamp;
    DocumentCheck check;
};
Fields fieldsOf(const ChecklistEntry& e);
Status fromFields(const Fields& fields, ChecklistEntry& out);
Status validate(const Workspace& ws, const ChecklistEntry& e);

// Each value as named fields, for the history's before/after ("rating", "evidence/EV-3/url").
Fields itemFields(const ItemAssessment& a);
Fields documentFields(const DocumentCheck& d);
Fields clauseNoteFields(const std::string& note);

} // namespace kanri::model
