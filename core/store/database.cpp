#include "store/database.hpp"

#include <sqlite3.h>

namespace kanri::store {
namespace {

// Settings for every connection: foreign keys, and the hardening from docs/storage.md for files
// that may come from elsewhere.
void configure(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_exec(db, "PRAGMA foreign_keys=ON; PRAGMA cell_size_check=ON;", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(db, 2000);
}

} // namespace

Database::~Database() { close(); }
Database::Database(Database&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

void Database::close() {
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Database> Database::openFile(const std::string& path, Mode mode) {
    sqlite3* db = nullptr;
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(ErrorCode::DatabaseOpen, msg);
    }
    configure(db);
    Database out(db);
    // Reading the schema proves the file is a database before we change anything in it.
    if (auto s = out.exec("SELECT count(*) FROM sqlite_schema"); !s)
        return fail(ErrorCode::DatabaseOpen, path + ": " + s.error().detail);
    return out;
}

Result<Database> Database::openMemory() {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return fail(ErrorCode::DatabaseOpen, sqlite3_errstr(rc));
    }
    configure(db);
    return Database(db);
}

Status Database::exec(std::string_view sql) {
    std::string s(sql);
    char* err = nullptr;
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        return fail(ErrorCode::DatabaseIo, msg, sqlite3_extended_errcode(m_db));
    }
    return ok();
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::DatabaseIo, sqlite3_errmsg(m_db), sqlite3_extended_errcode(m_db));
    return Statement(m_db, stmt);
}

int64_t Database::userVersion() {
    auto st = prepare("PRAGMA user_version");
    if (!st || !st.value().step()) return -1;
    return st.value().integer(0);
}

int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(m_db); }
std::string Database::lastError() const { return m_db ? sqlite3_errmsg(m_db) : "closed"; }
bool Database::inTransaction() const { return m_db && !sqlite3_get_autocommit(m_db); }

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_ok(other.m_ok), m_rc(other.m_rc) {
    other.m_stmt = nullptr;
}
Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}
void Statement::failed(int rc) {
    if (m_ok) m_rc = sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : rc;
    m_ok = false;
}
Statement& Statement::bind(int index, std::string_view text) {
    // A null pointer would bind SQL NULL; an empty text is still a text.
    const char* data = text.data() ? text.data() : "";
    if (int rc = sqlite3_bind_text(m_stmt, index, data, static_cast<int>(text.size()), SQLITE_TRANSIENT); rc != SQLITE_OK)
        failed(rc);
    return *this;
}
Statement& Statement::bind(int index, int64_t value) {
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) failed(rc);
    return *this;
}
Statement& Statement::bindNull(int index) {
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) failed(rc);
    return *this;
}
bool Statement::step() {
    if (!m_ok) return false; // a failed bind: never run with the wrong values
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) failed(rc);
    return false;
}
Status Statement::run() {
    while (step()) {
    }
    if (!m_ok) return error();
    return kanri::ok();
}
std::string Statement::text(int column) const {
    const unsigned char* t = sqlite3_column_text(m_stmt, column);
    return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(m_stmt, column)) : std::string();
}
int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
Error Statement::error() const {
    const char* msg = m_rc ? sqlite3_errstr(m_rc) : sqlite3_errmsg(m_db);
    // The connection's message is more precise when it is about this failure.
    if (m_rc && sqlite3_extended_errcode(m_db) == m_rc) msg = sqlite3_errmsg(m_db);
    return kanri::fail(ErrorCode::DatabaseIo, msg, m_rc);
}
void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
    m_rc = 0;
}

Transaction::Transaction(Database& db) : m_db(db) { m_begun = static_cast<bool>(m_db.exec("BEGIN IMMEDIATE")); }
Transaction::~Transaction() {
    if (m_begun && !m_done) (void)m_db.exec("ROLLBACK");
}
Status Transaction::commit() {
    if (!m_begun) return fail(ErrorCode::DatabaseIo, "no transaction");
    m_done = true;
    Status s = m_db.exec("COMMIT");
    if (!s) (void)m_db.exec("ROLLBACK");
    return s;
}

} // namespace kanri::store
