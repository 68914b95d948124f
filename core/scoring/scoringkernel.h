// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/scoring: the weight normalization shared by scoreAll() and stability(), so
// that the sensitivity samples weigh exactly as the matrix does.
#include "core/scoring/scoring.h"

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

} // namespace ps::detail
