#include "model/registry.hpp"

namespace kanri::model {

Collection* Registry::collection(std::string_view kind) {
    for (auto& c : m_collections)
        if (c->kind() == kind) return c.get();
    return nullptr;
}

const Collection* Registry::collection(std::string_view kind) const {
    for (const auto& c : m_collections)
        if (c->kind() == kind) return c.get();
    return nullptr;
}

const Relation* Registry::relation(std::string_view name) const {
    for (const Relation& r : m_relations)
        if (r.name == name) return &r;
    return nullptr;
}

Status Registry::guard(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit) const {
    for (const auto& [kind, g] : m_guards)
        if (kind == subject.kind)
            if (auto s = g(ws, subject, edit); !s) return s;
    return ok();
}

} // namespace kanri::model
