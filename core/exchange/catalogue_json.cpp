#include "exchange/catalogue_json.hpp"

#include "exchange/json_limits.hpp"

#include <nlohmann/json.hpp>

namespace kanri::exchange {
namespace {

Error bad(const std::string& path, const std::string& what) { return fail(ErrorCode::CatalogueInvalid, path + ": " + what); }

} // namespace

Result<model::Catalogue> parseCatalogue(std::string_view text) {
    if (auto s = checkJsonLimits(text); !s) return s.error();
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return bad("/", "not valid JSON");
    if (!doc.is_object() || doc.value("format", "") != "kanri-catalogue") return bad("/format", "expected \"kanri-catalogue\"");
    if (!doc.contains("clauses") || !doc["clauses"].is_array()) return bad("/clauses", "missing or not an array");
    std::vector<model::Clause> clauses;
    const auto& arr = doc["clauses"];
    for (size_t i = 0; i < arr.size(); ++i) {
        const std::string at = "/clauses/" + std::to_string(i);
        const auto& c = arr[i];
        if (!c.is_object()) return bad(at, "not an object");
        model::Clause out;
        struct Field {
            const char* name;
            std::string* dest;
            bool required;
        } fields[] = {{"id", &out.id, true},          {"parent", &out.parentId, false},
                      {"title_en", &out.titleEn, true}, {"title_ja", &out.titleJa, true},
                      {"summary_en", &out.summaryEn, false}, {"summary_ja", &out.summaryJa, false}};
        for (const Field& f : fields) {
            auto it = c.find(f.name);
            if (it == c.end()) {
                if (f.required) return bad(at + "/" + f.name, "missing");
                continue;
            }
            if (!it->is_string()) return bad(at + "/" + f.name, "not a string");
            *f.dest = it->get<std::string>();
            if (f.required && f.dest->empty()) return bad(at + "/" + f.name, "empty");
        }
        if (!out.parentId.empty()) {
            bool found = false;
            for (const auto& prev : clauses) found = found || prev.id == out.parentId;
            if (!found) return bad(at + "/parent", "parent \"" + out.parentId + "\" does not precede it");
        }
        for (const auto& prev : clauses)
            if (prev.id == out.id) return bad(at + "/id", "duplicate \"" + out.id + "\"");
        clauses.push_back(std::move(out));
    }
    return model::Catalogue(std::move(clauses));
}

} // namespace kanri::exchange
