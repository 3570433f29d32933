#pragma once
// The application: the session (the database with its workspace, commands and persistence,
// shared with kanri-cli and the tests) and the state of the interface; draws one ImGui frame
// when the shell asks (sokol-style: the shell owns the loop, the app owns the frame).
#include "i18n/i18n.hpp"
#include "session/session.hpp"
#include "ui/platform.hpp"
#include "ui/view_state.hpp"

#include "model/scoring.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kanri::ui {

enum class ThemeChoice { System, Light, Dark };

// A refused edit of a text field: shown at the field with what was typed, kept for correction.
struct FieldError {
    std::string message;
    std::string typed;
};

// The text field being edited. What is typed is committed as a command when the field loses
// focus, on Enter, before the page goes away, and (multi-line fields) shortly after typing
// pauses; all commits of one stay in the field merge into one undoable edit.
struct TextEdit {
    std::string key;        // which field ("note:10.1", "item:8.6.1-01:owner"); empty: none
    std::string buffer;
    int session = 0;        // the stay in the field
    bool dirty = false;     // buffer differs from what was last committed
    bool active = false;    // the field had keyboard focus last frame
    bool commitOnPause = false;
    bool drawn = false;     // the field was drawn this frame
    double lastChange = 0;  // ImGui time of the last keystroke
    std::function<Status(const std::string& text, int session)> commit;
};

class App {
public:
    // The catalogue must outlive the app. The database is already open (file or memory).
    // modules: the model modules of the session (modelModules(); a test may add one).
    App(Platform& platform, const model::Catalogue& catalogue, store::Database db,
        std::span<const model::ModelModule> modules = model::modelModules());

    // Migrates the schema and loads the workspace and settings. A database that cannot be
    // used (newer schema, I/O error) makes the app read-only with the reason; never writes it.
    Status load();

    // Draws one frame of UI between ImGui::NewFrame() and ImGui::Render(). Edits issued while
    // the views draw are queued and applied after the draw pass (a view may hold references
    // into the model); their refusals are reported there, in one place.
    void frame();
    // Before the app goes away (quit, window closed, page hidden): commits what is typed.
    void shutdown();

    // --- edits: everything goes through the command stack -----------------------------------
    // Outside the draw pass: applied now, with its result. During it: queued (returns ok).
    Status execute(std::unique_ptr<model::Command> cmd);
    // The same, and `then` gets the edit's own result once it is applied (during a frame that is
    // after the draw pass): a form clears what was typed only when its edit was accepted.
    void execute(std::unique_ptr<model::Command> cmd, std::function<void(const Status&)> then);
    bool undo();
    bool redo();
    // (Automation edits go to the session through the dispatcher: core/automation.)
    // Validates the Kanri JSON document, then replaces everything in one undoable command and
    // one transaction. A bad file changes nothing. (The Import button asks first.)
    Status importJson(std::string_view text);
    std::string exportJson() const;
    // Scores of the current workspace, recomputed only after a change.
    const model::Scores& scores() { return m_session.scores(); }
    // Counts changes of the data (edits, undo, redo, imports): views cache what they derive.
    int changeCount() const { return m_session.changeCount(); }

    // The text field being edited (see TextEdit) and a field to focus next frame.
    TextEdit textEdit;
    std::string focusFieldKey;
    std::string activatingFieldKey; // focus was asked for; the editor stays drawn until it is active
    int newEditSession() { return ++m_sessions; }
    int selectedItem = -1; // index into Catalogue::items()
    bool scrollToSelectedItem = false;
    bool focusSelectedItem = false; // give the selected item the keyboard focus when drawn
    bool expandAllItems = false; // the workspace's "Expand all" toggle
    // Commits a pending text edit now (pause, focus loss, page hide).
    void commitPendingEdits();
    bool hasPendingEdit() const { return textEdit.dirty; }

    // The refusal of the last commit of a text field, until the field is committed again.
    const FieldError* fieldError(const std::string& key) const;
    void clearFieldError(const std::string& key) { m_fieldErrors.erase(key); }

    // A transient message in the status bar: an edit that was refused and why, or a success.
    void reportError(const Error& error);
    // offerUndo: the message is about an edit that Undo reverts (the status bar offers it).
    void reportMessage(std::string text, bool isError, bool offerUndo = false);
    bool statusMessageOffersUndo() const { return m_messageOffersUndo; }
    const std::string& statusMessage() const { return m_message; }
    bool statusMessageIsError() const { return m_messageIsError; }

    // Export and import through the platform (a download / the file picker in the browser, a
    // path on the desktop), with no questions: automation and a file dropped on the window.
    // Results are reported in the status bar.
    void exportJsonFile(const std::string& nameOrPath);
    void exportDatabaseFile(const std::string& nameOrPath);
    void importJsonFile(const std::string& pathOrAccept);
    void saveBytes(const std::string& nameOrPath, const char* mime, const std::string& bytes);
    // What the buttons and menus call. The desktop asks where first, in Kanri's file dialog
    // (file_dialog.cpp); the browser has no paths: save gets the suggested name (a download),
    // open gets the picker's accept list ("extension,mime").
    void chooseSaveFile(const std::string& suggestedName, std::function<void(const std::string& nameOrPath)> save);
    void chooseOpenFile(const std::string& extension, const std::string& mime, std::function<void(const std::string& pathOrAccept)> open);
    void exportJsonAsked();
    void exportDatabaseAsked();
    void importJsonAsked();

    void setReadOnly(std::string reason);
    bool readOnly() const { return m_session.readOnly().has_value(); }
    void addNotice(StartupNotice notice);
    void setDatabaseProblem(std::string detail);

    // --- state the views read ---------------------------------------------------------------
    Platform& platform() { return m_platform; }
    const model::Catalogue& catalogue() const { return m_catalogue; }
    const model::Workspace& workspace() const { return m_session.workspace(); }
    const model::CommandStack& commands() const { return m_session.commands(); }
    store::Database& database() { return m_session.database(); }
    // The data and what changes it, without the interface (the automation API runs on it).
    session::Session& session() { return m_session; }
    SaveState saveState() const;

    Area area = kDashboardArea;
    AssessTab assessTab = AssessTab::Workspace;
    int selectedClause = -1;
    // The tab the tab bar must select in this frame (a request made in an earlier frame or
    // between frames; consumed at the top of the frame, so a request made while drawing is
    // seen by the next frame's tab bar).
    std::optional<AssessTab> tabRequest() const { return m_tabRequest; }

    // Navigation used by the views, the shells and the automation API.
    void showTab(AssessTab tab);                      // Self-assessment, that tab
    void selectClause(int clauseIndex);               // and its first item
    void selectItem(int itemIndex);                   // and its clause; scrolls to it
    bool showInWorkspace(std::string_view clauseOrItemId);

    void setLanguage(std::optional<i18n::Lang> chosen); // nullopt: follow the locale
    // A language given on the command line: shown as chosen, not saved.
    void forceLanguage(i18n::Lang lang);
    std::optional<i18n::Lang> chosenLanguage() const { return m_chosenLanguage; }

    // Light or dark colours, following the system unless chosen; kept in the database.
    void setTheme(ThemeChoice choice);
    ThemeChoice theme() const { return m_theme; }
    bool darkTheme() const;
    // The shell's display scale (device pixels per 96-dpi pixel): sizes follow it.
    void setDisplayScale(float scale);

    // View state (filters, dialogs, the sidebar) and the one dialog waiting for an answer.
    ViewState& views() { return m_views; }
    void openModal(Modal modal);

    const std::vector<StartupNotice>& notices() const { return m_notices; }
    void dismissNotice(StartupNotice notice);
    const std::string& databaseProblem() const { return m_dbProblem; }

private:
    Status reported(Status s);
    Status executeNow(std::unique_ptr<model::Command> cmd, const std::string& fieldKey, const std::string& typed);
    void applyDeferred();
    void applyThemeIfNeeded();
    void saveLayoutIfWanted();
    void handleShortcuts();

    Platform& m_platform;
    const model::Catalogue& m_catalogue;
    session::Session m_session;
    std::optional<i18n::Lang> m_chosenLanguage;
    std::vector<StartupNotice> m_notices;
    std::string m_dbProblem;
    std::string m_message;
    double m_messageTime = -100;
    bool m_messageIsError = true;
    bool m_messageOffersUndo = false;
    int m_sessions = 0;
    // The draw pass is running: edits wait in m_deferred until it ends.
    bool m_drawing = false;
    std::vector<std::function<void()>> m_deferred;
    std::string m_committingKey, m_committingText; // the text field whose commit is running
    std::map<std::string, FieldError> m_fieldErrors;
    std::optional<AssessTab> m_tabRequest, m_pendingTabRequest;
    ViewState m_views;
    ThemeChoice m_theme = ThemeChoice::System;
    float m_displayScale = 1.0f;
    float m_appliedScale = 0.0f;
    int m_appliedDark = -1;
};

} // namespace kanri::ui
