// SPDX-License-Identifier: GPL-3.0-or-later
// plan_100k: the optimal allocation of a program budget over 100,000 partners (curves
// synthesized from a generated portfolio's revenue and investment, quadrants from scoring,
// contract minimums, exits, caps). plan_100k_groups: the same with a minimum share for three
// partner models (disjoint groups, the exact path). forecast_10k: a 10,000-draw Monte Carlo
// forecast of a 10,000-partner plan on all cores. first_plan_100k: a generated portfolio of
// 100,000 partners (576,000 investment periods) to its first plan, as the Plan page and
// `partnerscope plan` make it: scores and evidence, the curve fit, the allocation.
#include "benchutil.h"

#include "core/generate/generator.h"
#include "core/plan/allocator.h"
#include "core/plan/forecast.h"
#include "core/plan/portfolioplan.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

#include <time.h>

namespace ps::bench {
namespace {

using namespace ps::plan;

/// Curves from a generated portfolio: the ceiling grows with the partner's revenue, the scale
/// with what is spent on it today; uncertainty as a partner without its own evidence has, half
/// of it shared by the partners of a model.
PlanProblem generatedProblem(int partners) {
    const PortfolioData data = generatePortfolio(partners, 50, 42);
    const std::vector<PartnerScore> scores = scorePortfolio(data);
    PlanProblem problem;
    for (PartnerModel model : enumValues<PartnerModel>())
        problem.sharedSources.push_back({toKey(model), -0.3});
    problem.sharedSources.push_back({QStringLiteral("unclassified"), -0.3});
    problem.partners.reserve(data.partners.size());
    double spend = 0.0;
    for (size_t i = 0; i < data.partners.size(); ++i) {
        const Partner &p = data.partners[i];
        PlanPartner q;
        q.id = p.id;
        q.name = p.name;
        const double revenue = p.economics.sourcedRevenue + p.economics.influencedRevenue;
        const double invested = p.economics.investment.total();
        q.curve = {0.8 * revenue + 20000.0, std::max(5000.0, 2.0 * invested), 0.2 * revenue};
        q.uncertainty = {0.5, 0.4, -0.3};
        // Half of it is the error of its model's curve, shared by the model's partners.
        q.shared = {p.model ? int(*p.model) : int(problem.sharedSources.size()) - 1, 0.5, 0.5};
        q.quadrant = scores[i].quadrant;
        q.exited = p.status == PartnerStatus::Exited;
        q.contractMinimum = p.tier >= PartnerTier::Gold ? 2000.0 : 0.0;
        q.currentSpend = invested;
        if (p.tier == PartnerTier::Registered)
            q.maximum = 10000.0;
        spend += invested;
        problem.partners.push_back(q);
    }
    problem.constraints.budget = spend;
    return problem;
}

int planBenchmark(const Context &) {
    const PlanProblem problem = generatedProblem(100000);
    PlanResult result;
    const double ms = medianMs(21, [&] { result = allocate(problem); });
    if (!result.ok()) {
        std::fprintf(stderr, "plan_100k: %s\n", qPrintable(result.error));
        return 1;
    }
    int funded = 0;
    for (const PartnerAllocation &a : result.plan.partners)
        funded += a.allocation > 0.0;
    std::fprintf(stderr, "plan_100k: budget %.0f, %d partners funded, shadow price %.4f\n",
                 result.plan.budget, funded, result.plan.shadowPrice);
    report(QStringLiteral("plan_100k"), ms, QStringLiteral("ms"));
    return 0;
}

int planGroupsBenchmark(const Context &) {
    PlanProblem problem = generatedProblem(100000);
    const PortfolioData data = generatePortfolio(100000, 50, 42);
    const std::vector<PartnerModel> models{PartnerModel::Isv, PartnerModel::SystemsIntegrator,
                                           PartnerModel::Oem};
    for (PartnerModel model : models) {
        GroupShare group;
        group.name = toKey(model);
        for (const Partner &p : data.partners)
            if (p.model == model)
                group.partnerIds.push_back(p.id);
        group.minShare = 0.2;
        problem.constraints.groups.push_back(group);
    }
    PlanResult result;
    const double ms = medianMs(11, [&] { result = allocate(problem); });
    if (!result.ok()) {
        std::fprintf(stderr, "plan_100k_groups: %s\n", qPrintable(result.error));
        return 1;
    }
    std::fprintf(stderr, "plan_100k_groups: shadow price %.4f, group prices %.4f %.4f %.4f\n",
                 result.plan.shadowPrice, result.plan.groupShadowPrices[0],
                 result.plan.groupShadowPrices[1], result.plan.groupShadowPrices[2]);
    report(QStringLiteral("plan_100k_groups"), ms, QStringLiteral("ms"));
    return 0;
}

int forecastBenchmark(const Context &) {
    const PlanProblem problem = generatedProblem(10000);
    const PlanResult plan = allocate(problem);
    if (!plan.ok()) {
        std::fprintf(stderr, "forecast_10k: %s\n", qPrintable(plan.error));
        return 1;
    }
    ForecastOptions options;
    options.draws = 10000;
    Forecast forecast;
    // CPU time as well: on a busy machine the wall clock says more about the neighbours.
    timespec cpu0{}, cpu1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
    const int runs = 5;
    const double ms = medianMs(runs, [&] { forecast = forecastPlan(problem, plan.plan, options); });
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    const double cpuMs =
        (double(cpu1.tv_sec - cpu0.tv_sec) * 1e3 + double(cpu1.tv_nsec - cpu0.tv_nsec) / 1e6) /
        runs;
    std::fprintf(stderr, "forecast_10k: %.0f ms of CPU per forecast (%u threads)\n", cpuMs,
                 std::max(1u, std::thread::hardware_concurrency()));
    std::fprintf(stderr, "forecast_10k: expected %.0f, P10 %.0f, P50 %.0f, P90 %.0f, mean %.0f\n",
                 plan.plan.expectedTotal, forecast.p10, forecast.p50, forecast.p90, forecast.mean);
    report(QStringLiteral("forecast_10k"), ms, QStringLiteral("ms"));
    return 0;
}

/// CPU milliseconds of this process so far (all threads).
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int firstPlanBenchmark(const Context &) {
    PortfolioData data = generatePortfolio(100000, 50, 42);
    ensureScenario(data);
    const Scenario &scenario = data.scenarios.front();
    const ScenarioPlan settings = planSettings(data, scenario.id);
    // Stage times of the median run, wall and CPU.
    struct Times {
        double basis = 0.0, fit = 0.0, run = 0.0, cpu = 0.0;
    };
    std::vector<Times> times;
    PlanRun run;
    PlanBasis basis;
    const double ms = medianMs(3, [&] {
        Times t;
        const double cpu0 = cpuMs();
        QElapsedTimer timer;
        timer.start();
        basis = planBasis(data, scenario);
        t.basis = double(timer.nsecsElapsed()) / 1e6;
        fitBasis(basis, data, settings);
        t.fit = double(timer.nsecsElapsed()) / 1e6 - t.basis;
        run = runPlan(basis, data, settings);
        t.run = double(timer.nsecsElapsed()) / 1e6 - t.basis - t.fit;
        t.cpu = cpuMs() - cpu0;
        times.push_back(t);
    });
    if (!run.ok()) {
        std::fprintf(stderr, "first_plan_100k: %s\n", qPrintable(run.error()));
        return 1;
    }
    std::sort(times.begin(), times.end(), [](const Times &a, const Times &b) {
        return a.basis + a.fit + a.run < b.basis + b.fit + b.run;
    });
    const Times &median = times[times.size() / 2];
    int own = 0;
    for (const CurveEstimate &e : basis.fit.partners)
        own += e.source == CurveSource::Evidence;
    std::fprintf(stderr,
                 "first_plan_100k: %zu partners, %d periods, %d own fits; scores and evidence "
                 "%.0f ms, curve fit %.0f ms, allocation %.0f ms; %.0f ms of CPU\n",
                 basis.evidence.partners.size(), basis.evidence.periods, own, median.basis,
                 median.fit, median.run, median.cpu);
    report(QStringLiteral("first_plan_100k"), ms, QStringLiteral("ms"));
    report(QStringLiteral("first_plan_100k.fit"), median.fit, QStringLiteral("ms"));
    return 0;
}

const Registration planReg(QStringLiteral("plan_100k"),
                           QStringLiteral("optimal allocation of a budget over 100k partners"),
                           planBenchmark);
const Registration planGroupsReg(QStringLiteral("plan_100k_groups"),
                                 QStringLiteral("the same with minimum shares for three models"),
                                 planGroupsBenchmark);
const Registration forecastReg(QStringLiteral("forecast_10k"),
                               QStringLiteral("10,000-draw forecast of a 10,000-partner plan"),
                               forecastBenchmark);
const Registration firstPlanReg(QStringLiteral("first_plan_100k"),
                                QStringLiteral("a 100k-partner portfolio to its first plan: "
                                               "scores, evidence, curve fit, allocation"),
                                firstPlanBenchmark);

} // namespace
} // namespace ps::bench
