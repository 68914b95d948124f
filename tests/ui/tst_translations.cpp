// SPDX-License-Identifier: GPL-3.0-or-later
// German and French: every message translated with its placeholders intact, the main window's
// menus in the chosen language, and numbers and dates formatted by its locale.
#include "ui/mainwindow/mainwindow.h"
#include "ui/shell/language.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>
#include <memory>

using namespace ps;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path) {
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.unfinished = xml.attributes().hasAttribute(QLatin1String("type"));
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.push_back(current);
            current = Message();
        }
    }
    return messages;
}

/// %1..%99, %L1, %n and %Ln, sorted, so that order changes in a translation are allowed.
QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList menuTitles(const MainWindow &window) {
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // language::apply looks beside the binary, where a package installs the .qm files.
        const QString dir = QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/partnerscope/translations");
        QVERIFY(QDir().mkpath(dir));
        for (const QString &code :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            // Through a temporary file and a rename: tst_runtimetranslations, which may run at
            // the same time, never sees the file missing.
            const QString name = QStringLiteral("partnerscope_%1.qm").arg(code);
            const QString target = dir + QLatin1Char('/') + name;
            const QString temporary = target + QStringLiteral(".translations.tmp");
            QFile::remove(temporary);
            QVERIFY2(QFile::copy(QStringLiteral(PS_QM_DIR "/") + name, temporary),
                     qPrintable(name));
            QVERIFY2(std::rename(QFile::encodeName(temporary).constData(),
                                 QFile::encodeName(target).constData()) == 0,
                     qPrintable(name));
        }
    }

    void cleanup() { language::apply(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyMessageIsTranslated_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyMessageIsTranslated() {
        QFETCH(QString, code);
        const auto messages =
            readTs(QStringLiteral(PS_SOURCE_DIR "/translations/partnerscope_%1.ts").arg(code));
        QVERIFY(messages.size() > 900);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.unfinished || m.translations.isEmpty())
                problems << where + QStringLiteral(" is unfinished");
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                // A plural form may leave %n out ("eine Zeile"); other placeholders must stay.
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << where + QStringLiteral(" -> \"") + t +
                                    QStringLiteral("\" changes the placeholders");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void menusFollowTheLanguage_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("number");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("&Datei")
                                << QStringLiteral("1.234,5");
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("&Fichier")
                                << QStringLiteral("1\u202f234,5");
        QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("&File")
                                 << QStringLiteral("1,234.5");
    }

    void menusFollowTheLanguage() {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, number);
        const bool translated = language::apply(*qApp, QLocale(code));
        QCOMPARE(translated, !code.startsWith(QLatin1String("en")));
        auto window = std::make_unique<MainWindow>();
        const QStringList titles = menuTitles(*window);
        QVERIFY2(titles.size() >= 4, qPrintable(titles.join(QLatin1Char(','))));
        QCOMPARE(titles.front(), file);
        if (translated) {
            // No menu is left in English.
            for (const QString &english :
                 {QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")})
                QVERIFY2(!titles.contains(english), qPrintable(titles.join(QLatin1Char(','))));
        }
        QString formatted = QLocale().toString(1234.5, 'f', 1);
        // Qt 6.4's French group separator is a narrow no-break space; accept the plain one too.
        formatted.replace(QChar(0x00a0), QChar(0x202f));
        QCOMPARE(formatted, number);
        QVERIFY(!QLocale().toString(QDate(2026, 11, 22), QLocale::LongFormat).isEmpty());
    }

    void settingPicksTheLanguage() {
        language::setSetting(QStringLiteral("fr"));
        QCOMPARE(language::setting(), QStringLiteral("fr"));
        qunsetenv("PARTNERSCOPE_LANG");
        QCOMPARE(language::effectiveLocale().language(), QLocale::French);
        qputenv("PARTNERSCOPE_LANG", "de");
        QCOMPARE(language::effectiveLocale().language(), QLocale::German);
        qunsetenv("PARTNERSCOPE_LANG");
        language::setSetting(QString());
        QCOMPARE(language::setting(), QString());
        QCOMPARE(language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
