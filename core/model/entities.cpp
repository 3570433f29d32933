#include "model/entities.hpp"
#include "model/links.hpp"
#include "model/text.hpp"

#include <charconv>

namespace kanri::model {

std::string formatId(std::string_view prefix, int64_t number, int least) {
    std::string digits = std::to_string(number);
    if (digits.size() < static_cast<size_t>(least)) digits.insert(0, static_cast<size_t>(least) - digits.size(), '0');
    return std::string(prefix) + digits;
}

std::optional<int64_t> idNumber(std::string_view prefix, std::string_view id) {
    if (id.size() <= prefix.size() || id.substr(0, prefix.size()) != prefix) return std::nullopt;
    const std::string_view digits = id.substr(prefix.size());
    int64_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size() || n <= 0) return std::nullopt;
    return n;
}

namespace {
void putText(std::string& out, std::string_view text) {
    out += std::to_string(text.size());
    out += ':';
    out += text;
}
bool takeText(std::string_view& in, std::string& out) {
    const size_t colon = in.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    size_t n = 0;
    auto [end, ec] = std::from_chars(in.data(), in.data() + colon, n);
    if (ec != std::errc() || end != in.data() + colon || n > in.size() - colon - 1) return false;
    out.assign(in.substr(colon + 1, n));
    in.remove_prefix(colon + 1 + n);
    return true;
}
} // namespace

Status fieldsAreText(const Fields& fields) {
    for (const auto& [name, value] : fields)
        if (!text::isValidUtf8(name) || !text::isValidUtf8(value)) return fail(ErrorCode::InvalidText, text::isValidUtf8(name) ? name : "?");
    return ok();
}

std::string encodeFields(const Fields& fields) {
    std::string out;
    for (const auto& [name, value] : fields) {
        if (value.empty()) continue; // every kind reads a field that is not there as empty
        putText(out, name);
        putText(out, value);
    }
    return out;
}

bool decodeFields(std::string_view text, Fields& out) {
    out.clear();
    while (!text.empty()) {
        std::string name, value;
        if (!takeText(text, name) || !takeText(text, value)) return false;
        out.emplace_back(std::move(name), std::move(value));
    }
    return true;
}

const std::string& fieldValue(const Fields& fields, std::string_view name) {
    static const std::string none;
    for (const auto& [n, v] : fields)
        if (n == name) return v;
    return none;
}

std::string linkId(const Link& l) {
    return l.from.kind + "|" + l.from.id + "|" + l.relation + "|" + l.to.kind + "|" + l.to.id;
}

bool linkFromId(std::string_view id, Link& out) {
    std::string parts[5];
    for (int i = 0; i < 5; ++i) {
        const size_t bar = id.find('|');
        if ((bar == std::string_view::npos) != (i == 4)) return false;
        parts[i] = std::string(id.substr(0, bar));
        id = bar == std::string_view::npos ? std::string_view() : id.substr(bar + 1);
    }
    out = {{parts[0], parts[1]}, parts[2], {parts[3], parts[4]}};
    return true;
}

void setField(Fields& fields, std::string_view name, std::string value) {
    for (auto& field : fields)
        if (field.first == name) {
            field.second = std::move(value);
            return;
        }
    fields.emplace_back(std::string(name), std::move(value));
}

FieldTaker::FieldTaker(const Fields& fields) {
    for (const auto& [name, value] : fields)
        if (!m_fields.emplace(name, value).second && m_status) m_status = fail(ErrorCode::DuplicateId, name);
}

std::string FieldTaker::take(const std::string& name) {
    auto it = m_fields.find(name);
    if (it == m_fields.end()) return {};
    std::string v = std::move(it->second);
    m_fields.erase(it);
    return v;
}

Status FieldTaker::count(const std::string& name, size_t max, ErrorCode code, size_t& out) {
    const std::string t = take(name);
    out = 0;
    if (t.empty()) return kanri::ok();
    if (t.size() > 6 || t.find_first_not_of("0123456789") != std::string::npos || std::stoul(t) > max) return fail(code, name + ": " + t);
    out = std::stoul(t);
    return kanri::ok();
}

Status FieldTaker::nothingLeft() const {
    if (!m_fields.empty()) return fail(ErrorCode::InvalidOperation, "unknown field " + m_fields.begin()->first);
    return kanri::ok();
}

} // namespace kanri::model
