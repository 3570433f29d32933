#pragma once
// One corrective or improvement action, kind "action", ids "A-001": the one list every
// domain's actions share (risk treatment, nonconformities, improvement opportunities, review
// decisions), so "all my open actions" is one list. What an action fixes is its links
// (action.nonconformity, action.opportunity, action.risk, action.item).
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>

namespace kanri::model::improvement {

enum class ActionStatus { Planned, InProgress, Done, Cancelled };
inline constexpr std::array<std::string_view, 4> kActionStatusCodes = {"planned", "in_progress", "done", "cancelled"};

struct Action {
    static constexpr std::string_view kKind = "action", kPrefix = "A-";
    std::string id;
    Stamp stamp;
    std::string description, owner;
    std::string due; // YYYY-MM-DD
    ActionStatus status = ActionStatus::Planned;
    std::string cancelReason;
    std::string doneOn; // YYYY-MM-DD
    std::string evidence;
    bool open() const { return status == ActionStatus::Planned || status == ActionStatus::InProgress; }
    bool operator==(const Action&) const = default;
};

// The relations by which an action says what it fixes.
inline constexpr std::string_view kActionNonconformity = "action.nonconformity";
inline constexpr std::string_view kActionOpportunity = "action.opportunity";
inline constexpr std::string_view kActionRisk = "action.risk";
inline constexpr std::string_view kActionItem = "action.item";

Fields fieldsOf(const Action& a);
Status fromFields(const Fields& f, Action& out);
// A description, an owner and a due date; done with its date, cancelled with its reason.
Status validate(const Workspace& ws, const Action& a);

// Open and due before today (dates compare as text: YYYY-MM-DD).
bool overdue(const Action& a, const std::string& today);

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::improvement
