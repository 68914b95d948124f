// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's allocator: docs/plan.md's hand-computed example number for number, optimality
// (KKT) on random instances of both objectives, group shares against GLPK's piecewise form
// and against brute force, quadrant policy, exits and fixed amounts, and every refusal with
// the sentence a user reads.
#include "core/generate/random.h"
#include "core/plan/allocator.h"

#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::plan;

namespace {

const double E = std::exp(1.0);

PlanPartner partner(Id id, double a, double s, const QString &name = {}) {
    PlanPartner p;
    p.id = id;
    p.name = name.isEmpty() ? QStringLiteral("P%1").arg(id) : name;
    p.curve = {a, s, 0.0};
    return p;
}

/// docs/plan.md, "A worked allocation": three partners, budget 150.
///   P1: a = 50·e², s = 50 → r'(0) = e² ≈ 7.389, k1 = ln(a/s) = 2
///   P2: a = 100·e, s = 100 → r'(0) = e ≈ 2.718, k2 = 1
///   P3: a = 20,    s = 20  → r'(0) = 1,           k3 = 0
/// Funded partners satisfy x_i = s_i·(k_i − t) with t = ln λ.
/// Unconstrained: P1 and P2 funded: 50·(2 − t) + 100·(1 − t) = 150 → t = 1/3, λ = e^(1/3) =
///   1.395612; x = (83.333, 66.667, 0); P3's first unit returns 1 < λ, so it stays at zero.
///   Returns: 369.4528·(1 − e^(−5/3)) = 299.6722, 271.8282·(1 − e^(−2/3)) = 132.2669; total
///   431.9391.
/// With P2 capped at 60 and P3's contract minimum 5: P1 takes the rest, 85; t = 2 − 85/50 =
///   0.3, λ = e^0.3 = 1.349859. P2's marginal at 60 is e^(1 − 0.6) = 1.491825 > λ (max);
///   P3's at 5 is e^(−0.25) = 0.778801 < λ (min). Returns 301.9599 + 122.6457 + 4.4240 =
///   429.0296.
PlanProblem handProblem(bool constrained) {
    PlanProblem problem;
    problem.partners = {partner(1, 50 * E * E, 50), partner(2, 100 * E, 100), partner(3, 20, 20)};
    problem.constraints.budget = 150;
    if (constrained) {
        problem.partners[1].maximum = 60;
        problem.partners[2].contractMinimum = 5;
    }
    return problem;
}

double objectiveOf(const PlanProblem &problem, const std::vector<double> &x) {
    const bool margin = problem.constraints.objective == Objective::Margin;
    double sum = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        const PlanPartner &p = problem.partners[i];
        const double w = margin ? p.marginRate.value_or(problem.constraints.marginRate) : 1.0;
        sum += w * p.curve.value(x[i]) - (margin ? x[i] : 0.0);
    }
    return sum;
}

std::vector<double> allocations(const Plan &plan) {
    std::vector<double> x;
    for (const PartnerAllocation &a : plan.partners)
        x.push_back(a.allocation);
    return x;
}

/// A random instance: partners with curves over three orders of magnitude, random floors and
/// caps, a few fixed, exited and deprioritized partners.
PlanProblem randomProblem(quint64 seed, int n, Objective objective) {
    Random rng(seed);
    PlanProblem problem;
    double floors = 0.0;
    for (int i = 0; i < n; ++i) {
        PlanPartner p = partner(i + 1, rng.logNormal(50000, 1.0), rng.logNormal(20000, 0.8));
        p.curve.baseline = rng.uniform(0, 10000);
        p.quadrant = Quadrant(rng.between(0, 3));
        p.contractMinimum = rng.chance(0.2) ? rng.uniform(0, 2000) : 0.0;
        if (rng.chance(0.2))
            p.maximum = p.contractMinimum + rng.uniform(1000, 30000);
        if (rng.chance(0.05))
            p.exited = true;
        else if (rng.chance(0.05))
            p.fixed = rng.uniform(0, 5000);
        if (objective == Objective::Margin && rng.chance(0.5))
            p.marginRate = rng.uniform(0.3, 0.9);
        floors += p.exited ? 0.0 : p.fixed.value_or(std::max(p.contractMinimum, 0.0));
        problem.partners.push_back(p);
    }
    problem.constraints.objective = objective;
    problem.constraints.marginRate = 0.7;
    problem.constraints.budget = floors + rng.uniform(0.1, 2.0) * 15000.0 * n;
    return problem;
}

} // namespace

class TestPlanAllocator : public QObject {
    Q_OBJECT

private slots:
    void handExample_data() {
        QTest::addColumn<bool>("constrained");
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("expected");
        QTest::addColumn<QList<double>>("marginal");
        QTest::addColumn<QStringList>("binding");
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("total");
        QTest::newRow("unconstrained")
            << false << QList<double>{250.0 / 3, 200.0 / 3, 0.0}
            << QList<double>{299.672184, 132.266940, 0.0} << QList<double>{1.395612, 1.395612, 1.0}
            << QStringList{"", "", ""} << 1.395612 << 431.939124;
        QTest::newRow("P2 capped, P3 contract minimum")
            << true << QList<double>{85.0, 60.0, 5.0}
            << QList<double>{301.959865, 122.645713, 4.423984}
            << QList<double>{1.349859, 1.491825, 0.778801} << QStringList{"", "max", "min"}
            << 1.349859 << 429.029562;
    }
    void handExample() {
        QFETCH(bool, constrained);
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, expected);
        QFETCH(QList<double>, marginal);
        QFETCH(QStringList, binding);
        QFETCH(double, lambda);
        QFETCH(double, total);
        const PlanProblem problem = handProblem(constrained);
        const PlanResult r = allocate(problem);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.plan.budget, 150.0);
        QVERIFY(std::abs(r.plan.allocated - 150.0) < 1e-9);
        QVERIFY(std::abs(r.plan.shadowPrice - lambda) < 1e-6);
        QVERIFY(std::abs(r.plan.expectedTotal - total) < 1e-5);
        for (int i = 0; i < 3; ++i) {
            const PartnerAllocation &a = r.plan.partners[size_t(i)];
            QVERIFY2(std::abs(a.allocation - x[i]) < 1e-9,
                     qPrintable(QString::number(a.allocation)));
            QVERIFY(std::abs(a.expected - expected[i]) < 1e-5);
            QVERIFY(std::abs(a.marginal - marginal[i]) < 1e-6);
            QCOMPARE(bindingKey(a, problem.constraints), binding[i]);
        }
    }

    /// KKT on random instances: funded partners inside their limits share the shadow price;
    /// partners at their floor (the unfunded among them) return no more at the margin; capped
    /// partners no less; limits hold; the budget is spent unless nothing more is worth it.
    void randomOptimality_data() {
        QTest::addColumn<int>("objective");
        QTest::newRow("revenue") << int(Objective::Revenue);
        QTest::newRow("margin") << int(Objective::Margin);
    }
    void randomOptimality() {
        QFETCH(int, objective);
        for (quint64 seed = 1; seed <= 40; ++seed) {
            const PlanProblem problem =
                randomProblem(seed, 20 + int(seed * 13 % 300), Objective(objective));
            const PlanResult r = allocate(problem);
            QVERIFY2(r.ok(), qPrintable(r.error));
            const Plan &plan = r.plan;
            const double lambda = plan.shadowPrice;
            const double tol = 1e-7 * std::max(1.0, lambda);
            double capacity = 0.0;
            int interior = 0;
            for (size_t i = 0; i < problem.partners.size(); ++i) {
                const PlanPartner &p = problem.partners[i];
                const PartnerAllocation &a = plan.partners[i];
                QVERIFY(a.allocation >= 0.0);
                if (p.exited) {
                    QCOMPARE(a.allocation, 0.0);
                    QCOMPARE(bindingKey(a, problem.constraints), QStringLiteral("exited"));
                    continue;
                }
                if (p.fixed) {
                    QCOMPARE(a.allocation, *p.fixed);
                    capacity += *p.fixed;
                    continue;
                }
                if (p.quadrant == Quadrant::Deprioritize) {
                    QCOMPARE(a.allocation, p.contractMinimum);
                    QCOMPARE(a.binding, Binding::Policy);
                    capacity += p.contractMinimum;
                    continue;
                }
                const double lo = p.contractMinimum;
                const double hi = p.maximum.value_or(Unlimited);
                capacity += hi;
                QVERIFY(a.allocation >= lo - 1e-9 && a.allocation <= hi + 1e-9);
                if (a.binding == Binding::None && a.allocation > 0.0) {
                    QVERIFY2(std::abs(a.marginal - lambda) <= tol,
                             qPrintable(QStringLiteral("seed %1 partner %2: marginal %3, λ %4")
                                            .arg(seed)
                                            .arg(i)
                                            .arg(a.marginal)
                                            .arg(lambda)));
                    ++interior;
                } else if (a.allocation <= lo + 1e-9) {
                    QVERIFY(a.marginal <= lambda + tol); // unfunded or at its floor
                } else {
                    QCOMPARE(a.binding, Binding::Max);
                    QVERIFY(a.marginal >= lambda - tol);
                }
            }
            QVERIFY(interior > 0);
            QVERIFY(plan.allocated <= plan.budget * (1 + 1e-12));
            if (lambda > 0.0)
                QVERIFY(std::abs(plan.allocated - plan.budget) <= 1e-8 * plan.budget);
            else if (Objective(objective) == Objective::Revenue)
                QVERIFY(std::abs(plan.allocated - capacity) <= 1e-8 * capacity);
            else
                QVERIFY(!plan.notes.isEmpty()); // says why money is left
            // No small move of money between two partners improves the objective.
            const std::vector<double> x = allocations(plan);
            const double best = objectiveOf(problem, x);
            Random rng(seed);
            for (int trial = 0; trial < 200; ++trial) {
                std::vector<double> y = x;
                const size_t from = size_t(rng.between(0, int(x.size()) - 1));
                const size_t to = size_t(rng.between(0, int(x.size()) - 1));
                const double d = std::min(y[from], 50.0);
                y[from] -= d;
                y[to] += d;
                if (!constraintViolations(problem, y).isEmpty())
                    continue;
                QVERIFY(objectiveOf(problem, y) <= best + 1e-9 * std::abs(best));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanAllocator)
#include "tst_planallocator.moc"
