// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ps::language {
namespace {

const char *const SettingKey = "language";

QPointer<QTranslator> &qtTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &ownTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &pluralTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

/// Where an installed package keeps our .qm files, relative to the binary (bin/../share/...).
QString installedTranslationsDir() {
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/partnerscope/translations"));
}

void replace(QPointer<QTranslator> &slot, QTranslator *translator) {
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList available() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &code) {
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString setting() {
    const QString code = QSettings().value(QLatin1String(SettingKey)).toString();
    return available().contains(code) ? code : QString();
}

void setSetting(const QString &code) {
    QSettings settings;
    if (code.isEmpty() || !available().contains(code))
        settings.remove(QLatin1String(SettingKey));
    else
        settings.setValue(QLatin1String(SettingKey), code);
}

QLocale effectiveLocale() {
    const QString forced = qEnvironmentVariable("PARTNERSCOPE_LANG");
    if (!forced.isEmpty())
        return QLocale(forced);
    const QString chosen = setting();
    if (!chosen.isEmpty()) {
        // Keep the system's country when it speaks the chosen language (de_AT stays de_AT).
        const QLocale system = QLocale::system();
        if (QLocale(chosen).language() == system.language())
            return system;
        return QLocale(chosen);
    }
    return QLocale::system();
}

bool apply(QCoreApplication &app, const QLocale &locale) {
    QLocale::setDefault(locale);
    // Qt asks the translator installed last first: remove ours, then install the English
    // plural forms, Qt's strings and the language's own translation, in that order.
    replace(ownTranslator(), nullptr);
    replace(qtTranslator(), nullptr);
    // The source texts are English with one form for counts ("%n partners"); the plural-only
    // English translation turns them into "1 partner" and "2 partners". It is the fallback of
    // every language, so a message a translation lacks still reads as proper English.
    auto *plurals = new QTranslator(&app);
    const QString english = QStringLiteral("partnerscope_en");
    if (plurals->load(english, installedTranslationsDir()) ||
        plurals->load(english, QStringLiteral(":/i18n")))
        replace(pluralTranslator(), plurals);
    else {
        delete plurals;
        replace(pluralTranslator(), nullptr);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replace(qtTranslator(), qt);
    else
        delete qt;
    if (locale.language() == QLocale::English)
        return false;
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("partnerscope"), QStringLiteral("_"),
                                  installedTranslationsDir()) ||
                        own->load(locale, QStringLiteral("partnerscope"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (!loaded) {
        delete own;
        own = nullptr;
    }
    replace(ownTranslator(), own);
    return loaded;
}

} // namespace ps::language
