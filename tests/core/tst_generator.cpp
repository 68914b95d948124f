// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/generator.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace ps;

/// The generator feeds benchmarks and bug reproductions: "N partners, M ICPs, seed S" must
/// mean the same portfolio everywhere, and it must look like a real program.
class TestGenerator : public QObject {
    Q_OBJECT

private slots:
    void sizesAsRequested_data() {
        QTest::addColumn<int>("partners");
        QTest::addColumn<int>("icps");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("no icps") << 40 << 0;
        QTest::newRow("few icps") << 50 << 3;
        QTest::newRow("small") << 200 << 12;
        QTest::newRow("medium") << 3000 << 50;
    }
    void sizesAsRequested() {
        QFETCH(int, partners);
        QFETCH(int, icps);
        const PortfolioData data = generatePortfolio(partners, icps, 42);
        QCOMPARE(int(data.partners.size()), partners);
        QCOMPARE(int(data.icps.size()), icps);
        QCOMPARE(validate(data), QStringList());
        if (icps == 0)
            QVERIFY(data.links.empty());
        else
            QVERIFY(data.links.size() >= data.partners.size());
    }

    void aboutFiveLinksPerPartner() {
        const PortfolioData data = generatePortfolio(2000, 20, 7);
        const double perPartner = double(data.links.size()) / double(data.partners.size());
        QVERIFY2(perPartner >= 4.0 && perPartner <= 6.0, qPrintable(QString::number(perPartner)));
    }

    void linkPairsAreUnique() {
        const PortfolioData data = generatePortfolio(1500, 8, 11);
        QSet<QPair<Id, Id>> pairs;
        for (const InfluenceLink &l : data.links) {
            const QPair<Id, Id> pair(l.icpId, l.partnerId);
            QVERIFY(!pairs.contains(pair));
            pairs.insert(pair);
            QVERIFY(l.strength >= 0 && l.strength <= 5);
        }
    }

    void everyModelAndStatusPresent() {
        const PortfolioData data = generatePortfolio(500, 10, 3);
        QSet<int> models;
        QSet<int> statuses;
        for (const Partner &p : data.partners) {
            models.insert(int(*p.model));
            statuses.insert(int(p.status));
        }
        QCOMPARE(models.size(), int(enumValues<PartnerModel>().size()));
        QCOMPARE(statuses.size(), int(enumValues<PartnerStatus>().size()));
        // The smallest portfolio with all models: ten partners.
        QSet<int> tenModels;
        for (const Partner &p : generatePortfolio(10, 2, 99).partners)
            tenModels.insert(int(*p.model));
        QCOMPARE(tenModels.size(), 10);
    }

    void looksLikeARealProgram() {
        const PortfolioData data = generatePortfolio(3000, 20, 5);
        std::map<Id, const Partner *> byId;
        for (const Partner &p : data.partners)
            byId[p.id] = &p;
        int rated = 0;
        int layered = 0;
        double distributorRevenue = 0;
        double referralRevenue = 0;
        int distributors = 0;
        int referrals = 0;
        for (const Partner &p : data.partners) {
            rated += p.ratings.marketReach ? 1 : 0;
            if (p.status == PartnerStatus::Prospect) {
                QCOMPARE(p.economics.sourcedRevenue, 0.0);
                QVERIFY(!p.enrolledOn.isValid());
            }
            if (p.upstreamId != 0) {
                QCOMPARE(*byId.at(p.upstreamId)->model, PartnerModel::Distributor);
                ++layered;
            }
            if (p.status == PartnerStatus::Active && *p.model == PartnerModel::Distributor) {
                distributorRevenue += p.economics.sourcedRevenue;
                ++distributors;
            }
            if (p.status == PartnerStatus::Active && *p.model == PartnerModel::Referral) {
                referralRevenue += p.economics.sourcedRevenue;
                ++referrals;
            }
        }
        QVERIFY(rated > int(data.partners.size()) * 8 / 10);
        QVERIFY(layered > 0);
        QVERIFY(distributors > 0 && referrals > 0);
        QVERIFY(distributorRevenue / distributors > 10 * referralRevenue / referrals);
        QVERIFY(!data.oemDeals.empty());
        for (const OemDeal &d : data.oemDeals)
            QCOMPARE(*byId.at(d.partnerId)->model, PartnerModel::Oem);
    }

    void deterministicPerSeed() {
        const PortfolioData a = generatePortfolio(800, 15, 1234);
        const PortfolioData b = generatePortfolio(800, 15, 1234);
        const PortfolioData c = generatePortfolio(800, 15, 1235);
        QVERIFY(a == b);
        QVERIFY(a != c);
        QVERIFY(a.partners != c.partners);
        QVERIFY(a.links != c.links);
    }

    void largePortfolioHasBenchmarkShape() {
        // The benchmarks open 100,000 partners with about 500,000 links; speed is measured by
        // scripts/bench.sh, not asserted here.
        const PortfolioData data = generatePortfolio(100000, 50, 1);
        QCOMPARE(int(data.partners.size()), 100000);
        QCOMPARE(int(data.icps.size()), 50);
        QVERIFY(data.links.size() > 400000 && data.links.size() < 600000);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
