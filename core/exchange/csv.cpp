#include "exchange/csv.hpp"

#include "model/text.hpp"

namespace kanri::exchange {

std::string csvField(const std::string& value) {
    // Quoted as well: a value starting with = + - @ (quoting alone does not stop formulas in
    // every spreadsheet, but it keeps the data exactly as typed, which an export must do).
    const bool quote = value.find_first_of(",\"\r\n") != std::string::npos || (!value.empty() && std::string("=+-@").find(value[0]) != std::string::npos);
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csvField(fields[i]);
    }
    return out + "\r\n";
}

std::string gapsCsv(const model::Catalogue& catalogue, const model::ItemMap& items, const std::vector<model::Gap>& rows,
                    bool japanese) {
    std::string out = "\xEF\xBB\xBF";
    out += csvRow({"item", "title", "clause", "rating", "key", "basis", "owner", "target_date"});
    for (const model::Gap& g : rows) {
        const model::Item& item = catalogue.items()[static_cast<size_t>(g.item)];
        auto it = items.find(item.id);
        const std::string owner = it == items.end() ? "" : it->second.owner;
        const std::string due = it == items.end() ? "" : it->second.due;
        out += csvRow({item.id, japanese ? item.titleJa : item.titleEn, item.clauseId, std::string(model::ratingCode(g.rating)),
                       item.key ? "yes" : "no", std::string(model::basisCode(item.basis)), owner, due});
    }
    return out;
}

std::string guardCell(const std::string& value) {
    if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) return "'" + value;
    return value;
}

std::string unguardCell(const std::string& value) {
    if (value.size() >= 2 && value[0] == '\'' && std::string_view("=+-@\t\r").find(value[1]) != std::string_view::npos) return value.substr(1);
    return value;
}

Result<CsvTable> parseCsv(std::string_view text, const CsvLimits& limits) {
    auto refuse = [](size_t line, const std::string& what) { return fail(ErrorCode::CsvInvalid, "line " + std::to_string(line) + ": " + what); };
    if (text.size() > limits.maxBytes) return fail(ErrorCode::CsvInvalid, std::to_string(text.size() / (1024 * 1024)) + " MB: too big");
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return fail(ErrorCode::CsvInvalid, "UTF-16: save it as CSV UTF-8");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    CsvTable t;
    std::vector<std::string> record;
    std::string cell;
    size_t line = 1, recordLine = 1;
    bool quoted = false, wasQuoted = false;
    size_t i = 0;
    auto endCell = [&]() -> Status {
        if (!text::isValidUtf8(cell)) return refuse(recordLine, "not UTF-8 text (a Shift_JIS file?): save it as CSV UTF-8");
        record.push_back(std::move(cell));
        cell.clear();
        wasQuoted = false;
        return ok();
    };
    auto endRecord = [&]() -> Status {
        const bool blank = record.empty() && cell.empty() && !wasQuoted; // an empty line
        if (auto s = endCell(); !s) return s;
        if (!blank) {
            if (t.records.size() >= limits.maxRecords) return refuse(recordLine, "more than " + std::to_string(limits.maxRecords - 1) + " rows");
            t.records.push_back(std::move(record));
            t.lines.push_back(recordLine);
        }
        record.clear();
        recordLine = line;
        return ok();
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') return refuse(line, "text after a closing quote");
                continue;
            }
            if (c == '\n') ++line;
            cell += c;
            ++i;
        } else if (c == '"') {
            if (!cell.empty()) return refuse(line, "a quote inside an unquoted cell");
            quoted = wasQuoted = true;
            ++i;
        } else if (c == ',') {
            if (auto s = endCell(); !s) return s.error();
            ++i;
        } else if (c == '\r' || c == '\n') {
            i += c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
            ++line;
            if (auto s = endRecord(); !s) return s.error();
        } else {
            cell += c;
            ++i;
        }
        if (cell.size() > limits.maxCellBytes) return refuse(line, "a cell of more than " + std::to_string(limits.maxCellBytes / 1024) + " KB");
    }
    if (quoted) return refuse(recordLine, "a quote that is never closed");
    if (!cell.empty() || !record.empty()) {
        if (auto s = endRecord(); !s) return s.error();
    }
    return t;
}

std::string csvWhere(const CsvRowError& e) {
    if (e.line == 0) return {};
    return std::to_string(e.line) + (e.column.empty() ? "" : " (" + e.column + ")") + ": ";
}

std::string markdownCell(const std::string& t) {
    std::string out;
    for (char c : t) {
        if (c == '|') out += "\\|";
        else if (c == '\n') out += "<br>";
        else if (c != '\r') out += c;
    }
    return out;
}

} // namespace kanri::exchange
