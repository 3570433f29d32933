#pragma once
// CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line break;
// CRLF line ends; a UTF-8 byte-order mark first, so Excel reads Japanese correctly.
#include "model/catalogue.hpp"
#include "model/scoring.hpp"

#include <string>
#include <vector>

namespace kanri::exchange {

std::string csvField(const std::string& value);
std::string csvRow(const std::vector<std::string>& fields);

// The gap list as shown (rows in their displayed order): item, title, clause, rating, key,
// owner, target date. Titles in Japanese when `japanese`.
std::string gapsCsv(const model::Catalogue& catalogue, const model::ItemMap& items, const std::vector<model::Gap>& rows,
                    bool japanese);

} // namespace kanri::exchange
