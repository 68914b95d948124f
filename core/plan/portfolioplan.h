// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/plan/allocator.h"
#include "core/plan/curvefit.h"
#include "core/plan/plancompare.h"
#include "core/plan/planproblem.h"
#include "core/plan/portfolioevidence.h"
#include "core/scoring/scoring.h"

#include <QString>

#include <vector>

/// A portfolio's investment plan for one scenario, end to end: the stored settings
/// (ps::ScenarioPlan) become a plan problem over the portfolio's evidence, which the allocator
/// solves. The Plan page, the workshop's plan step, the report and `partnerscope plan` all call
/// these functions, so they show the same plan (docs/plan.md, "The plan of a portfolio").
///
/// The work is split by what it depends on, so that moving a constraint only re-runs the cheap
/// part: planBasis() (scores and evidence: the data and the scenario), fitBasis() (the curves:
/// also the curves set by hand), runPlan() (problem, allocation, edited plan, comparison: the
/// constraints).
namespace ps::plan {

/// The plan settings stored for `scenarioId`, or the defaults when there are none: a budget of
/// today's total program spend (rounded to a thousand), revenue objective, no limits, the
/// default quadrant policies. The defaults carry id 0 and the scenario's id.
ScenarioPlan planSettings(const PortfolioData &data, Id scenarioId);

/// What the plan of one scenario knows about the portfolio, before any constraint.
struct PlanBasis {
    Id scenarioId = 0;
    std::vector<PartnerScore> scores; ///< partner order, from the one scoring engine
    PortfolioEvidence evidence;
    CurveFit fit; ///< from fitBasis()
};

/// Scores the portfolio with `scenario` and assembles its evidence (no curves yet).
PlanBasis planBasis(const PortfolioData &data, const Scenario &scenario);

/// Fits the curves of basis.evidence, with the curves `settings` sets by hand, into basis.fit.
/// A quarterly history gives annual curves (FitOptions::periodsPerPlan = periods per year).
void fitBasis(PlanBasis &basis, const PortfolioData &data, const ScenarioPlan &settings);

/// The partners of a plan group, portfolio order: a model's, a segment rule's (with the
/// scenario's scores), or all partners.
std::vector<Id> groupMembers(const PlanGroupSetting &group, const PortfolioData &data,
                             const std::vector<PartnerScore> &scores);
/// A group's name as the plan shows it: the model's label, the rule's name, or "All partners".
QString groupName(const PlanGroupSetting &group, const PortfolioData &data);

/// The allocator's constraints from the settings (group shares with their members).
PlanConstraints planConstraints(const ScenarioPlan &settings, const PlanBasis &basis,
                                const PortfolioData &data);

/// A plan with its problem, the hand-edited plan and the comparison of the three.
struct PlanRun {
    PlanProblem problem;
    PlanResult result;          ///< the optimal plan, or one sentence why not
    std::vector<double> edited; ///< problem order: the optimal amounts with the hand edits
    PlanComparison comparison;  ///< today, optimal and edited (when result is ok)
    QString error() const { return basisError.isEmpty() ? result.error : basisError; }
    bool ok() const { return error().isEmpty(); }
    QString basisError; ///< the fit's sentence when no curve could be made
};

/// The plan of `settings` over `basis` (which must be fitted): the problem from the evidence,
/// the curves and the constraints, with each partner's fixed amount, minimum and maximum; the
/// optimal allocation; the edited plan and the comparison.
PlanRun runPlan(const PlanBasis &basis, const PortfolioData &data, const ScenarioPlan &settings);

/// Today's spend and the optimal plan added up over a group of partners.
struct PlanTotal {
    QString name;
    double today = 0.0;
    double plan = 0.0;
};

/// The `top` largest allocations by partner, then the other partners with spend today or in
/// the plan in one total ("12 other partners"); empty when the run failed.
std::vector<PlanTotal> totalsByPartner(const PlanRun &run, int top);
/// Per partner model (unclassified partners together), largest plan first. `data`'s partners
/// must be the run's, in the same order.
std::vector<PlanTotal> totalsByModel(const PortfolioData &data, const PlanRun &run);
/// Per program kind (MDF, enablement, incentives, technical support): today's spend from the
/// evidence, the plan's split by each partner's mix.
std::vector<PlanTotal> totalsByKind(const PlanBasis &basis, const PlanRun &run);

} // namespace ps::plan
