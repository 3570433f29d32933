#include "session/session.hpp"

#include "exchange/kanri_json.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"

namespace kanri::session {

Session::Session(const model::Catalogue& catalogue, store::Database db, Clock clock)
    : m_catalogue(catalogue), m_db(std::move(db)), m_clock(std::move(clock)), m_workspace(catalogue) {
    m_workspace.clock = m_clock;
}

Status Session::load() {
    m_scores.reset();
    Status s = store::migrate(m_db);
    if (s) s = store::loadWorkspace(m_db, m_workspace);
    if (!s) setReadOnly(i18n::message(s.error()));
    return s;
}

Status Session::execute(std::unique_ptr<model::Command> cmd) {
    if (m_readOnly) return fail(ErrorCode::ReadOnly, *m_readOnly);
    Status s = m_commands.execute(std::move(cmd), m_workspace);
    if (s) persist();
    return s;
}

bool Session::undo() {
    if (m_readOnly || !m_commands.undo(m_workspace)) return false;
    persist();
    return true;
}

bool Session::redo() {
    if (m_readOnly || !m_commands.redo(m_workspace)) return false;
    persist();
    return true;
}

// Writes what the last command changed. A failure keeps the change in memory, pending, and
// reported by persistError(); the next change retries.
void Session::persist() {
    m_scores.reset();
    ++m_changes;
    if (m_readOnly) return;
    if (auto s = store::persistWorkspace(m_db, m_workspace); !s) {
        m_persistError = s.error();
        return;
    }
    m_persistError.reset();
    if (onWritten) onWritten();
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
    auto data = exchange::parseKanriJson(text, m_catalogue);
    if (!data) return data.error();
    return execute(std::make_unique<model::ReplaceWorkspace>(std::move(data.value())));
}

std::string Session::exportJson() const { return exchange::exportKanriJson(m_workspace, {m_clock(), KANRI_VERSION}); }

} // namespace kanri::session
