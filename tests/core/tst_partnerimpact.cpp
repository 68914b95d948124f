// SPDX-License-Identifier: GPL-3.0-or-later
// Partner impact on a hand-made deal log: every expected number below is worked out by hand in
// the comments (docs/economics.md, "Partner impact", has the same example), and the 90%
// interval is checked against Wilson bounds found by bisection and Newcombe's published example.
#include "core/economics/partnerimpact.h"

#include <QTest>

#include <cmath>

using namespace ps;

namespace {

enum : Id { A = 1, B, C };
enum : Id { Hospitals = 1, Retail };

QDate day(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Deal deal(Id id, std::vector<DealPartner> partners, double amount, DealOutcome outcome,
          const char *created, const char *closed, Buyer buyer = {}) {
    Deal d;
    d.id = id;
    d.name = QStringLiteral("Deal %1").arg(id);
    d.partners = std::move(partners);
    d.amount = amount;
    d.outcome = outcome;
    d.createdOn = day(created);
    d.closedOn = day(closed);
    d.buyer = std::move(buyer);
    return d;
}

DealPartner sourced(Id id) {
    return {id, Attribution::Sourced, QString()};
}

DealPartner influenced(Id id) {
    return {id, Attribution::Influenced, QString()};
}

Buyer buyer(const char *industry, const char *region, std::optional<int> employees) {
    return {QString(), QString(), QString::fromLatin1(industry), QString::fromLatin1(region),
            employees};
}

/// Partners A (reseller, gold), B (distributor, silver), C (referral); a minimum of 3 closed
/// deals. Deals 1-6 have partners, 7-12 are direct.
PortfolioData handMade() {
    using O = DealOutcome;
    PortfolioData d;
    d.info.minClosedDeals = 3;
    Partner a, b, c;
    a.id = A;
    a.name = QStringLiteral("Alpha Resellers");
    a.model = PartnerModel::Reseller;
    a.tier = PartnerTier::Gold;
    b.id = B;
    b.name = QStringLiteral("Bravo Distribution");
    b.model = PartnerModel::Distributor;
    b.tier = PartnerTier::Silver;
    c.id = C;
    c.name = QStringLiteral("Charlie Referrals");
    c.model = PartnerModel::Referral;
    d.partners = {a, b, c};
    Icp hospitals, retail;
    hospitals.id = Hospitals;
    hospitals.name = QStringLiteral("Hospitals");
    hospitals.industries = {QStringLiteral("Healthcare")};
    hospitals.sizeBand = QStringLiteral("500-5,000 employees");
    hospitals.regions = {QStringLiteral("DACH")};
    retail.id = Retail;
    retail.name = QStringLiteral("Retail");
    retail.industries = {QStringLiteral("Retail")};
    retail.regions = {QStringLiteral("EMEA")};
    d.icps = {hospitals, retail};
    d.deals = {
        // 60 days; Hospitals (Healthcare, Germany, 1,200)
        deal(1, {sourced(A), influenced(B)}, 100000, O::Won, "2025-01-01", "2025-03-02",
             buyer("Healthcare", "Germany", 1200)),
        // 20 days; Retail (France is in EMEA)
        deal(2, {influenced(A)}, 40000, O::Won, "2025-02-01", "2025-02-21",
             buyer("Retail", "France", 300)),
        deal(3, {sourced(A)}, 30000, O::Lost, "2025-03-01", "2025-04-01"),
        deal(4, {influenced(A)}, 50000, O::Open, "2025-05-01", ""),
        deal(5, {influenced(B)}, 20000, O::Lost, "2025-01-10", "2025-02-10"),
        deal(6, {sourced(C)}, 10000, O::Won, "2025-01-05", "2025-01-15"), // 10 days
        // direct: won 100 days (Hospitals: Healthcare, Austria, 800), lost (Retail, Spain)...
        deal(7, {}, 60000, O::Won, "2025-01-01", "2025-04-11", buyer("Healthcare", "Austria", 800)),
        deal(8, {}, 10000, O::Lost, "2025-01-01", "2025-02-01", buyer("Retail", "Spain", {})),
        deal(9, {}, 10000, O::Lost, "2025-01-01", "2025-02-01"),
        deal(10, {}, 10000, O::Lost, "2025-01-01", "2025-02-01"),
        deal(11, {}, 25000, O::Open, "2025-02-01", ""),
        deal(12, {}, 20000, O::Won, "2025-02-01", "2025-03-03"), // 30 days
    };
    return d;
}

/// The Wilson bound found by bisection on |p - phat| = z * sqrt(p (1 - p) / n): another way to
/// the same numbers than the closed form in the code.
double wilsonBound(int successes, int trials, double z, bool upper) {
    const double phat = double(successes) / trials;
    const auto gap = [&](double p) {
        return std::abs(p - phat) - z * std::sqrt(p * (1.0 - p) / trials);
    };
    // gap is negative at phat and positive far enough away on each side.
    double inside = phat, outside = upper ? 1.0 : 0.0;
    if (gap(outside) <= 0.0)
        return outside;
    for (int i = 0; i < 200; ++i) {
        const double mid = (inside + outside) / 2.0;
        (gap(mid) <= 0.0 ? inside : outside) = mid;
    }
    return (inside + outside) / 2.0;
}

} // namespace

class TestPartnerImpact : public QObject {
    Q_OBJECT

private slots:
    void programWithAndWithoutPartners() {
        const PartnerImpact impact = computePartnerImpact(handMade());
        QCOMPARE(impact.minClosedDeals, 3);
        // Deals 1-6: won 1, 2, 6; lost 3, 5; open 4.
        const ImpactMeasures &p = impact.partnerInvolved;
        QCOMPARE(p.deals, 6);
        QCOMPARE(p.won, 3);
        QCOMPARE(p.lost, 2);
        QCOMPARE(p.open, 1);
        QVERIFY(p.enough);
        QCOMPARE(*p.winRate, 0.6);         // 3 of 5 closed
        QCOMPARE(*p.avgWon, 50000.0);      // (100,000 + 40,000 + 10,000) / 3
        QCOMPARE(*p.cycleDays, 30.0);      // (60 + 20 + 10) / 3
        QCOMPARE(p.openPipeline, 50000.0); // deal 4
        QCOMPARE(p.sourced, 3);            // 1, 3 and 6 have a sourcing partner
        QCOMPARE(p.influenced, 3);         // 2, 4 and 5 only influenced
        QCOMPARE(p.sourcedWon, 2);         // 1 and 6: partner-sourced new customers
        QCOMPARE(p.attributedWonRevenue, 150000.0);
        // Deals 7-12: won 7 and 12, lost 8-10, open 11.
        const ImpactMeasures &d = impact.direct;
        QCOMPARE(d.deals, 6);
        QCOMPARE(*d.winRate, 0.4);    // 2 of 5
        QCOMPARE(*d.avgWon, 40000.0); // (60,000 + 20,000) / 2
        QCOMPARE(*d.cycleDays, 65.0); // (100 + 30) / 2
        QCOMPARE(d.openPipeline, 25000.0);
        QCOMPARE(d.sourced + d.influenced, 0); // direct deals have no partner to credit
        QCOMPARE(*impact.influencedPipelineShare, 50000.0 / 75000.0);
        QVERIFY(std::abs(*impact.winRateDifference - 0.2) < 1e-12);
    }

    void eachPartnerWithItsShareOfTheRevenue() {
        const PortfolioData data = handMade();
        const PartnerImpact impact = computePartnerImpact(data);
        QCOMPARE(impact.partners.size(), size_t(3));
        const ImpactRow &a = *impact.partner(A);
        QCOMPARE(a.name, QStringLiteral("Alpha Resellers"));
        QCOMPARE(a.with.deals, 4);
        QCOMPARE(a.with.won, 2);
        QCOMPARE(a.with.lost, 1);
        QVERIFY(a.with.enough); // 3 closed, 3 needed
        QCOMPARE(*a.with.winRate, 2.0 / 3.0);
        QCOMPARE(*a.with.avgWon, 70000.0); // (100,000 + 40,000) / 2
        QCOMPARE(*a.with.cycleDays, 40.0); // (60 + 20) / 2
        QCOMPARE(a.with.openPipeline, 50000.0);
        QCOMPARE(a.with.sourced, 2);    // deals 1 and 3
        QCOMPARE(a.with.influenced, 2); // deals 2 and 4
        // Half of deal 1 (shared with B) and all of deal 2.
        QCOMPARE(a.with.attributedWonRevenue, 90000.0);
        QCOMPARE(*a.without.winRate, 0.4); // the direct deals
        QVERIFY(std::abs(*a.winRateDifference - (2.0 / 3.0 - 0.4)) < 1e-12);

        const ImpactRow &b = *impact.partner(B);
        QCOMPARE(b.with.deals, 2);
        QCOMPARE(b.with.closed(), 2);
        QVERIFY(!b.with.enough);
        QVERIFY(!b.with.winRate && !b.with.avgWon && !b.with.cycleDays);
        QVERIFY(!b.winRateDifference && !b.differenceInterval);
        QCOMPARE(withheldReason(b.with, impact.minClosedDeals),
                 QStringLiteral("not enough deals: 2 closed, 3 needed"));
        QCOMPARE(b.with.attributedWonRevenue, 50000.0);
        QCOMPARE(b.with.influenced, 2);

        const ImpactRow &c = *impact.partner(C);
        QCOMPARE(c.with.attributedWonRevenue, 10000.0);
        // Attribution never adds up to more than the deals: the shares sum to the won amount.
        QCOMPARE(a.with.attributedWonRevenue + b.with.attributedWonRevenue +
                     c.with.attributedWonRevenue,
                 impact.partnerInvolved.wonAmount);
    }

    void minimumIsSettable() {
        ImpactOptions options;
        options.minClosedDeals = 2;
        const PartnerImpact impact = computePartnerImpact(handMade(), options);
        QCOMPARE(*impact.partner(B)->with.winRate, 0.5);
        options.minClosedDeals = 6; // more than either side has: nothing is compared
        const PartnerImpact strict = computePartnerImpact(handMade(), options);
        QVERIFY(!strict.partnerInvolved.winRate && !strict.direct.winRate);
        QVERIFY(!strict.winRateDifference);
        QCOMPARE(strict.partnerInvolved.deals, 6); // counts are facts: always there
    }

    void groupsByModelTierAndIcp() {
        const PartnerImpact impact = computePartnerImpact(handMade());
        QCOMPARE(impact.models.size(), size_t(3)); // reseller, distributor, referral
        const auto model = [&](PartnerModel m) -> const ImpactRow & {
            for (const ImpactRow &r : impact.models)
                if (r.key == toKey(m))
                    return r;
            qFatal("no model row");
        };
        QCOMPARE(model(PartnerModel::Reseller).with.deals, 4);
        QCOMPARE(model(PartnerModel::Distributor).with.attributedWonRevenue, 50000.0);
        QCOMPARE(model(PartnerModel::Referral).with.sourcedWon, 1);
        QCOMPARE(impact.tiers.size(), size_t(3));      // none, silver, gold
        QCOMPARE(impact.tiers.front().key, QString()); // no tier first, as enumerated
        QCOMPARE(impact.tiers.front().with.deals, 1);  // C

        // ICPs by the buyer: deal 1 and direct deal 7 are Hospitals (Healthcare in DACH with
        // 500-5,000 employees); deal 2 and direct deal 8 are Retail (France and Spain in EMEA).
        QCOMPARE(impact.icps.size(), size_t(2));
        const ImpactRow &hospitals = impact.icps[0];
        QCOMPARE(hospitals.with.deals, 1);
        QCOMPARE(hospitals.with.won, 1);
        QCOMPARE(hospitals.without.deals, 1);
        QCOMPARE(hospitals.without.wonAmount, 60000.0);
        const ImpactRow &retail = impact.icps[1];
        QCOMPARE(retail.with.wonAmount, 40000.0);
        QCOMPARE(retail.without.lost, 1);
    }

    void asOfLeavesOutLaterDeals() {
        ImpactOptions options;
        options.asOf = day("2025-03-15");
        const PartnerImpact impact = computePartnerImpact(handMade(), options);
        const ImpactRow &a = *impact.partner(A);
        QCOMPARE(a.with.deals, 3); // deal 4 was created after 15 March
        QCOMPARE(a.with.open, 1);  // deal 3 closed on 1 April: open on 15 March
        QCOMPARE(a.with.openPipeline, 30000.0);
        QCOMPARE(impact.direct.won, 1); // deal 7 closed on 11 April
    }

    void wilsonAgreesWithBisection_data() {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("trials");
        QTest::newRow("2 of 3") << 2 << 3;
        QTest::newRow("0 of 10") << 0 << 10;
        QTest::newRow("10 of 10") << 10 << 10;
        QTest::newRow("12 of 21") << 12 << 21;
        QTest::newRow("41 of 100") << 41 << 100;
    }

    void wilsonAgreesWithBisection() {
        QFETCH(int, successes);
        QFETCH(int, trials);
        const Interval w = wilsonInterval(successes, trials, Z90);
        QVERIFY(std::abs(w.low - wilsonBound(successes, trials, Z90, false)) < 1e-9);
        QVERIFY(std::abs(w.high - wilsonBound(successes, trials, Z90, true)) < 1e-9);
        QVERIFY(w.low <= double(successes) / trials && double(successes) / trials <= w.high);
    }

    void differenceIntervalMatchesNewcombe() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, table II, example (a): 56/70 - 48/80,
        // method 10 (hybrid score) at 95%: 0.0524 to 0.3339.
        const Interval ci = differenceInterval(56, 70, 48, 80, 1.959963984540054);
        QVERIFY2(std::abs(ci.low - 0.0524) < 5e-5, qPrintable(QString::number(ci.low, 'f', 6)));
        QVERIFY2(std::abs(ci.high - 0.3339) < 5e-5, qPrintable(QString::number(ci.high, 'f', 6)));
        // And at 90% on partner A (2 of 3) against direct (2 of 5), from bisected Wilson bounds.
        const PartnerImpact impact = computePartnerImpact(handMade());
        const Interval got = *impact.partner(A)->differenceInterval;
        const double p1 = 2.0 / 3.0, p2 = 0.4;
        const double l1 = wilsonBound(2, 3, Z90, false), u1 = wilsonBound(2, 3, Z90, true);
        const double l2 = wilsonBound(2, 5, Z90, false), u2 = wilsonBound(2, 5, Z90, true);
        const double low = p1 - p2 - std::sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
        const double high = p1 - p2 + std::sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
        QVERIFY(std::abs(got.low - low) < 1e-9);
        QVERIFY(std::abs(got.high - high) < 1e-9);
        QVERIFY(got.low < 0.0 && got.high > 0.0); // three deals prove nothing either way
    }

    void partnersNotInThePortfolioAreIgnored() {
        PortfolioData data = handMade();
        data.deals.push_back(
            deal(13, {sourced(99)}, 5000, DealOutcome::Won, "2025-01-01", "2025-01-02"));
        const PartnerImpact impact = computePartnerImpact(data);
        QCOMPARE(impact.partners.size(), size_t(3));
        QCOMPARE(impact.partnerInvolved.deals, 7); // the deal still has a partner
    }

    void emptyLog() {
        const PartnerImpact impact = computePartnerImpact(PortfolioData());
        QCOMPARE(impact.partnerInvolved.deals, 0);
        QVERIFY(!impact.influencedPipelineShare);
        QVERIFY(!impact.winRateDifference);
    }
};

QTEST_GUILESS_MAIN(TestPartnerImpact)
#include "tst_partnerimpact.moc"
