// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cmath>

/// The forecast's random numbers: a splitmix64 stream per partner and standard normal draws by
/// Marsaglia and Tsang's ziggurat (2000, 128 layers). Own code on purpose, as generate/random.h
/// explains: the standard library's distributions differ between implementations, and a
/// forecast must be the same for a seed on every machine. The ziggurat needs one 32-bit word for
/// 98.8% of draws (a table compare and a multiply), which the 10,000 × 10,000 forecast needs.
namespace ps::plan::detail {

class SplitMix {
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in (0, 1), never 0 (so its logarithm is finite).
    double open01() { return (double(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

class Ziggurat {
public:
    static const Ziggurat &instance() {
        static const Ziggurat z;
        return z;
    }

    /// A standard normal draw from 32 random bits (layer, sign, 24-bit position); the rare
    /// draws outside a layer's inner rectangle take more bits from `rng`.
    double normal(quint32 bits, SplitMix &rng) const {
        const int layer = int(bits & 127u);
        const quint32 position = bits >> 8;
        if (position < m_inner[size_t(layer)]) {
            const double x = double(position) * m_scale[size_t(layer)];
            return (bits & 128u) ? -x : x;
        }
        return slow(bits, rng);
    }

private:
    static constexpr double R = 3.442619855899;      ///< where the tail starts
    static constexpr double V = 9.91256303526217e-3; ///< the area of each layer

    Ziggurat() {
        m_x[0] = V / std::exp(-0.5 * R * R);
        m_x[1] = R;
        for (size_t i = 2; i < 128; ++i)
            m_x[i] = std::sqrt(-2.0 *
                               std::log(V / m_x[i - 1] + std::exp(-0.5 * m_x[i - 1] * m_x[i - 1])));
        m_x[128] = 0.0;
        for (size_t i = 0; i <= 128; ++i)
            m_f[i] = std::exp(-0.5 * m_x[i] * m_x[i]);
        for (size_t i = 0; i < 128; ++i) {
            m_scale[i] = m_x[i] / 16777216.0;
            m_inner[i] = quint32(m_x[i + 1] / m_x[i] * 16777216.0);
        }
    }

    Q_NEVER_INLINE double slow(quint32 bits, SplitMix &rng) const {
        for (;;) {
            const size_t layer = bits & 127u;
            const double sign = (bits & 128u) ? -1.0 : 1.0;
            const double x = (double(bits >> 8) + 0.5) * m_scale[layer];
            if (x < m_x[layer + 1])
                return sign * x;
            if (layer == 0) { // the tail beyond R (Marsaglia 1964)
                double t, y;
                do {
                    t = -std::log(rng.open01()) / R;
                    y = -std::log(rng.open01());
                } while (y + y < t * t);
                return sign * (R + t);
            }
            const double height = m_f[layer] + rng.open01() * (m_f[layer + 1] - m_f[layer]);
            if (height < std::exp(-0.5 * x * x))
                return sign * x;
            bits = quint32(rng.next());
        }
    }

    std::array<double, 129> m_x{};
    std::array<double, 129> m_f{};
    std::array<double, 128> m_scale{};
    std::array<quint32, 128> m_inner{};
};

} // namespace ps::plan::detail
