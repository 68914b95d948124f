// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/planproblem.h"

#include <QString>

/// The optimal allocation of a program budget (docs/plan.md, "The allocation").
///
/// Every objective term f_i(x) = w_i·(b_i + a_i·(1 − e^(−x/s_i))) − c·x is concave (w = 1,
/// c = 0 for revenue; w = margin rate, c = 1 for margin), so the optimum is where the marginal
/// returns of all funded partners equal the budget's shadow price λ, partners at a limit
/// excepted (the KKT conditions). Writing t = ln(λ + c), the optimum of each partner is
/// x_i(t) = clamp(s_i·(ln(w_i·a_i/s_i) − t), lo_i, hi_i), piecewise linear in t, and the total
/// is non-increasing in t: the solver finds the t that spends the budget by Newton steps inside
/// a bisection bracket, and ends on the exact root of the linear piece it lands on (water-filling).
///
/// Group minimum shares: a group whose share binds gets its own level t_G < t. For disjoint
/// groups t_G is the level at which the group alone spends its minimum, found once, and every
/// member follows min(t, t_G): still exact. Overlapping groups go to GLPK: partners with the same
/// group memberships form a class whose best value for a class total is again water-filling;
/// those concave class values become a piecewise-linear LP (16 segments, split around the answer
/// for up to 8 passes while keeping every breakpoint). The groups that bind there are then solved
/// exactly when they are disjoint among themselves; only overlapping binding groups keep the
/// piecewise answer, which Plan::exact reports.
namespace ps::plan {

struct PlanResult {
    Plan plan;
    QString error; ///< one sentence naming the conflicting constraints; plan is empty then
    bool ok() const { return error.isEmpty(); }
};

/// Solves `problem`. Refuses a negative, non-finite or absurd budget (above MaxBudget), invalid
/// partner figures, and infeasible constraints (floors above the budget, a group that cannot
/// reach its share, shares that cannot all hold), each with one sentence; never a partial plan.
PlanResult allocate(const PlanProblem &problem);

} // namespace ps::plan
