#include "model/suppliers/signoff.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <map>

namespace kanri::model::suppliers {
namespace {

// The row fields a comparison looks at: not "order" (a reorder is not a change of content).
Fields comparable(const RaciRow& r) {
    Fields f = fieldsOf(r);
    std::erase_if(f, [](const auto& field) { return field.first == "order"; });
    return f;
}

} // namespace

Fields fieldsOf(const SignOff& s) {
    Fields f{{"on", s.on}, {"note", s.note}, {"participants", std::to_string(s.participants.size())}};
    for (size_t i = 0; i < s.participants.size(); ++i) {
        const std::string p = "participant." + std::to_string(i + 1);
        f.emplace_back(p + ".name", s.participants[i].name);
        f.emplace_back(p + ".role", s.participants[i].role);
        f.emplace_back(p + ".party", s.participants[i].party);
    }
    f.emplace_back("frozen", s.frozen);
    return f;
}

Status fromFields(const Fields& fields, SignOff& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    SignOff s;
    s.on = in.take("on");
    s.note = in.take("note");
    s.frozen = in.take("frozen");
    size_t n = 0;
    if (auto st = in.count("participants", 999, ErrorCode::SignOffIncomplete, n); !st) return st;
    for (size_t i = 1; i <= n; ++i) {
        const std::string p = "participant." + std::to_string(i);
        s.participants.push_back({in.take(p + ".name"), in.take(p + ".role"), in.take(p + ".party")});
    }
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(s);
    return ok();
}

Status validate(const Workspace&, const SignOff& s) {
    if (!isValidDate(s.on)) return fail(ErrorCode::InvalidDate, "on: " + s.on);
    if (s.participants.empty()) return fail(ErrorCode::SignOffIncomplete, "no participants");
    for (const Participant& p : s.participants) {
        if (isBlank(p.name)) return fail(ErrorCode::SignOffIncomplete, "a participant without a name");
        for (const std::string* t : {&p.name, &p.role, &p.party})
            if (auto st = checkText(*t, kMaxShortBytes, "participant"); !st) return st;
    }
    if (auto st = checkText(s.note, kMaxNoteBytes, "note"); !st) return st;
    MatrixDraft d;
    return decodeFrozen(s.frozen, d);
}

Fields fieldsOf(const SavedTemplate& t) { return {{"title", t.title}, {"frozen", t.frozen}}; }

Status fromFields(const Fields& fields, SavedTemplate& out) {
    SavedTemplate t;
    for (const auto& [name, value] : fields) {
        if (name == "title") t.title = value;
        else if (name == "frozen") t.frozen = value;
        else return fail(ErrorCode::InvalidOperation, "unknown field " + name);
    }
    out = std::move(t);
    return ok();
}

Status validate(const Workspace&, const SavedTemplate& t) {
    if (isBlank(t.title)) return fail(ErrorCode::TitleMissing, t.id);
    if (auto st = checkText(t.title, kMaxShortBytes, "title"); !st) return st;
    MatrixDraft d;
    return decodeFrozen(t.frozen, d);
}

std::string encodeFrozen(const RaciMatrix& m, const std::vector<const RaciRow*>& rows) {
    Fields f;
    f.emplace_back("id", m.id);
    for (auto& [name, value] : fieldsOf(m)) f.emplace_back("m." + name, std::move(value));
    f.emplace_back("rows", std::to_string(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::string p = "r." + std::to_string(i + 1) + ".";
        f.emplace_back(p + "id", rows[i]->id);
        for (auto& [name, value] : fieldsOf(*rows[i])) f.emplace_back(p + name, std::move(value));
    }
    return encodeFields(f);
}

Status decodeFrozen(const std::string& text, MatrixDraft& out) {
    Fields f;
    if (!decodeFields(text, f)) return fail(ErrorCode::FrozenInvalid, "");
    MatrixDraft d;
    Fields matrix;
    std::vector<Fields> rows;
    std::vector<std::string> ids;
    for (auto& [name, value] : f) {
        if (name == "id") d.matrix.id = value;
        else if (name.rfind("m.", 0) == 0) matrix.emplace_back(name.substr(2), std::move(value));
        else if (name == "rows") {
            if (value.size() > 6 || value.find_first_not_of("0123456789") != std::string::npos) return fail(ErrorCode::FrozenInvalid, "rows");
            rows.resize(std::stoul(value));
            ids.resize(rows.size());
        } else if (name.rfind("r.", 0) == 0) {
            const size_t dot = name.find('.', 2);
            if (dot == std::string::npos) return fail(ErrorCode::FrozenInvalid, name);
            const std::string n = name.substr(2, dot - 2);
            if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos) return fail(ErrorCode::FrozenInvalid, name);
            const size_t at = std::stoul(n);
            if (at == 0 || at > rows.size()) return fail(ErrorCode::FrozenInvalid, name);
            const std::string field = name.substr(dot + 1);
            if (field == "id") ids[at - 1] = std::move(value);
            else rows[at - 1].emplace_back(field, std::move(value));
        } else return fail(ErrorCode::FrozenInvalid, name);
    }
    const std::string id = d.matrix.id;
    if (auto s = fromFields(matrix, d.matrix); !s) return fail(ErrorCode::FrozenInvalid, s.error().detail);
    d.matrix.id = id;
    for (size_t i = 0; i < rows.size(); ++i) {
        RaciRow r;
        if (auto s = fromFields(rows[i], r); !s) return fail(ErrorCode::FrozenInvalid, s.error().detail);
        r.id = std::move(ids[i]);
        d.rows.push_back(std::move(r));
    }
    out = std::move(d);
    return ok();
}

FrozenComparison compareWithFrozen(const MatrixDraft& frozen, const RaciMatrix& now, const std::vector<const RaciRow*>& rows) {
    FrozenComparison out;
    Fields before = fieldsOf(frozen.matrix), after = fieldsOf(now);
    out.matrix = diffFields(before, after);
    std::map<std::string, const RaciRow*, std::less<>> then;
    for (const RaciRow& r : frozen.rows) then.emplace(r.id, &r);
    for (const RaciRow* r : rows) {
        auto it = then.find(r->id);
        if (it == then.end()) {
            out.rows.push_back({RowDifference::What::Added, r->id, r->activity, {}});
            continue;
        }
        std::vector<FieldChange> changes = diffFields(comparable(*it->second), comparable(*r));
        if (!changes.empty()) out.rows.push_back({RowDifference::What::Changed, r->id, r->activity, std::move(changes)});
        then.erase(it);
    }
    for (const RaciRow& r : frozen.rows)
        if (then.count(r.id)) out.rows.push_back({RowDifference::What::Removed, r.id, r.activity, {}});
    return out;
}

} // namespace kanri::model::suppliers
