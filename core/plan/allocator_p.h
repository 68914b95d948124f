// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/planproblem.h"

#include <QString>

#include <vector>

/// Internals of allocator.cpp shared with its GLPK path and tests.
namespace ps::plan::detail {

/// Partners the optimum can move, as arrays: x_i(t) = clamp(s_i·(k_i − t_i), lo_i, hi_i) with
/// k_i = ln(w_i·a_i/s_i) and t_i = min(t, cap of its group) when groups cap the level.
struct Level {
    std::vector<double> lo, hi, s, k;
    std::vector<int> group;  ///< per member, index into cap, or −1; empty: no caps
    std::vector<double> cap; ///< per group, the group's own level (+∞ when it does not bind)

    size_t size() const { return s.size(); }
    void add(double lo_, double hi_, double s_, double k_);
    void reserve(size_t n);
    double levelOf(size_t i, double t) const;
    double x(size_t i, double t) const;
    /// Σ x_i(t); *slope receives dΣ/dt = −Σ s_i over members strictly inside their limits and
    /// not held by a group cap.
    double total(double t, double *slope) const;
    double floorSum() const;    ///< Σ lo
    double capacitySum() const; ///< Σ hi (may be +∞)
    /// A level at or above which every member sits at its floor, group caps included.
    double highLevel() const;
    /// A level at or below which the total reaches min(target, capacity), ignoring caps.
    double lowLevel(double target) const;
};

/// The t in [low, high] with level.total(t) = target, given total(low) ≥ target ≥ total(high):
/// Newton steps on the piecewise-linear total inside a shrinking bisection bracket, ending on
/// the exact root of the linear piece.
double solveLevel(const Level &level, double target, double low, double high);

/// The level at which `level` (without caps) spends `target`; floor ≤ target ≤ capacity.
double levelFor(const Level &level, double target);

/// The objective value of a member at x (without baseline): s·e^k·(1 − e^(−x/s)) − c·x.
double memberValue(const Level &level, size_t i, double x, double cost);

/// One group, as problem indices of its free members and the amount its pinned members add.
struct GroupNeed {
    std::vector<int> freeMembers; ///< indices into the free partners (the Level's members)
    double pinned = 0.0;          ///< allocation of its members that the plan cannot move
    double minimum = 0.0;         ///< minShare × budget
};

/// What the LP path hands back.
struct LpOutcome {
    bool feasible = true;
    std::vector<int> conflicting; ///< with !feasible: a minimal set of groups that cannot all hold
    std::vector<double> x;        ///< per free partner, the piecewise-linear optimum
    std::vector<int> binding;     ///< groups whose share binds there
    double budgetDual = 0.0;      ///< the budget's shadow price there
    std::vector<double> groupDuals; ///< per group, the objective lost per unit of its minimum
};

/// Solves the free partners `level` under `budget` (for the free partners) and the groups'
/// minimums on GLPK's piecewise-linear form of the class values (see allocator.h).
LpOutcome solveGroupsWithGlpk(const Level &level, double cost, double budget,
                              const std::vector<GroupNeed> &groups);

} // namespace ps::plan::detail

namespace ps::plan::detail {

/// A problem after its constraints are resolved into per-partner limits.
struct Prepared {
    std::vector<double> lo, hi;    ///< per problem partner
    std::vector<Binding> pinned;   ///< Exited, Fixed or Policy; None when the limits come from
                                   ///< the minimum, the maximum and the contract minimum
    std::vector<double> weight;    ///< w_i: 1, or the margin rate
    double cost = 0.0;             ///< c: 0 for revenue, 1 for margin
    std::vector<int> levelIndex;   ///< per problem partner, its index in `level`, or −1
    std::vector<int> problemIndex; ///< per level member, its problem index
    Level level;                   ///< the partners the optimum can move
    double pinnedTotal = 0.0;      ///< the allocation of every other partner (at its floor)
    std::vector<GroupNeed> groups; ///< per PlanConstraints::groups
};

/// Validates `problem` and resolves its constraints; returns the one-sentence refusal, or an
/// empty string. Checks the budget, every figure, each partner's floor against its cap, the
/// floors against the budget, and each group's reach; not yet whether groups hold together.
QString prepare(const PlanProblem &problem, Prepared &out);

/// The sentence for groups that cannot all hold together within the budget.
QString groupsConflict(const PlanProblem &problem, const std::vector<int> &groups);

} // namespace ps::plan::detail
