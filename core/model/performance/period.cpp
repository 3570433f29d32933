#include "model/performance/period.hpp"

#include "model/calendar.hpp"

#include <cstdio>

namespace kanri::model::performance {
namespace {

bool digits(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

// Monday of ISO week 1: the week with the year's first Thursday (the one holding 4 January).
long isoWeekOneMonday(int year) {
    const long jan4 = daysFromCivil(year, 1, 4);
    return jan4 - (isoWeekday(jan4) - 1);
}

int isoWeeksIn(int year) { return static_cast<int>((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7); }

} // namespace

std::optional<Period> parsePeriod(std::string_view t) {
    int year = 0, n = 0;
    if (t.size() < 4 || t.size() > 8 || !digits(t.substr(0, 4), year) || year < 1900 || year > 2999) return std::nullopt;
    if (t.size() == 4) return Period{Frequency::Yearly, year, 0};
    if (t[4] != '-') return std::nullopt;
    const std::string_view rest = t.substr(5);
    if (rest.size() == 2 && rest[0] == 'Q' && digits(rest.substr(1), n) && n >= 1 && n <= 4) return Period{Frequency::Quarterly, year, n};
    if (rest.size() == 3 && rest[0] == 'W' && digits(rest.substr(1), n) && rest[1] != '+' && n >= 1 && n <= isoWeeksIn(year))
        return Period{Frequency::Weekly, year, n};
    if (rest.size() == 2 && digits(rest, n) && n >= 1 && n <= 12) return Period{Frequency::Monthly, year, n};
    return std::nullopt;
}

std::string periodText(const Period& p) {
    char out[16];
    switch (p.kind) {
    case Frequency::Yearly: std::snprintf(out, sizeof out, "%04d", p.year); break;
    case Frequency::Quarterly: std::snprintf(out, sizeof out, "%04d-Q%d", p.year, p.index); break;
    case Frequency::Monthly: std::snprintf(out, sizeof out, "%04d-%02d", p.year, p.index); break;
    case Frequency::Weekly: std::snprintf(out, sizeof out, "%04d-W%02d", p.year, p.index); break;
    }
    return out;
}

long periodFirstDay(const Period& p) {
    switch (p.kind) {
    case Frequency::Yearly: return daysFromCivil(p.year, 1, 1);
    case Frequency::Quarterly: return daysFromCivil(p.year, (p.index - 1) * 3 + 1, 1);
    case Frequency::Monthly: return daysFromCivil(p.year, p.index, 1);
    case Frequency::Weekly: return isoWeekOneMonday(p.year) + 7L * (p.index - 1);
    }
    return 0;
}

long periodLastDay(const Period& p) {
    switch (p.kind) {
    case Frequency::Yearly: return daysFromCivil(p.year + 1, 1, 1) - 1;
    case Frequency::Quarterly: return p.index == 4 ? daysFromCivil(p.year + 1, 1, 1) - 1 : daysFromCivil(p.year, p.index * 3 + 1, 1) - 1;
    case Frequency::Monthly: return p.index == 12 ? daysFromCivil(p.year + 1, 1, 1) - 1 : daysFromCivil(p.year, p.index + 1, 1) - 1;
    case Frequency::Weekly: return periodFirstDay(p) + 6;
    }
    return 0;
}

bool periodWithin(const Period& inner, const Period& outer) {
    const long start = periodFirstDay(inner);
    return start >= periodFirstDay(outer) && start <= periodLastDay(outer);
}

bool periodLess(const Period& a, const Period& b) {
    const long fa = periodFirstDay(a), fb = periodFirstDay(b);
    if (fa != fb) return fa < fb;
    return periodLastDay(a) < periodLastDay(b);
}

std::optional<Period> periodOf(Frequency kind, std::string_view date) {
    long day = 0;
    if (!dayNumber(date, day)) return std::nullopt;
    int y = 0, m = 0, d = 0;
    civilFromDays(day, y, m, d);
    switch (kind) {
    case Frequency::Yearly: return Period{kind, y, 0};
    case Frequency::Quarterly: return Period{kind, y, (m - 1) / 3 + 1};
    case Frequency::Monthly: return Period{kind, y, m};
    case Frequency::Weekly: {
        // The ISO year of a day is the year of its week's Thursday.
        const long thursday = day - (isoWeekday(day) - 1) + 3;
        int ty = 0, tm = 0, td = 0;
        civilFromDays(thursday, ty, tm, td);
        return Period{kind, ty, static_cast<int>((thursday - isoWeekOneMonday(ty)) / 7) + 1};
    }
    }
    return std::nullopt;
}

std::string_view periodForm(Frequency kind) {
    switch (kind) {
    case Frequency::Weekly: return "2026-W09";
    case Frequency::Monthly: return "2026-03";
    case Frequency::Quarterly: return "2026-Q1";
    case Frequency::Yearly: return "2026";
    }
    return "2026-03";
}

} // namespace kanri::model::performance
