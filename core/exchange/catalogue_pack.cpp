#include "exchange/catalogue_pack.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace kanri::exchange {
namespace {

constexpr uint32_t kPackVersion = 1; // pack_catalogue.py's VERSION

// The smallest record of each kind (every text empty, every list empty): 4 bytes a length.
constexpr size_t kMinClause = 9 * 4 + 1, kMinItem = 6 * 4 + 1 + 2 * 4 + 3 * 4 + 4 + 4 + 2 * 4, kMinDocument = 5 * 4,
                 kMinRetired = 3 * 4, kMinLearning = 6 * 4;

// Reads the format's values in order; the first problem stops every later read.
class PackReader {
public:
    explicit PackReader(std::string_view bytes) : m_bytes(bytes) {}

    bool ok() const { return m_error.empty(); }
    bool atEnd() const { return m_at == m_bytes.size(); }
    const std::string& error() const { return m_error; }
    void fail(const std::string& what) {
        if (m_error.empty()) m_error = what + " at byte " + std::to_string(m_at);
    }

    uint32_t u32() {
        unsigned char b[4] = {};
        if (!take(b, 4)) return 0;
        return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 | static_cast<uint32_t>(b[2]) << 16 |
               static_cast<uint32_t>(b[3]) << 24;
    }
    bool flag() {
        unsigned char b = 0;
        return take(&b, 1) && b != 0;
    }
    std::string str() {
        const uint32_t n = u32();
        if (!ok() || n > m_bytes.size() - m_at) {
            fail("truncated text");
            return {};
        }
        std::string out(m_bytes.substr(m_at, n));
        m_at += n;
        return out;
    }
    std::vector<std::string> strs() {
        std::vector<std::string> out(count());
        for (std::string& s : out) s = str();
        return out;
    }
    // A count of records that follow, each at least minBytes long: a count larger than the rest
    // of the bytes could hold is damage, not a reason to allocate.
    size_t count(size_t minBytes = 4) {
        const uint32_t n = u32();
        if (ok() && n > (m_bytes.size() - m_at) / minBytes) fail("count " + std::to_string(n) + " larger than the data");
        return ok() ? n : 0;
    }

private:
    bool take(unsigned char* out, size_t n) {
        if (!ok() || n > m_bytes.size() - m_at) {
            fail("truncated");
            return false;
        }
        std::memcpy(out, m_bytes.data() + m_at, n);
        m_at += n;
        return true;
    }

    std::string_view m_bytes;
    size_t m_at = 0;
    std::string m_error;
};

model::Clause readPackedClause(PackReader& r) {
    model::Clause c;
    for (std::string* s : {&c.id, &c.parentId, &c.titleEn, &c.titleJa, &c.summaryEn, &c.summaryJa, &c.edition2011En,
                           &c.edition2011Ja, &c.pdca})
        *s = r.str();
    c.titleJaOwn = r.flag();
    return c;
}

model::Item readPackedItem(PackReader& r) {
    model::Item item;
    for (std::string* s : {&item.id, &item.clauseId, &item.titleEn, &item.titleJa, &item.explanationEn, &item.explanationJa})
        *s = r.str();
    item.key = r.flag();
    item.evidenceEn = r.strs();
    item.evidenceJa = r.strs();
    const std::string basis = r.str();
    if (!basis.empty() && !model::basisFromCode(basis, item.basis)) r.fail("item " + item.id + ": unknown basis \"" + basis + "\"");
    item.questionEn = r.str();
    item.questionJa = r.str();
    for (const std::string& code : r.strs()) {
        model::Verification v{};
        if (!model::verificationFromCode(code, v)) r.fail("item " + item.id + ": unknown method \"" + code + "\"");
        item.verification.push_back(v);
    }
    item.sampleSize = static_cast<int>(r.u32());
    item.frequencyEn = r.str();
    item.frequencyJa = r.str();
    return item;
}

model::RequiredDocument readPackedDocument(PackReader& r) {
    model::RequiredDocument d;
    d.id = r.str();
    const std::string kind = r.str();
    if (kind != "document" && kind != "record") r.fail("document " + d.id + ": unknown kind \"" + kind + "\"");
    d.kind = kind == "record" ? model::RequiredDocument::Kind::Record : model::RequiredDocument::Kind::Document;
    d.clauseId = r.str();
    d.titleEn = r.str();
    d.titleJa = r.str();
    return d;
}

} // namespace

Result<model::Catalogue> readPackedCatalogue(std::string_view bytes) {
    if (bytes.substr(0, 4) != "KCAT") return fail(ErrorCode::CatalogueInvalid, "packed catalogue: not a packed catalogue");
    PackReader r(bytes.substr(4));
    if (const uint32_t version = r.u32(); r.ok() && version != kPackVersion)
        return fail(ErrorCode::CatalogueInvalid, "packed catalogue: version " + std::to_string(version) + ", expected " +
                                                     std::to_string(kPackVersion));
    std::string catalogueVersion = r.str();
    std::vector<model::Clause> clauses(r.count(kMinClause));
    for (auto& c : clauses) c = readPackedClause(r);
    std::vector<model::Item> items(r.count(kMinItem));
    for (auto& i : items) i = readPackedItem(r);
    std::vector<model::RequiredDocument> documents(r.count(kMinDocument));
    for (auto& d : documents) d = readPackedDocument(r);
    std::vector<model::RetiredItem> retired(r.count(kMinRetired));
    for (auto& t : retired) {
        t.id = r.str();
        t.since = r.str();
        t.successors = r.strs();
    }
    std::vector<model::LearningTopic> learning(r.count(kMinLearning));
    for (auto& t : learning) {
        t.id = r.str();
        t.titleEn = r.str();
        t.titleJa = r.str();
        t.pointsEn = r.strs();
        t.pointsJa = r.strs();
        t.clauses = r.strs();
    }
    if (r.ok() && !r.atEnd()) r.fail("unexpected data");
    if (!r.ok()) return fail(ErrorCode::CatalogueInvalid, "packed catalogue: " + r.error());
    model::Catalogue cat(std::move(clauses), std::move(items), std::move(documents), std::move(catalogueVersion));
    cat.setRetired(std::move(retired));
    cat.setLearning(std::move(learning));
    return cat;
}

} // namespace kanri::exchange
