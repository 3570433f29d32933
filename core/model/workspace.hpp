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
    bool empty() const { return clauseRatings.empty(); }
    void clear() { clauseRatings.clear(); }
};

class Workspace {
public:
    explicit Workspace(const Catalogue& catalogue) : m_catalogue(&catalogue) {}

    const Catalogue& catalogue() const { return *m_catalogue; }

    Rating clauseRating(std::string_view clauseId) const;
    // Validates the id; records the change for the store. Setting Unrated removes the rating.
    Status setClauseRating(std::string_view clauseId, Rating rating);
    const std::map<std::string, Rating, std::less<>>& clauseRatings() const { return m_ratings; }

    // Loading from storage: no change is recorded.
    void loadClauseRating(std::string id, Rating rating);
    void clear();

    const ChangeSet& changes() const { return m_changes; }
    void markPersisted() { m_changes.clear(); }

private:
    const Catalogue* m_catalogue;
    std::map<std::string, Rating, std::less<>> m_ratings;
    ChangeSet m_changes;
};

} // namespace kanri::model
