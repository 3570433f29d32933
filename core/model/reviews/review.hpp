#pragma once
// The management review (ISO/IEC 20000-1 9.3): kind "management_review", ids "MR-001" — when it
// is planned and held, who chairs it and who attends, the period it looks back over, its inputs
// a–k (and the readiness trend of the self-assessment) assembled from Kanri's own data, a
// comment per input, and the minutes. Held, its inputs are frozen as they were that day (a later
// edit of a risk or a KPI does not rewrite the record). Its outputs are decisions (kind
// "review_decision", ids "MD-001", linked by review_decision.review) from which actions are made
// (action.review_decision).
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/registry.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::reviews {

enum class ReviewStatus { Planned, Held };
inline constexpr std::array<std::string_view, 2> kReviewStatusCodes = {"planned", "held"};

// The inputs, in the order of 9.3 (a–k), then the readiness trend across assessment cycles.
inline constexpr std::array<std::string_view, 12> kInputCodes = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "readiness"};

struct ManagementReview {
    static constexpr std::string_view kKind = "management_review", kPrefix = "MR-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string plannedOn, heldOn; // YYYY-MM-DD
    std::string since;             // the day it looks back from ("": the previous review held, or the beginning)
    std::string chair;             // top management
    std::string attendees;         // one per line
    ReviewStatus status = ReviewStatus::Planned;
    std::string inputs;            // frozen when held (encodeInputs); "" before
    std::map<std::string, std::string> comments; // per input code: what was said of it
    std::string minutes;           // the record of the meeting (written after it too)
    bool held() const { return status == ReviewStatus::Held; }
    bool operator==(const ManagementReview&) const = default;
};

enum class DecisionType { Improvement, Change, Resource, Policy, Objective };
inline constexpr std::array<std::string_view, 5> kDecisionTypeCodes = {"improvement", "change", "resource", "policy", "objective"};

struct ReviewDecision {
    static constexpr std::string_view kKind = "review_decision", kPrefix = "MD-";
    std::string id;
    Stamp stamp;
    DecisionType type = DecisionType::Improvement;
    std::string description;
    std::string owner;
    std::string due; // YYYY-MM-DD
    bool operator==(const ReviewDecision&) const = default;
};

inline constexpr std::string_view kDecisionReview = "review_decision.review";
inline constexpr std::string_view kActionDecision = "action.review_decision";

Fields fieldsOf(const ManagementReview& r);
Status fromFields(const Fields& f, ManagementReview& out);
// A title; dates; held only with its chair, its held date and its inputs.
Status validate(const Workspace& ws, const ManagementReview& r);
Fields fieldsOf(const ReviewDecision& d);
Status fromFields(const Fields& f, ReviewDecision& out);
Status validate(const Workspace& ws, const ReviewDecision& d); // what was decided; a due date that is a date

// What a held review keeps: everything but its minutes (refused with ReviewHeld; an undo puts
// back what the guard allowed).
Status guardHeld(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit);

// The decisions of a review, in the order they were made; the review a decision belongs to; the
// actions made from a decision.
std::vector<const ReviewDecision*> decisionsOf(const Workspace& ws, std::string_view reviewId);
std::string reviewOfDecision(const Workspace& ws, std::string_view decisionId);
std::vector<std::string> actionsOfDecision(const Workspace& ws, std::string_view decisionId);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::reviews
