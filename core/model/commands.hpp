#pragma once
// The concrete edits. Each validates in apply() and remembers what it needs to revert.
#include "model/command_stack.hpp"

namespace kanri::model {

class SetClauseRating final : public Command {
public:
    SetClauseRating(std::string clauseId, Rating rating) : m_id(std::move(clauseId)), m_new(rating) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override;

private:
    std::string m_id;
    Rating m_new;
    Rating m_old = Rating::Unrated;
};

// Sets a clause's free-text note. Edits with the same session id (one stay in the field) merge
// into one undoable command.
class SetClauseNote final : public Command {
public:
    SetClauseNote(std::string clauseId, std::string note, int session = 0)
        : m_id(std::move(clauseId)), m_new(std::move(note)), m_session(session) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override;
    bool mergeWith(const Command& next) override;

private:
    std::string m_id;
    std::string m_new;
    std::string m_old;
    int m_session;
};

} // namespace kanri::model
