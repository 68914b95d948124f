// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/report/reportcontent.h"
#include "core/scoring/scoring.h"

#include <QTest>

#include <algorithm>

using namespace ps;

class TestReportContent : public QObject {
    Q_OBJECT

private slots:
    void demoSummaryNamesGapAndInvestPartners();
    void everyPartnerHasScoresAndSegments();
    void scenarioById();
    void clusters();
    void emptyPortfolio();
    void economicsOfTheDemo();
    void economicsFollowTheDeals();
    void impactAndEvidenceAreInTheReport();
};

void TestReportContent::demoSummaryNamesGapAndInvestPartners() {
    const PortfolioData data = demoPortfolio();
    const ReportContent c = buildReport(data);

    // The demo's one coverage gap is the hospitality groups ICP.
    QVERIFY(!c.gaps.isEmpty());
    QVERIFY2(c.gaps.join(QLatin1Char(' ')).contains(QLatin1String("Hospitality groups")),
             qPrintable(c.gaps.join(QLatin1Char('\n'))));

    // The invest sentences name the invest partners with the highest potential + readiness,
    // best first, as the matrix scores them.
    const std::vector<PartnerScore> scores = scorePortfolio(data);
    std::vector<size_t> invest;
    for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i].quadrant == Quadrant::Invest)
            invest.push_back(i);
    QVERIFY(!invest.empty());
    std::stable_sort(invest.begin(), invest.end(), [&](size_t a, size_t b) {
        return scores[a].potential + scores[a].readiness >
               scores[b].potential + scores[b].readiness;
    });
    const int expected = int(std::min<size_t>(3, invest.size()));
    QCOMPARE(c.investIn.size(), expected);
    for (int n = 0; n < expected; ++n)
        QVERIFY2(c.investIn[n].contains(data.partners[invest[size_t(n)]].name),
                 qPrintable(c.investIn[n]));

    // Flags: the concentration sentence is always there when revenue is influenced.
    QVERIFY(std::any_of(c.flags.begin(), c.flags.end(), [](const QString &f) {
        return f.startsWith(QLatin1String("Concentration:"));
    }));
}

void TestReportContent::everyPartnerHasScoresAndSegments() {
    const PortfolioData data = demoPortfolio();
    const ReportContent c = buildReport(data);
    QCOMPARE(c.partners.size(), data.partners.size());
    QCOMPARE(c.scores.size(), data.partners.size());
    QCOMPARE(c.stability.size(), data.partners.size());
    QCOMPARE(c.segmentNames.size(), data.partners.size());
    QCOMPARE(c.coverage.size(), data.icps.size());
    QCOMPARE(c.icps.size(), data.icps.size());
    for (size_t i = 0; i < c.icps.size(); ++i)
        QCOMPARE(c.icps[i]->id, c.coverage[i].icpId);
    // By model every partner is in exactly one segment and the counts add up.
    int counted = 0;
    for (const ReportSegment &s : c.segments) {
        QCOMPARE(s.stats.count, int(s.segment.partnerIds.size()));
        QVERIFY(!s.motion.isEmpty());
        counted += s.stats.count;
    }
    QCOMPARE(counted, int(data.partners.size()));
    for (const QStringList &names : c.segmentNames)
        QCOMPARE(names.size(), 1);
}

void TestReportContent::scenarioById() {
    const PortfolioData data = demoPortfolio();
    QVERIFY(data.scenarios.size() >= 2);
    ReportOptions options;
    options.scenarioId = data.scenarios.back().id;
    const ReportContent c = buildReport(data, options);
    QCOMPARE(c.scenario.name, data.scenarios.back().name);
    const std::vector<PartnerScore> expected = scorePortfolio(data, &data.scenarios.back());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(c.scores[i].quadrant, expected[i].quadrant);
}

void TestReportContent::clusters() {
    const PortfolioData data = demoPortfolio();
    ReportOptions options;
    options.segmentBy = SegmentBy::Cluster;
    options.clusterK = 3;
    const ReportContent c = buildReport(data, options);
    QCOMPARE(c.segments.size(), size_t(3));
    for (const QStringList &names : c.segmentNames)
        QCOMPARE(names.size(), 1);
}

void TestReportContent::emptyPortfolio() {
    const ReportContent c = buildReport(PortfolioData{});
    QVERIFY(c.partners.empty());
    QVERIFY(c.segments.empty());
    QVERIFY(!c.scenario.name.isEmpty());
    QCOMPARE(c.investIn.size(), 1); // "no partner is in the invest quadrant"
}

void TestReportContent::economicsOfTheDemo() {
    const PortfolioData data = demoPortfolio();
    const ReportContent c = buildReport(data);
    const ReportEconomics &e = c.economics;
    // One assessment per OEM deal, in portfolio order, each with its royalty table.
    QCOMPARE(e.oem.size(), data.oemDeals.size());
    for (size_t i = 0; i < e.oem.size(); ++i) {
        QCOMPARE(e.oem[i].dealId, data.oemDeals[i].id);
        QCOMPARE(e.oem[i].royalty.years.size(), data.oemDeals[i].volumes.size());
    }
    // The demo has a deal that fails the three-of-four rule and terms that break at scale.
    QVERIFY(std::any_of(e.oem.begin(), e.oem.end(),
                        [](const OemAssessment &a) { return a.distraction; }));
    QVERIFY(std::any_of(e.oem.begin(), e.oem.end(),
                        [](const OemAssessment &a) { return a.royalty.breaksAtScale; }));
    // Program metrics from the logs: ROI for models with partners, both sides' win rates.
    QVERIFY(!e.metrics.roiByModel.empty());
    QVERIFY(e.metrics.partnerDeals.winRate.has_value());
    QVERIFY(e.metrics.directDeals.winRate.has_value());
    QCOMPARE(e.metrics.hhiBand, hhiBand(e.metrics.hhi));
    // The attention list starts with the most severe item.
    QVERIFY(!e.attention.empty());
    QCOMPARE(e.attention.front().severity, AttentionItem::Severity::Critical);
    // The same as computing it directly: the report adds no numbers of its own.
    const ProgramMetrics direct = computeProgramMetrics(data);
    QCOMPARE(e.metrics.asOf, direct.asOf);
    QCOMPARE(e.metrics.hhi, direct.hhi);
    QCOMPARE(e.metrics.activePartnerRate, direct.activePartnerRate);
}

void TestReportContent::economicsFollowTheDeals() {
    PortfolioData data = demoPortfolio();
    data.oemDeals.resize(1);
    data.oemDeals[0].exclusive = true;
    data.oemDeals[0].exitClause.clear();
    const ReportContent c = buildReport(data);
    QCOMPARE(c.economics.oem.size(), size_t(1));
    QVERIFY(c.economics.oem[0].exclusivityTrap);

    const ReportContent empty = buildReport(PortfolioData{});
    QVERIFY(empty.economics.oem.empty());
    QVERIFY(empty.economics.metrics.roiByModel.empty());
}

void TestReportContent::impactAndEvidenceAreInTheReport() {
    const PortfolioData data = demoPortfolio();
    const ReportContent c = buildReport(data);
    // The same partner impact the Economics page and the command line compute.
    const PartnerImpact impact = computePartnerImpact(data);
    QCOMPARE(c.economics.impact.partners.size(), data.partners.size());
    QCOMPARE(c.economics.impact.partnerInvolved.won, impact.partnerInvolved.won);
    QCOMPARE(c.economics.impact.minClosedDeals, 10);
    // Each partner says where its commitment comes from, and the sentence agrees.
    const CriteriaTable criteria = computeCriteria(data);
    QCOMPARE(c.scoredFromEvidence.size(), data.partners.size());
    for (size_t i = 0; i < data.partners.size(); ++i) {
        QCOMPARE(bool(c.scoredFromEvidence[i]),
                 usesEvidence(criteria.evidence, i, Criterion::Commitment));
        QVERIFY(c.evidenceNotes[i].startsWith(
            c.scoredFromEvidence[i] ? QStringLiteral("From the deal and activity logs")
                                    : QStringLiteral("From the manual rating")));
    }
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
