// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/deals.h"
#include "core/generate/generator.h"
#include "core/generate/generator_parts.h"

#include <QSet>
#include <QTest>

#include <map>
#include <set>

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

    void logsAreDeterministicAndLeaveTheRestAsItWas() {
        const PortfolioData a = generatePortfolio(800, 15, 1234);
        const PortfolioData b = generatePortfolio(800, 15, 1235);
        QVERIFY(!a.activities.empty());
        QVERIFY(!a.deals.empty());
        QVERIFY(a.activities != b.activities);
        QVERIFY(a.deals != b.deals);
        // The logs draw from their own stream: synthesizing them again from the same seed
        // leaves partners, links and OEM deals untouched and gives the same logs.
        PortfolioData again = a;
        again.activities.clear();
        again.deals.clear();
        generate::generateLogs(again, 1234);
        QVERIFY(again == a);
    }

    void logsFollowTheLifecycle() {
        const PortfolioData data = generatePortfolio(3000, 20, 7);
        QCOMPARE(validate(data), QStringList());
        std::map<Id, const Partner *> byId;
        for (const Partner &p : data.partners)
            byId[p.id] = &p;
        const QDate start(2024, 1, 1), end(2025, 12, 31);
        std::map<PartnerStatus, int> commercial;
        for (const Activity &a : data.activities) {
            QVERIFY(a.date >= start && a.date <= end);
            const Partner &p = *byId.at(a.partnerId);
            QVERIFY2(p.status != PartnerStatus::Prospect, qPrintable(p.name));
            if (isCommercial(a.kind))
                ++commercial[p.status];
        }
        QVERIFY(commercial[PartnerStatus::Active] > 10 * commercial[PartnerStatus::Dormant]);
        QVERIFY(commercial[PartnerStatus::Dormant] > 0);
        // Ids in date order, from 1.
        for (size_t i = 0; i < data.activities.size(); ++i) {
            QCOMPARE(data.activities[i].id, Id(i + 1));
            if (i > 0)
                QVERIFY(data.activities[i - 1].date <= data.activities[i].date);
        }
        int partnerDeals = 0, direct = 0, won = 0, open = 0;
        for (const Deal &d : data.deals) {
            QVERIFY(d.amount > 0);
            QVERIFY(d.icpId != 0);
            (d.partnerInfluenced() ? partnerDeals : direct) += 1;
            won += d.outcome == DealOutcome::Won ? 1 : 0;
            open += d.outcome == DealOutcome::Open ? 1 : 0;
            QCOMPARE(d.closedOn.isValid(), d.outcome != DealOutcome::Open);
            if (d.closedOn.isValid())
                QVERIFY(d.closedOn >= d.createdOn && d.closedOn <= end);
        }
        QVERIFY(partnerDeals > direct && direct > 0);
        QVERIFY(won > 0 && open > 0);
        // Every won partner deal has its "deal closed" activity on the day it closed.
        std::set<std::pair<Id, QDate>> closings;
        for (const Activity &a : data.activities)
            if (a.kind == ActivityKind::DealClosed)
                closings.insert({a.partnerId, a.date});
        // (the deal's first partner: the one whose rhythm made it).
        int several = 0, sourced = 0;
        for (const Deal &d : data.deals) {
            if (d.partnerInfluenced() && d.outcome == DealOutcome::Won)
                QVERIFY(closings.count({d.partners.front().partnerId, d.closedOn}) == 1);
            several += d.partners.size() > 1 ? 1 : 0;
            for (const DealPartner &p : d.partners)
                sourced += p.role == Attribution::Sourced ? 1 : 0;
            QVERIFY(d.crm.isSet());
            QVERIFY(!d.buyer.industry.isEmpty() && !d.buyer.region.isEmpty());
        }
        // Several partners on some deals (distributors, co-sellers), some of them sourced.
        QVERIFY(several > 0 && sourced > 0);
    }

    void appendedDealsForBenchmarks() {
        PortfolioData data = generatePortfolio(200, 5, 3);
        const size_t before = data.deals.size();
        generate::appendDeals(data, 2000, 3);
        QCOMPARE(data.deals.size(), before + 2000);
        size_t rows = 0, direct = 0;
        for (size_t i = before; i < data.deals.size(); ++i) {
            rows += data.deals[i].partners.size();
            direct += data.deals[i].partners.empty() ? 1 : 0;
        }
        // 1.5 partners per deal on average counting the direct tenth (5/3 per partner deal).
        const double perDeal = double(rows) / 2000.0;
        QVERIFY2(perDeal > 1.4 && perDeal < 1.6, qPrintable(QString::number(perDeal)));
        QVERIFY(direct > 120 && direct < 280);
        QVERIFY(validate(data).isEmpty());
        PortfolioData again = generatePortfolio(200, 5, 3);
        generate::appendDeals(again, 2000, 3);
        QVERIFY(again.deals == data.deals);
    }

    void largePortfolioHasBenchmarkShape() {
        // The benchmarks open 100,000 partners with about 500,000 links; speed is measured by
        // scripts/bench.sh, not asserted here.
        const PortfolioData data = generatePortfolio(100000, 50, 1);
        QCOMPARE(int(data.partners.size()), 100000);
        QCOMPARE(int(data.icps.size()), 50);
        QVERIFY(data.links.size() > 400000 && data.links.size() < 600000);
        // Logs under two rows per partner, so opening the file stays a partner benchmark.
        const size_t rows = data.activities.size() + data.deals.size();
        QVERIFY2(rows > 100000 && rows < 200000, qPrintable(QString::number(rows)));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
