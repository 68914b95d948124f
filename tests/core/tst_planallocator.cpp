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
        const double a = rng.logNormal(50000, 1.0); // in this order: arguments have none
        const double scale = rng.logNormal(20000, 0.8);
        PlanPartner p = partner(i + 1, a, scale);
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

/// Three disjoint groups (ids 1 mod 4, 2 mod 4, 3 mod 4) with shares that bind: each asks for
/// `boost` more than the group gets without it.
void addDisjointGroups(PlanProblem &problem, double boost) {
    const Plan free = allocate(problem).plan;
    for (int g = 1; g <= 3; ++g) {
        GroupShare group;
        group.name = QStringLiteral("G%1").arg(g);
        double got = 0.0;
        for (size_t i = 0; i < problem.partners.size(); ++i)
            if (problem.partners[i].id % 4 == g) {
                group.partnerIds.push_back(problem.partners[i].id);
                got += free.partners[i].allocation;
            }
        group.minShare = std::min(0.3, got / problem.constraints.budget + boost);
        problem.constraints.groups.push_back(group);
    }
}

/// The problem's limits and group shares, with no tolerance (constraintViolations allows cents).
bool holdsExactly(const PlanProblem &problem, const std::vector<double> &x) {
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i] < problem.partners[i].contractMinimum ||
            x[i] > problem.partners[i].maximum.value_or(Unlimited))
            return false;
    for (const GroupShare &g : problem.constraints.groups) {
        double sum = 0.0;
        for (Id id : g.partnerIds)
            sum += x[size_t(id - 1)];
        if (sum < g.minShare * problem.constraints.budget)
            return false;
    }
    return true;
}

/// Brute force over a fine grid, then finer grids around the best point: three partners that
/// spend the whole budget, so x3 = budget − x1 − x2.
std::vector<double> bruteForce3(const PlanProblem &problem) {
    const double budget = problem.constraints.budget;
    double best = -1e300;
    std::vector<double> arg(3, 0.0);
    double c1 = budget / 2, c2 = budget / 2, span = budget;
    for (int round = 0; round < 6; ++round) {
        const int steps = 400;
        const double lo1 = std::max(0.0, c1 - span / 2), lo2 = std::max(0.0, c2 - span / 2);
        for (int i = 0; i <= steps; ++i)
            for (int j = 0; j <= steps; ++j) {
                const double x1 = lo1 + span * i / steps, x2 = lo2 + span * j / steps;
                const std::vector<double> x{x1, x2, budget - x1 - x2};
                if (x[2] < 0.0 || !holdsExactly(problem, x))
                    continue;
                const double v = objectiveOf(problem, x);
                if (v > best) {
                    best = v;
                    arg = x;
                }
            }
        c1 = arg[0];
        c2 = arg[1];
        span /= 20.0;
    }
    return arg;
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

    /// Disjoint group shares: the exact Lagrangian path against GLPK's piecewise-linear form of
    /// the same problem, and the conditions of the optimum with group prices.
    void disjointGroupsAgainstGlpk_data() {
        QTest::addColumn<int>("objective");
        QTest::newRow("revenue") << int(Objective::Revenue);
        QTest::newRow("margin") << int(Objective::Margin);
    }
    void disjointGroupsAgainstGlpk() {
        QFETCH(int, objective);
        int bindingGroups = 0;
        for (quint64 seed = 1; seed <= 12; ++seed) {
            PlanProblem problem =
                randomProblem(100 + seed, 40 + int(seed) * 10, Objective(objective));
            addDisjointGroups(problem, 0.05);
            const PlanResult exact = allocate(problem);
            QVERIFY2(exact.ok(), qPrintable(exact.error));
            QVERIFY(exact.plan.exact);
            problem.constraints.groupSolver = GroupSolver::Glpk;
            const PlanResult lp = allocate(problem);
            QVERIFY2(lp.ok(), qPrintable(lp.error));
            QVERIFY(!lp.plan.exact);
            const std::vector<double> x = allocations(exact.plan), y = allocations(lp.plan);
            QVERIFY(constraintViolations(problem, x).isEmpty());
            QVERIFY(constraintViolations(problem, y).isEmpty());
            const double budget = problem.constraints.budget;
            for (size_t i = 0; i < x.size(); ++i)
                QVERIFY2(std::abs(x[i] - y[i]) <= 1e-4 * budget,
                         qPrintable(QStringLiteral("seed %1 partner %2: exact %3, GLPK %4")
                                        .arg(seed)
                                        .arg(i)
                                        .arg(x[i])
                                        .arg(y[i])));
            const double vx = objectiveOf(problem, x), vy = objectiveOf(problem, y);
            QVERIFY(vx >= vy - 1e-9 * std::abs(vx)); // the exact optimum is no worse
            QVERIFY(vx - vy <= 1e-6 * std::abs(vx)); // and GLPK's is close to it
            // Members of a binding group share the group's level, λ − μ_G.
            for (size_t g = 0; g < problem.constraints.groups.size(); ++g) {
                const double mu = exact.plan.groupShadowPrices[g];
                if (mu <= 0.0)
                    continue;
                ++bindingGroups;
                double sum = 0.0;
                for (size_t i = 0; i < x.size(); ++i) {
                    const PartnerAllocation &a = exact.plan.partners[i];
                    if (problem.partners[i].id % 4 != int(g) + 1)
                        continue;
                    sum += a.allocation;
                    if (a.binding == Binding::Group) {
                        QCOMPARE(bindingKey(a, problem.constraints),
                                 QStringLiteral("group:G%1").arg(g + 1));
                        QVERIFY(std::abs(a.marginal - (exact.plan.shadowPrice - mu)) <=
                                1e-7 * std::max(1.0, exact.plan.shadowPrice));
                    }
                }
                QVERIFY(std::abs(sum - problem.constraints.groups[g].minShare * budget) <=
                        1e-8 * budget);
            }
        }
        QVERIFY(bindingGroups >= 12);
    }

    /// Overlapping groups whose shares both bind, against brute force: GLPK's piecewise form.
    /// P1 returns most, so without groups it would take nearly everything; "B" = {P2, P3}
    /// needs 60% and "C" = {P2} 30%, and P2 returns least, so both bind: P2 = 30, P3 = 30.
    /// When only "B" binds ("C" asks for 5%), the exact path finishes.
    void overlappingGroupsAgainstBruteForce_data() {
        QTest::addColumn<double>("shareC");
        QTest::addColumn<bool>("exact");
        QTest::newRow("both bind") << 0.30 << false;
        QTest::newRow("only B binds") << 0.05 << true;
    }
    void overlappingGroupsAgainstBruteForce() {
        QFETCH(double, shareC);
        QFETCH(bool, exact);
        PlanProblem problem;
        problem.partners = {partner(1, 400, 60), partner(2, 60, 50), partner(3, 150, 40)};
        problem.constraints.budget = 100;
        problem.constraints.groups = {{QStringLiteral("B"), {2, 3}, 0.6},
                                      {QStringLiteral("C"), {2}, shareC}};
        const PlanResult r = allocate(problem);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.plan.exact, exact);
        const std::vector<double> x = allocations(r.plan);
        const std::vector<double> brute = bruteForce3(problem);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(x[size_t(i)] - brute[size_t(i)]) < 1e-3,
                     qPrintable(QStringLiteral("P%1: plan %2, brute force %3")
                                    .arg(i + 1)
                                    .arg(x[size_t(i)])
                                    .arg(brute[size_t(i)])));
        QVERIFY(objectiveOf(problem, x) >= objectiveOf(problem, brute) - 1e-6);
        if (!exact) {
            QVERIFY(std::abs(x[1] - 30.0) < 1e-4);
            QVERIFY(std::abs(x[1] + x[2] - 60.0) < 1e-4);
        }
    }

    void policies() {
        PlanProblem problem;
        problem.partners = {partner(1, 1000, 100), partner(2, 1000, 100), partner(3, 1000, 100),
                            partner(4, 1000, 100), partner(5, 1000, 100)};
        problem.partners[0].exited = true;
        problem.partners[0].contractMinimum = 50; // an exit ends the contract
        problem.partners[1].fixed = 40;
        problem.partners[2].quadrant = Quadrant::Deprioritize;
        problem.partners[2].contractMinimum = 25;
        problem.partners[3].quadrant = Quadrant::Maintain;
        problem.partners[3].currentSpend = 70;
        problem.constraints.quadrantPolicy[size_t(Quadrant::Maintain)] =
            QuadrantPolicy::HoldCurrent;
        problem.partners[4].mix.shares = {0.5, 0.2, 0.2, 0.1};
        problem.constraints.budget = 300;
        const PlanResult r = allocate(problem);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QStringList keys{"exited", "fixed", "policy", "policy", "max"};
        const QList<double> amounts{0, 40, 25, 70, 165};
        problem.partners[4].maximum = Unlimited;
        for (int i = 0; i < 5; ++i) {
            const PartnerAllocation &a = r.plan.partners[size_t(i)];
            QVERIFY2(std::abs(a.allocation - amounts[i]) < 1e-8,
                     qPrintable(QStringLiteral("P%1: %2").arg(i + 1).arg(a.allocation)));
            if (i < 4)
                QCOMPARE(bindingKey(a, problem.constraints), keys[i]);
        }
        // The last partner takes the rest; its allocation splits by its mix.
        const Investment &k = r.plan.partners[4].byKind;
        QVERIFY(std::abs(k.mdf - 82.5) < 1e-9 && std::abs(k.technicalSupport - 16.5) < 1e-9);
        QVERIFY(std::abs(r.plan.byKind.total() - r.plan.allocated) < 1e-9);
    }

    void refusals_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("negative budget")
            << "budget=-5"
            << "The budget must be a number of zero or more; -5 is not.";
        QTest::newRow("NaN budget") << "budget=nan"
                                    << "The budget must be a number of zero or more";
        QTest::newRow("infinite budget") << "budget=inf"
                                         << "The budget must be a number of zero or more";
        QTest::newRow("absurd budget") << "budget=1e16"
                                       << "is beyond any program budget";
        QTest::newRow("contract minimums above the budget")
            << "contract=60"
            << "The partners' floors add up to 180, more than the budget of 150 (fixed amounts "
               "0, quadrant policy 0, minimums and contract minimums 180).";
        QTest::newRow("fixed above the budget")
            << "fixed=200"
            << "The partners' floors add up to 200, more than the budget of 150 (fixed amounts "
               "200";
        QTest::newRow("floor above cap")
            << "floorcap"
            << "The floor of P2 (80, from its minimum and contract minimum) is "
               "above its maximum of 50.";
        QTest::newRow("group cannot reach its share")
            << "capped group"
            << "Group \"Small\" needs at least 90 (60% of the budget), but its partners can take "
               "at most 50";
        QTest::newRow("disjoint shares above the budget")
            << "two groups"
            << "The minimum shares of \"A\" (60%), \"B\" (50%) cannot all hold "
               "within the budget of 150 together with the other partners' floors.";
        QTest::newRow("overlapping shares that conflict")
            << "overlap"
            << "The minimum shares of \"A\" (60%), \"B\" (50%) cannot all hold";
        QTest::newRow("unknown partner in a group")
            << "unknown"
            << "Group \"A\" lists partner 99, which is not in the plan.";
        QTest::newRow("same partner twice") << "twice"
                                            << "Partner 1 appears twice in the plan.";
        QTest::newRow("curve with no scale") << "scale"
                                             << "The response curve of P3 is not valid";
        QTest::newRow("margin above 1") << "margin"
                                        << "The margin rate must be between 0 and 1.";
        QTest::newRow("no partners") << "empty"
                                     << "The plan has no partners.";
    }
    void refusals() {
        QFETCH(QString, change);
        QFETCH(QString, sentence);
        PlanProblem problem = handProblem(false);
        if (change.startsWith("budget="))
            problem.constraints.budget = change.mid(7) == "nan"   ? std::nan("")
                                         : change.mid(7) == "inf" ? Unlimited
                                                                  : change.mid(7).toDouble();
        else if (change == "contract=60")
            for (PlanPartner &p : problem.partners)
                p.contractMinimum = 60;
        else if (change == "fixed=200")
            problem.partners[0].fixed = 200;
        else if (change == "floorcap") {
            problem.partners[1].minimum = 80;
            problem.partners[1].maximum = 50;
        } else if (change == "capped group") {
            problem.partners[1].maximum = 30;
            problem.partners[2].maximum = 20;
            problem.constraints.groups = {{QStringLiteral("Small"), {2, 3}, 0.6}};
        } else if (change == "two groups")
            problem.constraints.groups = {{QStringLiteral("A"), {1}, 0.6},
                                          {QStringLiteral("B"), {2, 3}, 0.5}};
        else if (change == "overlap")
            problem.constraints.groups = {{QStringLiteral("A"), {1, 2}, 0.6},
                                          {QStringLiteral("B"), {3}, 0.5},
                                          {QStringLiteral("C"), {2, 3}, 0.1}};
        else if (change == "unknown")
            problem.constraints.groups = {{QStringLiteral("A"), {1, 99}, 0.1}};
        else if (change == "twice")
            problem.partners[1].id = 1;
        else if (change == "empty")
            problem.partners.clear();
        else if (change == "scale")
            problem.partners[2].curve.s = 0.0;
        else if (change == "margin") {
            problem.constraints.objective = Objective::Margin;
            problem.constraints.marginRate = 1.5;
        }
        const PlanResult r = allocate(problem);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(sentence), qPrintable(r.error));
        QVERIFY(r.plan.partners.empty());
    }

    /// A margin plan stops spending where a unit returns less margin than it costs, and says so.
    void marginLeavesBudget() {
        PlanProblem problem = handProblem(false);
        problem.constraints.objective = Objective::Margin;
        problem.constraints.marginRate = 0.5;
        problem.constraints.budget = 1000;
        const PlanResult r = allocate(problem);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.plan.shadowPrice, 0.0);
        // Funded partners stop where 0.5·r'(x) = 1: x = s·ln(0.5·a/s): P1 50·ln(0.5e²) =
        // 65.343, P2 100·ln(0.5e) = 30.685, P3 0.5·1 < 1: unfunded.
        QVERIFY(std::abs(r.plan.partners[0].allocation - 50 * std::log(0.5 * E * E)) < 1e-9);
        QVERIFY(std::abs(r.plan.partners[1].allocation - 100 * std::log(0.5 * E)) < 1e-9);
        QCOMPARE(r.plan.partners[2].allocation, 0.0);
        QCOMPARE(r.plan.notes.size(), 1);
        QVERIFY(r.plan.notes[0].contains("stays unallocated"));
    }
};

QTEST_GUILESS_MAIN(TestPlanAllocator)
#include "tst_planallocator.moc"
