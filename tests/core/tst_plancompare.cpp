// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing today's spend, the optimal plan and an edited plan: per-partner figures and the
// value the edited plan leaves on the table, against a hand computation, the gains adding up
// to the gap, the constraints an edit breaks, and group prices in the gains.
#include "core/plan/allocator.h"
#include "core/plan/plancompare.h"

#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::plan;

namespace {

const double E = std::exp(1.0);

/// docs/plan.md's three partners (budget 150, optimum 83.33, 66.67, 0 at λ = e^(1/3)), with
/// today's spend 50 each.
PlanProblem threePartners() {
    PlanProblem problem;
    const double a[] = {50 * E * E, 100 * E, 20}, s[] = {50, 100, 20};
    for (int i = 0; i < 3; ++i) {
        PlanPartner p;
        p.id = i + 1;
        p.name = QStringLiteral("P%1").arg(i + 1);
        p.curve = {a[i], s[i], 0.0};
        p.currentSpend = 50;
        problem.partners.push_back(p);
    }
    problem.constraints.budget = 150;
    return problem;
}

} // namespace

class TestPlanCompare : public QObject {
    Q_OBJECT

private slots:
    /// The edited plan (100, 30, 20) returns 319.4528 + 70.4529 + 12.6424 = 402.5481 against
    /// the optimum's 431.9391: 29.3910 on the table. At λ = e^(1/3) = 1.395612 the gains are
    ///   P1: 299.6722 − 319.4528 − λ·(83.333 − 100) = 3.4796
    ///   P2: 132.2669 − 70.4529 − λ·(66.667 − 30) = 10.6416
    ///   P3: 0 − 12.6424 − λ·(0 − 20) = 15.2698
    /// and add up to the 29.3910 (both plans spend 150). Today's (50, 50, 50) returns 358.8531.
    void handComputed() {
        const PlanProblem problem = threePartners();
        const PlanResult r = allocate(problem);
        QVERIFY(r.ok());
        const PlanComparison c = comparePlans(problem, r.plan, {100, 30, 20});
        QVERIFY(c.editedViolations.isEmpty());
        QVERIFY(std::abs(c.today.expected - 358.853069) < 1e-5);
        QVERIFY(std::abs(c.optimal.expected - 431.939124) < 1e-5);
        QVERIFY(std::abs(c.edited.expected - 402.548128) < 1e-5);
        QVERIFY(std::abs(c.valueLeft - 29.390996) < 1e-5);
        QCOMPARE(c.today.allocated, 150.0);
        QVERIFY(std::abs(c.optimal.allocated - 150.0) < 1e-9);
        const double gains[] = {3.479586, 10.641573, 15.269837};
        double sum = 0.0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(c.rows[size_t(i)].gain - gains[i]) < 1e-5);
            sum += c.rows[size_t(i)].gain;
        }
        QVERIFY(std::abs(sum - c.valueLeft) < 1e-6);
        QCOMPARE(c.valueOnTable, (std::vector<int>{2, 1, 0}));
        QCOMPARE(c.rows[0].today, 50.0);
        QCOMPARE(c.rows[0].edited, 100.0);
        QVERIFY(std::abs(c.rows[0].optimal - 250.0 / 3) < 1e-9);
        QCOMPARE(comparePlans(problem, r.plan, {100, 30, 20}, 1).valueOnTable,
                 (std::vector<int>{2}));
    }

    /// Editing nothing leaves nothing on the table.
    void optimalAgainstItself() {
        const PlanProblem problem = threePartners();
        const PlanResult r = allocate(problem);
        std::vector<double> same;
        for (const PartnerAllocation &a : r.plan.partners)
            same.push_back(a.allocation);
        const PlanComparison c = comparePlans(problem, r.plan, same);
        QVERIFY(std::abs(c.valueLeft) < 1e-9);
        QVERIFY(c.valueOnTable.empty());
    }

    void violations() {
        PlanProblem problem = threePartners();
        problem.partners[2].exited = true;
        problem.partners[1].maximum = 40;
        const PlanResult r = allocate(problem);
        QVERIFY(r.ok());
        const PlanComparison c = comparePlans(problem, r.plan, {100, 60, 10});
        QCOMPARE(c.editedViolations,
                 QStringList({"P2 gets 60, above its maximum of 40.", "P3 has exited but gets 10.",
                              "The plan spends 170, more than the budget of 150."}));
        QVERIFY(!comparePlans(problem, r.plan, {1, 2}).editedViolations.isEmpty());
        QVERIFY(comparePlans(problem, r.plan, {1, 2}).rows.empty());
    }

    /// With a binding group share, each member's price is λ − μ: an edit that keeps the group
    /// at its minimum still has gains that add up to the gap.
    void groupPrices() {
        PlanProblem problem = threePartners();
        problem.constraints.groups = {{QStringLiteral("Small"), {3}, 0.2}}; // P3 at least 30
        const PlanResult r = allocate(problem);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.plan.groupShadowPrices[0] > 0.0);
        QVERIFY(std::abs(r.plan.partners[2].allocation - 30.0) < 1e-9);
        const PlanComparison c = comparePlans(problem, r.plan, {90, 30, 30});
        QVERIFY(c.editedViolations.isEmpty());
        double sum = 0.0;
        for (const ComparisonRow &row : c.rows) {
            QVERIFY(row.gain >= 0.0);
            sum += row.gain;
        }
        QVERIFY(std::abs(sum - c.valueLeft) < 1e-6);
        QVERIFY(c.valueLeft > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPlanCompare)
#include "tst_plancompare.moc"
