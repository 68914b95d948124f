// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ps {

/// Runs one or more SQL statements without results on `db`; on failure sets *error (if given).
bool execSql(sqlite3 *db, const char *sql, QString *error = nullptr);

/// Owns one sqlite3 connection; closes it on destruction. Move-only.
///
/// A thin layer: callers still use the sqlite3 C API on handle() where it is clearer,
/// this class only makes sure nothing leaks on an early return.
class SqliteDb {
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    /// Opens `path` with sqlite3_open_v2 flags; returns the SQLite result code.
    int open(const QString &path, int flags);
    /// Closes the connection; returns the SQLite result code of sqlite3_close.
    int close();

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    /// Runs one or more statements without results. On failure sets *error (if given).
    bool exec(const char *sql, QString *error = nullptr);
    /// Runs a query that yields one integer (a pragma, a count); `fallback` on failure.
    qint64 queryInt(const char *sql, qint64 fallback = -1, int *resultCode = nullptr);

    /// The connection's last error text.
    QString errorMessage() const;
    /// The connection's last extended error code.
    int errorCode() const;

private:
    sqlite3 *m_db = nullptr;
};

/// The bind failure (such as SQLITE_TOOBIG) that made the last Statement::execute() on this
/// thread return false, or SQLITE_OK.
int lastBindError();

/// Owns one prepared statement; finalizes it on destruction. Move-only.
///
/// Text parameters are converted to UTF-8 once and kept alive here until the next bind of the
/// same parameter, so they can be bound without SQLite copying them (bulk save speed).
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QByteArray &sql)
        : Statement(db, sql.constData()) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareResult() const { return m_prepareResult; }
    sqlite3_stmt *handle() const { return m_stmt; }

    /// Binds parameter `index` (1-based).
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &value);
    /// Binds NULL for an empty string, the text otherwise.
    void bindTextOrNull(int index, const QString &value);

    /// sqlite3_step; SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    /// Steps a statement that returns no rows and resets it for the next use. False, without
    /// stepping, if a value could not be bound (SQLITE_TOOBIG beyond the connection's limit):
    /// the row is never written with a value missing.
    bool execute();
    void reset();

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareResult = 0;
    std::vector<QByteArray> m_texts;
    int m_bindError = 0; ///< the first failed bind since the last execute(), such as TOOBIG
};

} // namespace ps
