// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/curvefit_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::plan::detail {
namespace {

constexpr int GridPoints = 61;
constexpr double GridSpan = 50.0; ///< the grid runs from median/GridSpan to median·GridSpan

/// The linear part of the fit at one scale s.
struct LinearPart {
    double a = 0.0;
    double rss = std::numeric_limits<double>::infinity();
    bool positive = false;
    bool commonBaselineAtZero = false; ///< common baseline clamped to 0 (not estimated)
};

/// The spends of a fit once each, with each point's index among them: the curve's value at a
/// spend is the same for every point that has it, so a level's fit over many partners (whose
/// spends repeat) evaluates it once per distinct spend. Empty when spends hardly repeat.
struct DistinctSpends {
    std::vector<double> values;
    std::vector<int> index; ///< per point

    explicit DistinctSpends(const std::vector<double> &x) {
        // Small fits (a partner's own) gain nothing from the lookup.
        if (x.size() < 64)
            return;
        values = x;
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        if (values.size() * 4 > x.size() * 3) {
            values.clear();
            return;
        }
        index.resize(x.size());
        for (size_t i = 0; i < x.size(); ++i)
            index[i] = int(std::lower_bound(values.begin(), values.end(), x[i]) - values.begin());
    }
};

class Problem {
public:
    explicit Problem(const Observations &obs)
        : m_obs(obs)
        , m_g(obs.x.size())
        , m_fixed(!obs.unit.empty())
        , m_distinct(obs.x) {
        if (m_fixed) {
            m_count.assign(size_t(obs.units), 0.0);
            for (int u : obs.unit)
                m_count[size_t(u)] += 1.0;
            m_unitMean.resize(size_t(obs.units));
        }
        m_gDistinct.resize(m_distinct.values.size());
        demeaned(obs.y, m_dy);
        for (double v : m_dy)
            m_syy += v * v;
    }

    LinearPart solve(double s) {
        const size_t n = m_obs.x.size();
        if (m_distinct.values.empty()) {
            for (size_t i = 0; i < n; ++i)
                m_g[i] = -std::expm1(-m_obs.x[i] / s);
        } else {
            for (size_t k = 0; k < m_gDistinct.size(); ++k)
                m_gDistinct[k] = -std::expm1(-m_distinct.values[k] / s);
            for (size_t i = 0; i < n; ++i)
                m_g[i] = m_gDistinct[size_t(m_distinct.index[i])];
        }
        // Σ dg² and Σ dg·dy over the demeaned g, in point order.
        const std::vector<double> &means = centres(m_g);
        double sgg = 0.0, sgy = 0.0;
        for (size_t i = 0; i < n; ++i) {
            const double dg = m_g[i] - means[m_fixed ? size_t(m_obs.unit[i]) : 0];
            sgg += dg * dg;
            sgy += dg * m_dy[i];
        }
        const double syy = m_syy;
        LinearPart part;
        if (!(sgg > 0.0))
            return part;
        part.a = sgy / sgg;
        part.positive = part.a > 0.0;
        part.rss = std::max(0.0, syy - part.a * sgy);
        if (!m_fixed && part.positive) {
            // A common baseline may not be negative: refit through the origin when it would be.
            double mg = 0.0, my = 0.0;
            for (size_t i = 0; i < n; ++i) {
                mg += m_g[i];
                my += m_obs.y[i];
            }
            if (my - part.a * mg < 0.0) {
                double gg = 0.0, gy = 0.0, yy = 0.0;
                for (size_t i = 0; i < n; ++i) {
                    gg += m_g[i] * m_g[i];
                    gy += m_g[i] * m_obs.y[i];
                    yy += m_obs.y[i] * m_obs.y[i];
                }
                part.a = gy / gg;
                part.positive = part.a > 0.0;
                part.rss = std::max(0.0, yy - part.a * gy);
                part.commonBaselineAtZero = true;
            }
        }
        return part;
    }

    /// Subtracts the mean of `v` per unit (fixed effects) or overall (one common baseline).
    void demeaned(const std::vector<double> &v, std::vector<double> &out) {
        const size_t n = v.size();
        const std::vector<double> &means = centres(v);
        out.resize(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = v[i] - means[m_fixed ? size_t(m_obs.unit[i]) : 0];
    }

    const std::vector<double> &g() const { return m_g; }
    bool fixed() const { return m_fixed; }

private:
    /// The mean of `v` per unit (fixed effects), or its one overall mean.
    const std::vector<double> &centres(const std::vector<double> &v) {
        const size_t n = v.size();
        if (m_fixed) {
            std::fill(m_unitMean.begin(), m_unitMean.end(), 0.0);
            for (size_t i = 0; i < n; ++i)
                m_unitMean[size_t(m_obs.unit[i])] += v[i];
            for (size_t u = 0; u < m_unitMean.size(); ++u)
                m_unitMean[u] /= m_count[u];
        } else {
            double sum = 0.0;
            for (double value : v)
                sum += value;
            m_unitMean.assign(1, n ? sum / double(n) : 0.0);
        }
        return m_unitMean;
    }

    const Observations &m_obs;
    std::vector<double> m_g;
    std::vector<double> m_dy;
    double m_syy = 0.0;
    std::vector<double> m_count;    ///< points per unit
    std::vector<double> m_unitMean; ///< scratch of centres()
    bool m_fixed;
    DistinctSpends m_distinct;
    std::vector<double> m_gDistinct;
};

int distinctCount(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return int(std::unique(values.begin(), values.end()) - values.begin());
}

double medianPositive(const std::vector<double> &x) {
    std::vector<double> positive;
    for (double v : x)
        if (v > 0.0)
            positive.push_back(v);
    if (positive.empty())
        return 0.0;
    auto mid = positive.begin() + std::ptrdiff_t(positive.size() / 2);
    std::nth_element(positive.begin(), mid, positive.end());
    return *mid;
}

/// Baselines and covariance at the chosen (a, s).
void finish(const Observations &obs, Problem &problem, double s, SaturatingFit &fit) {
    const LinearPart part = problem.solve(s);
    fit.a = part.a;
    fit.s = s;
    fit.rss = part.rss;
    const size_t n = obs.x.size();
    const std::vector<double> &g = problem.g();
    int baselineCount = 0;
    if (problem.fixed()) {
        std::vector<double> sum(size_t(obs.units), 0.0);
        std::vector<int> count(size_t(obs.units), 0);
        for (size_t i = 0; i < n; ++i) {
            sum[size_t(obs.unit[i])] += obs.y[i] - fit.a * g[i];
            ++count[size_t(obs.unit[i])];
        }
        fit.baselines.resize(size_t(obs.units));
        for (size_t u = 0; u < sum.size(); ++u)
            fit.baselines[u] = count[u] ? sum[u] / count[u] : 0.0;
        baselineCount = obs.units;
    } else if (part.commonBaselineAtZero) {
        fit.baselines = {0.0};
    } else {
        double sum = 0.0;
        for (size_t i = 0; i < n; ++i)
            sum += obs.y[i] - fit.a * g[i];
        fit.baselines = {sum / double(n)};
        baselineCount = 1;
    }
    // Jacobian in (ln a, ln s), baseline directions projected out by demeaning.
    std::vector<double> ja(n), js(n);
    for (size_t i = 0; i < n; ++i) {
        ja[i] = fit.a * g[i];
        js[i] = -fit.a * (obs.x[i] / s) * std::exp(-obs.x[i] / s);
    }
    if (baselineCount > 0) {
        std::vector<double> tmp;
        problem.demeaned(ja, tmp);
        ja.swap(tmp);
        problem.demeaned(js, tmp);
        js.swap(tmp);
    }
    double m11 = 0.0, m12 = 0.0, m22 = 0.0;
    for (size_t i = 0; i < n; ++i) {
        m11 += ja[i] * ja[i];
        m12 += ja[i] * js[i];
        m22 += js[i] * js[i];
    }
    const double det = m11 * m22 - m12 * m12;
    if (!(det > 1e-12 * m11 * m22)) {
        fit.failure = FitFailure::Singular;
        return;
    }
    const int dof = int(n) - 2 - baselineCount;
    const double sigma2 = fit.rss / double(dof);
    fit.params.mean = {std::log(fit.a), std::log(s)};
    fit.params.cov = {sigma2 * m22 / det, -sigma2 * m12 / det, sigma2 * m11 / det};
}

} // namespace

SaturatingFit fitSaturating(const Observations &obs) {
    SaturatingFit fit;
    fit.points = int(obs.x.size());
    const int baselines = obs.unit.empty() ? 1 : obs.units;
    if (fit.points < baselines + 4 || distinctCount(obs.x) < 3) {
        fit.failure = FitFailure::TooFewPoints;
        return fit;
    }
    const double reference = medianPositive(obs.x);
    if (!(reference > 0.0)) {
        fit.failure = FitFailure::TooFewPoints;
        return fit;
    }
    Problem problem(obs);
    const double lo = std::log(reference / GridSpan);
    const double step = 2.0 * std::log(GridSpan) / (GridPoints - 1);
    int best = -1;
    double bestRss = std::numeric_limits<double>::infinity();
    for (int k = 0; k < GridPoints; ++k) {
        const LinearPart part = problem.solve(std::exp(lo + k * step));
        if (part.positive && part.rss < bestRss) {
            bestRss = part.rss;
            best = k;
        }
    }
    if (best < 0) {
        fit.failure = FitFailure::NoPositiveResponse;
        return fit;
    }
    if (best == GridPoints - 1) {
        fit.failure = FitFailure::NoSaturation;
        return fit;
    }
    if (best == 0) {
        fit.failure = FitFailure::SaturatedBelowData;
        return fit;
    }
    // Golden-section search for the minimum between the best grid point's neighbours.
    const double phi = (std::sqrt(5.0) - 1.0) / 2.0;
    auto rssAt = [&](double t) {
        const LinearPart part = problem.solve(std::exp(t));
        return part.positive ? part.rss : std::numeric_limits<double>::infinity();
    };
    double left = lo + (best - 1) * step, right = lo + (best + 1) * step;
    double c = right - phi * (right - left), d = left + phi * (right - left);
    double fc = rssAt(c), fd = rssAt(d);
    for (int it = 0; it < 60 && right - left > 1e-10; ++it) {
        if (fc <= fd) {
            right = d;
            d = c;
            fd = fc;
            c = right - phi * (right - left);
            fc = rssAt(c);
        } else {
            left = c;
            c = d;
            fc = fd;
            d = left + phi * (right - left);
            fd = rssAt(d);
        }
    }
    finish(obs, problem, std::exp(0.5 * (left + right)), fit);
    return fit;
}

LogParams combine(const LogParams &first, const LogParams &second) {
    auto precision = [](const LogParams &p, double out[3]) {
        const double va = std::max(p.cov[0], 1e-12), vs = std::max(p.cov[2], 1e-12);
        double c = p.cov[1];
        const double limit = 0.999999 * std::sqrt(va * vs);
        c = std::clamp(c, -limit, limit);
        const double det = va * vs - c * c;
        out[0] = vs / det;
        out[1] = -c / det;
        out[2] = va / det;
    };
    double p1[3], p2[3];
    precision(first, p1);
    precision(second, p2);
    const double q0 = p1[0] + p2[0], q1 = p1[1] + p2[1], q2 = p1[2] + p2[2];
    const double det = q0 * q2 - q1 * q1;
    LogParams out;
    out.cov = {q2 / det, -q1 / det, q0 / det};
    const double b0 = p1[0] * first.mean[0] + p1[1] * first.mean[1] + p2[0] * second.mean[0] +
                      p2[1] * second.mean[1];
    const double b1 = p1[1] * first.mean[0] + p1[2] * first.mean[1] + p2[1] * second.mean[0] +
                      p2[2] * second.mean[1];
    out.mean = {out.cov[0] * b0 + out.cov[1] * b1, out.cov[1] * b0 + out.cov[2] * b1};
    return out;
}

LogParams widen(const LogParams &p, double varLogA, double varLogS) {
    LogParams out = p;
    out.cov[0] += varLogA;
    out.cov[2] += varLogS;
    return out;
}

} // namespace ps::plan::detail
