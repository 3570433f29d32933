// Multi-byte UTF-8: cursor steps, deletion and line breaking that Japanese text needs.
#include "model/text.hpp"

#include <doctest/doctest.h>

using namespace kanri;

TEST_CASE("text/cursor steps over whole code points") {
    const std::string s = "aイ𠮷b"; // 1 + 3 + 4 + 1 bytes
    CHECK(text::nextBoundary(s, 0) == 1);
    CHECK(text::nextBoundary(s, 1) == 4);
    CHECK(text::nextBoundary(s, 4) == 8);
    CHECK(text::nextBoundary(s, 8) == 9);
    CHECK(text::nextBoundary(s, 9) == 9);
    CHECK(text::prevBoundary(s, 9) == 8);
    CHECK(text::prevBoundary(s, 8) == 4);
    CHECK(text::prevBoundary(s, 4) == 1);
    CHECK(text::prevBoundary(s, 1) == 0);
    CHECK(text::prevBoundary(s, 0) == 0);
    CHECK(text::countCodePoints(s) == 4);
    CHECK(text::countCodePoints("インシデント管理の是正処置") == 13);
}

TEST_CASE("text/backspace deletes one whole character") {
    std::string s = "是正処置";
    size_t cursor = s.size();
    cursor = text::eraseBefore(s, cursor);
    CHECK(s == "是正処");
    CHECK(cursor == s.size());
    cursor = text::eraseBefore(s, 3); // after 是
    CHECK(s == "正処");
    CHECK(cursor == 0);
    CHECK(text::eraseBefore(s, 0) == 0);
    CHECK(s == "正処");
}

TEST_CASE("text/decoding: valid code points, and invalid bytes as U+FFFD that still advance") {
    size_t len = 0;
    CHECK(text::decodeAt("管", 0, &len) == U'管');
    CHECK(len == 3);
    CHECK(text::decodeAt("\xF0\xA0\xAE\xB7", 0, &len) == U'𠮷');
    CHECK(len == 4);
    CHECK(text::decodeAt("\xE7\xAE", 0, &len) == 0xFFFD); // truncated
    CHECK(len == 1);
    CHECK(text::decodeAt("\xC0\xAF", 0, &len) == 0xFFFD); // overlong '/'
    CHECK(text::decodeAt("\xED\xA0\x80", 0, &len) == 0xFFFD); // surrogate
    CHECK(text::isValidUtf8("インシデント\n管理"));
    CHECK_FALSE(text::isValidUtf8("abc\xFF"));
    std::string out;
    for (char32_t c : {U'a', U'é', U'管', U'𠮷'}) text::appendUtf8(out, c);
    CHECK(out == "aé管𠮷");
}

namespace {
// Every code point 1 unit wide except wide characters, 2 units.
float advance(char32_t c) { return text::isWide(c) ? 2.0f : 1.0f; }
std::vector<std::string> wrap(std::string_view s, float w) {
    std::vector<std::string> out;
    for (auto line : text::wrapLines(s, w, advance)) out.emplace_back(line);
    return out;
}
} // namespace

TEST_CASE("text/wrapping breaks at spaces in English") {
    CHECK(wrap("the quick brown fox", 10) == std::vector<std::string>{"the quick", "brown fox"});
    CHECK(wrap("short", 10) == std::vector<std::string>{"short"});
    CHECK(wrap("", 10) == std::vector<std::string>{""});
    CHECK(wrap("abcdefghijkl", 5) == std::vector<std::string>{"abcde", "fghij", "kl"}); // a word too long
    CHECK(wrap("one\ntwo three", 20) == std::vector<std::string>{"one", "two three"});
}

TEST_CASE("text/wrapping breaks between Japanese characters, not only at spaces") {
    // 13 wide characters = 26 units; 10 units per line = 5 characters.
    CHECK(wrap("インシデント管理の是正処置", 10) ==
          std::vector<std::string>{"インシデン", "ト管理の是", "正処置"});
    // Mixed: "SMS" stays on the first line together with the Japanese that follows.
    auto lines = wrap("SMS とサービスの情報セキュリティリスク", 12);
    CHECK(lines.front().rfind("SMS", 0) == 0);
    CHECK(lines.front().size() > 4);
}

TEST_CASE("text/kinsoku: no line starts with 、。 and none ends with 「") {
    // Width 6 = three wide characters. "管理、運用" would put 、 at a line start.
    auto lines = wrap("管理の、運用", 6);
    for (const auto& l : lines) CHECK(l.rfind("、", 0) != 0);
    auto quoted = wrap("手順の「変更」", 6);
    for (const auto& l : quoted) {
        CAPTURE(l);
        CHECK((l.size() < 3 || l.substr(l.size() - 3) != "「"));
    }
}

TEST_CASE("text/containsFolded: ASCII letters without case, everything else as it is") {
    CHECK(text::containsFolded("Backup Restore Test", "restore"));
    CHECK(text::containsFolded("変更諮問会議", "諮問"));
    CHECK(text::containsFolded("anything", ""));
    CHECK_FALSE(text::containsFolded("Backup", "backups"));
    CHECK_FALSE(text::containsFolded("ＡＢＣ", "abc")); // full-width letters are not folded
}
