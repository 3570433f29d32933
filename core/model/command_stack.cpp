#include "model/command_stack.hpp"

namespace kanri::model {

std::string_view verbCode(Description::Verb verb) {
    switch (verb) {
#define KANRI_VERB_CODE(name, code) \
    case Description::Verb::name: return code;
        KANRI_VERBS(KANRI_VERB_CODE)
#undef KANRI_VERB_CODE
    }
    return "";
}

std::optional<Description::Verb> verbFromCode(std::string_view code) {
#define KANRI_VERB_FROM(name, c) \
    if (code == c) return Description::Verb::name;
    KANRI_VERBS(KANRI_VERB_FROM)
#undef KANRI_VERB_FROM
    return std::nullopt;
}

Status CommandStack::execute(std::unique_ptr<Command> cmd, Workspace& ws) {
    Status s = cmd->apply(ws);
    if (!s) return s;
    m_undone.clear();
    if (!m_done.empty() && m_done.back()->mergeWith(*cmd)) return s;
    m_done.push_back(std::move(cmd));
    m_undone.clear();
    if (m_done.size() > m_limit) m_done.erase(m_done.begin());
    return s;
}

bool CommandStack::undo(Workspace& ws) {
    if (m_done.empty()) return false;
    m_done.back()->revert(ws);
    m_undone.push_back(std::move(m_done.back()));
    m_done.pop_back();
    return true;
}

bool CommandStack::redo(Workspace& ws) {
    if (m_undone.empty()) return false;
    // A redo re-applies a command that succeeded before on the same state, so it cannot fail.
    (void)m_undone.back()->apply(ws);
    m_done.push_back(std::move(m_undone.back()));
    m_undone.pop_back();
    return true;
}

void CommandStack::clear() {
    m_done.clear();
    m_undone.clear();
}

} // namespace kanri::model
