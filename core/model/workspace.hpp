#pragma once
// The user's data as the model sees it, with a record of what changed since the store last
// persisted it. Commands are the only writers (see command_stack.hpp).
#include "model/catalogue.hpp"
#include "model/error.hpp"
#include "model/rating.hpp"

#include <map>
#include <set>
#include <string>

namespace kanri::model {

// Keys of entities touched since the last persist; the store writes exactly these.
struct ChangeSet {
    std::set<std::string> clauseRatings;
    std::set<std::string> clauseNotes;
    bool empty() const { return clauseRatings.empty() && clauseNotes.empty(); }
    void clear() {
        clauseRatings.clear();
        clauseNotes.clear();
    }
};

// Longest note accepted, in bytes of UTF-8 (about 20,000 Japanese characters).
inline constexpr size_t kMaxNoteBytes = 64 * 1024;

class Workspace {
public:
    explicit Workspace(const Catalogue& catalogue) : m_catalogue(&catalogue) {}

    const Catalogue& catalogue() const { return *m_catalogue; }

    Rating clauseRating(std::string_view clauseId) const;
    // Validates the id; records the change for the store. Setting Unrated removes the rating.
    Status setClauseRating(std::string_view clauseId, Rating rating);
    const std::map<std::string, Rating, std::less<>>& clauseRatings() const { return m_ratings; }

    const std::string& clauseNote(std::string_view clauseId) const;
    // Validates the id, UTF-8 and length; an empty note removes it.
    Status setClauseNote(std::string_view clauseId, std::string note);
    const std::map<std::string, std::string, std::less<>>& clauseNotes() const { return m_notes; }

    // Loading from storage: no change is recorded.
    void loadClauseRating(std::string id, Rating rating);
    void loadClauseNote(std::string id, std::string note);
    void clear();

    const ChangeSet& changes() const { return m_changes; }
    void markPersisted() { m_changes.clear(); }

private:
    const Catalogue* m_catalogue;
    std::map<std::string, Rating, std::less<>> m_ratings;
    std::map<std::string, std::string, std::less<>> m_notes;
    ChangeSet m_changes;
};

} // namespace kanri::model
