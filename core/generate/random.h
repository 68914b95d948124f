// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <initializer_list>

namespace ps {

/// A small deterministic pseudo-random generator (splitmix64) with the few distributions the
/// synthetic generator needs.
///
/// The standard library's distributions are not used on purpose: their output differs between
/// libstdc++, libc++ and MSVC, and a generated portfolio must be the same for a seed on every
/// machine, so that benchmarks and bug reports can be reproduced from "N partners, seed S".
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}

    /// The next 64 random bits.
    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1), from the top 53 bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /// Uniform integer in [low, high] (inclusive); high >= low.
    int between(int low, int high) {
        const quint64 span = quint64(qint64(high) - qint64(low) + 1);
        // The modulo bias is below 2^-40 for the spans used here: not worth a rejection loop.
        return low + int(next() % span);
    }

    /// True with probability p.
    bool chance(double p) { return uniform() < p; }

    /// Approximately standard normal: Irwin-Hall sum of four uniforms, rescaled. Its tails stop
    /// at about 3.5 sigma, which keeps generated amounts free of absurd outliers.
    double normal() {
        const double sum = uniform() + uniform() + uniform() + uniform();
        return (sum - 2.0) * 1.7320508075688772;
    }

    /// Log-normal with the given median and spread (sigma of the underlying normal).
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    /// Index into `weights`, chosen with probability proportional to its weight.
    int weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int pick = between(0, total - 1);
        int index = 0;
        for (int w : weights) {
            if (pick < w)
                return index;
            pick -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

} // namespace ps
