// SPDX-License-Identifier: GPL-3.0-or-later
// Sensitivity of the quadrants to the weights (method in docs/scoring.md): many samples of
// randomly perturbed weights, each scored with scoreAll()'s weighted mean in a branch-free form.
#include "core/scoring/scoring.h"

#include "core/scoring/scoringkernel.h"

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

/// A partner's values laid out for the sample loop: missing values are 0 with a presence of 0,
/// so the loop needs no branch (sum of w x v over sum of w x present = the renormalized mean).
struct SampleRow {
    std::array<float, CriterionCount> value;
    std::array<float, CriterionCount> present;
    int profile;
};

std::vector<SampleRow> sampleRows(const CriteriaTable &criteria) {
    std::vector<SampleRow> rows(criteria.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        for (size_t c = 0; c < size_t(CriterionCount); ++c) {
            const float v = criteria.values[i][c];
            const bool missing = CriteriaTable::isMissing(v);
            rows[i].value[c] = missing ? 0.0f : v;
            rows[i].present[c] = missing ? 0.0f : 1.0f;
        }
        rows[i].profile = std::clamp(criteria.profileIndex[i], 0, ProfileCount - 1);
    }
    return rows;
}

using SampleWeights = std::array<std::array<float, CriterionCount>, ProfileCount>;

SampleWeights sampleWeights(const Scenario &scenario) {
    const detail::ProfileWeights normalized = detail::profileWeights(scenario);
    SampleWeights out{};
    for (size_t p = 0; p < size_t(ProfileCount); ++p)
        for (size_t c = 0; c < size_t(CriterionCount); ++c)
            out[p][c] = float(normalized[p][c]);
    return out;
}

/// Quadrant of one partner with the given weights, without overrides.
Quadrant quadrantOf(const SampleRow &row, const SampleWeights &weights, double tp, double tr) {
    const float *w = weights[size_t(row.profile)].data();
    float sum[2] = {0.0f, 0.0f};
    float weightSum[2] = {0.0f, 0.0f};
    for (size_t c = 0; c < size_t(CriterionCount); ++c) {
        sum[c / 4] += w[c] * row.value[c];
        weightSum[c / 4] += w[c] * row.present[c];
    }
    const double potential = weightSum[0] > 0.0f ? double(sum[0] / weightSum[0]) : 0.0;
    const double readiness = weightSum[1] > 0.0f ? double(sum[1] / weightSum[1]) : 0.0;
    return quadrantFor(potential, readiness, tp, tr);
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

    const std::vector<SampleRow> rows = sampleRows(criteria);
    std::vector<Quadrant> baseline(n);
    const SampleWeights base = sampleWeights(scenario);
    for (size_t i = 0; i < n; ++i)
        baseline[i] = quadrantOf(rows[i], base, tp, tr);

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
        const SampleWeights weights = sampleWeights(perturbed);
        for (size_t i = 0; i < n; ++i)
            kept[i] += quadrantOf(rows[i], weights, tp, tr) == baseline[i] ? 1 : 0;
    }
    for (size_t i = 0; i < n; ++i)
        shares[i] = double(kept[i]) / double(options.samples);
    return shares;
}

} // namespace ps
