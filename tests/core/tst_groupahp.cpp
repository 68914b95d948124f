// SPDX-License-Identifier: GPL-3.0-or-later
// Group AHP (AIJ, AIP, Goepel's consensus), the inconsistency suggestion, and the disagreement
// ranking, against numbers computed by hand or by an independent method in the test.
#include "core/demo/demoportfolio.h"
#include "core/scoring/ahpsuggestion.h"
#include "core/scoring/groupahp.h"
#include "core/scoring/groupdisagreement.h"
#include "core/scoring/profiles.h"

#include <QTest>

#include <cmath>

using namespace ps;
using ahp::Matrix;

namespace {

Matrix matrix3(double ab, double ac, double bc) {
    return {{1, ab, ac}, {1 / ab, 1, bc}, {1 / ac, 1 / bc, 1}};
}

/// Independent of the power iteration: for a 3 x 3 reciprocal matrix the principal
/// eigenvector is proportional to the geometric means of the rows (a known identity).
std::vector<double> rowGeometricMean3(const Matrix &m) {
    std::vector<double> w(3);
    double total = 0;
    for (int i = 0; i < 3; ++i) {
        w[size_t(i)] = std::cbrt(m[size_t(i)][0] * m[size_t(i)][1] * m[size_t(i)][2]);
        total += w[size_t(i)];
    }
    for (double &x : w)
        x /= total;
    return w;
}

/// A consistent matrix in which criterion `favourite` is 9 times as important as each other.
Matrix favouring(int favourite, int n) {
    Matrix m(size_t(n), std::vector<double>(size_t(n), 1.0));
    for (int j = 0; j < n; ++j)
        if (j != favourite) {
            m[size_t(favourite)][size_t(j)] = 9;
            m[size_t(j)][size_t(favourite)] = 1.0 / 9;
        }
    return m;
}

const Matrix house = {{1, 5, 3, 7, 6, 6, 1. / 3, 1. / 4},
                      {1. / 5, 1, 1. / 3, 5, 3, 3, 1. / 5, 1. / 7},
                      {1. / 3, 3, 1, 6, 3, 4, 6, 1. / 5},
                      {1. / 7, 1. / 5, 1. / 6, 1, 1. / 3, 1. / 4, 1. / 7, 1. / 8},
                      {1. / 6, 1. / 3, 1. / 3, 3, 1, 1. / 2, 1. / 5, 1. / 6},
                      {1. / 6, 1. / 3, 1. / 4, 4, 2, 1, 1. / 5, 1. / 6},
                      {3, 5, 1. / 6, 7, 5, 5, 1, 1. / 2},
                      {4, 7, 5, 8, 6, 6, 2, 1}};

} // namespace

class TestGroupAhp : public QObject {
    Q_OBJECT

private slots:
    void aijOfThreeParticipantsMatchesHandComputation() {
        const std::vector<Matrix> room = {matrix3(3, 5, 2), matrix3(0.5, 2, 3),
                                          matrix3(4, 1, 1. / 3)};
        const std::optional<ahp::GroupResult> group = ahp::aggregate(room);
        QVERIFY(group);
        // By hand: the geometric means of the judgments are 6^(1/3), 10^(1/3) and 2^(1/3).
        const Matrix byHand = matrix3(std::cbrt(6.0), std::cbrt(10.0), std::cbrt(2.0));
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                QVERIFY(std::abs(group->aijMatrix[size_t(i)][size_t(j)] -
                                 byHand[size_t(i)][size_t(j)]) < 1e-12);
        const std::vector<double> expected = rowGeometricMean3(byHand);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(group->aij.weights[size_t(i)] - expected[size_t(i)]) < 1e-9,
                     qPrintable(QString::number(group->aij.weights[size_t(i)])));
        // numpy's power iteration, outside this project: 0.49592502 0.2785032 0.22557178.
        QVERIFY(std::abs(group->aij.weights[0] - 0.49592502) < 1e-7);
        QVERIFY(std::abs(group->aij.weights[2] - 0.22557178) < 1e-7);

        // AIP: the geometric mean of each participant's (independently computed) priorities.
        std::vector<double> aip(3, 1.0);
        for (const Matrix &m : room) {
            const std::vector<double> w = rowGeometricMean3(m);
            for (int i = 0; i < 3; ++i)
                aip[size_t(i)] *= std::cbrt(w[size_t(i)]);
        }
        const double total = aip[0] + aip[1] + aip[2];
        for (int i = 0; i < 3; ++i)
            QVERIFY(std::abs(group->aipWeights[size_t(i)] - aip[size_t(i)] / total) < 1e-9);
        QCOMPARE(group->participants.size(), size_t(3));
        QVERIFY(std::abs(group->participants[0].result.cr - 0.0031849983) < 1e-6);
        QVERIFY(std::abs(group->consensus - 0.7424656) < 1e-6);
    }

    void aijAndAipDifferForFourCriteria() {
        // Leader example and a second participant; numbers from numpy outside this project.
        const Matrix leader = {
            {1, 4, 3, 7}, {1. / 4, 1, 1. / 3, 3}, {1. / 3, 3, 1, 5}, {1. / 7, 1. / 3, 1. / 5, 1}};
        const Matrix other = {
            {1, 1. / 3, 1. / 5, 2}, {3, 1, 1. / 2, 5}, {5, 2, 1, 7}, {1. / 2, 1. / 5, 1. / 7, 1}};
        const auto group = ahp::aggregate({leader, other});
        QVERIFY(group);
        const double aij[] = {0.27829915, 0.2235772, 0.43059371, 0.06752994};
        const double aip[] = {0.2796668, 0.22246873, 0.43015811, 0.06770636};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(group->aij.weights[size_t(i)] - aij[i]) < 1e-6);
            QVERIFY(std::abs(group->aipWeights[size_t(i)] - aip[i]) < 1e-6);
        }
        QVERIFY(std::abs(group->aij.cr - 0.0126131) < 1e-5);
        QVERIFY(std::abs(group->consensus - 0.7346060) < 1e-6);
    }

    void consensus_data() {
        QTest::addColumn<std::vector<std::vector<double>>>("priorities");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << std::vector<std::vector<double>>(3, {0.5, 0.3, 0.2}) << 1.0;
        // Each of three participants puts a different criterion 9 times above the others: the
        // most opposed a room can be on Saaty's scale.
        std::vector<std::vector<double>> opposed;
        for (int k = 0; k < 3; ++k)
            opposed.push_back(ahp::compute(favouring(k, 3))->weights);
        QTest::newRow("maximally opposed") << opposed << 0.0;
        // By hand, n = 2, (3/4, 1/4) against (1/4, 3/4): H_alpha = 0.562335, H_gamma = ln 2,
        // H_beta = 0.130812, H_alpha,min = 0.325083, 1/c = exp(0.325083 - ln 2) = 0.692067,
        // S* = (exp(-0.130812) - 0.692067) / (1 - 0.692067) = 0.60180.
        QTest::newRow("two opposed moderately")
            << std::vector<std::vector<double>>{{0.75, 0.25}, {0.25, 0.75}} << 0.60180;
        QTest::newRow("one participant") << std::vector<std::vector<double>>{{0.6, 0.4}} << 1.0;
    }

    void consensus() {
        QFETCH(std::vector<std::vector<double>>, priorities);
        QFETCH(double, expected);
        const double s = ahp::consensus(priorities);
        QVERIFY2(std::abs(s - expected) < 5e-5, qPrintable(QString::number(s, 'f', 6)));
    }

    void suggestionOnSaatysHouseExample() {
        // Saaty (1990), the house example, CR 0.169: the judgment that fits least is
        // Neighborhood against Condition (6); the weights imply about 1, and with 1 the CR
        // falls to 0.088 (checked with numpy outside this project).
        const std::optional<ahp::Suggestion> s = ahp::suggest(house);
        QVERIFY(s);
        QCOMPARE(s->row, 2);
        QCOMPARE(s->column, 6);
        QCOMPARE(s->current, 6.0);
        QCOMPARE(s->proposed, 1.0);
        QVERIFY(std::abs(s->error - 5.3213569) < 1e-5);
        QVERIFY(std::abs(s->crAfter - 0.0879733) < 1e-5);
        QVERIFY(s->crAfter < ahp::compute(house)->cr);
    }

    void consistentMatrixHasNothingToChange() {
        QVERIFY(!ahp::suggest(favouring(0, 4)));
        QVERIFY(!ahp::suggest(matrix3(2, 4, 2)));
        QVERIFY(!ahp::suggest({{1, 3}, {1. / 3, 1}}));
    }

    void saatyScale_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("9") << 9.0 << true;
        QTest::newRow("1/9") << 1.0 / 9 << true;
        QTest::newRow("1/3 rounded") << 0.3333333 << true;
        QTest::newRow("1") << 1.0 << true;
        QTest::newRow("10") << 10.0 << false;
        QTest::newRow("2.5") << 2.5 << false;
        QTest::newRow("0") << 0.0 << false;
        QTest::newRow("-3") << -3.0 << false;
        QTest::newRow("nan") << std::nan("") << false;
    }

    void saatyScale() {
        QFETCH(double, value);
        QFETCH(bool, allowed);
        QCOMPARE(ahp::isSaatyValue(value), allowed);
    }

    void disagreementRanksTheContestedComparison() {
        const PortfolioData data = demoPortfolio();
        const CriteriaTable criteria = computeCriteria(data);
        const Scenario base = defaultScenario(QStringLiteral("Base"));
        // Three participants agree on everything except Market reach against ICP influence.
        AxisMatrices room;
        const Matrix agreed = {
            {1, 2, 3, 1}, {1. / 2, 1, 2, 1. / 2}, {1. / 3, 1. / 2, 1, 1. / 3}, {1, 2, 3, 1}};
        for (double contested : {9.0, 1.0 / 9, 1.0}) {
            room[0].push_back(ahp::withJudgment(agreed, 0, 1, contested));
            room[1].push_back(agreed);
        }
        const std::vector<Disagreement> ranked =
            rankDisagreements(criteria, base, std::nullopt, room);
        QCOMPARE(ranked.size(), size_t(12));
        QCOMPARE(int(ranked.front().axis), int(Axis::Potential));
        QCOMPARE(ranked.front().row, 0);
        QCOMPARE(ranked.front().column, 1);
        QVERIFY2(ranked.front().partnersMoved > 0, "extreme judgments should move someone");
        QCOMPARE(ranked.front().low, 1.0 / 9);
        QCOMPARE(ranked.front().high, 9.0);
        // Where everyone agrees, the group value is everyone's value: nobody moves.
        for (size_t i = 1; i < ranked.size(); ++i)
            QCOMPARE(ranked[i].partnersMoved, 0);

        // Cross-check the count with the scoring engine directly: the group scenario against
        // the one where that judgment is 9.
        const Scenario group = groupScenario(base, std::nullopt, room);
        Scenario variant = group;
        const Matrix aij = ahp::geometricMeanMatrix(room[0]);
        applyAxisWeights(variant, Axis::Potential,
                         ahp::compute(ahp::withJudgment(aij, 0, 1, 9.0))->weights, std::nullopt);
        const auto a = scorePortfolio(data, &group);
        const auto b = scorePortfolio(data, &variant);
        int moved = 0;
        for (size_t p = 0; p < a.size(); ++p)
            moved += a[p].quadrant != b[p].quadrant;
        QVERIFY(moved <= ranked.front().partnersMoved);
        QVERIFY(moved > 0);
    }

    void applyAxisWeightsSetsPercentOfTheAxis() {
        Scenario s = defaultScenario(QStringLiteral("S"));
        const Scenario before = s;
        applyAxisWeights(s, Axis::Readiness, {0.4, 0.3, 0.2, 0.1}, 2);
        const auto &r = criteriaOf(Axis::Readiness);
        QCOMPARE(s.profiles[2].weight(r[0]), 40.0);
        QCOMPARE(s.profiles[2].weight(r[3]), 10.0);
        QVERIFY(s.profiles[3] == before.profiles[3]);
        QCOMPARE(s.profiles[2].weight(Criterion::IcpInfluence),
                 before.profiles[2].weight(Criterion::IcpInfluence));
    }
};

QTEST_GUILESS_MAIN(TestGroupAhp)
#include "tst_groupahp.moc"
