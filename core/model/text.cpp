#include "model/text.hpp"

#include <algorithm>

namespace kanri::text {

char32_t decodeAt(std::string_view s, size_t i, size_t* len) {
    *len = 1;
    if (i >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return b0;
    int extra = 0;
    char32_t c = 0;
    if ((b0 & 0xE0) == 0xC0) { extra = 1; c = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { extra = 2; c = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { extra = 3; c = b0 & 0x07; }
    else return 0xFFFD;
    if (i + extra >= s.size()) return 0xFFFD; // truncated
    for (int k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0xFFFD;
        c = (c << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (c < kMin[extra] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return 0xFFFD;
    *len = static_cast<size_t>(extra) + 1;
    return c;
}

size_t nextBoundary(std::string_view s, size_t i) {
    if (i >= s.size()) return s.size();
    size_t len = 1;
    decodeAt(s, i, &len);
    return i + len;
}

size_t prevBoundary(std::string_view s, size_t i) {
    if (i == 0) return 0;
    if (i > s.size()) i = s.size();
    // Step back over at most three continuation bytes, then check that the sequence found
    // really ends at i (else the byte before i stands alone).
    size_t j = i - 1;
    for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
    size_t len = 1;
    decodeAt(s, j, &len);
    return j + len == i ? j : i - 1;
}

size_t countCodePoints(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); i = nextBoundary(s, i)) ++n;
    return n;
}

size_t eraseBefore(std::string& s, size_t cursor) {
    if (cursor > s.size()) cursor = s.size();
    const size_t start = prevBoundary(s, cursor);
    s.erase(start, cursor - start);
    return start;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isValidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t len = 1;
        char32_t c = decodeAt(s, i, &len);
        if (c == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return false;
        i += len;
    }
    return true;
}

bool isWide(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool noBreakBefore(char32_t c) {
    switch (c) {
    case U'、': case U'。': case U'，': case U'．': case U'）': case U'」': case U'』': case U'】': case U'〕':
    case U'〉': case U'》': case U'・': case U'ー': case U'：': case U'；': case U'！': case U'？': case U'ぁ':
    case U'ぃ': case U'ぅ': case U'ぇ': case U'ぉ': case U'っ': case U'ゃ': case U'ゅ': case U'ょ': case U'ァ':
    case U'ィ': case U'ゥ': case U'ェ': case U'ォ': case U'ッ': case U'ャ': case U'ュ': case U'ョ': case U'々':
    case U'〜': case U'…': case U')': case U']': case U'}': case U',': case U'.': case U':': case U';':
    case U'!': case U'?': case U'%':
        return true;
    default:
        return false;
    }
}

bool noBreakAfter(char32_t c) {
    switch (c) {
    case U'（': case U'「': case U'『': case U'【': case U'〔': case U'〈': case U'《': case U'(': case U'[':
    case U'{':
        return true;
    default:
        return false;
    }
}

std::vector<std::string_view> wrapLines(std::string_view text, float width,
                                        const std::function<float(char32_t)>& advance) {
    std::vector<std::string_view> lines;
    size_t lineStart = 0;
    size_t breakAt = std::string_view::npos; // byte offset where the line may end
    size_t resumeAt = 0;                     // where the next line starts after that break
    float lineWidth = 0;
    char32_t prev = 0;

    auto emit = [&](size_t end, size_t next) {
        size_t e = end;
        while (e > lineStart && text[e - 1] == ' ') --e; // no trailing spaces
        lines.push_back(text.substr(lineStart, e - lineStart));
        lineStart = next;
        while (lineStart < text.size() && text[lineStart] == ' ') ++lineStart; // nor leading ones
        breakAt = std::string_view::npos;
    };

    for (size_t i = lineStart; i < text.size();) {
        if (i < lineStart) i = lineStart;
        if (i >= text.size()) break;
        size_t len = 1;
        const char32_t c = decodeAt(text, i, &len);
        if (c == '\n') {
            emit(i, i + 1);
            lineWidth = 0;
            prev = 0;
            i = lineStart;
            continue;
        }
        // A break opportunity before c?
        if (i > lineStart && prev != 0) {
            const bool afterSpace = prev == ' ';
            const bool cjk = (isWide(prev) || isWide(c)) && c != ' ';
            if ((afterSpace || cjk) && !noBreakBefore(c) && !noBreakAfter(prev)) {
                breakAt = i;
                resumeAt = i;
            }
        }
        const float w = advance(c);
        if (lineWidth + w > width && i > lineStart && c != ' ') {
            if (breakAt != std::string_view::npos && breakAt > lineStart) {
                emit(breakAt, resumeAt);
                // Measure the carried-over part again from the new line start.
                lineWidth = 0;
                prev = 0;
                i = lineStart;
                continue;
            }
            emit(i, i); // no opportunity: break the word here
            lineWidth = 0;
            prev = 0;
            i = lineStart;
            continue;
        }
        lineWidth += w;
        prev = c;
        i += len;
    }
    if (lineStart < text.size() || lines.empty()) lines.push_back(text.substr(std::min(lineStart, text.size())));
    return lines;
}

bool containsFolded(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [&](char a, char b) { return fold(a) == fold(b); });
    return it != hay.end();
}

bool naturalLess(std::string_view a, std::string_view b) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            size_t ie = i, je = j;
            while (ie < a.size() && digit(a[ie])) ++ie;
            while (je < b.size() && digit(b[je])) ++je;
            std::string_view da = a.substr(i, ie - i), db = b.substr(j, je - j);
            while (da.size() > 1 && da[0] == '0') da.remove_prefix(1);
            while (db.size() > 1 && db[0] == '0') db.remove_prefix(1);
            if (da.size() != db.size()) return da.size() < db.size();
            if (da != db) return da < db;
            i = ie;
            j = je;
        } else {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace kanri::text
