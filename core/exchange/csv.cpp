#include "exchange/csv.hpp"

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

} // namespace kanri::exchange
