// The C side of window.kanri (web/site/boot.js documents the JavaScript API) and of the
// IndexedDB snapshot writer. Every edit goes through the app's command stack.
#include "automation/dispatcher.hpp"
#include "exchange/kanri_json.hpp"
#include "i18n/i18n.hpp"
#include "store/settings_store.hpp"
#include "store/snapshot.hpp"
#include "store/workspace_store.hpp"
#include "ui/app.hpp"
#include "ui/areas.hpp"
#include "wake.hpp"

#include <emscripten.h>

#include <string>
#include <vector>

namespace kanri::web {
ui::App* currentApp(); // main_web.cpp
void filePicked(bool ok, std::string name, std::string bytes); // main_web.cpp
}

namespace {

using kanri::web::currentApp;

std::string g_result;
std::vector<uint8_t> g_snapshot;

const char* result(std::string s) {
    g_result = std::move(s);
    return g_result.c_str();
}

std::string str(const char* s) { return s ? s : ""; }

// Runs one edit of the automation API: wakes the frame loop, returns "" on success or the
// translated message of the refusal.
template <typename Edit> const char* edit(Edit&& e) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return result("not ready");
    const kanri::Status s = e(*app);
    return result(s ? "" : kanri::i18n::message(s.error()));
}

} // namespace

extern "C" {

// Returns "" on success, else the translated error message. (Edits of window.kanri go through
// kanri_run; an import reads the file's own text, so a member given twice is still seen.)
EMSCRIPTEN_KEEPALIVE const char* kanri_import_json(const char* text) {
    return edit([&](kanri::ui::App& app) { return app.importJson(str(text)); });
}

// The automation dispatcher (core/automation): an operation as JSON → {"ok": ...} as JSON.
// What is being typed is an earlier edit: committed first.
EMSCRIPTEN_KEEPALIVE const char* kanri_run(const char* operationJson) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return result(R"({"ok":false,"error":"not ready","path":""})");
    app->commitPendingEdits();
    return result(kanri::automation::run(app->session(), str(operationJson)));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_query(const char* name, const char* argsJson) {
    auto* app = currentApp();
    if (!app) return result(R"({"ok":false,"error":"not ready","path":""})");
    return result(kanri::automation::query(app->session(), str(name), str(argsJson)));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_export_json() {
    auto* app = currentApp();
    return result(app ? app->exportJson() : std::string());
}

// What the Export JSON and Import JSON buttons do (download; file picker).
EMSCRIPTEN_KEEPALIVE void kanri_download_export() {
    if (auto* app = currentApp()) app->exportJsonFile("kanri-" + app->session().clock()().substr(0, 10) + ".json");
}
EMSCRIPTEN_KEEPALIVE void kanri_pick_import() {
    if (auto* app = currentApp()) app->importJsonFile(".json,application/json");
}

// The scores as `kanri-cli report --json` prints them.
EMSCRIPTEN_KEEPALIVE const char* kanri_report_json() {
    auto* app = currentApp();
    return result(app ? kanri::exchange::reportJson(app->catalogue(), app->scores()) : std::string());
}

EMSCRIPTEN_KEEPALIVE const char* kanri_get_note(const char* clauseId) {
    auto* app = currentApp();
    return result(app ? app->workspace().clauseNote(str(clauseId)) : std::string());
}

// Puts the keyboard focus into the selected clause's notes field (tests and embedding: the
// text then arrives through the real input path: hidden field, IME events, clipboard).
EMSCRIPTEN_KEEPALIVE void kanri_focus_note() {
    kanri::web::wake(kanri::web::WakeFor::Input);
    auto* app = currentApp();
    if (!app || app->selectedClause < 0) return;
    app->showTab(kanri::ui::AssessTab::Workspace);
    app->focusFieldKey = "note:" + app->catalogue().clauses()[app->selectedClause].id;
}

// Commits text being typed (called before the page is hidden or closed).
EMSCRIPTEN_KEEPALIVE void kanri_flush() {
    if (auto* app = currentApp()) app->shutdown();
}

EMSCRIPTEN_KEEPALIVE const char* kanri_get_rating(const char* itemId) {
    auto* app = currentApp();
    if (!app) return result("");
    return result(std::string(kanri::model::ratingCode(app->workspace().item(str(itemId)).rating)));
}

// All item ratings as a JSON object {"8.6.1-01":"L", ...}; ids and codes need no escaping.
EMSCRIPTEN_KEEPALIVE const char* kanri_ratings_json() {
    auto* app = currentApp();
    std::string out = "{";
    if (app) {
        for (const auto& [id, a] : app->workspace().items()) {
            if (a.rating == kanri::model::Rating::Unrated) continue;
            if (out.size() > 1) out += ",";
            out += "\"" + id + "\":\"" + std::string(kanri::model::ratingCode(a.rating)) + "\"";
        }
    }
    return result(out + "}");
}

EMSCRIPTEN_KEEPALIVE const char* kanri_version() { return KANRI_VERSION; }

EMSCRIPTEN_KEEPALIVE void kanri_set_language(const char* code) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    if (!app) return;
    std::string c = str(code);
    if (c == "auto") app->setLanguage(std::nullopt);
    else app->setLanguage(kanri::i18n::languageFromLocale(c));
}

EMSCRIPTEN_KEEPALIVE const char* kanri_language() { return result(std::string(kanri::i18n::languageCode(kanri::i18n::language()))); }

// Shows an area by its name in the area table (ui/areas.cpp): 1, or 0 for an unknown name.
EMSCRIPTEN_KEEPALIVE int kanri_show_area(const char* name) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    const auto area = kanri::ui::areaFromName(str(name));
    if (!app || !area) return 0;
    app->area = *area;
    return 1;
}

// Selects a clause ("8.6.1") or an item ("8.6.1-02") in the assessment workspace.
EMSCRIPTEN_KEEPALIVE int kanri_select_clause(const char* id) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    auto* app = currentApp();
    return app && app->showInWorkspace(str(id)) ? 1 : 0;
}

// A file chosen in the page's file picker (kanriHost.pickFile), for Platform::openFile.
EMSCRIPTEN_KEEPALIVE void kanri_file_picked(int ok, const char* name, const char* bytes, int size) {
    kanri::web::wake(kanri::web::WakeFor::Change);
    kanri::web::filePicked(ok != 0, str(name), std::string(bytes ? bytes : "", static_cast<size_t>(size > 0 ? size : 0)));
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
