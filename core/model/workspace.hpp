#pragma once
// The user's data as the model sees it, with a record of what changed since the store last
// persisted it. Commands are the only writers (see command_stack.hpp).
#include "model/assessment.hpp"
#include "model/catalogue.hpp"
#include "model/entity.hpp"
#include "model/registry.hpp"
#include "model/error.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kanri::model {

// Longest free text accepted, in bytes of UTF-8 (about 20,000 Japanese characters).
inline constexpr size_t kMaxNoteBytes = 64 * 1024;
// Longest short field (owner, document location, evidence reference, cycle name).
inline constexpr size_t kMaxShortBytes = 2 * 1024;

// An entity of a generic collection as plain data (an import, a whole-workspace copy).
struct EntityRecord {
    std::string id;
    Stamp stamp;
    Fields fields;
    bool operator==(const EntityRecord&) const = default;
};

// Everything a workspace holds; what an import replaces as a whole.
struct WorkspaceData {
    ItemMap items;
    std::map<std::string, std::vector<EntityRecord>, std::less<>> entities; // by kind, in order
    std::set<Link> links;
};

// What removing an entity took away, to put back exactly (undo): the entity, its place, and
// the links that went with it.
struct RemovedEntity {
    EntityKey key;
    std::shared_ptr<const void> entity;
    size_t position = 0;
    std::vector<Link> links;
};

class Workspace {
public:
    // The modules' kinds and relations are installed from the list (modelModules() by default).
    explicit Workspace(const Catalogue& catalogue, std::span<const ModelModule> modules = modelModules());

    const Catalogue& catalogue() const { return *m_catalogue; }
    // Returns "now" as ISO 8601 UTC for changedAt/frozenAt. The model has no clock of its own;
    // the app (and tests) set one. Without it the fields stay empty.
    std::function<std::string()> clock;

    // --- items -------------------------------------------------------------------------
    const ItemAssessment& item(std::string_view itemId) const;
    // Validates everything (see validate()); stamps changedAt; an empty value removes the item.
    Status setItem(std::string_view itemId, ItemAssessment value);
    const ItemMap& items() const { return m_items; }
    Status validate(std::string_view itemId, const ItemAssessment& value) const;

    // Gives each evidence entry without an id the next free "EV-n" (once: a redo keeps them).
    void assignEvidenceIds(ItemAssessment& value);

    // --- 7.5.4 checklist (a kind of the generic collections: ChecklistEntry) -----------------
    const DocumentCheck& document(std::string_view docId) const;
    // Puts the entry (stamped as any entity), or removes it when it is back at "unknown" with
    // no location.
    Status setDocument(std::string_view docId, DocumentCheck value);
    // The entries by checklist id (for scoring and freezing: a copy, of a few dozen entries).
    DocumentMap documents() const;

    // --- clause notes (a kind of the generic collections: ClauseNote) ----------------------
    const std::string& clauseNote(std::string_view clauseId) const;
    // Puts the note (stamped as any entity), or removes it when the text is empty.
    Status setClauseNote(std::string_view clauseId, std::string note);
    // In the order they were written.
    const std::vector<ClauseNote>& clauseNotes() const { return entities<ClauseNote>().all(); }

    // --- cycles (a kind of the generic collections: Cycle) -----------------------------------
    // Oldest first.
    const std::vector<Cycle>& cycles() const { return entities<Cycle>().all(); }
    const Cycle* findCycle(std::string_view id) const { return entities<Cycle>().find(id); }
    // A frozen copy of the current ratings and document checks, with the next free id.
    Cycle freeze(std::string name) const;

    // --- entities of the modules' collections ---------------------------------------------
    // The name written into the stamps of what is put (the session's author).
    std::string author;
    const Registry& registry() const { return m_registry; }
    const Collection* collection(std::string_view kind) const { return m_registry.collection(kind); }
    template <typename T> const EntityMap<T>& entities() const {
        return static_cast<const EntityMap<T>&>(*m_registry.collection(T::kKind));
    }
    // An entity of a collection, or a thing of the catalogue (item, clause, document).
    bool exists(const EntityKey& key) const;
    // The id the next new entity of the kind gets ("R-004"). A put of it takes the number, which
    // is then never handed out again (a refused put takes nothing).
    std::string nextId(std::string_view kind) const;
    // Creates or replaces (same id) an entity from its fields, checked by the kind's rules;
    // stamps it (created kept, changed now, author). *replaced gets what was there before.
    Status putEntity(std::string_view kind, const std::string& id, const Fields& fields, std::optional<RemovedEntity>* replaced);
    // A record about a catalogue thing (a checklist entry, a clause note): put, or removed when
    // its fields are empty ("unknown", no text). `known` refuses a thing the catalogue lacks.
    Status putOrRemoveRecord(std::string_view kind, const std::string& id, const Fields& fields, const Status& known);
    // Removes an entity. Links pointing at it are refused or removed with it, as each relation
    // says; a refusal names what points at it. Its own outgoing links go with it.
    Status removeEntity(const EntityKey& key, RemovedEntity* removed);
    // Puts back what removeEntity (or a replacing put) took, exactly.
    void restoreEntity(const RemovedEntity& removed);

    // --- links ---------------------------------------------------------------------------
    const std::set<Link>& links() const { return m_links; }
    std::vector<Link> linksFrom(const EntityKey& key) const;
    // Calls f(link) for every link whose source is of this kind, in order: an index of one
    // module's relations reads its own links, not every link of the workspace.
    template <typename F> void forEachLinkFromKind(std::string_view kind, F&& f) const {
        for (auto it = m_links.lower_bound(Link{{std::string(kind), {}}, {}, {}}); it != m_links.end() && it->from.kind == kind; ++it) f(*it);
    }
    std::vector<Link> linksTo(const EntityKey& key) const;
    // Both ends must exist, with the kinds the relation joins.
    Status addLink(const Link& link);
    Status removeLink(const Link& link);
    Status validateLink(const Link& link, const WorkspaceData* within = nullptr) const;

    // Undoing an edit puts back what its guards allowed (the state is the one right after it was
    // applied), so the guards stand aside while a command reverts.
    class Unguarded {
    public:
        explicit Unguarded(Workspace& ws) : m_ws(ws) { ++m_ws.m_unguarded; }
        ~Unguarded() { --m_ws.m_unguarded; }
        Unguarded(const Unguarded&) = delete;
        Unguarded& operator=(const Unguarded&) = delete;

    private:
        Workspace& m_ws;
    };

    // --- whole-workspace operations ------------------------------------------------------
    WorkspaceData data() const;
    // Checks every id, enum and value of data against the catalogue and the rules above.
    // On failure `where` names the offending entry ("items/8.6.1-01/due").
    Status validateData(const WorkspaceData& data, std::string* where) const;
    // Replaces everything (import, undo of an import); records every key as changed.
    void replace(WorkspaceData data);

    // Loading from storage: no change is recorded, no validation (the store holds valid data).
    void loadItem(std::string id, ItemAssessment value) { m_items[std::move(id)] = std::move(value); }
    Status loadEntity(std::string_view kind, std::string id, Stamp stamp, const Fields& fields);
    // Rewrites a loaded entity (a cycle re-keyed to a newer catalogue's items), its stamps and
    // place kept, nothing journalled; writeBack marks it to be written to storage again.
    Status rewriteLoaded(std::string_view kind, const std::string& id, const Fields& fields, bool writeBack);
    void loadLink(Link link) {
        ++m_mutations;
        m_links.insert(std::move(link));
    }
    // The next free number of an id series ("evidence"), as stored.
    void loadCounter(const std::string& series, int64_t next);
    void clear();

    // The next free number of each id series; numbers are never handed out twice.
    const std::map<std::string, int64_t, std::less<>>& counters() const { return m_counters; }
    // Counts every move of the entities and links, a refused edit's taken back included: what
    // holds pointers or views into them (a module's index, a board) rebuilds when it changes.
    uint64_t mutations() const { return m_mutations; }

    const ChangeSet& changes() const { return m_changes; }
    void markPersisted() { m_changes.clear(); }
    // What each change since the last call did, entity by entity (the session's history).
    std::vector<Change> takeJournal() { return std::exchange(m_journal, {}); }
    void clearJournal() { m_journal.clear(); }

private:
    std::string now() const { return clock ? clock() : std::string(); }
    // Marks key changed and journals what changed in its fields.
    void record(std::string_view kind, const std::string& id, const Fields& before, const Fields& after);
    int64_t& counter(std::string_view series);
    void recordLink(const Link& link, bool added);

    const Catalogue* m_catalogue;
    ItemMap m_items;
    std::map<std::string, int64_t, std::less<>> m_counters;
    uint64_t m_mutations = 0;
    int m_unguarded = 0;
    Status guarded(const EntityKey& subject, const GuardedEdit& edit) const {
        return m_unguarded > 0 ? kanri::ok() : m_registry.guard(*this, subject, edit);
    }
    Registry m_registry;
    std::set<Link> m_links;
    ChangeSet m_changes;
    std::vector<Change> m_journal;
};

} // namespace kanri::model
