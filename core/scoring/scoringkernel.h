// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/scoring: the inner loop shared by scoreAll() and stability(), so that the
// sensitivity samples score exactly as the matrix does.
#include "scoring/scoring.h"

namespace ps::detail {

/// Weights of every profile of a scenario, ready for the tight loop.
using ProfileWeights = std::array<std::array<double, CriterionCount>, ProfileCount>;

/// The scenario's raw weights, each axis scaled to sum to 1 (only ratios matter; scaling
/// keeps the sums well conditioned). Negative or NaN weights count as 0.
inline ProfileWeights profileWeights(const Scenario &scenario) {
    ProfileWeights out{};
    for (size_t p = 0; p < size_t(ProfileCount); ++p) {
        for (size_t axis = 0; axis < 2; ++axis) {
            double total = 0.0;
            for (size_t c = axis * 4; c < axis * 4 + 4; ++c) {
                const double w = scenario.profiles[p].weights[c];
                total += w > 0.0 ? w : 0.0;
            }
            for (size_t c = axis * 4; c < axis * 4 + 4; ++c) {
                const double w = scenario.profiles[p].weights[c];
                out[p][c] = total > 0.0 && w > 0.0 ? w / total : 0.0;
            }
        }
    }
    return out;
}

/// Weighted mean of the present criteria of one axis (criteria `first` .. `first + 3`); the
/// weights are renormalized over the present criteria. 0 when nothing present has weight.
inline double axisScore(const float *values, const double *weights, size_t first) {
    double sum = 0.0;
    double weightSum = 0.0;
    for (size_t c = first; c < first + 4; ++c) {
        const float v = values[c];
        if (v == v) { // not NaN
            sum += weights[c] * v;
            weightSum += weights[c];
        }
    }
    return weightSum > 0.0 ? sum / weightSum : 0.0;
}

} // namespace ps::detail
