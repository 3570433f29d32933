// The C side of window.kanri (web/site/boot.js documents the JavaScript API) and of the
// IndexedDB snapshot writer. Every edit goes through the app's command stack.
#include "i18n/i18n.hpp"
#include "store/settings_store.hpp"
#include "store/snapshot.hpp"
#include "ui/app.hpp"
#include "wake.hpp"

#include <emscripten.h>

#include <string>
#include <vector>

namespace kanri::web {
ui::App* currentApp(); // main_web.cpp
}

namespace {

using kanri::web::currentApp;

std::string g_result;
std::vector<uint8_t> g_snapshot;

const char* result(std::string s) {
    g_result = std::move(s);
    return g_result.c_str();
}

} // namespace

extern "C" {

// Returns "" on success, else the translated error message.
EMSCRIPTEN_KEEPALIVE const char* kanri_set_rating(const char* clauseId, const char* code) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return result("not ready");
    kanri::Status s = app->setClauseRating(clauseId ? clauseId : "", code ? code : "");
    return result(s ? "" : kanri::i18n::message(s.error()));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_set_note(const char* clauseId, const char* note) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return result("not ready");
    kanri::Status s = app->setClauseNote(clauseId ? clauseId : "", note ? note : "");
    return result(s ? "" : kanri::i18n::message(s.error()));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_get_note(const char* clauseId) {
    auto* app = currentApp();
    return result(app ? app->workspace().clauseNote(clauseId ? clauseId : "") : std::string());
}

// Puts the keyboard focus into the selected clause's notes field (tests and embedding: the
// text then arrives through the real input path: hidden field, IME events, clipboard).
EMSCRIPTEN_KEEPALIVE void kanri_focus_note() {
    kanri::web::wake(kanri::web::WakeFor::Input);
    if (auto* app = currentApp()) app->focusNoteRequested = true;
}

// Commits text being typed (called before the page is hidden or closed).
EMSCRIPTEN_KEEPALIVE void kanri_flush() {
    if (auto* app = currentApp()) app->commitPendingEdits();
}

EMSCRIPTEN_KEEPALIVE const char* kanri_get_rating(const char* clauseId) {
    auto* app = currentApp();
    if (!app) return result("");
    return result(std::string(kanri::model::ratingCode(app->workspace().clauseRating(clauseId ? clauseId : ""))));
}

// All ratings as a JSON object {"8.6.1":"L", ...}; ids and codes need no escaping.
EMSCRIPTEN_KEEPALIVE const char* kanri_ratings_json() {
    auto* app = currentApp();
    std::string out = "{";
    if (app) {
        for (const auto& [id, r] : app->workspace().clauseRatings()) {
            if (out.size() > 1) out += ",";
            out += "\"" + id + "\":\"" + std::string(kanri::model::ratingCode(r)) + "\"";
        }
    }
    return result(out + "}");
}

EMSCRIPTEN_KEEPALIVE const char* kanri_version() { return KANRI_VERSION; }

EMSCRIPTEN_KEEPALIVE int kanri_undo() {
    kanri::web::wake(kanri::web::WakeFor::Change);
    return currentApp() && currentApp()->undo() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int kanri_redo() {
    kanri::web::wake(kanri::web::WakeFor::Change);
    return currentApp() && currentApp()->redo() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int kanri_read_only() { return currentApp() && currentApp()->readOnly() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void kanri_set_language(const char* code) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return;
    std::string c = code ? code : "";
    if (c == "auto") app->setLanguage(std::nullopt);
    else app->setLanguage(kanri::i18n::languageFromLocale(c));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_language() { return result(std::string(kanri::i18n::languageCode(kanri::i18n::language()))); }

EMSCRIPTEN_KEEPALIVE void kanri_set_area(int area) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    if (auto* app = currentApp(); app && area >= 0 && area <= static_cast<int>(kanri::ui::Area::Settings))
        app->area = static_cast<kanri::ui::Area>(area);
}

EMSCRIPTEN_KEEPALIVE int kanri_select_clause(const char* clauseId) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return 0;
    app->selectedClause = app->catalogue().indexOf(clauseId ? clauseId : "");
    if (app->selectedClause >= 0) app->area = kanri::ui::Area::Assessment;
    return app->selectedClause >= 0;
}

// --- snapshot for storage.js: serialize, read the bytes, release ---------------------------
// Returns the size, or -1 when no snapshot can be taken now (write transaction open).
EMSCRIPTEN_KEEPALIVE int kanri_snapshot() {
    auto* app = currentApp();
    if (!app) return -1;
    g_snapshot = kanri::store::serialize(app->database());
    return g_snapshot.empty() ? -1 : static_cast<int>(g_snapshot.size());
}
EMSCRIPTEN_KEEPALIVE const uint8_t* kanri_snapshot_data() { return g_snapshot.data(); }
EMSCRIPTEN_KEEPALIVE void kanri_snapshot_release() { std::vector<uint8_t>().swap(g_snapshot); }

// Test and benchmark hook: grows the database by about `bytes` (a padding setting), so save
// times can be measured on a database of a given size. Not undoable: it is not user data.
EMSCRIPTEN_KEEPALIVE int kanri_test_pad(int bytes) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app || app->readOnly() || bytes < 0) return 0;
    if (!kanri::store::setSetting(app->database(), "test.padding", std::string(static_cast<size_t>(bytes), 'x'))) return 0;
    app->platform().databaseChanged();
    return 1;
}

} // extern "C"
