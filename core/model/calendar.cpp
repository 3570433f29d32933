#include "model/calendar.hpp"

#include "model/validation.hpp"

#include <cstdio>
#include <cstdlib>

namespace kanri::model {

// Howard Hinnant's algorithms (proleptic Gregorian calendar).
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

bool dayNumber(std::string_view date, long& out) {
    if (!isValidDate(date)) return false;
    const auto digits = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
        return v;
    };
    out = daysFromCivil(digits(0, 4), digits(5, 2), digits(8, 2));
    return true;
}

std::string dateText(long days) {
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 1 || y > 9999) return {};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return out;
}

std::string addDays(const std::string& date, int days) {
    long n = 0;
    return dayNumber(date, n) ? dateText(n + days) : std::string();
}

int isoWeekday(long days) {
    // 1970-01-01 was a Thursday (4).
    const long w = (days % 7 + 7 + 3) % 7; // 0 Monday
    return static_cast<int>(w) + 1;
}

bool parseDecimal(std::string_view t, double& out) {
    if (t.empty() || t.size() > 24) return false;
    bool digit = false, dot = false;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !dot) dot = true;
        else if (!(c == '-' && i == 0)) return false;
    }
    if (!digit) return false;
    out = std::strtod(std::string(t).c_str(), nullptr);
    return true;
}

} // namespace kanri::model
