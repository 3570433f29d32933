#include "model/workspace.hpp"

namespace kanri::model {

Rating Workspace::clauseRating(std::string_view clauseId) const {
    auto it = m_ratings.find(clauseId);
    return it == m_ratings.end() ? Rating::Unrated : it->second;
}

Status Workspace::setClauseRating(std::string_view clauseId, Rating rating) {
    if (!m_catalogue->find(clauseId)) return fail(ErrorCode::UnknownClause, std::string(clauseId));
    std::string id(clauseId);
    if (rating == Rating::Unrated)
        m_ratings.erase(id);
    else
        m_ratings[id] = rating;
    m_changes.clauseRatings.insert(std::move(id));
    return ok();
}

void Workspace::loadClauseRating(std::string id, Rating rating) {
    if (rating != Rating::Unrated) m_ratings[std::move(id)] = rating;
}

void Workspace::clear() {
    for (auto& [id, r] : m_ratings) m_changes.clauseRatings.insert(id);
    m_ratings.clear();
}

} // namespace kanri::model
