#include "model/commands.hpp"

#include "model/text.hpp"

#include <utility>

namespace kanri::model {
namespace {

// The start of a text for the Edit menu: needs no translation.
std::string preview(const std::string& s) {
    size_t i = 0;
    for (int n = 0; n < 12 && i < s.size(); ++n) i = text::nextBoundary(s, i);
    std::string head = s.substr(0, i);
    for (char& c : head)
        if (c == '\n') c = ' ';
    return "\"" + head + (i < s.size() ? "…" : "") + "\"";
}

} // namespace

// --- descriptions for the Edit menu (ids and codes: no translation needed) ----------------
Description ItemTraits::describe(const std::string& id, const Value& before, const Value& after) {
    if (after.rating == before.rating) return {Description::Verb::EditItem, id};
    std::string code(ratingCode(after.rating));
    return {Description::Verb::Rate, id + ": " + (code.empty() ? "–" : code)};
}

Description DocumentTraits::describe(const std::string& id, const Value&, const Value&) {
    return {Description::Verb::SetDocument, id};
}

Description ClauseNoteTraits::describe(const std::string& id, const Value&, const Value& after) {
    return {Description::Verb::EditNote, id + ": " + preview(after)};
}

// --- cycles -------------------------------------------------------------------------------
Status FreezeCycle::apply(Workspace& ws) {
    if (m_id.empty()) {
        Cycle frozen = ws.freeze(m_name);
        m_id = frozen.id;
        m_fields = fieldsOf(frozen);
    }
    Status s = ws.putEntity(kinds::Cycle, m_id, m_fields, nullptr);
    if (!s) m_id.clear(); // refused (a blank name): the number was not taken
    return s;
}

void FreezeCycle::revert(Workspace& ws) { (void)ws.removeEntity({std::string(kinds::Cycle), m_id}, nullptr); }

Status DeleteCycle::apply(Workspace& ws) {
    const Cycle* c = ws.findCycle(m_id);
    if (!c) return fail(ErrorCode::UnknownCycle, m_id);
    m_name = c->name;
    return ws.removeEntity({std::string(kinds::Cycle), m_id}, &m_removed);
}

// --- import -------------------------------------------------------------------------------
Status ReplaceWorkspace::apply(Workspace& ws) {
    std::string where;
    if (auto s = ws.validateData(m_new, &where); !s) return fail(s.error().code, where + ": " + s.error().detail);
    m_old = ws.data();
    for (auto& [id, a] : m_new.items) ws.assignEvidenceIds(a); // kept for redo
    ws.replace(m_new);
    return ok();
}

void ReplaceWorkspace::revert(Workspace& ws) { ws.replace(m_old); }

// --- the modules' entities -----------------------------------------------------------------
Status PutEntity::apply(Workspace& ws) {
    const bool choose = m_id.empty(); // a new entity: the next id, kept for redo
    if (choose) {
        if (!ws.collection(m_kind)) return fail(ErrorCode::UnknownKind, m_kind);
        m_id = ws.nextId(m_kind);
    }
    auto refused = [&](Status s) {
        if (choose) m_id.clear(); // refused: the number was not taken
        return s;
    };
    if (m_patch) {
        const Collection* c = ws.collection(m_kind);
        if (!c) return refused(fail(ErrorCode::UnknownKind, m_kind));
        const auto at = c->indexOf(m_id);
        if (!choose && !at) return refused(fail(ErrorCode::UnknownId, m_id));
        Fields fields = at ? c->fieldsAt(*at) : Fields{};
        if (auto s = m_patch(ws, fields); !s) return refused(s);
        m_fields = std::move(fields);
        m_patch = nullptr;
    }
    // The links of a new entity are checked first: a refused create takes no id, changes nothing.
    if (!ws.collection(m_kind) || !ws.collection(m_kind)->indexOf(m_id))
        for (const NewLink& l : m_links) {
            const Relation* r = ws.registry().relation(l.relation);
            if (!r) return refused(fail(ErrorCode::UnknownRelation, l.relation));
            if (r->from != m_kind || r->to != l.to.kind)
                return refused(fail(ErrorCode::UnknownRelation, l.relation + " joins " + std::string(r->from) + " to " + std::string(r->to)));
            if (!ws.exists(l.to)) return refused(fail(ErrorCode::UnknownId, l.to.kind + " " + l.to.id));
        }
    if (auto s = ws.putEntity(m_kind, m_id, m_fields, &m_replaced); !s) return refused(s);
    m_made.clear();
    if (!m_replaced) {
        for (const NewLink& l : m_links) {
            const Link link{{m_kind, m_id}, l.relation, l.to};
            if (auto s = ws.addLink(link); !s) {
                revert(ws);
                return refused(s);
            }
            m_made.push_back(link);
        }
    }
    return ok();
}

bool PutEntity::mergeWith(const Command& next) {
    const auto* n = commandAs<PutEntity>(next);
    if (!n || m_session == 0 || n->m_session != m_session || n->m_kind != m_kind || n->m_id != m_id || !m_replaced || !n->m_links.empty())
        return false;
    m_fields = n->m_fields; // what a redo puts; the undo still restores what was there before the first
    return true;
}

void PutEntity::revert(Workspace& ws) {
    Workspace::Unguarded unguarded(ws);
    for (auto l = m_made.rbegin(); l != m_made.rend(); ++l) (void)ws.removeLink(*l);
    m_made.clear();
    if (m_replaced) {
        ws.restoreEntity(*m_replaced);
        return;
    }
    // It was new: take it out again (nothing else can point at it yet: links come after it).
    (void)ws.removeEntity({m_kind, m_id}, nullptr);
}

// --- batch --------------------------------------------------------------------------------
Status Batch::apply(Workspace& ws) {
    // The caller's index is only for the first apply (redo applies again, long after).
    size_t* refusedAt = std::exchange(m_refusedAt, nullptr);
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (Status s = m_parts[i]->apply(ws); !s) {
            if (refusedAt) *refusedAt = i;
            while (i-- > 0) m_parts[i]->revert(ws);
            return s;
        }
    }
    return ok();
}

void Batch::revert(Workspace& ws) {
    for (size_t i = m_parts.size(); i-- > 0;) m_parts[i]->revert(ws);
}

Status BuiltBatch::apply(Workspace& ws) {
    if (m_build) {
        std::vector<std::unique_ptr<Command>> parts;
        if (auto s = m_build(ws, parts); !s) return s;
        m_parts = std::move(parts);
        m_build = nullptr;
    }
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (Status s = m_parts[i]->apply(ws); !s) {
            while (i-- > 0) m_parts[i]->revert(ws);
            return s;
        }
    }
    return ok();
}

void BuiltBatch::revert(Workspace& ws) {
    for (size_t i = m_parts.size(); i-- > 0;) m_parts[i]->revert(ws);
}

std::unique_ptr<Command> patchFields(std::string kind, std::string id, Fields changed, int session) {
    auto put = std::make_unique<PutEntity>(std::move(kind), std::move(id), [changed = std::move(changed)](const Workspace&, Fields& f) -> Status {
        for (const auto& [name, value] : changed) setField(f, name, value);
        return ok();
    });
    put->setSession(session);
    return put;
}

} // namespace kanri::model
