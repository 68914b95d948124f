// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/teamlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ps {
namespace {

class TeamTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Team)
};

const QStringList &sslModes() {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

/// The CA certificate libpq would use, if there is one.
QString configuredRootCert() {
    const QString fromEnv = qEnvironmentVariable("PGSSLROOTCERT");
    if (!fromEnv.isEmpty() && QFileInfo::exists(fromEnv))
        return fromEnv;
    const QString home = QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
    return QFileInfo::exists(home) ? home : QString();
}

bool isSocketFolder(const QString &host) {
    return host.startsWith(QLatin1Char('/'));
}

} // namespace

bool TeamLocation::looksLikeLocation(const QString &text) {
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

bool TeamLocation::isValidPortfolioName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

std::optional<TeamLocation> TeamLocation::parse(const QString &text, QString *error) {
    auto fail = [&](const QString &why) -> std::optional<TeamLocation> {
        if (error)
            *error = TeamTr::tr("\"%1\" is not a team portfolio location: %2.").arg(text, why);
        return std::nullopt;
    };
    if (!looksLikeLocation(text))
        return fail(TeamTr::tr("it must start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(url.errorString());
    if (!url.password().isEmpty())
        return fail(TeamTr::tr("it holds a password; keep passwords in ~/.pgpass or the keyring "
                               "instead"));
    TeamLocation location;
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(0);
    location.user = url.userName(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.database.contains(QLatin1Char('/')))
        return fail(TeamTr::tr("the database name \"%1\" holds a slash").arg(location.database));
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QLatin1String("portfolio")) {
            location.portfolio = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return fail(TeamTr::tr("sslmode \"%1\" is not one of %2")
                                .arg(value, sslModes().join(QLatin1String(", "))));
            location.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            location.sslRootCert = value;
        } else if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port <= 0 || location.port > 65535)
                return fail(TeamTr::tr("port \"%1\" is not a port number").arg(value));
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            location.connectTimeout = value.toInt(&ok);
            if (!ok || location.connectTimeout < 1 || location.connectTimeout > 600)
                return fail(
                    TeamTr::tr("connect_timeout \"%1\" is not 1 to 600 seconds").arg(value));
        } else if (key == QLatin1String("password")) {
            return fail(TeamTr::tr("it holds a password; keep passwords in ~/.pgpass or the "
                                   "keyring instead"));
        } else {
            return fail(TeamTr::tr("the parameter \"%1\" is not supported").arg(key));
        }
    }
    if (location.portfolio.isEmpty())
        return fail(TeamTr::tr("it names no portfolio (add ?portfolio=NAME)"));
    if (!isValidPortfolioName(location.portfolio))
        return fail(TeamTr::tr("the portfolio name \"%1\" must be a lowercase letter followed by "
                               "up to 39 lowercase letters, digits or underscores")
                        .arg(location.portfolio));
    return location;
}

QString TeamLocation::toString() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    QUrlQuery query;
    if (!host.isEmpty() && !isSocketFolder(host))
        url.setHost(host);
    else
        url.setHost(QString()); // an empty authority keeps "//"
    if (port > 0 && !isSocketFolder(host))
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    query.addQueryItem(QStringLiteral("portfolio"), portfolio);
    if (isSocketFolder(host)) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (connectTimeout != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of a socket location; libpq wants "postgresql:///db".
    if (url.host().isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString TeamLocation::displayName() const {
    const QString server =
        host.isEmpty() || isSocketFolder(host) ? QStringLiteral("localhost") : host;
    return TeamTr::tr("%1 on %2/%3").arg(portfolio, server, database);
}

QString TeamLocation::effectiveSslMode() const {
    if (!sslMode.isEmpty())
        return sslMode;
    if (isSocketFolder(host))
        return QStringLiteral("disable"); // a local socket: TLS does not apply
    return sslRootCert.isEmpty() && configuredRootCert().isEmpty() ? QStringLiteral("require")
                                                                   : QStringLiteral("verify-full");
}

QString TeamLocation::tlsNote() const {
    const QString mode = effectiveSslMode();
    if (isSocketFolder(host))
        return QString();
    if (mode == QLatin1String("require"))
        return TeamTr::tr("The connection is encrypted, but the server's certificate is not "
                          "checked: no CA certificate is configured (~/.postgresql/root.crt).");
    if (mode == QLatin1String("disable") || mode == QLatin1String("allow") ||
        mode == QLatin1String("prefer"))
        return TeamTr::tr("The connection may not be encrypted (sslmode=%1).").arg(mode);
    return QString();
}

std::vector<std::pair<QByteArray, QByteArray>>
TeamLocation::connectionParameters(const QString &password) const {
    std::vector<std::pair<QByteArray, QByteArray>> params;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            params.emplace_back(key, value.toUtf8());
    };
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("password", password);
    add("sslmode", effectiveSslMode());
    add("sslrootcert", sslRootCert);
    add("connect_timeout", QString::number(connectTimeout));
    add("application_name", QStringLiteral("Partnerscope"));
    add("client_encoding", QStringLiteral("UTF8"));
    // A dead network must not hang the window: keepalives and a send timeout end the
    // connection within seconds, and the window then says so and keeps the edits.
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("10"));
    add("keepalives_interval", QStringLiteral("5"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("15000"));
    return params;
}

} // namespace ps
