// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with team portfolios on a real PostgreSQL 15: publish and copy round-trip a
// portfolio, and every command that reads a FILE reads a postgresql:// location the same way.
#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"
#include "pgtestserver.h"

#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;
using namespace ps::clitest;

class TestCliTeam : public QObject {
    Q_OBJECT

    test::PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_location;

private slots:
    void initTestCase() {
        if (!test::PgTestServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(test::PgTestServer::unavailableReason()));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_file = m_dir.filePath(QStringLiteral("lumora.partnerscope"));
        QVERIFY2(saveDemo(m_file, &error), qPrintable(error));
        m_location = m_server.location(QStringLiteral("lumora")).toString();
        const Run published = run({QStringLiteral("publish"), m_file, m_location});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY(published.out.contains(QLatin1String("Published")));
        // The demo's account lists stay in the file, and the command says so.
        QVERIFY(published.err.contains(QLatin1String("account lists")));
    }

    void copyGivesBackThePublishedPortfolio() {
        const QString copy = m_dir.filePath(QStringLiteral("copy.partnerscope"));
        const Run copied = run({QStringLiteral("copy"), m_location, QStringLiteral("-o"), copy});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        PortfolioFile::LoadResult before = PortfolioFile::load(m_file);
        PortfolioFile::LoadResult after = PortfolioFile::load(copy);
        QVERIFY2(after.ok(), qPrintable(after.message));
        // Everything but the account lists, which are not published (docs/team.md).
        QVERIFY(!before.data->accountBook.lists.empty());
        QVERIFY(after.data->accountBook.lists.empty());
        before.data->accountBook = {};
        QVERIFY(*after.data == *before.data);
    }

    void readingCommandsTakeALocation_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("score") << QStringList{QStringLiteral("score"), QStringLiteral("@"),
                                              QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("metrics") << QStringList{
            QStringLiteral("metrics"), QStringLiteral("@"),       QStringLiteral("--format"),
            QStringLiteral("json"),    QStringLiteral("--as-of"), QStringLiteral("2026-01-01")};
        QTest::newRow("report csv") << QStringList{QStringLiteral("report"), QStringLiteral("@"),
                                                   QStringLiteral("-o"), QStringLiteral("OUT.csv")};
    }

    void readingCommandsTakeALocation() {
        QFETCH(QStringList, args);
        // The same command on the file and on the server gives the same output.
        QStringList onFile = args;
        QStringList onServer = args;
        onFile.replace(onFile.indexOf(QStringLiteral("@")), m_file);
        onServer.replace(onServer.indexOf(QStringLiteral("@")), m_location);
        const int out = args.indexOf(QStringLiteral("OUT.csv"));
        if (out >= 0) {
            onFile[out] = m_dir.filePath(QStringLiteral("file.csv"));
            onServer[out] = m_dir.filePath(QStringLiteral("server.csv"));
        }
        const Run a = run(onFile);
        const Run b = run(onServer);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(b.out.size() > 0 || out >= 0, true);
        if (out >= 0) {
            QCOMPARE(contents(onServer[out]), contents(onFile[out]));
            QVERIFY(!contents(onFile[out]).isEmpty());
        } else {
            QCOMPARE(b.out, a.out);
        }
    }

    void checkReadsALocation() {
        const Run checked = run({QStringLiteral("check"), m_location});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY(checked.out.contains(QLatin1String("ok (partners:")));
        const Run missing =
            run({QStringLiteral("check"), m_server.location(QStringLiteral("nosuch")).toString()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("nosuch")), qPrintable(missing.err));
    }

    void publishRefusesANameInUseAndBadLocations() {
        const Run again = run({QStringLiteral("publish"), m_file, m_location});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("lumora")), qPrintable(again.err));
        const Run notALocation = run({QStringLiteral("publish"), m_file, m_file});
        QCOMPARE(notALocation.exitCode, 1);
        const Run withPassword =
            run({QStringLiteral("copy"), QStringLiteral("postgresql://u:secret@h/db?portfolio=p"),
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.partnerscope"))});
        QCOMPARE(withPassword.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.partnerscope"))));
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
