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

// An optional array of strings; the first problem names its JSON path.
std::optional<Error> readStringArray(const nlohmann::json& obj, const std::string& at, const char* name,
                                     std::vector<std::string>& out, bool required) {
    auto v = obj.find(name);
    if (v == obj.end()) return required ? std::optional<Error>(bad(at + "/" + name, "missing")) : std::nullopt;
    if (!v->is_array()) return bad(at + "/" + name, "not an array");
    for (const auto& e : *v) {
        if (!e.is_string()) return bad(at + "/" + name, "not a string");
        out.push_back(e.get<std::string>());
    }
    return std::nullopt;
}

// The audit layer of an item (basis, question, verification, frequency): optional fields with
// defaults, so an older catalogue still loads; tests/unit/catalogue_test.cpp checks the shipped
// one has them all.
std::optional<Error> readAuditFields(const nlohmann::json& j, const std::string& at, model::Item& item) {
    std::string basis;
    if (auto e = readStrings(j, at, {{"basis", &basis, false}, {"question_en", &item.questionEn, false},
                                     {"question_ja", &item.questionJa, false}, {"frequency_en", &item.frequencyEn, false},
                                     {"frequency_ja", &item.frequencyJa, false}}))
        return e;
    if (!basis.empty() && !model::basisFromCode(basis, item.basis))
        return bad(at + "/basis", "expected \"requirement\", \"derived\" or \"good-practice\"");
    std::vector<std::string> verify;
    if (auto e = readStringArray(j, at, "verify", verify, false)) return e;
    for (const std::string& code : verify) {
        model::Verification v{};
        if (!model::verificationFromCode(code, v)) return bad(at + "/verify", "unknown method \"" + code + "\"");
        item.verification.push_back(v);
    }
    if (auto n = j.find("sample_size"); n != j.end()) {
        if (!n->is_number_integer() || n->get<int64_t>() < 0 || n->get<int64_t>() > 1000)
            return bad(at + "/sample_size", "not a whole number from 0 to 1000");
        item.sampleSize = static_cast<int>(n->get<int64_t>());
    }
    return std::nullopt;
}

std::optional<Error> readRetired(const nlohmann::json& doc, const std::vector<model::Item>& items,
                                 std::vector<model::RetiredItem>& out) {
    auto it = doc.find("retired");
    if (it == doc.end()) return std::nullopt;
    if (!it->is_array()) return bad("/retired", "not an array");
    auto current = [&](const std::string& id) {
        for (const auto& i : items)
            if (i.id == id) return true;
        return false;
    };
    for (size_t i = 0; i < it->size(); ++i) {
        const std::string at = "/retired/" + std::to_string(i);
        model::RetiredItem r;
        if (auto e = readStrings((*it)[i], at, {{"id", &r.id}, {"since", &r.since}})) return e;
        if (auto e = readStringArray((*it)[i], at, "successors", r.successors, true)) return e;
        if (r.successors.empty()) return bad(at + "/successors", "empty");
        if (current(r.id)) return bad(at + "/id", "\"" + r.id + "\" is a current item: retired ids are never reused");
        for (const auto& prev : out)
            if (prev.id == r.id) return bad(at + "/id", "duplicate \"" + r.id + "\"");
        out.push_back(std::move(r));
    }
    // Successors are current items or ids retired later (checked once all are read).
    for (size_t i = 0; i < out.size(); ++i)
        for (const std::string& s : out[i].successors) {
            bool known = current(s);
            for (const auto& r : out) known = known || r.id == s;
            if (!known) return bad("/retired/" + std::to_string(i) + "/successors", "unknown item \"" + s + "\"");
        }
    return std::nullopt;
}

std::optional<Error> readLearning(const nlohmann::json& doc, std::vector<model::LearningTopic>& out) {
    auto it = doc.find("learning");
    if (it == doc.end()) return std::nullopt;
    if (!it->is_array()) return bad("/learning", "not an array");
    for (size_t i = 0; i < it->size(); ++i) {
        const std::string at = "/learning/" + std::to_string(i);
        model::LearningTopic t;
        if (auto e = readStrings((*it)[i], at, {{"id", &t.id}, {"title_en", &t.titleEn}, {"title_ja", &t.titleJa}})) return e;
        if (auto e = readStringArray((*it)[i], at, "points_en", t.pointsEn, true)) return e;
        if (auto e = readStringArray((*it)[i], at, "points_ja", t.pointsJa, true)) return e;
        if (auto e = readStringArray((*it)[i], at, "clauses", t.clauses, false)) return e;
        if (t.pointsEn.size() != t.pointsJa.size()) return bad(at + "/points_ja", "not as many points as points_en");
        out.push_back(std::move(t));
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
        std::string confidence;
        if (auto e = readStrings(arr[i], at, {{"title_ja_confidence", &confidence, false}, {"pdca", &out.pdca, false}}))
            return *e;
        if (auto own = arr[i].find("title_ja_own"); own != arr[i].end()) {
            if (!own->is_boolean()) return bad(at + "/title_ja_own", "not true or false");
            out.titleJaOwn = own->get<bool>();
        }
        if (!out.pdca.empty() && out.pdca != "P" && out.pdca != "D" && out.pdca != "C" && out.pdca != "A")
            return bad(at + "/pdca", "expected \"P\", \"D\", \"C\" or \"A\"");
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
            if (auto e = readAuditFields(j, at, item)) return *e;
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
    std::vector<model::RetiredItem> retired;
    if (auto e = readRetired(doc, items, retired)) return *e;
    std::vector<model::LearningTopic> learning;
    if (auto e = readLearning(doc, learning)) return *e;
    model::Catalogue cat(std::move(clauses), std::move(items), std::move(documents), std::move(version));
    cat.setRetired(std::move(retired));
    cat.setLearning(std::move(learning));
    return cat;
}

} // namespace kanri::exchange
