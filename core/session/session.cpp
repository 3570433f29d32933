#include "session/session.hpp"

#include "exchange/kanri_json.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "model/text.hpp"
#include "store/history_store.hpp"
#include "store/schema.hpp"
#include "store/settings_store.hpp"
#include "store/workspace_store.hpp"

namespace kanri::session {

Session::Session(const model::Catalogue& catalogue, store::Database db, Clock clock, std::span<const model::ModelModule> modules)
    : m_catalogue(catalogue), m_modules(modules), m_db(std::move(db)), m_clock(std::move(clock)), m_workspace(catalogue, modules) {
    m_workspace.clock = m_clock;
}

namespace {
constexpr const char* kAuthorKey = "author";
}

Status Session::load() {
    m_scores.reset();
    Status s = store::migrate(m_db);
    if (s) s = store::loadWorkspace(m_db, m_workspace);
    m_workspace.clearJournal(); // what loading converted is not the user's edit
    if (s) {
        auto step = store::lastHistoryStep(m_db);
        if (step) m_step = step.value();
        else s = step.error();
    }
    if (s) {
        const auto author = store::getSetting(m_db, kAuthorKey);
        m_authorAsked = author.has_value();
        m_author = author.value_or("");
        m_workspace.author = m_author;
    }
    if (!s) setReadOnly(i18n::message(s.error()));
    return s;
}

Status Session::setAuthor(std::string name) {
    if (!text::isValidUtf8(name)) return fail(ErrorCode::InvalidText, "author");
    if (name.size() > model::kMaxShortBytes) return fail(ErrorCode::TextTooLong, "author");
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    if (auto s = store::setSetting(m_db, kAuthorKey, name); !s) return s;
    m_author = std::move(name);
    m_workspace.author = m_author;
    m_authorAsked = true;
    if (onWritten) onWritten();
    return kanri::ok();
}

Status Session::execute(std::unique_ptr<model::Command> cmd) {
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    Status s = m_commands.execute(std::move(cmd), m_workspace);
    if (s) recordAndPersist(model::HistoryAction::Apply, m_commands.nextUndo()->describe());
    return s;
}

bool Session::undo() {
    if (m_readOnly || !m_commands.canUndo()) return false;
    const model::Description what = m_commands.nextUndo()->describe();
    (void)m_commands.undo(m_workspace);
    recordAndPersist(model::HistoryAction::Undo, what);
    return true;
}

bool Session::redo() {
    if (m_readOnly || !m_commands.canRedo()) return false;
    const model::Description what = m_commands.nextRedo()->describe();
    (void)m_commands.redo(m_workspace);
    recordAndPersist(model::HistoryAction::Redo, what);
    return true;
}

void Session::recordAndPersist(model::HistoryAction action, const model::Description& what) {
    std::vector<model::Change> journal = m_workspace.takeJournal();
    if (!journal.empty()) {
        ++m_step;
        const std::string at = m_clock();
        for (model::Change& c : journal)
            m_pendingHistory.push_back({0, m_step, at, m_author, action, std::string(model::verbCode(what.verb)), what.subject,
                                        std::move(c.key), std::move(c.fields)});
    }
    persist();
}

// Writes what the last command changed, with its history rows, in one transaction. A failure
// keeps both in memory, pending, and reported by persistError(); the next change retries.
void Session::persist() {
    m_scores.reset();
    ++m_changes;
    if (m_readOnly) return;
    if (auto s = store::persistWorkspace(m_db, m_workspace, &m_pendingHistory); !s) {
        m_persistError = s.error();
        return;
    }
    m_pendingHistory.clear();
    m_persistError.reset();
    if (onWritten) onWritten();
}

Result<std::vector<std::string>> Session::historyAuthors() { return store::historyAuthors(m_db); }

Result<int64_t> Session::historyCount(const model::HistoryFilter& filter) { return store::countHistory(m_db, filter); }

Result<std::vector<model::HistoryEntry>> Session::history(const model::HistoryFilter& filter, int64_t offset, int64_t limit) {
    return store::readHistory(m_db, filter, offset, limit);
}

const model::Scores& Session::scores() {
    if (!m_scores) m_scores = model::computeScores(m_workspace);
    return *m_scores;
}

Status Session::setItemRating(const std::string& itemId, const std::string& code, const std::string* justification) {
    auto rating = model::ratingFromCode(code);
    if (!rating) return fail(ErrorCode::InvalidRating, code);
    if (!m_catalogue.findItem(itemId)) return fail(ErrorCode::UnknownItem, itemId);
    model::ItemAssessment value = m_workspace.item(itemId);
    value.rating = *rating;
    if (justification) value.justification = *justification;
    return execute(std::make_unique<model::SetItem>(itemId, std::move(value)));
}

Status Session::setDocument(const std::string& docId, const std::string& status, const std::string* location) {
    model::DocumentCheck value = m_workspace.document(docId);
    if (!model::documentStatusFromCode(status, value.status)) return fail(ErrorCode::InvalidRating, status);
    if (location) value.location = *location;
    return execute(std::make_unique<model::SetDocument>(docId, std::move(value)));
}

Status Session::freezeCycle(const std::string& name) { return execute(std::make_unique<model::FreezeCycle>(name)); }

Status Session::setClauseNote(const std::string& clauseId, const std::string& note) {
    return execute(std::make_unique<model::SetClauseNote>(clauseId, note));
}

Status Session::importJson(std::string_view text) {
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    auto data = exchange::parseKanriJson(text, m_catalogue, m_modules);
    if (!data) return data.error();
    return execute(std::make_unique<model::ReplaceWorkspace>(std::move(data.value())));
}

std::string Session::exportJson() const { return exchange::exportKanriJson(m_workspace, {m_clock(), KANRI_VERSION}); }

} // namespace kanri::session
