#include "model/workspace.hpp"

#include "model/text.hpp"

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

const std::string& Workspace::clauseNote(std::string_view clauseId) const {
    static const std::string empty;
    auto it = m_notes.find(clauseId);
    return it == m_notes.end() ? empty : it->second;
}

Status Workspace::setClauseNote(std::string_view clauseId, std::string note) {
    if (!m_catalogue->find(clauseId)) return fail(ErrorCode::UnknownClause, std::string(clauseId));
    if (!text::isValidUtf8(note)) return fail(ErrorCode::InvalidText, "not UTF-8");
    if (note.size() > kMaxNoteBytes) return fail(ErrorCode::TextTooLong, std::to_string(note.size()) + " bytes");
    std::string id(clauseId);
    if (note.empty())
        m_notes.erase(id);
    else
        m_notes[id] = std::move(note);
    m_changes.clauseNotes.insert(std::move(id));
    return ok();
}

void Workspace::loadClauseNote(std::string id, std::string note) {
    if (!note.empty()) m_notes[std::move(id)] = std::move(note);
}

void Workspace::loadClauseRating(std::string id, Rating rating) {
    if (rating != Rating::Unrated) m_ratings[std::move(id)] = rating;
}

void Workspace::clear() {
    for (auto& [id, r] : m_ratings) m_changes.clauseRatings.insert(id);
    for (auto& [id, n] : m_notes) m_changes.clauseNotes.insert(id);
    m_ratings.clear();
    m_notes.clear();
}

} // namespace kanri::model
