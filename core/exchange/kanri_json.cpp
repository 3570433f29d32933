#include "exchange/kanri_json.hpp"

#include "exchange/json_limits.hpp"
#include "exchange/json_strict.hpp"
#include "exchange/schema.hpp"
#include "model/carry_over.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>

namespace kanri::exchange {
namespace {

using nlohmann::ordered_json;
using Json = nlohmann::json;

// 2: evidence entries carry their stable "id". Version 1 files are read as well.
constexpr int kFormatVersion = 2;
constexpr int kOldestReadable = 1;

// A document as the file's text. The model keeps only valid UTF-8; should a stray byte get
// through, it is written as U+FFFD rather than stopping the page (the browser build has no
// exceptions, so nlohmann's throw would be an abort).
std::string exportText(const ordered_json& doc) { return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n"; }

ordered_json evidenceJson(const model::Evidence& e) {
    return ordered_json{{"id", e.id}, {"text", e.text}, {"document", e.document}, {"url", e.url}};
}

ordered_json documentsJson(const model::DocumentMap& docs) {
    ordered_json out = ordered_json::array();
    for (const auto& [id, d] : docs)
        out.push_back({{"id", id}, {"status", std::string(model::documentStatusCode(d.status))}, {"location", d.location}});
    return out;
}

// An entity's stamps, after its own members (the assessment's kinds in their own form).
void addStamp(ordered_json& out, const model::Stamp& st) {
    out["created_at"] = st.createdAt;
    out["changed_at"] = st.changedAt;
    out["author"] = st.author;
}

// The entities of a kind the assessment writes in its own form, sorted by id as the rest of the
// document.
template <typename T> std::vector<const T*> sortedById(const model::Workspace& ws) {
    std::vector<const T*> out;
    for (const T& e : ws.entities<T>().all()) out.push_back(&e);
    std::sort(out.begin(), out.end(), [](const T* a, const T* b) { return a->id < b->id; });
    return out;
}

// The modules' entities by kind, each with its stamps and its fields (the generic codec: every
// field a string, as the model's Fields are).
ordered_json entitiesJson(const model::WorkspaceData& d) {
    ordered_json out = ordered_json::object();
    for (const auto& [kind, records] : d.entities) {
        if (inOwnSection(kind)) continue;
        ordered_json list = ordered_json::array();
        for (const model::EntityRecord& e : records) {
            ordered_json fields = ordered_json::object();
            for (const auto& [name, value] : e.fields) fields[name] = value;
            list.push_back({{"id", e.id}, {"created_at", e.stamp.createdAt}, {"changed_at", e.stamp.changedAt},
                            {"author", e.stamp.author}, {"fields", fields}});
        }
        out[kind] = list;
    }
    return out;
}

ordered_json linksJson(const std::set<model::Link>& links) {
    ordered_json out = ordered_json::array();
    for (const model::Link& l : links)
        out.push_back({{"from_kind", l.from.kind}, {"from_id", l.from.id}, {"relation", l.relation}, {"to_kind", l.to.kind}, {"to_id", l.to.id}});
    return out;
}

// --- import: explicit type checks, JSON paths in every message -----------------------------
struct Reader {
    std::string error;

    bool fail(const std::string& path, const std::string& what) {
        if (error.empty()) error = path + ": " + what;
        return false;
    }
    bool object(const Json& j, const std::string& path) { return j.is_object() || fail(path, "expected an object"); }
    // An object whose members are all known: a member this Kanri does not know is refused (a
    // file from a newer Kanri must never be silently cut down).
    bool known(const Json& j, const std::string& path, std::initializer_list<std::string_view> names) {
        if (!object(j, path)) return false;
        for (auto it = j.begin(); it != j.end(); ++it)
            if (std::find(names.begin(), names.end(), it.key()) == names.end())
                return fail(path + "/" + it.key(), "unknown member (written by a newer Kanri?)");
        return true;
    }
    bool array(const Json& j, const std::string& path) { return j.is_array() || fail(path, "expected an array"); }
    // An optional string member (missing → ""); wrong type is an error.
    bool str(const Json& obj, const char* key, const std::string& path, std::string& out, bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) return !required || fail(path + "/" + key, "missing");
        if (!it->is_string()) return fail(path + "/" + key, "expected a string");
        out = it->get<std::string>();
        return !required || !out.empty() || fail(path + "/" + key, "empty");
    }
    bool rating(const Json& obj, const std::string& path, model::Rating& out, bool allowUnrated) {
        std::string code;
        if (!str(obj, "rating", path, code)) return false;
        auto r = model::ratingFromCode(code);
        if (!r || (!allowUnrated && *r == model::Rating::Unrated))
            return fail(path + "/rating", "\"" + code + "\" is not one of N, P, L, F, NA");
        out = *r;
        return true;
    }
    // "entities": {"<kind>": [{"id", "created_at", "changed_at", "author", "fields": {...}}]}:
    // kinds a module registered, ids of the kind's form, fields all strings. The kind's rules
    // are checked afterwards with the rest (validateData).
    bool entities(const Json& doc, const model::Workspace& ws, model::WorkspaceData& out) {
        auto it = doc.find("entities");
        if (it == doc.end()) return true;
        if (!object(*it, "/entities")) return false;
        for (auto kind = it->begin(); kind != it->end(); ++kind) {
            const std::string base = "/entities/" + kind.key();
            const model::Collection* c = ws.collection(kind.key());
            if (!c || inOwnSection(kind.key())) return fail(base, "unknown kind (written by a newer Kanri?)");
            if (!array(*kind, base)) return false;
            auto& records = out.entities[kind.key()];
            for (size_t i = 0; i < kind->size(); ++i) {
                const std::string at = base + "/" + std::to_string(i);
                const Json& j = (*kind)[i];
                model::EntityRecord e;
                if (!known(j, at, {"id", "created_at", "changed_at", "author", "fields"}) || !str(j, "id", at, e.id, true) ||
                    !stamp(j, at, e.stamp))
                    return false;
                if (!c->acceptsId(e.id))
                    return fail(at + "/id", "\"" + e.id + "\" is not an id of " + kind.key() + " (" + c->idOf(1) + ", ...)");
                if (auto f = j.find("fields"); f != j.end()) {
                    if (!object(*f, at + "/fields")) return false;
                    for (auto field = f->begin(); field != f->end(); ++field) {
                        if (!field->is_string()) return fail(at + "/fields/" + field.key(), "expected a string");
                        e.fields.emplace_back(field.key(), field->get<std::string>());
                    }
                }
                for (const model::EntityRecord& prev : records)
                    if (prev.id == e.id) return fail(at + "/id", "duplicate \"" + e.id + "\"");
                records.push_back(std::move(e));
            }
        }
        return true;
    }
    // "links": [{"from_kind", "from_id", "relation", "to_kind", "to_id"}]; both ends are
    // checked against the file's entities and the catalogue afterwards (validateData).
    bool links(const Json& doc, model::WorkspaceData& out) {
        auto it = doc.find("links");
        if (it == doc.end()) return true;
        if (!array(*it, "/links")) return false;
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/links/" + std::to_string(i);
            const Json& j = (*it)[i];
            model::Link l;
            if (!known(j, at, {"from_kind", "from_id", "relation", "to_kind", "to_id"}) || !str(j, "from_kind", at, l.from.kind, true) ||
                !str(j, "from_id", at, l.from.id, true) || !str(j, "relation", at, l.relation, true) ||
                !str(j, "to_kind", at, l.to.kind, true) || !str(j, "to_id", at, l.to.id, true))
                return false;
            if (!out.links.insert(std::move(l)).second) return fail(at, "the same link twice");
        }
        return true;
    }
    // An entity's stamps, each optional (files before they were written have none).
    bool stamp(const Json& obj, const std::string& path, model::Stamp& out) {
        return str(obj, "created_at", path, out.createdAt) && str(obj, "changed_at", path, out.changedAt) &&
               str(obj, "author", path, out.author);
    }
    // The 7.5.4 entries of the assessment (stamps: with their stamps) or of a cycle.
    bool docs(const Json& parent, const char* key, const std::string& path, const model::Catalogue& cat,
              model::DocumentMap& out, std::map<std::string, model::Stamp, std::less<>>* stamps = nullptr) {
        auto it = parent.find(key);
        if (it == parent.end()) return true;
        const std::string base = path + "/" + key;
        if (!array(*it, base)) return false;
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = base + "/" + std::to_string(i);
            const Json& d = (*it)[i];
            std::string id, status;
            model::DocumentCheck check;
            const bool fields = stamps ? known(d, at, {"id", "status", "location", "created_at", "changed_at", "author"})
                                       : known(d, at, {"id", "status", "location"});
            if (!fields || !str(d, "id", at, id, true) || !str(d, "status", at, status, true) || !str(d, "location", at, check.location))
                return false;
            if (stamps && !stamp(d, at, (*stamps)[id])) return false;
            if (!cat.findDocument(id)) return fail(at + "/id", "unknown 7.5.4 entry \"" + id + "\"");
            if (!model::documentStatusFromCode(status, check.status))
                return fail(at + "/status", "\"" + status + "\" is not one of unknown, present, missing");
            if (!out.emplace(id, std::move(check)).second) return fail(at + "/id", "duplicate \"" + id + "\"");
        }
        return true;
    }
};

} // namespace

std::string exportKanriJson(const model::Workspace& ws, const ExportInfo& info) {
    ordered_json items = ordered_json::array();
    for (const auto& [id, a] : ws.items()) {
        ordered_json ev = ordered_json::array();
        for (const auto& e : a.evidence) ev.push_back(evidenceJson(e));
        items.push_back({{"id", id}, {"rating", std::string(model::ratingCode(a.rating))}, {"justification", a.justification},
                         {"evidence", ev}, {"owner", a.owner}, {"due", a.due}, {"notes", a.notes},
                         {"changed_at", a.changedAt}});
    }
    ordered_json notes = ordered_json::array();
    for (const model::ClauseNote* n : sortedById<model::ClauseNote>(ws)) {
        ordered_json j = {{"clause", n->id}, {"note", n->text}};
        addStamp(j, n->stamp);
        notes.push_back(std::move(j));
    }
    ordered_json checklist = ordered_json::array();
    for (const model::ChecklistEntry* e : sortedById<model::ChecklistEntry>(ws)) {
        ordered_json j = {{"id", e->id}, {"status", std::string(model::documentStatusCode(e->check.status))}, {"location", e->check.location}};
        addStamp(j, e->stamp);
        checklist.push_back(std::move(j));
    }
    ordered_json cycles = ordered_json::array();
    for (const auto& c : ws.cycles()) {
        ordered_json ci = ordered_json::array();
        for (const auto& [id, a] : c.items)
            ci.push_back({{"id", id}, {"rating", std::string(model::ratingCode(a.rating))}, {"justification", a.justification}});
        ordered_json j = {{"id", c.id}, {"name", c.name}, {"frozen_at", c.frozenAt}, {"items", ci}, {"documents", documentsJson(c.documents)}};
        addStamp(j, c.stamp);
        cycles.push_back(std::move(j));
    }
    ordered_json doc = {
        {"format", "kanri"},
        {"version", kFormatVersion},
        {"exported_at", info.exportedAt},
        {"app_version", info.appVersion},
        {"standard", "ISO/IEC 20000-1:2018"},
        {"catalogue_version", ws.catalogue().version()},
        {"assessment", {{"items", items}, {"documents", checklist}, {"clause_notes", notes}}},
        {"cycles", cycles},
        {"entities", entitiesJson(ws.data())},
        {"links", linksJson(ws.links())},
    };
    return exportText(doc);
}

Result<model::WorkspaceData> parseKanriJson(std::string_view text, const model::Catalogue& cat,
                                            std::span<const model::ModelModule> modules) {
    if (auto s = checkJsonLimits(text); !s) return fail(ErrorCode::ImportInvalid, "/: " + s.error().detail);
    auto parsed = parseJsonStrict(text); // refuses a member given twice
    if (!parsed) return parsed.error();
    const Json doc = std::move(parsed.value());
    Reader r;
    model::WorkspaceData out;
    model::Workspace check(cat, modules); // for the rules (N/A justification, dates, links, lengths, kinds)
    model::ItemMap retiredItems; // assessments under ids an older catalogue used
    // Every access below checks the JSON type first: nothing here throws (the browser build has
    // no exceptions; json_limits bounds the depth).
    if (!r.known(doc, "", {"format", "version", "exported_at", "app_version", "standard", "catalogue_version", "assessment", "cycles",
                           "entities", "links"}))
        return fail(ErrorCode::ImportInvalid, r.error);
    std::string format;
    r.str(doc, "format", "", format, true);
    if (r.error.empty() && format != "kanri") r.fail("/format", "expected \"kanri\", found \"" + format + "\"");
    auto version = doc.find("version");
    if (r.error.empty() && (version == doc.end() || !version->is_number_integer()))
        r.fail("/version", "missing or not an integer");
    if (r.error.empty() && (version->get<int64_t>() < kOldestReadable || version->get<int64_t>() > kFormatVersion))
        r.fail("/version", "version " + version->dump() + " is not supported (this Kanri reads versions 1 and 2)");
    if (!r.error.empty()) return fail(ErrorCode::ImportInvalid, r.error);

    const Json empty = Json::object();
    auto a = doc.find("assessment");
    const Json& assessment = a == doc.end() ? empty : *a;
    if (!r.known(assessment, "/assessment", {"items", "documents", "clause_notes"})) return fail(ErrorCode::ImportInvalid, r.error);
    const bool evidenceIds = version->get<int64_t>() >= 2;
    if (auto it = assessment.find("items"); it != assessment.end()) {
        if (!r.array(*it, "/assessment/items")) return fail(ErrorCode::ImportInvalid, r.error);
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/assessment/items/" + std::to_string(i);
            const Json& j = (*it)[i];
            std::string id;
            model::ItemAssessment v;
            if (!r.known(j, at, {"id", "rating", "justification", "evidence", "owner", "due", "notes", "changed_at"}) ||
                !r.str(j, "id", at, id, true) || !r.rating(j, at, v.rating, true) ||
                !r.str(j, "justification", at, v.justification) || !r.str(j, "owner", at, v.owner) ||
                !r.str(j, "due", at, v.due) || !r.str(j, "notes", at, v.notes) ||
                !r.str(j, "changed_at", at, v.changedAt))
                return fail(ErrorCode::ImportInvalid, r.error);
            // An id an older catalogue used is read like the others and carried over below.
            const std::vector<std::string> current = model::currentIdsFor(cat, id);
            if (current.empty()) return fail(ErrorCode::ImportInvalid, at + "/id: unknown item \"" + id + "\"");
            const bool retired = current.front() != id;
            if (auto ev = j.find("evidence"); ev != j.end()) {
                if (!r.array(*ev, at + "/evidence")) return fail(ErrorCode::ImportInvalid, r.error);
                for (size_t k = 0; k < ev->size(); ++k) {
                    const std::string eat = at + "/evidence/" + std::to_string(k);
                    model::Evidence e;
                    const bool ok = evidenceIds ? r.known((*ev)[k], eat, {"id", "text", "document", "url"})
                                                : r.known((*ev)[k], eat, {"text", "document", "url"});
                    if (!ok || (evidenceIds && !r.str((*ev)[k], "id", eat, e.id)) || !r.str((*ev)[k], "text", eat, e.text) ||
                        !r.str((*ev)[k], "document", eat, e.document) || !r.str((*ev)[k], "url", eat, e.url))
                        return fail(ErrorCode::ImportInvalid, r.error);
                    auto digits = [](std::string_view t) { return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }); };
                    if (!e.id.empty() && (e.id.rfind("EV-", 0) != 0 || !digits(std::string_view(e.id).substr(3))))
                        return fail(ErrorCode::ImportInvalid, eat + "/id: \"" + e.id + "\" is not an evidence id (EV-1, EV-2, ...)");
                    v.evidence.push_back(std::move(e));
                }
            }
            // The rule's own error (N/A justification, date, link), located by its JSON path.
            if (auto s = check.validate(current.front(), v); !s) return fail(s.error().code, at + ": " + s.error().detail);
            if (!(retired ? retiredItems : out.items).emplace(id, std::move(v)).second)
                return fail(ErrorCode::ImportInvalid, at + "/id: duplicate \"" + id + "\"");
        }
    }
    // Split, merged and renamed items: each successor takes its part, marked for confirmation.
    (void)model::carryOver(cat, retiredItems, out.items);
    model::DocumentMap checklist;
    std::map<std::string, model::Stamp, std::less<>> checklistStamps;
    if (!r.docs(assessment, "documents", "/assessment", cat, checklist, &checklistStamps)) return fail(ErrorCode::ImportInvalid, r.error);
    for (const auto& [id, entry] : checklist)
        if (model::Fields f = model::documentFields(entry); !f.empty()) // "unknown" with no location is no entry
            out.entities[std::string(model::kinds::Document)].push_back({id, checklistStamps[id], std::move(f)});
    if (auto it = assessment.find("clause_notes"); it != assessment.end()) {
        if (!r.array(*it, "/assessment/clause_notes")) return fail(ErrorCode::ImportInvalid, r.error);
        std::set<std::string, std::less<>> noted;
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/assessment/clause_notes/" + std::to_string(i);
            std::string clause, note;
            model::Stamp st;
            if (!r.known((*it)[i], at, {"clause", "note", "created_at", "changed_at", "author"}) || !r.str((*it)[i], "clause", at, clause, true) ||
                !r.str((*it)[i], "note", at, note) || !r.stamp((*it)[i], at, st))
                return fail(ErrorCode::ImportInvalid, r.error);
            if (!cat.find(clause)) return fail(ErrorCode::ImportInvalid, at + "/clause: unknown clause \"" + clause + "\"");
            if (!noted.insert(clause).second) return fail(ErrorCode::ImportInvalid, at + "/clause: duplicate \"" + clause + "\"");
            if (!note.empty()) // an empty note is no note
                out.entities[std::string(model::kinds::ClauseNote)].push_back({clause, std::move(st), model::clauseNoteFields(note)});
        }
    }
    if (auto it = doc.find("cycles"); it != doc.end()) {
        if (!r.array(*it, "/cycles")) return fail(ErrorCode::ImportInvalid, r.error);
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/cycles/" + std::to_string(i);
            const Json& j = (*it)[i];
            model::Cycle c;
            if (!r.known(j, at, {"id", "name", "frozen_at", "items", "documents", "created_at", "changed_at", "author"}) ||
                !r.str(j, "id", at, c.id, true) || !r.str(j, "name", at, c.name, true) || !r.str(j, "frozen_at", at, c.frozenAt) ||
                !r.stamp(j, at, c.stamp))
                return fail(ErrorCode::ImportInvalid, r.error);
            if (!model::idNumber(model::Cycle::kPrefix, c.id))
                return fail(ErrorCode::ImportInvalid, at + "/id: \"" + c.id + "\" is not a cycle's id (c1, c2, ...)");
            if (auto ci = j.find("items"); ci != j.end()) {
                if (!r.array(*ci, at + "/items")) return fail(ErrorCode::ImportInvalid, r.error);
                for (size_t k = 0; k < ci->size(); ++k) {
                    const std::string iat = at + "/items/" + std::to_string(k);
                    std::string id;
                    model::ItemAssessment v;
                    if (!r.known((*ci)[k], iat, {"id", "rating", "justification"}) || !r.str((*ci)[k], "id", iat, id, true) ||
                        !r.rating((*ci)[k], iat, v.rating, false) || !r.str((*ci)[k], "justification", iat, v.justification))
                        return fail(ErrorCode::ImportInvalid, r.error);
                    if (model::currentIdsFor(cat, id).empty())
                        return fail(ErrorCode::ImportInvalid, iat + "/id: unknown item \"" + id + "\"");
                    c.items[id] = std::move(v);
                }
                (void)model::carryOverCycle(cat, c.items);
            }
            if (!r.docs(j, "documents", at, cat, c.documents)) return fail(ErrorCode::ImportInvalid, r.error);
            auto& cycles = out.entities[std::string(model::kinds::Cycle)];
            for (const model::EntityRecord& prev : cycles)
                if (prev.id == c.id) return fail(ErrorCode::ImportInvalid, at + "/id: duplicate \"" + c.id + "\"");
            cycles.push_back({c.id, c.stamp, model::fieldsOf(c)});
        }
    }
    if (!r.entities(doc, check, out) || !r.links(doc, out)) return fail(ErrorCode::ImportInvalid, r.error);
    std::string where;
    if (auto s = check.validateData(out, &where); !s) return fail(s.error().code, where + ": " + s.error().detail);
    return out;
}

std::string reportJson(const model::Catalogue& cat, const model::Scores& sc) {
    auto num = [](const std::optional<double>& v) { return v ? ordered_json(std::round(*v * 10000.0) / 10000.0) : ordered_json(nullptr); };
    ordered_json reasons = ordered_json::array();
    for (const auto& r : sc.reasons) {
        static const char* const kinds[] = {"key_item_at_n", "document_missing", "document_unconfirmed", "na_unjustified", "unrated"};
        ordered_json j = {{"kind", kinds[static_cast<int>(r.kind)]}};
        if (!r.id.empty()) j["id"] = r.id;
        if (r.kind == model::ReasonKind::Unrated) j["count"] = r.count;
        reasons.push_back(j);
    }
    ordered_json clauses = ordered_json::array();
    for (size_t i = 0; i < cat.clauses().size(); ++i) {
        const auto& c = cat.clauses()[i];
        const auto& s = sc.clauses[i];
        clauses.push_back({{"id", c.id}, {"title_en", c.titleEn}, {"title_ja", c.titleJa}, {"score", num(s.score)},
                           {"items", s.items}, {"rated", s.rated}, {"not_applicable", s.notApplicable}});
    }
    static const char* const bands[] = {"initial", "developing", "largely", "ready"};
    const auto& gp = sc.goodPractice.counts;
    ordered_json doc = {
        {"format", "kanri-report"},
        {"version", 1},
        {"standard", "ISO/IEC 20000-1:2018"},
        {"catalogue_version", cat.version()},
        {"overall", num(sc.readiness)},
        {"coverage", std::round(sc.coverage * 10000.0) / 10000.0},
        {"band", sc.readiness ? bands[static_cast<int>(model::band(*sc.readiness, sc.ready))] : "initial"},
        {"verdict", {{"certification_ready", sc.ready}, {"reasons", reasons}}},
        {"counts", {{"unrated", sc.counts[0]}, {"N", sc.counts[1]}, {"P", sc.counts[2]}, {"L", sc.counts[3]}, {"F", sc.counts[4]}, {"NA", sc.counts[5]}}},
        // Good practice: rated, but outside readiness and the verdict (docs/scoring.md).
        {"good_practice", {{"items", sc.goodPractice.items}, {"score", num(sc.goodPractice.score)},
                           {"counts", {{"unrated", gp[0]}, {"N", gp[1]}, {"P", gp[2]}, {"L", gp[3]}, {"F", gp[4]}, {"NA", gp[5]}}}}},
        {"clauses", clauses},
    };
    return exportText(doc);
}

std::string catalogJson(const model::Catalogue& cat) {
    ordered_json clauses = ordered_json::array();
    for (const auto& c : cat.clauses()) {
        ordered_json items = ordered_json::array();
        for (int i : c.items) items.push_back(cat.items()[i].id);
        clauses.push_back({{"id", c.id}, {"parent", c.parentId}, {"title_en", c.titleEn}, {"title_ja", c.titleJa},
                           {"title_ja_own", c.titleJaOwn}, {"pdca", c.pdca},
                           {"summary_en", c.summaryEn}, {"summary_ja", c.summaryJa}, {"items", items}});
    }
    ordered_json items = ordered_json::array();
    for (const auto& i : cat.items()) {
        ordered_json verify = ordered_json::array();
        for (model::Verification v : i.verification) verify.push_back(std::string(model::verificationCode(v)));
        items.push_back({{"id", i.id}, {"clause", i.clauseId}, {"key", i.key}, {"basis", std::string(model::basisCode(i.basis))},
                         {"title_en", i.titleEn}, {"title_ja", i.titleJa},
                         {"explanation_en", i.explanationEn}, {"explanation_ja", i.explanationJa},
                         {"question_en", i.questionEn}, {"question_ja", i.questionJa}, {"verify", verify},
                         {"sample_size", i.sampleSize}, {"frequency_en", i.frequencyEn}, {"frequency_ja", i.frequencyJa},
                         {"evidence_en", i.evidenceEn}, {"evidence_ja", i.evidenceJa}});
    }
    ordered_json docs = ordered_json::array();
    for (const auto& d : cat.documents())
        docs.push_back({{"id", d.id}, {"kind", d.kind == model::RequiredDocument::Kind::Record ? "record" : "document"},
                        {"clause", d.clauseId}, {"title_en", d.titleEn}, {"title_ja", d.titleJa}});
    ordered_json retired = ordered_json::array();
    for (const auto& r : cat.retired()) retired.push_back({{"id", r.id}, {"successors", r.successors}, {"since", r.since}});
    ordered_json doc = {{"format", "kanri-catalog"}, {"version", 1}, {"standard", "ISO/IEC 20000-1:2018"},
                        {"catalogue_version", cat.version()}, {"clauses", clauses}, {"items", items}, {"documents", docs},
                        {"retired", retired}};
    return exportText(doc);
}

} // namespace kanri::exchange
