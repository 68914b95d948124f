// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitedb.h"

#include <sqlite3.h>

#include <utility>

namespace ps {

namespace {
thread_local int t_lastBindError = SQLITE_OK;
} // namespace

int lastBindError() {
    return t_lastBindError;
}

SqliteDb::~SqliteDb() {
    close();
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

int SqliteDb::open(const QString &path, int flags) {
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_extended_result_codes(m_db, 1);
    return rc;
}

int SqliteDb::close() {
    if (!m_db)
        return SQLITE_OK;
    // close_v2 rather than close: if a Statement still exists, the connection is released when
    // that statement is finalized, so destruction order never leaks or fails.
    const int rc = sqlite3_close_v2(m_db);
    m_db = nullptr;
    return rc;
}

bool execSql(sqlite3 *db, const char *sql, QString *error) {
    char *raw = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &raw);
    if (rc != SQLITE_OK && error)
        *error = raw ? QString::fromUtf8(raw) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(raw);
    return rc == SQLITE_OK;
}

bool SqliteDb::exec(const char *sql, QString *error) {
    return execSql(m_db, sql, error);
}

qint64 SqliteDb::queryInt(const char *sql, qint64 fallback, int *resultCode) {
    Statement st(m_db, sql);
    int rc = st.prepareResult();
    qint64 value = fallback;
    if (st.isValid()) {
        rc = st.step();
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(st.handle(), 0);
            rc = SQLITE_OK;
        }
    }
    if (resultCode)
        *resultCode = rc;
    return value;
}

QString SqliteDb::errorMessage() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteDb::errorCode() const {
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

Statement::Statement(sqlite3 *db, const char *sql) {
    m_prepareResult = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareResult != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_prepareResult(other.m_prepareResult)
    , m_texts(std::move(other.m_texts))
    , m_bindError(other.m_bindError) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareResult = other.m_prepareResult;
        m_texts = std::move(other.m_texts);
        m_bindError = other.m_bindError;
    }
    return *this;
}

void Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindInt(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindDouble(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindText(int index, const QString &value) {
    if (index < 0 || size_t(index) >= m_texts.size()) { // not prepared, or no such parameter
        if (m_bindError == SQLITE_OK)
            m_bindError = SQLITE_RANGE;
        return;
    }
    QByteArray &slot = m_texts[size_t(index)];
    slot = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, slot.constData(), int(slot.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void Statement::bindTextOrNull(int index, const QString &value) {
    if (value.isEmpty())
        bindNull(index);
    else
        bindText(index, value);
}

int Statement::step() {
    return sqlite3_step(m_stmt);
}

bool Statement::execute() {
    // The connection's error is no help here: every later successful bind clears it.
    t_lastBindError = std::exchange(m_bindError, SQLITE_OK);
    if (t_lastBindError != SQLITE_OK)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}

} // namespace ps
