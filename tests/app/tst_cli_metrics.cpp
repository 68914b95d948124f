// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/coverage.h"
#include "demo/demoportfolio.h"
#include "storage/portfoliofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include <cmath>

using namespace ps;

namespace {

using clitest::Display;
using clitest::Run;
using clitest::run;

} // namespace

/// `partnerscope metrics` as a script uses it: the coverage of every ICP, gaps marked.
class TestCliMetrics : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
        QString message;
        QVERIFY2(PortfolioFile::save(demoPortfolio(), m_demo, &message), qPrintable(message));
    }

    void jsonHasOneEntryPerIcp() {
        const Run r = run({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonArray coverage = doc.object().value(QStringLiteral("coverage")).toArray();
        const PortfolioData demo = demoPortfolio();
        const std::vector<IcpCoverage> expected = computeCoverage(demo);
        QCOMPARE(size_t(coverage.size()), demo.icps.size());
        int gaps = 0, covered = 0;
        for (qsizetype i = 0; i < coverage.size(); ++i) {
            const QJsonObject entry = coverage.at(i).toObject();
            const IcpCoverage &e = expected[size_t(i)];
            QCOMPARE(entry.value(QStringLiteral("icp")).toString(), demo.icps[size_t(i)].name);
            QCOMPARE(entry.value(QStringLiteral("icp_id")).toInteger(), e.icpId);
            QCOMPARE(entry.value(QStringLiteral("influence")).toDouble(),
                     std::round(e.influence * 10.0) / 10.0);
            QCOMPARE(entry.value(QStringLiteral("strong_partners")).toInt(), e.strongPartners);
            QCOMPARE(entry.value(QStringLiteral("gap")).toBool(), e.gap);
            const QJsonObject byRole = entry.value(QStringLiteral("by_role")).toObject();
            QCOMPARE(byRole.size(), LinkRoleCount);
            for (LinkRole role : enumValues<LinkRole>())
                QCOMPARE(byRole.value(toKey(role)).toDouble(),
                         std::round(e.byRole[size_t(role)] * 10.0) / 10.0);
            if (entry.value(QStringLiteral("gap")).toBool()) {
                ++gaps;
                QCOMPARE(entry.value(QStringLiteral("icp")).toString(),
                         QStringLiteral("Hospitality groups"));
            } else if (entry.value(QStringLiteral("influence")).toDouble() >= 90.0) {
                ++covered;
            }
        }
        QVERIFY(gaps >= 1);
        QVERIFY(covered >= 1);
        // Deterministic: the same file gives the same bytes.
        const Run again = run({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(again.out, r.out);
    }

    void tableMarksGaps() {
        const Run r = run({QStringLiteral("metrics"), m_demo});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto hospitality = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QLatin1String("Hospitality groups"));
        });
        QVERIFY(hospitality != lines.end());
        QVERIFY(hospitality->trimmed().endsWith(QLatin1String("GAP")));
        const auto clinical = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QLatin1String("Hospital clinical device fleets"));
        });
        QVERIFY(clinical != lines.end());
        QVERIFY(!clinical->contains(QLatin1String("GAP")));
        // Columns align: the influence column ends at the same place on every ICP row.
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("ICP\\s.*")));
        QVERIFY(header >= 0);
        const qsizetype end = lines[header].indexOf(QLatin1String("Influence")) + 9;
        for (qsizetype i = header + 1; i < lines.size() && !lines[i].isEmpty(); ++i)
            QVERIFY2(lines[i].at(end - 1).isDigit(), qPrintable(lines[i]));
        QVERIFY(r.out.contains(QLatin1String("1 gap(s)")));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("metrics")} << 1
                                 << QStringLiteral("missing");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("x.partnerscope"),
                           QStringLiteral("--format"), QStringLiteral("csv")}
            << 1 << QStringLiteral("--format");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("/nonexistent/a.partnerscope")}
            << 2 << QStringLiteral("a.partnerscope");
    }

    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void malformedFileExitsTwo() {
        const QString path = m_dir.filePath(QStringLiteral("broken.partnerscope"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a portfolio");
        file.close();
        const Run r = run({QStringLiteral("metrics"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("broken.partnerscope")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
