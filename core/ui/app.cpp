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

App::App(Platform& platform, const model::Catalogue& catalogue, store::Database db, std::span<const model::ModelModule> modules)
    : m_platform(platform), m_catalogue(catalogue), m_session(catalogue, std::move(db), store::nowIso, modules) {
    i18n::setLanguage(i18n::languageFromLocale(platform.locale()));
    m_session.onWritten = [&platform] { platform.databaseChanged(); };
}

Status App::load() {
    if (Status s = m_session.load(); !s) { // a database that cannot be used is shown read-only, never written
        setDatabaseProblem(i18n::message(s.error()));
        return s;
    }
    if (auto lang = store::getSetting(database(), kLanguageKey)) {
        if (*lang == "ja") m_chosenLanguage = i18n::Lang::Ja;
        if (*lang == "en") m_chosenLanguage = i18n::Lang::En;
        if (m_chosenLanguage) i18n::setLanguage(*m_chosenLanguage);
    }
    if (auto theme = store::getSetting(database(), kThemeKey)) {
        if (*theme == "light") m_theme = ThemeChoice::Light;
        if (*theme == "dark") m_theme = ThemeChoice::Dark;
    }
    if (auto layout = store::getSetting(database(), kLayoutKey); layout && ImGui::GetCurrentContext())
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
    area = kAssessmentArea;
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
    if (readOnly()) return fail(ErrorCode::ReadOnly, *m_session.readOnly());
    if (!m_drawing) return executeNow(std::move(cmd), m_committingKey, m_committingText);
    // The view that issued it may still read the value it replaces: apply after the draw pass.
    auto shared = std::make_shared<std::unique_ptr<model::Command>>(std::move(cmd));
    m_deferred.push_back([this, shared, key = m_committingKey, typed = m_committingText] {
        (void)executeNow(std::move(*shared), key, typed);
    });
    return ok();
}

void App::execute(std::unique_ptr<model::Command> cmd, std::function<void(const Status&)> then) {
    commitPendingEdits();
    if (readOnly()) return then(fail(ErrorCode::ReadOnly, *m_session.readOnly()));
    if (!m_drawing) return then(executeNow(std::move(cmd), m_committingKey, m_committingText));
    auto shared = std::make_shared<std::unique_ptr<model::Command>>(std::move(cmd));
    m_deferred.push_back([this, shared, then = std::move(then), key = m_committingKey, typed = m_committingText] {
        then(executeNow(std::move(*shared), key, typed));
    });
}

Status App::executeNow(std::unique_ptr<model::Command> cmd, const std::string& fieldKey, const std::string& typed) {
    Status s = m_session.execute(std::move(cmd));
    if (s) {
        if (!fieldKey.empty()) m_fieldErrors.erase(fieldKey);
        // A refusal the status bar still shows is old news once a later edit is accepted (the
        // period corrected, the participant named): it would read as if this one failed.
        if (m_messageIsError) m_message.clear();
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

bool App::undo() {
    commitPendingEdits();
    if (readOnly() || !commands().canUndo()) return false;
    if (m_drawing) { // a menu item: after the draw pass
        m_deferred.push_back([this] { undo(); });
        return true;
    }
    return m_session.undo();
}

bool App::redo() {
    commitPendingEdits();
    if (readOnly() || !commands().canRedo()) return false;
    if (m_drawing) {
        m_deferred.push_back([this] { redo(); });
        return true;
    }
    return m_session.redo();
}

// The automation API's edits run on the session, between frames; what is being typed is an
// earlier edit and is committed first. A refusal is also said in the status bar.
Status App::reported(Status s) {
    if (!s) reportError(s.error());
    return s;
}

Status App::importJson(std::string_view text) {
    commitPendingEdits();
    return reported(m_session.importJson(text));
}

std::string App::exportJson() const { return m_session.exportJson(); }

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
    const std::vector<uint8_t> bytes = store::serialize(database());
    saveBytes(nameOrPath, "application/vnd.sqlite3", std::string(bytes.begin(), bytes.end()));
}

namespace {
std::string datedName(const std::string& now, const char* ext) { return "kanri-" + now.substr(0, 10) + ext; }
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
    chooseSaveFile(datedName(m_session.clock()(), ".json"), [this](const std::string& p) { exportJsonFile(p); });
}
void App::exportDatabaseAsked() {
    chooseSaveFile(datedName(m_session.clock()(), ".sqlite"), [this](const std::string& p) { exportDatabaseFile(p); });
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
        if (readOnly()) return reportError(kanri::fail(ErrorCode::ReadOnly, *m_session.readOnly()));
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

void App::setReadOnly(std::string reason) { m_session.setReadOnly(std::move(reason)); }

void App::addNotice(StartupNotice notice) {
    if (std::find(m_notices.begin(), m_notices.end(), notice) == m_notices.end()) m_notices.push_back(notice);
}
void App::dismissNotice(StartupNotice notice) { std::erase(m_notices, notice); }

void App::setDatabaseProblem(std::string detail) {
    m_dbProblem = std::move(detail);
    addNotice(StartupNotice::DatabaseProblem);
}

SaveState App::saveState() const {
    if (readOnly()) return {SaveStatus::ReadOnly, 0, *m_session.readOnly()};
    if (m_session.persistError()) return {SaveStatus::Unsaved, 0, i18n::message(*m_session.persistError())};
    return m_platform.saveState();
}

void App::setLanguage(std::optional<i18n::Lang> chosen) {
    m_chosenLanguage = chosen;
    i18n::setLanguage(chosen ? *chosen : i18n::languageFromLocale(m_platform.locale()));
    if (readOnly()) return;
    std::string value = chosen ? std::string(i18n::languageCode(*chosen)) : std::string("auto");
    if (store::setSetting(database(), kLanguageKey, value)) m_platform.databaseChanged();
}

void App::forceLanguage(i18n::Lang lang) {
    m_chosenLanguage = lang;
    i18n::setLanguage(lang);
}

void App::setTheme(ThemeChoice choice) {
    m_theme = choice;
    if (readOnly()) return;
    const char* value = choice == ThemeChoice::Light ? "light" : choice == ThemeChoice::Dark ? "dark" : "system";
    if (store::setSetting(database(), kThemeKey, value)) m_platform.databaseChanged();
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
    if (readOnly()) return;
    size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    if (store::setSetting(database(), kLayoutKey, std::string_view(ini, size))) m_platform.databaseChanged();
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
