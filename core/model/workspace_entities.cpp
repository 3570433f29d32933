// The workspace's generic part: entities of the modules' collections and the links between
// them, with the rules every kind shares (ids, stamps, link integrity, the journal).
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model {

Workspace::Workspace(const Catalogue& catalogue, std::span<const ModelModule> modules) : m_catalogue(&catalogue) {
    for (const ModelModule& m : modules) m.install(m_registry);
}

// The catalogue's things exist whether or not something is recorded about them (a checklist
// entry is a record about its document, kept under the document's kind and id).
bool Workspace::exists(const EntityKey& key) const {
    if (key.kind == kinds::Item) return m_catalogue->findItem(key.id) != nullptr;
    if (key.kind == kinds::Clause) return m_catalogue->find(key.id) != nullptr;
    if (key.kind == kinds::Document) return m_catalogue->findDocument(key.id) != nullptr;
    if (const Collection* c = m_registry.collection(key.kind)) return c->indexOf(key.id).has_value();
    return false;
}

std::string Workspace::nextId(std::string_view kind) const {
    const Collection* c = m_registry.collection(kind);
    return c ? c->idOf(c->nextNumber()) : std::string();
}

Status Workspace::putEntity(std::string_view kind, const std::string& id, const Fields& fields, std::optional<RemovedEntity>* replaced) {
    Collection* c = m_registry.collection(kind);
    if (!c) return fail(ErrorCode::UnknownKind, std::string(kind));
    if (!c->acceptsId(id)) return fail(ErrorCode::UnknownId, id + " (expected " + c->idOf(1) + ", ...)");
    if (auto s = c->check(*this, id, fields); !s) return s;
    const std::string time = now();
    Stamp stamp{time, time, author};
    Fields before;
    std::optional<size_t> position;
    if (auto at = c->indexOf(id)) {
        if (auto s = guarded({std::string(kind), id}, {GuardedEdit::What::Replace, nullptr, &fields}); !s) return s;
        stamp.createdAt = c->stampAt(*at).createdAt;
        before = c->historyFieldsAt(*at);
        position = *at;
        RemovedEntity old{{std::string(kind), id}, c->take(*at), *at, {}};
        if (replaced) *replaced = std::move(old);
    } else if (replaced) {
        replaced->reset();
    }
    const int64_t next = c->nextNumber();
    if (auto s = c->load(id, stamp, fields, position); !s) return s; // checked above: cannot fail
    if (c->nextNumber() != next) m_changes.add(kinds::Counter, std::string(kind)); // the number is taken for good
    record(kind, id, before, c->historyFieldsAt(*c->indexOf(id)));
    return ok();
}

Status Workspace::putOrRemoveRecord(std::string_view kind, const std::string& id, const Fields& fields, const Status& known) {
    if (!fields.empty()) return putEntity(kind, id, fields, nullptr); // the kind's rules check the id
    if (!known) return known;
    const Collection* c = m_registry.collection(kind);
    if (!c || !c->indexOf(id)) return ok(); // none, and none wanted
    return removeEntity({std::string(kind), id}, nullptr);
}

Status Workspace::removeEntity(const EntityKey& key, RemovedEntity* removed) {
    Collection* c = m_registry.collection(key.kind);
    if (!c) return fail(ErrorCode::UnknownKind, key.kind);
    const auto at = c->indexOf(key.id);
    if (!at) return fail(ErrorCode::UnknownId, key.kind + " " + key.id);
    if (auto s = guarded(key, {GuardedEdit::What::Remove}); !s) return s;
    // Links pointing at it: a refusing relation stops the removal and says who points at it.
    // A kind without an id prefix holds records about the catalogue's things (a checklist entry
    // about its document): links are the thing's, which stays, so they stay too.
    const bool aboutCatalogue = c->prefix().empty();
    std::vector<Link> incoming = aboutCatalogue ? std::vector<Link>{} : linksTo(key);
    std::string refusedBy;
    for (const Link& l : incoming) {
        const Relation* r = m_registry.relation(l.relation);
        if (r && r->onTargetRemoved == OnTargetRemoved::Refuse) refusedBy += (refusedBy.empty() ? "" : ", ") + l.from.kind + " " + l.from.id;
    }
    if (!refusedBy.empty()) return fail(ErrorCode::StillLinked, key.id + " ← " + refusedBy);
    RemovedEntity out{key, nullptr, *at, incoming};
    if (!aboutCatalogue)
        for (const Link& l : linksFrom(key)) out.links.push_back(l);
    for (const Link& l : out.links) {
        m_links.erase(l);
        recordLink(l, false);
    }
    const Fields before = c->historyFieldsAt(*at);
    out.entity = c->take(*at);
    if (*at < c->size()) m_changes.add(kinds::Order, key.kind); // those after it moved up
    record(key.kind, key.id, before, {});
    if (removed) *removed = std::move(out);
    return ok();
}

void Workspace::restoreEntity(const RemovedEntity& r) {
    Collection* c = m_registry.collection(r.key.kind);
    if (!c) return;
    Fields before;
    if (auto at = c->indexOf(r.key.id)) { // a put that replaced it: its new value goes
        before = c->historyFieldsAt(*at);
        (void)c->take(*at);
    }
    c->restore(r.entity, r.position);
    if (*c->indexOf(r.key.id) + 1 < c->size()) m_changes.add(kinds::Order, r.key.kind); // those after it moved down
    record(r.key.kind, r.key.id, before, c->historyFieldsAt(*c->indexOf(r.key.id)));
    for (const Link& l : r.links)
        if (m_links.insert(l).second) recordLink(l, true);
}

std::vector<Link> Workspace::linksFrom(const EntityKey& key) const {
    std::vector<Link> out;
    for (auto it = m_links.lower_bound({key, {}, {}}); it != m_links.end() && it->from == key; ++it) out.push_back(*it);
    return out;
}

std::vector<Link> Workspace::linksTo(const EntityKey& key) const {
    std::vector<Link> out;
    for (const Link& l : m_links)
        if (l.to == key) out.push_back(l);
    return out;
}

Status Workspace::validateLink(const Link& l, const WorkspaceData* within) const {
    const Relation* r = m_registry.relation(l.relation);
    if (!r) return fail(ErrorCode::UnknownRelation, l.relation);
    if (l.from.kind != r->from || l.to.kind != r->to)
        return fail(ErrorCode::UnknownRelation, l.relation + " joins " + std::string(r->from) + " to " + std::string(r->to));
    auto there = [&](const EntityKey& k) {
        const bool collected = m_registry.collection(k.kind) != nullptr;
        if (!within || !collected || kinds::ofCatalogue(k.kind)) return exists(k); // the catalogue's things are not the file's
        auto it = within->entities.find(k.kind);
        return it != within->entities.end() &&
               std::any_of(it->second.begin(), it->second.end(), [&](const EntityRecord& e) { return e.id == k.id; });
    };
    if (!there(l.from)) return fail(ErrorCode::UnknownId, l.from.kind + " " + l.from.id);
    if (!there(l.to)) return fail(ErrorCode::UnknownId, l.to.kind + " " + l.to.id);
    return ok();
}

Status Workspace::addLink(const Link& l) {
    if (auto s = validateLink(l); !s) return s;
    if (auto s = guarded(l.from, {GuardedEdit::What::AddLink, &l}); !s) return s;
    if (!m_links.insert(l).second) return fail(ErrorCode::DuplicateId, linkId(l));
    recordLink(l, true);
    return ok();
}

Status Workspace::removeLink(const Link& l) {
    if (!m_links.count(l)) return fail(ErrorCode::UnknownId, linkId(l));
    if (auto s = guarded(l.from, {GuardedEdit::What::RemoveLink, &l}); !s) return s;
    m_links.erase(l);
    recordLink(l, false);
    return ok();
}

// A link is a change of its source: the history shows it there as a field
// ("link risk.affects_item → item 8.6.1-01": "" ↔ "linked").
void Workspace::recordLink(const Link& l, bool added) {
    ++m_mutations;
    m_changes.add(kinds::Link, linkId(l));
    const std::string field = "link " + l.relation + " → " + l.to.kind + " " + l.to.id;
    m_journal.push_back({l.from, {{field, added ? "" : "linked", added ? "linked" : ""}}});
}

Status Workspace::rewriteLoaded(std::string_view kind, const std::string& id, const Fields& fields, bool writeBack) {
    Collection* c = m_registry.collection(kind);
    if (!c) return fail(ErrorCode::UnknownKind, std::string(kind));
    const auto at = c->indexOf(id);
    if (!at) return fail(ErrorCode::UnknownId, id);
    const Stamp stamp = c->stampAt(*at);
    const std::shared_ptr<const void> old = c->take(*at);
    if (auto s = c->load(id, stamp, fields, *at); !s) {
        c->restore(old, *at);
        return s;
    }
    ++m_mutations;
    if (writeBack) m_changes.add(kind, id);
    return ok();
}

Status Workspace::loadEntity(std::string_view kind, std::string id, Stamp stamp, const Fields& fields) {
    Collection* c = m_registry.collection(kind);
    if (!c) return fail(ErrorCode::UnknownKind, std::string(kind));
    ++m_mutations;
    return c->load(std::move(id), std::move(stamp), fields, std::nullopt);
}

} // namespace kanri::model
