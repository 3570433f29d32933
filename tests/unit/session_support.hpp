#pragma once
// A session over an in-memory (or file) database with the shipped catalogue and a clock the
// test sets, and the automation's run/query answers as JSON: what the domain tests share.
#include "automation/dispatcher.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace kanri::test {

// The time every session of the tests reads (a test may move it).
inline std::string g_now = "2026-12-02T10:00:00Z";
inline std::string testClock() { return g_now; }

inline session::Session openSession(const std::string& path = "") {
    auto db = path.empty() ? store::Database::openMemory() : store::openAppDatabase(path);
    REQUIRE(db);
    session::Session s(shippedCatalogue(), std::move(db.value()), testClock);
    REQUIRE(s.load());
    return s;
}

inline nlohmann::json run(session::Session& s, const nlohmann::json& op) { return nlohmann::json::parse(automation::run(s, op.dump())); }
inline nlohmann::json query(session::Session& s, const std::string& name, const nlohmann::json& args = nlohmann::json::object()) {
    return nlohmann::json::parse(automation::query(s, name, args.dump()));
}
// An operation that must be accepted; answers the id it made ("" when it made none).
inline std::string ok(session::Session& s, const nlohmann::json& op) {
    const nlohmann::json r = run(s, op);
    INFO(op.dump(), " → ", r.dump());
    REQUIRE(r["ok"] == true);
    return r.value("id", std::string());
}
// The error code of a refusal ("" for an answer that is not one).
inline std::string code(const nlohmann::json& answer) { return answer.value("code", std::string()); }

} // namespace kanri::test
