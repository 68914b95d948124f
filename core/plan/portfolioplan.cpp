// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/portfolioplan.h"

#include "core/analytics/segmentation.h"
#include "core/plan/plantext_p.h"
#include "core/plan/programkinds.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ps::plan {
namespace {

CurveOverride toOverride(const CurveSetting &s) {
    CurveOverride o;
    o.curve.a = s.a;
    o.curve.s = s.s;
    o.curve.baseline = s.baseline;
    o.uncertainty.sdLogA = s.sdLogA;
    o.uncertainty.sdLogS = s.sdLogS;
    o.uncertainty.correlation = s.correlation;
    return o;
}

QuadrantPolicy toPolicy(PlanPolicy policy) {
    switch (policy) {
    case PlanPolicy::Optimize:
        return QuadrantPolicy::Optimize;
    case PlanPolicy::ContractMinimum:
        return QuadrantPolicy::ContractMinimum;
    case PlanPolicy::HoldCurrent:
        return QuadrantPolicy::HoldCurrent;
    }
    return QuadrantPolicy::Optimize;
}

} // namespace

ScenarioPlan planSettings(const PortfolioData &data, Id scenarioId) {
    if (const ScenarioPlan *stored = planOf(data, scenarioId))
        return *stored;
    ScenarioPlan plan;
    plan.scenarioId = scenarioId;
    double today = 0.0;
    for (const Partner &p : data.partners)
        today += p.economics.investment.total();
    plan.budget = std::round(today / 1000.0) * 1000.0;
    return plan;
}

PlanBasis planBasis(const PortfolioData &data, const Scenario &scenario) {
    PlanBasis basis;
    basis.scenarioId = scenario.id;
    basis.scores = scorePortfolio(data, &scenario);
    std::vector<Quadrant> quadrants;
    quadrants.reserve(basis.scores.size());
    for (const PartnerScore &s : basis.scores)
        quadrants.push_back(s.quadrant);
    basis.evidence = portfolioEvidence(data, quadrants);
    return basis;
}

std::vector<Id> groupMembers(const PlanGroupSetting &group, const PortfolioData &data,
                             const std::vector<PartnerScore> &scores) {
    std::vector<Id> ids;
    const SegmentRule *rule = nullptr;
    if (group.segmentRuleId != 0) {
        for (const SegmentRule &r : data.segmentRules)
            if (r.id == group.segmentRuleId)
                rule = &r;
        if (!rule)
            return ids; // a deleted rule matches nobody
    }
    for (size_t i = 0; i < data.partners.size(); ++i) {
        const Partner &p = data.partners[i];
        if (group.model && p.model != group.model)
            continue;
        if (rule && (i >= scores.size() || !matches(*rule, p, scores[i], data)))
            continue;
        ids.push_back(p.id);
    }
    return ids;
}

QString groupName(const PlanGroupSetting &group, const PortfolioData &data) {
    QStringList parts;
    if (group.model)
        parts << label(*group.model);
    if (group.segmentRuleId != 0) {
        QString name = PlanText::tr("(deleted segment)");
        for (const SegmentRule &r : data.segmentRules)
            if (r.id == group.segmentRuleId)
                name = r.name;
        parts << name;
    }
    return parts.isEmpty() ? PlanText::tr("All partners") : parts.join(QLatin1String(" · "));
}

void fitBasis(PlanBasis &basis, const PortfolioData &data, const ScenarioPlan &settings) {
    FitOptions options;
    options.periodsPerPlan = basis.evidence.periodsPerYear;
    for (const PlanPartnerSetting &s : settings.partners)
        if (s.curve)
            options.partnerOverrides.emplace(s.partnerId, toOverride(*s.curve));
    for (const PlanGroupSetting &g : settings.groups)
        if (g.curve)
            options.segmentOverrides.push_back(
                {groupName(g, data), groupMembers(g, data, basis.scores), toOverride(*g.curve)});
    basis.fit = fitCurves(basis.evidence.partners, options);
}

PlanConstraints planConstraints(const ScenarioPlan &settings, const PlanBasis &basis,
                                const PortfolioData &data) {
    PlanConstraints c;
    c.budget = settings.budget;
    c.objective =
        settings.objective == PlanObjective::Margin ? Objective::Margin : Objective::Revenue;
    c.marginRate = settings.marginRate;
    c.minPerPartner = settings.minPerPartner;
    c.maxPerPartner = settings.maxPerPartner.value_or(Unlimited);
    for (size_t q = 0; q < c.quadrantPolicy.size(); ++q)
        c.quadrantPolicy[q] = toPolicy(settings.policies[q]);
    for (const PlanGroupSetting &g : settings.groups)
        if (g.minShare && *g.minShare > 0.0)
            c.groups.push_back(
                {groupName(g, data), groupMembers(g, data, basis.scores), *g.minShare});
    return c;
}

PlanRun runPlan(const PlanBasis &basis, const PortfolioData &data, const ScenarioPlan &settings) {
    PlanRun run;
    if (!basis.fit.ok()) {
        run.basisError = basis.fit.error;
        return run;
    }
    run.problem =
        planProblem(basis.evidence.partners, basis.fit, planConstraints(settings, basis, data));
    for (PlanPartner &p : run.problem.partners) {
        if (const PlanPartnerSetting *s = settings.partner(p.id)) {
            p.fixed = s->fixed;
            p.minimum = s->minimum;
            p.maximum = s->maximum;
        }
    }
    run.result = allocate(run.problem);
    if (!run.result.ok())
        return run;
    const Plan &plan = run.result.plan;
    run.edited.resize(plan.partners.size());
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        const PlanPartnerSetting *s = settings.partner(plan.partners[i].id);
        run.edited[i] = s && s->edited ? *s->edited : plan.partners[i].allocation;
    }
    run.comparison = comparePlans(run.problem, plan, run.edited);
    return run;
}

std::vector<PlanTotal> totalsByPartner(const PlanRun &run, int top) {
    std::vector<PlanTotal> out;
    if (!run.ok())
        return out;
    const Plan &plan = run.result.plan;
    std::vector<size_t> order(plan.partners.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return plan.partners[a].allocation > plan.partners[b].allocation;
    });
    PlanTotal rest;
    int others = 0;
    for (size_t r = 0; r < order.size(); ++r) {
        const size_t i = order[r];
        const double today = run.problem.partners[i].currentSpend;
        const double planned = plan.partners[i].allocation;
        if (int(r) < top && planned > 0.0) {
            out.push_back({run.problem.partners[i].name, today, planned});
        } else if (planned > 0.0 || today > 0.0) {
            rest.today += today;
            rest.plan += planned;
            ++others;
        }
    }
    if (others > 0) {
        rest.name = PlanText::tr("%n other partner(s)", nullptr, others);
        out.push_back(rest);
    }
    return out;
}

std::vector<PlanTotal> totalsByModel(const PortfolioData &data, const PlanRun &run) {
    std::vector<PlanTotal> out;
    if (!run.ok())
        return out;
    const Plan &plan = run.result.plan;
    std::unordered_map<int, size_t> indexOf; // model + 1, 0 for unclassified
    for (size_t i = 0; i < plan.partners.size() && i < data.partners.size(); ++i) {
        const std::optional<PartnerModel> &model = data.partners[i].model;
        const int key = model ? int(*model) + 1 : 0;
        auto [it, added] = indexOf.emplace(key, out.size());
        if (added)
            out.push_back({model ? label(*model) : PlanText::tr("Unclassified"), 0.0, 0.0});
        out[it->second].today += run.problem.partners[i].currentSpend;
        out[it->second].plan += plan.partners[i].allocation;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PlanTotal &a, const PlanTotal &b) { return a.plan > b.plan; });
    return out;
}

std::vector<PlanTotal> totalsByKind(const PlanBasis &basis, const PlanRun &run) {
    std::vector<PlanTotal> out;
    if (!run.ok())
        return out;
    Investment today;
    for (const PartnerEvidence &e : basis.evidence.partners) {
        today.mdf += e.currentSpend.mdf;
        today.enablement += e.currentSpend.enablement;
        today.incentives += e.currentSpend.incentives;
        today.technicalSupport += e.currentSpend.technicalSupport;
    }
    const Investment &planned = run.result.plan.byKind;
    const double t[4] = {today.mdf, today.enablement, today.incentives, today.technicalSupport};
    const double p[4] = {planned.mdf, planned.enablement, planned.incentives,
                         planned.technicalSupport};
    for (int k = 0; k < 4; ++k)
        out.push_back({kindLabel(k), t[k], p[k]});
    return out;
}

} // namespace ps::plan
