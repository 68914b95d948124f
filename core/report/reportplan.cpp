// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportplan.h"

#include "core/plan/forecast.h"
#include "core/report/reporttext_p.h"

#include <algorithm>
#include <numeric>

namespace ps {

using report::detail::fixed;
using report::detail::ReportTr;

ReportPlan buildReportPlan(const PortfolioData &data, const Scenario &scenario) {
    ReportPlan out;
    const ScenarioPlan settings = plan::planSettings(data, scenario.id);
    out.objective = settings.objective;
    out.budget = settings.budget;
    plan::PlanBasis basis = plan::planBasis(data, scenario);
    plan::fitBasis(basis, data, settings);
    const plan::PlanRun run = plan::runPlan(basis, data, settings);
    if (!run.ok()) {
        out.error = run.error();
        return out;
    }
    const plan::Plan &p = run.result.plan;
    out.allocated = p.allocated;
    out.expectedTotal = p.expectedTotal;
    out.shadowPrice = p.shadowPrice;
    out.todayAllocated = run.comparison.today.allocated;
    out.todayExpected = run.comparison.today.expected;
    out.editedAllocated = run.comparison.edited.allocated;
    out.editedExpected = run.comparison.edited.expected;
    out.valueLeft = run.comparison.valueLeft;
    out.notes = p.notes;
    plan::ForecastOptions options;
    options.draws = ReportForecastDraws;
    const plan::Forecast forecast = plan::forecastPlan(run.problem, p, options);
    if (forecast.ok()) {
        out.p10 = forecast.p10;
        out.p50 = forecast.p50;
        out.p90 = forecast.p90;
        out.draws = forecast.draws;
    }
    std::vector<size_t> order(p.partners.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return p.partners[a].allocation > p.partners[b].allocation;
    });
    for (size_t i : order) {
        const plan::PlanPartner &pp = run.problem.partners[i];
        const plan::PartnerAllocation &a = p.partners[i];
        if (a.allocation <= 0.0 && pp.currentSpend <= 0.0)
            continue;
        out.partners.push_back({pp.name, pp.quadrant, pp.currentSpend, a.allocation, a.expected,
                                a.marginal, plan::bindingKey(a, run.problem.constraints),
                                i < forecast.payback.size() ? forecast.payback[i] : std::nullopt});
    }
    out.models = plan::totalsByModel(data, run);
    out.kinds = plan::totalsByKind(basis, run);
    return out;
}

namespace report::detail {

QStringList planSummaryHeader() {
    return {ReportTr::tr("Measure"), ReportTr::tr("Value")};
}

std::vector<QStringList> planSummaryRows(const ReportPlan &plan, const QString &currency) {
    if (!plan.ok())
        return {QStringList{ReportTr::tr("No plan"), plan.error}};
    const auto money = [&](double v) { return fixed(v, 0) + QLatin1Char(' ') + currency; };
    std::vector<QStringList> rows = {
        {ReportTr::tr("Objective"), label(plan.objective)},
        {ReportTr::tr("Budget"), money(plan.budget)},
        {ReportTr::tr("Allocated"), money(plan.allocated)},
        {ReportTr::tr("Expected return"), money(plan.expectedTotal)},
        {ReportTr::tr("Shadow price of the budget"), fixed(plan.shadowPrice, 2)},
        {ReportTr::tr("Today's spend"), money(plan.todayAllocated)},
        {ReportTr::tr("Expected return of today's spend"), money(plan.todayExpected)},
        {ReportTr::tr("Edited plan's spend"), money(plan.editedAllocated)},
        {ReportTr::tr("Edited plan's expected return"), money(plan.editedExpected)},
        {ReportTr::tr("Value the edited plan leaves"), money(plan.valueLeft)},
    };
    if (plan.draws > 0) {
        rows.push_back({ReportTr::tr("Forecast P10"), money(plan.p10)});
        rows.push_back({ReportTr::tr("Forecast P50"), money(plan.p50)});
        rows.push_back({ReportTr::tr("Forecast P90"), money(plan.p90)});
        rows.push_back({ReportTr::tr("Forecast draws"), QString::number(plan.draws)});
    }
    return rows;
}

QStringList planPartnerHeader(const QString &currency) {
    return {ReportTr::tr("Partner"),
            ReportTr::tr("Quadrant"),
            ReportTr::tr("Today (%1)").arg(currency),
            ReportTr::tr("Allocation (%1)").arg(currency),
            ReportTr::tr("Expected (%1)").arg(currency),
            ReportTr::tr("Marginal return"),
            ReportTr::tr("Held by"),
            ReportTr::tr("Payback probability")};
}

QString planBindingText(const QString &key) {
    if (key.isEmpty())
        return ReportTr::tr("optimum");
    if (key == QLatin1String("min"))
        return ReportTr::tr("its floor");
    if (key == QLatin1String("max"))
        return ReportTr::tr("its cap");
    if (key == QLatin1String("fixed"))
        return ReportTr::tr("a fixed amount");
    if (key == QLatin1String("exited"))
        return ReportTr::tr("exit");
    if (key == QLatin1String("policy"))
        return ReportTr::tr("quadrant policy");
    if (key.startsWith(QLatin1String("group:")))
        return ReportTr::tr("share of %1").arg(key.mid(6));
    return key;
}

QStringList planPartnerCells(const ReportPlanRow &row) {
    return {row.partner,
            label(row.quadrant),
            fixed(row.today, 0),
            fixed(row.allocation, 0),
            fixed(row.expected, 0),
            fixed(row.marginal, 2),
            planBindingText(row.binding),
            row.payback ? fixed(*row.payback * 100.0, 0) + QLatin1Char('%') : QString()};
}

QStringList planTotalHeader(const QString &group, const QString &currency) {
    return {group, ReportTr::tr("Today (%1)").arg(currency),
            ReportTr::tr("Plan (%1)").arg(currency)};
}

QStringList planTotalCells(const plan::PlanTotal &total) {
    return {total.name, fixed(total.today, 0), fixed(total.plan, 0)};
}

} // namespace report::detail
} // namespace ps
