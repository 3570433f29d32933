#include "model/commands.hpp"

#include "model/text.hpp"

namespace kanri::model {

Status SetClauseRating::apply(Workspace& ws) {
    m_old = ws.clauseRating(m_id);
    return ws.setClauseRating(m_id, m_new);
}

void SetClauseRating::revert(Workspace& ws) { (void)ws.setClauseRating(m_id, m_old); }

std::string SetClauseRating::describe() const {
    std::string code(ratingCode(m_new));
    return m_id + " = " + (code.empty() ? "-" : code);
}

Status SetClauseNote::apply(Workspace& ws) {
    m_old = ws.clauseNote(m_id);
    return ws.setClauseNote(m_id, m_new);
}

void SetClauseNote::revert(Workspace& ws) { (void)ws.setClauseNote(m_id, m_old); }

std::string SetClauseNote::describe() const {
    // The id and the start of the new text: needs no translation.
    std::string head;
    size_t i = 0;
    for (int n = 0; n < 12 && i < m_new.size(); ++n) i = text::nextBoundary(m_new, i);
    head = m_new.substr(0, i);
    for (char& c : head)
        if (c == '\n') c = ' ';
    return m_id + ": \"" + head + (i < m_new.size() ? "…" : "") + "\"";
}

bool SetClauseNote::mergeWith(const Command& next) {
    const auto* n = dynamic_cast<const SetClauseNote*>(&next);
    if (!n || m_session == 0 || n->m_session != m_session || n->m_id != m_id) return false;
    m_new = n->m_new; // keep m_old: undo goes back to before the first keystroke
    return true;
}

} // namespace kanri::model
