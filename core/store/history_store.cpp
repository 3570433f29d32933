#include "store/history_store.hpp"

#include <string>

namespace kanri::store {
namespace {

// "%text%" for LIKE, with the user's % and _ taken literally (ESCAPE '\').
std::string likePattern(const std::string& text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// The WHERE clause of a filter; parameters ?1..?5 are bound by bindFilter (unused ones bind
// empty and are skipped by the clause itself, so one statement text serves every filter).
constexpr const char* kWhere =
    " WHERE (?1 = '' OR h.kind = ?1) AND (?2 = '' OR h.entity_id = ?2) AND (?3 IS NULL OR h.author = ?3)"
    " AND (?4 = '' OR h.action = ?4) AND (?5 = '' OR h.entity_id LIKE ?5 ESCAPE '\\' OR h.subject LIKE ?5 ESCAPE '\\'"
    " OR h.author LIKE ?5 ESCAPE '\\' OR EXISTS (SELECT 1 FROM history_field f WHERE f.seq = h.seq AND"
    " (f.field LIKE ?5 ESCAPE '\\' OR f.before LIKE ?5 ESCAPE '\\' OR f.after LIKE ?5 ESCAPE '\\')))";

void bindFilter(Statement& st, const model::HistoryFilter& f) {
    st.bind(1, f.kind).bind(2, f.id);
    if (f.author) st.bind(3, *f.author);
    else st.bindNull(3);
    st.bind(4, f.action ? model::historyActionCode(*f.action) : std::string_view());
    st.bind(5, f.text.empty() ? std::string() : likePattern(f.text));
}

} // namespace

Status appendHistory(Database& db, std::vector<model::HistoryEntry>& rows) {
    if (rows.empty()) return kanri::ok();
    auto row = db.prepare("INSERT INTO history(step, at, author, action, verb, subject, kind, entity_id) "
                          "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    auto field = db.prepare("INSERT INTO history_field(seq, pos, field, before, after) VALUES(?1,?2,?3,?4,?5)");
    auto author = db.prepare("INSERT OR IGNORE INTO history_author(author) VALUES(?1)");
    if (!row) return row.error();
    if (!field) return field.error();
    if (!author) return author.error();
    for (model::HistoryEntry& e : rows) {
        if (auto s = row.value().exec(e.step, e.at, e.author, model::historyActionCode(e.action), e.verb, e.subject,
                                      e.key.kind, e.key.id);
            !s)
            return s;
        e.seq = db.lastInsertRowid();
        if (auto s = author.value().exec(e.author); !s) return s;
        for (size_t i = 0; i < e.fields.size(); ++i)
            if (auto s = field.value().exec(e.seq, i, e.fields[i].field, e.fields[i].before, e.fields[i].after); !s) return s;
    }
    return kanri::ok();
}

Result<int64_t> countHistory(Database& db, const model::HistoryFilter& filter) {
    const bool all = filter == model::HistoryFilter{};
    auto st = db.prepare(all ? std::string("SELECT count(*) FROM history") : std::string("SELECT count(*) FROM history h") + kWhere);
    if (!st) return st.error();
    if (!all) bindFilter(st.value(), filter);
    if (!st.value().step()) return st.value().ok() ? Result<int64_t>(int64_t{0}) : Result<int64_t>(st.value().error());
    return st.value().integer(0);
}

Result<std::vector<model::HistoryEntry>> readHistory(Database& db, const model::HistoryFilter& filter, int64_t offset,
                                                     int64_t limit) {
    auto st = db.prepare(std::string("SELECT h.seq, h.step, h.at, h.author, h.action, h.verb, h.subject, h.kind, h.entity_id "
                                     "FROM history h") +
                         kWhere + " ORDER BY h.seq DESC LIMIT ?6 OFFSET ?7");
    auto fields = db.prepare("SELECT field, before, after FROM history_field WHERE seq = ?1 ORDER BY pos");
    if (!st) return st.error();
    if (!fields) return fields.error();
    bindFilter(st.value(), filter);
    st.value().bind(6, limit).bind(7, offset);
    std::vector<model::HistoryEntry> out;
    while (st.value().step()) {
        Statement& r = st.value();
        model::HistoryEntry e;
        e.seq = r.integer(0);
        e.step = r.integer(1);
        e.at = r.text(2);
        e.author = r.text(3);
        e.action = model::historyActionFromCode(r.text(4)).value_or(model::HistoryAction::Apply);
        e.verb = r.text(5);
        e.subject = r.text(6);
        e.key = {r.text(7), r.text(8)};
        out.push_back(std::move(e));
    }
    if (!st.value().ok()) return st.value().error();
    for (model::HistoryEntry& e : out) {
        fields.value().reset();
        fields.value().bind(1, e.seq);
        while (fields.value().step())
            e.fields.push_back({fields.value().text(0), fields.value().text(1), fields.value().text(2)});
        if (!fields.value().ok()) return fields.value().error();
    }
    return out;
}

Result<int64_t> lastHistoryStep(Database& db) {
    auto st = db.prepare("SELECT coalesce(max(step), 0) FROM history");
    if (!st) return st.error();
    if (!st.value().step()) return st.value().error();
    return st.value().integer(0);
}

Result<std::vector<std::string>> historyAuthors(Database& db) {
    auto st = db.prepare("SELECT author FROM history_author ORDER BY author");
    if (!st) return st.error();
    std::vector<std::string> out;
    while (st.value().step()) out.push_back(st.value().text(0));
    if (!st.value().ok()) return st.value().error();
    return out;
}

} // namespace kanri::store
