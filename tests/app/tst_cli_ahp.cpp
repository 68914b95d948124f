// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope ahp` as a script sees it: JSON a program can read, a clear verdict on
// consistency, and exit status 2 with the file named for anything it cannot use.
#include <QDir>
#include <QFile>
#include <QJsonArray>
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
        // The judgment that fits least (ahpsurvey's error a_ij w_j / w_i): Experience against
        // Charisma, 3, where the weights imply 2; numpy outside this project agrees.
        const QJsonObject suggestion = root.value(QLatin1String("suggestion")).toObject();
        QCOMPARE(suggestion.value(QLatin1String("row")).toString(), QStringLiteral("Experience"));
        QCOMPARE(suggestion.value(QLatin1String("column")).toString(), QStringLiteral("Charisma"));
        QCOMPARE(suggestion.value(QLatin1String("current")).toDouble(), 3.0);
        QCOMPARE(suggestion.value(QLatin1String("proposed")).toDouble(), 2.0);
        QCOMPARE(suggestion.value(QLatin1String("cr_after")).toDouble(), 0.0216);
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

        // Issue 14: name the pair to fix and propose a value, with the CR it would give.
        const QJsonObject suggestion = root.value(QLatin1String("suggestion")).toObject();
        QCOMPARE(suggestion.value(QLatin1String("row")).toString(), QStringLiteral("Neighborhood"));
        QCOMPARE(suggestion.value(QLatin1String("column")).toString(), QStringLiteral("Condition"));
        QCOMPARE(suggestion.value(QLatin1String("current")).toDouble(), 6.0);
        QCOMPARE(suggestion.value(QLatin1String("proposed")).toDouble(), 1.0);
        QCOMPARE(suggestion.value(QLatin1String("cr_after")).toDouble(), 0.088);

        const Run table = run({QStringLiteral("ahp"), path});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("inconsistent")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String("Neighborhood against Condition is 6; the other "
                                                  "judgments suggest 1 (CR would be 0.0880)")),
                 qPrintable(table.out));
    }

    void groupAggregatesEveryParticipant() {
        // Three participants over three criteria. By hand: the geometric means of the
        // judgments are 6^(1/3), 10^(1/3), 2^(1/3); for 3 x 3 the eigenvector is the row
        // geometric mean: 0.4959, 0.2785, 0.2256 (AIP equals AIJ for 3 x 3 matrices).
        const QString dir = m_dir.filePath(QStringLiteral("room"));
        QVERIFY(QDir().mkpath(dir));
        write(QStringLiteral("room/ada.csv"), ",A,B,C\nA,1,3,5\nB,1/3,1,2\nC,1/5,1/2,1\n");
        write(QStringLiteral("room/bob.csv"), ",A,B,C\nA,1,1/2,2\nB,2,1,3\nC,1/2,1/3,1\n");
        write(QStringLiteral("room/cy.csv"), ",A,B,C\nA,1,4,1\nB,1/4,1,1/3\nC,1,3,1\n");
        const Run r = run({QStringLiteral("ahp"), QStringLiteral("--group"), dir,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject aij =
            root.value(QLatin1String("aij")).toObject().value(QLatin1String("weights")).toObject();
        const QJsonObject aip =
            root.value(QLatin1String("aip")).toObject().value(QLatin1String("weights")).toObject();
        QCOMPARE(aij.value(QLatin1String("A")).toDouble(), 0.4959);
        QCOMPARE(aij.value(QLatin1String("B")).toDouble(), 0.2785);
        QCOMPARE(aij.value(QLatin1String("C")).toDouble(), 0.2256);
        QCOMPARE(aip.value(QLatin1String("A")).toDouble(), 0.4959);
        const QJsonArray people = root.value(QLatin1String("participants")).toArray();
        QCOMPARE(people.size(), 3);
        QCOMPARE(people.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("ada"));
        QCOMPARE(people.at(0).toObject().value(QLatin1String("cr")).toDouble(), 0.0032);
        QCOMPARE(people.at(2).toObject().value(QLatin1String("cr")).toDouble(), 0.0079);
        // Goepel's S* (numpy outside this project): 0.74247.
        QCOMPARE(root.value(QLatin1String("consensus")).toDouble(), 0.7425);

        const Run table = run({QStringLiteral("ahp"), QStringLiteral("--group"), dir});
        QCOMPARE(table.exitCode, 0);
        for (const char *text : {"AIJ", "AIP", "0.4959", "ada", "bob", "cy", "Consensus", "0.7425"})
            QVERIFY2(table.out.contains(QLatin1String(text)), qPrintable(table.out));
    }

    void groupWithUnusableFilesExitsTwo_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("message");
        QTest::newRow("other criteria")
            << QStringLiteral("mixed") << QByteArray(",A,D\nA,1,3\nD,1/3,1\n")
            << QStringLiteral("must compare the same criteria");
        QTest::newRow("bad cell") << QStringLiteral("badcell")
                                  << QByteArray(",A,B\nA,1,much\nB,1,1\n")
                                  << QStringLiteral("b.csv\", line 2");
        QTest::newRow("not reciprocal")
            << QStringLiteral("lopsided") << QByteArray(",A,B\nA,1,3\nB,3,1\n")
            << QStringLiteral("not reciprocal");
    }

    void groupWithUnusableFilesExitsTwo() {
        QFETCH(QString, folder);
        QFETCH(QByteArray, second);
        QFETCH(QString, message);
        QVERIFY(QDir().mkpath(m_dir.filePath(folder)));
        write(folder + QStringLiteral("/a.csv"), ",A,B\nA,1,3\nB,1/3,1\n");
        write(folder + QStringLiteral("/b.csv"), second);
        const Run r =
            run({QStringLiteral("ahp"), QStringLiteral("--group"), m_dir.filePath(folder)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
    }

    void groupOfNothingExitsTwo() {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));
        Run r = run({QStringLiteral("ahp"), QStringLiteral("--group"),
                     m_dir.filePath(QStringLiteral("empty"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no matrix files")), qPrintable(r.err));
        r = run({QStringLiteral("ahp"), QStringLiteral("--group"),
                 m_dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a folder")), qPrintable(r.err));
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
        QTest::newRow("group and a file")
            << QStringList{QStringLiteral("ahp"), QStringLiteral("a.csv"),
                           QStringLiteral("--group"), QStringLiteral("dir")};
        QTest::newRow("group without folder")
            << QStringList{QStringLiteral("ahp"), QStringLiteral("--group")};
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
