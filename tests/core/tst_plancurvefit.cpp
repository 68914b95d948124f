// SPDX-License-Identifier: GPL-3.0-or-later
// Response curves and their fit: the curve's value, marginal and inverse; the least-squares fit
// on exact data, its failure modes, its optimality against perturbations and its standard
// errors' coverage over simulated data sets; the normal-normal combination by hand; fitCurves
// end to end on a synthetic program (own evidence, model and tier, program, overrides, the
// plan-period scaling, refusals); program-kind mixes; docs/plan.md's worked fit.
#include "core/generate/random.h"
#include "core/plan/curvefit.h"
#include "core/plan/curvefit_p.h"
#include "core/plan/planproblem.h"
#include "core/plan/programkinds.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ps;
using namespace ps::plan;
using detail::FitFailure;
using detail::Observations;

namespace {

Observations curveData(double a, double s, double b, const std::vector<double> &x,
                       double noise = 0.0, quint64 seed = 1) {
    Random rng(seed);
    Observations obs;
    for (double v : x) {
        obs.x.push_back(v);
        // Box-Muller for an exact normal, so the coverage test means what it says.
        const double u1 = 1.0 - rng.uniform(), u2 = rng.uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        obs.y.push_back(b + a * -std::expm1(-v / s) + noise * z);
    }
    return obs;
}

double rss(const Observations &o, double a, double s, double b) {
    double sum = 0.0;
    for (size_t i = 0; i < o.x.size(); ++i) {
        const double r = o.y[i] - b - a * -std::expm1(-o.x[i] / s);
        sum += r * r;
    }
    return sum;
}

const std::vector<double> Spends{5000, 10000, 15000, 20000, 30000, 40000, 50000, 60000};

PartnerEvidence partnerWith(Id id, PartnerModel model, PartnerTier tier, double a, double s,
                            double b, int periods, quint64 seed) {
    PartnerEvidence e;
    e.id = id;
    e.name = QStringLiteral("P%1").arg(id);
    e.model = model;
    e.tier = tier;
    Random rng(seed);
    for (int t = 0; t < periods; ++t) {
        EvidencePeriod p;
        p.start = QDate(2023, 1, 1).addMonths(3 * t);
        const double x = Spends[size_t((t * 3 + int(seed)) % int(Spends.size()))];
        p.investment.mdf = 0.6 * x;
        p.investment.enablement = 0.4 * x;
        p.revenue = (b + a * -std::expm1(-x / s)) * (1.0 + 0.03 * rng.normal());
        e.periods.push_back(p);
    }
    e.currentSpend.mdf = 12000;
    e.currentSpend.enablement = 8000;
    return e;
}

/// A program of two groups: resellers (gold), a = 150,000, s = 25,000; ISVs (silver),
/// a = 80,000, s = 40,000 per quarter; partners scattered around them by about 20%.
std::vector<PartnerEvidence> program() {
    std::vector<PartnerEvidence> out;
    Random rng(99);
    for (int i = 0; i < 6; ++i)
        out.push_back(partnerWith(i + 1, PartnerModel::Reseller, PartnerTier::Gold,
                                  150000 * std::exp(0.2 * rng.normal()),
                                  25000 * std::exp(0.15 * rng.normal()), 40000, 8, quint64(i + 1)));
    for (int i = 0; i < 6; ++i)
        out.push_back(partnerWith(
            i + 11, PartnerModel::Isv, PartnerTier::Silver, 80000 * std::exp(0.2 * rng.normal()),
            40000 * std::exp(0.15 * rng.normal()), 10000, 8, quint64(i + 11)));
    // Too little of its own: three quarters (a reseller), two (a distributor, a group alone).
    out.push_back(
        partnerWith(21, PartnerModel::Reseller, PartnerTier::Gold, 150000, 25000, 40000, 3, 21));
    out.push_back(
        partnerWith(22, PartnerModel::Distributor, PartnerTier::Gold, 150000, 25000, 40000, 2, 22));
    return out;
}

/// docs/plan.md's worked fit: five gold resellers, eight quarters of (spend, revenue) each.
std::vector<PartnerEvidence> workedResellers() {
    const std::vector<std::vector<std::pair<double, double>>> quarters{
        {{10000, 79100},
         {20000, 118700},
         {30000, 130300},
         {15000, 94500},
         {40000, 137100},
         {25000, 121400},
         {50000, 137000},
         {35000, 124700}},
        {{20000, 124600},
         {30000, 128800},
         {15000, 107800},
         {40000, 147000},
         {25000, 133500},
         {50000, 156000},
         {35000, 148700},
         {10000, 89800}},
        {{30000, 157000},
         {15000, 133800},
         {40000, 174300},
         {25000, 142400},
         {50000, 180900},
         {35000, 167100},
         {10000, 118100},
         {20000, 141300}},
        {{15000, 125100},
         {40000, 157900},
         {25000, 136100},
         {50000, 165700},
         {35000, 150900},
         {10000, 106800},
         {20000, 138600},
         {30000, 143100}},
        {{40000, 128700},
         {25000, 108500},
         {50000, 130800},
         {35000, 131400},
         {10000, 101500},
         {20000, 113900},
         {30000, 119200},
         {15000, 106000}},
    };
    std::vector<PartnerEvidence> out;
    for (size_t j = 0; j < quarters.size(); ++j) {
        PartnerEvidence e;
        e.id = Id(j + 1);
        e.name = QStringLiteral("R%1").arg(j + 1);
        e.model = PartnerModel::Reseller;
        e.tier = PartnerTier::Gold;
        for (size_t t = 0; t < quarters[j].size(); ++t) {
            EvidencePeriod p;
            p.start = QDate(2024, 1, 1).addMonths(3 * int(t));
            p.investment.mdf = quarters[j][t].first;
            p.revenue = quarters[j][t].second;
            e.periods.push_back(p);
        }
        out.push_back(e);
    }
    return out;
}

/// The fixed-effects residual sum of squares at scale s, by brute force: for each partner its
/// own baseline, the mean of y − a·g over its periods; a in closed form over the demeaned g.
/// Written from the model, not from curvefit_nls.cpp, to check its fit over many partners.
double fixedEffectsRss(const Observations &o, double s, double *aOut = nullptr) {
    std::vector<double> gSum(size_t(o.units), 0.0), ySum(size_t(o.units), 0.0);
    std::vector<int> count(size_t(o.units), 0);
    for (size_t i = 0; i < o.x.size(); ++i) {
        gSum[size_t(o.unit[i])] += 1.0 - std::exp(-o.x[i] / s);
        ySum[size_t(o.unit[i])] += o.y[i];
        ++count[size_t(o.unit[i])];
    }
    double gg = 0.0, gy = 0.0;
    for (size_t i = 0; i < o.x.size(); ++i) {
        const size_t u = size_t(o.unit[i]);
        const double dg = 1.0 - std::exp(-o.x[i] / s) - gSum[u] / count[u];
        gg += dg * dg;
        gy += dg * (o.y[i] - ySum[u] / count[u]);
    }
    const double a = gy / gg;
    double sum = 0.0;
    for (size_t i = 0; i < o.x.size(); ++i) {
        const size_t u = size_t(o.unit[i]);
        const double baseline = (ySum[u] - a * gSum[u]) / count[u];
        const double r = o.y[i] - baseline - a * (1.0 - std::exp(-o.x[i] / s));
        sum += r * r;
    }
    if (aOut)
        *aOut = a;
    return sum;
}

/// 60 partners with 5 to 9 periods each, spends from a short list (so they repeat, as budgets
/// in round amounts do), a = 40,000 and s = 12,000 shared, a baseline of their own.
Observations manyPartners(double noise) {
    Random rng(7);
    const std::vector<double> spends{2000, 5000, 8000, 10000, 15000, 20000, 30000, 45000};
    Observations obs;
    for (int u = 0; u < 60; ++u) {
        const double baseline = 5000.0 + 1000.0 * u;
        const int periods = 5 + u % 5;
        for (int t = 0; t < periods; ++t) {
            const double x = spends[size_t((u * 3 + t * 5) % int(spends.size()))];
            obs.x.push_back(x);
            obs.y.push_back(baseline + 40000.0 * -std::expm1(-x / 12000.0) + noise * rng.normal());
            obs.unit.push_back(u);
        }
        ++obs.units;
    }
    return obs;
}

} // namespace

class TestPlanCurveFit : public QObject {
    Q_OBJECT

private slots:
    void curve() {
        const ResponseCurve c{300.0, 50.0, 10.0};
        QCOMPARE(c.response(0.0), 0.0);
        QCOMPARE(c.response(-5.0), 0.0);
        QVERIFY(std::abs(c.value(50.0) - (10.0 + 300.0 * (1.0 - std::exp(-1.0)))) < 1e-12);
        QVERIFY(std::abs(c.marginal(0.0) - 6.0) < 1e-12);
        // The inverse of the marginal, round trip, and its ends.
        for (double x : {0.0, 1.0, 37.5, 200.0})
            QVERIFY(std::abs(c.spendForMarginal(c.marginal(x)) - x) < 1e-9);
        QCOMPARE(c.spendForMarginal(6.0), 0.0);
        QCOMPARE(c.spendForMarginal(7.0), 0.0);
        QVERIFY(std::isinf(c.spendForMarginal(0.0)));
        QVERIFY(c.isValid());
        QVERIFY(!ResponseCurve({1.0, 0.0, 0.0}).isValid());
        QVERIFY(!ResponseCurve({-1.0, 1.0, 0.0}).isValid());
        QVERIFY(!ResponseCurve({std::nan(""), 1.0, 0.0}).isValid());
    }

    void exactDataIsRecovered() {
        const Observations obs = curveData(5000, 2000, 1000, {500, 1000, 1500, 2500, 4000, 6000});
        const detail::SaturatingFit fit = detail::fitSaturating(obs);
        QVERIFY(fit.ok());
        QVERIFY(std::abs(fit.a - 5000) < 1e-4);
        QVERIFY(std::abs(fit.s - 2000) < 1e-4);
        QVERIFY(std::abs(fit.baselines[0] - 1000) < 1e-4);
        QVERIFY(fit.params.cov[0] < 1e-12);
    }

    void failures_data() {
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("y");
        QTest::addColumn<int>("failure");
        const QList<double> x{1000, 2000, 3000, 4000, 5000, 6000};
        QTest::newRow("straight line")
            << x << QList<double>{20, 40, 60, 80, 100, 120} << int(FitFailure::NoSaturation);
        QTest::newRow("falling") << x << QList<double>{120, 100, 80, 60, 40, 20}
                                 << int(FitFailure::NoPositiveResponse);
        QTest::newRow("no revenue")
            << x << QList<double>{0, 0, 0, 0, 0, 0} << int(FitFailure::NoPositiveResponse);
        QTest::newRow("same revenue")
            << x << QList<double>{70, 70, 70, 70, 70, 70} << int(FitFailure::NoPositiveResponse);
        QTest::newRow("falling, spends repeat")
            << QList<double>{1000, 1000, 3000, 3000, 6000, 6000}
            << QList<double>{90, 110, 80, 60, 20, 40} << int(FitFailure::NoPositiveResponse);
        // Falls overall, but the largest spend brings more than the mean: left to the grid,
        // which finds the rise at the top end (a straight line's best fit).
        QTest::newRow("falling, then a jump")
            << x << QList<double>{120, 100, 80, 60, 40, 200} << int(FitFailure::NoSaturation);
        QTest::newRow("three points")
            << QList<double>{1, 2, 3} << QList<double>{1, 2, 2.5} << int(FitFailure::TooFewPoints);
        QTest::newRow("one spend")
            << QList<double>{5, 5, 5, 5, 5, 5} << QList<double>{1, 2, 1, 2, 1, 2}
            << int(FitFailure::TooFewPoints);
        QTest::newRow("flat above the smallest spend")
            << QList<double>{0, 0, 1000, 2000, 3000, 4000}
            << QList<double>{100, 100, 500, 500, 500, 500} << int(FitFailure::SaturatedBelowData);
    }
    void failures() {
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, y);
        QFETCH(int, failure);
        Observations obs;
        obs.x = std::vector<double>(x.begin(), x.end());
        obs.y = std::vector<double>(y.begin(), y.end());
        QCOMPARE(int(detail::fitSaturating(obs).failure), failure);
    }

    /// fitSaturating() tells "no positive response" without its grid when revenue never
    /// changes or falls with spend throughout; checked here the slow way: at 400 scales over
    /// the grid's range and beyond, the least-squares ceiling is never positive. And where it
    /// can be positive, the fit does not claim otherwise.
    void noResponseWithoutTheGrid() {
        int claimed = 0, rising = 0;
        for (quint64 seed = 1; seed <= 300; ++seed) {
            Random rng(seed);
            Observations obs;
            const int n = 6 + int(seed % 5);
            const double trend = rng.normal(); // sign: revenue rising or falling with spend
            for (int i = 0; i < n; ++i) {
                const double x = 1000.0 + 500.0 * double(i % (3 + int(seed % 4)));
                obs.x.push_back(x);
                obs.y.push_back(
                    seed % 7 == 0
                        ? 0.0
                        : std::max(0.0, 5000.0 + trend * x + (seed % 3) * 200.0 * rng.normal()));
            }
            double median = 0.0;
            {
                std::vector<double> sorted = obs.x;
                std::sort(sorted.begin(), sorted.end());
                median = sorted[sorted.size() / 2];
            }
            bool positive = false;
            for (int k = 0; k <= 400; ++k) {
                const double s = median / 100.0 * std::pow(1e4, k / 400.0);
                double mg = 0.0, my = 0.0;
                for (size_t i = 0; i < obs.x.size(); ++i) {
                    mg += 1.0 - std::exp(-obs.x[i] / s);
                    my += obs.y[i];
                }
                mg /= double(obs.x.size());
                my /= double(obs.x.size());
                double sgy = 0.0;
                for (size_t i = 0; i < obs.x.size(); ++i)
                    sgy += (1.0 - std::exp(-obs.x[i] / s) - mg) * (obs.y[i] - my);
                positive = positive || sgy > 1e-9 * std::abs(my) * double(obs.x.size());
            }
            const detail::SaturatingFit fit = detail::fitSaturating(obs);
            if (fit.failure == FitFailure::TooFewPoints)
                continue;
            if (fit.failure == FitFailure::NoPositiveResponse) {
                ++claimed;
                QVERIFY2(!positive, qPrintable(QString::number(seed)));
            } else {
                ++rising;
                QVERIFY2(positive, qPrintable(QString::number(seed)));
            }
        }
        QVERIFY(claimed > 50 && rising > 50);
    }

    /// On noisy data no nearby (a, s, baseline) has a smaller residual sum of squares.
    void fitIsLeastSquares() {
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const Observations obs = curveData(
                5000, 2000, 1000, {300, 800, 1500, 2200, 3000, 4500, 6000, 8000}, 150, seed);
            const detail::SaturatingFit fit = detail::fitSaturating(obs);
            if (!fit.ok())
                continue;
            const double best = rss(obs, fit.a, fit.s, fit.baselines[0]);
            Random rng(seed);
            for (int k = 0; k < 200; ++k) {
                const double a = fit.a * (1 + 0.01 * rng.normal());
                const double s = fit.s * (1 + 0.01 * rng.normal());
                const double b = std::max(0.0, fit.baselines[0] + 5.0 * rng.normal());
                QVERIFY(rss(obs, a, s, b) >= best * (1 - 1e-9));
            }
        }
    }

    /// Over 400 simulated data sets the 95% interval ln â ± 1.96·se holds the true ln a in
    /// about 95% of them (88-99% allowed), and likewise for ln s.
    void standardErrorsCover() {
        int fits = 0, coverA = 0, coverS = 0;
        for (quint64 seed = 1; seed <= 400; ++seed) {
            const Observations obs = curveData(
                5000, 2000, 1000,
                {300, 800, 1500, 2200, 3000, 4500, 6000, 8000, 1000, 2600, 5200, 7000}, 120, seed);
            const detail::SaturatingFit fit = detail::fitSaturating(obs);
            if (!fit.ok())
                continue;
            ++fits;
            coverA += std::abs(fit.params.mean[0] - std::log(5000.0)) <=
                      1.96 * std::sqrt(fit.params.cov[0]);
            coverS += std::abs(fit.params.mean[1] - std::log(2000.0)) <=
                      1.96 * std::sqrt(fit.params.cov[2]);
        }
        QVERIFY(fits > 380);
        QVERIFY2(coverA > 0.88 * fits && coverA < 0.99 * fits, qPrintable(QString::number(coverA)));
        QVERIFY2(coverS > 0.88 * fits && coverS < 0.99 * fits, qPrintable(QString::number(coverS)));
    }

    /// A program-level fit over many partners whose spends repeat: exact data gives back a, s
    /// and every partner's baseline; on noisy data the fit's RSS is the brute-force one at its
    /// s, no scale on a fine log grid over the whole search range does better, and the
    /// baselines are the partners' means of y − a·g.
    void fixedEffectsOverManyPartners() {
        const Observations exact = manyPartners(0.0);
        const detail::SaturatingFit e = detail::fitSaturating(exact);
        QVERIFY(e.ok());
        QVERIFY(std::abs(e.a - 40000.0) < 1e-3);
        QVERIFY(std::abs(e.s - 12000.0) < 1e-3);
        QCOMPARE(e.baselines.size(), size_t(60));
        for (int u = 0; u < 60; ++u)
            QVERIFY(std::abs(e.baselines[size_t(u)] - (5000.0 + 1000.0 * u)) < 1e-3);

        const Observations obs = manyPartners(1500.0);
        const detail::SaturatingFit fit = detail::fitSaturating(obs);
        QVERIFY(fit.ok());
        double a = 0.0;
        const double atFit = fixedEffectsRss(obs, fit.s, &a);
        QVERIFY(std::abs(fit.rss - atFit) <= 1e-9 * atFit);
        QVERIFY(std::abs(fit.a - a) <= 1e-9 * a);
        // The search runs from median/50 to median·50 of the spends (10,000 here).
        for (int k = 0; k <= 4000; ++k) {
            const double s = 200.0 * std::pow(2500.0, k / 4000.0);
            QVERIFY2(fixedEffectsRss(obs, s) >= atFit * (1 - 1e-9), qPrintable(QString::number(s)));
        }
        std::vector<double> sum(60, 0.0);
        std::vector<int> count(60, 0);
        for (size_t i = 0; i < obs.x.size(); ++i) {
            sum[size_t(obs.unit[i])] += obs.y[i] - fit.a * (1.0 - std::exp(-obs.x[i] / fit.s));
            ++count[size_t(obs.unit[i])];
        }
        for (size_t u = 0; u < 60; ++u)
            QVERIFY(std::abs(fit.baselines[u] - sum[u] / count[u]) < 1e-6);
    }

    /// Partners' own fits run side by side: each partner's curve is the same whether it is
    /// fitted alone or with 400 others.
    void partnersFitAloneOrTogether() {
        std::vector<PartnerEvidence> many;
        for (int i = 0; i < 400; ++i)
            many.push_back(partnerWith(i + 1, i % 2 ? PartnerModel::Reseller : PartnerModel::Isv,
                                       PartnerTier::Gold, 100000.0 + 300.0 * i, 20000.0 + 50.0 * i,
                                       10000.0, 8, quint64(i + 1)));
        const CurveFit together = fitCurves(many);
        QVERIFY(together.ok());
        QCOMPARE(together.partners.size(), many.size());
        int own = 0;
        for (size_t i = 0; i < many.size(); i += 37) {
            Observations obs;
            for (const EvidencePeriod &p : many[i].periods) {
                obs.x.push_back(p.investment.total());
                obs.y.push_back(p.revenue);
            }
            const detail::SaturatingFit alone = detail::fitSaturating(obs);
            const CurveEstimate &e = together.partners[i];
            QCOMPARE(e.id, many[i].id);
            QCOMPARE(e.source == CurveSource::Evidence, alone.ok());
            own += alone.ok();
        }
        QVERIFY(own > 0);
        // And the whole fit is the same run after run (no dependence on the threads' order).
        const CurveFit again = fitCurves(many);
        for (size_t i = 0; i < many.size(); ++i) {
            QCOMPARE(again.partners[i].curve.a, together.partners[i].curve.a);
            QCOMPARE(again.partners[i].curve.s, together.partners[i].curve.s);
            QCOMPARE(again.partners[i].curve.baseline, together.partners[i].curve.baseline);
        }
    }

    /// By hand: an own estimate 1.0 with variance 0.04 and a prior 0.0 with variance 0.16
    /// combine to (25·1 + 6.25·0)/(25 + 6.25) = 0.8 with variance 1/31.25 = 0.032.
    void combineByHand() {
        detail::LogParams own, prior;
        own.mean = {1.0, 2.0};
        own.cov = {0.04, 0.0, 0.09};
        prior.mean = {0.0, 1.0};
        prior.cov = {0.16, 0.0, 0.09};
        const detail::LogParams post = detail::combine(own, prior);
        QVERIFY(std::abs(post.mean[0] - 0.8) < 1e-12);
        QVERIFY(std::abs(post.cov[0] - 0.032) < 1e-12);
        QVERIFY(std::abs(post.mean[1] - 1.5) < 1e-12);
        QVERIFY(std::abs(post.cov[2] - 0.045) < 1e-12);
        QVERIFY(std::abs(post.cov[1]) < 1e-15);
    }

    /// docs/plan.md, "A worked fit": R4's own fit, its group's curve, the spread between
    /// partners, and R4's estimate as their precision-weighted combination, recomputed here from
    /// the figures fitCurves reports.
    void workedFit() {
        const std::vector<PartnerEvidence> evidence = workedResellers();
        const CurveFit fit = fitCurves(evidence);
        QVERIFY2(fit.ok(), qPrintable(fit.error));
        auto near = [](double value, double expected, double tolerance) {
            return std::abs(value - expected) <= tolerance;
        };
        // R4 alone: a = 100,993, s = 26,595, baseline 78,468; sd(ln a) 0.0981, sd(ln s) 0.4514.
        Observations r4;
        for (const EvidencePeriod &p : evidence[3].periods) {
            r4.x.push_back(p.investment.total());
            r4.y.push_back(p.revenue);
        }
        const detail::SaturatingFit own = detail::fitSaturating(r4);
        QVERIFY(own.ok());
        QVERIFY(near(own.a, 100993, 1) && near(own.s, 26595, 1) &&
                near(own.baselines[0], 78468, 1));
        QVERIFY(near(std::sqrt(own.params.cov[0]), 0.0981, 1e-4));
        QVERIFY(near(std::sqrt(own.params.cov[2]), 0.4514, 1e-4));
        // The group (all five, each with its own baseline): a = 101,488, s = 22,219; the spread
        // between partners: sd 0.2458 in ln a, 0.3741 in ln s.
        const GroupCurve &group = fit.groups[0];
        QVERIFY(near(group.curve.a, 101488, 1) && near(group.curve.s, 22219, 1));
        QVERIFY(near(fit.partnerSpreadLogA, 0.2458, 1e-4) &&
                near(fit.partnerSpreadLogS, 0.3741, 1e-4));
        // R4's prior is the group widened by the partner spread; its estimate the combination.
        const CurveUncertainty &gu = group.uncertainty;
        detail::LogParams prior;
        const double cov = gu.correlation * gu.sdLogA * gu.sdLogS;
        prior.mean = {std::log(group.curve.a) - 0.5 * gu.sdLogA * gu.sdLogA,
                      std::log(group.curve.s) + 0.5 * gu.sdLogS * gu.sdLogS - cov};
        prior.cov = {gu.sdLogA * gu.sdLogA + fit.partnerSpreadLogA * fit.partnerSpreadLogA, cov,
                     gu.sdLogS * gu.sdLogS + fit.partnerSpreadLogS * fit.partnerSpreadLogS};
        const detail::LogParams post = detail::combine(own.params, prior);
        const CurveEstimate &est = fit.partners[3];
        QCOMPARE(est.source, CurveSource::Evidence);
        QVERIFY(near(est.curve.a, std::exp(post.mean[0] + 0.5 * post.cov[0]), 1e-6 * est.curve.a));
        QVERIFY(near(est.curve.s, std::exp(post.mean[1] - 0.5 * post.cov[2] + post.cov[1]),
                     1e-6 * est.curve.s));
        QVERIFY(near(est.curve.a, 100928, 1) && near(est.curve.s, 23591, 1));
        QVERIFY(near(est.curve.baseline, 74539, 1));
        QVERIFY(near(est.ownWeight, 0.8759, 1e-4));
    }

    void program_() {
        const std::vector<PartnerEvidence> evidence = program();
        const CurveFit fit = fitCurves(evidence);
        QVERIFY2(fit.ok(), qPrintable(fit.error));
        QVERIFY(fit.programFitted && !fit.programCrossSection);
        QCOMPARE(fit.partners.size(), evidence.size());
        QCOMPARE(fit.groups.size(), size_t(3));
        QVERIFY(fit.groups[0].fitted && fit.groups[1].fitted && !fit.groups[2].fitted);
        // The groups' curves come close to the truths they were drawn around.
        QVERIFY(std::abs(fit.groups[0].curve.a / 150000 - 1) < 0.25);
        QVERIFY(std::abs(fit.groups[0].curve.s / 25000 - 1) < 0.25);
        QVERIFY(std::abs(fit.groups[1].curve.a / 80000 - 1) < 0.25);
        QVERIFY(std::abs(fit.groups[1].curve.s / 40000 - 1) < 0.25);
        QCOMPARE(fit.sources.size(), size_t(3));
        for (size_t i = 0; i < 12; ++i) {
            const CurveEstimate &c = fit.partners[i];
            QCOMPARE(c.source, CurveSource::Evidence);
            QVERIFY(c.ownWeight > 0.0 && c.ownWeight < 1.0);
            QVERIFY(c.curve.baseline > 0.0);
            QCOMPARE(c.shared.source, i < 6 ? 0 : 1);
            QVERIFY(c.shared.shareA >= 0.0 && c.shared.shareA <= 1.0);
            QVERIFY(c.note.isEmpty());
        }
        const CurveEstimate &short3 = fit.partners[12];
        QCOMPARE(short3.source, CurveSource::ModelTier);
        QCOMPARE(
            short3.note,
            QStringLiteral("It has 3 period(s) of its own evidence; a fit of its own needs 6."));
        QVERIFY(short3.uncertainty.sdLogA > fit.groups[0].uncertainty.sdLogA); // + partner spread
        const CurveEstimate &alone = fit.partners[13];
        QCOMPARE(alone.source, CurveSource::Program);
        QCOMPARE(alone.shared.source, 2);
        QVERIFY(alone.shared.shareA > 0.0 && alone.shared.shareA < 1.0);
    }

    /// A quarterly history planned over a year: a, s and the baseline four times as large.
    void periodsPerPlan() {
        const std::vector<PartnerEvidence> evidence = program();
        FitOptions yearly;
        yearly.periodsPerPlan = 4.0;
        const CurveFit q = fitCurves(evidence), y = fitCurves(evidence, yearly);
        QVERIFY(q.ok() && y.ok());
        for (size_t i = 0; i < evidence.size(); ++i) {
            QVERIFY(std::abs(y.partners[i].curve.a / q.partners[i].curve.a - 4) < 1e-9);
            QVERIFY(std::abs(y.partners[i].curve.s / q.partners[i].curve.s - 4) < 1e-9);
            QVERIFY(std::abs(y.partners[i].curve.baseline - 4 * q.partners[i].curve.baseline) <
                    1e-6 * (1 + q.partners[i].curve.baseline));
            QCOMPARE(y.partners[i].uncertainty.sdLogA, q.partners[i].uncertainty.sdLogA);
        }
    }

    void overrides() {
        std::vector<PartnerEvidence> evidence = program();
        FitOptions options;
        options.partnerOverrides[3] = {{1000, 100, 5}, {}};
        options.segmentOverrides.push_back(
            {QStringLiteral("Strategic"), {3, 4, 5}, {{2000, 200, 0}, {0.2, 0.1, 0.0}}});
        const CurveFit fit = fitCurves(evidence, options);
        QVERIFY(fit.ok());
        QCOMPARE(fit.partners[2].source, CurveSource::PartnerOverride);
        QCOMPARE(fit.partners[2].curve, ResponseCurve({1000, 100, 5}));
        QCOMPARE(fit.partners[2].shared.source, -1);
        QCOMPARE(fit.partners[3].source, CurveSource::SegmentOverride);
        QCOMPARE(fit.partners[3].curve, ResponseCurve({2000, 200, 0}));
        QCOMPARE(fit.partners[3].shared, SharedUncertainty({3, 1.0, 1.0}));
        QCOMPARE(fit.sources[3].name, QStringLiteral("Strategic"));
        // Overrides alone are enough when there is no evidence at all.
        std::vector<PartnerEvidence> bare(2);
        bare[0].id = 1;
        bare[1].id = 2;
        FitOptions all;
        all.segmentOverrides.push_back({QStringLiteral("All"), {1, 2}, {{10, 1, 0}, {}}});
        QVERIFY(fitCurves(bare, all).ok());
    }

    void refusals_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no evidence")
            << "bare"
            << "2 partner(s) have no response curve: no partner's evidence has enough spend and "
               "revenue history to fit one; set their curves by hand.";
        QTest::newRow("bad override")
            << "override"
            << "The curve set by hand for partner 1 is not valid: the ceiling and baseline must be "
               "zero or more and the scale positive.";
        QTest::newRow("bad scaling") << "periods"
                                     << "The periods per plan period must be a positive number.";
        QTest::newRow("revenue not a number")
            << "nan"
            << "The evidence of 1 for the period from 2023-01-01 has a spend or revenue that is "
               "not a valid amount.";
        QTest::newRow("negative spend")
            << "negative"
            << "The evidence of 1 for the period from 2023-01-01 has a spend or revenue that is "
               "not a valid amount.";
        QTest::newRow("listed twice") << "twice"
                                      << "Partner 1 appears twice in the evidence.";
    }
    void refusals() {
        QFETCH(QString, what);
        QFETCH(QString, sentence);
        std::vector<PartnerEvidence> bare(2);
        bare[0].id = 1;
        bare[1].id = 2;
        FitOptions options;
        if (what == "override")
            options.partnerOverrides[1] = {{10, -1, 0}, {}};
        if (what == "periods")
            options.periodsPerPlan = 0;
        if (what == "nan" || what == "negative") {
            EvidencePeriod p;
            p.start = QDate(2023, 1, 1);
            p.revenue = what == "nan" ? std::nan("") : 10.0;
            p.investment.mdf = what == "nan" ? 10.0 : -10.0;
            bare[0].periods.push_back(p);
        }
        if (what == "twice")
            bare[1].id = 1;
        const CurveFit fit = fitCurves(bare, options);
        QCOMPARE(fit.error, sentence);
        QVERIFY(fit.partners.empty());
    }

    void kindMixes_() {
        std::vector<PartnerEvidence> evidence = program();
        PartnerEvidence fresh;
        fresh.id = 50;
        fresh.model = PartnerModel::Isv; // no history: its model's pooled mix
        evidence.push_back(fresh);
        PartnerEvidence unknown;
        unknown.id = 51;
        unknown.model = PartnerModel::Oem; // no OEM has history: the default mix
        evidence.push_back(unknown);
        const std::vector<KindMix> mixes = kindMixes(evidence);
        QCOMPARE(mixes[0].source, KindMix::Source::Partner);
        QVERIFY(std::abs(mixes[0].shares[0] - 0.6) < 1e-12 &&
                std::abs(mixes[0].shares[1] - 0.4) < 1e-12);
        QCOMPARE(mixes[14].source, KindMix::Source::Model);
        QVERIFY(std::abs(mixes[14].shares[0] - 0.6) < 1e-12);
        QCOMPARE(mixes[15].source, KindMix::Source::Default);
        QCOMPARE(mixes[15].shares, defaultMix(PartnerModel::Oem).shares);
        const Investment split = mixes[15].split(1000);
        QVERIFY(std::abs(split.total() - 1000) < 1e-9);
        QVERIFY(std::abs(split.technicalSupport - 600) < 1e-9);
        for (PartnerModel m : enumValues<PartnerModel>()) {
            const KindMix d = defaultMix(m);
            QVERIFY(std::abs(d.shares[0] + d.shares[1] + d.shares[2] + d.shares[3] - 1) < 1e-12);
        }
    }

    /// planProblem carries curves, shared parts, mixes and statuses into the plan.
    void problemFromFit() {
        std::vector<PartnerEvidence> evidence = program();
        evidence[1].status = PartnerStatus::Exited;
        evidence[2].quadrant = Quadrant::Deprioritize;
        evidence[2].contractMinimum = 5000;
        const CurveFit fit = fitCurves(evidence);
        PlanConstraints c;
        c.budget = 1e6;
        const PlanProblem problem = planProblem(evidence, fit, c);
        QCOMPARE(problem.partners.size(), evidence.size());
        QCOMPARE(problem.sharedSources.size(), fit.sources.size());
        QCOMPARE(problem.partners[0].curve, fit.partners[0].curve);
        QCOMPARE(problem.partners[0].shared, fit.partners[0].shared);
        QVERIFY(problem.partners[1].exited);
        QCOMPARE(problem.partners[2].contractMinimum, 5000.0);
        QCOMPARE(problem.partners[0].currentSpend, 20000.0);
        QCOMPARE(problem.constraints.budget, 1e6);
    }
};

QTEST_GUILESS_MAIN(TestPlanCurveFit)
#include "tst_plancurvefit.moc"
