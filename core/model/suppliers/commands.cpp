#include "model/suppliers/commands.hpp"

#include "model/suppliers/review.hpp"
#include "model/validation.hpp"

#include "model/commands.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::suppliers {
namespace {

using Parts = std::vector<std::unique_ptr<Command>>;

std::string matrixKind() { return std::string(RaciMatrix::kKind); }
std::string rowKind() { return std::string(RaciRow::kKind); }

// The ids the next n entities of a kind will get.
std::string idAfter(const Workspace& ws, std::string_view kind, std::string_view prefix, int64_t n) {
    return formatId(prefix, ws.collection(kind)->nextNumber() + n);
}

std::unique_ptr<Command> putRow(const std::string& id, const RaciRow& r, const std::string& matrixId) {
    return std::make_unique<PutEntity>(rowKind(), id, fieldsOf(r), std::vector<PutEntity::NewLink>{{std::string(kRowMatrix), {matrixKind(), matrixId}}});
}

// A put of the matrix after `change` (refused as change says).
std::unique_ptr<Command> patchMatrix(const std::string& matrixId, std::function<Status(RaciMatrix&)> change) {
    return std::make_unique<PutEntity>(matrixKind(), matrixId, [change = std::move(change)](const Workspace&, Fields& f) -> Status {
        RaciMatrix m;
        if (auto s = fromFields(f, m); !s) return s;
        if (auto s = change(m); !s) return s;
        f = fieldsOf(m);
        return ok();
    });
}

// A put of a row after `change`, which sees the row's matrix.
std::unique_ptr<Command> patchRow(const std::string& rowId, std::function<Status(const RaciMatrix&, RaciRow&)> change, int session = 0) {
    auto put = std::make_unique<PutEntity>(rowKind(), rowId, [rowId, change = std::move(change)](const Workspace& ws, Fields& f) -> Status {
        RaciRow r;
        if (auto s = fromFields(f, r); !s) return s;
        const RaciMatrix* m = ws.entities<RaciMatrix>().find(matrixOfRow(ws, rowId));
        if (!m) return fail(ErrorCode::UnknownId, rowId + ": no matrix");
        if (auto s = change(*m, r); !s) return s;
        f = fieldsOf(r);
        return ok();
    });
    put->setSession(session);
    return put;
}

std::string shortList(const std::vector<std::string>& ids) {
    std::string out;
    for (size_t i = 0; i < ids.size() && i < 8; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > 8) out += " (+" + std::to_string(ids.size() - 8) + ")";
    return out;
}

} // namespace

std::unique_ptr<Command> createSupplier(Fields fields, std::string via) {
    std::vector<PutEntity::NewLink> links;
    if (!via.empty()) {
        setField(fields, "via", via);
        links.push_back({"supplier.via", {std::string(Supplier::kKind), via}});
    }
    return std::make_unique<PutEntity>(std::string(Supplier::kKind), "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> createSupplierReview(const std::string& supplierId, Fields fields, std::string nextReview) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, supplierId + ": review"}, [supplierId, fields, nextReview](const Workspace& ws, Parts& parts) -> Status {
        const Supplier* s = ws.entities<Supplier>().find(supplierId);
        if (!s) return fail(ErrorCode::UnknownId, std::string(Supplier::kKind) + " " + supplierId);
        if (!nextReview.empty() && !isValidDate(nextReview)) return fail(ErrorCode::InvalidDate, "next_review: " + nextReview);
        // The supplier's targets to review against, then what was given over them (an actual for
        // "result.2.actual", or results of its own).
        SupplierReview copy;
        for (const Target& t : s->targets) copy.results.push_back({t.measure, t.supplier, "", t.unit, t.better});
        Fields f;
        for (auto& field : fieldsOf(copy))
            if (field.first == "results" || field.first.rfind("result.", 0) == 0) f.push_back(std::move(field));
        for (const auto& [name, value] : fields) setField(f, name, value);
        parts.push_back(std::make_unique<PutEntity>(std::string(SupplierReview::kKind), "", std::move(f),
                                                    std::vector<PutEntity::NewLink>{{std::string(kReviewSupplier), {std::string(Supplier::kKind), supplierId}}}));
        if (!nextReview.empty()) parts.push_back(patchFields(std::string(Supplier::kKind), supplierId, {{"review_on", nextReview}}));
        return ok();
    });
}

std::unique_ptr<Command> raiseFromSupplierReview(const std::string& reviewId, bool nonconformity, std::string today) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, reviewId + ": raised"}, [reviewId, nonconformity, today](const Workspace& ws, Parts& parts) -> Status {
        const SupplierReview* r = ws.entities<SupplierReview>().find(reviewId);
        if (!r) return fail(ErrorCode::UnknownId, std::string(SupplierReview::kKind) + " " + reviewId);
        if (EntityKey raised = raisedFromReview(ws, reviewId); !raised.kind.empty()) return fail(ErrorCode::AlreadyRaised, reviewId + " → " + raised.id);
        const Supplier* s = ws.entities<Supplier>().find(supplierOfReview(ws, reviewId));
        const std::string who = s ? s->name : reviewId;
        const std::string period = r->from.empty() && r->to.empty() ? r->heldOn : r->from + " – " + r->to;
        std::string missed;
        for (const TargetResult& t : r->results)
            if (met(t) == false) missed += (missed.empty() ? "" : "; ") + t.measure + " " + t.actual + " " + t.unit + " (target " + t.target + " " + t.unit + ")";
        const std::string title = who + ": " + (missed.empty() ? r->summary.substr(0, r->summary.find('\n')) : missed);
        const std::string description = r->summary + (r->followUp.empty() ? "" : "\n\n" + r->followUp);
        const std::string ref = reviewId + " / " + period;
        if (nonconformity) {
            Fields f = {{"title", title}, {"description", description}, {"source", "supplier_review"}, {"source_ref", ref},
                        {"detected_on", r->heldOn.empty() ? today : r->heldOn}, {"detected_by", r->reviewer}};
            parts.push_back(std::make_unique<PutEntity>("nonconformity", "", std::move(f),
                                                        std::vector<PutEntity::NewLink>{{std::string(kNcSupplierReview), {std::string(SupplierReview::kKind), reviewId}},
                                                                                        {"nonconformity.clause", {"clause", "8.3.4.1"}}}));
        } else {
            Fields f = {{"title", title}, {"description", description}, {"source", "supplier_review"}, {"source_ref", ref}, {"affects", who}};
            parts.push_back(std::make_unique<PutEntity>("opportunity", "", std::move(f),
                                                        std::vector<PutEntity::NewLink>{{std::string(kOfiSupplierReview), {std::string(SupplierReview::kKind), reviewId}}}));
        }
        return ok();
    });
}

std::unique_ptr<Command> setSupplierVia(const std::string& supplierId, std::string via) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, supplierId + ": via"}, [supplierId, via](const Workspace& ws, Parts& parts) -> Status {
        const Supplier* s = ws.entities<Supplier>().find(supplierId);
        if (!s) return fail(ErrorCode::UnknownId, std::string(Supplier::kKind) + " " + supplierId);
        if (!via.empty() && (via == supplierId || !ws.entities<Supplier>().find(via))) return fail(ErrorCode::UnknownId, "via: " + via);
        const EntityKey self{std::string(Supplier::kKind), supplierId};
        bool linked = false;
        for (const Link& l : ws.linksFrom(self)) {
            if (l.relation != "supplier.via") continue;
            if (l.to.id == via) linked = true;
            else parts.push_back(std::make_unique<SetLink>(l, false));
        }
        parts.push_back(patchFields(std::string(Supplier::kKind), supplierId, {{"via", via}}));
        if (!via.empty() && !linked) parts.push_back(std::make_unique<SetLink>(Link{self, "supplier.via", {std::string(Supplier::kKind), via}}, true));
        return ok();
    });
}

std::unique_ptr<Command> createMatrix(MatrixDraft draft, std::string scope) {
    const std::string subject = draft.matrix.title;
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, subject},
                                        [draft = std::move(draft), scope = std::move(scope)](const Workspace& ws, Parts& parts) -> Status {
        RaciMatrix m = draft.matrix;
        m.scope = scope;
        const std::string id = idAfter(ws, RaciMatrix::kKind, RaciMatrix::kPrefix, 0);
        parts.push_back(std::make_unique<PutEntity>(matrixKind(), id, fieldsOf(m)));
        int64_t n = 0;
        for (const RaciRow& r : draft.rows) {
            parts.push_back(putRow(idAfter(ws, RaciRow::kKind, RaciRow::kPrefix, n), r, id));
            ++n;
        }
        return ok();
    });
}

std::unique_ptr<Command> removeMatrix(const std::string& id) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, matrixKind() + " " + id}, [id](const Workspace& ws, Parts& parts) -> Status {
        if (!ws.entities<RaciMatrix>().find(id)) return fail(ErrorCode::UnknownId, id);
        for (const Link& l : ws.linksTo({matrixKind(), id})) parts.push_back(std::make_unique<RemoveEntity>(l.from));
        parts.push_back(std::make_unique<RemoveEntity>(EntityKey{matrixKind(), id}));
        return ok();
    });
}

std::unique_ptr<Command> saveAsTemplate(const std::string& matrixId, std::string title) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, title}, [matrixId, title](const Workspace& ws, Parts& parts) -> Status {
        const RaciMatrix* m = ws.entities<RaciMatrix>().find(matrixId);
        if (!m) return fail(ErrorCode::UnknownId, matrixId);
        SavedTemplate t;
        t.title = title;
        t.frozen = encodeFrozen(*m, rowsOf(ws, matrixId));
        parts.push_back(std::make_unique<PutEntity>(std::string(SavedTemplate::kKind), idAfter(ws, SavedTemplate::kKind, SavedTemplate::kPrefix, 0), fieldsOf(t)));
        return ok();
    });
}

std::unique_ptr<Command> signOff(const std::string& matrixId, std::string on, std::vector<Participant> participants, std::string note) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, std::string(SignOff::kKind) + " " + matrixId},
                                        [matrixId, on, participants, note](const Workspace& ws, Parts& parts) -> Status {
        const RaciMatrix* m = ws.entities<RaciMatrix>().find(matrixId);
        if (!m) return fail(ErrorCode::UnknownId, matrixId);
        SignOff s{"", {}, on, participants, note, encodeFrozen(*m, rowsOf(ws, matrixId))};
        parts.push_back(std::make_unique<PutEntity>(std::string(SignOff::kKind), idAfter(ws, SignOff::kKind, SignOff::kPrefix, 0), fieldsOf(s),
                                                    std::vector<PutEntity::NewLink>{{std::string(kSignOffMatrix), {matrixKind(), matrixId}}}));
        return ok();
    });
}

std::unique_ptr<Command> addRow(const std::string& matrixId, Fields fields, const std::string& after) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, rowKind() + " " + matrixId},
                                        [matrixId, fields, after](const Workspace& ws, Parts& parts) -> Status {
        if (!ws.entities<RaciMatrix>().find(matrixId)) return fail(ErrorCode::UnknownId, matrixId);
        RaciRow r;
        if (auto s = fromFields(fields, r); !s) return s;
        const std::vector<const RaciRow*> rows = rowsOf(ws, matrixId);
        auto at = std::find_if(rows.begin(), rows.end(), [&](const RaciRow* x) { return x->id == after; });
        r.order = at == rows.end() ? (rows.empty() ? 1 : rows.back()->order + 1) : (*at)->order + 1;
        parts.push_back(putRow(idAfter(ws, RaciRow::kKind, RaciRow::kPrefix, 0), r, matrixId)); // first: its id is the answer
        // After a row: the rows below move down one place.
        if (at != rows.end())
            for (auto it = at + 1; it != rows.end(); ++it) {
                const int64_t wanted = r.order + (it - at);
                if ((*it)->order < wanted) parts.push_back(patchFields(rowKind(), (*it)->id, {{"order", std::to_string(wanted)}}));
            }
        return ok();
    });
}

std::unique_ptr<Command> moveRow(const std::string& rowId, int delta) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Put, rowKind() + " " + rowId}, [rowId, delta](const Workspace& ws, Parts& parts) -> Status {
        const std::vector<const RaciRow*> rows = rowsOf(ws, matrixOfRow(ws, rowId));
        auto at = std::find_if(rows.begin(), rows.end(), [&](const RaciRow* x) { return x->id == rowId; });
        if (at == rows.end()) return fail(ErrorCode::UnknownId, rowId);
        const auto index = at - rows.begin() + delta;
        if (index < 0 || index >= static_cast<std::ptrdiff_t>(rows.size())) return fail(ErrorCode::InvalidOperation, rowId + ": cannot move further");
        const RaciRow* other = rows[static_cast<size_t>(index)];
        int64_t mine = (*at)->order, theirs = other->order;
        if (mine == theirs) theirs = mine + delta; // equal orders (an import): make them differ
        parts.push_back(patchFields(rowKind(), rowId, {{"order", std::to_string(theirs)}}));
        parts.push_back(patchFields(rowKind(), other->id, {{"order", std::to_string(mine)}}));
        return ok();
    });
}

std::unique_ptr<Command> setLetters(const std::string& rowId, const std::string& party, Letters letters) {
    return patchRow(rowId, [party, letters](const RaciMatrix& m, RaciRow& r) -> Status {
        if (!findParty(m, party)) return fail(ErrorCode::RaciPartyUnknown, party);
        r.set(party, letters);
        return ok();
    });
}

std::unique_ptr<Command> toggleLetter(const std::string& rowId, const std::string& party, Letter letter) {
    return patchRow(rowId, [party, letter](const RaciMatrix& m, RaciRow& r) -> Status {
        if (!findParty(m, party)) return fail(ErrorCode::RaciPartyUnknown, party);
        r.set(party, static_cast<Letters>(r.at(party) ^ letter));
        return ok();
    });
}

std::unique_ptr<Command> setAgreed(const std::string& rowId, bool agreed) {
    return patchFields(rowKind(), rowId, {{"agreed", agreed ? "yes" : ""}});
}

std::unique_ptr<Command> addParty(const std::string& matrixId, Party party) {
    return patchMatrix(matrixId, [party](RaciMatrix& m) -> Status {
        Party p = party;
        if (p.code.empty()) p.code = newPartyCode(m, p.kind);
        if (findParty(m, p.code)) return fail(ErrorCode::RaciPartyInvalid, "code twice: " + p.code);
        m.parties.push_back(std::move(p));
        return ok();
    });
}

std::unique_ptr<Command> changeParty(const std::string& matrixId, const std::string& code, std::function<void(Party&)> change) {
    return patchMatrix(matrixId, [code, change = std::move(change)](RaciMatrix& m) -> Status {
        for (Party& p : m.parties)
            if (p.code == code) {
                change(p);
                p.code = code;
                return ok();
            }
        return fail(ErrorCode::RaciPartyUnknown, code);
    });
}

std::unique_ptr<Command> updateParty(const std::string& matrixId, const std::string& code, Party next) {
    return changeParty(matrixId, code, [next = std::move(next)](Party& p) { p = next; });
}

std::unique_ptr<Command> moveParty(const std::string& matrixId, const std::string& code, int delta) {
    return patchMatrix(matrixId, [code, delta](RaciMatrix& m) -> Status {
        auto at = std::find_if(m.parties.begin(), m.parties.end(), [&](const Party& p) { return p.code == code; });
        if (at == m.parties.end()) return fail(ErrorCode::RaciPartyUnknown, code);
        const auto to = at - m.parties.begin() + delta;
        if (to < 0 || to >= static_cast<std::ptrdiff_t>(m.parties.size())) return fail(ErrorCode::InvalidOperation, code + ": cannot move further");
        std::swap(*at, m.parties[static_cast<size_t>(to)]);
        return ok();
    });
}

std::vector<std::string> partyRemovalBlockers(const Workspace& ws, const std::string& matrixId, const std::string& code) {
    std::vector<std::string> out;
    const RaciMatrix* m = ws.entities<RaciMatrix>().find(matrixId);
    if (!m) return out;
    for (const Party& p : m->parties)
        if (p.via == code) out.push_back(p.code + " via " + code);
    for (const RaciRow* r : rowsOf(ws, matrixId)) {
        const Letters mine = r->at(code);
        if (!mine) continue; // a row not applicable now keeps who would do it, should it apply again
        int otherR = 0, otherA = 0;
        for (const auto& [c, l] : r->cells) {
            if (c == code) continue;
            otherR += (l & R) != 0;
            otherA += (l & A) != 0;
        }
        if (((mine & A) && otherA == 0) || ((mine & R) && otherR == 0)) out.push_back(r->id);
    }
    return out;
}

std::unique_ptr<Command> removeParty(const std::string& matrixId, const std::string& code) {
    return std::make_unique<BuiltBatch>(Description{Description::Verb::Remove, matrixId + " " + code}, [matrixId, code](const Workspace& ws, Parts& parts) -> Status {
        const RaciMatrix* m = ws.entities<RaciMatrix>().find(matrixId);
        if (!m) return fail(ErrorCode::UnknownId, matrixId);
        if (!findParty(*m, code)) return fail(ErrorCode::RaciPartyUnknown, code);
        if (const std::vector<std::string> blockers = partyRemovalBlockers(ws, matrixId, code); !blockers.empty())
            return fail(ErrorCode::RaciPartyHoldsOnly, code + ": " + shortList(blockers));
        for (const RaciRow* r : rowsOf(ws, matrixId))
            if (r->at(code)) parts.push_back(patchFields(rowKind(), r->id, {{"cell." + code, ""}}));
        parts.push_back(patchMatrix(matrixId, [code](RaciMatrix& mm) -> Status {
            std::erase_if(mm.parties, [&](const Party& p) { return p.code == code; });
            return ok();
        }));
        return ok();
    });
}

} // namespace kanri::model::suppliers
