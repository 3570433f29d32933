// Schema versions and migrations: from empty, from every earlier version, and a newer file
// refused without a single byte changed.
#include "store/schema.hpp"
#include "store/settings_store.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace kanri;
using store::Database;

TEST_CASE("schema/migrating an empty database reaches the current version") {
    auto db = Database::openMemory();
    REQUIRE(db);
    REQUIRE(store::migrate(db.value()));
    CHECK(db.value().userVersion() == store::schemaVersion());
    CHECK(db.value().exec("INSERT INTO clause_rating VALUES('4.1','F','2026-01-01T00:00:00Z')"));
    CHECK(store::migrate(db.value())); // idempotent
}

TEST_CASE("schema/every earlier version migrates forward and keeps its data") {
    for (int from = 0; from < store::schemaVersion(); ++from) {
        CAPTURE(from);
        test::TempFile file("migrate");
        {
            auto db = Database::openFile(file.path());
            REQUIRE(db);
            REQUIRE(store::migrate(db.value(), from));
            CHECK(db.value().userVersion() == from);
            if (from >= 1) REQUIRE(store::setSetting(db.value(), "ui.language", "ja"));
        }
        auto db = store::openAppDatabase(file.path());
        REQUIRE(db);
        CHECK(db.value().userVersion() == store::schemaVersion());
        if (from >= 1) CHECK(store::getSetting(db.value(), "ui.language") == "ja");
        CHECK(db.value().exec("INSERT INTO clause_rating VALUES('8.6.1','L','2026-01-01T00:00:00Z')"));
    }
}

TEST_CASE("schema/a database from a newer Kanri is refused and left byte-for-byte unchanged") {
    test::TempFile file("newer");
    {
        auto db = Database::openFile(file.path());
        REQUIRE(db);
        REQUIRE(db.value().exec("CREATE TABLE future(x); PRAGMA user_version=99;"));
    }
    const std::string before = test::readText(file.path());
    auto db = store::openAppDatabase(file.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::SchemaTooNew);
    CHECK(test::readText(file.path()) == before);
}

TEST_CASE("schema/a file that is not a database is refused and left unchanged") {
    test::TempFile file("garbage");
    {
        std::ofstream out(file.path(), std::ios::binary);
        out << std::string(4096, 'x');
    }
    const std::string before = test::readText(file.path());
    auto db = store::openAppDatabase(file.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::DatabaseOpen);
    CHECK(test::readText(file.path()) == before);
}

TEST_CASE("schema/the rating column refuses values outside the scale") {
    auto db = Database::openMemory();
    REQUIRE(store::migrate(db.value()));
    CHECK_FALSE(db.value().exec("INSERT INTO clause_rating VALUES('4.1','X','2026-01-01T00:00:00Z')"));
}
