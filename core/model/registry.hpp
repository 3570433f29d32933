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

class Registry {
public:
    template <typename T> void addKind() { m_collections.push_back(std::make_unique<EntityMap<T>>()); }
    void addRelation(Relation relation) { m_relations.push_back(relation); }

    Collection* collection(std::string_view kind);
    const Collection* collection(std::string_view kind) const;
    const Relation* relation(std::string_view name) const;
    const std::vector<std::unique_ptr<Collection>>& collections() const { return m_collections; }
    std::span<const Relation> relations() const { return m_relations; }

private:
    std::vector<std::unique_ptr<Collection>> m_collections;
    std::vector<Relation> m_relations;
};

// One domain's contribution to the model layer: its kinds and relations.
struct ModelModule {
    std::string_view name;
    void (*install)(Registry& registry);
};

// The one list of model modules (modules.cpp): adding a domain adds one line there.
std::span<const ModelModule> modelModules();

} // namespace kanri::model
