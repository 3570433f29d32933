#include "ui/app.hpp"

#include "exchange/kanri_json.hpp"
#include "model/commands.hpp"
#include "store/schema.hpp"
#include "store/settings_store.hpp"
#include "store/snapshot.hpp"
#include "store/workspace_store.hpp"
#include "ui/focus_ring.hpp"
#include "ui/item_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {

namespace {
constexpr const char* kLayoutKey = "ui.layout";
constexpr const char* kLanguageKey = "ui.language";
constexpr const char* kThemeKey = "ui.theme";
} // namespace

App::App(Platform& platform, const model::Catalogue& catalogue, store::Database db)
    : m_platform(platform), m_catalogue(catalogue), m_db(std::move(db)), m_workspace(catalogue) {
    i18n::setLanguage(i18n::languageFromLocale(platform.locale()));
    m_workspace.clock = store::nowIso;
}

Status App::load() {
    m_scores.reset();
    Status s = store::migrate(m_db);
    if (s) s = store::loadWorkspace(m_db, m_workspace);
    if (!s) { // a database that cannot be used is shown read-only, never written
        setDatabaseProblem(i18n::message(s.error()));
        setReadOnly(i18n::message(s.error()));
        return s;
    }
    if (auto lang = store::getSetting(m_db, kLanguageKey)) {
        if (*lang == "ja") m_chosenLanguage = i18n::Lang::Ja;
        if (*lang == "en") m_chosenLanguage = i18n::Lang::En;
        if (m_chosenLanguage) i18n::setLanguage(*m_chosenLanguage);
    }
    if (auto theme = store::getSetting(m_db, kThemeKey)) {
        if (*theme == "light") m_theme = ThemeChoice::Light;
        if (*theme == "dark") m_theme = ThemeChoice::Dark;
    }
    if (auto layout = store::getSetting(m_db, kLayoutKey); layout && ImGui::GetCurrentContext())
        ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
    return ok();
}

void App::frame() {
    hooks::startFrame();
    handleTabKey();
    handleEnterKey();
    // One-shot requests made since the last frame are this frame's; new ones wait for the next.
    m_tabRequest = std::exchange(m_pendingTabRequest, std::nullopt);
    applyThemeIfNeeded();
    // Typing paused for half a second: commit what is there (it merges into the field's edit).
    if (textEdit.dirty && textEdit.commitOnPause && ImGui::GetTime() - textEdit.lastChange > 0.5) commitPendingEdits();
    if (!m_message.empty() && ImGui::GetTime() - m_messageTime > 8.0) m_message.clear();
    handleShortcuts();
    textEdit.drawn = false;
    m_drawing = true;
    drawMainWindow(*this);
    m_drawing = false;
    applyDeferred();
    // The field being edited was not drawn (another clause, tab or area was chosen): what was
    // typed is committed now rather than waiting for a pause.
    if (textEdit.dirty && !textEdit.drawn) {
        textEdit.active = false;
        commitPendingEdits();
    }
    saveLayoutIfWanted();
}

void App::shutdown() {
    applyDeferred();
    textEdit.active = false;
    commitPendingEdits();
}

void App::applyDeferred() {
    // An action may queue more (an edit that commits typing first): run until none is left.
    while (!m_deferred.empty()) {
        auto actions = std::exchange(m_deferred, {});
        for (auto& action : actions) action();
    }
}

void App::showTab(AssessTab tab) {
    area = Area::Assessment;
    assessTab = tab;
    m_pendingTabRequest = tab;
}

void App::selectClause(int clauseIndex) {
    selectedClause = clauseIndex;
    const auto items = m_catalogue.itemsUnder(clauseIndex);
    selectedItem = items.empty() ? -1 : items.front();
}

void App::selectItem(int itemIndex) {
    if (itemIndex < 0 || itemIndex >= static_cast<int>(m_catalogue.items().size())) return;
    selectedItem = itemIndex;
    selectedClause = m_catalogue.indexOf(m_catalogue.items()[itemIndex].clauseId);
    scrollToSelectedItem = true;
}

bool App::showInWorkspace(std::string_view id) {
    const int item = m_catalogue.itemIndex(id);
    const int clause = m_catalogue.indexOf(id);
    if (item < 0 && clause < 0) return false;
    commitPendingEdits();
    if (item >= 0) selectItem(item);
    else selectClause(clause);
    m_views.revealSelectedClause = true;
    showTab(AssessTab::Workspace);
    return true;
}

Status App::execute(std::unique_ptr<model::Command> cmd) {
    // Text still being typed is an earlier edit: commit it first, so undo order is typing order.
    // (Its own commit arrives here with textEdit.dirty already cleared.)
    commitPendingEdits();
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    if (!m_drawing) return executeNow(std::move(cmd), m_committingKey, m_committingText);
    // The view that issued it may still read the value it replaces: apply after the draw pass.
    auto shared = std::make_shared<std::unique_ptr<model::Command>>(std::move(cmd));
    m_deferred.push_back([this, shared, key = m_committingKey, typed = m_committingText] {
        (void)executeNow(std::move(*shared), key, typed);
    });
    return ok();
}

Status App::executeNow(std::unique_ptr<model::Command> cmd, const std::string& fieldKey, const std::string& typed) {
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    Status s = m_commands.execute(std::move(cmd), m_workspace);
    if (s) {
        persist();
        if (!fieldKey.empty()) m_fieldErrors.erase(fieldKey);
    } else if (!fieldKey.empty()) {
        m_fieldErrors[fieldKey] = {i18n::message(s.error()), typed};
    } else {
        reportError(s.error());
    }
    return s;
}

const FieldError* App::fieldError(const std::string& key) const {
    auto it = m_fieldErrors.find(key);
    return it == m_fieldErrors.end() ? nullptr : &it->second;
}

void App::openModal(Modal modal) {
    commitPendingEdits();
    modal.opened = false;
    m_views.modal = std::move(modal);
}

const model::Scores& App::scores() {
    if (!m_scores) m_scores = model::computeScores(m_workspace);
    return *m_scores;
}

bool App::undo() {
    commitPendingEdits();
    if (m_readOnly || !m_commands.canUndo()) return false;
    if (m_drawing) { // a menu item: after the draw pass
        m_deferred.push_back([this] { undo(); });
        return true;
    }
    if (!m_commands.undo(m_workspace)) return false;
    persist();
    return true;
}

bool App::redo() {
    commitPendingEdits();
    if (m_readOnly || !m_commands.canRedo()) return false;
    if (m_drawing) {
        m_deferred.push_back([this] { redo(); });
        return true;
    }
    if (!m_commands.redo(m_workspace)) return false;
    persist();
    return true;
}

Status App::setItemRating(const std::string& itemId, const std::string& code, const std::string* justification) {
    auto rating = model::ratingFromCode(code);
    if (!rating) return fail(ErrorCode::InvalidRating, code);
    if (!m_catalogue.findItem(itemId)) return fail(ErrorCode::UnknownItem, itemId);
    model::ItemAssessment value = m_workspace.item(itemId);
    value.rating = *rating;
    if (justification) value.justification = *justification;
    return execute(std::make_unique<model::SetItem>(itemId, std::move(value)));
}

Status App::setDocument(const std::string& docId, const std::string& status, const std::string* location) {
    model::DocumentCheck value = m_workspace.document(docId);
    if (!model::documentStatusFromCode(status, value.status)) return fail(ErrorCode::InvalidRating, status);
    if (location) value.location = *location;
    return execute(std::make_unique<model::SetDocument>(docId, std::move(value)));
}

Status App::freezeCycle(const std::string& name) {
    return execute(std::make_unique<model::FreezeCycle>(name));
}

Status App::importJson(std::string_view text) {
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    auto data = exchange::parseKanriJson(text, m_catalogue);
    if (!data) return data.error();
    return execute(std::make_unique<model::ReplaceWorkspace>(std::move(data.value())));
}

std::string App::exportJson() const {
    return exchange::exportKanriJson(m_workspace, {store::nowIso(), KANRI_VERSION});
}

Status App::setClauseNote(const std::string& clauseId, const std::string& note) {
    return execute(std::make_unique<model::SetClauseNote>(clauseId, note));
}

void App::commitPendingEdits() {
    if (!textEdit.dirty || !textEdit.commit) return;
    textEdit.dirty = false;
    // A refusal (a date that is not a date, a link that is not safe) is kept at the field with
    // the typed text, now or when the deferred edit is applied (see executeNow).
    m_committingKey = textEdit.key;
    m_committingText = textEdit.buffer;
    Status s = textEdit.commit(textEdit.buffer, textEdit.session);
    m_committingKey.clear();
    m_committingText.clear();
    if (!s && !fieldError(textEdit.key)) m_fieldErrors[textEdit.key] = {i18n::message(s.error()), textEdit.buffer};
}

void App::reportError(const Error& error) { reportMessage(i18n::message(error), true); }

void App::reportMessage(std::string text, bool isError, bool offerUndo) {
    m_message = std::move(text);
    m_messageIsError = isError;
    m_messageOffersUndo = offerUndo;
    m_messageTime = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0;
}

void App::saveBytes(const std::string& nameOrPath, const char* mime, const std::string& bytes) {
    m_platform.saveFile(nameOrPath, mime, bytes, [this](bool ok, std::string where) {
        reportMessage(std::string(i18n::tr(ok ? i18n::Str::DataExported : i18n::Str::DataExportFailed)) + ": " + where, !ok);
    });
}

void App::exportJsonFile(const std::string& nameOrPath) {
    commitPendingEdits();
    saveBytes(nameOrPath, "application/json", exportJson());
}

void App::exportDatabaseFile(const std::string& nameOrPath) {
    commitPendingEdits();
    const std::vector<uint8_t> bytes = store::serialize(m_db);
    saveBytes(nameOrPath, "application/vnd.sqlite3", std::string(bytes.begin(), bytes.end()));
}

namespace {
std::string datedName(const char* ext) { return "kanri-" + store::nowIso().substr(0, 10) + ext; }
std::string extensionOf(const std::string& name) {
    const size_t dot = name.rfind('.');
    return dot == std::string::npos ? std::string() : name.substr(dot);
}
} // namespace

void App::chooseSaveFile(const std::string& suggestedName, std::function<void(const std::string&)> save) {
    if (!m_platform.usesFilePaths()) return save(suggestedName);
    Modal m;
    m.kind = Modal::Kind::ChooseFile;
    m.file.saving = true;
    m.file.name = suggestedName;
    m.file.extension = extensionOf(suggestedName);
    m.file.chosen = std::move(save);
    openModal(std::move(m));
}

void App::chooseOpenFile(const std::string& extension, const std::string& mime, std::function<void(const std::string&)> open) {
    if (!m_platform.usesFilePaths()) return open(extension + "," + mime);
    Modal m;
    m.kind = Modal::Kind::ChooseFile;
    m.file.extension = extension;
    m.file.chosen = std::move(open);
    openModal(std::move(m));
}

void App::exportJsonAsked() {
    chooseSaveFile(datedName(".json"), [this](const std::string& p) { exportJsonFile(p); });
}
void App::exportDatabaseAsked() {
    chooseSaveFile(datedName(".sqlite"), [this](const std::string& p) { exportDatabaseFile(p); });
}
void App::importJsonAsked() {
    chooseOpenFile(".json", "application/json", [this](const std::string& p) { importJsonFile(p); });
}

void App::importJsonFile(const std::string& pathOrAccept) {
    m_platform.openFile(pathOrAccept, [this](bool ok, std::string name, std::string bytes) {
        if (!ok) {
            if (!name.empty()) reportMessage(std::string(i18n::tr(i18n::Str::DataImportFailed)) + ": " + name, true);
            return;
        }
        if (m_readOnly) return reportError(Error{ErrorCode::ReadOnly, *m_readOnly});
        // Validate first; replacing everything is confirmed in a dialog (modals.cpp).
        auto data = exchange::parseKanriJson(bytes, m_catalogue);
        if (!data) {
            reportMessage(std::string(i18n::tr(i18n::Str::DataImportFailed)) + ": " + i18n::message(data.error()), true);
            return;
        }
        Modal m;
        m.kind = Modal::Kind::ConfirmImport;
        m.name = name;
        m.data = std::make_shared<model::WorkspaceData>(std::move(data.value()));
        openModal(std::move(m));
    });
}

// Writes what the last command changed. A failure keeps the change in memory, pending, and
// visible in the status bar; the next edit (or a later frame) retries.
void App::persist() {
    m_scores.reset();
    ++m_changes;
    if (m_readOnly) return;
    if (auto s = store::persistWorkspace(m_db, m_workspace); !s) {
        m_persistError = s.error();
        return;
    }
    m_persistError.reset();
    m_platform.databaseChanged();
}

void App::setReadOnly(std::string reason) { m_readOnly = std::move(reason); }

void App::addNotice(StartupNotice notice) {
    if (std::find(m_notices.begin(), m_notices.end(), notice) == m_notices.end()) m_notices.push_back(notice);
}
void App::dismissNotice(StartupNotice notice) { std::erase(m_notices, notice); }

void App::setDatabaseProblem(std::string detail) {
    m_dbProblem = std::move(detail);
    addNotice(StartupNotice::DatabaseProblem);
}

SaveState App::saveState() const {
    if (m_readOnly) return {SaveStatus::ReadOnly, 0, *m_readOnly};
    if (m_persistError) return {SaveStatus::Unsaved, 0, i18n::message(*m_persistError)};
    return m_platform.saveState();
}

void App::setLanguage(std::optional<i18n::Lang> chosen) {
    m_chosenLanguage = chosen;
    i18n::setLanguage(chosen ? *chosen : i18n::languageFromLocale(m_platform.locale()));
    if (m_readOnly) return;
    std::string value = chosen ? std::string(i18n::languageCode(*chosen)) : std::string("auto");
    if (store::setSetting(m_db, kLanguageKey, value)) m_platform.databaseChanged();
}

void App::forceLanguage(i18n::Lang lang) {
    m_chosenLanguage = lang;
    i18n::setLanguage(lang);
}

void App::setTheme(ThemeChoice choice) {
    m_theme = choice;
    if (m_readOnly) return;
    const char* value = choice == ThemeChoice::Light ? "light" : choice == ThemeChoice::Dark ? "dark" : "system";
    if (store::setSetting(m_db, kThemeKey, value)) m_platform.databaseChanged();
}

bool App::darkTheme() const {
    return m_theme == ThemeChoice::Dark || (m_theme == ThemeChoice::System && m_platform.prefersDarkColors());
}

void App::setDisplayScale(float scale) { m_displayScale = scale > 0.25f ? scale : 1.0f; }

void App::applyThemeIfNeeded() {
    const int dark = darkTheme() ? 1 : 0;
    if (dark == m_appliedDark && m_displayScale == m_appliedScale) return;
    applyTheme(m_displayScale, dark != 0);
    m_appliedDark = dark;
    m_appliedScale = m_displayScale;
}

void App::saveLayoutIfWanted() {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantSaveIniSettings) return;
    io.WantSaveIniSettings = false;
    if (m_readOnly) return;
    size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    if (store::setSetting(m_db, kLayoutKey, std::string_view(ini, size))) m_platform.databaseChanged();
}

void App::handleShortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return; // text fields own Ctrl+Z/Y while editing
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
        if (io.KeyShift) redo();
        else undo();
    }
    if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) redo();
}

} // namespace kanri::ui
