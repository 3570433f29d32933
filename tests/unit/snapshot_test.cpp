// Whole-database snapshots (the browser's storage format): round trip, and damaged bytes
// refused without leaving a half-loaded database.
#include "store/schema.hpp"
#include "store/snapshot.hpp"
#include "store/workspace_store.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using store::Database;

namespace {

std::vector<uint8_t> sampleSnapshot() {
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(ws.setItem("8.5.1.3-01", {model::Rating::L}));
    model::ItemAssessment na{model::Rating::NA};
    na.justification = "not offered";
    REQUIRE(ws.setItem("10.2-01", na));
    REQUIRE(store::persistWorkspace(db.value(), ws));
    return store::serialize(db.value());
}

} // namespace

TEST_CASE("snapshot/serialize then deserialize restores every rating") {
    auto bytes = sampleSnapshot();
    REQUIRE(bytes.size() >= 512);
    auto db = Database::openMemory();
    REQUIRE(store::deserialize(db.value(), bytes.data(), bytes.size()));
    CHECK(db.value().userVersion() == store::schemaVersion());
    model::Workspace ws(test::shippedCatalogue());
    REQUIRE(store::loadWorkspace(db.value(), ws));
    CHECK(ws.item("8.5.1.3-01").rating == model::Rating::L);
    CHECK(ws.item("10.2-01").rating == model::Rating::NA);
    CHECK(ws.item("10.2-01").justification == "not offered");
    // The restored database stays writable.
    REQUIRE(ws.setItem("4.1-01", {model::Rating::F}));
    CHECK(store::persistWorkspace(db.value(), ws));
}

TEST_CASE("snapshot/truncated bytes are refused and leave an empty database") {
    auto bytes = sampleSnapshot();
    auto db = Database::openMemory();
    auto s = store::deserialize(db.value(), bytes.data(), bytes.size() / 2);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::SnapshotCorrupt);
    CHECK(db.value().userVersion() == 0);
}

TEST_CASE("snapshot/damaged pages are refused by quick_check") {
    auto bytes = sampleSnapshot();
    // Overwrite every page after the first (the tables' b-trees) with noise.
    REQUIRE(bytes.size() >= 8192);
    for (size_t i = 4096; i < bytes.size(); i += 7) bytes[i] ^= 0x5A;
    auto db = Database::openMemory();
    auto s = store::deserialize(db.value(), bytes.data(), bytes.size());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::SnapshotCorrupt);
}

TEST_CASE("snapshot/bytes that are not SQLite are refused") {
    std::vector<uint8_t> junk(8192, 0x42);
    auto db = Database::openMemory();
    CHECK_FALSE(store::deserialize(db.value(), junk.data(), junk.size()).ok());
}

TEST_CASE("snapshot/no snapshot is taken while a write transaction is open") {
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    REQUIRE(db.value().exec("BEGIN IMMEDIATE"));
    CHECK(store::serialize(db.value()).empty());
    REQUIRE(db.value().exec("COMMIT"));
    CHECK_FALSE(store::serialize(db.value()).empty());
}
