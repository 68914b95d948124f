// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

struct pg_conn;
struct pg_result;

namespace ps {

class TeamLocation;

/// One result of a libpq query; cleared on destruction. Move-only.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result)
        : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    /// True for a command or a query that succeeded.
    bool ok() const;
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    /// The text of a cell (UTF-8).
    QByteArray value(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(value(row, column)); }
    qint64 number(int row, int column) const { return value(row, column).toLongLong(); }
    /// The server's message, without the "ERROR:" prefix.
    QString errorMessage() const;
    /// The SQLSTATE code, such as "42501" (insufficient privilege), or empty.
    QByteArray sqlState() const;
    /// The DETAIL field of an error, or empty.
    QString detail() const;
    pg_result *handle() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

/// A notification received through LISTEN.
struct PgNotification {
    QByteArray channel;
    QByteArray payload;
    int backendPid = 0; ///< the server process that sent it (PgConnection::backendPid)
};

/**
 * One libpq connection to a team portfolio's database; closed on destruction. Move-only.
 *
 * A thin layer over libpq (docs/team.md says why libpq and not Qt's QPSQL driver: COPY and
 * LISTEN/NOTIFY). Every query runs with `search_path` set to the portfolio's schema, so the
 * portfolio's SQL names its tables without a schema, as in the file.
 */
class PgConnection {
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Connects to the location's database (not yet to its portfolio). On failure returns false
    /// and sets *error to libpq's message.
    bool open(const TeamLocation &location, const QString &password, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    /// The connection was open but is now broken (the server went away, the network dropped).
    bool isBroken() const;
    pg_conn *handle() const { return m_conn; }

    /// Runs one or more SQL statements (simple protocol); the result of the last one.
    PgResult exec(const QByteArray &sql);
    /// Runs one statement with text parameters $1, $2, ...; a null QByteArray is NULL.
    PgResult exec(const QByteArray &sql, const QList<QByteArray> &params);
    /// Runs several statements (separated by semicolons) as one implicit transaction and
    /// returns the result of each, in order, up to and including the first that failed (the
    /// transaction is then rolled back). Empty if nothing could be sent.
    std::vector<PgResult> execAll(const QByteArray &sql);
    /// Runs statements that return nothing; on failure sets *error.
    bool command(const QByteArray &sql, QString *error = nullptr);

    /// Sets search_path to `schema` (then pg_catalog), so tables are named as in the file.
    bool useSchema(const QString &schema, QString *error = nullptr);
    QString schema() const { return m_schema; }

    /// A quoted SQL string literal, safe for the server's encoding ('it''s').
    QByteArray literal(const QByteArray &utf8) const;
    QByteArray literal(const QString &text) const { return literal(text.toUtf8()); }
    /// A quoted identifier ("Name").
    QByteArray identifier(const QString &name) const;

    /// Sends `sql` (a COPY ... FROM STDIN) and then `data` in chunks; false with *error on
    /// failure (the transaction is then aborted).
    bool copyIn(const QByteArray &sql, const QByteArray &data, QString *error);

    /// The server process id of this connection (notifications from it are our own).
    int backendPid() const;
    /// The socket to watch for notifications, or -1.
    int socket() const;
    /// Reads what the server sent; false if the connection broke.
    bool consumeInput();
    /// Notifications received so far (after consumeInput()), oldest first.
    std::vector<PgNotification> takeNotifications();

    /// libpq's last error message for this connection.
    QString errorMessage() const;
    /// The SQLSTATE of the last command() that failed ("42501": insufficient privilege).
    QByteArray lastSqlState() const { return m_lastState; }

private:
    pg_conn *m_conn = nullptr;
    QString m_schema;
    QByteArray m_lastState;
};

} // namespace ps
