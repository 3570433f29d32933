#include "exchange/catalogue_json.hpp"

#include "exchange/json_limits.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>

namespace kanri::exchange {
namespace {

Error bad(const std::string& path, const std::string& what) { return fail(ErrorCode::CatalogueInvalid, path + ": " + what); }

struct Field {
    const char* name;
    std::string* dest;
    bool required = true; // present and not empty
};

// Reads string members of obj into their fields; the first problem names its JSON path.
std::optional<Error> readStrings(const nlohmann::json& obj, const std::string& at, std::initializer_list<Field> fields) {
    if (!obj.is_object()) return bad(at, "not an object");
    for (const Field& f : fields) {
        auto it = obj.find(f.name);
        if (it == obj.end()) {
            if (f.required) return bad(at + "/" + f.name, "missing");
            continue;
        }
        if (!it->is_string()) return bad(at + "/" + f.name, "not a string");
        *f.dest = it->get<std::string>();
        if (f.required && f.dest->empty()) return bad(at + "/" + f.name, "empty");
    }
    return std::nullopt;
}

} // namespace

Result<model::Catalogue> parseCatalogue(std::string_view text) {
    if (auto s = checkJsonLimits(text); !s) return s.error();
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return bad("/", "not valid JSON");
    std::string format;
    if (auto e = readStrings(doc, "", {{"format", &format}})) return *e;
    if (format != "kanri-catalogue") return bad("/format", "expected \"kanri-catalogue\"");
    if (!doc.contains("clauses") || !doc["clauses"].is_array()) return bad("/clauses", "missing or not an array");
    std::vector<model::Clause> clauses;
    const auto& arr = doc["clauses"];
    for (size_t i = 0; i < arr.size(); ++i) {
        const std::string at = "/clauses/" + std::to_string(i);
        model::Clause out;
        if (auto e = readStrings(arr[i], at, {{"id", &out.id}, {"parent", &out.parentId, false},
                                              {"title_en", &out.titleEn}, {"title_ja", &out.titleJa},
                                              {"summary_en", &out.summaryEn, false}, {"summary_ja", &out.summaryJa, false},
                                              {"edition_2011_en", &out.edition2011En, false},
                                              {"edition_2011_ja", &out.edition2011Ja, false}}))
            return *e;
        if (!out.parentId.empty()) {
            bool found = false;
            for (const auto& prev : clauses) found = found || prev.id == out.parentId;
            if (!found) return bad(at + "/parent", "parent \"" + out.parentId + "\" does not precede it");
        }
        for (const auto& prev : clauses)
            if (prev.id == out.id) return bad(at + "/id", "duplicate \"" + out.id + "\"");
        clauses.push_back(std::move(out));
    }
    std::vector<model::Item> items;
    if (auto it = doc.find("items"); it != doc.end()) {
        if (!it->is_array()) return bad("/items", "not an array");
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/items/" + std::to_string(i);
            const auto& j = (*it)[i];
            model::Item item;
            if (auto e = readStrings(j, at, {{"id", &item.id}, {"clause", &item.clauseId}, {"title_en", &item.titleEn},
                                             {"title_ja", &item.titleJa}, {"explanation_en", &item.explanationEn},
                                             {"explanation_ja", &item.explanationJa}}))
                return *e;
            if (auto k = j.find("key"); k != j.end()) {
                if (!k->is_boolean()) return bad(at + "/key", "not true or false");
                item.key = k->get<bool>();
            }
            for (auto [name, dest] : {std::pair{"evidence_en", &item.evidenceEn}, std::pair{"evidence_ja", &item.evidenceJa}}) {
                auto v = j.find(name);
                if (v == j.end() || !v->is_array()) return bad(at + "/" + name, "missing or not an array");
                for (const auto& e : *v) {
                    if (!e.is_string()) return bad(at + "/" + name, "not a string");
                    dest->push_back(e.get<std::string>());
                }
            }
            bool known = false;
            for (const auto& c : clauses) known = known || c.id == item.clauseId;
            if (!known) return bad(at + "/clause", "unknown clause \"" + item.clauseId + "\"");
            for (const auto& prev : items)
                if (prev.id == item.id) return bad(at + "/id", "duplicate \"" + item.id + "\"");
            items.push_back(std::move(item));
        }
    }
    std::vector<model::RequiredDocument> documents;
    if (auto it = doc.find("documents"); it != doc.end()) {
        if (!it->is_array()) return bad("/documents", "not an array");
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string at = "/documents/" + std::to_string(i);
            model::RequiredDocument d;
            std::string kind;
            if (auto e = readStrings((*it)[i], at, {{"id", &d.id}, {"kind", &kind}, {"clause", &d.clauseId},
                                                    {"title_en", &d.titleEn}, {"title_ja", &d.titleJa}}))
                return *e;
            if (kind != "document" && kind != "record") return bad(at + "/kind", "expected \"document\" or \"record\"");
            d.kind = kind == "record" ? model::RequiredDocument::Kind::Record : model::RequiredDocument::Kind::Document;
            documents.push_back(std::move(d));
        }
    }
    std::string version;
    if (auto e = readStrings(doc, "", {{"catalogue_version", &version, false}})) return *e;
    return model::Catalogue(std::move(clauses), std::move(items), std::move(documents), std::move(version));
}

} // namespace kanri::exchange
