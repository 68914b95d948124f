// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ps {

/**
 * Where a team portfolio lives: `postgresql://user@host:port/database?portfolio=NAME`.
 *
 * The portfolio is a schema of that database (docs/team.md). Other query parameters a location
 * may carry: `sslmode` (disable, require, verify-ca, verify-full), `sslrootcert`, `host` (a
 * Unix socket folder, as libpq allows) and `connect_timeout`. A location never holds a
 * password: passwords come from the keyring or ~/.pgpass, so locations can be shown, kept in
 * the recent list and passed on the command line.
 *
 * TLS is on by default: `verify-full` when a CA certificate is configured (PGSSLROOTCERT or
 * ~/.postgresql/root.crt), otherwise `require`, which encrypts without checking the server's
 * identity; tlsNote() then says so, for the window to show.
 */
class TeamLocation {
public:
    /// True for text that starts like a location (postgresql:// or postgres://).
    static bool looksLikeLocation(const QString &text);
    /// Parses a location; on failure returns nullopt and one sentence in *error.
    static std::optional<TeamLocation> parse(const QString &text, QString *error = nullptr);
    /// True for a portfolio name the server can hold: a lowercase letter, then up to 39
    /// lowercase letters, digits or underscores, and not beginning with "pg_".
    static bool isValidPortfolioName(const QString &name);

    QString host;     ///< name, address, or a Unix socket folder; empty: libpq's default
    int port = 0;     ///< 0: the default (5432)
    QString database; ///< empty: the user name
    QString user;     ///< empty: the login name
    QString portfolio;
    QString sslMode;     ///< as given in the location; empty: the default (see above)
    QString sslRootCert; ///< a CA file given in the location
    int connectTimeout = 10;

    /// The location as text, with the parameters it was given (never a password).
    QString toString() const;
    /// "NAME on HOST/DATABASE", for titles and menus.
    QString displayName() const;
    /// The TLS mode used: the location's, or the default.
    QString effectiveSslMode() const;
    /// A sentence for the status bar when the connection is encrypted but the server's identity
    /// is not checked (no CA configured), or empty.
    QString tlsNote() const;
    /// libpq connection keywords and values (PQconnectdbParams), `password` included when
    /// given (from the keyring); otherwise libpq reads ~/.pgpass.
    std::vector<std::pair<QByteArray, QByteArray>>
    connectionParameters(const QString &password = QString()) const;

    bool operator==(const TeamLocation &o) const { return toString() == o.toString(); }
};

} // namespace ps
