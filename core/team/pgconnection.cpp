// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/pgconnection.h"

#include "core/team/teamlocation.h"

#include <libpq-fe.h>

#include <utility>

namespace ps {

PgResult::~PgResult() {
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)) {}

PgResult &PgResult::operator=(PgResult &&other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

bool PgResult::ok() const {
    if (!m_result)
        return false;
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
}

int PgResult::rows() const {
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const {
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const {
    return !m_result || PQgetisnull(m_result, row, column);
}

QByteArray PgResult::value(int row, int column) const {
    if (!m_result || row >= rows() || column >= columns())
        return QByteArray();
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::errorMessage() const {
    if (!m_result)
        return QString();
    const char *primary = PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY);
    if (primary)
        return QString::fromUtf8(primary);
    return QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
}

QByteArray PgResult::sqlState() const {
    const char *state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QByteArray(state) : QByteArray();
}

QString PgResult::detail() const {
    const char *detail = m_result ? PQresultErrorField(m_result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    return detail ? QString::fromUtf8(detail) : QString();
}

PgConnection::~PgConnection() {
    close();
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_schema(std::move(other.m_schema)) {}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept {
    if (this != &other) {
        close();
        m_conn = std::exchange(other.m_conn, nullptr);
        m_schema = std::move(other.m_schema);
    }
    return *this;
}

bool PgConnection::open(const TeamLocation &location, const QString &password, QString *error) {
    close();
    const auto params = location.connectionParameters(password);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &[key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                            : QStringLiteral("out of memory");
        close();
        return false;
    }
    // The server's notices ("trigger does not exist, skipping") are not for the user.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    // Literals are quoted for standard strings, and numbers are read back exactly.
    return command("SET standard_conforming_strings = on; SET extra_float_digits = 1; "
                   "SET client_encoding = 'UTF8'; SET datestyle = 'ISO, YMD'",
                   error);
}

void PgConnection::close() {
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isBroken() const {
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

PgResult PgConnection::exec(const QByteArray &sql) {
    if (!m_conn)
        return PgResult();
    return PgResult(PQexec(m_conn, sql.constData()));
}

PgResult PgConnection::exec(const QByteArray &sql, const QList<QByteArray> &params) {
    if (!m_conn)
        return PgResult();
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QByteArray &param : params)
        values.push_back(param.isNull() ? nullptr : param.constData());
    return PgResult(PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0));
}

std::vector<PgResult> PgConnection::execAll(const QByteArray &sql) {
    std::vector<PgResult> results;
    if (!m_conn || PQsendQuery(m_conn, sql.constData()) != 1)
        return results;
    while (PGresult *raw = PQgetResult(m_conn))
        results.emplace_back(raw);
    return results;
}

bool PgConnection::command(const QByteArray &sql, QString *error) {
    PgResult result = exec(sql);
    if (result.ok())
        return true;
    m_lastState = result.sqlState();
    if (error)
        *error = result.handle() ? result.errorMessage() : errorMessage();
    return false;
}

bool PgConnection::useSchema(const QString &schema, QString *error) {
    if (!command("SET search_path = " + identifier(schema) + ", pg_catalog", error))
        return false;
    m_schema = schema;
    return true;
}

QByteArray PgConnection::literal(const QByteArray &utf8) const {
    if (!m_conn) {
        QByteArray quoted = utf8;
        return '\'' + quoted.replace('\'', "''") + '\'';
    }
    char *escaped = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!escaped)
        return QByteArrayLiteral("NULL");
    QByteArray result(escaped);
    PQfreemem(escaped);
    return result;
}

QByteArray PgConnection::identifier(const QString &name) const {
    const QByteArray utf8 = name.toUtf8();
    if (!m_conn) {
        QByteArray quoted = utf8;
        return '"' + quoted.replace('"', "\"\"") + '"';
    }
    char *escaped = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!escaped)
        return QByteArray();
    QByteArray result(escaped);
    PQfreemem(escaped);
    return result;
}

bool PgConnection::copyIn(const QByteArray &sql, const QByteArray &data, QString *error) {
    PgResult start = exec(sql);
    if (PQresultStatus(start.handle()) != PGRES_COPY_IN) {
        if (error)
            *error = start.handle() ? start.errorMessage() : errorMessage();
        return false;
    }
    constexpr qsizetype chunk = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; at < data.size() && sent; at += chunk)
        sent =
            PQputCopyData(m_conn, data.constData() + at, int(qMin(chunk, data.size() - at))) == 1;
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the data could not be sent") != 1) {
        if (error)
            *error = errorMessage();
        return false;
    }
    bool ok = true;
    while (PGresult *raw = PQgetResult(m_conn)) {
        PgResult result(raw);
        if (!result.ok()) {
            ok = false;
            if (error)
                *error = result.errorMessage();
        }
    }
    return ok;
}

int PgConnection::backendPid() const {
    return m_conn ? PQbackendPID(m_conn) : 0;
}

int PgConnection::socket() const {
    return m_conn ? PQsocket(m_conn) : -1;
}

bool PgConnection::consumeInput() {
    return m_conn && PQconsumeInput(m_conn) == 1 && PQstatus(m_conn) == CONNECTION_OK;
}

std::vector<PgNotification> PgConnection::takeNotifications() {
    std::vector<PgNotification> notifications;
    if (!m_conn)
        return notifications;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        notifications.push_back(
            {QByteArray(notify->relname), QByteArray(notify->extra), notify->be_pid});
        PQfreemem(notify);
    }
    return notifications;
}

QString PgConnection::errorMessage() const {
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                  : QStringLiteral("not connected");
}

} // namespace ps
