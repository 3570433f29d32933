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

} // namespace kanri::model
