// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/allocator.h"

#include "core/plan/allocator_p.h"
#include "core/plan/plantext_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::plan {
namespace {

using namespace detail;

constexpr double Inf = std::numeric_limits<double>::infinity();

/// The optimum over the free partners.
struct Solution {
    std::vector<double> x;           ///< per level member
    double lambda = 0.0;             ///< the budget's shadow price
    std::vector<double> mu;          ///< per constraint group
    std::vector<double> memberLevel; ///< per level member, its level (exact path), or NaN
    bool exact = true;
};

/// Groups whose free members must supply more than their floors: the only ones that can bind.
std::vector<int> bindableGroups(const Prepared &prep) {
    std::vector<int> out;
    for (size_t g = 0; g < prep.groups.size(); ++g) {
        const GroupNeed &need = prep.groups[g];
        double floors = need.pinned;
        for (int m : need.freeMembers)
            floors += prep.level.lo[size_t(m)];
        if (need.minimum > floors * (1.0 + 1e-12) + 1e-9)
            out.push_back(int(g));
    }
    return out;
}

/// Per level member, the one group of `groups` it belongs to (−1 none); false on an overlap.
bool memberGroups(const Prepared &prep, const std::vector<int> &groups, std::vector<int> &of) {
    of.assign(prep.level.size(), -1);
    for (int g : groups)
        for (int m : prep.groups[size_t(g)].freeMembers) {
            if (of[size_t(m)] >= 0 && of[size_t(m)] != g)
                return false;
            of[size_t(m)] = g;
        }
    return true;
}

/// The exact optimum with the disjoint groups `active` (see allocator.h). Returns false, with
/// `active`'s groups that bind at the budget's top level in *conflict, when they cannot hold.
bool solveExact(Prepared &prep, double freeBudget, const std::vector<int> &active, Solution &sol,
                std::vector<int> *conflict) {
    Level &level = prep.level;
    const size_t groupCount = prep.groups.size();
    std::vector<int> of;
    memberGroups(prep, active, of);
    level.group = of;
    level.cap.assign(groupCount, Inf);
    for (int g : active) {
        const GroupNeed &need = prep.groups[size_t(g)];
        Level sub;
        for (int m : need.freeMembers)
            sub.add(level.lo[size_t(m)], level.hi[size_t(m)], level.s[size_t(m)],
                    level.k[size_t(m)]);
        const double target = need.minimum - need.pinned;
        if (target > sub.floorSum())
            level.cap[size_t(g)] = levelFor(sub, target);
    }
    if (active.empty())
        level.group.clear();
    const double high = level.highLevel();
    if (level.total(high, nullptr) > freeBudget * (1.0 + 1e-12) + 1e-9) {
        conflict->clear();
        for (int g : active)
            if (std::isfinite(level.cap[size_t(g)]))
                conflict->push_back(g);
        return false;
    }
    const double cost = prep.cost;
    double t = 0.0;
    bool binds = true;
    if (cost > 0.0 && level.total(std::log(cost), nullptr) <= freeBudget) {
        t = std::log(cost);
        binds = false;
    } else if (cost == 0.0 && level.capacitySum() <= freeBudget) {
        t = -Inf;
        binds = false;
    } else {
        const double low = cost > 0.0 ? std::log(cost) : std::min(level.lowLevel(freeBudget), high);
        t = solveLevel(level, freeBudget, low, high);
    }
    const size_t n = level.size();
    sol.x.resize(n);
    sol.memberLevel.resize(n);
    for (size_t i = 0; i < n; ++i) {
        sol.x[i] = level.x(i, t);
        sol.memberLevel[i] = level.levelOf(i, t);
    }
    sol.lambda = binds ? std::exp(t) - cost : 0.0;
    sol.mu.assign(groupCount, 0.0);
    for (int g : active) {
        const double cap = level.cap[size_t(g)];
        if (cap < t)
            sol.mu[size_t(g)] = std::max(0.0, sol.lambda - (std::exp(cap) - cost));
    }
    sol.exact = true;
    return true;
}

bool groupsHold(const Prepared &prep, const std::vector<double> &x) {
    for (const GroupNeed &need : prep.groups) {
        double sum = need.pinned;
        for (int m : need.freeMembers)
            sum += x[size_t(m)];
        if (sum < need.minimum * (1.0 - 1e-9) - 1e-9)
            return false;
    }
    return true;
}

/// Overlapping groups: GLPK finds which groups bind; the exact path finishes when those are
/// disjoint. Returns the refusal sentence, or an empty string.
QString solveOverlapping(const PlanProblem &problem, Prepared &prep, double freeBudget,
                         Solution &sol) {
    const LpOutcome lp = solveGroupsWithGlpk(prep.level, prep.cost, freeBudget, prep.groups);
    if (!lp.feasible)
        return groupsConflict(problem, lp.conflicting);
    if (problem.constraints.groupSolver == GroupSolver::Auto) {
        std::vector<int> active = lp.binding;
        std::vector<int> of, conflict;
        for (size_t round = 0; round <= prep.groups.size(); ++round) {
            if (!memberGroups(prep, active, of) ||
                !solveExact(prep, freeBudget, active, sol, &conflict))
                break;
            if (groupsHold(prep, sol.x))
                return {};
            // A group the piecewise form left slack is short in the exact optimum: add it.
            for (size_t g = 0; g < prep.groups.size(); ++g) {
                double sum = prep.groups[g].pinned;
                for (int m : prep.groups[g].freeMembers)
                    sum += sol.x[size_t(m)];
                if (sum < prep.groups[g].minimum * (1.0 - 1e-9) - 1e-9 &&
                    std::find(active.begin(), active.end(), int(g)) == active.end())
                    active.push_back(int(g));
            }
        }
    }
    prep.level.group.clear();
    sol.x = lp.x;
    sol.lambda = lp.budgetDual;
    sol.mu = lp.groupDuals;
    sol.memberLevel.assign(prep.level.size(), std::numeric_limits<double>::quiet_NaN());
    sol.exact = false;
    return {};
}

Binding bindingOf(const Prepared &prep, const Solution &sol, size_t m, int *group) {
    const Level &level = prep.level;
    const double x = sol.x[m];
    const double lo = level.lo[m], hi = level.hi[m];
    const double tolerance = 1e-9 * std::max(1.0, hi == Inf ? x : hi);
    if (x <= lo + tolerance)
        return lo > 0.0 ? Binding::Min : Binding::None;
    if (x >= hi - tolerance)
        return Binding::Max;
    // Interior: held by a group when its level is below the budget's (exact), or its marginal
    // is below the shadow price (piecewise-linear path).
    const double marginal = std::exp(level.k[m] - x / level.s[m]) - prep.cost;
    const bool held =
        std::isnan(sol.memberLevel[m])
            ? marginal < sol.lambda - 1e-6 * std::max(1.0, sol.lambda)
            : !level.group.empty() && level.group[m] >= 0 && sol.mu[size_t(level.group[m])] > 0.0;
    if (!held)
        return Binding::None;
    double best = 0.0;
    for (size_t g = 0; g < prep.groups.size(); ++g) {
        const std::vector<int> &members = prep.groups[g].freeMembers;
        if (sol.mu[g] > best &&
            std::find(members.begin(), members.end(), int(m)) != members.end()) {
            best = sol.mu[g];
            *group = int(g);
        }
    }
    return *group >= 0 ? Binding::Group : Binding::None;
}

void assemble(const PlanProblem &problem, const Prepared &prep, const Solution &sol, Plan &plan) {
    const PlanConstraints &c = problem.constraints;
    plan.objective = c.objective;
    plan.budget = c.budget;
    plan.shadowPrice = sol.lambda;
    plan.groupShadowPrices = sol.mu;
    plan.groupShadowPrices.resize(c.groups.size(), 0.0);
    plan.exact = sol.exact;
    plan.partners.resize(problem.partners.size());
    for (size_t i = 0; i < problem.partners.size(); ++i) {
        const PlanPartner &p = problem.partners[i];
        PartnerAllocation &out = plan.partners[i];
        out.id = p.id;
        const int m = prep.levelIndex[i];
        out.allocation = m >= 0 ? sol.x[size_t(m)] : prep.lo[i];
        if (m >= 0)
            out.binding = bindingOf(prep, sol, size_t(m), &out.group);
        else if (prep.pinned[i] != Binding::None)
            out.binding = prep.pinned[i];
        else
            out.binding = prep.lo[i] > 0.0 ? Binding::Min : Binding::None;
        const double w = prep.weight[i];
        out.response = p.curve.response(out.allocation);
        out.expected = w * (p.curve.baseline + out.response) - prep.cost * out.allocation;
        out.marginal = w * p.curve.marginal(out.allocation) - prep.cost;
        out.byKind = p.mix.split(out.allocation);
        plan.allocated += out.allocation;
        plan.expectedTotal += out.expected;
        plan.baselineTotal += w * p.curve.baseline;
        plan.byKind.mdf += out.byKind.mdf;
        plan.byKind.enablement += out.byKind.enablement;
        plan.byKind.incentives += out.byKind.incentives;
        plan.byKind.technicalSupport += out.byKind.technicalSupport;
    }
    const double left = c.budget - plan.allocated;
    if (left > 1e-9 * std::max(1.0, c.budget) && left >= 0.5) {
        plan.notes << (c.objective == Objective::Margin && sol.lambda == 0.0
                           ? PlanText::tr("%1 of the budget stays unallocated: beyond this plan, "
                                          "every further unit returns less margin than it costs.")
                                 .arg(money(left))
                           : PlanText::tr("%1 of the budget stays unallocated: every partner that "
                                          "could take more is at its maximum.")
                                 .arg(money(left)));
    }
    if (!sol.exact)
        plan.notes << PlanText::tr("Overlapping group shares were solved on a piecewise-linear "
                                   "form; amounts are exact to about a millionth of the budget.");
}

} // namespace

PlanResult allocate(const PlanProblem &problem) {
    PlanResult result;
    Prepared prep;
    result.error = prepare(problem, prep);
    if (!result.error.isEmpty())
        return result;
    const double freeBudget = std::max(0.0, problem.constraints.budget - prep.pinnedTotal);
    Solution sol;
    const std::vector<int> bindable = bindableGroups(prep);
    std::vector<int> of;
    const bool forceLp = problem.constraints.groupSolver == GroupSolver::Glpk && !bindable.empty();
    if (!forceLp && memberGroups(prep, bindable, of)) {
        std::vector<int> conflict;
        if (!solveExact(prep, freeBudget, bindable, sol, &conflict)) {
            result.error = groupsConflict(problem, conflict);
            return result;
        }
    } else {
        result.error = solveOverlapping(problem, prep, freeBudget, sol);
        if (!result.error.isEmpty())
            return result;
    }
    assemble(problem, prep, sol, result.plan);
    return result;
}

QString bindingKey(const PartnerAllocation &allocation, const PlanConstraints &constraints) {
    switch (allocation.binding) {
    case Binding::None:
        return {};
    case Binding::Min:
        return QStringLiteral("min");
    case Binding::Max:
        return QStringLiteral("max");
    case Binding::Fixed:
        return QStringLiteral("fixed");
    case Binding::Exited:
        return QStringLiteral("exited");
    case Binding::Policy:
        return QStringLiteral("policy");
    case Binding::Group:
        break;
    }
    const int g = allocation.group;
    const QString name = g >= 0 && size_t(g) < constraints.groups.size()
                             ? constraints.groups[size_t(g)].name
                             : QString();
    return QStringLiteral("group:") + name;
}

} // namespace ps::plan
