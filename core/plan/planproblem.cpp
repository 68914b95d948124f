// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planproblem.h"

#include "core/plan/plantext_p.h"

#include <cmath>
#include <unordered_map>

namespace ps::plan {

PlanProblem planProblem(const std::vector<PartnerEvidence> &evidence, const CurveFit &fit,
                        const PlanConstraints &constraints) {
    PlanProblem problem;
    problem.constraints = constraints;
    problem.sharedSources = fit.sources;
    std::vector<PlanPartner> &out = problem.partners;
    const std::vector<KindMix> mixes = kindMixes(evidence);
    std::unordered_map<Id, const CurveEstimate *> curveOf;
    for (const CurveEstimate &c : fit.partners)
        curveOf.emplace(c.id, &c);
    out.reserve(evidence.size());
    for (size_t i = 0; i < evidence.size(); ++i) {
        const PartnerEvidence &e = evidence[i];
        PlanPartner p;
        p.id = e.id;
        p.name = e.name;
        if (auto it = curveOf.find(e.id); it != curveOf.end()) {
            p.curve = it->second->curve;
            p.uncertainty = it->second->uncertainty;
            p.shared = it->second->shared;
        }
        p.mix = mixes[i];
        p.quadrant = e.quadrant;
        p.exited = e.status == PartnerStatus::Exited;
        p.contractMinimum = e.contractMinimum;
        p.currentSpend = e.currentSpend.total();
        out.push_back(p);
    }
    return problem;
}

QStringList constraintViolations(const PlanProblem &problem,
                                 const std::vector<double> &allocation) {
    QStringList out;
    const PlanConstraints &c = problem.constraints;
    if (allocation.size() != problem.partners.size()) {
        out << PlanText::tr("The plan has %1 amounts for %2 partners.")
                   .arg(allocation.size())
                   .arg(problem.partners.size());
        return out;
    }
    auto same = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, b) + 0.005;
    };
    double total = 0.0;
    // Amounts by id only for the groups' shares (a re-plan of 100k partners checks an edited
    // plan every time: no map and no name unless needed).
    std::unordered_map<Id, double> byId;
    if (!c.groups.empty())
        byId.reserve(allocation.size());
    for (size_t i = 0; i < allocation.size(); ++i) {
        const PlanPartner &p = problem.partners[i];
        const double x = allocation[i];
        const auto nameOf = [&p] { return p.name.isEmpty() ? QString::number(p.id) : p.name; };
        if (!c.groups.empty())
            byId[p.id] = x;
        if (!std::isfinite(x) || x < 0.0) {
            out << PlanText::tr("%1 has an amount that is not a number of zero or more.")
                       .arg(nameOf());
            continue;
        }
        total += x;
        const QuadrantPolicy policy = c.quadrantPolicy[size_t(p.quadrant)];
        if (p.exited) {
            if (x > 0.005)
                out << PlanText::tr("%1 has exited but gets %2.").arg(nameOf(), money(x));
        } else if (p.fixed) {
            if (!same(x, *p.fixed))
                out << PlanText::tr("%1 is fixed at %2 but gets %3.")
                           .arg(nameOf(), money(*p.fixed), money(x));
        } else if (policy != QuadrantPolicy::Optimize) {
            const double pinned =
                policy == QuadrantPolicy::ContractMinimum ? p.contractMinimum : p.currentSpend;
            if (!same(x, pinned))
                out << PlanText::tr("%1 should get %2 by its quadrant's policy but gets %3.")
                           .arg(nameOf(), money(pinned), money(x));
        } else {
            const double lo = std::max(p.minimum.value_or(c.minPerPartner), p.contractMinimum);
            const double hi = p.maximum.value_or(c.maxPerPartner);
            if (x < lo && !same(x, lo))
                out << PlanText::tr("%1 gets %2, below its floor of %3.")
                           .arg(nameOf(), money(x), money(lo));
            if (x > hi && !same(x, hi))
                out << PlanText::tr("%1 gets %2, above its maximum of %3.")
                           .arg(nameOf(), money(x), money(hi));
        }
    }
    if (total > c.budget && !same(total, c.budget))
        out << PlanText::tr("The plan spends %1, more than the budget of %2.")
                   .arg(money(total), money(c.budget));
    for (const GroupShare &g : c.groups) {
        double sum = 0.0;
        for (Id id : g.partnerIds)
            if (auto it = byId.find(id); it != byId.end())
                sum += it->second;
        const double need = g.minShare * c.budget;
        if (sum < need && !same(sum, need))
            out << PlanText::tr("Group \"%1\" gets %2, short of its minimum of %3.")
                       .arg(g.name, money(sum), money(need));
    }
    return out;
}

} // namespace ps::plan
