#include "store/repositories.hpp"

#include "store/history_store.hpp"
#include "store/workspace_store.hpp"

namespace kanri::store {
namespace {
// The entities load first: the assessment's load carries frozen cycles (entities) over to the
// items of a newer catalogue.
const Repository kRepositories[] = {
    {"entities", loadEntities, persistEntities},
    {"assessment", loadAssessment, persistAssessment},
};
} // namespace

std::span<const Repository> repositories() { return kRepositories; }

Status loadWorkspace(Database& db, model::Workspace& ws) {
    ws.clear();
    ws.markPersisted();
    for (const Repository& r : kRepositories)
        if (auto s = r.load(db, ws); !s) return s;
    return kanri::ok();
}

Status persistWorkspace(Database& db, model::Workspace& ws, std::vector<model::HistoryEntry>* history) {
    if (ws.changes().empty() && (!history || history->empty())) return kanri::ok();
    Transaction tx(db);
    if (!tx.begun()) return fail(ErrorCode::DatabaseIo, db.lastError());
    for (const Repository& r : kRepositories)
        if (auto s = r.persist(db, ws); !s) return s;
    if (history)
        if (auto s = appendHistory(db, *history); !s) return s;
    if (auto s = tx.commit(); !s) return s;
    ws.markPersisted();
    return kanri::ok();
}

} // namespace kanri::store
