#pragma once
// CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line break;
// CRLF line ends; a UTF-8 byte-order mark first, so Excel reads Japanese correctly.
#include "model/catalogue.hpp"
#include "model/scoring.hpp"

#include "model/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kanri::exchange {

std::string csvField(const std::string& value);
std::string csvRow(const std::vector<std::string>& fields);
// A text cell guarded against formula injection: one starting with = + - @, a tab or a carriage
// return gets a leading ' (spreadsheets show the text, never run it). unguardCell takes it off.
std::string guardCell(const std::string& value);
std::string unguardCell(const std::string& value);

// A text as one cell of a Markdown table: "|" escaped, line breaks as <br>.
std::string markdownCell(const std::string& text);

// A CSV file as read: records of fields, and the line each record starts on (for messages).
struct CsvTable {
    std::vector<std::vector<std::string>> records;
    std::vector<size_t> lines;
};
struct CsvLimits {
    size_t maxBytes = 64u * 1024 * 1024;
    size_t maxRecords = 100'001; // the header and 100,000 rows
    size_t maxCellBytes = 64u * 1024;
};
// RFC 4180, CRLF or LF; a UTF-8 byte-order mark is skipped. Refused with the line: not UTF-8
// (a Shift_JIS or UTF-16 file), a stray or unclosed quote, a file, record count or cell too big.
Result<CsvTable> parseCsv(std::string_view text, const CsvLimits& limits = {});

// A problem of one row of an imported CSV file (the risk register's, a matrix's).
struct CsvRowError {
    size_t line = 0;     // the line the row starts on (1: the header; 0: the whole file)
    std::string column;  // "" for the whole row
    Error error;
};
// "line 3 (CSP: Cloud supplier): " before a message, "" for the whole file.
std::string csvWhere(const CsvRowError& e);

// The gap list as shown (rows in their displayed order): item, title, clause, rating, key,
// owner, target date. Titles in Japanese when `japanese`.
std::string gapsCsv(const model::Catalogue& catalogue, const model::ItemMap& items, const std::vector<model::Gap>& rows,
                    bool japanese);

} // namespace kanri::exchange
