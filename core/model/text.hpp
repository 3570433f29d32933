#pragma once
// UTF-8 text handling the UI needs and ImGui 1.86 lacks: code point stepping (cursor moves
// and deletion over multi-byte characters) and line breaking that also breaks between
// Japanese characters (ImGui wraps only at spaces), with the basic kinsoku rules: no line
// starts with closing punctuation (、。」…) and none ends with opening brackets (「（…).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::text {

// Decodes the code point at byte offset i; sets len to its byte length (>= 1). Invalid or
// truncated sequences decode as U+FFFD with len 1, so iteration always advances.
char32_t decodeAt(std::string_view s, size_t i, size_t* len);
// Byte offset of the next / previous code point boundary (clamped to [0, size]).
size_t nextBoundary(std::string_view s, size_t i);
size_t prevBoundary(std::string_view s, size_t i);
size_t countCodePoints(std::string_view s);
// Removes the code point before byte offset `cursor`; returns the new cursor.
size_t eraseBefore(std::string& s, size_t cursor);
// Appends c as UTF-8.
void appendUtf8(std::string& out, char32_t c);
// True when every byte sequence in s is valid UTF-8.
bool isValidUtf8(std::string_view s);
// Whether hay contains needle, ASCII letters compared without case (an empty needle: true). The
// searches of the tables and filters use it; other characters compare as they are.
bool containsFolded(std::string_view hay, std::string_view needle);

// Text in natural order: runs of digits compare as numbers ("R-9999" before "R-10000", "8.9"
// before "8.10"), other bytes as they are.
bool naturalLess(std::string_view a, std::string_view b);

bool isWide(char32_t c);          // CJK ideographs, kana, full-width forms: breakable on both sides
bool noBreakBefore(char32_t c);   // closing punctuation and small kana
bool noBreakAfter(char32_t c);    // opening brackets

// Splits text into lines no wider than width (measured by advance per code point); a word
// wider than a line is broken where it must. Hard line breaks ('\n') are kept.
std::vector<std::string_view> wrapLines(std::string_view text, float width,
                                        const std::function<float(char32_t)>& advance);

} // namespace kanri::text
