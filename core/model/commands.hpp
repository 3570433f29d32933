#pragma once
// The concrete edits. Each validates in apply() and remembers what it needs to revert.
// `session` ids let one stay in a text field merge into one undoable edit (0: never merge).
#include "model/command_stack.hpp"

namespace kanri::model {

// Sets everything recorded for one item (rating, justification, evidence, owner, due, notes).
class SetItem final : public Command {
public:
    SetItem(std::string itemId, ItemAssessment value, int session = 0)
        : m_id(std::move(itemId)), m_new(std::move(value)), m_session(session) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override;
    bool mergeWith(const Command& next) override;

private:
    std::string m_id;
    ItemAssessment m_new;
    ItemAssessment m_old;
    int m_session;
};

class SetDocument final : public Command {
public:
    SetDocument(std::string docId, DocumentCheck value, int session = 0)
        : m_id(std::move(docId)), m_new(std::move(value)), m_session(session) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override;
    bool mergeWith(const Command& next) override;

private:
    std::string m_id;
    DocumentCheck m_new, m_old;
    int m_session;
};

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

// Freezes the current assessment as a named cycle (the work goes on from the same state).
class FreezeCycle final : public Command {
public:
    explicit FreezeCycle(std::string name) : m_name(std::move(name)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override { return m_name; }

private:
    std::string m_name;
    std::string m_id; // assigned on first apply, kept for redo
    Cycle m_cycle;
};

class DeleteCycle final : public Command {
public:
    explicit DeleteCycle(std::string id) : m_id(std::move(id)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override { return m_removed.name; }

private:
    std::string m_id;
    Cycle m_removed;
    size_t m_position = 0;
};

// Replaces the whole workspace (an import). Validated before anything changes.
class ReplaceWorkspace final : public Command {
public:
    explicit ReplaceWorkspace(WorkspaceData data) : m_new(std::move(data)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    std::string describe() const override { return "import"; }

private:
    WorkspaceData m_new, m_old;
};

} // namespace kanri::model
