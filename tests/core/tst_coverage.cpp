// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/coverage.h"
#include "core/demo/demoportfolio.h"
#include "core/domain/scenario.h"

#include <QTest>

using namespace ps;

namespace {

Partner partner(Id id, std::optional<PartnerModel> model, PartnerStatus status, Id upstream = 0) {
    Partner p;
    p.id = id;
    p.name = QStringLiteral("Partner %1").arg(id);
    p.model = model;
    p.status = status;
    p.upstreamId = upstream;
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

/// The worked example of docs/coverage.md. Retail (1) is reached by an active reseller at 5, an
/// active VAR at 4, a dormant distributor at 4 and an exited OEM at 5; Hotels (2) by the
/// reseller at 2, an unclassified prospect at 3 and the exited OEM; Public (3) by nobody (one
/// link of strength 0). The reseller and the VAR buy through the distributor.
PortfolioData example() {
    PortfolioData d;
    for (Id id : {1, 2, 3}) {
        Icp icp;
        icp.id = id;
        icp.name = QStringList{QStringLiteral("Retail"), QStringLiteral("Hotels"),
                               QStringLiteral("Public")}
                       .at(int(id - 1));
        d.icps.push_back(icp);
    }
    d.partners = {partner(1, PartnerModel::Reseller, PartnerStatus::Active, 3),
                  partner(2, PartnerModel::ValueAddedReseller, PartnerStatus::Active, 3),
                  partner(3, PartnerModel::Distributor, PartnerStatus::Dormant),
                  partner(4, PartnerModel::Oem, PartnerStatus::Exited),
                  partner(5, std::nullopt, PartnerStatus::Prospect)};
    // Deliberately not in ICP or partner order: results must not depend on link order.
    d.links = {link(1, 2, 5, 3, LinkRole::CoSells), link(2, 1, 2, 4, LinkRole::Delivers),
               link(3, 1, 4, 5, LinkRole::Embeds),  link(4, 2, 1, 2, LinkRole::Influences),
               link(5, 1, 3, 4, LinkRole::Sources), link(6, 1, 1, 5, LinkRole::Sources),
               link(7, 2, 4, 5, LinkRole::Embeds),  link(8, 3, 2, 0, LinkRole::Sources)};
    return d;
}

double role(const IcpCoverage &c, LinkRole r) {
    return c.byRole[size_t(r)];
}

} // namespace

class TestCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workedExample();
    void gapThresholdAndDormantFactor();
    void influenceMatrix();
    void channelPathsThroughDistributor();
    void demoHasGapAndCoveredIcp();
};

void TestCoverage::workedExample() {
    const std::vector<IcpCoverage> c = computeCoverage(example());
    QCOMPARE(c.size(), size_t(3));
    // Reach per link 0.9 (s/5)^3: 5 -> 0.9, 4 -> 0.4608, 3 -> 0.1944, 2 -> 0.0576.
    // Retail: 1 - (1 - 0.9)(1 - 0.4608)(1 - 0.5 * 0.4608) = 0.958503168; the exited OEM is out.
    QCOMPARE(c[0].icpId, Id(1));
    QVERIFY(qFuzzyCompare(c[0].influence, 95.8503168));
    QCOMPARE(c[0].strongPartners, 3); // the dormant distributor still has a strong link
    QCOMPARE(c[0].linkedPartners, 3);
    QVERIFY(!c[0].gap);
    QVERIFY(qFuzzyCompare(role(c[0], LinkRole::Sources), 100.0 * (1.0 - 0.1 * 0.7696)));
    QVERIFY(qFuzzyCompare(role(c[0], LinkRole::Delivers), 46.08));
    QCOMPARE(role(c[0], LinkRole::Embeds), 0.0);
    QCOMPARE(role(c[0], LinkRole::CoSells), 0.0);
    // Hotels: 1 - (1 - 0.0576)(1 - 0.1944) = 0.24080256; nobody strong, so a gap.
    QVERIFY(qFuzzyCompare(c[1].influence, 24.080256));
    QCOMPARE(c[1].strongPartners, 0);
    QCOMPARE(c[1].linkedPartners, 2);
    QVERIFY(c[1].gap);
    QVERIFY(qFuzzyCompare(role(c[1], LinkRole::Influences), 5.76));
    QVERIFY(qFuzzyCompare(role(c[1], LinkRole::CoSells), 19.44));
    // Public: a strength-0 link reaches nobody.
    QCOMPARE(c[2].influence, 0.0);
    QCOMPARE(c[2].linkedPartners, 0);
    QVERIFY(c[2].gap);
    // Overall influence is never below the best single role.
    for (const IcpCoverage &ic : c)
        for (double r : ic.byRole)
            QVERIFY(ic.influence >= r);
}

void TestCoverage::gapThresholdAndDormantFactor() {
    CoverageOptions options;
    options.minStrongPartners = 3;
    std::vector<IcpCoverage> c = computeCoverage(example(), options);
    QVERIFY(!c[0].gap); // three strong partners
    // Without dormant partners Retail loses the distributor: two strong partners, a gap at 3.
    options.dormantFactor = 0.0;
    c = computeCoverage(example(), options);
    QCOMPARE(c[0].strongPartners, 2);
    QVERIFY(c[0].gap);
    QVERIFY(qFuzzyCompare(c[0].influence, 100.0 * (1.0 - 0.1 * 0.5392)));
    // A dormant partner at full weight counts like an active one.
    options.dormantFactor = 1.0;
    c = computeCoverage(example(), options);
    QVERIFY(qFuzzyCompare(c[0].influence, 100.0 * (1.0 - 0.1 * 0.5392 * 0.5392)));
    // Reactivating the exited OEM adds its strength-5 links.
    PortfolioData data = example();
    data.partners[3].status = PartnerStatus::Active;
    c = computeCoverage(data);
    QCOMPARE(c[1].strongPartners, 1);
    QVERIFY(!c[1].gap);
    QVERIFY(qFuzzyCompare(c[1].influence, 100.0 * (1.0 - 0.9424 * 0.8056 * 0.1)));
}

void TestCoverage::influenceMatrix() {
    const InfluenceMatrix m = computeInfluenceMatrix(example());
    QCOMPARE(m.icpIds, (std::vector<Id>{1, 2, 3}));
    QCOMPARE(m.cells.size(), size_t(3));
    const auto cell = [&](size_t row, std::optional<PartnerModel> model) {
        return m.cells[row][size_t(profileIndex(model))];
    };
    QCOMPARE(cell(0, PartnerModel::Reseller), 5.0);
    QCOMPARE(cell(0, PartnerModel::ValueAddedReseller), 4.0);
    QCOMPARE(cell(0, PartnerModel::Distributor), 4.0);
    QCOMPARE(cell(0, PartnerModel::Oem), 0.0); // exited
    QCOMPARE(cell(1, PartnerModel::Reseller), 2.0);
    QCOMPARE(cell(1, std::nullopt), 3.0);
    double sum = 0.0;
    for (double v : m.cells[2])
        sum += v;
    QCOMPARE(sum, 0.0);
    QCOMPARE(m.maximum(), 5.0);
}

void TestCoverage::channelPathsThroughDistributor() {
    const std::vector<ChannelPath> paths = channelPaths(example());
    QCOMPARE(paths.size(), size_t(3));
    // Retail through the distributor by the reseller (5) and the VAR (4), then Hotels (2).
    QCOMPARE(paths[0].icpId, Id(1));
    QCOMPARE(paths[0].partnerId, Id(1));
    QCOMPARE(paths[0].upstreamId, Id(3));
    QCOMPARE(paths[0].strength, 5);
    QCOMPARE(paths[1].partnerId, Id(2));
    QCOMPARE(paths[1].strength, 4);
    QCOMPARE(paths[2].icpId, Id(2));
    QCOMPARE(paths[2].partnerId, Id(1));
    QCOMPARE(paths[2].strength, 2);

    const PortfolioData demo = demoPortfolio();
    const std::vector<ChannelPath> demoPaths = channelPaths(demo);
    QVERIFY(!demoPaths.empty());
    for (const ChannelPath &p : demoPaths) {
        const auto upstream = std::find_if(demo.partners.begin(), demo.partners.end(),
                                           [&](const Partner &q) { return q.id == p.upstreamId; });
        QVERIFY(upstream != demo.partners.end());
        QCOMPARE(upstream->model, std::optional<PartnerModel>(PartnerModel::Distributor));
    }
}

void TestCoverage::demoHasGapAndCoveredIcp() {
    const PortfolioData demo = demoPortfolio();
    const std::vector<IcpCoverage> c = computeCoverage(demo);
    QCOMPARE(c.size(), demo.icps.size());
    // Hospitality groups: many weak links (21 partners at strength 1-2) but nobody strong, so a
    // gap with the lowest influence of all; the weak links must not add up to full coverage.
    const auto hospitality = std::find_if(demo.icps.begin(), demo.icps.end(), [](const Icp &icp) {
        return icp.name == QLatin1String("Hospitality groups");
    });
    QVERIFY(hospitality != demo.icps.end());
    const IcpCoverage &h = c[size_t(hospitality - demo.icps.begin())];
    QVERIFY(h.gap);
    QCOMPARE(h.strongPartners, 0);
    QVERIFY(h.linkedPartners >= 10);
    QVERIFY(h.influence < 60.0);
    int wellCovered = 0;
    for (const IcpCoverage &ic : c) {
        if (ic.icpId != h.icpId)
            QVERIFY(ic.influence > h.influence);
        if (!ic.gap && ic.strongPartners >= 3 && ic.influence >= 90.0)
            ++wellCovered;
    }
    QVERIFY(wellCovered >= 1);
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
