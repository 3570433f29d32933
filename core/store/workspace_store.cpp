#include "store/workspace_store.hpp"

#include "model/carry_over.hpp"
#include "store/repositories.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace kanri::store {
namespace {

using model::Rating;

// What loading found under ids the catalogue has retired, to carry over to their successors
// (model/carry_over.hpp) and then delete, all in one transaction.
struct LoadCarryOver {
    model::ItemMap retiredItems;          // assessments under retired ids
    std::vector<std::string> dropItems;   // retired ids whose rows go once carried over
    std::vector<std::string> cycles;      // cycles whose items were re-keyed (written with the entities)
};

// The database keeps what it cannot show: rows of unknown ids stay in the file, untouched.
bool isRetired(const model::Workspace& ws, const std::string& id) {
    return !ws.catalogue().findItem(id) && ws.catalogue().findRetired(id);
}

Status loadItems(Database& db, model::Workspace& ws, LoadCarryOver& carry) {
    auto st = db.prepare("SELECT item_id, rating, justification, owner, due, notes, changed_at FROM item_assessment");
    if (!st) return st.error();
    while (st.value().step()) {
        Statement& r = st.value();
        auto rating = model::ratingFromCode(r.text(1));
        const bool retired = isRetired(ws, r.text(0));
        if (!rating || (!retired && !ws.catalogue().findItem(r.text(0)))) continue; // kept in the file, not shown
        model::ItemAssessment a;
        a.rating = *rating;
        a.justification = r.text(2);
        a.owner = r.text(3);
        a.due = r.text(4);
        a.notes = r.text(5);
        a.changedAt = r.text(6);
        if (retired) carry.retiredItems[r.text(0)] = std::move(a);
        else ws.loadItem(r.text(0), std::move(a));
    }
    if (!st.value().ok()) return st.value().error();
    auto ev = db.prepare("SELECT item_id, evidence_id, text, document, url FROM item_evidence ORDER BY item_id, position");
    if (!ev) return ev.error();
    std::map<std::string, std::vector<model::Evidence>> evidence;
    while (ev.value().step())
        evidence[ev.value().text(0)].push_back({ev.value().text(2), ev.value().text(3), ev.value().text(4), ev.value().text(1)});
    for (auto& [id, list] : evidence) {
        if (auto it = carry.retiredItems.find(id); it != carry.retiredItems.end()) {
            it->second.evidence = std::move(list);
            continue;
        }
        if (!ws.catalogue().findItem(id)) continue;
        model::ItemAssessment a = ws.item(id);
        a.evidence = std::move(list);
        ws.loadItem(id, std::move(a));
    }
    return ev.value().ok() ? kanri::ok() : Status(ev.value().error());
}

// Cycles frozen under an older catalogue: their ratings go to the successors, as the items' do,
// and the cycle is written back. Ids no catalogue knows are left out in memory only, as the
// catalogue's own tables always kept what this version cannot show. The cycles are the entity
// repository's, loaded before this one; a cycle that cannot be rewritten stays as it was.
Status carryOverCycles(model::Workspace& ws, LoadCarryOver& carry) {
    std::vector<std::pair<model::Cycle, bool>> rewritten; // the cycle, and whether it was re-keyed
    for (const model::Cycle& c : ws.cycles()) {
        model::Cycle copy = c;
        const bool moved = model::carryOverCycle(ws.catalogue(), copy.items);
        const size_t before = copy.items.size() + copy.documents.size();
        std::erase_if(copy.items, [&](const auto& e) { return !ws.catalogue().findItem(e.first); });
        std::erase_if(copy.documents, [&](const auto& e) { return !ws.catalogue().findDocument(e.first); });
        if (moved || copy.items.size() + copy.documents.size() != before) rewritten.emplace_back(std::move(copy), moved);
    }
    for (const auto& [c, moved] : rewritten)
        if (ws.rewriteLoaded(model::kinds::Cycle, c.id, model::fieldsOf(c), moved).ok() && moved) carry.cycles.push_back(c.id);
    return kanri::ok();
}

// Schema 2 rated whole clauses. Each such rating becomes the rating of the clause's unrated
// items (N/A with a justification saying so), recorded as changes so the next persist writes
// them; the old row is deleted then.
void convertClauseRatings(Database& db, model::Workspace& ws, std::vector<std::string>& converted) {
    auto st = db.prepare("SELECT clause_id, rating FROM clause_rating");
    if (!st) return;
    while (st.value().step()) {
        const int c = ws.catalogue().indexOf(st.value().text(0));
        auto r = model::ratingFromCode(st.value().text(1));
        if (c < 0 || !r) continue;
        for (int i : ws.catalogue().itemsUnder(c)) {
            const std::string& id = ws.catalogue().items()[i].id;
            if (ws.item(id).rating != Rating::Unrated) continue;
            model::ItemAssessment a = ws.item(id);
            a.rating = *r;
            if (*r == Rating::NA && a.justification.empty()) a.justification = "(clause " + st.value().text(0) + ": N/A)";
            (void)ws.setItem(id, std::move(a));
        }
        converted.push_back(st.value().text(0));
    }
}

Status persistImpl(Database& db, model::Workspace& ws, const std::vector<std::string>* dropClauseRatings,
                   const std::vector<std::string>& dropRetiredItems);

} // namespace

std::string nowIso() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Status loadAssessment(Database& db, model::Workspace& ws) {
    LoadCarryOver carry;
    if (auto s = loadItems(db, ws, carry); !s) return s;
    if (auto s = carryOverCycles(ws, carry); !s) return s;
    auto counters = db.prepare("SELECT series, next FROM id_counter");
    if (!counters) return counters.error();
    while (counters.value().step()) ws.loadCounter(counters.value().text(0), counters.value().integer(1));
    if (!counters.value().ok()) return counters.value().error();
    if (!carry.retiredItems.empty()) {
        // Items of an older catalogue: their assessments go to the successors (marked for
        // confirmation). The retired rows are dropped only when every successor took its part.
        model::ItemMap merged = ws.items();
        const model::CarryOverResult moved = model::carryOver(ws.catalogue(), carry.retiredItems, merged);
        bool allSet = true;
        for (const std::string& id : moved.changed) {
            ws.assignEvidenceIds(merged[id]); // copies for a second successor take new ids
            allSet = ws.setItem(id, merged[id]).ok() && allSet;
        }
        if (allSet) carry.dropItems = moved.retiredUsed;
    }
    std::vector<std::string> converted;
    convertClauseRatings(db, ws, converted);
    if (!converted.empty() || !carry.dropItems.empty() || !carry.cycles.empty()) {
        // Write the converted ratings and drop the old rows in one transaction.
        Transaction tx(db);
        if (!tx.begun()) return fail(ErrorCode::DatabaseIo, db.lastError());
        if (auto s = persistImpl(db, ws, converted.empty() ? nullptr : &converted, carry.dropItems); !s) return s;
        if (auto s = persistEntities(db, ws); !s) return s; // the re-keyed cycles
        if (auto s = tx.commit(); !s) return s;
        ws.markPersisted();
    }
    return kanri::ok();
}

Status persistAssessment(Database& db, model::Workspace& ws) { return persistImpl(db, ws, nullptr, {}); }

namespace {

Status persistImpl(Database& db, model::Workspace& ws, const std::vector<std::string>* dropClauseRatings,
                   const std::vector<std::string>& dropRetiredItems) {
    const model::ChangeSet& ch = ws.changes();
    namespace kinds = model::kinds;

    auto upsertItem = db.prepare(
        "INSERT INTO item_assessment(item_id, rating, justification, owner, due, notes, changed_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(item_id) DO UPDATE SET rating=excluded.rating, "
        "justification=excluded.justification, owner=excluded.owner, due=excluded.due, notes=excluded.notes, "
        "changed_at=excluded.changed_at");
    auto deleteItem = db.prepare("DELETE FROM item_assessment WHERE item_id=?1");
    auto deleteEvidence = db.prepare("DELETE FROM item_evidence WHERE item_id=?1");
    auto insertEvidence = db.prepare(
        "INSERT INTO item_evidence(item_id, position, evidence_id, text, document, url) VALUES(?1,?2,?3,?4,?5,?6)");
    for (auto* st : {&upsertItem, &deleteItem, &deleteEvidence, &insertEvidence})
        if (!*st) return st->error();
    for (const std::string& id : ch.ids(kinds::Item)) {
        auto it = ws.items().find(id);
        deleteEvidence.value().reset();
        deleteEvidence.value().bind(1, id);
        if (auto s = deleteEvidence.value().run(); !s) return s;
        if (it == ws.items().end()) {
            deleteItem.value().reset();
            deleteItem.value().bind(1, id);
            if (auto s = deleteItem.value().run(); !s) return s;
            continue;
        }
        const model::ItemAssessment& a = it->second;
        Statement& u = upsertItem.value();
        u.reset();
        u.bind(1, id).bind(2, model::ratingCode(a.rating)).bind(3, a.justification).bind(4, a.owner).bind(5, a.due)
            .bind(6, a.notes).bind(7, a.changedAt);
        if (auto s = u.run(); !s) return s;
        for (size_t i = 0; i < a.evidence.size(); ++i) {
            const model::Evidence& e = a.evidence[i];
            if (auto s = insertEvidence.value().exec(id, i, e.id, e.text, e.document, e.url); !s) return s;
        }
    }

    if (ch.any(kinds::Counter)) {
        auto put = db.prepare("INSERT INTO id_counter(series, next) VALUES(?1, ?2) "
                              "ON CONFLICT(series) DO UPDATE SET next=excluded.next");
        if (!put) return put.error();
        for (const std::string& series : ch.ids(kinds::Counter))
            if (auto it = ws.counters().find(series); it != ws.counters().end())
                if (auto s = put.value().exec(series, it->second); !s) return s;
    }

    if (dropClauseRatings) {
        auto drop = db.prepare("DELETE FROM clause_rating WHERE clause_id=?1");
        if (!drop) return drop.error();
        for (const std::string& id : *dropClauseRatings) {
            drop.value().reset();
            drop.value().bind(1, id);
            if (auto s = drop.value().run(); !s) return s;
        }
    }
    if (!dropRetiredItems.empty()) {
        auto dropEvidence = db.prepare("DELETE FROM item_evidence WHERE item_id=?1");
        auto drop = db.prepare("DELETE FROM item_assessment WHERE item_id=?1");
        if (!dropEvidence) return dropEvidence.error();
        if (!drop) return drop.error();
        for (const std::string& id : dropRetiredItems)
            for (auto* st : {&dropEvidence, &drop}) {
                st->value().reset();
                st->value().bind(1, id);
                if (auto s = st->value().run(); !s) return s;
            }
    }
    return kanri::ok();
}

} // namespace

} // namespace kanri::store
