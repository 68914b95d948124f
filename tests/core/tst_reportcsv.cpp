// SPDX-License-Identifier: GPL-3.0-or-later
// `report -o FILE.csv` (issue 14 point 5): FILE.csv is ONE table, a header and one row per
// partner, that pandas, R and spreadsheets read as it is; every other table is a file of its
// own beside it, named after the table (FILE-royalty-per-year.csv ...), each again one
// rectangular table. Read back with the import's RFC 4180 reader, not the writer's code.
#include "core/demo/demoportfolio.h"
#include "core/import/csvreader.h"
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using namespace ps::report;

namespace {

ReportContent demoReport(const PortfolioData &data) {
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    return buildReport(data, options);
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Parses `path` and checks it is one clean table: BOM, CRLF, no blank line, every record as
/// wide as the header. Returns the table (empty header on failure, with a QTest failure).
csv::Table readTable(const QString &path) {
    const QByteArray bytes = readAll(path);
    [&] {
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(path));
        QVERIFY2(bytes.endsWith("\r\n"), qPrintable(path));
        QCOMPARE(bytes.count('\r'), bytes.count('\n'));
        QVERIFY2(!bytes.contains("\r\n\r\n"), qPrintable(path + QStringLiteral(": blank line")));
    }();
    const csv::ReadResult result = csv::read(bytes);
    if (!result.table) {
        [&] { QVERIFY2(false, qPrintable(path + QStringLiteral(": ") + result.error.message)); }();
        return {};
    }
    const csv::Table &t = *result.table;
    [&] {
        QCOMPARE(t.delimiter, QLatin1Char(','));
        for (const csv::Record &r : t.records)
            QVERIFY2(r.fields.size() == t.header.size(),
                     qPrintable(QStringLiteral("%1 line %2: %3 fields, header has %4")
                                    .arg(path)
                                    .arg(r.line)
                                    .arg(r.fields.size())
                                    .arg(t.header.size())));
    }();
    return t;
}

} // namespace

class TestReportCsv : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void partnerFileIsOneTable() {
        const PortfolioData data = demoPortfolio();
        const ReportContent c = demoReport(data);
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(writeCsv(c, path, &error), qPrintable(error));
        const csv::Table t = readTable(path);
        QCOMPARE(t.header, detail::partnerHeader());
        QCOMPARE(t.records.size(), data.partners.size());
        for (size_t i = 0; i < data.partners.size(); ++i) {
            const QStringList f = t.records[i].fields.toList();
            QCOMPARE(f[0], data.partners[i].name);
            // Scores and money as plain numbers a parser turns into floats.
            bool ok = false;
            QVERIFY(std::abs(f[4].toDouble(&ok) - c.scores[i].potential) < 0.051 && ok);
            QVERIFY(std::abs(f[5].toDouble(&ok) - c.scores[i].readiness) < 0.051 && ok);
            const PartnerEconomics &e = data.partners[i].economics;
            QCOMPARE(f[9].toDouble(&ok), std::round(e.sourcedRevenue + e.influencedRevenue));
            QVERIFY(ok);
        }
        // No economics block below the partners any more.
        QVERIFY(!readAll(path).contains("Economics:"));
    }

    void otherTablesAreFilesBeside() {
        const PortfolioData data = demoPortfolio();
        const ReportContent c = demoReport(data);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q3 report.csv"));
        QVERIFY(writeCsv(c, path));
        // The demo's plan is solved and it has account lists: every table.
        QVERIFY(!c.overlap.isEmpty());
        QStringList expected{QStringLiteral("q3 report.csv")};
        for (const QString &key : csvTableKeys())
            expected << QStringLiteral("q3 report-%1.csv").arg(key);
        QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        expected.sort();
        QCOMPARE(files, expected);

        // Royalty per year: one row per deal and year, the pilot-priced deal's loss a number.
        const csv::Table royalty =
            readTable(dir.filePath(QStringLiteral("q3 report-royalty-per-year.csv")));
        qsizetype years = 0;
        for (const OemAssessment &a : c.economics.oem)
            years += qsizetype(a.royalty.years.size());
        QCOMPARE(qsizetype(royalty.records.size()), years);
        QCOMPARE(royalty.header, detail::royaltyHeader(c.info.currency));
        bool loss = false;
        for (const csv::Record &r : royalty.records)
            loss = loss || (r.fields[6] == QLatin1String("-20000") &&
                            r.fields[7] == QLatin1String("-0.13"));
        QVERIFY(loss);

        const csv::Table plan =
            readTable(dir.filePath(QStringLiteral("q3 report-plan-by-partner.csv")));
        QCOMPARE(plan.records.size(), c.plan.partners.size());
        const csv::Table impact =
            readTable(dir.filePath(QStringLiteral("q3 report-impact-by-partner.csv")));
        qsizetype withDeals = 0;
        for (const ImpactRow &r : c.economics.impact.partners)
            withDeals += r.with.deals > 0 ? 1 : 0;
        QCOMPARE(qsizetype(impact.records.size()), withDeals);
        for (const QString &name : expected)
            readTable(dir.filePath(name));
    }

    void staleTablesAreRemoved() {
        // Without account lists there is no overlap table; one left from before goes.
        PortfolioData data = demoPortfolio();
        data.accountBook = {};
        const QString path = m_dir.filePath(QStringLiteral("stale.csv"));
        QFile old(csvTablePath(path, QStringLiteral("account-overlap")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("from an earlier report\r\n");
        old.close();
        QVERIFY(writeCsv(demoReport(data), path));
        QVERIFY(!QFile::exists(old.fileName()));
    }

    void tablePaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partners") << "/x/out.csv"
                                  << ""
                                  << "/x/out.csv";
        QTest::newRow("royalty") << "/x/out.csv"
                                 << "royalty-per-year"
                                 << "/x/out-royalty-per-year.csv";
        QTest::newRow("upper suffix") << "/x/OUT.CSV"
                                      << "oem-deals"
                                      << "/x/OUT-oem-deals.csv";
        QTest::newRow("dots") << "/x/q3.v2.csv"
                              << "plan-summary"
                              << "/x/q3.v2-plan-summary.csv";
    }

    void tablePaths() {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(csvTablePath(path, key), expected);
    }

    void pandasReadsEveryFile() {
        // scripts/setup.sh installs python3 with pandas: a CSV report pandas cannot read fails.
        // Debian's python3 first: the one the packages install into (a python3 of one's own on
        // PATH may lack pandas).
        QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is not installed (scripts/setup.sh installs it)");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import pandas")});
        probe.waitForFinished(60000);
        QVERIFY2(probe.exitCode() == 0, "pandas is not installed (scripts/setup.sh installs it)");
        const PortfolioData data = demoPortfolio();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(writeCsv(demoReport(data), path));
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import glob, pandas, sys\n"
                                        "d = pandas.read_csv(sys.argv[1])\n"
                                        "assert list(d.columns)[0] == 'Partner', d.columns\n"
                                        "assert d['Potential'].dtype.kind == 'f'\n"
                                        "print(len(d))\n"
                                        "for f in glob.glob(sys.argv[1][:-4] + '-*.csv'):\n"
                                        "    pandas.read_csv(f)\n"),
                         path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(p.readAllStandardOutput().trimmed().toInt(), int(data.partners.size()));
    }
};

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
