#include "store/settings_store.hpp"

namespace kanri::store {

std::optional<std::string> getSetting(Database& db, std::string_view key) {
    auto st = db.prepare("SELECT value FROM app_setting WHERE key=?1");
    if (!st) return std::nullopt;
    st.value().bind(1, key);
    if (!st.value().step()) return std::nullopt;
    return st.value().text(0);
}

Status setSetting(Database& db, std::string_view key, std::string_view value) {
    auto st = db.prepare("INSERT INTO app_setting(key, value) VALUES(?1, ?2) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value WHERE value<>excluded.value");
    if (!st) return st.error();
    st.value().bind(1, key).bind(2, value);
    return st.value().run();
}

} // namespace kanri::store
