#include "exchange/suppliers_csv.hpp"

#include "model/commands.hpp"
#include "model/suppliers/check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kanri::exchange {
namespace {

namespace sup = model::suppliers;

const std::vector<std::string> kHead = {"id", "group", "activity", "ccm"};
const std::vector<std::string> kTail = {"ownership", "applicable", "na_reason", "in_scope", "sold", "agreed", "evidence", "notes"};
// The columns after the parties before "sold" was a column of its own (a file of an earlier Kanri
// is still read: its rows are part of the service as sold).
const std::vector<std::string> kTailWithoutSold = {"ownership", "applicable", "na_reason", "in_scope", "agreed", "evidence", "notes"};

// The tail the header ends with (null: neither).
const std::vector<std::string>* tailOf(const std::vector<std::string>& header) {
    for (const std::vector<std::string>* tail : {&kTail, &kTailWithoutSold})
        if (header.size() >= kHead.size() + tail->size() && std::equal(tail->begin(), tail->end(), header.end() - static_cast<std::ptrdiff_t>(tail->size())))
            return tail;
    return nullptr;
}

std::string partyHeader(const sup::Party& p) { return p.code + ": " + p.name; }
// "CSP: Cloud supplier" → "CSP".
std::string codeOfHeader(const std::string& h) {
    const size_t colon = h.find(':');
    std::string code = h.substr(0, colon);
    while (!code.empty() && code.back() == ' ') code.pop_back();
    return code;
}

std::string yesNo(bool v) { return v ? "yes" : "no"; }

// "yes"/"no"/"" as the field stores it (defaults: applicable and in scope yes, agreed no).
bool readFlag(const std::string& cell, bool empty, bool& out) {
    if (cell.empty()) out = empty;
    else if (cell == "yes" || cell == "y" || cell == "1") out = true;
    else if (cell == "no" || cell == "n" || cell == "0") out = false;
    else return false;
    return true;
}


} // namespace

std::string matrixCsv(const model::Workspace& ws, const std::string& matrixId) {
    const sup::RaciMatrix* m = ws.entities<sup::RaciMatrix>().find(matrixId);
    if (!m) return {};
    std::vector<std::string> header = kHead;
    for (const sup::Party& p : m->parties) header.push_back(guardCell(partyHeader(p)));
    header.insert(header.end(), kTail.begin(), kTail.end());
    std::string out = "\xEF\xBB\xBF" + csvRow(header);
    for (const sup::RaciRow* r : sup::rowsOf(ws, matrixId)) {
        std::vector<std::string> row = {r->id, guardCell(r->group), guardCell(r->activity), guardCell(r->ccm)};
        for (const sup::Party& p : m->parties) row.push_back(sup::lettersText(r->at(p.code)));
        row.push_back(std::string(sup::codeOf(sup::ownershipOf(*m, *r), sup::kOwnershipCodes)));
        row.push_back(yesNo(r->applicable));
        row.push_back(guardCell(r->naReason));
        row.push_back(yesNo(r->inScope));
        row.push_back(yesNo(r->sold));
        row.push_back(yesNo(r->agreed));
        row.push_back(guardCell(r->evidence));
        row.push_back(guardCell(r->notes));
        out += csvRow(row);
    }
    return out;
}

MatrixCsvImport importMatrixCsv(std::string_view text, const model::Workspace& ws, const std::string& matrixId) {
    MatrixCsvImport out;
    const sup::RaciMatrix* m = ws.entities<sup::RaciMatrix>().find(matrixId);
    if (!m) {
        out.errors.push_back({0, "", fail(ErrorCode::UnknownId, matrixId)});
        return out;
    }
    auto table = parseCsv(text);
    if (!table) {
        out.errors.push_back({0, "", table.error()});
        return out;
    }
    const auto& records = table.value().records;
    const auto& lines = table.value().lines;
    // The header: the fixed columns around one column per party.
    const std::vector<std::string> header = records.empty() ? std::vector<std::string>{} : records[0];
    const std::vector<std::string>* tail = tailOf(header);
    if (records.empty() || !tail || !std::equal(kHead.begin(), kHead.end(), header.begin())) {
        std::string want;
        for (const std::string& c : kHead) want += c + ", ";
        want += "CODE: party…";
        for (const std::string& c : kTail) want += ", " + c;
        out.errors.push_back({1, "", fail(ErrorCode::CsvColumns, want)});
        return out;
    }
    const size_t partiesEnd = header.size() - tail->size();
    const bool hasSold = tail == &kTail;
    std::vector<std::string> partyCodes;
    for (size_t c = kHead.size(); c < partiesEnd; ++c) {
        const std::string code = codeOfHeader(unguardCell(header[c]));
        if (!sup::findParty(*m, code)) out.errors.push_back({1, header[c], fail(ErrorCode::RaciPartyUnknown, code)});
        else if (std::find(partyCodes.begin(), partyCodes.end(), code) != partyCodes.end())
            out.errors.push_back({1, header[c], fail(ErrorCode::DuplicateId, code)});
        partyCodes.push_back(code);
    }
    if (!out.errors.empty()) return out;
    if (records.size() == 1) {
        out.errors.push_back({1, "", fail(ErrorCode::CsvEmpty)});
        return out;
    }
    std::set<std::string, std::less<>> mine;
    int64_t lastOrder = 0;
    for (const sup::RaciRow* r : sup::rowsOf(ws, matrixId)) {
        mine.insert(r->id);
        lastOrder = std::max(lastOrder, r->order);
    }
    const model::Collection* rowsOf = ws.collection(sup::RaciRow::kKind);
    std::vector<model::Fields> added;
    std::vector<std::unique_ptr<model::Command>> changes;
    std::set<std::string> seen;
    for (size_t r = 1; r < records.size(); ++r) {
        const std::vector<std::string>& cells = records[r];
        const size_t line = lines[r];
        if (cells.size() != header.size()) {
            out.errors.push_back({line, "", fail(ErrorCode::CsvColumns, std::to_string(cells.size()) + " cells, expected " + std::to_string(header.size()))});
            continue;
        }
        const std::string id = cells[0];
        model::Fields fields = {{"group", unguardCell(cells[1])}, {"activity", unguardCell(cells[2])}, {"ccm", unguardCell(cells[3])}};
        bool rowOk = true;
        for (size_t p = 0; p < partyCodes.size(); ++p) {
            sup::Letters l = 0;
            const std::string& cell = cells[kHead.size() + p];
            if (auto s = sup::parseLetters(cell, l); !s) {
                out.errors.push_back({line, header[kHead.size() + p], s.error()});
                rowOk = false;
            }
            fields.emplace_back("cell." + partyCodes[p], sup::lettersText(l));
        }
        // The cell of a tail column ("" for "sold" in a file without it).
        auto cell = [&](const char* name) -> std::string {
            const auto it = std::find(tail->begin(), tail->end(), name);
            return it == tail->end() ? std::string() : cells[partiesEnd + static_cast<size_t>(it - tail->begin())];
        };
        bool applicable = true, inScope = true, sold = true, agreed = false;
        const struct {
            const char* name;
            bool* flag;
            bool empty;
        } flags[] = {{"applicable", &applicable, true}, {"in_scope", &inScope, true}, {"sold", &sold, true}, {"agreed", &agreed, false}};
        for (const auto& f : flags)
            if (!readFlag(cell(f.name), f.empty, *f.flag)) {
                out.errors.push_back({line, f.name, fail(ErrorCode::UnknownChoice, cell(f.name))});
                rowOk = false;
            }
        fields.emplace_back("applicable", applicable ? "" : "no");
        fields.emplace_back("na_reason", unguardCell(cell("na_reason")));
        fields.emplace_back("in_scope", inScope ? "" : "no");
        if (hasSold) fields.emplace_back("sold", sold ? "" : "no");
        fields.emplace_back("agreed", agreed ? "yes" : "");
        fields.emplace_back("evidence", unguardCell(cell("evidence")));
        fields.emplace_back("notes", unguardCell(cell("notes")));
        if (!rowOk) continue;
        if (!id.empty()) {
            if (!mine.count(id)) {
                out.errors.push_back({line, "id", fail(ErrorCode::UnknownId, id + " is not a row of " + matrixId)});
                continue;
            }
            if (!seen.insert(id).second) {
                out.errors.push_back({line, "id", fail(ErrorCode::DuplicateId, id)});
                continue;
            }
        }
        if (auto s = rowsOf->check(ws, id.empty() ? "RR-001" : id, fields); !s) {
            out.errors.push_back({line, "", s.error()});
            continue;
        }
        if (id.empty()) added.push_back(std::move(fields));
        else changes.push_back(model::patchFields(std::string(sup::RaciRow::kKind), id, std::move(fields)));
    }
    if (!out.errors.empty()) return out;
    out.changed = changes.size();
    out.added = added.size();
    out.command = std::make_unique<model::BuiltBatch>(
        model::Description{model::Description::Verb::Import, matrixId},
        [changes = std::make_shared<std::vector<std::unique_ptr<model::Command>>>(std::move(changes)), added = std::move(added), matrixId,
         lastOrder](const model::Workspace& w, std::vector<std::unique_ptr<model::Command>>& parts) -> Status {
            parts = std::move(*changes);
            const int64_t next = w.collection(sup::RaciRow::kKind)->nextNumber();
            for (size_t i = 0; i < added.size(); ++i) {
                model::Fields f = added[i];
                f.emplace_back("order", std::to_string(lastOrder + 1 + static_cast<int64_t>(i)));
                parts.push_back(std::make_unique<model::PutEntity>(
                    std::string(sup::RaciRow::kKind), model::formatId(sup::RaciRow::kPrefix, next + static_cast<int64_t>(i)), std::move(f),
                    std::vector<model::PutEntity::NewLink>{{std::string(sup::kRowMatrix), {std::string(sup::RaciMatrix::kKind), matrixId}}}));
            }
            return ok();
        });
    return out;
}

std::string matrixMarkdown(const model::Workspace& ws, const std::string& matrixId, bool ja) {
    const sup::RaciMatrix* m = ws.entities<sup::RaciMatrix>().find(matrixId);
    if (!m) return {};
    static const char* kOwnership[2][7] = {
        {"—", "CSP-owned", "CSC-owned", "Third-party outsourced", "Shared CSP and CSC", "Shared CSP and third party", "N/A"},
        {"—", "CSP 所有", "CSC 所有", "第三者に委託", "CSP と CSC で共有", "CSP と第三者で共有", "適用外"}};
    const int l = ja ? 1 : 0;
    const std::vector<const sup::RaciRow*> rows = sup::rowsOf(ws, matrixId);
    const sup::MatrixCheck check = sup::checkMatrix(ws, *m, rows);
    std::string out = "## " + markdownCell(m->title) + "\n\n";
    if (!m->scope.empty()) out += (ja ? "適用範囲: " : "Scope: ") + markdownCell(m->scope) + "\n\n";
    for (const sup::Party& p : m->parties) out += "- **" + p.code + "**: " + markdownCell(p.name) + "\n";
    out += "\n" + std::string(ja ? "| # | 箇条 | 活動 |" : "| # | Clause | Activity |");
    std::string rule = "|---|---|---|";
    for (const sup::Party& p : m->parties) {
        out += " " + p.code + " |";
        rule += ":-:|";
    }
    out += ja ? " CCM 区分 | 合意 | 備考 |\n" : " CCM category | Agreed | Notes |\n";
    out += rule + "---|:-:|---|\n";
    for (size_t i = 0; i < rows.size(); ++i) {
        const sup::RaciRow& r = *rows[i];
        out += "| " + std::to_string(i + 1) + " | " + markdownCell(r.group) + " | " + markdownCell(r.activity) + " |";
        for (const sup::Party& p : m->parties) out += " " + sup::lettersText(r.at(p.code)) + " |";
        std::string notes = r.applicable ? r.notes : (ja ? "適用外: " : "N/A: ") + r.naReason + (r.notes.empty() ? "" : "; " + r.notes);
        out += " " + std::string(kOwnership[l][static_cast<size_t>(check.ownership[i])]) + " | " + (r.agreed ? "✓" : "") + " | " + markdownCell(notes) + " |\n";
    }
    out += "\n" + std::string(ja ? "合意済み " : "Agreed: ") + std::to_string(check.agreed) + " / " + std::to_string(rows.size()) +
           (ja ? " 行 · エラー " : " rows · errors ") + std::to_string(check.errors) + (ja ? " · 警告 " : " · warnings ") + std::to_string(check.warnings) + "\n";
    return out;
}

} // namespace kanri::exchange
