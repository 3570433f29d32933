#include "model/commands.hpp"

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

} // namespace kanri::model
