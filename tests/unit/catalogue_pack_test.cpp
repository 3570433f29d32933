// The packed catalogue the apps read at start (clauses.kcat, made by the build from the JSON with
// assets/catalogue/pack_catalogue.py): the same catalogue as the JSON, and damage refused.
#include "test_support.hpp"

#include "exchange/catalogue_pack.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using namespace kanri;

namespace {

std::string shippedPack() { return test::readText(std::string(KANRI_BUILD_ASSETS_DIR) + "/catalogue/clauses.kcat"); }

// Writes the pack format by hand (pack_catalogue.py's header), for damaged and small packs.
struct Pack {
    std::string bytes = "KCAT";
    Pack& u32(uint32_t n) {
        for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
        return *this;
    }
    Pack& u8(uint8_t n) {
        bytes.push_back(static_cast<char>(n));
        return *this;
    }
    Pack& str(const std::string& s) {
        u32(static_cast<uint32_t>(s.size()));
        bytes += s;
        return *this;
    }
};

// Version 1, one clause "4" and one item whose basis is `basis`, nothing else.
std::string smallPack(const std::string& basis) {
    Pack p;
    p.u32(1).str("test");
    p.u32(1).str("4").str("").str("Context").str("組織の状況").str("").str("").str("").str("").str("P").u8(0);
    p.u32(1).str("4-01").str("4").str("Title").str("題").str("Why").str("理由").u8(1);
    p.u32(1).str("A register").u32(1).str("登録簿");
    p.str(basis).str("Is it?").str("あるか").u32(1).str("document").u32(3).str("yearly").str("年次");
    p.u32(0).u32(0).u32(0);
    return p.bytes;
}

} // namespace

TEST_CASE("catalogue pack/the shipped pack holds exactly the catalogue of clauses.json") {
    const std::string bytes = shippedPack();
    REQUIRE_FALSE(bytes.empty());
    auto packed = exchange::readPackedCatalogue(bytes);
    REQUIRE_MESSAGE(packed.ok(), (packed ? std::string() : packed.error().detail));
    const model::Catalogue& json = test::shippedCatalogue();
    const model::Catalogue& cat = packed.value();
    REQUIRE_FALSE(json.empty());
    CHECK(cat.version() == json.version());
    CHECK(cat.clauses() == json.clauses());
    CHECK(cat.items() == json.items());
    CHECK(cat.documents() == json.documents());
    CHECK(cat.retired() == json.retired());
    CHECK(cat.learning() == json.learning());
}

TEST_CASE("catalogue pack/a small pack reads every field") {
    auto r = exchange::readPackedCatalogue(smallPack("derived"));
    REQUIRE(r.ok());
    const model::Item* item = r.value().findItem("4-01");
    REQUIRE(item != nullptr);
    CHECK(item->key);
    CHECK(item->basis == model::Basis::Derived);
    CHECK(item->evidenceJa == std::vector<std::string>{"登録簿"});
    CHECK(item->verification == std::vector<model::Verification>{model::Verification::DocumentReview});
    CHECK(item->sampleSize == 3);
    CHECK(item->frequencyJa == "年次");
    CHECK(r.value().find("4")->items == std::vector<int>{0});
    CHECK(r.value().find("4")->pdca == "P");
}

TEST_CASE("catalogue pack/damage is refused with where it was found, never read past the end") {
    auto refused = [](const std::string& bytes) {
        auto r = exchange::readPackedCatalogue(bytes);
        if (r) return std::string();
        CHECK(r.error().code == ErrorCode::CatalogueInvalid);
        return r.error().detail;
    };
    CHECK(refused("").find("not a packed catalogue") != std::string::npos);
    CHECK(refused("{\"format\":\"kanri-catalogue\"}").find("not a packed catalogue") != std::string::npos);
    CHECK(refused(Pack().u32(2).bytes).find("version 2") != std::string::npos);
    CHECK(refused(smallPack("optional")).find("unknown basis \"optional\"") != std::string::npos);
    CHECK(refused(smallPack("derived") + "x").find("unexpected data") != std::string::npos);
    CHECK(refused(Pack().u32(1).str("v").u32(0xFFFFFFF0u).bytes).find("larger than the data") != std::string::npos);
    // Cut anywhere, the small pack and the shipped one are refused, not read past their end.
    const std::string small = smallPack("derived");
    for (size_t n = 4; n < small.size(); ++n) {
        CAPTURE(n);
        CHECK(refused(small.substr(0, n)).find("at byte") != std::string::npos);
    }
    const std::string shipped = shippedPack();
    for (size_t n = 4; n < shipped.size(); n += 997) {
        CAPTURE(n);
        CHECK_FALSE(refused(shipped.substr(0, n)).empty());
    }
}
