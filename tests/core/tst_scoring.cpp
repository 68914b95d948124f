// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"

#include <QTest>

#include <limits>

using namespace ps;

namespace {

constexpr float NaN = std::numeric_limits<float>::quiet_NaN();
using Values = std::array<float, CriterionCount>;
using Weights = std::array<double, CriterionCount>;
using Points = std::array<double, CriterionCount>;

Partner partner(Id id, std::optional<PartnerModel> model = PartnerModel::Reseller) {
    Partner p;
    p.id = id;
    p.name = QStringLiteral("Partner %1").arg(id);
    p.model = model;
    return p;
}

/// A scenario in which every profile has the same weights.
Scenario uniformScenario(const Weights &weights) {
    Scenario s = defaultScenario(QStringLiteral("Test"));
    for (WeightProfile &profile : s.profiles)
        profile.weights = weights;
    return s;
}

CriteriaTable oneRow(const Values &values, int profile = 0, Id id = 1) {
    CriteriaTable table;
    table.partnerIds = {id};
    table.profileIndex = {profile};
    table.values = {values};
    return table;
}

float criterionOf(const PortfolioData &data, size_t partnerIndex, Criterion c) {
    return computeCriteria(data).values.at(partnerIndex)[size_t(c)];
}

} // namespace

/// The scoring engine against cases computed by hand (docs/scoring.md explains each formula).
class TestScoring : public QObject {
    Q_OBJECT

private slots:
    void ratings_data() {
        QTest::addColumn<int>("rating"); // 0 = not rated
        QTest::addColumn<float>("direct");
        QTest::addColumn<float>("inverse");
        QTest::newRow("1") << 1 << 0.0f << 100.0f;
        QTest::newRow("2") << 2 << 25.0f << 75.0f;
        QTest::newRow("3") << 3 << 50.0f << 50.0f;
        QTest::newRow("4") << 4 << 75.0f << 25.0f;
        QTest::newRow("5") << 5 << 100.0f << 0.0f;
        QTest::newRow("missing") << 0 << NaN << NaN;
    }
    void ratings() {
        QFETCH(int, rating);
        QFETCH(float, direct);
        QFETCH(float, inverse);
        PortfolioData data;
        Partner p = partner(1);
        const std::optional<int> r = rating ? std::optional<int>(rating) : std::nullopt;
        p.ratings = {r, r, r, r, r};
        data.partners = {p};
        for (Criterion c : {Criterion::MarketReach, Criterion::StrategicFit, Criterion::Capability,
                            Criterion::Commitment}) {
            const float value = criterionOf(data, 0, c);
            QVERIFY2(rating ? value == direct : std::isnan(value), qPrintable(toKey(c)));
        }
        const float cost = criterionOf(data, 0, Criterion::CostToServe);
        QVERIFY(rating ? cost == inverse : std::isnan(cost));
    }

    void enablement_data() {
        QTest::addColumn<int>("certifications");
        QTest::addColumn<QDate>("enrolled");
        QTest::addColumn<QDate>("firstCommercial");
        QTest::addColumn<double>("expected");
        const QDate jan1(2025, 1, 1);
        QTest::newRow("3 certs, 31 days") << 3 << jan1 << jan1.addDays(31) << 76.0;
        QTest::newRow("no certs, exactly 90 days") << 0 << jan1 << jan1.addDays(90) << 40.0;
        QTest::newRow("2 certs, 200 days") << 2 << jan1 << jan1.addDays(200) << 24.0 + 24.0;
        QTest::newRow("5 certs, a year") << 5 << jan1 << jan1.addDays(365) << 60.0;
        QTest::newRow("more than 5 certs count as 5") << 9 << jan1 << jan1.addDays(500) << 60.0;
        QTest::newRow("no first activity yet") << 1 << jan1 << QDate() << 12.0;
        QTest::newRow("no enrolment date") << 4 << QDate() << jan1 << 48.0;
        QTest::newRow("nothing at all") << 0 << QDate() << QDate() << 0.0;
    }
    void enablement() {
        QFETCH(int, certifications);
        QFETCH(QDate, enrolled);
        QFETCH(QDate, firstCommercial);
        QFETCH(double, expected);
        PortfolioData data;
        Partner p = partner(1);
        p.certifications = certifications;
        p.enrolledOn = enrolled;
        p.firstCommercialOn = firstCommercial;
        data.partners = {p};
        QCOMPARE_LT(std::abs(criterionOf(data, 0, Criterion::Enablement) - expected), 1e-4);
    }

    void icpInfluence() {
        // ICP A weighs 3, ICP B 1 (total 4). Partner 1: A at strength 5 (3 * 5/5 = 3) and B at
        // strength 2 (1 * 2/5 = 0.4): 100 * 3.4 / 4 = 85. Partner 2 has no links: 0. Partner 3
        // reaches both at full strength: 100.
        PortfolioData data;
        Icp a;
        a.id = 1;
        a.name = QStringLiteral("A");
        a.priorityWeight = 3;
        Icp b = a;
        b.id = 2;
        b.name = QStringLiteral("B");
        b.priorityWeight = 1;
        data.icps = {a, b};
        data.partners = {partner(1), partner(2), partner(3)};
        const auto link = [](Id id, Id icp, Id p, int strength) {
            InfluenceLink l;
            l.id = id;
            l.icpId = icp;
            l.partnerId = p;
            l.strength = strength;
            return l;
        };
        data.links = {link(1, 1, 1, 5), link(2, 2, 1, 2), link(3, 1, 3, 5), link(4, 2, 3, 5)};
        const CriteriaTable table = computeCriteria(data);
        QCOMPARE(table.values[0][size_t(Criterion::IcpInfluence)], 85.0f);
        QCOMPARE(table.values[1][size_t(Criterion::IcpInfluence)], 0.0f);
        QCOMPARE(table.values[2][size_t(Criterion::IcpInfluence)], 100.0f);

        // ICPs whose priorities are all 0 give no influence, rather than a division by zero.
        data.icps[0].priorityWeight = 0;
        data.icps[1].priorityWeight = 0;
        QCOMPARE(criterionOf(data, 0, Criterion::IcpInfluence), 0.0f);
    }

    void commercialContribution() {
        // Values: 1: sourced 100 -> 100; 2: influenced 200 -> 100; 3: pipeline 1000 -> 250;
        // 4: nothing -> 0; 5: sourced 10 -> 10. Positive values ranked: 10 (1), 100 and 100
        // (ranks 2 and 3 share 2.5), 250 (4); percentile = 100 * rank / 4.
        PortfolioData data;
        data.partners = {partner(1), partner(2), partner(3), partner(4), partner(5)};
        data.partners[0].economics.sourcedRevenue = 100;
        data.partners[1].economics.influencedRevenue = 200;
        data.partners[2].economics.pipeline = 1000;
        data.partners[4].economics.sourcedRevenue = 10;
        const CriteriaTable table = computeCriteria(data);
        const std::array<float, 5> expected = {62.5f, 62.5f, 100.0f, 0.0f, 25.0f};
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(table.values[i][size_t(Criterion::CommercialContribution)], expected[i]);

        // Rank-based: a giant partner does not push everyone else towards zero.
        data.partners[2].economics.pipeline = 1e12;
        QCOMPARE(criterionOf(data, 0, Criterion::CommercialContribution), 62.5f);
    }

    void axisScores_data() {
        QTest::addColumn<Values>("values");
        QTest::addColumn<Weights>("weights");
        QTest::addColumn<double>("potential");
        QTest::addColumn<double>("readiness");
        QTest::addColumn<Points>("points");
        QTest::newRow("equal weights")
            << Values{20, 40, 60, 80, 0, 25, 50, 100} << Weights{1, 1, 1, 1, 1, 1, 1, 1} << 50.0
            << 43.75 << Points{5, 10, 15, 20, 0, 6.25, 12.5, 25};
        QTest::newRow("zero weight contributes nothing")
            << Values{85, 75, 100, 100, 50, 100, 100, 0} << Weights{1, 2, 1, 0, 3, 1, 0, 0} << 83.75
            << 62.5 << Points{21.25, 37.5, 25, 0, 37.5, 25, 0, 0};
        QTest::newRow("missing ratings spread their weight")
            << Values{NaN, 50, 100, NaN, NaN, NaN, 40, NaN} << Weights{1, 1, 2, 4, 1, 1, 1, 1}
            << 250.0 / 3.0 << 40.0 << Points{0, 50.0 / 3.0, 200.0 / 3.0, 0, 0, 0, 40, 0};
        QTest::newRow("only zero-weighted criteria present")
            << Values{NaN, NaN, NaN, 80, NaN, NaN, NaN, NaN} << Weights{1, 1, 1, 0, 1, 1, 1, 1}
            << 0.0 << 0.0 << Points{0, 0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("raw weights: only ratios matter")
            << Values{100, 0, 0, 0, 100, 100, 0, 0} << Weights{30, 10, 10, 50, 2, 2, 4, 0} << 30.0
            << 50.0 << Points{30, 0, 0, 0, 25, 25, 0, 0};
    }
    void axisScores() {
        QFETCH(Values, values);
        QFETCH(Weights, weights);
        QFETCH(double, potential);
        QFETCH(double, readiness);
        QFETCH(Points, points);
        std::vector<PartnerScore> out;
        scoreAll(oneRow(values), uniformScenario(weights), out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE_LT(std::abs(out[0].potential - potential), 1e-9);
        QCOMPARE_LT(std::abs(out[0].readiness - readiness), 1e-9);
        for (size_t c = 0; c < size_t(CriterionCount); ++c) {
            QVERIFY2(std::abs(out[0].points[c] - points[c]) < 1e-9,
                     qPrintable(toKey(Criterion(c))));
            QCOMPARE(out[0].missing[c], bool(std::isnan(values[c])));
        }
    }

    void quadrants_data() {
        QTest::addColumn<double>("potential");
        QTest::addColumn<double>("readiness");
        QTest::addColumn<double>("potentialThreshold");
        QTest::addColumn<double>("readinessThreshold");
        QTest::addColumn<Quadrant>("expected");
        QTest::newRow("both high") << 80.0 << 70.0 << 50.0 << 50.0 << Quadrant::Invest;
        QTest::newRow("on both thresholds") << 50.0 << 50.0 << 50.0 << 50.0 << Quadrant::Invest;
        QTest::newRow("on potential, low readiness")
            << 50.0 << 49.99 << 50.0 << 50.0 << Quadrant::Develop;
        QTest::newRow("low potential, on readiness")
            << 49.99 << 50.0 << 50.0 << 50.0 << Quadrant::Maintain;
        QTest::newRow("both low") << 10.0 << 20.0 << 50.0 << 50.0 << Quadrant::Deprioritize;
        QTest::newRow("other thresholds") << 65.0 << 35.0 << 70.0 << 30.0 << Quadrant::Maintain;
        QTest::newRow("thresholds at 0") << 0.0 << 0.0 << 0.0 << 0.0 << Quadrant::Invest;
        QTest::newRow("thresholds at 100") << 100.0 << 99.0 << 100.0 << 100.0 << Quadrant::Develop;
    }
    void quadrants() {
        QFETCH(double, potential);
        QFETCH(double, readiness);
        QFETCH(double, potentialThreshold);
        QFETCH(double, readinessThreshold);
        QFETCH(Quadrant, expected);
        QCOMPARE(quadrantFor(potential, readiness, potentialThreshold, readinessThreshold),
                 expected);
    }

    void scoreOnThresholdCountsAsHigh() {
        // 0.4 * 30 + 0.6 * 63.333.. lands on 50 only up to rounding; the partner must still be
        // high on both axes, as the 50.00 the user sees says.
        Scenario s = uniformScenario({40, 0, 60, 0, 1, 1, 1, 1});
        std::vector<PartnerScore> out;
        scoreAll(oneRow({30, NaN, float(190.0 / 3.0), NaN, 25, 75, 25, 75}), s, out);
        QCOMPARE(out[0].computedQuadrant, Quadrant::Invest);
        QCOMPARE(out[0].readiness, 50.0);
    }

    void overrides() {
        CriteriaTable table;
        table.partnerIds = {10, 20, 30};
        table.profileIndex = {0, 0, 0};
        table.values = {Values{90, 90, 90, 90, 90, 90, 90, 90},
                        Values{10, 10, 10, 10, 10, 10, 10, 10},
                        Values{90, 90, 90, 90, 10, 10, 10, 10}};
        Scenario s = uniformScenario({1, 1, 1, 1, 1, 1, 1, 1});
        s.overrides = {{30, Quadrant::Deprioritize, QStringLiteral("Exiting")},
                       {20, Quadrant::Invest, QStringLiteral("Board decision")}};
        std::vector<PartnerScore> out;
        scoreAll(table, s, out);
        QCOMPARE(out[0].quadrant, Quadrant::Invest);
        QVERIFY(!out[0].overridden);
        QCOMPARE(out[1].computedQuadrant, Quadrant::Deprioritize);
        QCOMPARE(out[1].quadrant, Quadrant::Invest);
        QVERIFY(out[1].overridden);
        QCOMPARE(out[2].computedQuadrant, Quadrant::Develop);
        QCOMPARE(out[2].quadrant, Quadrant::Deprioritize);
        QVERIFY(out[2].overridden);
        // The scores themselves are untouched by a decision.
        QCOMPARE(out[1].potential, 10.0);
    }

    void unclassifiedUsesNeutralProfile() {
        PortfolioData data;
        data.partners = {partner(1, std::nullopt), partner(2, PartnerModel::Distributor)};
        for (Partner &p : data.partners) {
            p.ratings = {5, 1, 3, 3, 3}; // reach 100, fit 0, capability/commitment 50, cost 50
            p.certifications = 5;        // enablement 60
        }
        data.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
        data.scenarios[0].id = 1;
        data.activeScenarioId = 1;
        const CriteriaTable table = computeCriteria(data);
        QCOMPARE(table.profileIndex[0], ProfileCount - 1);
        const std::vector<PartnerScore> scores = scorePortfolio(data);
        // Neutral: equal weights. Potential (0 + 100 + 0 + 0) / 4, readiness (50+50+60+50)/4.
        QCOMPARE(scores[0].potential, 25.0);
        QCOMPARE(scores[0].readiness, 52.5);
        // The distributor weighs market reach far more (45 %), so the same data scores higher.
        QCOMPARE_GT(scores[1].potential, 40.0);

        // Changing a model's profile leaves the unclassified partner alone.
        data.scenarios[0].profiles[size_t(profileIndex(PartnerModel::Distributor))].weights.fill(1);
        QCOMPARE(scorePortfolio(data)[0].potential, 25.0);
        QCOMPARE(scorePortfolio(data)[1].potential, 25.0);
    }

    void activeScenarioIsUsed() {
        PortfolioData data;
        data.partners = {partner(1)};
        data.partners[0].ratings = {1, 1, 1, 1, 5};
        Scenario strict = defaultScenario(QStringLiteral("Strict"));
        strict.id = 1;
        Scenario lenient = defaultScenario(QStringLiteral("Lenient"));
        lenient.id = 2;
        lenient.potentialThreshold = 0;
        lenient.readinessThreshold = 0;
        data.scenarios = {strict, lenient};
        data.activeScenarioId = 1;
        QCOMPARE(scorePortfolio(data)[0].quadrant, Quadrant::Deprioritize);
        data.activeScenarioId = 2;
        QCOMPARE(scorePortfolio(data)[0].quadrant, Quadrant::Invest);
        QCOMPARE(scorePortfolio(data, &strict)[0].quadrant, Quadrant::Deprioritize);
    }

    void docsWorkedExample() {
        // The worked example of docs/scoring.md, number for number.
        PortfolioData data;
        Icp retail;
        retail.id = 1;
        retail.name = QStringLiteral("Retail chains");
        retail.priorityWeight = 3;
        Icp clinics = retail;
        clinics.id = 2;
        clinics.name = QStringLiteral("Clinics");
        clinics.priorityWeight = 1;
        data.icps = {retail, clinics};
        Partner harbour = partner(1, PartnerModel::Reseller);
        harbour.ratings = {4, 3, 3, 4, 2};
        harbour.economics.sourcedRevenue = 200000;
        harbour.economics.influencedRevenue = 100000;
        harbour.economics.pipeline = 400000;
        harbour.certifications = 2;
        harbour.enrolledOn = QDate(2025, 1, 10);
        harbour.firstCommercialOn = QDate(2025, 6, 9);
        Partner small = partner(2);
        small.economics.sourcedRevenue = 100000;
        Partner large = partner(3);
        large.economics.sourcedRevenue = 900000;
        data.partners = {harbour, small, large, partner(4)};
        InfluenceLink toRetail;
        toRetail.id = 1;
        toRetail.icpId = 1;
        toRetail.partnerId = 1;
        toRetail.strength = 4;
        InfluenceLink toClinics = toRetail;
        toClinics.id = 2;
        toClinics.icpId = 2;
        toClinics.strength = 3;
        data.links = {toRetail, toClinics};
        ensureScenario(data);

        const CriteriaTable criteria = computeCriteria(data);
        const Values expected = {
            75, 75, float(200.0 / 3.0), 50, 50, 75, float(24 + 40 * 215.0 / 275.0), 75};
        for (size_t c = 0; c < size_t(CriterionCount); ++c)
            QVERIFY2(std::abs(criteria.values[0][c] - expected[c]) < 1e-4,
                     qPrintable(toKey(Criterion(c))));
        std::vector<PartnerScore> scores;
        scoreAll(criteria, *activeScenario(data), scores);
        QCOMPARE(QString::number(scores[0].potential, 'f', 2), QStringLiteral("69.58"));
        QCOMPARE(QString::number(scores[0].readiness, 'f', 2), QStringLiteral("64.35"));
        QCOMPARE(scores[0].quadrant, Quadrant::Invest);
        QCOMPARE(QString::number(scores[0].points[size_t(Criterion::Enablement)], 'f', 2),
                 QStringLiteral("19.35"));

        // Capability not rated: its 15 % is spread over the other readiness criteria.
        data.partners[0].ratings.capability.reset();
        scoreAll(computeCriteria(data), *activeScenario(data), scores);
        QCOMPARE(QString::number(scores[0].readiness, 'f', 2), QStringLiteral("66.88"));
        QVERIFY(scores[0].missing[size_t(Criterion::Capability)]);
    }

    void explanationsAddUp_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("demo") << 0;
        QTest::newRow("generated") << 1;
    }
    void explanationsAddUp() {
        QFETCH(int, which);
        PortfolioData data = which == 0 ? demoPortfolio() : generatePortfolio(3000, 20, 11);
        ensureScenario(data);
        const CriteriaTable criteria = computeCriteria(data);
        std::vector<PartnerScore> scores;
        scoreAll(criteria, *activeScenario(data), scores);
        QCOMPARE(scores.size(), data.partners.size());
        for (size_t i = 0; i < scores.size(); ++i) {
            const PartnerScore &s = scores[i];
            double sums[2] = {0, 0};
            for (size_t c = 0; c < size_t(CriterionCount); ++c) {
                sums[c / 4] += s.points[c];
                QCOMPARE(s.missing[c], CriteriaTable::isMissing(criteria.values[i][c]));
                QVERIFY(s.points[c] >= 0.0);
            }
            QVERIFY2(std::abs(sums[0] - s.potential) < 1e-9, qPrintable(data.partners[i].name));
            QVERIFY2(std::abs(sums[1] - s.readiness) < 1e-9, qPrintable(data.partners[i].name));
            QVERIFY(s.potential >= 0.0 && s.potential <= 100.0);
            QVERIFY(s.readiness >= 0.0 && s.readiness <= 100.0);
        }
    }

    void demoFillsEveryQuadrant() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        QSet<int> seen;
        for (const PartnerScore &s : scorePortfolio(data))
            seen.insert(int(s.quadrant));
        QCOMPARE(seen.size(), 4);
    }

    void reusedOutputGivesSameScores() {
        // The live-slider path scores into the same vector again and again.
        const PortfolioData data = generatePortfolio(500, 10, 4);
        const CriteriaTable criteria = computeCriteria(data);
        Scenario a = defaultScenario(QStringLiteral("A"));
        Scenario b = a;
        b.profiles[size_t(profileIndex(PartnerModel::Reseller))].setWeight(Criterion::MarketReach,
                                                                           0);
        std::vector<PartnerScore> reused;
        scoreAll(criteria, a, reused);
        const PartnerScore *storage = reused.data();
        scoreAll(criteria, b, reused);
        QCOMPARE(reused.data(), storage);
        std::vector<PartnerScore> fresh;
        scoreAll(criteria, b, fresh);
        for (size_t i = 0; i < fresh.size(); ++i) {
            QCOMPARE(reused[i].potential, fresh[i].potential);
            QCOMPARE(reused[i].points, fresh[i].points);
        }
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
