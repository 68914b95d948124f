// SPDX-License-Identifier: GPL-3.0-or-later
// The royalty model of seed 000 against tables computed by hand: both tier modes with an
// escalator, a floor and a setup fee, a year without units, the break-at-scale flag, the
// validation of terms, and term sheets in JSON (round trip and every kind of bad input).
#include "core/economics/royalty.h"

#include <QTest>

using namespace ps;

namespace {

/// docs/royalty.md's worked example: base rate 3.00 below 500 units, 2.00 from 500, 1.50 from
/// 2,000; 10% escalator; floor 2,000; setup fee 5,000; cost 1.20 per unit; 400, 1,500, 6,000
/// units.
RoyaltyTerms workedExample(RoyaltyTierMode mode) {
    RoyaltyTerms t;
    t.tiers = {{500, 2.0}, {2000, 1.5}};
    t.baseRate = 3.0;
    t.tierMode = mode;
    t.escalatorPct = 10.0;
    t.minAnnual = 2000.0;
    t.setupFee = 5000.0;
    t.costPerUnit = 1.2;
    t.volumes = {400, 1500, 6000};
    return t;
}

/// Priced for the pilot: 2.00 per unit, but every unit drops to 0.80 from 10,000 units
/// (all_units), against a cost of 1.00 per unit.
RoyaltyTerms pilotPriced() {
    RoyaltyTerms t;
    t.tiers = {{0, 2.0}, {10000, 0.8}};
    t.tierMode = RoyaltyTierMode::AllUnits;
    t.costPerUnit = 1.0;
    t.volumes = {1000, 5000, 20000};
    return t;
}

void compareYear(const RoyaltyYear &y, int year, double units, double royalty, double revenue,
                 double cost, double margin, double marginPerUnit) {
    QCOMPARE(y.year, year);
    QCOMPARE(y.units, units);
    QCOMPARE(y.royalty, royalty);
    QCOMPARE(y.revenue, revenue);
    QCOMPARE(y.cost, cost);
    QCOMPARE(y.margin, margin);
    QCOMPARE(y.marginPerUnit, marginPerUnit);
}

} // namespace

class TestRoyalty : public QObject {
    Q_OBJECT

private slots:
    void marginalWithEscalatorFloorAndSetupFee() {
        const RoyaltyTerms terms = workedExample(RoyaltyTierMode::Marginal);
        QVERIFY(validateTerms(terms).isEmpty());
        const RoyaltyResult r = simulateRoyalty(terms);
        QCOMPARE(r.years.size(), size_t(3));
        // Year 1, rates x 1.00: 400 units all below 500 at the base rate: 400 x 3.00 = 1,200,
        // under the floor, so 2,000. Revenue 2,000 + setup 5,000 = 7,000; cost 400 x 1.20 =
        // 480; margin 6,520; per unit 6,520 / 400 = 16.30.
        compareYear(r.years[0], 1, 400, 2000, 7000, 480, 6520, 16.3);
        // Year 2, rates x 1.10: 500 x 3.00 + 1,000 x 2.00 = 3,500; x 1.10 = 3,850. Cost
        // 1,500 x 1.20 = 1,800; margin 2,050; per unit 2,050 / 1,500 = 1.3666...
        compareYear(r.years[1], 2, 1500, 3850, 3850, 1800, 2050, 2050.0 / 1500.0);
        // Year 3, rates x 1.21: 500 x 3.00 + 1,500 x 2.00 + 4,000 x 1.50 = 10,500; x 1.21 =
        // 12,705. Cost 7,200; margin 5,505; per unit 5,505 / 6,000 = 0.9175.
        compareYear(r.years[2], 3, 6000, 12705, 12705, 7200, 5505, 0.9175);
        QCOMPARE(r.scaleYear, 3);
        QCOMPARE(r.breaksAtScale, false); // 0.9175 > 0
        QCOMPARE(r.totalRevenue, 7000.0 + 3850.0 + 12705.0);
        QCOMPARE(r.totalMargin, 6520.0 + 2050.0 + 5505.0);
    }

    void allUnitsWithEscalatorFloorAndSetupFee() {
        const RoyaltyResult r = simulateRoyalty(workedExample(RoyaltyTierMode::AllUnits));
        QCOMPARE(r.years.size(), size_t(3));
        // Year 1: 400 < 500, no tier reached: 400 x 3.00 = 1,200, floor 2,000, + 5,000 setup.
        compareYear(r.years[0], 1, 400, 2000, 7000, 480, 6520, 16.3);
        // Year 2: 1,500 reaches the 500 tier: 1,500 x 2.00 = 3,000; x 1.10 = 3,300. Cost
        // 1,800; margin 1,500; per unit 1.00.
        compareYear(r.years[1], 2, 1500, 3300, 3300, 1800, 1500, 1.0);
        // Year 3: 6,000 reaches the 2,000 tier: 6,000 x 1.50 = 9,000; x 1.21 = 10,890. Cost
        // 7,200; margin 3,690; per unit 0.615.
        compareYear(r.years[2], 3, 6000, 10890, 10890, 7200, 3690, 0.615);
        QCOMPARE(r.breaksAtScale, false);
    }

    void allUnitsReachesATierAtItsFirstUnit() {
        RoyaltyTerms t;
        t.tiers = {{0, 2.0}, {100, 1.0}};
        t.tierMode = RoyaltyTierMode::AllUnits;
        t.volumes = {99, 100};
        const RoyaltyResult r = simulateRoyalty(t);
        QCOMPARE(r.years[0].royalty, 198.0); // 99 x 2.00
        QCOMPARE(r.years[1].royalty, 100.0); // 100 x 1.00: exactly at from_units counts
        // Marginal on the same terms: 100 x 2.00, then nothing above 100 yet.
        t.tierMode = RoyaltyTierMode::Marginal;
        QCOMPARE(simulateRoyalty(t).years[1].royalty, 200.0);
    }

    void noTiersChargesTheBaseRate() {
        RoyaltyTerms t;
        t.baseRate = 1.5;
        t.volumes = {10};
        QCOMPARE(simulateRoyalty(t).years[0].royalty, 15.0);
        t.tierMode = RoyaltyTierMode::AllUnits;
        QCOMPARE(simulateRoyalty(t).years[0].royalty, 15.0);
    }

    void zeroUnitYear() {
        RoyaltyTerms t = workedExample(RoyaltyTierMode::Marginal);
        t.volumes = {0, 1000};
        const RoyaltyResult r = simulateRoyalty(t);
        // Year 1: no units, so no computed royalty, but the floor 2,000 and the setup fee
        // 5,000 are still owed: revenue 7,000, cost 0, margin 7,000, per unit 0 (no units).
        compareYear(r.years[0], 1, 0, 2000, 7000, 0, 7000, 0);
        // Year 2: (500 x 3.00 + 500 x 2.00) x 1.10 = 2,750; cost 1,200; margin 1,550.
        compareYear(r.years[1], 2, 1000, 2750, 2750, 1200, 1550, 1.55);
        QCOMPARE(r.scaleYear, 2);
    }

    void breaksAtScale() {
        const RoyaltyResult r = simulateRoyalty(pilotPriced());
        // Year 1: 1,000 x 2.00 = 2,000 - 1,000 cost = 1,000, 1.00 per unit: fine at pilot.
        compareYear(r.years[0], 1, 1000, 2000, 2000, 1000, 1000, 1.0);
        // Year 2: 5,000 x 2.00 = 10,000 - 5,000 = 5,000, still 1.00 per unit.
        compareYear(r.years[1], 2, 5000, 10000, 10000, 5000, 5000, 1.0);
        // Year 3: 20,000 units reach the 0.80 tier: 16,000 - 20,000 = -4,000, -0.20 per unit.
        compareYear(r.years[2], 3, 20000, 16000, 16000, 20000, -4000, -0.2);
        QCOMPARE(r.scaleYear, 3);
        QCOMPARE(r.breaksAtScale, true);
    }

    void breaksAtScaleAgainstTheMinimumMargin() {
        // The worked example keeps 0.9175 per unit at scale: fine against 0, against 0.90 and
        // exactly at 0.9175 ("at or below" breaks), broken against 1.00.
        RoyaltyTerms t = workedExample(RoyaltyTierMode::Marginal);
        t.minMarginPerUnit = 0.9;
        QCOMPARE(simulateRoyalty(t).breaksAtScale, false);
        t.minMarginPerUnit = 0.9175;
        QCOMPARE(simulateRoyalty(t).breaksAtScale, true);
        t.minMarginPerUnit = 1.0;
        QCOMPARE(simulateRoyalty(t).breaksAtScale, true);
    }

    void scaleYearIsTheFirstHighestVolume() {
        // Years 2 and 3 tie at 300 units; year 2 decides. Base rate 1.00 doubling every year
        // (escalator 100%), cost 1.00, floor 900. Year 2: 300 x 2.00 = 600, lifted to 900;
        // margin 600, 2.00 per unit. Year 3: 300 x 4.00 = 1,200; margin 900, 3.00 per unit.
        // Against a minimum margin of 2.00 year 2 breaks, though year 3 would not.
        RoyaltyTerms t;
        t.baseRate = 1.0;
        t.escalatorPct = 100.0;
        t.minAnnual = 900.0;
        t.costPerUnit = 1.0;
        t.minMarginPerUnit = 2.0;
        t.volumes = {100, 300, 300};
        const RoyaltyResult r = simulateRoyalty(t);
        QCOMPARE(r.years[1].royalty, 900.0);  // 300 x 1.00 x 2 = 600 < 900
        QCOMPARE(r.years[2].royalty, 1200.0); // 300 x 1.00 x 4 = 1,200
        QCOMPARE(r.years[1].marginPerUnit, 2.0);
        QCOMPARE(r.years[2].marginPerUnit, 3.0);
        QCOMPARE(r.scaleYear, 2);
        QCOMPARE(r.breaksAtScale, true);
    }

    void noVolumesNoVerdict() {
        RoyaltyTerms t = pilotPriced();
        t.volumes.clear();
        RoyaltyResult r = simulateRoyalty(t);
        QVERIFY(r.years.empty());
        QCOMPARE(r.scaleYear, 0);
        QCOMPARE(r.breaksAtScale, false);
        t.volumes = {0, 0};
        r = simulateRoyalty(t);
        QCOMPARE(r.years.size(), size_t(2));
        QCOMPARE(r.breaksAtScale, false);
    }

    void validation_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::newRow("tiers not ascending") << 0 << QStringLiteral("ascending");
        QTest::newRow("equal tier starts") << 1 << QStringLiteral("ascending");
        QTest::newRow("negative volume") << 2 << QStringLiteral("year 2 is negative");
        QTest::newRow("negative rate") << 3 << QStringLiteral("Tier 1 has a negative rate");
        QTest::newRow("negative base rate") << 4 << QStringLiteral("base rate");
        QTest::newRow("negative cost") << 5 << QStringLiteral("cost per unit");
        QTest::newRow("negative floor") << 6 << QStringLiteral("minimum annual");
        QTest::newRow("negative setup fee") << 7 << QStringLiteral("setup fee");
        QTest::newRow("escalator -100%") << 8 << QStringLiteral("escalator");
    }

    void validation() {
        QFETCH(int, kind);
        QFETCH(QString, needle);
        RoyaltyTerms t = workedExample(RoyaltyTierMode::Marginal);
        switch (kind) {
        case 0:
            t.tiers = {{2000, 1.5}, {500, 2.0}};
            break;
        case 1:
            t.tiers = {{500, 2.0}, {500, 1.5}};
            break;
        case 2:
            t.volumes = {400, -1, 6000};
            break;
        case 3:
            t.tiers[0].perUnit = -0.5;
            break;
        case 4:
            t.baseRate = -1;
            break;
        case 5:
            t.costPerUnit = -0.1;
            break;
        case 6:
            t.minAnnual = -1;
            break;
        case 7:
            t.setupFee = -5;
            break;
        case 8:
            t.escalatorPct = -100;
            break;
        }
        const QStringList problems = validateTerms(t);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(needle), qPrintable(problems.constFirst()));
    }

    void dealTermsRoundTrip() {
        OemDeal deal;
        deal.perUnitRoyalty = 3.0;
        deal.tiers = {{500, 2.0}, {2000, 1.5}};
        deal.tierMode = RoyaltyTierMode::AllUnits;
        deal.annualEscalatorPct = 10;
        deal.minimumAnnual = 2000;
        deal.setupFee = 5000;
        deal.costPerUnit = 1.2;
        deal.minMarginPerUnit = 0.5;
        deal.volumes = {400, 1500, 6000};
        RoyaltyTerms expected = workedExample(RoyaltyTierMode::AllUnits);
        expected.minMarginPerUnit = 0.5;
        QCOMPARE(termsOf(deal), expected);
        OemDeal other;
        other.name = QStringLiteral("kept");
        applyTerms(other, expected);
        QCOMPARE(termsOf(other), expected);
        QCOMPARE(other.name, QStringLiteral("kept"));
    }

    void jsonRoundTrip() {
        RoyaltyTerms t = workedExample(RoyaltyTierMode::AllUnits);
        t.minMarginPerUnit = 0.25;
        QString error;
        const std::optional<RoyaltyTerms> back = parseRoyaltyTerms(royaltyTermsToJson(t), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, t);
    }

    void jsonDefaults() {
        QString error;
        const auto t = parseRoyaltyTerms(
            R"({"tiers": [{"from_units": 0, "per_unit": 2}], "cost_per_unit": 1,
                "volumes": [10, 20]})",
            &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->tierMode, RoyaltyTierMode::Marginal);
        QCOMPARE(t->baseRate, 0.0);
        QCOMPARE(t->escalatorPct, 0.0);
        QCOMPARE(t->minAnnual, 0.0);
        QCOMPARE(t->setupFee, 0.0);
        QVERIFY(!t->minMarginPerUnit);
        QCOMPARE(t->volumes, std::vector<double>({10, 20}));
    }

    void jsonErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        const QByteArray ok = R"("cost_per_unit": 1, "volumes": [10])";
        QTest::newRow("syntax, line 2")
            << QByteArray("{\"tiers\": [],\n \"volumes\": [1,]}") << QStringLiteral("line 2");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("tiers missing")
            << QByteArray("{" + ok + "}") << QStringLiteral("\"tiers\" is missing");
        QTest::newRow("volumes missing") << QByteArray(R"({"tiers": [], "cost_per_unit": 1})")
                                         << QStringLiteral("\"volumes\" is missing");
        QTest::newRow("cost missing") << QByteArray(R"({"tiers": [], "volumes": [1]})")
                                      << QStringLiteral("\"cost_per_unit\" is missing");
        QTest::newRow("volumes empty")
            << QByteArray(R"({"tiers": [], "cost_per_unit": 1, "volumes": []})")
            << QStringLiteral("at least one year");
        QTest::newRow("volume not a number")
            << QByteArray(R"({"tiers": [], "cost_per_unit": 1, "volumes": [1, "x"]})")
            << QStringLiteral("volumes[1]");
        QTest::newRow("tier not an object")
            << QByteArray("{\"tiers\": [3], " + ok + "}") << QStringLiteral("tiers[0]");
        QTest::newRow("tier rate missing")
            << QByteArray("{\"tiers\": [{\"from_units\": 1}], " + ok + "}")
            << QStringLiteral("tiers[0].per_unit");
        QTest::newRow("fractional from_units")
            << QByteArray("{\"tiers\": [{\"from_units\": 1.5, \"per_unit\": 1}], " + ok + "}")
            << QStringLiteral("tiers[0].from_units");
        QTest::newRow("cost is text")
            << QByteArray(R"({"tiers": [], "cost_per_unit": "1", "volumes": [1]})")
            << QStringLiteral("\"cost_per_unit\" must be a number");
        QTest::newRow("bad tier mode")
            << QByteArray("{\"tiers\": [], \"tier_mode\": \"banded\", " + ok + "}")
            << QStringLiteral("tier_mode");
        QTest::newRow("unknown field")
            << QByteArray("{\"tiers\": [], \"escalator\": 3, " + ok + "}")
            << QStringLiteral("\"escalator\" is unknown");
        QTest::newRow("tiers not ascending")
            << QByteArray("{\"tiers\": [{\"from_units\": 100, \"per_unit\": 1}, "
                          "{\"from_units\": 50, \"per_unit\": 2}], " +
                          ok + "}")
            << QStringLiteral("ascending");
        QTest::newRow("negative volume")
            << QByteArray(R"({"tiers": [], "cost_per_unit": 1, "volumes": [5, -3]})")
            << QStringLiteral("year 2 is negative");
    }

    void jsonErrors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!parseRoyaltyTerms(json, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
};

QTEST_APPLESS_MAIN(TestRoyalty)
#include "tst_royalty.moc"
