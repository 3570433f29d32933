#pragma once
// One error catalogue for the whole core (sokol's X-macro idea): the enum and the translation
// keys of the messages come from this one list, so no error lacks a user-facing message.
// Messages themselves live in core/i18n/strings.def as Err<Name>, in English and Japanese.
#include <string>
#include <utility>
#include <variant>

#define KANRI_ERRORS(X)                                                                                 \
    X(UnknownClause)        /* a clause id that the catalogue does not have */                       \
    X(UnknownItem)          /* an assessment item id that the catalogue does not have */              \
    X(UnknownDocument)      /* a 7.5.4 checklist id that the catalogue does not have */               \
    X(UnknownCycle)         /* a cycle id that does not exist */                                      \
    X(DuplicateId)          /* the same id twice */                                                   \
    X(NaNeedsJustification) /* N/A without a written justification */                                 \
    X(InvalidDate)          /* a date that is not YYYY-MM-DD or not in the calendar */                \
    X(UnsafeUrl)            /* a link that is not http(s) or mailto (javascript: and the like) */     \
    X(CycleNameMissing)     /* freezing a cycle without a name */                                     \
    X(ImportInvalid)        /* a Kanri JSON file that does not validate */                            \
    X(InvalidRating)        /* a rating code outside N/P/L/F/NA */                                     \
    X(InvalidText)          /* text that is not valid UTF-8 */                                         \
    X(TextTooLong)          /* text longer than the field allows */                                    \
    X(ReadOnly)             /* this tab or process may not write */                                    \
    X(DatabaseOpen)         /* the database file could not be opened or created */                     \
    X(DatabaseIo)           /* a statement or transaction failed */                                    \
    X(SchemaTooNew)         /* the file was written by a newer Kanri */                                \
    X(SnapshotCorrupt)      /* stored bytes failed checksum, deserialize or quick_check */             \
    X(CatalogueInvalid)     /* assets/catalogue/clauses.json is malformed */                           \
    X(AssetMissing)         /* a file under assets/ could not be read */                                \
    X(UnknownOperation)     /* an automation operation or query that does not exist */              \
    X(InvalidOperation)     /* an operation with a missing, mistyped or unknown member */             \
    X(UnknownKind)          /* an entity kind no module registered */                                 \
    X(UnknownId)            /* an entity id that does not exist, or not of the kind's form */        \
    X(UnknownRelation)      /* a link relation that does not exist, or not between these kinds */   \
    X(StillLinked)          /* removing something other entities point at, where that is refused */ \
    X(TitleMissing)         /* an entity that needs a title without one */                             \
    X(UnknownChoice)        /* a value outside a field's list of choices (category, status, ...) */    \
    X(RiskOutsideScale)     /* a likelihood or impact beyond the matrix's scale */                    \
    X(RiskMatrixInvalid)    /* a risk matrix that is not well formed */                                \
    X(ResidualNeedsReason)  /* a residual rating above the inherent one without a justification */   \
    X(AcceptanceIncomplete) /* an acceptance without who, when, until when or why */                   \
    X(AcceptanceNeedsReason) /* accepting above the band's criterion without a stated reason */      \
    X(PursueIsForOpportunities) /* the treatment "pursue" on a risk that is not an opportunity */ \
    X(CsvInvalid)           /* a CSV file that cannot be read (encoding, quotes, size) */              \
    X(CsvColumns)           /* a CSV file whose header is not the expected columns */                 \
    X(CsvEmpty)             /* a CSV file with a header and no rows */                                \
    X(TargetInvalid)        /* a supplier target without a measure, or a value that is not a number */ \
    X(RaciLetterUnknown)    /* a responsibility letter other than R, A, C, I */                      \
    X(RaciLetterTwice)      /* the same responsibility letter twice in one cell */                    \
    X(RaciPartyUnknown)     /* a party the responsibility matrix does not have */                     \
    X(RaciPartyInvalid)     /* a party without a name, a code used twice, too many parties */         \
    X(RaciPartyHoldsOnly)   /* removing a party that holds the only R or the A of a row */           \
    X(SignOffIncomplete)    /* a sign-off without a date or a named participant */                   \
    X(FrozenInvalid)        /* a frozen copy of a matrix that does not read back */              \
    X(ActionIncomplete)     /* an action without a description, an owner or a due date */           \
    X(ActionNeedsReason)    /* a cancelled action without the reason */                               \
    X(ActionDoneDate)       /* a done action without the date it was done */                          \
    X(NcTransitionInvalid)  /* a change of a nonconformity's state that is not a step of its cycle */ \
    X(NcCorrectionMissing)  /* "corrected" without the correction and its date */                     \
    X(NcCauseMissing)       /* "cause found" without the root cause */                                \
    X(NcActionsMissing)     /* "actions planned" without an open action linked */                     \
    X(NcActionsOpen)        /* "actions done" while a linked action is still open */                  \
    X(NcReviewIncomplete)   /* an effectiveness review without method, reviewer, date or result */   \
    X(NcReviewTooEarly)     /* an effectiveness review dated before the actions were done */          \
    X(NcNotEffective)       /* verified or closed without an effective review */                      \
    X(NcByTransition)       /* a state or review field set by an update instead of its transition */ \
    X(DecisionNeedsReason)  /* a decision on an opportunity without the reason, who or when */         \
    X(ResultNeedsApproval)  /* a measured result of an opportunity that was not approved */           \
    X(AuditNotReady)        /* closing an audit not held, without a lead auditor or a dated report */ \
    X(AuditClosed)          /* an edit of a closed audit, its scope or its findings */              \
    X(FindingIncomplete)    /* an audit finding without its clause or its statement */              \
    X(FindingRaised)        /* raising again from a finding already raised */                       \
    X(FindingNotRaisable)   /* raising a nonconformity or opportunity from a conformity */           \
    X(PeriodInvalid)        /* a cycle whose end is before its start */                             \
    X(KpiInvalid)           /* a KPI whose target or threshold is not a number, or a threshold on the good side */ \
    X(MeasurementInvalid)   /* a measurement whose value is not a number */                         \
    X(MeasurementPeriod)    /* a period that does not exist, or not of the KPI's frequency */        \
    X(MeasurementUnit)      /* a measurement imported in another unit than its KPI's */            \
    X(AlreadyRaised)    /* raising again from a measurement or review already raised */                    \
    X(MeasurementNotMissed) /* raising from a measurement that met its target */                    \
    X(ReviewNeedsChair)     /* a management review held without a chair */                          \
    X(ReviewHeld)           /* an edit of a held management review (other than its minutes) */      \
    X(DecisionIncomplete)   /* a management review decision without what was decided */

namespace kanri {

enum class ErrorCode {
#define KANRI_ERROR_ENUM(name) name,
    KANRI_ERRORS(KANRI_ERROR_ENUM)
#undef KANRI_ERROR_ENUM
};

const char* errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string detail; // technical detail (SQLite message, JSON path, id); not translated
    int native = 0;     // the library's own code where there is one (SQLite's extended result code)
};

// C++20 has no std::expected: a minimal Result carrying a value or an Error.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using Status = Result<Ok>;
inline Status ok() { return Ok{}; }
inline Error fail(ErrorCode code, std::string detail = {}, int native = 0) { return Error{code, std::move(detail), native}; }

} // namespace kanri
