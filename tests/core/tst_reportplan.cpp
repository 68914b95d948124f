// SPDX-License-Identifier: GPL-3.0-or-later
// The report's investment plan section (core/report/reportplan.h): the same figures as the core's
// plan of the report scenario, and present in CSV, HTML and XLSX; a plan the constraints make
// impossible says why in every format instead of leaving the section out.
#include "core/demo/demoportfolio.h"
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::report;

namespace {

ReportContent reportOf(const PortfolioData &data) {
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    return buildReport(data, options);
}

QByteArray unzip(const QString &archive, const QString &member) {
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    return p.waitForFinished(30000) ? p.readAllStandardOutput() : QByteArray();
}

/// The demo with a minimum per partner no budget of 2.4m can meet.
PortfolioData impossibleDemo() {
    PortfolioData data = demoPortfolio();
    data.plans[0].minPerPartner = 100000;
    return data;
}

} // namespace

class TestReportPlan : public QObject {
    Q_OBJECT

private slots:
    void figuresAreTheCoresPlan() {
        const PortfolioData data = demoPortfolio();
        const ReportContent c = reportOf(data);
        QVERIFY2(c.plan.ok(), qPrintable(c.plan.error));
        const Scenario &scenario = *activeScenario(data);
        const ScenarioPlan settings = plan::planSettings(data, scenario.id);
        plan::PlanBasis basis = plan::planBasis(data, scenario);
        plan::fitBasis(basis, data, settings);
        const plan::PlanRun run = plan::runPlan(basis, data, settings);
        QVERIFY(run.ok());
        QCOMPARE(c.plan.budget, 2400000.0);
        QCOMPARE(c.plan.expectedTotal, run.result.plan.expectedTotal);
        QCOMPARE(c.plan.shadowPrice, run.result.plan.shadowPrice);
        QCOMPARE(c.plan.todayExpected, run.comparison.today.expected);
        // Partners largest allocation first; their sum is what the plan allocates.
        double sum = 0.0;
        for (size_t i = 0; i < c.plan.partners.size(); ++i) {
            sum += c.plan.partners[i].allocation;
            if (i > 0)
                QVERIFY(c.plan.partners[i - 1].allocation >= c.plan.partners[i].allocation);
        }
        QVERIFY(std::abs(sum - run.result.plan.allocated) < 1e-6);
        double byModel = 0.0, byKind = 0.0;
        for (const plan::PlanTotal &t : c.plan.models)
            byModel += t.plan;
        for (const plan::PlanTotal &t : c.plan.kinds)
            byKind += t.plan;
        QVERIFY(std::abs(byModel - sum) < 1e-6);
        QVERIFY(std::abs(byKind - sum) < 1e-3);
        QVERIFY(c.plan.draws == ReportForecastDraws);
        QVERIFY(c.plan.p10 < c.plan.p50 && c.plan.p50 < c.plan.p90);
        // The same numbers on every export of the same file.
        QCOMPARE(buildReportPlan(data, scenario).p50, c.plan.p50);
    }

    void everyFormatHasTheSection() {
        const PortfolioData data = demoPortfolio();
        const ReportContent c = reportOf(data);
        const QString first = c.plan.partners.front().partner;
        const QString allocation = detail::fixed(c.plan.partners.front().allocation, 0);

        // CSV: a file per plan table beside the partner table.
        QHash<QString, QString> csv;
        for (const CsvTable &t : csvTables(c))
            csv.insert(t.key, QString::fromUtf8(csvTableText(t)));
        for (const char *key :
             {"plan-summary", "plan-by-partner", "plan-by-model", "plan-by-program-kind"})
            QVERIFY2(csv.contains(QLatin1String(key)), key);
        QVERIFY(
            csv[QStringLiteral("plan-summary")].contains(QStringLiteral("Budget,2400000 EUR\r\n")));
        QVERIFY(csv[QStringLiteral("plan-by-partner")].contains(
            first + QLatin1Char(',') + label(c.plan.partners.front().quadrant) + QLatin1Char(',')));

        const QString html = QString::fromUtf8(htmlText(c));
        const qsizetype section = html.indexOf(QLatin1String("<h2>Investment plan</h2>"));
        QVERIFY(section > html.indexOf(QLatin1String("<h2>Economics</h2>")));
        QVERIFY(section < html.indexOf(QLatin1String("<h2>Appendix")));
        QVERIFY(html.indexOf(QStringLiteral("<td>%1</td>").arg(first.toHtmlEscaped()), section) >
                section);
        QVERIFY(html.indexOf(QStringLiteral("<td class=\"n\">%1</td>").arg(allocation), section) >
                section);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
        QString error;
        QVERIFY2(writeXlsx(c, path, &error), qPrintable(error));
        const QString workbook = QString::fromUtf8(unzip(path, QStringLiteral("xl/workbook.xml")));
        for (const char *name :
             {"Plan", "Plan by model", "Plan by program kind", "Plan by partner"})
            QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(name))),
                     qPrintable(workbook));
        const QString strings =
            QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QLatin1String("Budget")));
        // Sheet 18 (Plan by partner, the last): the allocations are numbers, the first
        // partner's among them.
        const QString sheet =
            QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet18.xml")));
        QVERIFY2(
            sheet.contains(QStringLiteral("<v>%1</v>").arg(c.plan.partners.front().allocation)),
            qPrintable(sheet.left(300)));
        // Its chart of today against the plan by model is the workbook's third.
        const QString chart =
            QString::fromUtf8(unzip(path, QStringLiteral("xl/charts/chart3.xml")));
        QVERIFY2(chart.contains(QLatin1String("Plan")), qPrintable(chart.left(300)));
    }

    void impossiblePlanSaysWhyEverywhere() {
        const PortfolioData data = impossibleDemo(); // the report points into it
        const ReportContent c = reportOf(data);
        QVERIFY(!c.plan.ok());
        QVERIFY2(c.plan.error.contains(QLatin1String("floors add up to")),
                 qPrintable(c.plan.error));
        QVERIFY(c.plan.partners.empty());
        QStringList keys;
        QString summary;
        for (const CsvTable &t : csvTables(c)) {
            keys << t.key;
            if (t.key == QLatin1String("plan-summary"))
                summary = QString::fromUtf8(csvTableText(t));
        }
        QVERIFY(summary.contains(QLatin1String("floors add up to")));
        QVERIFY(!keys.contains(QLatin1String("plan-by-partner")));
        const QString html = QString::fromUtf8(htmlText(c));
        QVERIFY(html.indexOf(QLatin1String("floors add up to")) >
                html.indexOf(QLatin1String("<h2>Investment plan</h2>")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
        QVERIFY(writeXlsx(c, path));
        QVERIFY(QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")))
                    .contains(QLatin1String("floors add up to")));
    }
};

QTEST_GUILESS_MAIN(TestReportPlan)
#include "tst_reportplan.moc"
