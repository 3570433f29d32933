#pragma once
// The periods measurements are taken for, written as people write them: a year "2026", a
// quarter "2026-Q1", a month "2026-03", an ISO week "2026-W09". A KPI measured monthly takes
// months; a report for a quarter gathers the months (and weeks) that start in it.
#include "model/codes.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kanri::model::performance {

enum class Frequency { Weekly, Monthly, Quarterly, Yearly };
inline constexpr std::array<std::string_view, 4> kFrequencyCodes = {"weekly", "monthly", "quarterly", "yearly"};

struct Period {
    Frequency kind = Frequency::Monthly;
    int year = 0;
    int index = 0; // the week (1–53), month (1–12) or quarter (1–4); 0 for a year
    bool operator==(const Period&) const = default;
};

// "2026-03" → a month; "2026-13", "2026-Q5", "2026-W54" (in a year of 52 weeks) and "March" are
// not periods.
std::optional<Period> parsePeriod(std::string_view text);
std::string periodText(const Period& p);
// Its first and last day (day numbers, model/calendar.hpp).
long periodFirstDay(const Period& p);
long periodLastDay(const Period& p);
// Whether `inner` starts within `outer` ("2026-02" and "2026-W06" are in "2026-Q1").
bool periodWithin(const Period& inner, const Period& outer);
// Earlier first; of two starting the same day, the shorter.
bool periodLess(const Period& a, const Period& b);
// The period of this kind that holds a YYYY-MM-DD date (nullopt when it is not a date).
std::optional<Period> periodOf(Frequency kind, std::string_view date);
// An example of the form ("2026-03"), for messages and hints.
std::string_view periodForm(Frequency kind);

} // namespace kanri::model::performance
