#pragma once
// What the modules put into a workspace: a collection per entity kind, the relations that may
// link them, and the kinds of the catalogue that links may point at. Built once from the one
// list of model modules (modules.hpp); a test may build one with a module of its own.
#include "model/entities.hpp"
#include "model/links.hpp"

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace kanri::model {

// The edit a guard is asked about: a replace (with the new fields), a removal, or one of the
// entity's outgoing links added or removed.
struct GuardedEdit {
    enum class What { Replace, Remove, AddLink, RemoveLink };
    What what;
    const Link* link = nullptr;     // AddLink, RemoveLink
    const Fields* fields = nullptr; // Replace: the value it would have
};
// A kind's guard over edits of what is stored (a closed audit, a held review): asked before an
// entity of the kind is replaced or removed, and before one of its outgoing links is added or
// removed. Creating a new entity is not asked: it has no record yet to protect.
using EditGuard = Status (*)(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit);

class Registry {
public:
    template <typename T> void addKind() { m_collections.push_back(std::make_unique<EntityMap<T>>()); }
    void addRelation(Relation relation) { m_relations.push_back(relation); }
    void addGuard(std::string_view kind, EditGuard check) { m_guards.push_back({kind, check}); }
    // Every guard of the subject's kind, in order; the first refusal.
    Status guard(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit) const;

    Collection* collection(std::string_view kind);
    const Collection* collection(std::string_view kind) const;
    const Relation* relation(std::string_view name) const;
    const std::vector<std::unique_ptr<Collection>>& collections() const { return m_collections; }
    std::span<const Relation> relations() const { return m_relations; }

private:
    std::vector<std::unique_ptr<Collection>> m_collections;
    std::vector<Relation> m_relations;
    std::vector<std::pair<std::string_view, EditGuard>> m_guards;
};

// One domain's contribution to the model layer: its kinds and relations.
struct ModelModule {
    std::string_view name;
    void (*install)(Registry& registry);
};

// The one list of model modules (modules.cpp): adding a domain adds one line there.
std::span<const ModelModule> modelModules();

} // namespace kanri::model
