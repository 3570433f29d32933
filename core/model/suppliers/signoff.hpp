#pragma once
// What a workshop ends with, and what a matrix may be saved as for the next one: a frozen copy
// of the matrix (its parties and rows as they were), kept as one text that later edits of the
// matrix do not touch. A sign-off (kind "raci_signoff", "SO-001") adds the date and who took
// part; a saved template (kind "raci_template", "T-001") only a title.
#include "model/suppliers/templates.hpp"

#include <string>
#include <vector>

namespace kanri::model::suppliers {

struct Participant {
    std::string name, role, party; // party: the code of the party they spoke for
    bool operator==(const Participant&) const = default;
};

struct SignOff {
    static constexpr std::string_view kKind = "raci_signoff", kPrefix = "SO-";
    std::string id;
    Stamp stamp;
    std::string on; // YYYY-MM-DD
    std::vector<Participant> participants;
    std::string note;
    std::string frozen; // the matrix as agreed (encodeFrozen)
    bool operator==(const SignOff&) const = default;
};

struct SavedTemplate {
    static constexpr std::string_view kKind = "raci_template", kPrefix = "T-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string frozen;
    bool operator==(const SavedTemplate&) const = default;
};

inline constexpr std::string_view kSignOffMatrix = "raci_signoff.matrix";

Fields fieldsOf(const SignOff& s);
Status fromFields(const Fields& f, SignOff& out);
// A date, at least one participant with a name, a frozen copy that reads back.
Status validate(const Workspace& ws, const SignOff& s);
Fields fieldsOf(const SavedTemplate& t);
Status fromFields(const Fields& f, SavedTemplate& out);
Status validate(const Workspace& ws, const SavedTemplate& t);

// A matrix and its rows (in their order) as one text, and back (ids kept).
std::string encodeFrozen(const RaciMatrix& m, const std::vector<const RaciRow*>& rows);
Status decodeFrozen(const std::string& text, MatrixDraft& out);

// How the current matrix differs from a frozen copy, row by row (matched by id).
struct RowDifference {
    enum class What { Added, Removed, Changed } what;
    std::string row, activity;
    std::vector<FieldChange> fields; // Changed: what differs ("cell.CSP": "R" → "AR")
};
struct FrozenComparison {
    std::vector<RowDifference> rows;
    std::vector<FieldChange> matrix; // the title, the parties
};
FrozenComparison compareWithFrozen(const MatrixDraft& frozen, const RaciMatrix& now, const std::vector<const RaciRow*>& rows);

} // namespace kanri::model::suppliers
