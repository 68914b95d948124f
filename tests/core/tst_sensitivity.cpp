// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"

#include <QTest>

#include <limits>

using namespace ps;

namespace {

constexpr float NaN = std::numeric_limits<float>::quiet_NaN();
using Values = std::array<float, CriterionCount>;

/// Equal weights for every model, thresholds 50/50.
Scenario equalWeights() {
    Scenario s = defaultScenario(QStringLiteral("Equal"));
    for (WeightProfile &profile : s.profiles)
        profile.weights.fill(1.0);
    return s;
}

CriteriaTable table(const std::vector<Values> &rows) {
    CriteriaTable t;
    for (size_t i = 0; i < rows.size(); ++i) {
        t.partnerIds.push_back(Id(i + 1));
        t.profileIndex.push_back(profileIndex(PartnerModel::Reseller));
        t.values.push_back(rows[i]);
    }
    return t;
}

} // namespace

/// Sensitivity: how often a partner keeps its quadrant when the weights wobble, and how
/// partners move between two scenarios.
class TestSensitivity : public QObject {
    Q_OBJECT

private slots:
    void deterministicForASeed() {
        PortfolioData data = generatePortfolio(2000, 15, 3);
        ensureScenario(data);
        const CriteriaTable criteria = computeCriteria(data);
        const Scenario &s = *activeScenario(data);
        const std::vector<double> first = stability(criteria, s, {100, 0.25, 5});
        const std::vector<double> again = stability(criteria, s, {100, 0.25, 5});
        QCOMPARE(first, again);
        QCOMPARE(first.size(), data.partners.size());
        // Another seed draws other samples; with 2,000 partners some near a threshold notice.
        const std::vector<double> other = stability(criteria, s, {100, 0.25, 6});
        QVERIFY(first != other);
        // Some partners are borderline, most are not: the measure separates them.
        const auto borderline = std::count_if(
            first.begin(), first.end(), [](double share) { return share < BorderlineStability; });
        QCOMPARE_GT(borderline, 0);
        QCOMPARE_LT(borderline, qsizetype(first.size() / 2));
    }

    void farFromThresholdsIsStable() {
        const CriteriaTable t =
            table({Values{100, 100, 100, 100, 100, 100, 100, 100}, Values{0, 0, 0, 0, 0, 0, 0, 0},
                   Values{90, 80, 95, NaN, 10, 5, 0, 20}});
        const std::vector<double> shares = stability(t, equalWeights(), {200, 0.25, 1});
        QCOMPARE(shares, std::vector<double>({1.0, 1.0, 1.0}));
    }

    void onThresholdIsBorderline() {
        // Potential is exactly 50 (25 and 75 weighted equally): any wobble of the weights tips it
        // one way or the other, so it keeps its quadrant in only about half the samples.
        const CriteriaTable t = table({Values{25, 75, 25, 75, 100, 100, 100, 100}});
        const Scenario s = equalWeights();
        std::vector<PartnerScore> scores;
        scoreAll(t, s, scores);
        QCOMPARE(scores[0].potential, 50.0);
        QCOMPARE(scores[0].computedQuadrant, Quadrant::Invest);
        const double share = stability(t, s, {400, 0.25, 9}).at(0);
        QCOMPARE_LT(share, BorderlineStability);
        QCOMPARE_GT(share, 0.2);
        // Without any spread there is nothing to tip it.
        QCOMPARE(stability(t, s, {50, 0.0, 9}).at(0), 1.0);
    }

    void compareReportsMoversAndDeltas() {
        // Partner 1: strong on ICP influence only. Partner 2: high everywhere. Partner 3: low.
        const CriteriaTable t =
            table({Values{100, 0, 0, 0, 60, 60, 60, 60}, Values{80, 80, 80, 80, 80, 80, 80, 80},
                   Values{10, 10, 10, 10, 10, 10, 10, 10}});
        Scenario a = equalWeights();
        Scenario b = a;
        b.name = QStringLiteral("ICP first");
        // In B the reseller profile weighs only ICP influence on potential.
        WeightProfile &reseller = b.profiles[size_t(profileIndex(PartnerModel::Reseller))];
        reseller.setWeight(Criterion::MarketReach, 0);
        reseller.setWeight(Criterion::CommercialContribution, 0);
        reseller.setWeight(Criterion::StrategicFit, 0);
        b.readinessThreshold = 70;
        b.overrides = {{3, Quadrant::Invest, QStringLiteral("Strategic bet")}};

        const std::vector<ScenarioMove> moves = compareScenarios(t, a, b);
        QCOMPARE(moves.size(), size_t(3));
        QCOMPARE(moves[0].partnerId, Id(1));
        QCOMPARE(moves[0].from, Quadrant::Maintain); // potential 25, readiness 60
        QCOMPARE(moves[0].to, Quadrant::Develop);    // potential 100, readiness 60 < 70
        QCOMPARE(moves[0].potentialDelta, 75.0);
        QCOMPARE(moves[0].readinessDelta, 0.0);
        QVERIFY(moves[0].changedQuadrant());
        QCOMPARE(moves[1].from, Quadrant::Invest);
        QCOMPARE(moves[1].to, Quadrant::Invest);
        QVERIFY(!moves[1].changedQuadrant());
        QCOMPARE(moves[1].potentialDelta, 0.0);
        // An override in B is the final quadrant B reports.
        QCOMPARE(moves[2].from, Quadrant::Deprioritize);
        QCOMPARE(moves[2].to, Quadrant::Invest);
        QVERIFY(moves[2].changedQuadrant());
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
