#pragma once
// The application: owns the model, the database and the command stack, and draws one ImGui
// frame when the shell asks (sokol-style: the shell owns the loop, the app owns the frame).
#include "i18n/i18n.hpp"
#include "model/command_stack.hpp"
#include "model/workspace.hpp"
#include "store/database.hpp"
#include "ui/platform.hpp"

#include "model/scoring.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kanri::ui {

enum class Area { Dashboard, Assessment, Risks, Suppliers, Improvement, Settings };
enum class AssessTab { Workspace, Gaps, Documents, Cycles };

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
    App(Platform& platform, const model::Catalogue& catalogue, store::Database db);

    // Migrates the schema and loads the workspace and settings. A database that cannot be
    // used (newer schema, I/O error) makes the app read-only with the reason; never writes it.
    Status load();

    // Draws one frame of UI between ImGui::NewFrame() and ImGui::Render().
    void frame();

    // --- edits: everything goes through the command stack -----------------------------------
    Status execute(std::unique_ptr<model::Command> cmd);
    bool undo();
    bool redo();
    // Automation API entry points: an item's rating ("8.6.1-01", "L"; "" clears; N/A needs a
    // justification), a clause's note, a 7.5.4 entry, cycles, import.
    Status setItemRating(const std::string& itemId, const std::string& code, const std::string* justification = nullptr);
    Status setClauseNote(const std::string& clauseId, const std::string& note);
    Status setDocument(const std::string& docId, const std::string& status, const std::string* location = nullptr);
    Status freezeCycle(const std::string& name);
    // Validates the Kanri JSON document, then replaces everything in one undoable command and
    // one transaction. A bad file changes nothing.
    Status importJson(std::string_view text);
    std::string exportJson() const;
    // Scores of the current workspace, recomputed only after a change.
    const model::Scores& scores();

    // The text field being edited (see TextEdit) and a field to focus next frame.
    TextEdit textEdit;
    std::string focusFieldKey;
    int newEditSession() { return ++m_sessions; }
    int selectedItem = -1; // index into Catalogue::items()
    bool scrollToSelectedItem = false;
    bool expandAllItems = false; // the workspace's "Expand all" toggle
    // Commits a pending text edit now (pause, focus loss, page hide).
    void commitPendingEdits();
    bool hasPendingEdit() const { return textEdit.dirty; }

    // A transient message in the status bar: an edit that was refused and why, or a success.
    void reportError(const Error& error);
    void reportMessage(std::string text, bool isError);
    const std::string& statusMessage() const { return m_message; }
    bool statusMessageIsError() const { return m_messageIsError; }

    // Export and import through the platform (download / file picker in the browser, paths on
    // the desktop). Results are reported in the status bar.
    void exportJsonFile(const std::string& nameOrPath);
    void exportDatabaseFile(const std::string& nameOrPath);
    void importJsonFile(const std::string& pathOrAccept);

    void setReadOnly(std::string reason);
    bool readOnly() const { return m_readOnly.has_value(); }
    void addNotice(StartupNotice notice);
    void setDatabaseProblem(std::string detail);

    // --- state the views read ---------------------------------------------------------------
    Platform& platform() { return m_platform; }
    const model::Catalogue& catalogue() const { return m_catalogue; }
    const model::Workspace& workspace() const { return m_workspace; }
    const model::CommandStack& commands() const { return m_commands; }
    store::Database& database() { return m_db; }
    SaveState saveState() const;

    Area area = Area::Dashboard;
    AssessTab assessTab = AssessTab::Workspace;
    bool assessTabRequested = false; // select assessTab in the tab bar next frame
    int selectedClause = -1;

    // Navigation used by the views, the shells and the automation API.
    void showTab(AssessTab tab);                      // Self-assessment, that tab
    void selectClause(int clauseIndex);               // and its first item
    void selectItem(int itemIndex);                   // and its clause; scrolls to it
    bool showInWorkspace(std::string_view clauseOrItemId);

    void setLanguage(std::optional<i18n::Lang> chosen); // nullopt: follow the locale
    std::optional<i18n::Lang> chosenLanguage() const { return m_chosenLanguage; }

    const std::vector<StartupNotice>& notices() const { return m_notices; }
    void dismissNotice(StartupNotice notice);
    const std::string& databaseProblem() const { return m_dbProblem; }

private:
    void persist();
    void saveLayoutIfWanted();
    void handleShortcuts();

    Platform& m_platform;
    const model::Catalogue& m_catalogue;
    store::Database m_db;
    model::Workspace m_workspace;
    model::CommandStack m_commands;
    std::optional<std::string> m_readOnly;
    std::optional<Error> m_persistError;
    std::optional<i18n::Lang> m_chosenLanguage;
    std::vector<StartupNotice> m_notices;
    std::string m_dbProblem;
    std::string m_message;
    std::optional<model::Scores> m_scores; // reset by every change
    double m_messageTime = -100;
    bool m_messageIsError = true;
    int m_sessions = 0;
};

} // namespace kanri::ui
