#include "automation/dispatcher.hpp"
#include "automation/operation.hpp"

#include "exchange/json_strict.hpp"
#include "exchange/kanri_json.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "model/validation.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <variant>

namespace kanri::automation {

Refusal refuse(ErrorCode code, std::string detail, std::string path) { return {kanri::fail(code, std::move(detail)), std::move(path)}; }
std::string text(const json& j, const char* name) {
    auto it = j.find(name);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
json exported(session::Session& s) { return json::parse(s.exportJson()); }
// An answer as text. The model keeps only valid UTF-8, but an answer must never stop the page
// (the browser build has no exceptions: a throw is an abort), so a stray byte becomes U+FFFD.
static std::string answerText(const json& answer) { return answer.dump(-1, ' ', false, json::error_handler_t::replace); }
std::string today(session::Session& s) { return s.clock() ? s.clock()().substr(0, 10) : std::string(); }

std::vector<std::string> strings(const json& op, const char* name) {
    std::vector<std::string> out;
    if (op.contains(name))
        for (const json& v : op.at(name))
            if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

Made<Command> csvImport(const std::vector<exchange::CsvRowError>& errors, Command command) {
    if (command) return Made<Command>(std::move(command));
    const exchange::CsvRowError& e = errors.front();
    std::string detail = (e.line > 0 ? "line " + exchange::csvWhere(e) : std::string()) + e.error.detail;
    if (errors.size() > 1) detail += " (+" + std::to_string(errors.size() - 1) + ")";
    return refuse(e.error.code, detail, "/csv");
}

json fieldsJson(const model::Fields& fields) {
    json out = json::object();
    for (const auto& [name, value] : fields) out[name] = value;
    return out;
}

Made<model::Fields> fieldsFrom(const json& op, const char* name) {
    model::Fields fields;
    if (!op.contains(name)) return fields;
    for (auto f = op.at(name).begin(); f != op.at(name).end(); ++f) {
        if (!f->is_string()) return refuse(ErrorCode::InvalidOperation, f.key() + " must be a string", std::string("/") + name + "/" + f.key());
        fields.emplace_back(f.key(), f->get<std::string>());
    }
    return fields;
}

namespace {

// An action on the session itself, not an edit of the data: it cannot be part of a batch.
struct SessionAction {
    const char* name;
    const char* about;
    std::vector<Field> fields;
    std::function<Status(session::Session&, const json&)> act;
};

const char* typeName(json::value_t t) {
    switch (t) {
    case json::value_t::string: return "string";
    case json::value_t::object: return "object";
    case json::value_t::boolean: return "boolean";
    case json::value_t::array: return "array";
    case json::value_t::number_integer: return "integer";
    default: return "number";
    }
}

model::Link linkOf(const json& op) {
    return {{text(op, "from_kind"), text(op, "from_id")}, text(op, "relation"), {text(op, "to_kind"), text(op, "to_id")}};
}

// The operations every module shares: entities, links, the whole workspace.
const std::vector<Operation>& coreOperations() {
    static const std::vector<Operation> ops = {
        {"entity.put", "Creates (no id: the next free one) or replaces an entity of a module's kind from its fields; answers its id.",
         {{"kind", json::value_t::string, true, "the kind (query kinds)"},
          {"id", json::value_t::string, false, "the entity to replace; none: a new one"},
          {"fields", json::value_t::object, true, "the entity's fields, each a string"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const std::string kind = text(op, "kind");
             if (!s.workspace().collection(kind)) return refuse(ErrorCode::UnknownKind, kind, "/kind");
             Made<model::Fields> fields = fieldsFrom(op, "fields");
             if (auto* r = std::get_if<Refusal>(&fields)) return *r;
             return Command(std::make_unique<model::PutEntity>(kind, text(op, "id"), std::move(std::get<model::Fields>(fields))));
         }},
        {"entity.remove", "Removes an entity; links to it are refused or removed with it, as each relation says.",
         {{"kind", json::value_t::string, true, "the kind"}, {"id", json::value_t::string, true, "the entity"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             const model::EntityKey key{text(op, "kind"), text(op, "id")};
             const model::Collection* c = s.workspace().collection(key.kind);
             if (!c) return refuse(ErrorCode::UnknownKind, key.kind, "/kind");
             // The collection's own entity (a checklist entry, not its document in the catalogue).
             if (!c->indexOf(key.id)) return refuse(ErrorCode::UnknownId, key.id, "/id");
             return Command(std::make_unique<model::RemoveEntity>(key));
         }},
        {"link.add", "Links two entities (or an entity to an item, clause or document of the catalogue) by a relation.",
         {{"from_kind", json::value_t::string, true, "kind of the source"}, {"from_id", json::value_t::string, true, "id of the source"},
          {"relation", json::value_t::string, true, "the relation (query kinds)"},
          {"to_kind", json::value_t::string, true, "kind of the target"}, {"to_id", json::value_t::string, true, "id of the target"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return Command(std::make_unique<model::SetLink>(linkOf(op), true));
         }},
        {"link.remove", "Removes a link.",
         {{"from_kind", json::value_t::string, true, "kind of the source"}, {"from_id", json::value_t::string, true, "id of the source"},
          {"relation", json::value_t::string, true, "the relation"},
          {"to_kind", json::value_t::string, true, "kind of the target"}, {"to_id", json::value_t::string, true, "id of the target"}},
         [](session::Session&, const json& op) -> Made<Command> {
             return Command(std::make_unique<model::SetLink>(linkOf(op), false));
         }},
        {"workspace.import", "Replaces everything by a Kanri JSON document (validated first; one undoable edit).",
         {{"document", json::value_t::object, true, "a Kanri JSON document, as query export returns it"}},
         [](session::Session& s, const json& op) -> Made<Command> {
             auto data = exchange::parseKanriJson(op.at("document").dump(), s.catalogue());
             if (!data) return Refusal{data.error(), "/document"};
             return Command(std::make_unique<model::ReplaceWorkspace>(std::move(data.value())));
         }},
    };
    return ops;
}

const std::vector<SessionAction>& sessionActions() {
    static const std::vector<SessionAction> acts = {
        {"edit.undo", "Undoes the last edit (as the Edit menu does). Refused when there is nothing to undo.", {},
         [](session::Session& s, const json&) -> Status {
             if (!s.undo()) return kanri::fail(ErrorCode::InvalidOperation, "nothing to undo");
             return kanri::ok();
         }},
        {"edit.redo", "Redoes the last undone edit. Refused when there is nothing to redo.", {},
         [](session::Session& s, const json&) -> Status {
             if (!s.redo()) return kanri::fail(ErrorCode::InvalidOperation, "nothing to redo");
             return kanri::ok();
         }},
        {"session.author", "Sets the name written as the author of every change from now on (\"\": none).",
         {{"name", json::value_t::string, true, "\"Hanako Sato\", or \"\""}},
         [](session::Session& s, const json& op) { return s.setAuthor(text(op, "name")); }},
    };
    return acts;
}

json historyJson(const model::HistoryEntry& e) {
    json fields = json::array();
    for (const model::FieldChange& f : e.fields) fields.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
    return {{"seq", e.seq}, {"step", e.step}, {"at", e.at}, {"author", e.author},
            {"action", std::string(model::historyActionCode(e.action))}, {"verb", e.verb}, {"subject", e.subject},
            {"kind", e.key.kind}, {"id", e.key.id}, {"fields", fields}};
}


// The queries every module shares.
const std::vector<Query>& coreQueries() {
    static const std::vector<Query> qs = {
        {"export", "The whole workspace as a Kanri JSON document.", {}, [](session::Session& s, const json&) { return exported(s); }},
        {"history", "The history (audit trail), newest first: who changed what and when, each field before and after.",
         {{"kind", json::value_t::string, false, "only this kind: item, document, clause_note, cycle"},
          {"id", json::value_t::string, false, "only this entity (with kind)"},
          {"author", json::value_t::string, false, "only changes by this author (\"\": without a name)"},
          {"action", json::value_t::string, false, "apply, undo or redo"},
          {"text", json::value_t::string, false, "found in the id, the description or a field's value"},
          {"offset", json::value_t::number_integer, false, "rows to skip (default 0)"},
          {"limit", json::value_t::number_integer, false, "rows to return (default 100, at most 10000)"}},
         [](session::Session& s, const json& args) -> json {
             model::HistoryFilter f;
             f.kind = text(args, "kind");
             f.id = text(args, "id");
             if (args.contains("author")) f.author = text(args, "author");
             if (args.contains("action")) f.action = model::historyActionFromCode(text(args, "action"));
             f.text = text(args, "text");
             const int64_t offset = std::max<int64_t>(0, args.value("offset", int64_t{0}));
             const int64_t limit = std::clamp<int64_t>(args.value("limit", int64_t{100}), 0, 10000);
             auto total = s.historyCount(f);
             auto rows = s.history(f, offset, limit);
             if (!total || !rows) return {{"error", i18n::message(!total ? total.error() : rows.error())}};
             json out = json::array();
             for (const auto& e : rows.value()) out.push_back(historyJson(e));
             return {{"total", total.value()}, {"rows", out}};
         }},
        {"kinds", "The kinds of entity the modules register, with their id prefix, and the relations between them.", {},
         [](session::Session& s, const json&) -> json {
             json kinds = json::array(), relations = json::array();
             for (const auto& c : s.workspace().registry().collections())
                 kinds.push_back({{"kind", std::string(c->kind())}, {"prefix", std::string(c->prefix())}, {"count", c->size()}});
             for (const model::Relation& r : s.workspace().registry().relations())
                 relations.push_back({{"relation", std::string(r.name)}, {"from", std::string(r.from)}, {"to", std::string(r.to)},
                                      {"on_target_removed", r.onTargetRemoved == model::OnTargetRemoved::Refuse ? "refuse" : "cascade"}});
             return {{"kinds", kinds}, {"relations", relations}};
         }},
        {"entities", "The entities of one kind, in order, with their stamps and fields.",
         {{"kind", json::value_t::string, true, "the kind"}},
         [](session::Session& s, const json& args) -> json {
             const model::Collection* c = s.workspace().collection(text(args, "kind"));
             json out = json::array();
             for (size_t i = 0; c && i < c->size(); ++i) {
                 json fields = json::object();
                 for (const auto& [name, value] : c->fieldsAt(i)) fields[name] = value;
                 const model::Stamp& st = c->stampAt(i);
                 out.push_back({{"id", c->idAt(i)}, {"created_at", st.createdAt}, {"changed_at", st.changedAt}, {"author", st.author}, {"fields", fields}});
             }
             return out;
         }},
        {"links", "The links, optionally only those from or to one entity.",
         {{"kind", json::value_t::string, false, "with id: only links from or to this entity"}, {"id", json::value_t::string, false, "the entity"}},
         [](session::Session& s, const json& args) -> json {
             const model::EntityKey key{text(args, "kind"), text(args, "id")};
             json out = json::array();
             for (const model::Link& l : s.workspace().links())
                 if (key.kind.empty() || l.from == key || l.to == key)
                     out.push_back({{"from_kind", l.from.kind}, {"from_id", l.from.id}, {"relation", l.relation}, {"to_kind", l.to.kind}, {"to_id", l.to.id}});
             return out;
         }},
        {"session.author", "The author's name and whether it has been asked for.", {},
         [](session::Session& s, const json&) -> json { return {{"name", s.author()}, {"asked", s.authorAsked()}}; }},
    };
    return qs;
}

// The core's and every module's, in the order of the modules' list.
template <typename T> std::vector<T> merged(const std::vector<T>& core, const std::vector<T>& (*AutomationModule::*part)()) {
    std::vector<T> all = core;
    for (const AutomationModule& m : automationModules()) {
        const std::vector<T>& more = (m.*part)();
        all.insert(all.end(), more.begin(), more.end());
    }
    return all;
}
const std::vector<Operation>& operations() {
    static const std::vector<Operation> all = merged(coreOperations(), &AutomationModule::operations);
    return all;
}
const std::vector<Query>& queries() {
    static const std::vector<Query> all = merged(coreQueries(), &AutomationModule::queries);
    return all;
}

// The message in the user's language, and the rule's stable name for programs ("NcActionsOpen").
json refusal(const Refusal& r) {
    return {{"ok", false}, {"error", i18n::message(r.error)}, {"code", errorCodeName(r.error.code)}, {"path", r.path}};
}

// The members: known, of their type, and the required ones there. Unknown members are refused
// (a newer caller's field must not be silently ignored).
std::optional<Refusal> checkFields(const json& j, const std::vector<Field>& fields, const char* nameKey) {
    for (auto member = j.begin(); member != j.end(); ++member) {
        const std::string key = member.key();
        const json& value = member.value();
        if (key == nameKey) continue;
        auto f = std::find_if(fields.begin(), fields.end(), [&](const Field& x) { return key == x.name; });
        if (f == fields.end()) return refuse(ErrorCode::InvalidOperation, "unknown member " + key, "/" + key);
        const bool typeOk = f->type == json::value_t::number_integer ? value.is_number_integer() : value.type() == f->type;
        if (!typeOk) return refuse(ErrorCode::InvalidOperation, key + " must be a " + typeName(f->type), "/" + key);
    }
    for (const Field& f : fields)
        if (f.required && !j.contains(f.name)) return refuse(ErrorCode::InvalidOperation, std::string("missing ") + f.name, std::string("/") + f.name);
    return std::nullopt;
}

// The operation as JSON: valid, an object, no member twice.
Made<json> parseOperation(std::string_view text) {
    auto parsed = exchange::parseJsonStrict(text);
    if (!parsed) {
        const std::string& d = parsed.error().detail;
        const size_t colon = d.find(':');
        return refuse(ErrorCode::InvalidOperation, d, colon == std::string::npos || d[0] != '/' || d.compare(0, 2, "/:") == 0 ? "" : d.substr(0, colon));
    }
    if (!parsed.value().is_object()) return refuse(ErrorCode::InvalidOperation, "not a JSON object", "");
    return std::move(parsed.value());
}

// The command an operation (already parsed, an object) stands for.
Made<Command> makeCommand(session::Session& s, const json& op) {
    if (!op.contains("op") || !op.at("op").is_string()) return refuse(ErrorCode::InvalidOperation, "missing op", "/op");
    const std::string name = op.at("op").get<std::string>();
    const auto& ops = operations();
    auto it = std::find_if(ops.begin(), ops.end(), [&](const Operation& o) { return name == o.name; });
    if (it == ops.end()) return refuse(ErrorCode::UnknownOperation, name, "/op");
    if (auto bad = checkFields(op, it->fields, "op")) return *bad;
    return it->make(s, op);
}

std::string answer(session::Session& s, Status applied) {
    if (!applied) return answerText(refusal({applied.error(), ""}));
    // A put says which id it wrote (a new entity's id is chosen when it is applied).
    if (const model::Command* done = s.commands().nextUndo(); done && !done->putId().empty()) return answerText(json{{"ok", true}, {"id", done->putId()}});
    return answerText(json{{"ok", true}});
}

// An operation that acts on the session (undo, redo, the author), if it is one.
const SessionAction* sessionAction(const json& op) {
    if (!op.contains("op") || !op.at("op").is_string()) return nullptr;
    const std::string name = op.at("op").get<std::string>();
    for (const SessionAction& a : sessionActions())
        if (name == a.name) return &a;
    return nullptr;
}

} // namespace

std::string run(session::Session& s, std::string_view operationJson) {
    Made<json> parsed = parseOperation(operationJson); // once: a session action or a command
    if (auto* r = std::get_if<Refusal>(&parsed)) return answerText(refusal(*r));
    const json& op = std::get<json>(parsed);
    if (const SessionAction* a = sessionAction(op)) {
        if (auto bad = checkFields(op, a->fields, "op")) return answerText(refusal(*bad));
        const Status done = a->act(s, op);
        return answerText(done ? json{{"ok", true}} : refusal({done.error(), ""}));
    }
    Made<Command> made = makeCommand(s, op);
    if (auto* r = std::get_if<Refusal>(&made)) return answerText(refusal(*r));
    return answer(s, s.execute(std::move(std::get<Command>(made))));
}

std::string runAll(session::Session& s, const std::vector<std::string>& operationsJson) {
    std::vector<Command> parts;
    for (size_t i = 0; i < operationsJson.size(); ++i) {
        const std::string at = "/" + std::to_string(i);
        Made<json> parsed = parseOperation(operationsJson[i]);
        if (auto* r = std::get_if<Refusal>(&parsed)) return answerText(refusal({r->error, at + r->path}));
        const json& op = std::get<json>(parsed);
        if (const SessionAction* a = sessionAction(op))
            return answerText(refusal(refuse(ErrorCode::InvalidOperation, std::string(a->name) + " cannot be part of a batch", at + "/op")));
        Made<Command> made = makeCommand(s, op);
        if (auto* r = std::get_if<Refusal>(&made)) return answerText(refusal({r->error, at + r->path}));
        parts.push_back(std::move(std::get<Command>(made)));
    }
    if (parts.empty()) return answerText(json{{"ok", true}});
    size_t refusedAt = 0;
    const Status applied = s.execute(std::make_unique<model::Batch>(std::move(parts), &refusedAt));
    if (!applied) return answerText(refusal({applied.error(), "/" + std::to_string(refusedAt)}));
    return answerText(json{{"ok", true}});
}

std::string query(session::Session& s, std::string_view name, std::string_view argsJson) {
    const auto& qs = queries();
    auto it = std::find_if(qs.begin(), qs.end(), [&](const Query& q) { return name == q.name; });
    if (it == qs.end()) return answerText(refusal(refuse(ErrorCode::UnknownOperation, std::string(name), "")));
    json args = json::object();
    if (!argsJson.empty()) {
        Made<json> parsed = parseOperation(argsJson);
        if (auto* r = std::get_if<Refusal>(&parsed)) return answerText(refusal(*r));
        args = std::move(std::get<json>(parsed));
    }
    if (auto bad = checkFields(args, it->fields, "")) return answerText(refusal(*bad));
    return answerText(json{{"ok", true}, {"result", it->answer(s, args)}});
}

bool hasQuery(std::string_view name, bool withoutArguments) {
    const auto& qs = queries();
    auto it = std::find_if(qs.begin(), qs.end(), [&](const Query& q) { return name == q.name; });
    if (it == qs.end()) return false;
    return !withoutArguments || std::none_of(it->fields.begin(), it->fields.end(), [](const Field& f) { return f.required; });
}

std::string reference() {
    std::string out = "# Automation: operations and queries\n\n"
                      "Generated from the operation tables of core/automation/ (`kanri-cli ops`); a test keeps this file equal to it.\n\n"
                      "An operation is a JSON object `{\"op\": name, ...fields}`: `window.kanri.run(op)` in the browser, one per\n"
                      "line in `kanri-cli apply FILE` (all in one transaction, all or nothing). It answers `{\"ok\": true}` or\n"
                      "`{\"ok\": false, \"error\": \"...\", \"code\": \"Rule\", \"path\": \"/field\"}` (the message in the user's\n"
                      "language, the rule's stable name, the member it concerns); a refused operation changes nothing. Unknown\n"
                      "members are refused. A query answers `{\"ok\": true, \"result\": ...}`: `window.kanri.query(name, args)`,\n"
                      "`kanri-cli query NAME`.\n\n## Operations\n";
    auto fieldsOf = [&](const std::vector<Field>& fields) {
        if (fields.empty()) return std::string("No fields.\n");
        std::string t = "| field | type | required | meaning |\n|---|---|---|---|\n";
        for (const Field& f : fields)
            t += std::string("| `") + f.name + "` | " + typeName(f.type) + " | " + (f.required ? "yes" : "no") + " | " + f.about + " |\n";
        return t;
    };
    for (const Operation& o : operations()) out += std::string("\n### `") + o.name + "`\n\n" + o.about + "\n\n" + fieldsOf(o.fields);
    out += "\n## Session operations\n\nThese act on the session, not on the data; they are not part of a batch.\n";
    for (const SessionAction& a : sessionActions()) out += std::string("\n### `") + a.name + "`\n\n" + a.about + "\n\n" + fieldsOf(a.fields);
    out += "\n## Queries\n";
    for (const Query& q : queries()) out += std::string("\n### `") + q.name + "`\n\n" + q.about + "\n\n" + fieldsOf(q.fields);
    return out;
}

} // namespace kanri::automation
