// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of a plan's problem and the sentences that refuse it.
#include "core/plan/allocator_p.h"
#include "core/plan/plantext_p.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ps::plan::detail {
namespace {

bool amount(double v) {
    return std::isfinite(v) && v >= 0.0;
}

bool cap(double v) {
    return !std::isnan(v) && v >= 0.0; // +∞ means no cap
}

QString who(const PlanPartner &p) {
    return p.name.isEmpty() ? PlanText::tr("partner %1").arg(p.id) : p.name;
}

QString partnerFiguresError(const PlanPartner &p) {
    if (!p.curve.isValid())
        return PlanText::tr("The response curve of %1 is not valid: its ceiling and baseline must "
                            "be zero or more and its scale positive.")
            .arg(who(p));
    if (!p.uncertainty.isValid() || !p.shared.isValid())
        return PlanText::tr("The curve uncertainty of %1 is not valid: its spreads must be zero "
                            "or more, its shared parts between 0 and 1 and its correlation "
                            "between -1 and 1.")
            .arg(who(p));
    if ((p.fixed && !amount(*p.fixed)) || (p.minimum && !amount(*p.minimum)) ||
        (p.maximum && !cap(*p.maximum)) || !amount(p.contractMinimum) || !amount(p.currentSpend))
        return PlanText::tr("The amounts of %1 must be numbers of zero or more.").arg(who(p));
    if (p.marginRate && !(*p.marginRate >= 0.0 && *p.marginRate <= 1.0))
        return PlanText::tr("The margin rate of %1 must be between 0 and 1.").arg(who(p));
    return {};
}

QString constraintsError(const PlanConstraints &c) {
    if (std::isnan(c.budget) || c.budget < 0.0 || std::isinf(c.budget))
        return PlanText::tr("The budget must be a number of zero or more; %1 is not.")
            .arg(c.budget);
    if (c.budget > MaxBudget)
        return PlanText::tr("A budget of %1 is beyond any program budget (the limit is %2); "
                            "check the amount.")
            .arg(money(c.budget), money(MaxBudget));
    if (!(c.marginRate >= 0.0 && c.marginRate <= 1.0))
        return PlanText::tr("The margin rate must be between 0 and 1.");
    if (!amount(c.minPerPartner) || !cap(c.maxPerPartner))
        return PlanText::tr("The minimum and maximum per partner must be numbers of zero or more.");
    if (c.minPerPartner > c.maxPerPartner)
        return PlanText::tr("The minimum per partner (%1) is above the maximum per partner (%2).")
            .arg(money(c.minPerPartner), money(c.maxPerPartner));
    return {};
}

/// Resolves one partner's limits; returns a refusal when its floor is above its cap.
QString resolve(const PlanPartner &p, const PlanConstraints &c, double &lo, double &hi,
                Binding &pinned) {
    pinned = Binding::None;
    if (p.exited) {
        lo = hi = 0.0;
        pinned = Binding::Exited;
    } else if (p.fixed) {
        lo = hi = *p.fixed;
        pinned = Binding::Fixed;
    } else if (c.quadrantPolicy[size_t(p.quadrant)] == QuadrantPolicy::ContractMinimum) {
        lo = hi = p.contractMinimum;
        pinned = Binding::Policy;
    } else if (c.quadrantPolicy[size_t(p.quadrant)] == QuadrantPolicy::HoldCurrent) {
        lo = hi = p.currentSpend;
        pinned = Binding::Policy;
    } else {
        lo = std::max(p.minimum.value_or(c.minPerPartner), p.contractMinimum);
        hi = p.maximum.value_or(c.maxPerPartner);
        if (lo > hi)
            return PlanText::tr("The floor of %1 (%2, from its minimum and contract minimum) is "
                                "above its maximum of %3.")
                .arg(who(p), money(lo), money(hi));
    }
    return {};
}

} // namespace

QString prepare(const PlanProblem &problem, Prepared &out) {
    const PlanConstraints &c = problem.constraints;
    if (QString e = constraintsError(c); !e.isEmpty())
        return e;
    const size_t n = problem.partners.size();
    if (n == 0)
        return PlanText::tr("The plan has no partners.");
    out = Prepared();
    out.lo.resize(n);
    out.hi.resize(n);
    out.pinned.resize(n);
    out.weight.resize(n);
    out.levelIndex.assign(n, -1);
    out.cost = c.objective == Objective::Margin ? 1.0 : 0.0;
    // Ids sorted once (no hash nodes: 100,000 partners re-plan while a slider moves).
    std::vector<std::pair<Id, int>> byId(n);
    for (size_t i = 0; i < n; ++i)
        byId[i] = {problem.partners[i].id, int(i)};
    std::sort(byId.begin(), byId.end());
    for (size_t k = 1; k < n; ++k)
        if (byId[k].first == byId[k - 1].first)
            return PlanText::tr("Partner %1 appears twice in the plan.").arg(byId[k].first);
    out.level.reserve(n);
    double fixedSum = 0.0, policySum = 0.0, floorSum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const PlanPartner &p = problem.partners[i];
        if (QString e = partnerFiguresError(p); !e.isEmpty())
            return e;
        if (p.shared.source >= int(problem.sharedSources.size()))
            return PlanText::tr("The shared uncertainty of %1 refers to a source the plan does "
                                "not have.")
                .arg(who(p));
        if (QString e = resolve(p, c, out.lo[i], out.hi[i], out.pinned[i]); !e.isEmpty())
            return e;
        (out.pinned[i] == Binding::Fixed    ? fixedSum
         : out.pinned[i] == Binding::Policy ? policySum
                                            : floorSum) += out.lo[i];
        out.weight[i] =
            c.objective == Objective::Margin ? p.marginRate.value_or(c.marginRate) : 1.0;
        const double amplitude = out.weight[i] * p.curve.a;
        if (out.pinned[i] == Binding::None && out.lo[i] < out.hi[i] && amplitude > 0.0) {
            out.levelIndex[i] = int(out.level.size());
            out.problemIndex.push_back(int(i));
            out.level.add(out.lo[i], out.hi[i], p.curve.s, std::log(amplitude / p.curve.s));
        } else {
            out.pinnedTotal += out.lo[i];
        }
    }
    const double floors = fixedSum + policySum + floorSum;
    if (floors > c.budget * (1.0 + 1e-12))
        return PlanText::tr("The partners' floors add up to %1, more than the budget of %2 "
                            "(fixed amounts %3, quadrant policy %4, minimums and contract "
                            "minimums %5).")
            .arg(money(floors), money(c.budget), money(fixedSum), money(policySum),
                 money(floorSum));

    out.groups.resize(c.groups.size());
    std::vector<int> listedIn(c.groups.empty() ? 0 : n, -1); // the last group that listed it
    for (size_t g = 0; g < c.groups.size(); ++g) {
        const GroupShare &group = c.groups[g];
        if (!(group.minShare >= 0.0 && group.minShare <= 1.0))
            return PlanText::tr("The minimum share of group \"%1\" must be between 0% and 100%.")
                .arg(group.name);
        GroupNeed &need = out.groups[g];
        need.minimum = group.minShare * c.budget;
        double reach = 0.0;
        for (Id id : group.partnerIds) {
            const auto it = std::lower_bound(byId.begin(), byId.end(), std::make_pair(id, 0));
            if (it == byId.end() || it->first != id)
                return PlanText::tr("Group \"%1\" lists partner %2, which is not in the plan.")
                    .arg(group.name)
                    .arg(id);
            const size_t i = size_t(it->second);
            if (listedIn[i] == int(g))
                continue;
            listedIn[i] = int(g);
            const int level = out.levelIndex[i];
            if (level >= 0) {
                need.freeMembers.push_back(level);
                reach += out.hi[i];
            } else {
                need.pinned += out.lo[i];
            }
        }
        reach += need.pinned;
        if (reach < need.minimum * (1.0 - 1e-12))
            return PlanText::tr("Group \"%1\" needs at least %2 (%3 of the budget), but its "
                                "partners can take at most %4 given their maximums, fixed "
                                "amounts, exits and quadrant policy.")
                .arg(group.name, money(need.minimum), percent(group.minShare), money(reach));
    }
    return {};
}

QString groupsConflict(const PlanProblem &problem, const std::vector<int> &groups) {
    QStringList names;
    for (int g : groups) {
        const GroupShare &group = problem.constraints.groups[size_t(g)];
        names << QStringLiteral("\"%1\" (%2)").arg(group.name, percent(group.minShare));
    }
    return PlanText::tr("The minimum shares of %1 cannot all hold within the budget of %2 "
                        "together with the other partners' floors.")
        .arg(names.join(QStringLiteral(", ")), money(problem.constraints.budget));
}

} // namespace ps::plan::detail
