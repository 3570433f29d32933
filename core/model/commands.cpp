#include "model/commands.hpp"

#include "model/text.hpp"

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

// --- SetItem ------------------------------------------------------------------------------
Status SetItem::apply(Workspace& ws) {
    m_old = ws.item(m_id);
    return ws.setItem(m_id, m_new);
}

void SetItem::revert(Workspace& ws) {
    (void)ws.setItem(m_id, m_old);
}

std::string SetItem::describe() const {
    if (m_new.rating != m_old.rating) {
        std::string code(ratingCode(m_new.rating));
        return m_id + " = " + (code.empty() ? "-" : code);
    }
    return m_id;
}

bool SetItem::mergeWith(const Command& next) {
    const auto* n = dynamic_cast<const SetItem*>(&next);
    if (!n || m_session == 0 || n->m_session != m_session || n->m_id != m_id) return false;
    m_new = n->m_new; // keep m_old: undo goes back to before the first keystroke
    return true;
}

// --- SetDocument --------------------------------------------------------------------------
Status SetDocument::apply(Workspace& ws) {
    m_old = ws.document(m_id);
    return ws.setDocument(m_id, m_new);
}

void SetDocument::revert(Workspace& ws) { (void)ws.setDocument(m_id, m_old); }

std::string SetDocument::describe() const { return m_id + " = " + std::string(documentStatusCode(m_new.status)); }

bool SetDocument::mergeWith(const Command& next) {
    const auto* n = dynamic_cast<const SetDocument*>(&next);
    if (!n || m_session == 0 || n->m_session != m_session || n->m_id != m_id) return false;
    m_new = n->m_new;
    return true;
}

// --- SetClauseNote ------------------------------------------------------------------------
Status SetClauseNote::apply(Workspace& ws) {
    m_old = ws.clauseNote(m_id);
    return ws.setClauseNote(m_id, m_new);
}

void SetClauseNote::revert(Workspace& ws) { (void)ws.setClauseNote(m_id, m_old); }

std::string SetClauseNote::describe() const { return m_id + ": " + preview(m_new); }

bool SetClauseNote::mergeWith(const Command& next) {
    const auto* n = dynamic_cast<const SetClauseNote*>(&next);
    if (!n || m_session == 0 || n->m_session != m_session || n->m_id != m_id) return false;
    m_new = n->m_new;
    return true;
}

// --- cycles -------------------------------------------------------------------------------
Status FreezeCycle::apply(Workspace& ws) {
    if (m_id.empty()) {
        m_cycle = ws.freeze(m_name);
        m_id = m_cycle.id;
    }
    return ws.insertCycle(m_cycle, ws.cycles().size());
}

void FreezeCycle::revert(Workspace& ws) { (void)ws.removeCycle(m_id, nullptr, nullptr); }

Status DeleteCycle::apply(Workspace& ws) { return ws.removeCycle(m_id, &m_removed, &m_position); }

void DeleteCycle::revert(Workspace& ws) { (void)ws.insertCycle(m_removed, m_position); }

// --- import -------------------------------------------------------------------------------
Status ReplaceWorkspace::apply(Workspace& ws) {
    std::string where;
    if (auto s = ws.validateData(m_new, &where); !s) return fail(s.error().code, where + ": " + s.error().detail);
    m_old = ws.data();
    ws.replace(m_new);
    return ok();
}

void ReplaceWorkspace::revert(Workspace& ws) { ws.replace(m_old); }

} // namespace kanri::model
