// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/coverage.h"
#include "core/analytics/gapcandidates.h"
#include "core/demo/demoportfolio.h"

#include <QTest>

using namespace ps;

namespace {

Partner partner(Id id, const char *name, const char *industries, const char *regions,
                PartnerStatus status, std::optional<int> reach) {
    Partner p;
    p.id = id;
    p.name = QString::fromUtf8(name);
    p.industries = QString::fromUtf8(industries).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    p.regions = QString::fromUtf8(regions).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    p.status = status;
    p.ratings.marketReach = reach;
    return p;
}

InfluenceLink link(Id id, Id icp, Id partner, int strength, LinkRole role) {
    InfluenceLink l;
    l.id = id;
    l.icpId = icp;
    l.partnerId = partner;
    l.strength = strength;
    l.role = role;
    return l;
}

Deal deal(Id id, Id partner, const char *industry, const char *region) {
    Deal d;
    d.id = id;
    d.partners.push_back({partner, Attribution::Influenced, {}});
    d.buyer.industry = QString::fromUtf8(industry);
    d.buyer.region = QString::fromUtf8(region);
    return d;
}

/// ICP 1 wants Healthcare in DACH; ICP 2 sets neither industry nor region.
PortfolioData example() {
    PortfolioData d;
    Icp clinics;
    clinics.id = 1;
    clinics.name = QStringLiteral("Clinics");
    clinics.industries = {QStringLiteral("Healthcare"), QStringLiteral("Hospitals")};
    clinics.regions = {QStringLiteral("DACH")};
    Icp anyone;
    anyone.id = 2;
    anyone.name = QStringLiteral("Anyone");
    d.icps = {clinics, anyone};
    using S = PartnerStatus;
    d.partners = {
        partner(10, "Alpha Med", "Healthcare", "Germany", S::Active, 4),
        partner(11, "Bravo", "healthcare", "EMEA", S::Prospect, std::nullopt),
        partner(12, "Retail Only", "Retail", "DACH", S::Active, 5),
        partner(13, "Far Away", "Healthcare", "APAC", S::Active, 5),
        partner(14, "Strong Already", "Healthcare", "DACH", S::Active, 5),
        partner(15, "Gone", "Healthcare", "DACH", S::Exited, 5),
        partner(16, "Dormant Dealer", "Hospitals;Retail", "Austria", S::Dormant, 5),
        partner(17, "Hotel Onboarder", "Healthcare", "Switzerland", S::Onboarding, 2),
        partner(18, "Aardvark", "Healthcare", "DACH", S::Prospect, 5),
        partner(19, "No Industry", "", "DACH", S::Active, 5),
    };
    d.links = {
        link(100, 1, 11, 2, LinkRole::Delivers),
        link(101, 1, 14, 4, LinkRole::Sources),
        link(102, 1, 14, 1, LinkRole::Influences),
        link(103, 1, 12, 1, LinkRole::Influences),
    };
    // Three deals of Dormant Dealer with buyers of the ICP, one outside it (Retail in France).
    d.deals = {deal(1, 16, "Healthcare", "Germany"), deal(2, 16, "Hospitals", "Austria"),
               deal(3, 16, "healthcare", "Switzerland"), deal(4, 16, "Retail", "France")};
    return d;
}

} // namespace

class TestGapCandidates : public QObject {
    Q_OBJECT
private slots:
    void ranking_data();
    void ranking();
    void ordersBestFirst();
    void reasonNamesFitAndLink();
    void icpWithoutProfileHasNone();
    void addLinkClosesTheGap();
    void demoGapHasCandidates();
};

void TestGapCandidates::ranking_data() {
    QTest::addColumn<qlonglong>("partnerId");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("strength");
    QTest::addColumn<int>("deals");
    // Hand-computed: 10 x weak strength + min(30, 5 x deals) + 4 x market reach + status
    // (Active 20, Onboarding 10, Prospect 5, Dormant 0).
    QTest::newRow("Alpha Med: no link, reach 4, active") << 10LL << 16 + 20 << 0 << 0;
    QTest::newRow("Bravo: weak link 2, unrated, prospect") << 11LL << 20 + 5 << 2 << 0;
    QTest::newRow("Dormant Dealer: 3 deals, reach 5") << 16LL << 15 + 20 + 0 << 0 << 3;
    QTest::newRow("Hotel Onboarder: reach 2, onboarding") << 17LL << 8 + 10 << 0 << 0;
    QTest::newRow("Aardvark: reach 5, prospect") << 18LL << 20 + 5 << 0 << 0;
}

void TestGapCandidates::ranking() {
    QFETCH(qlonglong, partnerId);
    QFETCH(int, score);
    QFETCH(int, strength);
    QFETCH(int, deals);
    const std::vector<GapCandidate> candidates = rankGapCandidates(example(), 1);
    const auto it = std::find_if(candidates.begin(), candidates.end(),
                                 [&](const GapCandidate &c) { return c.partnerId == partnerId; });
    QVERIFY(it != candidates.end());
    QCOMPARE(it->score, score);
    QCOMPARE(it->strength, strength);
    QCOMPARE(it->deals, deals);
}

void TestGapCandidates::ordersBestFirst() {
    const std::vector<GapCandidate> candidates = rankGapCandidates(example(), 1);
    QList<Id> order;
    for (const GapCandidate &c : candidates)
        order << c.partnerId;
    // 36, 35, 25 (Aardvark before Bravo by name), 25, 18; Retail Only (industry), Far Away
    // (region), Strong Already (link 4), Gone (exited) and No Industry are no candidates.
    QCOMPARE(order, (QList<Id>{10, 16, 18, 11, 17}));
}

void TestGapCandidates::reasonNamesFitAndLink() {
    const std::vector<GapCandidate> candidates = rankGapCandidates(example(), 1);
    QCOMPARE(candidates.at(0).reason,
             QStringLiteral(
                 "Fits industry Healthcare and region Germany; no link yet; market reach 4/5; "
                 "status Active"));
    // The count is a plural form: "3 deals" once the English translation is loaded.
    const QString dormant = candidates.at(1).reason;
    QVERIFY2(dormant.startsWith(
                 QStringLiteral("Fits industry Hospitals and region Austria; no link yet; 3 deal")),
             qPrintable(dormant));
    QVERIFY2(dormant.endsWith(QStringLiteral(" with its buyers; market reach 5/5; status Dormant")),
             qPrintable(dormant));
    QCOMPARE(candidates.at(3).linkId, Id(100));
    QVERIFY2(candidates.at(3).reason.contains(
                 QStringLiteral("weak link (Delivers / implements, strength 2)")),
             qPrintable(candidates.at(3).reason));
}

void TestGapCandidates::icpWithoutProfileHasNone() {
    QVERIFY(rankGapCandidates(example(), 2).empty());
    QVERIFY(rankGapCandidates(example(), 999).empty());
}

void TestGapCandidates::addLinkClosesTheGap() {
    // ICP 1 is covered by Strong Already; without it, it is a gap, and the top candidate's
    // link closes it.
    PortfolioData d = example();
    d.links.erase(d.links.begin() + 1);
    QVERIFY(computeCoverage(d).at(0).gap);
    const GapCandidate best = rankGapCandidates(d, 1).at(0);
    InfluenceLink added = gapCandidateLink(1, best);
    added.id = 500;
    QCOMPARE(added.strength, GapStrongStrength);
    d.links.push_back(added);
    QVERIFY(!computeCoverage(d).at(0).gap);
    for (const GapCandidate &c : rankGapCandidates(d, 1))
        QVERIFY(c.partnerId != best.partnerId);
}

void TestGapCandidates::demoGapHasCandidates() {
    const PortfolioData demo = demoPortfolio();
    const std::vector<IcpCoverage> coverage = computeCoverage(demo);
    int gaps = 0;
    for (const IcpCoverage &c : coverage) {
        if (!c.gap)
            continue;
        ++gaps;
        const std::vector<GapCandidate> candidates = rankGapCandidates(demo, c.icpId);
        QVERIFY(!candidates.empty());
        for (size_t i = 1; i < candidates.size(); ++i)
            QVERIFY(candidates[i - 1].score >= candidates[i].score);
    }
    QVERIFY(gaps > 0);
}

QTEST_GUILESS_MAIN(TestGapCandidates)
#include "tst_gapcandidates.moc"
