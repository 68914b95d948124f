// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/curvefit_p.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ps::plan::detail {
namespace {

constexpr int GridPoints = 61;
constexpr double GridSpan = 50.0; ///< the grid runs from median/GridSpan to median·GridSpan
/// Fits of this many points or more search the grid coarse to fine.
constexpr size_t CoarseFrom = 64;
constexpr int CoarseStep = 4;      ///< of the coarse search: points 0, 4, …, 60
constexpr double Tolerance = 1e-9; ///< of the minimum in ln s

/// Brent's minimisation (parabolic interpolation with golden-section steps, R. P. Brent,
/// "Algorithms for Minimization without Derivatives", 1973, ch. 5) of f on [left, right],
/// starting from `middle` inside it with f(middle) = fMiddle, to an interval of ±Tolerance.
template <typename F>
double brentMinimum(const F &f, double left, double middle, double right, double fMiddle) {
    const double golden = 0.5 * (3.0 - std::sqrt(5.0));
    double x = middle, w = middle, v = middle;
    double fx = fMiddle, fw = fMiddle, fv = fMiddle;
    double d = 0.0, e = 0.0;
    for (int it = 0; it < 100; ++it) {
        const double m = 0.5 * (left + right);
        const double tol = Tolerance + 1e-12 * std::abs(x);
        if (std::abs(x - m) <= 2.0 * tol - 0.5 * (right - left))
            break;
        bool parabolic = false;
        if (std::abs(e) > tol) {
            double r = (x - w) * (fx - fv);
            double q = (x - v) * (fx - fw);
            double p = (x - v) * q - (x - w) * r;
            q = 2.0 * (q - r);
            if (q > 0.0)
                p = -p;
            q = std::abs(q);
            r = e;
            e = d;
            if (std::isfinite(p) && std::abs(p) < std::abs(0.5 * q * r) && p > q * (left - x) &&
                p < q * (right - x)) {
                d = p / q;
                const double u = x + d;
                if (u - left < 2.0 * tol || right - u < 2.0 * tol)
                    d = x < m ? tol : -tol;
                parabolic = true;
            }
        }
        if (!parabolic) {
            e = (x < m ? right : left) - x;
            d = golden * e;
        }
        const double u = std::abs(d) >= tol ? x + d : x + (d > 0.0 ? tol : -tol);
        const double fu = f(u);
        if (fu <= fx) {
            (u < x ? right : left) = x;
            v = w;
            fv = fw;
            w = x;
            fw = fx;
            x = u;
            fx = fu;
        } else {
            (u < x ? left : right) = u;
            if (fu <= fw || w == x) {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u;
                fv = fu;
            }
        }
    }
    return x;
}

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
            // Units in runs 0, 1, 2, … (as a level's fit lists its partners): solve() then
            // demeans unit by unit while the unit's points are in cache.
            bool runs = true;
            m_start.assign(1, 0);
            for (size_t i = 1; i < obs.unit.size() && runs; ++i)
                if (obs.unit[i] != obs.unit[i - 1]) {
                    runs = obs.unit[i] == obs.unit[i - 1] + 1;
                    m_start.push_back(i);
                }
            m_start.push_back(obs.unit.size());
            if (!runs || obs.unit.front() != 0 || m_start.size() != size_t(obs.units) + 1)
                m_start.clear();
        }
        m_gDistinct.resize(m_distinct.values.size());
        demeaned(obs.y, m_dy);
        for (double v : m_dy)
            m_syy += v * v;
        for (double v : obs.y) {
            m_sumY += v;
            m_sumYY += v * v;
        }
    }

    LinearPart solve(double s) {
        const size_t n = m_obs.x.size();
        if (m_distinct.values.empty()) {
            if (m_start.empty())
                for (size_t i = 0; i < n; ++i)
                    m_g[i] = -std::expm1(-m_obs.x[i] / s);
        } else {
            for (size_t k = 0; k < m_gDistinct.size(); ++k)
                m_gDistinct[k] = -std::expm1(-m_distinct.values[k] / s);
            for (size_t i = 0; i < n; ++i)
                m_g[i] = m_gDistinct[size_t(m_distinct.index[i])];
        }
        // Σ dg² and Σ dg·dy over the demeaned g, in point order.
        double sgg = 0.0, sgy = 0.0, sumG = 0.0;
        if (!m_start.empty()) {
            // The same sums in the same order as below, one unit at a time.
            const bool evaluate = m_distinct.values.empty();
            for (size_t u = 0; u + 1 < m_start.size(); ++u) {
                const size_t begin = m_start[u], end = m_start[u + 1];
                double sum = 0.0;
                for (size_t i = begin; i < end; ++i) {
                    if (evaluate)
                        m_g[i] = -std::expm1(-m_obs.x[i] / s);
                    sum += m_g[i];
                }
                const double mean = sum / m_count[u];
                for (size_t i = begin; i < end; ++i) {
                    const double dg = m_g[i] - mean;
                    sgg += dg * dg;
                    sgy += dg * m_dy[i];
                }
            }
        } else {
            const std::vector<double> &means = centres(m_g);
            if (!m_fixed)
                sumG = m_centreSum;
            for (size_t i = 0; i < n; ++i) {
                const double dg = m_g[i] - means[m_fixed ? size_t(m_obs.unit[i]) : 0];
                sgg += dg * dg;
                sgy += dg * m_dy[i];
            }
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
            // (Σ g and Σ y are the sums the centring made, in the same order.)
            if (m_sumY - part.a * sumG < 0.0) {
                double gg = 0.0, gy = 0.0;
                const double yy = m_sumYY;
                for (size_t i = 0; i < n; ++i) {
                    gg += m_g[i] * m_g[i];
                    gy += m_g[i] * m_obs.y[i];
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
            m_centreSum = sum;
            m_unitMean.assign(1, n ? sum / double(n) : 0.0);
        }
        return m_unitMean;
    }

    const Observations &m_obs;
    std::vector<double> m_g;
    std::vector<double> m_dy;
    double m_syy = 0.0;
    double m_sumY = 0.0, m_sumYY = 0.0;
    double m_centreSum = 0.0;       ///< Σ v of the last centres() without fixed effects
    std::vector<size_t> m_start;    ///< with units in runs: each unit's first point, then n
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

/// True when no scale can give a positive ceiling, told without evaluating the curve (most
/// partners' own fits end here: revenue that never changed, often none at all). With one common
/// baseline, a's sign is that of Σ g(xᵢ)·wᵢ, wᵢ = yᵢ − ȳ (the revenue demeaned as the fit
/// demeans it):
/// - when every wᵢ is 0, that sum is exactly 0 at every scale;
/// - sorted by spend, it is Σⱼ Tⱼ·(g(x₍ⱼ₎) − g(x₍ⱼ₋₁₎)) with Tⱼ the sum of w over the points
///   at the j-th smallest spend and above (T₁ = Σ w = 0). g rises with x for every s, so when
///   every Tⱼ (j ≥ 2) is negative, the sum is negative at every scale. Tⱼ must stay below
///   −1e-9·Σ|w|, far beyond rounding; a case nearer than that is left to the grid.
/// Either way the grid would find no positive response.
bool noPositiveResponse(const Observations &obs) {
    if (!obs.unit.empty())
        return false;
    const size_t n = obs.x.size();
    double sum = 0.0;
    for (double v : obs.y)
        sum += v;
    const double mean = n ? sum / double(n) : 0.0;
    std::vector<std::pair<double, double>> points(n);
    double total = 0.0;
    for (size_t i = 0; i < n; ++i) {
        points[i] = {obs.x[i], obs.y[i] - mean};
        total += std::abs(points[i].second);
    }
    if (total == 0.0)
        return true;
    std::sort(points.begin(), points.end());
    const double margin = 1e-9 * total;
    double tail = 0.0;
    for (size_t i = n; i-- > 1;) {
        tail += points[i].second;
        if (points[i].first != points[i - 1].first && !(tail < -margin))
            return false;
    }
    return true;
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
    if (noPositiveResponse(obs)) {
        fit.failure = FitFailure::NoPositiveResponse;
        return fit;
    }
    Problem problem(obs);
    const double lo = std::log(reference / GridSpan);
    const double step = 2.0 * std::log(GridSpan) / (GridPoints - 1);
    std::array<double, GridPoints> rss;
    rss.fill(std::numeric_limits<double>::quiet_NaN());
    // The residual sum of squares at grid point k (infinite without a positive response).
    const auto rssAtGrid = [&](int k) {
        if (std::isnan(rss[size_t(k)])) {
            const LinearPart part = problem.solve(std::exp(lo + k * step));
            rss[size_t(k)] = part.positive ? part.rss : std::numeric_limits<double>::infinity();
        }
        return rss[size_t(k)];
    };
    int best = -1;
    if (obs.x.size() < CoarseFrom) {
        for (int k = 0; k < GridPoints; ++k)
            if (rssAtGrid(k) <
                (best < 0 ? std::numeric_limits<double>::infinity() : rss[size_t(best)]))
                best = k;
    } else {
        // A level's fit over many points has a smooth sum of squares: every CoarseStep-th grid
        // point first, then down the fine grid from the best of those to its local minimum.
        for (int k = 0; k < GridPoints; k += CoarseStep)
            if (rssAtGrid(k) <
                (best < 0 ? std::numeric_limits<double>::infinity() : rss[size_t(best)]))
                best = k;
        if (best >= 0) {
            for (int dir : {-1, 1})
                while (best + dir >= 0 && best + dir < GridPoints &&
                       rssAtGrid(best + dir) < rss[size_t(best)])
                    best += dir;
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
    auto rssAt = [&](double t) {
        const LinearPart part = problem.solve(std::exp(t));
        return part.positive ? part.rss : std::numeric_limits<double>::infinity();
    };
    const double t = brentMinimum(rssAt, lo + (best - 1) * step, lo + best * step,
                                  lo + (best + 1) * step, rss[size_t(best)]);
    finish(obs, problem, std::exp(t), fit);
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
