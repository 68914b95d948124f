// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// The user interface language: a setting (View > Language), by default the system locale.
/// Our translations are loaded from the installed share/partnerscope/translations directory when
/// it has them (so a packager or translator can ship an updated .qm), else from the copies
/// embedded in the binary; Qt's own strings come from Qt's translations.
namespace ps::language {

/// The languages the application ships, as locale names: "en", "de", "fr".
QStringList available();

/// The language's own name for a menu ("English", "Deutsch", "Français").
QString nativeName(const QString &code);

/// The saved choice: a code from available(), or empty for "as the system".
QString setting();
void setSetting(const QString &code);

/// The locale to use: PARTNERSCOPE_LANG (for scripts and tests), else the setting, else the
/// system locale.
QLocale effectiveLocale();

/// Makes `locale` the default for number, currency and date formatting and installs the
/// translators for it (removing any installed before), on top of the English plural forms that
/// every language falls back to. Returns false when no translation of ours exists for it
/// (English, or a language we do not ship).
bool apply(QCoreApplication &app, const QLocale &locale);

} // namespace ps::language
