// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/storage/portfoliofile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace ps;

namespace {

using clitest::Display;
using clitest::Run;
using clitest::run;

} // namespace

/// The command line as a script sees it: exit statuses 0/1/2, one-line errors naming the
/// file, and files that the core library reads back unchanged.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp() {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QLatin1String("Partnerscope")));
        QVERIFY(version.out.contains(QLatin1String(PARTNERSCOPE_VERSION)));

        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run help = run({flag});
            QCOMPARE(help.exitCode, 0);
            for (const char *command : {"demo", "check", "generate", "--demo"})
                QVERIFY2(help.out.contains(QLatin1String(command)), command);
        }
        const Run commandHelp = run({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(QLatin1String("--partners")));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("mistyped command")
            << QStringList{QStringLiteral("scroe"), QStringLiteral("a.partnerscope")};
        QTest::newRow("unknown command option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate"),
                           QStringLiteral("a.partnerscope")};
        QTest::newRow("demo without -o") << QStringList{QStringLiteral("demo")};
        QTest::newRow("-o without value")
            << QStringList{QStringLiteral("demo"), QStringLiteral("-o")};
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")};
        QTest::newRow("check with two files")
            << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("non-numeric partners") << QStringList{
            QStringLiteral("generate"),      QStringLiteral("--partners"), QStringLiteral("many"),
            QStringLiteral("--icps"),        QStringLiteral("5"),          QStringLiteral("-o"),
            QStringLiteral("x.partnerscope")};
        QTest::newRow("negative icps") << QStringList{
            QStringLiteral("generate"),      QStringLiteral("--partners"), QStringLiteral("10"),
            QStringLiteral("--icps"),        QStringLiteral("-3"),         QStringLiteral("-o"),
            QStringLiteral("x.partnerscope")};
        QTest::newRow("generate without icps") << QStringList{
            QStringLiteral("generate"), QStringLiteral("--partners"), QStringLiteral("10"),
            QStringLiteral("-o"), QStringLiteral("x.partnerscope")};
        QTest::newRow("bad seed") << QStringList{QStringLiteral("generate"),
                                                 QStringLiteral("--partners"),
                                                 QStringLiteral("10"),
                                                 QStringLiteral("--icps"),
                                                 QStringLiteral("2"),
                                                 QStringLiteral("--seed"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("x.partnerscope")};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFile::exists(QStringLiteral("x.partnerscope")));
    }

    void demoWritesAFileThatChecks() {
        const QString file = path(QStringLiteral("demo.partnerscope"));
        const Run written = run({QStringLiteral("demo"), QStringLiteral("-o"), file});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.err.isEmpty());

        const Run checked = run({QStringLiteral("check"), file});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(checked.err.isEmpty());
        QVERIFY(checked.out.contains(QLatin1String("ok")));
        QVERIFY(checked.out.contains(QLatin1String("partners: 64")));

        const PortfolioFile::LoadResult loaded = PortfolioFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(*loaded.data == demoPortfolio());
    }

    void checkRejectsBadInput() {
        const QString missing = path(QStringLiteral("missing.partnerscope"));
        const QString text = path(QStringLiteral("notes.txt"));
        const QString truncated = path(QStringLiteral("truncated.partnerscope"));
        const QString demo = path(QStringLiteral("whole.partnerscope"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Partner list, to be typed in later.\n");
        }
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("-o"), demo}).exitCode, 0);
        {
            QFile whole(demo);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const QByteArray bytes = whole.readAll();
            QFile cut(truncated);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() / 2));
        }
        for (const QString &file : {missing, text, truncated}) {
            const Run r = run({QStringLiteral("check"), file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            const QStringList lines = r.errLines();
            QVERIFY2(!lines.isEmpty(), qPrintable(file));
            for (const QString &line : lines)
                QVERIFY2(line.contains(QFileInfo(file).fileName()), qPrintable(line));
            if (file != truncated) // damage may show as several findings, one line each
                QCOMPARE(lines.size(), 1);
        }
    }

    void demoToUnwritablePlace() {
        const QString file = path(QStringLiteral("no/such/folder/demo.partnerscope"));
        const Run r = run({QStringLiteral("demo"), QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains(QLatin1String("demo.partnerscope")));
    }

    void generateIsDeterministic() {
        const auto generate = [this](const QString &name, const QString &seed) {
            const QString file = path(name);
            const Run r =
                run({QStringLiteral("generate"), QStringLiteral("--partners"),
                     QStringLiteral("300"), QStringLiteral("--icps"), QStringLiteral("12"),
                     QStringLiteral("--seed"), seed, QStringLiteral("-o"), file});
            if (r.exitCode != 0 || !r.out.contains(name))
                qWarning("%s", qPrintable(r.err));
            return r.exitCode == 0 ? file : QString();
        };
        const QString a = generate(QStringLiteral("a.partnerscope"), QStringLiteral("17"));
        const QString b = generate(QStringLiteral("b.partnerscope"), QStringLiteral("17"));
        const QString c = generate(QStringLiteral("c.partnerscope"), QStringLiteral("18"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

        const Run checked = run({QStringLiteral("check"), a});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(checked.out.contains(QLatin1String("partners: 300")));

        const auto la = PortfolioFile::load(a);
        const auto lb = PortfolioFile::load(b);
        const auto lc = PortfolioFile::load(c);
        QVERIFY(la.ok() && lb.ok() && lc.ok());
        QCOMPARE(int(la.data->partners.size()), 300);
        QCOMPARE(int(la.data->icps.size()), 12);
        QVERIFY(*la.data == *lb.data);
        QVERIFY(*la.data != *lc.data);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
