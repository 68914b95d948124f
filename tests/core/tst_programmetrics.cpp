// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/economics/oemassessment.h"
#include "core/economics/programmetrics.h"

#include <QLocale>
#include <QTest>

using namespace ps;

namespace {

QDate day(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Partner partner(Id id, const char *name, PartnerModel model, PartnerStatus status,
                const char *enrolled, double influenced, double investment) {
    Partner p;
    p.id = id;
    p.name = QString::fromLatin1(name);
    p.model = model;
    p.status = status;
    p.enrolledOn = day(enrolled);
    p.economics.influencedRevenue = influenced;
    p.economics.investment.mdf = investment;
    return p;
}

Activity activity(Id id, Id partnerId, const char *date, ActivityKind kind) {
    Activity a;
    a.id = id;
    a.partnerId = partnerId;
    a.date = day(date);
    a.kind = kind;
    return a;
}

Deal deal(Id id, Id partnerId, double amount, DealOutcome outcome, const char *created,
          const char *closed = "") {
    Deal d;
    d.id = id;
    d.name = QStringLiteral("Deal %1").arg(id);
    if (partnerId != 0)
        d.partners = {{partnerId, Attribution::Influenced, QString()}};
    d.amount = amount;
    d.outcome = outcome;
    d.createdOn = day(created);
    d.closedOn = day(closed);
    return d;
}

enum : Id { Alpha = 1, Bravo, Charlie, Delta, Echo, Foxtrot };

/// The hand-made log of docs/economics.md, "Worked example". Every expected number in the tests
/// below is worked out by hand there.
PortfolioData handMade() {
    using M = PartnerModel;
    using S = PartnerStatus;
    using K = ActivityKind;
    using O = DealOutcome;
    PortfolioData d;
    d.info.currency = QStringLiteral("EUR");
    d.partners = {
        partner(Alpha, "Alpha", M::Reseller, S::Active, "2024-01-10", 30000, 10000),
        partner(Bravo, "Bravo", M::Isv, S::Active, "2025-01-01", 10000, 20000),
        partner(Charlie, "Charlie", M::Reseller, S::Dormant, "2023-06-01", 0, 5000),
        partner(Delta, "Delta", M::Oem, S::Exited, "2022-01-01", 60000, 0),
        partner(Echo, "Echo", M::Referral, S::Onboarding, "2026-02-01", 0, 0),
        partner(Foxtrot, "Foxtrot", M::Referral, S::Prospect, "", 0, 0),
    };
    d.partners[1].firstCommercialOn = day("2025-04-01"); // the log knows an earlier one
    d.partners[2].firstCommercialOn = day("2023-09-01"); // earlier than the log's first
    d.partners[3].firstCommercialOn = day("2022-01-21");
    JointCommercialModel complete{true, Owner::Vendor, Owner::Partner, Owner::Shared};
    d.partners[0].commercialModel = complete;
    d.partners[1].commercialModel = {true, Owner::Vendor, Owner::Undefined, Owner::Undefined};
    d.partners[3].commercialModel = complete;
    d.activities = {
        activity(1, Alpha, "2024-03-10", K::LeadReferred),
        activity(2, Alpha, "2025-01-20", K::JointCall),
        activity(3, Alpha, "2026-04-20", K::DealRegistered),
        activity(4, Bravo, "2025-01-15", K::Training),
        activity(5, Bravo, "2025-03-12", K::JointCall),
        activity(6, Bravo, "2025-06-01", K::JointCall),
        activity(7, Bravo, "2026-04-10", K::CoMarketing),
        activity(8, Charlie, "2024-08-01", K::LeadReferred),
        activity(9, Delta, "2024-06-01", K::JointCall),
        activity(10, Echo, "2026-02-10", K::Training),
    };
    d.deals = {
        deal(1, Alpha, 40000, O::Won, "2025-10-01", "2026-01-15"),
        deal(2, Bravo, 20000, O::Won, "2025-11-01", "2026-02-01"),
        deal(3, Alpha, 30000, O::Lost, "2025-12-01", "2026-03-01"),
        deal(4, Bravo, 50000, O::Open, "2026-01-05"),
        deal(5, 0, 10000, O::Won, "2026-01-10", "2026-03-10"),
        deal(6, 0, 12000, O::Lost, "2025-09-01", "2025-12-01"),
        deal(7, 0, 8000, O::Lost, "2025-09-15", "2025-11-20"),
        deal(8, 0, 150000, O::Open, "2026-04-01"),
        deal(9, 0, 14000, O::Won, "2026-03-01", "2026-05-15"),
    };
    OemDeal oem;
    oem.id = 1;
    oem.partnerId = Delta;
    oem.name = QStringLiteral("Delta kiosk");
    oem.needsOfferFaster = true;
    oem.reachesNewSegment = true;
    oem.perUnitRoyalty = 2.0;
    oem.setupFee = 500.0;
    oem.costPerUnit = 3.0;
    oem.volumes = {100.0, 1000.0};
    oem.exitClause = QStringLiteral("90 days' notice.");
    oem.brandOwner = Owner::Vendor;
    oem.roadmapAligned = true;
    d.oemDeals = {oem};
    return d;
}

const ModelRoi *roiOf(const ProgramMetrics &m, PartnerModel model) {
    for (const ModelRoi &row : m.roiByModel)
        if (row.model == model)
            return &row;
    return nullptr;
}

} // namespace

/// Seed 001's program metrics on a log small enough to check by hand (docs/economics.md).
class TestProgramMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void asOfDefaultsToTheLatestLogDate() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        QCOMPARE(m.asOf, day("2026-05-15")); // deal 9 closed that day
        QCOMPARE(m.quarterStart, day("2026-04-01"));
        QCOMPARE(quarterStartOf(day("2026-12-31")), day("2026-10-01"));
        QCOMPARE(quarterStartOf(day("2026-01-01")), day("2026-01-01"));
    }

    void activePartnerRate() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Alpha, Bravo, Charlie (dormant) and Echo (onboarding); not Delta (exited) nor Foxtrot
        // (never enrolled). Only Alpha has a commercial activity in Q2 2026: Bravo's is
        // co-marketing.
        QCOMPARE(m.eligiblePartners, 4);
        QCOMPARE(m.activePartners, 1);
        QCOMPARE(m.activePartnerRate, 0.25);
    }

    void medianDaysToFirstActivity() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Delta 20, Alpha 60, Bravo 70 (the log's 2025-03-12 beats the recorded 2025-04-01),
        // Charlie 92 (the recorded 2023-09-01 beats the log's 2024-08-01): median (60 + 70) / 2.
        QCOMPARE(m.partnersWithFirstActivity, 4);
        QVERIFY(m.medianDaysToFirstActivity.has_value());
        QCOMPARE(*m.medianDaysToFirstActivity, 65.0);
    }

    void retention() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Active 2024-05-16..2025-05-15: Alpha, Bravo, Charlie, Delta. Still active
        // 2025-05-16..2026-05-15: Alpha and Bravo.
        QCOMPARE(m.retentionBase, 4);
        QCOMPARE(m.retained, 2);
        QVERIFY(m.retention.has_value());
        QCOMPARE(*m.retention, 0.5);
    }

    void dealsPartnerVersusDirect() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        QCOMPARE(m.partnerDeals.won, 2);
        QCOMPARE(m.partnerDeals.lost, 1);
        QCOMPARE(m.partnerDeals.open, 1);
        QCOMPARE(*m.partnerDeals.winRate, 2.0 / 3.0);
        QCOMPARE(*m.partnerDeals.avgDealSize, 30000.0);
        QCOMPARE(m.partnerDeals.pipeline, 50000.0);
        QCOMPARE(m.directDeals.won, 2);
        QCOMPARE(m.directDeals.lost, 2);
        QCOMPARE(*m.directDeals.winRate, 0.5);
        QCOMPARE(*m.directDeals.avgDealSize, 12000.0);
        QCOMPARE(m.directDeals.pipeline, 150000.0);
        QCOMPARE(*m.influencedPipelineShare, 0.25);
    }

    void anEarlierAsOfSeesTheLogAsItWasThen() {
        const ProgramMetrics m = computeProgramMetrics(handMade(), day("2026-02-15"));
        QCOMPARE(m.quarterStart, day("2026-01-01"));
        QCOMPARE(m.eligiblePartners, 4); // Echo enrolled on 2026-02-01
        QCOMPARE(m.activePartners, 0);
        // Deals 3 and 5 closed after 2026-02-15: open then. Deals 8 and 9 did not exist yet.
        QCOMPARE(m.partnerDeals.won, 2);
        QCOMPARE(m.partnerDeals.lost, 0);
        QCOMPARE(m.partnerDeals.pipeline, 80000.0);
        QCOMPARE(*m.partnerDeals.winRate, 1.0);
        QCOMPARE(m.directDeals.won, 0);
        QCOMPARE(m.directDeals.lost, 2);
        QCOMPARE(*m.directDeals.winRate, 0.0);
        QVERIFY(!m.directDeals.avgDealSize.has_value());
        QCOMPARE(m.directDeals.pipeline, 10000.0);
        QCOMPARE(*m.influencedPipelineShare, 80000.0 / 90000.0);
    }

    void roiByModel() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Models with partners, in enumeration order: referral, reseller, OEM, ISV.
        QCOMPARE(m.roiByModel.size(), size_t(4));
        QCOMPARE(m.roiByModel[0].model, PartnerModel::Referral);
        QCOMPARE(m.roiByModel[0].partners, 2);
        QVERIFY(!m.roiByModel[0].roi.has_value()); // nothing invested
        const ModelRoi *reseller = roiOf(m, PartnerModel::Reseller);
        QVERIFY(reseller);
        QCOMPARE(reseller->influencedRevenue, 30000.0);
        QCOMPARE(reseller->investment, 15000.0);
        QCOMPARE(*reseller->roi, 1.0); // (30,000 - 15,000) / 15,000
        QCOMPARE(*roiOf(m, PartnerModel::Isv)->roi, -0.5);
        QVERIFY(!roiOf(m, PartnerModel::Oem)->roi.has_value());
        QVERIFY(!roiOf(m, PartnerModel::Distributor));
    }

    void hhi() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Shares 30%, 10% and 60%: 900 + 100 + 3,600.
        QCOMPARE(m.hhi, 4600.0);
        QCOMPARE(m.hhiBand, HhiBand::High);
        QCOMPARE(m.largestShareName, QStringLiteral("Delta"));
        QCOMPARE(m.largestShare, 60.0);
    }

    void hhiBands_data() {
        QTest::addColumn<double>("hhi");
        QTest::addColumn<QString>("band");
        QTest::newRow("zero") << 0.0 << QStringLiteral("unconcentrated");
        QTest::newRow("just below 1,000") << 999.9 << QStringLiteral("unconcentrated");
        QTest::newRow("1,000") << 1000.0 << QStringLiteral("moderate");
        QTest::newRow("1,800") << 1800.0 << QStringLiteral("moderate");
        QTest::newRow("just above 1,800") << 1800.1 << QStringLiteral("high");
        QTest::newRow("monopoly") << 10000.0 << QStringLiteral("high");
    }

    void hhiBands() {
        QFETCH(double, hhi);
        QFETCH(QString, band);
        QCOMPARE(toKey(hhiBand(hhi)), band);
        QVERIFY(!label(hhiBand(hhi)).isEmpty());
    }

    void equalSharesGiveTenThousandOverN() {
        PortfolioData d;
        for (Id id = 1; id <= 8; ++id)
            d.partners.push_back(
                partner(id, "P", PartnerModel::Isv, PartnerStatus::Active, "2025-01-01", 5000, 0));
        QCOMPARE(computeProgramMetrics(d, day("2026-01-01")).hhi, 1250.0);
    }

    void commercialModelGaps() {
        const ProgramMetrics m = computeProgramMetrics(handMade());
        // Active and onboarding partners only: Charlie (dormant) is not listed.
        QCOMPARE(m.commercialModelGaps.size(), size_t(2));
        QCOMPARE(m.commercialModelGaps[0].partnerName, QStringLiteral("Bravo"));
        QCOMPARE(m.commercialModelGaps[0].missing,
                 QStringList({QStringLiteral("customer success"), QStringLiteral("renewal")}));
        QCOMPARE(m.commercialModelGaps[1].partnerName, QStringLiteral("Echo"));
        QCOMPARE(m.commercialModelGaps[1].missing.size(), 4);
    }

    void emptyLogs() {
        PortfolioData d = handMade();
        d.activities.clear();
        d.deals.clear();
        const ProgramMetrics m = computeProgramMetrics(d, day("2026-05-15"));
        QCOMPARE(m.activePartners, 0);
        QCOMPARE(m.activePartnerRate, 0.0);
        QVERIFY(!m.retention.has_value());
        QVERIFY(!m.influencedPipelineShare.has_value());
        QVERIFY(!m.partnerDeals.winRate.has_value());
        // The recorded first dates still give a time to first activity: 20, 92 and Bravo's 90.
        QCOMPARE(*m.medianDaysToFirstActivity, 90.0);
        // No log: nothing to date the metrics by, so today.
        QCOMPARE(computeProgramMetrics(d).asOf, QDate::currentDate());
    }

    void attentionOnTheHandMadeLog() {
        const PortfolioData d = handMade();
        const std::vector<AttentionItem> items = attentionItems(d, computeProgramMetrics(d));
        QStringList seen;
        for (const AttentionItem &item : items)
            seen << item.partnerName + QLatin1Char('|') + item.what;
        const QStringList expected = {
            QStringLiteral("Delta|OEM deal likely a distraction"),
            QStringLiteral("Delta|Royalty breaks at scale"),
            QStringLiteral("Bravo|Joint commercial model incomplete"),
            QStringLiteral("Charlie|Dormant partner still funded"),
            QStringLiteral("Bravo|No commercial activity for two quarters"),
            QStringLiteral("|Partner revenue highly concentrated"),
            QStringLiteral("|Negative ROI: ISV / technology"),
            QStringLiteral("Echo|Joint commercial model incomplete"),
        };
        QCOMPARE(seen.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            // The model label comes from the enumeration: compare up to it.
            const QString &e = expected[i];
            QVERIFY2(seen[i] == e || (e.startsWith(QLatin1String("|Negative ROI")) &&
                                      seen[i].startsWith(QLatin1String("|Negative ROI"))),
                     qPrintable(seen.join(QLatin1String("\n"))));
        }
        QCOMPARE(items.front().severity, AttentionItem::Severity::Critical);
        QCOMPARE(items.back().severity, AttentionItem::Severity::Info);
        QCOMPARE(items[4].partnerId, Id(Bravo));

        // The reasons carry the numbers.
        const QLocale locale;
        QVERIFY2(items[0].reason.contains(QLatin1String("2 of the four conditions")),
                 qPrintable(items[0].reason));
        QVERIFY2(items[1].reason.contains(locale.toString(-1.0, 'f', 2)) &&
                     items[1].reason.contains(locale.toString(4.0, 'f', 2)) &&
                     items[1].reason.contains(QLatin1String("year 2")),
                 qPrintable(items[1].reason));
        QVERIFY2(items[3].reason.contains(locale.toString(5000.0, 'f', 0)),
                 qPrintable(items[3].reason));
        QVERIFY2(items[4].reason.contains(QLatin1String("2025-06-01")) &&
                     items[4].reason.contains(QLatin1String("348 days")),
                 qPrintable(items[4].reason));
        QVERIFY2(items[5].reason.contains(locale.toString(4600.0, 'f', 0)) &&
                     items[5].reason.contains(QLatin1String("Delta")),
                 qPrintable(items[5].reason));
        QVERIFY2(items[6].reason.contains(QLatin1String("-50%")), qPrintable(items[6].reason));
        for (const AttentionItem &item : items)
            QVERIFY2(!item.reason.contains(QLatin1String("%1")), qPrintable(item.reason));
    }

    void fixingTheProblemsEmptiesTheList() {
        PortfolioData d = handMade();
        d.oemDeals.clear();
        for (Partner &p : d.partners) {
            p.commercialModel = {true, Owner::Vendor, Owner::Partner, Owner::Shared};
            p.economics.investment = {};
            p.economics.influencedRevenue = 10000; // six equal shares: HHI 1,667
        }
        d.activities.push_back(activity(11, Bravo, "2026-05-02", ActivityKind::LeadReferred));
        const ProgramMetrics m = computeProgramMetrics(d);
        QCOMPARE(m.hhiBand, HhiBand::Moderate);
        QCOMPARE(int(attentionItems(d, m).size()), 0);
    }

    void demoShowsEveryMetric() {
        const PortfolioData demo = demoPortfolio();
        const ProgramMetrics m = computeProgramMetrics(demo);
        QVERIFY2(m.activePartnerRate > 0.3 && m.activePartnerRate < 0.9,
                 qPrintable(QString::number(m.activePartnerRate)));
        QVERIFY(m.medianDaysToFirstActivity && *m.medianDaysToFirstActivity > 30.0);
        QVERIFY(m.retention && *m.retention > 0.5 && *m.retention < 1.0);
        QVERIFY(m.influencedPipelineShare && *m.influencedPipelineShare > 0.3 &&
                *m.influencedPipelineShare < 0.9);
        // Seed 001: partner-influenced deals win more often and are larger.
        QVERIFY(*m.partnerDeals.winRate > *m.directDeals.winRate);
        QVERIFY(*m.partnerDeals.avgDealSize > *m.directDeals.avgDealSize);
        QVERIFY(m.partnerDeals.open > 0 && m.directDeals.open > 0);
        bool negative = false;
        for (const ModelRoi &row : m.roiByModel)
            negative = negative || (row.roi && *row.roi < 0.0);
        QVERIFY(negative);
        QVERIFY(m.hhi > 0.0);
        QVERIFY(!m.commercialModelGaps.empty());

        const std::vector<AttentionItem> items = attentionItems(demo, m);
        QStringList whats;
        for (const AttentionItem &item : items)
            whats << item.what;
        for (const char *what :
             {"OEM deal likely a distraction", "Royalty breaks at scale", "Exclusivity trap",
              "OEM failure modes", "Joint commercial model incomplete",
              "Dormant partner still funded", "No commercial activity for two quarters"})
            QVERIFY2(whats.contains(QString::fromLatin1(what)), what);
        QVERIFY(std::any_of(whats.begin(), whats.end(), [](const QString &w) {
            return w.startsWith(QLatin1String("Negative ROI"));
        }));
    }
};

QTEST_GUILESS_MAIN(TestProgramMetrics)
#include "tst_programmetrics.moc"
