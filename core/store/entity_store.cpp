// The entity repository: every kind of the modules' generic collections in one table, its
// id series in id_counter, and the links (schema 6).
#include "store/repositories.hpp"

#include "model/assessment.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace kanri::store {
Status loadEntities(Database& db, model::Workspace& ws) {
    // Read in table order and put in the user's order here: an ORDER BY position made SQLite sort
    // every row with its body (for 10,000 risks, a few megabytes) before the first frame.
    auto rows = db.prepare("SELECT id, created_at, changed_at, author, body, position FROM entity WHERE kind=?1");
    auto counter = db.prepare("SELECT next FROM id_counter WHERE series=?1");
    if (!rows) return rows.error();
    if (!counter) return counter.error();
    struct Row {
        int64_t position;
        std::string id;
        model::Stamp stamp;
        model::Fields fields;
    };
    std::vector<Row> read;
    for (const auto& c : ws.registry().collections()) {
        const std::string kind(c->kind());
        rows.value().reset();
        rows.value().bind(1, kind);
        read.clear();
        while (rows.value().step()) {
            Statement& r = rows.value();
            Row row{r.integer(5), r.text(0), {r.text(1), r.text(2), r.text(3)}, {}};
            // A row this version cannot read stays in the file, untouched (as unknown ids do).
            if (model::decodeFields(r.text(4), row.fields)) read.push_back(std::move(row));
        }
        if (!rows.value().ok()) return rows.value().error();
        std::stable_sort(read.begin(), read.end(), [](const Row& a, const Row& b) { return a.position < b.position; });
        for (Row& row : read) {
            // A record about a thing this catalogue does not have (a kind without an id prefix)
            // stays in the file, unread, as the catalogue's own tables always did.
            if (c->prefix().empty() && !c->check(ws, row.id, row.fields)) continue;
            (void)ws.loadEntity(kind, std::move(row.id), std::move(row.stamp), row.fields);
        }
        counter.value().reset();
        counter.value().bind(1, kind);
        if (counter.value().step()) ws.loadCounter(kind, counter.value().integer(0));
        if (!counter.value().ok()) return counter.value().error();
    }
    for (const char* table : {"entity_link", "catalogue_link"}) {
        auto links = db.prepare(std::string("SELECT from_kind, from_id, relation, to_kind, to_id FROM ") + table);
        if (!links) return links.error();
        while (links.value().step()) {
            Statement& l = links.value();
            model::Link link{{l.text(0), l.text(1)}, l.text(2), {l.text(3), l.text(4)}};
            if (ws.validateLink(link)) ws.loadLink(std::move(link));
        }
        if (!links.value().ok()) return links.value().error();
    }
    return kanri::ok();
}

Status persistEntities(Database& db, model::Workspace& ws) {
    const model::ChangeSet& ch = ws.changes();
    auto upsert = db.prepare("INSERT INTO entity(kind, id, position, created_at, changed_at, author, body) VALUES(?1,?2,?3,?4,?5,?6,?7) "
                             "ON CONFLICT(kind, id) DO UPDATE SET position=excluded.position, created_at=excluded.created_at, "
                             "changed_at=excluded.changed_at, author=excluded.author, body=excluded.body");
    auto remove = db.prepare("DELETE FROM entity WHERE kind=?1 AND id=?2");
    auto position = db.prepare("UPDATE entity SET position=?3 WHERE kind=?1 AND id=?2 AND position<>?3");
    auto counter = db.prepare("INSERT INTO id_counter(series, next) VALUES(?1, ?2) ON CONFLICT(series) DO UPDATE SET next=excluded.next");
    for (auto* st : {&upsert, &remove, &position, &counter})
        if (!*st) return st->error();
    for (const auto& c : ws.registry().collections()) {
        const std::string kind(c->kind());
        const std::vector<std::string> changed = ch.ids(kind);
        for (const std::string& id : changed) {
            if (auto at = c->indexOf(id)) {
                const model::Stamp& st = c->stampAt(*at);
                if (auto s = upsert.value().exec(kind, id, *at, st.createdAt, st.changedAt, st.author, model::encodeFields(c->fieldsAt(*at))); !s)
                    return s;
            } else if (auto s = remove.value().exec(kind, id); !s) {
                return s;
            }
        }
        // Only when entities moved (a removal or an undone one, not at the end) are the others
        // renumbered: an edit of one risk among 10,000 writes one row.
        if (ch.contains(model::kinds::Order, kind))
            for (size_t i = 0; i < c->size(); ++i)
                if (auto s = position.value().exec(kind, c->idAt(i), i); !s) return s;
        if (ch.contains(model::kinds::Counter, kind))
            if (auto s = counter.value().exec(kind, c->nextNumber()); !s) return s;
    }
    if (ch.any(model::kinds::Link)) {
        // Four statements, prepared once: insert or delete, into the entity or the catalogue table.
        auto prepared = [&](bool insert, const char* table) {
            return db.prepare(insert ? std::string("INSERT OR IGNORE INTO ") + table + "(from_kind, from_id, relation, to_kind, to_id) VALUES(?1,?2,?3,?4,?5)"
                                     : std::string("DELETE FROM ") + table + " WHERE from_kind=?1 AND from_id=?2 AND relation=?3 AND to_kind=?4 AND to_id=?5");
        };
        Result<Statement> statements[2][2] = {{prepared(false, "entity_link"), prepared(false, "catalogue_link")},
                                             {prepared(true, "entity_link"), prepared(true, "catalogue_link")}};
        for (auto& row : statements)
            for (auto& st : row)
                if (!st) return st.error();
        for (const std::string& id : ch.ids(model::kinds::Link)) {
            model::Link l;
            if (!model::linkFromId(id, l)) continue;
            Statement& st = statements[ws.links().count(l) ? 1 : 0][model::kinds::ofCatalogue(l.to.kind) ? 1 : 0].value();
            if (auto s = st.exec(l.from.kind, l.from.id, l.relation, l.to.kind, l.to.id); !s) return s;
        }
    }
    return kanri::ok();
}

} // namespace kanri::store
