// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team/teamlocation.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ps::test {

/**
 * A real PostgreSQL 15 server for a test: initdb in a temporary folder, started with pg_ctl on a
 * Unix socket in that folder and on a free loopback port, stopped and removed on destruction.
 *
 * PostgreSQL refuses to run as root, so when the test runs as root (CI) the server runs as the
 * unprivileged system user `partnerscope-test` (created when missing) through runuser, and the
 * folder is made that user's. Local connections are trusted, so a test can connect as any role
 * it creates. Durability is off (fsync, synchronous_commit): the data dies with the test anyway.
 */
class PgTestServer {
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    /// Why no server can be started on this machine (no PostgreSQL binaries), or empty.
    static QString unavailableReason();

    /// initdb and start; false with *error on failure.
    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    int port() const { return m_port; }
    /// The location of a portfolio on this server: database `postgres`, user `user`, over the
    /// Unix socket, or over loopback TCP with `tcp`; TLS off (sslmode=disable).
    TeamLocation location(const QString &portfolio,
                          const QString &user = QStringLiteral("postgres"), bool tcp = false) const;
    /// Runs SQL as the superuser; false with *error on failure.
    bool sql(const QString &statements, QString *error = nullptr) const;
    /// Creates a login role (trusted locally, so no password is needed).
    bool createUser(const QString &name, QString *error = nullptr) const;
    /// The server's log, for a failing test's message.
    QString log() const;

private:
    bool run(const QStringList &command, QString *output) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_runAs; ///< the system user the server runs as, or empty (not root)
    int m_port = 0;
    bool m_running = false;
};

} // namespace ps::test
