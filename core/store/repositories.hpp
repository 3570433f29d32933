#pragma once
// The one list of repositories: each reads its tables into the workspace and writes back the
// changed keys it owns, inside the transaction persistWorkspace opens. The self-assessment has
// its own tables (workspace_store.cpp); every kind of the modules' generic collections is kept
// by the entity repository (entity_store.cpp), so a new domain needs no repository of its own
// unless it wants tables of its own.
#include "model/workspace.hpp"
#include "store/database.hpp"

#include <span>
#include <string_view>

namespace kanri::store {

struct Repository {
    std::string_view name;
    Status (*load)(Database& db, model::Workspace& ws);
    Status (*persist)(Database& db, model::Workspace& ws);
};

std::span<const Repository> repositories();

// The repositories' own functions.
[[nodiscard]] Status loadAssessment(Database& db, model::Workspace& ws);
[[nodiscard]] Status persistAssessment(Database& db, model::Workspace& ws);
[[nodiscard]] Status loadEntities(Database& db, model::Workspace& ws);
[[nodiscard]] Status persistEntities(Database& db, model::Workspace& ws);

} // namespace kanri::store
