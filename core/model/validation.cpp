#include "model/validation.hpp"

#include "model/text.hpp"

#include <cctype>
#include <string>

namespace kanri::model {

bool isValidDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    const int y = std::stoi(std::string(s.substr(0, 4)));
    const int m = std::stoi(std::string(s.substr(5, 2)));
    const int d = std::stoi(std::string(s.substr(8, 2)));
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool isSafeUrl(std::string_view s) {
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F) return false;
    auto startsWithNoCase = [&](std::string_view prefix) {
        if (s.size() <= prefix.size()) return false;
        for (size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
        return true;
    };
    return startsWithNoCase("https://") || startsWithNoCase("http://") || startsWithNoCase("mailto:");
}

Status checkText(std::string_view value, size_t max, const char* field) {
    if (!text::isValidUtf8(value)) return fail(ErrorCode::InvalidText, field);
    if (value.size() > max) return fail(ErrorCode::TextTooLong, std::string(field) + ": " + std::to_string(value.size()) + " bytes");
    return ok();
}

Status dateOrEmpty(std::string_view date, const char* field) {
    if (!date.empty() && !isValidDate(date)) return fail(ErrorCode::InvalidDate, std::string(field) + ": " + std::string(date));
    return ok();
}

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

} // namespace kanri::model
