// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report's investment plan section (ui/report/reportplanpage.cpp): after the economics
// and before the appendix, with the summary, the program kinds and the partners, read back from
// the PDF as a reader would (pdftotext).
#include "core/demo/demoportfolio.h"
#include "core/report/reportcontent.h"
#include "core/scoring/profiles.h"
#include "ui/report/pdfreport.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ps;

namespace {

QString pdfText(const QString &pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

/// docs/plan.md's worked allocation in thousands: P1 a = 50,000·e², s = 50,000; P2 a =
/// 100,000·e, s = 100,000; P3 a = s = 20,000; budget 150,000, every partner optimized.
PortfolioData workedPortfolio() {
    PortfolioData d;
    d.info.currency = QStringLiteral("EUR");
    const double e = std::exp(1.0);
    const CurveSetting curves[] = {{50000 * e * e, 50000, 0, 0, 0, 0},
                                   {100000 * e, 100000, 0, 0, 0, 0},
                                   {20000, 20000, 0, 0, 0, 0}};
    d.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
    d.scenarios[0].id = 1;
    d.activeScenarioId = 1;
    ScenarioPlan plan;
    plan.id = 1;
    plan.scenarioId = 1;
    plan.budget = 150000;
    for (Id id : {1, 2, 3}) {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("Partner%1").arg(id);
        p.model = id == 1 ? PartnerModel::Reseller : PartnerModel::Isv;
        p.status = PartnerStatus::Active;
        p.tier = PartnerTier::Gold;
        d.partners.push_back(p);
        d.scenarios[0].overrides.push_back({id, Quadrant::Invest, QString()});
        PlanPartnerSetting s;
        s.partnerId = id;
        s.curve = curves[id - 1];
        plan.setPartner(s);
    }
    d.plans = {plan};
    return d;
}

} // namespace

class TestPlanPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils, scripts/setup.sh) is needed to read the PDF");
    }

    void planSectionIsInThePdf() {
        const PortfolioData data = demoPortfolio();
        ReportOptions options;
        options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const ReportContent content = buildReport(data, options);
        QVERIFY(content.plan.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        QString error;
        QVERIFY2(report::writePdf(content, path, &error), qPrintable(error));
        const QString text = pdfText(path);
        const qsizetype plan = text.indexOf(QLatin1String("Investment plan Where the program"));
        QVERIFY2(plan > text.indexOf(QLatin1String("Economics Partnerships measured")),
                 qPrintable(text.left(200)));
        QVERIFY(plan < text.indexOf(QLatin1String("Appendix: score explanations")));
        const QString section = text.mid(plan);
        for (const char *part :
             {"Budget", "Expected return", "Forecast P50", "By partner model", "By program kind",
              "Technical support", "By partner", "Payback probability"})
            QVERIFY2(section.contains(QLatin1String(part)), part);
        // Every partner of the plan, by name.
        for (const ReportPlanRow &row : content.plan.partners)
            QVERIFY2(section.contains(row.partner.simplified()), qPrintable(row.partner));
    }

    void workedFiguresOnPaper() {
        // docs/plan.md by hand: x = (83,333, 66,667, 0), returns 299,672 + 132,267 = 431,939,
        // shadow price e^(1/3) = 1.40; curves known exactly, so P50 is the expected return.
        const PortfolioData data = workedPortfolio(); // the content points into it
        const ReportContent content = buildReport(data);
        QVERIFY2(content.plan.ok(), qPrintable(content.plan.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("worked.pdf"));
        QVERIFY(report::writePdf(content, path));
        const QString text = pdfText(path);
        const qsizetype plan = text.indexOf(QLatin1String("Investment plan Where the program"));
        QVERIFY(plan >= 0);
        const qsizetype appendix = text.indexOf(QLatin1String("Appendix: score explanations"));
        QVERIFY(appendix > plan);
        const QString section = text.mid(plan, appendix - plan);
        for (const char *part :
             {"Budget 150000 EUR", "Allocated 150000 EUR", "Expected return 431939 EUR",
              "Shadow price of the budget 1.40", "Forecast P50 431939 EUR"})
            QVERIFY2(section.contains(QLatin1String(part)), part);
        const QLocale l;
        const QString partners = section.mid(section.lastIndexOf(QLatin1String("By partner")));
        for (const QString &figure : {l.toString(83333), l.toString(66667), l.toString(299672),
                                      l.toString(132267), l.toString(1.40, 'f', 2)})
            QVERIFY2(partners.contains(figure), qPrintable(figure));
        QVERIFY(partners.contains(QLatin1String("Partner1")));
        QVERIFY(partners.contains(QLatin1String("Partner2")));
        QVERIFY(!partners.contains(QLatin1String("Partner3"))); // no spend today or planned
    }

    void impossiblePlanSaysWhy() {
        PortfolioData data = demoPortfolio();
        data.plans[0].minPerPartner = 100000;
        const ReportContent content = buildReport(data);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.pdf"));
        QVERIFY(report::writePdf(content, path));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("No plan could be made")));
        QVERIFY(text.contains(QLatin1String("floors add up to")));
    }
};

QTEST_MAIN(TestPlanPdf)
#include "tst_planpdf.moc"
