#pragma once
// A thin RAII wrapper over one SQLite connection. The public header keeps sqlite3.h out
// (forward declarations only), so users of the store never see SQLite.
#include "model/error.hpp"

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kanri::store {

class Statement;

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A file on disk, foreign keys on, defensive settings. Opening writes nothing.
    static Result<Database> openFile(const std::string& path, Mode mode = Mode::ReadWrite);
    // An in-memory database (the browser keeps its data here and snapshots it to IndexedDB).
    static Result<Database> openMemory();

    [[nodiscard]] Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    int64_t userVersion();
    int64_t lastInsertRowid() const;
    std::string lastError() const;
    bool inTransaction() const; // a write transaction is open (no snapshot now)
    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    void close();

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    // A failed bind (index out of range, out of memory) fails the next step and run().
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, int64_t value);
    Statement& bindNull(int index);
    // Resets, binds the arguments to ?1, ?2, ... and runs to completion (SQLiteCpp's variadic
    // bind): one line per write in the repositories.
    template <typename... Args> Status exec(const Args&... args) {
        reset();
        int index = 0;
        (bindOne(++index, args), ...);
        return run();
    }
    // Runs one step: true while there is a row. Errors are reported by ok()/error().
    bool step();
    Status run(); // steps to completion, returns the error if any
    std::string text(int column) const;
    int64_t integer(int column) const;
    bool ok() const { return m_ok; }
    Error error() const;
    void reset();

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* s) : m_db(db), m_stmt(s) {}
    void bindOne(int index, std::string_view text) { bind(index, text); }
    void bindOne(int index, const std::string& text) { bind(index, std::string_view(text)); }
    void bindOne(int index, const char* text) { bind(index, std::string_view(text)); }
    void bindOne(int index, int64_t value) { bind(index, value); }
    void bindOne(int index, int value) { bind(index, static_cast<int64_t>(value)); }
    void bindOne(int index, size_t value) { bind(index, static_cast<int64_t>(value)); }
    void failed(int rc);
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    bool m_ok = true;
    int m_rc = 0; // SQLite's extended result code of the first failure
};

// Rolls back unless commit() was called: a failed import or edit leaves nothing half-written.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace kanri::store
