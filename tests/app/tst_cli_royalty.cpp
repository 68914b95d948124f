// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope royalty` as a script sees it: the documented JSON shape with the worked example's
// numbers, terms that work at pilot volume and break at scale, an aligned table, and exit
// status 2 with the file (and the field) named for term sheets it cannot use.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {

using ps::clitest::Run;
using ps::clitest::run;

QString sample(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/royalty/") + QLatin1String(name);
}

QJsonObject jsonOf(const Run &r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (!doc.isObject())
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
    return doc.object();
}

} // namespace

class TestCliRoyalty : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonOfTheWorkedExample() {
        const Run r = run({QStringLiteral("royalty"), sample("worked-example.json"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // The keys come in the documented order: years first, then breaks_at_scale.
        QVERIFY(r.out.indexOf(QLatin1String("\"years\"")) <
                r.out.indexOf(QLatin1String("\"breaks_at_scale\"")));
        QVERIFY(r.out.indexOf(QLatin1String("\"year\"")) <
                r.out.indexOf(QLatin1String("\"margin_per_unit\"")));
        const QJsonObject root = jsonOf(r);
        const QJsonArray years = root.value(QLatin1String("years")).toArray();
        QCOMPARE(years.size(), 3);
        // docs/royalty.md, computed by hand: (units, royalty, revenue, cost, margin, per unit).
        const double expected[3][6] = {{400, 2000, 7000, 480, 6520, 16.3},
                                       {1500, 3850, 3850, 1800, 2050, 1.3667},
                                       {6000, 12705, 12705, 7200, 5505, 0.9175}};
        const char *keys[6] = {"units", "royalty", "revenue", "cost", "margin", "margin_per_unit"};
        for (int y = 0; y < 3; ++y) {
            const QJsonObject year = years.at(y).toObject();
            QCOMPARE(year.keys().size(), 7);
            QCOMPARE(year.value(QLatin1String("year")).toInt(), y + 1);
            for (int k = 0; k < 6; ++k)
                QCOMPARE(year.value(QLatin1String(keys[k])).toDouble(), expected[y][k]);
        }
        QCOMPARE(root.value(QLatin1String("breaks_at_scale")).toBool(true), false);
        QVERIFY(root.value(QLatin1String("breaks_at_scale")).isBool());
    }

    void pilotPricedTermsBreakAtScale() {
        const Run r = run({QStringLiteral("royalty"), sample("pilot-priced.json"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = jsonOf(r);
        const QJsonArray years = root.value(QLatin1String("years")).toArray();
        QCOMPARE(years.size(), 3);
        // Pilot (1,000 units): 2.00 - 1.00 = 1.00 per unit. Scale (20,000 units, all at 0.80):
        // 16,000 - 20,000 = -4,000, -0.20 per unit.
        QCOMPARE(years.at(0).toObject().value(QLatin1String("margin_per_unit")).toDouble(), 1.0);
        QCOMPARE(years.at(2).toObject().value(QLatin1String("margin")).toDouble(), -4000.0);
        QCOMPARE(years.at(2).toObject().value(QLatin1String("margin_per_unit")).toDouble(), -0.2);
        QCOMPARE(root.value(QLatin1String("breaks_at_scale")).toBool(false), true);
        QCOMPARE(root.value(QLatin1String("scale_year")).toInt(), 3);
    }

    void tableIsTheDefault() {
        const Run r = run({QStringLiteral("royalty"), sample("pilot-priced.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 6);
        QVERIFY(lines.at(0).startsWith(QLatin1String("Year")));
        // Money rounded with thousands separators, numbers right-aligned under their header.
        const QString year3 = lines.at(3);
        QVERIFY2(year3.startsWith(QLatin1String("3 ")), qPrintable(year3));
        QVERIFY2(year3.contains(QLatin1String("20,000")), qPrintable(year3));
        QVERIFY2(year3.contains(QLatin1String("-4,000")), qPrintable(year3));
        QVERIFY2(year3.endsWith(QLatin1String("-0.20")), qPrintable(year3));
        const qsizetype marginEnd = lines.at(0).indexOf(QLatin1String("Margin ")) + 6;
        QCOMPARE(year3.indexOf(QLatin1String("-4,000")) + 6, marginEnd);
        QCOMPARE(lines.at(1).size(), lines.at(0).size());
        QVERIFY2(r.out.contains(QLatin1String("break at scale")), qPrintable(r.out));

        const Run ok = run({QStringLiteral("royalty"), sample("worked-example.json"),
                            QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QLatin1String("hold at scale")), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(QLatin1String("12,705")), qPrintable(ok.out));
    }

    void invalidTermsExitTwo_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle");
        QTest::newRow("tiers not ascending")
            << sample("tiers-not-ascending.json") << QStringLiteral("ascending");
        QTest::newRow("negative volume")
            << sample("negative-volume.json") << QStringLiteral("year 2 is negative");
        QTest::newRow("missing cost_per_unit")
            << sample("missing-cost.json") << QStringLiteral("\"cost_per_unit\" is missing");
        QTest::newRow("bad JSON") << sample("bad-syntax.json") << QStringLiteral("line 4");
        QTest::newRow("unreadable")
            << sample("no-such-terms.json") << QStringLiteral("could not be read");
    }

    void invalidTermsExitTwo() {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        const Run r = run({QStringLiteral("royalty"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errLines().size(), 1);
        const QString line = r.errLines().constFirst();
        QVERIFY2(line.contains(QFileInfo(file).fileName()), qPrintable(line));
        QVERIFY2(line.contains(needle), qPrintable(line));
    }

    void aDirectoryIsNotATermSheet() {
        const Run r = run({QStringLiteral("royalty"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
    }

    void usageErrorsExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{QStringLiteral("royalty")};
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("royalty"), sample("worked-example.json"),
                           QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("two files") << QStringList{
            QStringLiteral("royalty"), sample("worked-example.json"), sample("pilot-priced.json")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("royalty"), sample("worked-example.json"), QStringLiteral("--years")};
    }

    void usageErrorsExitOne() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("royalty --help")), qPrintable(r.err));
    }

    void listedInHelp() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("royalty TERMS.json")));
        const Run own = run({QStringLiteral("royalty"), QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains(QLatin1String("cost_per_unit")));
    }
};

QTEST_GUILESS_MAIN(TestCliRoyalty)
#include "tst_cli_royalty.moc"
