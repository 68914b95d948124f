// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's Monte Carlo forecast: quantiles and payback probabilities against closed forms
// (a log-normal ceiling; the linear regime where ln r is normal with the correlation), the mean
// of a sum against its expectation, determinism across thread counts, cancellation, refusals,
// and the normal sampler's distribution.
#include "core/plan/allocator.h"
#include "core/plan/forecast.h"
#include "core/plan/normalsampler_p.h"

#include <QTest>

#include <cmath>

using namespace ps;
using namespace ps::plan;

namespace {

/// Φ⁻¹(0.1) and Φ(x).
constexpr double Z10 = -1.2815515655446004;
double phi(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

struct Single {
    PlanProblem problem;
    Plan plan;
};

/// One partner at a given allocation (the plan is set by hand, as an edited plan would be).
Single single(ResponseCurve curve, CurveUncertainty u, double x, Objective objective,
              double margin = 1.0) {
    Single s;
    PlanPartner p;
    p.id = 1;
    p.name = QStringLiteral("Solo");
    p.curve = curve;
    p.uncertainty = u;
    s.problem.partners = {p};
    s.problem.constraints.objective = objective;
    s.problem.constraints.marginRate = margin;
    s.problem.constraints.budget = x;
    PartnerAllocation a;
    a.id = 1;
    a.allocation = x;
    s.plan.partners = {a};
    return s;
}

} // namespace

class TestPlanForecast : public QObject {
    Q_OBJECT

private slots:
    /// Closed forms, 50,000 draws (quantile error about 0.5%, payback error about 0.002). The
    /// curve keeps E[a] and E[a/s] (CurveUncertainty), so the median of a is a·e^(−σa²/2).
    /// - "ceiling": a = 1000, s = 500, x = 400, baseline 100, σ(ln a) = 0.3, s known: the
    ///   return is 100 + 550.671·e^(−0.045)·e^(0.3z) = 100 + 526.440·e^(0.3z): P10 = 458.408,
    ///   P50 = 626.440, P90 = 873.251; payback Φ(ln(526.440/400)/0.3) = 0.82006.
    /// - "linear regime": a = 120,000, s = 100,000, x = 10 (x/s = 1e-4, so r ≈ a·x/s up to
    ///   5e-5): ln r ≈ ln(a/s·x) + (ln a − E ln a) − (ln s − E ln s) − v/2, a normal with
    ///   variance v = 0.16 + 0.09 − 2·0.5·0.4·0.3 = 0.13 (sd 0.360555) and mean
    ///   ln(11.9994) − 0.065: P10 = 7.0836, P50 = 11.2442, P90 = 17.8486; payback
    ///   Φ(ln(11.2442/10)/0.360555) = 0.62751.
    /// - "margin": the ceiling case at margin rate 0.5: 0.5·(100 + r) − 400: P10 = −170.796,
    ///   P50 = −86.780, P90 = 36.625; payback P(0.5·r ≥ 400) = Φ(ln(263.220/400)/0.3) = 0.0815.
    void closedForm_data() {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("sdA");
        QTest::addColumn<double>("sdS");
        QTest::addColumn<double>("rho");
        QTest::addColumn<double>("margin");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p90");
        QTest::addColumn<double>("payback");
        QTest::newRow("ceiling") << 1000.0 << 500.0 << 100.0 << 400.0 << 0.3 << 0.0 << 0.0 << 0.0
                                 << 458.408046 << 626.440124 << 873.250509 << 0.820056;
        QTest::newRow("linear regime") << 120000.0 << 100000.0 << 0.0 << 10.0 << 0.4 << 0.3 << 0.5
                                       << 0.0 << 7.083631 << 11.244247 << 17.848628 << 0.627505;
        const double m = 0.5 * 550.6710358827785 * std::exp(-0.045);
        QTest::newRow("margin") << 1000.0 << 500.0 << 100.0 << 400.0 << 0.3 << 0.0 << 0.0 << 0.5
                                << 50.0 + m * std::exp(0.3 * Z10) - 400.0 << 50.0 + m - 400.0
                                << 50.0 + m * std::exp(-0.3 * Z10) - 400.0
                                << phi(std::log(m / 400.0) / 0.3);
    }
    void closedForm() {
        QFETCH(double, a);
        QFETCH(double, s);
        QFETCH(double, baseline);
        QFETCH(double, x);
        QFETCH(double, sdA);
        QFETCH(double, sdS);
        QFETCH(double, rho);
        QFETCH(double, margin);
        QFETCH(double, p10);
        QFETCH(double, p50);
        QFETCH(double, p90);
        QFETCH(double, payback);
        const Single c = single({a, s, baseline}, {sdA, sdS, rho}, x,
                                margin > 0.0 ? Objective::Margin : Objective::Revenue, margin);
        ForecastOptions options;
        options.draws = 50000;
        options.seed = 7;
        const Forecast f = forecastPlan(c.problem, c.plan, options);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(f.draws, 50000);
        // Relative to the spread around the median (the figures may be near zero).
        const double spread = std::abs(p90 - p10);
        QVERIFY2(std::abs(f.p10 - p10) < 0.01 * spread, qPrintable(QString::number(f.p10)));
        QVERIFY2(std::abs(f.p50 - p50) < 0.01 * spread, qPrintable(QString::number(f.p50)));
        QVERIFY2(std::abs(f.p90 - p90) < 0.01 * spread, qPrintable(QString::number(f.p90)));
        QVERIFY(f.payback[0].has_value());
        QVERIFY2(std::abs(*f.payback[0] - payback) < 0.01,
                 qPrintable(QString::number(*f.payback[0])));
    }

    /// Forty partners with uncertain ceilings: the mean of the total against Σ baseline + a·g
    /// (a is the mean) within four standard errors (√(Σ (a·g)²·(e^(σ²) − 1) / draws)).
    void meanOfSum() {
        PlanProblem problem;
        Plan plan;
        double expected = 0.0, variance = 0.0;
        for (int i = 0; i < 40; ++i) {
            PlanPartner p;
            p.id = i + 1;
            p.curve = {1000.0 + 50.0 * i, 300.0 + 10.0 * i, 20.0};
            p.uncertainty = {0.1 + 0.01 * i, 0.0, 0.0};
            problem.partners.push_back(p);
            PartnerAllocation a;
            a.id = p.id;
            a.allocation = 100.0 + 5.0 * i;
            plan.partners.push_back(a);
            const double ag = p.curve.response(a.allocation);
            const double v = p.uncertainty.sdLogA * p.uncertainty.sdLogA;
            expected += 20.0 + ag;
            variance += ag * ag * (std::exp(v) - 1.0);
        }
        ForecastOptions options;
        options.draws = 20000;
        const Forecast f = forecastPlan(problem, plan, options);
        QVERIFY2(f.ok(), qPrintable(f.error));
        const double se = std::sqrt(variance / options.draws);
        QVERIFY2(
            std::abs(f.mean - expected) < 4.0 * se,
            qPrintable(
                QStringLiteral("mean %1, expected %2 ± %3").arg(f.mean).arg(expected).arg(se)));
        QVERIFY(f.p10 < f.p50 && f.p50 < f.p90);
    }

    /// The same seed gives the same figures with 1, 2 or 3 threads; another seed does not.
    void deterministic() {
        PlanProblem problem;
        for (int i = 0; i < 300; ++i) {
            PlanPartner p;
            p.id = i + 1;
            p.curve = {5000.0 + i, 2000.0 + 3.0 * i, 0.0};
            p.uncertainty = {0.4, 0.3, -0.4};
            problem.partners.push_back(p);
        }
        problem.constraints.budget = 300000;
        const PlanResult r = allocate(problem);
        QVERIFY(r.ok());
        ForecastOptions options;
        options.draws = 2000;
        options.seed = 42;
        options.threads = 1;
        const Forecast one = forecastPlan(problem, r.plan, options);
        for (int threads : {2, 3}) {
            options.threads = threads;
            const Forecast many = forecastPlan(problem, r.plan, options);
            QCOMPARE(many.p10, one.p10);
            QCOMPARE(many.p50, one.p50);
            QCOMPARE(many.p90, one.p90);
            QCOMPARE(many.mean, one.mean);
            QVERIFY(many.payback == one.payback);
        }
        options.seed = 43;
        QVERIFY(forecastPlan(problem, r.plan, options).p50 != one.p50);
        // The plan's expected total sits inside the forecast's band.
        QVERIFY(one.p10 < r.plan.expectedTotal && r.plan.expectedTotal < one.p90);
    }

    /// Two partners whose whole uncertainty comes from one shared source move together: the
    /// total is 2·526.440·e^(0.3z), so P10 = 716.816, P50 = 1052.880, P90 = 1546.502. Drawn
    /// independently the band is narrower (by about 1/√2).
    void sharedSource() {
        PlanProblem problem;
        Plan plan;
        for (int i = 0; i < 2; ++i) {
            PlanPartner p;
            p.id = i + 1;
            p.curve = {1000, 500, 0};
            p.uncertainty = {0.3, 0.0, 0.0};
            p.shared = {0, 1.0, 1.0};
            problem.partners.push_back(p);
            PartnerAllocation a;
            a.id = p.id;
            a.allocation = 400;
            plan.partners.push_back(a);
        }
        problem.sharedSources = {{QStringLiteral("Resellers · Gold"), 0.0}};
        ForecastOptions options;
        options.draws = 50000;
        const Forecast together = forecastPlan(problem, plan, options);
        QVERIFY2(together.ok(), qPrintable(together.error));
        const double spread = 1546.502 - 716.816;
        QVERIFY(std::abs(together.p10 - 716.816) < 0.01 * spread);
        QVERIFY(std::abs(together.p50 - 1052.880) < 0.01 * spread);
        QVERIFY(std::abs(together.p90 - 1546.502) < 0.01 * spread);
        QCOMPARE(together.payback[0], together.payback[1]); // the same draws
        for (PlanPartner &p : problem.partners)
            p.shared = {};
        const Forecast apart = forecastPlan(problem, plan, options);
        QVERIFY(apart.p90 - apart.p10 < 0.8 * (together.p90 - together.p10));
        problem.partners[0].shared = {3, 1.0, 1.0};
        QCOMPARE(forecastPlan(problem, plan, options).error,
                 QStringLiteral("The plan's figures for 1 do not fit its problem."));
    }

    void cancelled() {
        const Single c = single({1000, 500, 0}, {0.3, 0.2, 0.0}, 400, Objective::Revenue);
        ForecastOptions options;
        int calls = 0;
        options.progress = [&](int, int) { return ++calls < 1; };
        const Forecast f = forecastPlan(c.problem, c.plan, options);
        QVERIFY(f.cancelled);
        QCOMPARE(f.error, QStringLiteral("The forecast was cancelled."));
        QVERIFY(f.payback.empty());
        QCOMPARE(calls, 1);
    }

    /// Known curves: every draw equals the plan's expected total; an unfunded partner has no
    /// payback probability, a funded one 0 or 1.
    void certainCurves() {
        PlanProblem problem;
        for (int i = 0; i < 3; ++i) {
            PlanPartner p;
            p.id = i + 1;
            p.curve = {i == 2 ? 10.0 : 1000.0, 100.0, 5.0};
            problem.partners.push_back(p);
        }
        problem.partners[1].exited = true;
        problem.partners[2].fixed = 50; // returns 10·(1 − e^(−0.5)) = 3.93 < 50
        problem.constraints.budget = 200;
        const PlanResult r = allocate(problem);
        QVERIFY(r.ok());
        const Forecast f = forecastPlan(problem, r.plan);
        QVERIFY(f.ok());
        QVERIFY(std::abs(f.p10 - r.plan.expectedTotal) < 1e-9);
        QVERIFY(std::abs(f.p90 - r.plan.expectedTotal) < 1e-9);
        QCOMPARE(f.payback[0], std::optional<double>(1.0));
        QCOMPARE(f.payback[1], std::optional<double>());
        QCOMPARE(f.payback[2], std::optional<double>(0.0));
    }

    void refusals() {
        Single c = single({1000, 500, 0}, {0.3, 0.2, 0.0}, 400, Objective::Revenue);
        ForecastOptions options;
        options.draws = 10;
        QCOMPARE(forecastPlan(c.problem, c.plan, options).error,
                 QStringLiteral("A forecast takes between 100 and 1000000 draws."));
        c.plan.partners.clear();
        QCOMPARE(forecastPlan(c.problem, c.plan).error,
                 QStringLiteral("The plan has 0 partners but its problem 1."));
    }

    /// The ziggurat against the standard normal: moments and tail shares of a million draws,
    /// each within five standard errors.
    void normalSampler() {
        detail::SplitMix rng(2024);
        const detail::Ziggurat &zig = detail::Ziggurat::instance();
        const int n = 1000000;
        double sum = 0.0, squares = 0.0;
        int below10 = 0, above3 = 0, belowHalf = 0;
        for (int i = 0; i < n; ++i) {
            const double z = zig.normal(quint32(rng.next()), rng);
            sum += z;
            squares += z * z;
            below10 += z < Z10;
            above3 += z > 3.0;
            belowHalf += z < 0.5;
        }
        auto share = [&](int count, double p) {
            return std::abs(double(count) / n - p) < 5.0 * std::sqrt(p * (1 - p) / n);
        };
        QVERIFY(std::abs(sum / n) < 5.0 / std::sqrt(double(n)));
        QVERIFY(std::abs(squares / n - 1.0) < 5.0 * std::sqrt(2.0 / n));
        QVERIFY(share(below10, 0.1));
        QVERIFY(share(above3, 0.0013498980316301));
        QVERIFY(share(belowHalf, 0.6914624612740131));
    }
};

QTEST_GUILESS_MAIN(TestPlanForecast)
#include "tst_planforecast.moc"
