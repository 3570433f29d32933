#pragma once
// Helpers shared by the unit tests: temporary files and the shipped catalogue.
#include "exchange/catalogue_json.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace kanri::test {

inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline const model::Catalogue& shippedCatalogue() {
    static model::Catalogue c = [] {
        auto r = exchange::parseCatalogue(readText(std::string(KANRI_ASSETS_DIR) + "/catalogue/clauses.json"));
        return r ? r.value() : model::Catalogue();
    }();
    return c;
}

// A unique path under the build's temp folder, removed (with WAL side files) on destruction.
class TempFile {
public:
    explicit TempFile(const std::string& name) {
        static int counter = 0;
        m_path = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/kanri-test-" + name + "-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
                 std::to_string(++counter) + ".sqlite";
        remove();
    }
    ~TempFile() { remove(); }
    const std::string& path() const { return m_path; }

private:
    void remove() {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((m_path + suffix).c_str());
    }
    std::string m_path;
};

} // namespace kanri::test
