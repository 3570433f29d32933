#include "model/workspace.hpp"

#include "model/text.hpp"
#include "model/validation.hpp"

#include <algorithm>

namespace kanri::model {
// --- items ------------------------------------------------------------------------------
const ItemAssessment& Workspace::item(std::string_view itemId) const {
    static const ItemAssessment empty;
    auto it = m_items.find(itemId);
    return it == m_items.end() ? empty : it->second;
}

Status Workspace::validate(std::string_view itemId, const ItemAssessment& v) const {
    if (!m_catalogue->findItem(itemId)) return fail(ErrorCode::UnknownItem, std::string(itemId));
    if (v.rating == Rating::NA && isBlank(v.justification)) return fail(ErrorCode::NaNeedsJustification, std::string(itemId));
    if (!v.due.empty() && !isValidDate(v.due)) return fail(ErrorCode::InvalidDate, v.due);
    if (auto s = checkText(v.justification, kMaxNoteBytes, "justification"); !s) return s;
    if (auto s = checkText(v.notes, kMaxNoteBytes, "notes"); !s) return s;
    if (auto s = checkText(v.owner, kMaxShortBytes, "owner"); !s) return s;
    for (const Evidence& e : v.evidence) {
        if (auto s = checkText(e.text, kMaxNoteBytes, "evidence"); !s) return s;
        if (auto s = checkText(e.document, kMaxShortBytes, "evidence document"); !s) return s;
        if (auto s = checkText(e.url, kMaxShortBytes, "evidence url"); !s) return s;
        if (!e.url.empty() && !isSafeUrl(e.url)) return fail(ErrorCode::UnsafeUrl, e.url);
    }
    return ok();
}

Status Workspace::setItem(std::string_view itemId, ItemAssessment value) {
    if (auto s = validate(itemId, value); !s) return s;
    assignEvidenceIds(value); // a safety net: commands assign them first, so a redo keeps them
    std::string id(itemId);
    const Fields before = itemFields(item(id));
    const Fields after = itemFields(value);
    if (value.empty()) {
        m_items.erase(id);
    } else {
        value.changedAt = now();
        m_items[id] = std::move(value);
    }
    record(kinds::Item, id, before, after);
    return ok();
}

int64_t& Workspace::counter(std::string_view series) {
    auto it = m_counters.find(series);
    if (it == m_counters.end()) it = m_counters.emplace(std::string(series), 1).first;
    return it->second;
}

void Workspace::loadCounter(const std::string& series, int64_t next) {
    if (Collection* col = m_registry.collection(series)) return col->raiseNextNumber(next); // a kind's own ids
    int64_t& c = counter(series);
    c = std::max(c, next);
}

void Workspace::assignEvidenceIds(ItemAssessment& value) {
    for (Evidence& e : value.evidence) {
        if (!e.id.empty()) continue;
        int64_t& next = counter("evidence");
        e.id = "EV-" + std::to_string(next++);
        m_changes.add(kinds::Counter, "evidence");
    }
}

void Workspace::record(std::string_view kind, const std::string& id, const Fields& before, const Fields& after) {
    ++m_mutations;
    m_changes.add(kind, id);
    std::vector<FieldChange> fields = diffFields(before, after);
    if (!fields.empty()) m_journal.push_back({{std::string(kind), id}, std::move(fields)});
}

// --- documents ----------------------------------------------------------------------------
const DocumentCheck& Workspace::document(std::string_view docId) const {
    static const DocumentCheck empty;
    const ChecklistEntry* e = entities<ChecklistEntry>().find(docId);
    return e ? e->check : empty;
}

Status Workspace::setDocument(std::string_view docId, DocumentCheck value) {
    const Status known = m_catalogue->findDocument(docId) ? ok() : fail(ErrorCode::UnknownDocument, std::string(docId));
    return putOrRemoveRecord(kinds::Document, std::string(docId), documentFields(value), known);
}

DocumentMap Workspace::documents() const {
    DocumentMap out;
    for (const ChecklistEntry& e : entities<ChecklistEntry>().all()) out.emplace(e.id, e.check);
    return out;
}

// --- clause notes -------------------------------------------------------------------------
const std::string& Workspace::clauseNote(std::string_view clauseId) const {
    static const std::string empty;
    const ClauseNote* n = entities<ClauseNote>().find(clauseId);
    return n ? n->text : empty;
}

Status Workspace::setClauseNote(std::string_view clauseId, std::string note) {
    const Status known = m_catalogue->find(clauseId) ? ok() : fail(ErrorCode::UnknownClause, std::string(clauseId));
    return putOrRemoveRecord(kinds::ClauseNote, std::string(clauseId), clauseNoteFields(note), known);
}

// --- cycles -------------------------------------------------------------------------------
Cycle Workspace::freeze(std::string name) const {
    Cycle out;
    out.id = nextId(kinds::Cycle);
    out.name = std::move(name);
    out.frozenAt = now();
    for (const auto& [id, a] : m_items) {
        if (a.rating == Rating::Unrated) continue;
        ItemAssessment frozen;
        frozen.rating = a.rating;
        frozen.justification = a.justification;
        out.items[id] = std::move(frozen);
    }
    out.documents = documents();
    return out;
}

// --- whole workspace ----------------------------------------------------------------------
WorkspaceData Workspace::data() const {
    WorkspaceData d{m_items, {}, m_links};
    for (const auto& c : m_registry.collections()) {
        if (c->size() == 0) continue;
        auto& records = d.entities[std::string(c->kind())];
        for (size_t i = 0; i < c->size(); ++i) records.push_back({c->idAt(i), c->stampAt(i), c->fieldsAt(i)});
    }
    return d;
}

Status Workspace::validateData(const WorkspaceData& d, std::string* where) const {
    auto at = [&](std::string path, Status s) {
        if (!s && where) *where = std::move(path);
        return s;
    };
    std::set<std::string, std::less<>> evidenceIds;
    for (const auto& [id, a] : d.items) {
        if (auto s = validate(id, a); !s) return at("items/" + id, s);
        for (const Evidence& e : a.evidence)
            if (!e.id.empty() && !evidenceIds.insert(e.id).second)
                return at("items/" + id + "/evidence/" + e.id, fail(ErrorCode::DuplicateId, e.id));
    }
    for (const auto& [kind, records] : d.entities) {
        const Collection* c = m_registry.collection(kind);
        if (!c) return at("entities/" + kind, fail(ErrorCode::UnknownKind, kind));
        std::set<std::string, std::less<>> ids;
        for (const EntityRecord& e : records) {
            if (!ids.insert(e.id).second) return at("entities/" + kind + "/" + e.id, fail(ErrorCode::DuplicateId, e.id));
            if (!c->acceptsId(e.id)) return at("entities/" + kind + "/" + e.id, fail(ErrorCode::UnknownId, e.id));
            if (auto s = c->check(*this, e.id, e.fields); !s) return at("entities/" + kind + "/" + e.id, s);
        }
    }
    for (const Link& l : d.links)
        if (auto s = validateLink(l, &d); !s) return at("links/" + linkId(l), s);
    return ok();
}

void Workspace::replace(WorkspaceData d) {
    ++m_mutations;
    // Journal every entity whose fields differ, old against new, before anything moves.
    auto journal = [&](std::string_view kind, const auto& oldMap, const auto& newMap, auto fieldsOf) {
        for (const auto& [id, v] : oldMap) {
            auto it = newMap.find(id);
            record(kind, id, fieldsOf(v), it == newMap.end() ? Fields{} : fieldsOf(it->second));
        }
        for (const auto& [id, v] : newMap)
            if (!oldMap.count(id)) record(kind, id, {}, fieldsOf(v));
    };
    for (auto& [id, a] : d.items) {
        assignEvidenceIds(a);
        for (const Evidence& e : a.evidence)
            if (e.id.rfind("EV-", 0) == 0) loadCounter("evidence", std::atoll(e.id.c_str() + 3) + 1);
    }
    journal(kinds::Item, m_items, d.items, itemFields);
    m_changes.add(kinds::Counter, "evidence");
    // The modules' entities: journalled by their fields, then loaded in the file's order.
    for (const auto& c : m_registry.collections()) {
        std::map<std::string, Fields, std::less<>> before, after;
        for (size_t i = 0; i < c->size(); ++i) before[c->idAt(i)] = c->historyFieldsAt(i);
        c->clear();
        if (auto it = d.entities.find(c->kind()); it != d.entities.end())
            for (const EntityRecord& e : it->second)
                (void)c->load(e.id, e.stamp, e.fields, std::nullopt); // validated; the put raises the id series
        for (size_t i = 0; i < c->size(); ++i) after[c->idAt(i)] = c->historyFieldsAt(i);
        journal(c->kind(), before, after, [](const Fields& f) { return f; });
        if (!c->prefix().empty()) m_changes.add(kinds::Counter, std::string(c->kind())); // ids of a series
    }
    for (const Link& l : m_links)
        if (!d.links.count(l)) recordLink(l, false);
    for (const Link& l : d.links)
        if (!m_links.count(l)) recordLink(l, true);
    m_links = std::move(d.links);
    m_items = std::move(d.items);
}

void Workspace::clear() {
    ++m_mutations;
    for (auto& [id, a] : m_items) m_changes.add(kinds::Item, id);
    for (const auto& c : m_registry.collections()) {
        for (size_t i = 0; i < c->size(); ++i) m_changes.add(c->kind(), c->idAt(i));
        c->clear();
    }
    for (const Link& l : m_links) m_changes.add(kinds::Link, linkId(l));
    m_links.clear();
    m_journal.clear();
    m_items.clear();
}

} // namespace kanri::model
