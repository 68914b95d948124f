// SPDX-License-Identifier: GPL-3.0-or-later
// Sensitivity of the quadrants to the weights (method in docs/scoring.md): many samples of
// randomly perturbed weights, each scored with the same inner loop as scoreAll().
#include "scoring/scoring.h"

#include "scoring/scoringkernel.h"

#include <algorithm>

namespace ps {
namespace {

/// xoshiro256** seeded through splitmix64 (Blackman and Vigna), written out here so that a
/// seed gives the same samples with every standard library and on every platform.
class Xoshiro256 {
public:
    explicit Xoshiro256(quint64 seed) {
        for (quint64 &word : m_state)
            word = splitMix64(seed);
    }

    quint64 next() {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1), from the top 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix64(quint64 &x) {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

/// Quadrant of partner `i` with the given weights, without overrides.
Quadrant quadrantOf(const CriteriaTable &criteria, size_t i, const detail::ProfileWeights &w,
                    double tp, double tr) {
    const float *values = criteria.values[i].data();
    const int profile = std::clamp(criteria.profileIndex[i], 0, ProfileCount - 1);
    const double *weights = w[size_t(profile)].data();
    return quadrantFor(detail::axisScore(values, weights, 0), detail::axisScore(values, weights, 4),
                       tp, tr);
}

} // namespace

std::vector<double> stability(const CriteriaTable &criteria, const Scenario &scenario,
                              const SensitivityOptions &options) {
    const size_t n = criteria.size();
    const double tp = scenario.potentialThreshold;
    const double tr = scenario.readinessThreshold;
    std::vector<double> shares(n, 1.0);
    if (options.samples <= 0 || n == 0)
        return shares;

    std::vector<Quadrant> baseline(n);
    const detail::ProfileWeights base = detail::profileWeights(scenario);
    for (size_t i = 0; i < n; ++i)
        baseline[i] = quadrantOf(criteria, i, base, tp, tr);

    const double spread = std::clamp(options.spread, 0.0, 1.0);
    Xoshiro256 random(options.seed);
    std::vector<int> kept(n, 0);
    Scenario perturbed = scenario;
    for (int sample = 0; sample < options.samples; ++sample) {
        // Every raw weight of every profile gets its own factor in [1 - spread, 1 + spread].
        for (size_t p = 0; p < size_t(ProfileCount); ++p)
            for (size_t c = 0; c < size_t(CriterionCount); ++c)
                perturbed.profiles[p].weights[c] = scenario.profiles[p].weights[c] *
                                                   (1.0 - spread + 2.0 * spread * random.uniform());
        const detail::ProfileWeights weights = detail::profileWeights(perturbed);
        for (size_t i = 0; i < n; ++i)
            kept[i] += quadrantOf(criteria, i, weights, tp, tr) == baseline[i] ? 1 : 0;
    }
    for (size_t i = 0; i < n; ++i)
        shares[i] = double(kept[i]) / double(options.samples);
    return shares;
}

} // namespace ps
