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

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void csv();
    void html();
    void xlsx();
    void pdf();
    void scenarioAndSegments();
    void usageErrors();
    void inputErrors();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString out(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliReport::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.partnerscope"));
    QString message;
    QVERIFY2(PortfolioFile::save(demoPortfolio(), m_demo, &message), qPrintable(message));
}

void TestCliReport::csv() {
    const Run r =
        run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), out(QStringLiteral("r.csv"))});
    QCOMPARE(r.exitCode, 0);
    const QByteArray csv = readAll(out(QStringLiteral("r.csv")));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Partner,Model,"));
    // The header and one line per partner, nothing else; the other tables beside it.
    QCOMPARE(csv.count('\n'), qsizetype(demoPortfolio().partners.size()) + 1);
    QVERIFY(!csv.contains("\r\n\r\n"));
    const QByteArray oem = readAll(out(QStringLiteral("r-oem-deals.csv")));
    QVERIFY(oem.startsWith("\xEF\xBB\xBF"
                           "OEM deal,"));
    QVERIFY(readAll(out(QStringLiteral("r-royalty-per-year.csv"))).contains(",-20000,"));
}

void TestCliReport::html() {
    const Run r = run(
        {QStringLiteral("report"), m_demo, QStringLiteral("-o"), out(QStringLiteral("r.html"))});
    QCOMPARE(r.exitCode, 0);
    const QString html = QString::fromUtf8(readAll(out(QStringLiteral("r.html"))));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("Hospitality groups")));
    QVERIFY(html.contains(QLatin1String("<svg ")));
}

void TestCliReport::xlsx() {
    const QString path = out(QStringLiteral("r.xlsx"));
    const Run r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), path});
    QCOMPARE(r.exitCode, 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString workbook = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(workbook.contains(QLatin1String("name=\"Partners\"")));
    QVERIFY(workbook.contains(QLatin1String("name=\"ICP coverage\"")));
}

void TestCliReport::pdf() {
    const QString path = out(QStringLiteral("r.pdf"));
    const Run r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), path,
                       QStringLiteral("--segments"), QStringLiteral("tier")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    // Cover, summary, coverage, matrix, segments and appendix do not fit on one page.
    QVERIFY(pdf.count("/Type /Page") - pdf.count("/Type /Pages") > 1);
}

void TestCliReport::scenarioAndSegments() {
    const QString path = out(QStringLiteral("s.csv"));
    const Run r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), path,
                       QStringLiteral("--scenario"), QStringLiteral("Reach first"),
                       QStringLiteral("--segments"), QStringLiteral("quadrant")});
    QCOMPARE(r.exitCode, 0);
    // Segmented by quadrant, every partner's segment is its quadrant's name.
    const QList<QByteArray> lines = readAll(path).split('\n');
    QVERIFY(lines.size() > 2);
    const QList<QByteArray> first = lines[1].trimmed().split(',');
    QCOMPARE(first.value(8), first.value(6));
}

void TestCliReport::usageErrors() {
    Run r =
        run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), out(QStringLiteral("r.txt"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String(".xlsx")));
    QVERIFY(!QFile::exists(out(QStringLiteral("r.txt"))));

    r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), out(QStringLiteral("u.csv")),
             QStringLiteral("--segments"), QStringLiteral("colour")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("colour")));

    r = run({QStringLiteral("report"), m_demo});
    QCOMPARE(r.exitCode, 1);
}

void TestCliReport::inputErrors() {
    Run r = run({QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing.partnerscope")),
                 QStringLiteral("-o"), out(QStringLiteral("m.csv"))});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"), out(QStringLiteral("n.csv")),
             QStringLiteral("--scenario"), QStringLiteral("No such scenario")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("No such scenario")));

    r = run({QStringLiteral("report"), m_demo, QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("no-dir/r.xlsx"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("r.xlsx")));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
