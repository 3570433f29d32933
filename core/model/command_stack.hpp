#pragma once
// Every edit is a Command: the UI, the automation API and (later) imports only ever submit
// commands, so undo/redo behave the same in the desktop and browser apps.
#include "model/error.hpp"
#include "model/type_key.hpp"
#include "model/workspace.hpp"

#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace kanri::model {

// Every kind of edit, with the code the history stores for it. The Edit menu translates it as
// Str::Verb<Name> ("Undo rating …"), the History view as Str::Did<Name> ("Rating").
#define KANRI_VERBS(X)                \
    X(Rate, "rate")                   \
    X(EditItem, "edit_item")          \
    X(SetDocument, "set_document")    \
    X(EditNote, "edit_note")          \
    X(FreezeCycle, "freeze_cycle")    \
    X(DeleteCycle, "delete_cycle")    \
    X(Import, "import")               \
    X(Batch, "batch")                 \
    X(Put, "put")                     \
    X(Remove, "remove")               \
    X(Link, "link")                   \
    X(Unlink, "unlink")

struct Description {
    enum class Verb {
#define KANRI_VERB_ENUM(name, code) name,
        KANRI_VERBS(KANRI_VERB_ENUM)
#undef KANRI_VERB_ENUM
    };
    Verb verb;
    std::string subject;
};
std::string_view verbCode(Description::Verb verb);
std::optional<Description::Verb> verbFromCode(std::string_view code);

class Command {
public:
    virtual ~Command() = default;
    // Applies the edit; on failure the workspace must be unchanged.
    virtual Status apply(Workspace& ws) = 0;
    // Reverts a successful apply exactly.
    virtual void revert(Workspace& ws) = 0;
    // What the Edit menu says ("Undo rating 8.6.1-01: L"): a verb the UI translates and a
    // subject made of ids, codes and the user's own text (nothing to translate there).
    virtual Description describe() const = 0;
    // Called on the newest command with the next one (already applied): returns true when it
    // absorbed it, so one undo reverts both (typing into one field is one edit).
    virtual bool mergeWith(const Command& next) { return false; }
    // The command's own type (typeKey<T>() of the final class), so mergeWith can tell its kind
    // without RTTI; commandAs<T> below reads it.
    virtual TypeKey type() const { return nullptr; }
    // The id of the entity it put (created or replaced), for an automation answer; "" for none.
    virtual std::string putId() const { return {}; }
};

// The command as a T, or nullptr when it is another kind of command (dynamic_cast without RTTI).
template <typename T> const T* commandAs(const Command& c) {
    return c.type() == typeKey<T>() ? static_cast<const T*>(&c) : nullptr;
}

class CommandStack {
public:
    explicit CommandStack(size_t limit = 500) : m_limit(limit) {}

    // Applies cmd; on success it becomes undoable and the redo list is cleared.
    Status execute(std::unique_ptr<Command> cmd, Workspace& ws);
    bool undo(Workspace& ws);
    bool redo(Workspace& ws);
    bool canUndo() const { return !m_done.empty(); }
    bool canRedo() const { return !m_undone.empty(); }
    const Command* nextUndo() const { return m_done.empty() ? nullptr : m_done.back().get(); }
    const Command* nextRedo() const { return m_undone.empty() ? nullptr : m_undone.back().get(); }
    void clear();

private:
    size_t m_limit;
    std::vector<std::unique_ptr<Command>> m_done;
    std::vector<std::unique_ptr<Command>> m_undone;
};

} // namespace kanri::model
