// Untrusted JSON is size- and depth-checked before nlohmann/json parses it.
#include "exchange/json_limits.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kanri;

TEST_CASE("json limits/deep nesting is refused before parsing") {
    std::string deep(100000, '[');
    auto s = exchange::checkJsonLimits(deep);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().detail.find("nested deeper") != std::string::npos);
    CHECK(exchange::checkJsonLimits(std::string(64, '[') + std::string(64, ']')).ok());
}

TEST_CASE("json limits/brackets inside strings do not count") {
    std::string text = "{\"a\":\"" + std::string(500, '[') + "\\\"[[[\"}";
    CHECK(exchange::checkJsonLimits(text).ok());
}

TEST_CASE("json limits/oversized input is refused") {
    CHECK_FALSE(exchange::checkJsonLimits(std::string(2000, ' '), 1000).ok());
    CHECK(exchange::checkJsonLimits(std::string(1000, ' '), 1000).ok());
}
