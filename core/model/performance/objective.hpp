#pragma once
// Service management objectives (clause 6.2): kind "objective", ids "OBJ-001" — measurable,
// with an owner, a due date, how it is evaluated and where it stands; linked to the KPIs that
// measure it (objective.kpi), from which its achievement is computed.
#include "model/codes.hpp"
#include "model/entities.hpp"

#include <array>
#include <string>
#include <string_view>

namespace kanri::model::performance {

enum class ObjectiveStatus { Planned, InProgress, Achieved, NotAchieved, Cancelled };
inline constexpr std::array<std::string_view, 5> kObjectiveStatusCodes = {"planned", "in_progress", "achieved", "not_achieved", "cancelled"};

struct Objective {
    static constexpr std::string_view kKind = "objective", kPrefix = "OBJ-";
    std::string id;
    Stamp stamp;
    std::string title;
    std::string measure;    // what "achieved" means, measurably ("P1 resolved within 4 h in 95 % of cases")
    std::string owner;
    std::string due;        // YYYY-MM-DD
    std::string evaluation; // how and when it is evaluated
    ObjectiveStatus status = ObjectiveStatus::Planned;
    std::string notes;
    bool operator==(const Objective&) const = default;
};

inline constexpr std::string_view kObjectiveKpi = "objective.kpi";

Fields fieldsOf(const Objective& o);
Status fromFields(const Fields& f, Objective& out);
Status validate(const Workspace& ws, const Objective& o); // a title; a due date that is a date

using model::codeOf;
using model::enumFromCode;

} // namespace kanri::model::performance
