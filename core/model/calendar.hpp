#pragma once
// Dates as the model handles them (YYYY-MM-DD texts, no clock): day numbers to count and step
// with, weekdays, and decimal numbers as people type them. Shared by every module that compares
// dates (an expiry, a due date, a measurement's period) or numbers (targets, measurements).
#include <string>
#include <string_view>

namespace kanri::model {

// Days since 1970-01-01 of a civil date, and back.
long daysFromCivil(int year, int month, int day);
void civilFromDays(long days, int& year, int& month, int& day);
// The day number of a YYYY-MM-DD date (false when it is not one).
bool dayNumber(std::string_view date, long& out);
// A day number as YYYY-MM-DD ("" outside years 1–9999).
std::string dateText(long days);
// The date `days` after a YYYY-MM-DD date ("" when it is not one).
std::string addDays(const std::string& date, int days);
// 1 Monday … 7 Sunday.
int isoWeekday(long days);

// A decimal number as typed: digits with at most one point and a leading minus ("99.95", "4",
// "-1.5"); "0,5", "1e3" and "" are not.
bool parseDecimal(std::string_view text, double& out);

} // namespace kanri::model
