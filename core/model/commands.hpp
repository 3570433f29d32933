#pragma once
// The concrete edits. Each validates in apply() and remembers what it needs to revert.
// `session` ids let one stay in a text field merge into one undoable edit (0: never merge).
#include "model/command_stack.hpp"

#include <functional>

namespace kanri::model {

// Sets one stored value — an item's assessment, a 7.5.4 checklist entry, a clause note —
// remembering the previous one. Edits with the same session id (one stay in a text field) merge
// into one undoable command. Traits say how to read, write and describe the value.
template <typename Traits> class SetValue final : public Command {
public:
    using Value = typename Traits::Value;
    SetValue(std::string id, Value value, int session = 0) : m_id(std::move(id)), m_new(std::move(value)), m_session(session) {}
    Status apply(Workspace& ws) override {
        m_old = Traits::get(ws, m_id);
        return Traits::set(ws, m_id, m_new);
    }
    void revert(Workspace& ws) override { (void)Traits::set(ws, m_id, m_old); }
    Description describe() const override { return Traits::describe(m_id, m_old, m_new); }
    TypeKey type() const override { return typeKey<SetValue>(); }
    bool mergeWith(const Command& next) override {
        const auto* n = commandAs<SetValue>(next);
        if (!n || m_session == 0 || n->m_session != m_session || n->m_id != m_id) return false;
        m_new = n->m_new; // keep m_old: undo goes back to before the first keystroke
        return true;
    }

private:
    std::string m_id;
    Value m_new;
    Value m_old{};
    int m_session;
};

struct ItemTraits {
    using Value = ItemAssessment;
    static const Value& get(const Workspace& ws, const std::string& id) { return ws.item(id); }
    // New evidence gets its id in the command's own copy, so a redo writes the same ids.
    static Status set(Workspace& ws, const std::string& id, Value& v) {
        ws.assignEvidenceIds(v);
        return ws.setItem(id, v);
    }
    static Description describe(const std::string& id, const Value& before, const Value& after);
};
struct DocumentTraits {
    using Value = DocumentCheck;
    static const Value& get(const Workspace& ws, const std::string& id) { return ws.document(id); }
    static Status set(Workspace& ws, const std::string& id, Value v) { return ws.setDocument(id, std::move(v)); }
    static Description describe(const std::string& id, const Value& before, const Value& after);
};
struct ClauseNoteTraits {
    using Value = std::string;
    static const Value& get(const Workspace& ws, const std::string& id) { return ws.clauseNote(id); }
    static Status set(Workspace& ws, const std::string& id, Value v) { return ws.setClauseNote(id, std::move(v)); }
    static Description describe(const std::string& id, const Value& before, const Value& after);
};

// Changes part of one stored value, as found when applied (an automation operation that sets
// a rating keeps what an earlier operation of the same batch set in the owner).
template <typename Traits> class Patch final : public Command {
public:
    using Value = typename Traits::Value;
    Patch(std::string id, std::function<void(Value&)> change) : m_id(std::move(id)), m_change(std::move(change)) {}
    Status apply(Workspace& ws) override {
        m_old = Traits::get(ws, m_id);
        m_new = m_old;
        m_change(m_new);
        return Traits::set(ws, m_id, m_new);
    }
    void revert(Workspace& ws) override { (void)Traits::set(ws, m_id, m_old); }
    Description describe() const override { return Traits::describe(m_id, m_old, m_new); }

private:
    std::string m_id;
    std::function<void(Value&)> m_change;
    Value m_old{}, m_new{};
};

// Sets everything recorded for one item (rating, justification, evidence, owner, due, notes).
using SetItem = SetValue<ItemTraits>;
using SetDocument = SetValue<DocumentTraits>;
using SetClauseNote = SetValue<ClauseNoteTraits>;
using PatchItem = Patch<ItemTraits>;
using PatchDocument = Patch<DocumentTraits>;

// Freezes the current assessment as a named cycle (the work goes on from the same state).
class FreezeCycle final : public Command {
public:
    explicit FreezeCycle(std::string name) : m_name(std::move(name)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    Description describe() const override { return {Description::Verb::FreezeCycle, m_name}; }

private:
    std::string m_name;
    std::string m_id; // assigned on first apply, kept for redo
    Fields m_fields;
};

class DeleteCycle final : public Command {
public:
    explicit DeleteCycle(std::string id) : m_id(std::move(id)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override { ws.restoreEntity(m_removed); }
    Description describe() const override { return {Description::Verb::DeleteCycle, m_name}; }

private:
    std::string m_id;
    std::string m_name;
    RemovedEntity m_removed;
};

// Replaces the whole workspace (an import). Validated before anything changes.
class ReplaceWorkspace final : public Command {
public:
    explicit ReplaceWorkspace(WorkspaceData data) : m_new(std::move(data)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    Description describe() const override { return {Description::Verb::Import, {}}; }

private:
    WorkspaceData m_new, m_old;
};

// --- the generic commands of the modules' entities ------------------------------------------
// Creates or replaces one entity from its fields (an empty id: a new one, assigned on the first
// apply and kept for redo). Remembers what it replaced.
class PutEntity final : public Command {
public:
    // Changes the fields of an entity as they are when the command is applied (an earlier part
    // of a batch may have changed them); a new one (id "") starts from no fields. The patch runs
    // once: a redo puts what it made.
    using Patch = std::function<Status(const Workspace&, Fields&)>;
    // An outgoing link of a new entity, made with it (its id is chosen when it is applied).
    struct NewLink {
        std::string relation;
        EntityKey to;
    };

    PutEntity(std::string kind, std::string id, Fields fields, std::vector<NewLink> links = {})
        : m_kind(std::move(kind)), m_id(std::move(id)), m_fields(std::move(fields)), m_links(std::move(links)) {}
    PutEntity(std::string kind, std::string id, Patch patch)
        : m_kind(std::move(kind)), m_id(std::move(id)), m_patch(std::move(patch)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    Description describe() const override { return {Description::Verb::Put, m_kind + " " + m_id}; }
    const std::string& id() const { return m_id; }
    std::string putId() const override { return m_id; }
    // Puts of one entity made during one stay in a text field (session > 0) merge into one edit.
    void setSession(int session) { m_session = session; }
    TypeKey type() const override { return typeKey<PutEntity>(); }
    bool mergeWith(const Command& next) override;

private:
    std::string m_kind, m_id;
    int m_session = 0;
    Fields m_fields;
    Patch m_patch;
    std::vector<NewLink> m_links;
    std::vector<Link> m_made; // the links made, to take out on revert
    std::optional<RemovedEntity> m_replaced;
};

// Removes one entity, with the links that go with it (or is refused, naming what points at it).
class RemoveEntity final : public Command {
public:
    explicit RemoveEntity(EntityKey key) : m_key(std::move(key)) {}
    Status apply(Workspace& ws) override { return ws.removeEntity(m_key, &m_removed); }
    void revert(Workspace& ws) override { ws.restoreEntity(m_removed); }
    Description describe() const override { return {Description::Verb::Remove, m_key.kind + " " + m_key.id}; }

private:
    EntityKey m_key;
    RemovedEntity m_removed;
};

// Adds or removes one link.
class SetLink final : public Command {
public:
    SetLink(Link link, bool add) : m_link(std::move(link)), m_add(add) {}
    Status apply(Workspace& ws) override { return m_add ? ws.addLink(m_link) : ws.removeLink(m_link); }
    void revert(Workspace& ws) override {
        Workspace::Unguarded unguarded(ws);
        (void)(m_add ? ws.removeLink(m_link) : ws.addLink(m_link));
    }
    Description describe() const override {
        return {m_add ? Description::Verb::Link : Description::Verb::Unlink, m_link.from.id + " → " + m_link.to.id};
    }

private:
    Link m_link;
    bool m_add;
};

// Several edits as one undoable step (kanri-cli apply, window.kanri.run of a list). Applied
// in order; when one is refused, those before it are reverted and the batch is refused with
// that edit's error: all or nothing. The index of the refused part goes to *refusedAt (a
// refused command does not outlive CommandStack::execute, so it cannot be asked afterwards).
class Batch final : public Command {
public:
    Batch(std::vector<std::unique_ptr<Command>> parts, size_t* refusedAt) : m_parts(std::move(parts)), m_refusedAt(refusedAt) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    Description describe() const override { return {Description::Verb::Batch, std::to_string(m_parts.size())}; }

private:
    std::vector<std::unique_ptr<Command>> m_parts;
    size_t* m_refusedAt;
};

// Several edits as one undoable step, made when first applied from the workspace as it is then
// (the ids of new entities, the rows a matrix has): a module's compound edit without a command
// class of its own. A redo applies the same parts again.
class BuiltBatch final : public Command {
public:
    using Build = std::function<Status(const Workspace&, std::vector<std::unique_ptr<Command>>&)>;
    BuiltBatch(Description description, Build build) : m_description(std::move(description)), m_build(std::move(build)) {}
    Status apply(Workspace& ws) override;
    void revert(Workspace& ws) override;
    Description describe() const override { return m_description; }
    // The first part's: the new matrix, row, sign-off or template.
    std::string putId() const override { return m_parts.empty() ? std::string() : m_parts.front()->putId(); }

private:
    Description m_description;
    Build m_build;
    std::vector<std::unique_ptr<Command>> m_parts;
};

// Changes some fields of an entity (the others as they are when it is applied). Puts of one
// stay in a text field (session > 0) merge into one undoable edit.
std::unique_ptr<Command> patchFields(std::string kind, std::string id, Fields changed, int session = 0);

} // namespace kanri::model
