// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/planproblem.h"

#include <QStringList>

#include <vector>

/// Today's spend, the optimal plan and a plan edited by hand, side by side (docs/plan.md,
/// "Comparing plans").
///
/// Where the edited plan leaves value on the table is measured per partner at the optimal
/// plan's prices: moving partner i from its edited amount e_i to its optimal amount o_i gains
///     g_i = f_i(o_i) − f_i(e_i) − π_i·(o_i − e_i),   π_i = λ − Σ_{groups G ∋ i} μ_G,
/// with f_i the partner's objective term, λ the budget's shadow price and μ_G the group prices:
/// the partner's value less what the money it takes costs elsewhere. Since o_i maximises
/// f_i(x) − π_i·x within the partner's limits, g_i ≥ 0 for every edited amount within them, and
/// when both plans spend the whole budget the g_i add up to the gap F(optimal) − F(edited), less
/// what the edited plan gives groups beyond their minimum. The partners with the largest g_i
/// are where moving money gains most.
namespace ps::plan {

/// One partner in the three plans.
struct ComparisonRow {
    Id id = 0;
    double today = 0.0, optimal = 0.0, edited = 0.0;                         ///< allocations
    double expectedToday = 0.0, expectedOptimal = 0.0, expectedEdited = 0.0; ///< objective
    double gain = 0.0; ///< value the edited plan leaves here, at the optimum's prices (≥ 0)
};

struct PlanTotals {
    double allocated = 0.0;
    double expected = 0.0;
};

struct PlanComparison {
    PlanTotals today, optimal, edited;
    std::vector<ComparisonRow> rows; ///< problem order
    /// Rows (indices into rows) where the edited plan leaves the most, largest gain first:
    /// those with a gain above a millionth of the optimal plan's expected total, at most `top`.
    std::vector<int> valueOnTable;
    double valueLeft = 0.0;       ///< optimal.expected − edited.expected
    QStringList editedViolations; ///< constraintViolations() of the edited plan
};

/// Compares today's spend (PlanPartner::currentSpend), `optimal` (allocate(problem)) and
/// `edited` (allocations in problem order). Sizes must match the problem; rows are empty
/// otherwise and editedViolations says why.
PlanComparison comparePlans(const PlanProblem &problem, const Plan &optimal,
                            const std::vector<double> &edited, int top = 10);

} // namespace ps::plan
