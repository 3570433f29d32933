#pragma once
// One open database and everything that changes it: the workspace, the command stack, and
// persistence (each command is written in its own transaction once it has been applied). The
// desktop and browser apps (ui::App holds one), kanri-cli and the tests share it; it knows
// nothing of ImGui, and reads the time only through the clock it is given.
#include "model/command_stack.hpp"
#include "model/history.hpp"
#include "model/scoring.hpp"
#include "model/workspace.hpp"
#include "store/database.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::session {

class Session {
public:
    using Clock = std::function<std::string()>; // ISO 8601 UTC, "2026-12-01T20:06:22Z"

    // The catalogue must outlive the session. The database is already open (file or memory).
    // modules: the model modules whose kinds and relations the workspace holds (a test may add one).
    Session(const model::Catalogue& catalogue, store::Database db, Clock clock,
            std::span<const model::ModelModule> modules = model::modelModules());

    // Migrates the schema and loads the workspace. A database that cannot be used (newer
    // schema, I/O error) makes the session read-only with the reason; it is never written.
    [[nodiscard]] Status load();

    // Applies a command and writes what it changed. Refused when read-only, or by the command.
    [[nodiscard]] Status execute(std::unique_ptr<model::Command> cmd);
    bool undo();
    bool redo();

    // The automation API's edits, checked before they become commands.
    [[nodiscard]] Status setItemRating(const std::string& itemId, const std::string& code, const std::string* justification = nullptr);
    [[nodiscard]] Status setClauseNote(const std::string& clauseId, const std::string& note);
    [[nodiscard]] Status setDocument(const std::string& docId, const std::string& status, const std::string* location = nullptr);
    [[nodiscard]] Status freezeCycle(const std::string& name);
    // Validates a Kanri JSON document, then replaces everything as one undoable command in one
    // transaction. A bad file changes nothing.
    [[nodiscard]] Status importJson(std::string_view text);
    std::string exportJson() const;

    // --- the history (audit trail) --------------------------------------------------------
    // The name written as the author of every change: "" until the user gives one, never a
    // made-up name. Stored in the database's settings.
    const std::string& author() const { return m_author; }
    // False until the user has given a name or chosen to skip (the first run asks).
    bool authorAsked() const { return m_authorAsked; }
    [[nodiscard]] Status setAuthor(std::string name);
    // Rows of the history matching the filter, newest first (see store/history_store.hpp).
    [[nodiscard]] Result<int64_t> historyCount(const model::HistoryFilter& filter);
    [[nodiscard]] Result<std::vector<model::HistoryEntry>> history(const model::HistoryFilter& filter, int64_t offset, int64_t limit);
    // Everyone who has made a change, sorted ("" for changes without a name).
    [[nodiscard]] Result<std::vector<std::string>> historyAuthors();

    const model::Catalogue& catalogue() const { return m_catalogue; }
    const model::Workspace& workspace() const { return m_workspace; }
    const model::CommandStack& commands() const { return m_commands; }
    store::Database& database() { return m_db; }
    const Clock& clock() const { return m_clock; }
    // Scores of the current workspace, recomputed only after a change.
    const model::Scores& scores();
    // Counts changes of the data (edits, undo, redo, imports): views cache what they derive.
    int changeCount() const { return m_changes; }

    void setReadOnly(std::string reason) { m_readOnly = std::move(reason); }
    const std::optional<std::string>& readOnly() const { return m_readOnly; }
    // The last write that failed (the change stays in memory; the next edit retries).
    const std::optional<Error>& persistError() const { return m_persistError; }
    // Called after every change written to the database (the browser's snapshot writer).
    std::function<void()> onWritten;

private:
    // Turns what the workspace journalled into history rows of one step, then writes.
    void recordAndPersist(model::HistoryAction action, const model::Description& what);
    void persist();

    const model::Catalogue& m_catalogue;
    std::span<const model::ModelModule> m_modules;
    store::Database m_db;
    Clock m_clock;
    model::Workspace m_workspace;
    model::CommandStack m_commands;
    std::optional<std::string> m_readOnly;
    std::optional<Error> m_persistError;
    std::optional<model::Scores> m_scores; // reset by every change
    int m_changes = 0;
    std::string m_author;
    bool m_authorAsked = false;
    int64_t m_step = 0;                            // the last history step written or pending
    std::vector<model::HistoryEntry> m_pendingHistory; // written with the change they record
};

} // namespace kanri::session
