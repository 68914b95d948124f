// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope ahp` as a script sees it: JSON a program can read, a clear verdict on
// consistency, and exit status 2 with the file named for anything it cannot use.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {

using ps::clitest::Display;
using ps::clitest::Run;
using ps::clitest::run;

// Wikipedia, "Analytic hierarchy process – leader example": weights .547, .127, .270, .056,
// C.R. 0.044.
const char *const leaderCsv = ",Experience,Education,Charisma,Age\n"
                              "Experience,1,4,3,7\n"
                              "Education,1/4,1,1/3,3\n"
                              "Charisma,1/3,3,1,5\n"
                              "Age,1/7,1/3,1/5,1\n";

// Saaty (1990), EJOR 48, the house example: C.R. 0.169, inconsistent.
const char *const houseCsv = ";Size;Transport;Neighborhood;Age;Yard;Modern;Condition;Financing\r\n"
                             "Size;1;5;3;7;6;6;1/3;1/4\r\n"
                             "Transport;1/5;1;1/3;5;3;3;1/5;1/7\r\n"
                             "Neighborhood;1/3;3;1;6;3;4;6;1/5\r\n"
                             "Age;1/7;1/5;1/6;1;1/3;1/4;1/7;1/8\r\n"
                             "Yard;1/6;1/3;1/3;3;1;1/2;1/5;1/6\r\n"
                             "Modern;1/6;1/3;1/4;4;2;1;1/5;1/6\r\n"
                             "Condition;3;5;1/6;7;5;5;1;1/2\r\n"
                             "Financing;4;7;5;8;6;6;2;1\r\n";

} // namespace

class TestCliAhp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonOutput() {
        const QString path = write(QStringLiteral("leader.csv"), leaderCsv);
        const Run r =
            run({QStringLiteral("ahp"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const QJsonObject root = doc.object();
        const QJsonObject weights = root.value(QLatin1String("weights")).toObject();
        QCOMPARE(weights.keys(), QStringList({"Age", "Charisma", "Education", "Experience"}));
        // Four decimals, as documented.
        QCOMPARE(weights.value(QLatin1String("Experience")).toDouble(), 0.5476);
        QCOMPARE(weights.value(QLatin1String("Education")).toDouble(), 0.1266);
        QCOMPARE(weights.value(QLatin1String("Charisma")).toDouble(), 0.2699);
        QCOMPARE(weights.value(QLatin1String("Age")).toDouble(), 0.0559);
        QCOMPARE(root.value(QLatin1String("cr")).toDouble(), 0.0439);
        QCOMPARE(root.value(QLatin1String("ci")).toDouble(), 0.0395);
        QCOMPARE(root.value(QLatin1String("lambda_max")).toDouble(), 4.1184);
        QCOMPARE(root.value(QLatin1String("consistent")).toBool(false), true);
    }

    void tableOutputIsTheDefault() {
        const QString path = write(QStringLiteral("leader table.csv"), leaderCsv);
        const Run r = run({QStringLiteral("ahp"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Experience")));
        QVERIFY(r.out.contains(QLatin1String("0.5476")));
        QVERIFY(r.out.contains(QLatin1String("CR: 0.0439")));
        QVERIFY(r.out.contains(QLatin1String("consistent")));
        QVERIFY(!r.out.contains(QLatin1String("inconsistent")));
    }

    void inconsistentJudgmentsAreFlagged() {
        const QString path = write(QStringLiteral("house.csv"), houseCsv);
        const Run json =
            run({QStringLiteral("ahp"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("cr")).toDouble(), 0.1691);
        QCOMPARE(root.value(QLatin1String("consistent")).toBool(true), false);
        const QJsonObject weights = root.value(QLatin1String("weights")).toObject();
        QCOMPARE(weights.value(QLatin1String("Financing")).toDouble(), 0.3332);

        const Run table = run({QStringLiteral("ahp"), path});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("inconsistent")), qPrintable(table.out));
    }

    void malformedMatrixExitsTwoNamingFileAndLine() {
        const QString path = write(QStringLiteral("bad cell.csv"), ",A,B\nA,1,lots\nB,1/2,1\n");
        const Run r = run({QStringLiteral("ahp"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("bad cell.csv\", line 2")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void nonReciprocalMatrixExitsTwo() {
        const QString path = write(QStringLiteral("lopsided.csv"), ",A,B\nA,1,3\nB,3,1\n");
        const Run r = run({QStringLiteral("ahp"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("lopsided.csv")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("not reciprocal")), qPrintable(r.err));
    }

    void missingFileExitsTwo() {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.csv"));
        const Run r = run({QStringLiteral("ahp"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("nowhere.csv")), qPrintable(r.err));
    }

    void usageErrorsExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no argument") << QStringList{QStringLiteral("ahp")};
        QTest::newRow("two files")
            << QStringList{QStringLiteral("ahp"), QStringLiteral("a.csv"), QStringLiteral("b.csv")};
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("ahp"), QStringLiteral("a.csv"),
                           QStringLiteral("--format"), QStringLiteral("xml")};
    }

    void usageErrorsExitOne() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("ahp --help")));
    }
};

QTEST_GUILESS_MAIN(TestCliAhp)
#include "tst_cli_ahp.moc"
