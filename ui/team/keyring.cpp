// SPDX-License-Identifier: GPL-3.0-or-later
// GLib's headers use "signals" as a name, which Qt defines as a keyword: libsecret comes first.
#include <libsecret/secret.h>

#include "ui/team/keyring.h"

#include "core/team/teamlocation.h"

namespace ps::Keyring {
namespace {

const SecretSchema *schema() {
    static const SecretSchema s = {"org.partnerscope.TeamPortfolio",
                                   SECRET_SCHEMA_NONE,
                                   {{"host", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"port", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"database", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                   0,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr};
    return &s;
}

struct Attributes {
    QByteArray host, port, database, user;
    explicit Attributes(const TeamLocation &l)
        : host(l.host.toUtf8())
        , port(QByteArray::number(l.port))
        , database(l.database.toUtf8())
        , user(l.user.toUtf8()) {}
};

/// No session bus: libsecret would try to start one; there is no keyring to ask.
bool available() {
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

QString lookup(const TeamLocation &location) {
    if (!available())
        return QString();
    const Attributes a(location);
    GError *error = nullptr;
    gchar *password = secret_password_lookup_sync(
        schema(), nullptr, &error, "host", a.host.constData(), "port", a.port.constData(),
        "database", a.database.constData(), "user", a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
    if (!password)
        return QString();
    const QString out = QString::fromUtf8(password);
    secret_password_free(password);
    return out;
}

bool store(const TeamLocation &location, const QString &password) {
    if (!available())
        return false;
    const Attributes a(location);
    const QByteArray label = "Partnerscope: " + location.displayName().toUtf8();
    const QByteArray secret = password.toUtf8();
    GError *error = nullptr;
    const gboolean ok = secret_password_store_sync(
        schema(), SECRET_COLLECTION_DEFAULT, label.constData(), secret.constData(), nullptr, &error,
        "host", a.host.constData(), "port", a.port.constData(), "database", a.database.constData(),
        "user", a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
    return ok;
}

void forget(const TeamLocation &location) {
    if (!available())
        return;
    const Attributes a(location);
    GError *error = nullptr;
    secret_password_clear_sync(schema(), nullptr, &error, "host", a.host.constData(), "port",
                               a.port.constData(), "database", a.database.constData(), "user",
                               a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
}

} // namespace ps::Keyring
