// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: tests/data/golden/demo-report.csv (the partner table) and demo-report.html are
// the demo's report at a fixed time. After an intended change to the report, regenerate them on
// purpose with
//   PS_REGENERATE_GOLDEN=1 ./build/tests/core/core_tst_reportwriters
// and review the diff before committing.
#include "core/demo/demoportfolio.h"
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
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

/// A demo portfolio whose first partners carry hostile names.
PortfolioData hostileData() {
    PortfolioData data = demoPortfolio();
    data.partners[0].name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
    data.partners[1].name = QStringLiteral("<script>alert(1)</script> & Co");
    data.partners[2].name = QStringLiteral("-2+3");
    data.partners[3].name = QStringLiteral("@SUM(A1)");
    return data;
}

QByteArray unzip(const QString &archive, const QString &member) {
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

void compareGolden(const QByteArray &actual, const QString &name) {
    const QString path = QStringLiteral(PS_TEST_DATA_DIR "/golden/") + name;
    if (qEnvironmentVariableIntValue("PS_REGENERATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        qInfo("regenerated %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = in.readAll();
    // Line by line, so a failure names the first line that differs.
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (int i = 0; i < std::min(a.size(), e.size()); ++i)
        QVERIFY2(a[i] == e[i],
                 qPrintable(QStringLiteral("%1 line %2:\n  got  %3\n  want %4")
                                .arg(name)
                                .arg(i + 1)
                                .arg(QString::fromUtf8(a[i]), QString::fromUtf8(e[i]))));
    QCOMPARE(a.size(), e.size());
}

} // namespace

class TestReportWriters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void safeCellNeutralizesFormulas();
    void escapeHtmlEscapes();
    void csvGolden();
    void csvFormat();
    void csvHostileNames();
    void htmlGolden();
    void htmlHostileNamesAndSelfContained();
    void htmlEconomics();
    void xlsxSheetsAndRows();
    void unwritablePath();
};

void TestReportWriters::safeCellNeutralizesFormulas() {
    QCOMPARE(safeCell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(safeCell(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(safeCell(QStringLiteral("-1")), QStringLiteral("'-1"));
    QCOMPARE(safeCell(QStringLiteral("@x")), QStringLiteral("'@x"));
    QCOMPARE(safeCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(safeCell(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    QCOMPARE(safeCell(QStringLiteral("Acme = good")), QStringLiteral("Acme = good"));
    QCOMPARE(safeCell(QString()), QString());
}

void TestReportWriters::escapeHtmlEscapes() {
    QCOMPARE(escapeHtml(QStringLiteral("<a href=\"x\">'&'</a>")),
             QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
}

void TestReportWriters::csvGolden() {
    const PortfolioData data = demoPortfolio();
    compareGolden(csvText(demoReport(data)), QStringLiteral("demo-report.csv"));
}

void TestReportWriters::csvFormat() {
    // The partner table alone (tst_reportcsv reads every file back): a header and one line
    // per partner, CRLF, nothing below.
    const PortfolioData data = demoPortfolio();
    const QByteArray csv = csvText(demoReport(data));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count('\r'), csv.count('\n'));
    QCOMPARE(csv.count('\n'), qsizetype(data.partners.size()) + 1);
    QVERIFY(!csv.contains("\r\n\r\n"));
    QVERIFY(csv.contains(data.partners.front().name.toUtf8()));
    // Negative numbers stay numbers in the tables beside it.
    const ReportContent c = demoReport(data);
    QString royalty;
    for (const CsvTable &t : csvTables(c))
        if (t.key == QLatin1String("royalty-per-year"))
            royalty = QString::fromUtf8(csvTableText(t));
    QVERIFY(royalty.contains(QLatin1String(",-20000,-0.13\r\n")));
    QVERIFY(!royalty.contains(QLatin1String(",'-20000")));
    // The demo's account lists give the overlap its own table beside it.
    bool overlap = false;
    for (const CsvTable &t : csvTables(c))
        overlap = overlap || t.key == QLatin1String("account-overlap");
    QVERIFY(overlap);
    QCOMPARE(c.overlap.partners.size(), size_t(3));
}

void TestReportWriters::csvHostileNames() {
    const PortfolioData data = hostileData();
    const QString csv = QString::fromUtf8(csvText(demoReport(data)));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    // RFC 4180: the quote inside is doubled and the field quoted; the leading ' neutralizes it.
    QVERIFY2(lines[1].startsWith(
                 QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")),
             qPrintable(lines[1]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("'-2+3,")), qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("'@SUM(A1),")), qPrintable(lines[4]));
    for (const QString &line : lines)
        QVERIFY(!line.startsWith(QLatin1Char('=')));
}

void TestReportWriters::htmlGolden() {
    const PortfolioData data = demoPortfolio();
    compareGolden(htmlText(demoReport(data)), QStringLiteral("demo-report.html"));
}

void TestReportWriters::htmlHostileNamesAndSelfContained() {
    const PortfolioData data = hostileData();
    const QString html = QString::fromUtf8(htmlText(demoReport(data)));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
    QVERIFY(html.contains(QLatin1String("=HYPERLINK(&quot;http://evil.example&quot;")));
    // Self-contained: the only URLs are the ones inside the (escaped) hostile name.
    QCOMPARE(html.count(QLatin1String("http")), html.count(QLatin1String("http://evil.example")));
    QVERIFY(!html.contains(QLatin1String("src=")));
    QVERIFY(!html.contains(QLatin1String("href=")));
    // The matrix, one bar chart per segment, the ROI by model chart and the plan by model are
    // inline SVG.
    const ReportContent c = demoReport(data);
    QCOMPARE(html.count(QLatin1String("<svg ")),
             qsizetype(1 + c.segments.size() + 1 + (c.plan.ok() ? 1 : 0)));
    QCOMPARE(html.count(QLatin1String("<circle ")), qsizetype(data.partners.size()));
}

void TestReportWriters::htmlEconomics() {
    PortfolioData data = demoPortfolio();
    data.oemDeals[0].name = QStringLiteral("<b>Deal</b> & \"terms\"");
    const QString html = QString::fromUtf8(htmlText(demoReport(data)));
    const qsizetype economics = html.indexOf(QLatin1String("<h2>Economics</h2>"));
    QVERIFY(economics > 0);
    // Before the appendix, with every part of the section.
    QVERIFY(economics < html.indexOf(QLatin1String("<h2>Appendix")));
    for (const char *part :
         {"<h3>Program metrics</h3>", "<h3>ROI by partner model</h3>", "<h3>OEM deals</h3>",
          "<h3>Royalty per year</h3>", "<h3>Needs attention</h3>"})
        QVERIFY2(html.indexOf(QLatin1String(part), economics) > economics, part);
    QVERIFY(!html.contains(QLatin1String("<b>Deal</b>")));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;Deal&lt;/b&gt; &amp; &quot;terms&quot;")));
    // The reseller program's negative ROI is a bar left of zero, in the warning colour.
    QVERIFY(html.contains(QLatin1String("fill=\"#b03a2e\"")));
    QVERIFY(html.contains(QLatin1String(">-10%</text>")));
}

void TestReportWriters::xlsxSheetsAndRows() {
    QTemporaryDir dir;
    const PortfolioData data = hostileData();
    const ReportContent c = demoReport(data);
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(writeXlsx(c, path, &error), qPrintable(error));

    const QString workbook = QString::fromUtf8(unzip(path, QStringLiteral("xl/workbook.xml")));
    for (const char *sheet :
         {"Summary", "Partners", "Segments", "ICP coverage", "Program metrics", "ROI by model",
          "OEM deals", "Royalty per year", "Needs attention", "Impact program", "Plan"})
        QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(sheet))),
                 qPrintable(workbook));

    // Sheet 2 (Partners): a header row and one row per partner, frozen and filtered.
    const QString partners =
        QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    QCOMPARE(partners.count(QLatin1String("<row ")), qsizetype(data.partners.size() + 1));
    QVERIFY(partners.contains(QLatin1String("state=\"frozen\"")));
    QVERIFY(partners.contains(QLatin1String("<tablePart ")));

    const QString strings = QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
    for (size_t i = 4; i < data.partners.size(); ++i)
        QVERIFY2(strings.contains(data.partners[i].name.toHtmlEscaped()),
                 qPrintable(data.partners[i].name));
    // Hostile names are string cells, kept exactly as typed: no formula runs, no apostrophe.
    QVERIFY(strings.contains(QLatin1String("<t>=HYPERLINK(")));
    QVERIFY(strings.contains(QLatin1String("<t>@SUM(A1)</t>")));
    QVERIFY(strings.contains(QLatin1String("<t>-2+3</t>")));
    QVERIFY(!partners.contains(QLatin1String("<f>")));
    // The Segments sheet has a native chart, and ROI by model its chart.
    QVERIFY(!unzip(path, QStringLiteral("xl/charts/chart1.xml")).isEmpty());
    const QString roiChart = QString::fromUtf8(unzip(path, QStringLiteral("xl/charts/chart2.xml")));
    QVERIFY2(roiChart.contains(QLatin1String("ROI by model")), qPrintable(roiChart.left(400)));

    // Every OEM deal by name; sheet 8 (Royalty per year) has the loss at scale as a number.
    for (const OemDeal &deal : data.oemDeals)
        QVERIFY2(strings.contains(deal.name.toHtmlEscaped()), qPrintable(deal.name));
    const QString royalty =
        QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet8.xml")));
    QVERIFY(royalty.contains(QLatin1String("<v>-20000</v>")));
}

void TestReportWriters::unwritablePath() {
    const PortfolioData data = demoPortfolio();
    const ReportContent c = demoReport(data);
    const QString path = QStringLiteral("/nonexistent-dir/report");
    QString error;
    QVERIFY(!writeCsv(c, path + QStringLiteral(".csv"), &error));
    QVERIFY(error.contains(QLatin1String("report.csv")));
    QVERIFY(!writeHtml(c, path + QStringLiteral(".html"), &error));
    QVERIFY(error.contains(QLatin1String("report.html")));
    QVERIFY(!writeXlsx(c, path + QStringLiteral(".xlsx"), &error));
    QVERIFY(error.contains(QLatin1String("report.xlsx")));
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
