// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/plan/portfolioplan.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The report's plan section: the report scenario's investment plan from the same core functions
/// as the Plan page and `partnerscope plan` (core/plan/portfolioplan.h), computed once.
namespace ps {

/// One partner of the plan section.
struct ReportPlanRow {
    QString partner;
    Quadrant quadrant = Quadrant::Develop;
    double today = 0.0;
    double allocation = 0.0;
    double expected = 0.0;
    double marginal = 0.0;
    QString binding;               ///< plan::bindingKey: empty for the optimum
    std::optional<double> payback; ///< from the forecast; none when unfunded
};

struct ReportPlan {
    QString error; ///< why there is no plan (infeasible constraints, no curve); else empty
    PlanObjective objective = PlanObjective::Revenue;
    double budget = 0.0;
    double allocated = 0.0;
    double expectedTotal = 0.0;
    double shadowPrice = 0.0;
    double todayAllocated = 0.0, todayExpected = 0.0;
    double editedAllocated = 0.0, editedExpected = 0.0;
    double valueLeft = 0.0; ///< optimal less edited expected return
    double p10 = 0.0, p50 = 0.0, p90 = 0.0;
    int draws = 0;
    std::vector<ReportPlanRow> partners; ///< with spend today or in the plan, largest plan first
    std::vector<plan::PlanTotal> models; ///< by partner model
    std::vector<plan::PlanTotal> kinds;  ///< by program kind
    QStringList notes;                   ///< the allocator's remarks
    bool ok() const { return error.isEmpty(); }
};

/// Draws of the report's forecast: enough for stable quantiles (their Monte Carlo error is well
/// under 1%), few enough for the report's time budget on large portfolios. Seeded: every export
/// of the same file says the same.
constexpr int ReportForecastDraws = 4000;

/// The plan of `scenario` with the settings stored for it (or the defaults).
ReportPlan buildReportPlan(const PortfolioData &data, const Scenario &scenario);

namespace report::detail {
/// Shared by the CSV, HTML and XLSX writers (and the PDF): the same words in every format.
QStringList planSummaryHeader();
/// Measure and value rows: budget, allocated, expected return, shadow price, forecast, today's
/// spend and return, the edited plan and the value it leaves.
std::vector<QStringList> planSummaryRows(const ReportPlan &plan, const QString &currency);
QStringList planPartnerHeader(const QString &currency);
QStringList planPartnerCells(const ReportPlanRow &row);
QStringList planTotalHeader(const QString &group, const QString &currency);
QStringList planTotalCells(const plan::PlanTotal &total);
/// A binding key as a reader says it ("at its cap").
QString planBindingText(const QString &key);
} // namespace report::detail

} // namespace ps
