// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/scenario.h"
#include "core/scoring/ahp.h"
#include "core/scoring/scoring.h"

#include <array>
#include <optional>
#include <vector>

/// Group weights applied to a scenario, and the comparisons a room disagrees on most, measured
/// by what they do to the partners' quadrants (docs/workshop.md, "Group weights").
namespace ps {

/// Sets the four criteria of `axis` to `weights` (one per criterion of criteriaOf(axis), summing
/// to 1) in percent of the axis, the unit of the sliders and the AHP dialog. `profile` names one
/// weight profile (ps::profileIndex); std::nullopt sets every profile of the scenario.
void applyAxisWeights(Scenario &scenario, Axis axis, const std::vector<double> &weights,
                      std::optional<int> profile);

/// The participants' complete 4 x 4 matrices of one axis, criteria in criteriaOf(axis) order.
using AxisMatrices = std::array<std::vector<ahp::Matrix>, 2>; ///< [Potential], [Readiness]

/// One comparison and how much the room's spread on it matters.
struct Disagreement {
    Axis axis = Axis::Potential;
    int row = 0;    ///< index into criteriaOf(axis); row < column
    int column = 1; ///< index into criteriaOf(axis)
    /// Partners whose quadrant differs from the group result for at least one participant's
    /// value of this judgment (see rankDisagreements()).
    int partnersMoved = 0;
    double low = 1.0;    ///< the smallest judgment a participant gave
    double high = 1.0;   ///< the largest
    double spread = 0.0; ///< standard deviation of ln(judgment) over the participants
};

/**
 * Ranks the comparisons by how many partners change quadrant between the participants' views.
 *
 * The group scenario is `base` with each axis's AIJ weights applied to `profile`
 * (applyAxisWeights). For one comparison (i, j) of an axis and one participant, the AIJ matrix
 * of that axis gets the participant's a_ij (and 1/a_ij) in place of the group's; its eigenvector
 * weights replace the axis's group weights, and the portfolio is scored with scoreAll(). A
 * partner counts for the comparison when its quadrant under at least one participant's value
 * differs from its quadrant under the group scenario. Ties are ordered by spread, larger first.
 * Axes with no matrices are left out; distinct values are scored once.
 */
std::vector<Disagreement> rankDisagreements(const CriteriaTable &criteria, const Scenario &base,
                                            std::optional<int> profile,
                                            const AxisMatrices &matrices);

/// `base` with each axis's AIJ weights (of the matrices given) applied to `profile`.
Scenario groupScenario(const Scenario &base, std::optional<int> profile,
                       const AxisMatrices &matrices);

} // namespace ps
