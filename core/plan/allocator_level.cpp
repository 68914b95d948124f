// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/allocator_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::plan::detail {

namespace {
constexpr double Inf = std::numeric_limits<double>::infinity();
}

void Level::add(double lo_, double hi_, double s_, double k_) {
    lo.push_back(lo_);
    hi.push_back(hi_);
    s.push_back(s_);
    k.push_back(k_);
}

void Level::reserve(size_t n) {
    lo.reserve(n);
    hi.reserve(n);
    s.reserve(n);
    k.reserve(n);
}

double Level::levelOf(size_t i, double t) const {
    if (!group.empty() && group[i] >= 0)
        return std::min(t, cap[size_t(group[i])]);
    return t;
}

double Level::x(size_t i, double t) const {
    const double raw = s[i] * (k[i] - levelOf(i, t));
    return std::clamp(raw, lo[i], hi[i]);
}

double Level::total(double t, double *slope) const {
    double sum = 0.0, ds = 0.0;
    const size_t n = size();
    if (group.empty()) {
        for (size_t i = 0; i < n; ++i) {
            const double raw = s[i] * (k[i] - t);
            if (raw <= lo[i]) {
                sum += lo[i];
            } else if (raw >= hi[i]) {
                sum += hi[i];
            } else {
                sum += raw;
                ds += s[i];
            }
        }
    } else {
        for (size_t i = 0; i < n; ++i) {
            const double level = levelOf(i, t);
            const double raw = s[i] * (k[i] - level);
            if (raw <= lo[i]) {
                sum += lo[i];
            } else if (raw >= hi[i]) {
                sum += hi[i];
            } else {
                sum += raw;
                if (level == t)
                    ds += s[i];
            }
        }
    }
    if (slope)
        *slope = -ds;
    return sum;
}

double Level::floorSum() const {
    double sum = 0.0;
    for (double v : lo)
        sum += v;
    return sum;
}

double Level::capacitySum() const {
    double sum = 0.0;
    for (double v : hi)
        sum += v;
    return sum;
}

double Level::highLevel() const {
    double high = -Inf;
    for (size_t i = 0; i < size(); ++i)
        high = std::max(high, k[i] - lo[i] / s[i]);
    for (double c : cap)
        if (std::isfinite(c))
            high = std::max(high, c);
    return std::isfinite(high) ? high : 0.0;
}

double Level::lowLevel(double target) const {
    double low = Inf;
    for (size_t i = 0; i < size(); ++i)
        low = std::min(low, k[i] - std::min(hi[i], lo[i] + target) / s[i]);
    return std::isfinite(low) ? low : 0.0;
}

double solveLevel(const Level &level, double target, double low, double high) {
    const double tolerance = 1e-11 * std::max(1.0, target);
    double t = high;
    for (int it = 0; it < 200; ++it) {
        double slope = 0.0;
        const double spent = level.total(t, &slope);
        const double gap = spent - target;
        if (std::abs(gap) <= tolerance)
            return t;
        if (gap > 0.0)
            low = t; // spends too much: the level must rise
        else
            high = t;
        if (!(high - low > 1e-15 * std::max(1.0, std::abs(t))))
            break;
        double next = slope < 0.0 ? t - gap / slope : 0.5 * (low + high);
        if (!(next > low && next < high))
            next = 0.5 * (low + high);
        t = next;
    }
    return 0.5 * (low + high);
}

double levelFor(const Level &level, double target) {
    const double high = level.highLevel();
    const double low = std::min(level.lowLevel(target), high);
    return solveLevel(level, target, low, high);
}

double memberValue(const Level &level, size_t i, double x, double cost) {
    const double s = level.s[i];
    return s * std::exp(level.k[i]) * -std::expm1(-x / s) - cost * x;
}

} // namespace ps::plan::detail
