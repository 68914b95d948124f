// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"
#include "core/domain/scenario.h"
#include "core/plan/curvefit.h"
#include "core/plan/programkinds.h"
#include "core/plan/responsecurve.h"

#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

/// The investment plan's problem and its answer: partners with curves, the constraints, and the
/// allocation with marginal returns and shadow prices. allocator.h solves it. docs/plan.md.
namespace ps::plan {

constexpr double Unlimited = std::numeric_limits<double>::infinity();

/// Budgets above this are refused as absurd: past 10^15 a double no longer holds cents, and no
/// program budget in any currency comes near it.
constexpr double MaxBudget = 1e15;

/// What the plan maximises: expected attributed revenue, or margin (revenue × margin rate −
/// spend; then money is only spent while a unit returns more margin than it costs).
enum class Objective { Revenue, Margin };

/// What a quadrant's partners get.
enum class QuadrantPolicy {
    Optimize,        ///< whatever the optimum gives within their limits
    ContractMinimum, ///< exactly their contract minimum (seed: "only what a contract obliges")
    HoldCurrent,     ///< exactly today's spend
};

/// A partner of the plan.
struct PlanPartner {
    Id id = 0;
    QString name;
    ResponseCurve curve;
    CurveUncertainty uncertainty; ///< for the forecast
    SharedUncertainty shared;     ///< how much of it moves with other partners' (forecast)
    KindMix mix;                  ///< how its allocation splits into program kinds
    Quadrant quadrant = Quadrant::Develop;
    bool exited = false;              ///< exited partners get zero, whatever else holds
    std::optional<double> fixed;      ///< pinned at this amount (wins over policy and limits)
    std::optional<double> minimum;    ///< this partner's floor; else PlanConstraints::minPerPartner
    std::optional<double> maximum;    ///< this partner's cap; else PlanConstraints::maxPerPartner
    double contractMinimum = 0.0;     ///< always a floor while the partner is not exited
    double currentSpend = 0.0;        ///< today's spend per plan period
    std::optional<double> marginRate; ///< else PlanConstraints::marginRate
};

/// A minimum share of the budget for a group of partners (a model, a segment, any set of ids):
/// together they get at least minShare × budget. Groups may overlap.
struct GroupShare {
    QString name;
    std::vector<Id> partnerIds;
    double minShare = 0.0; ///< 0-1
};

/// Which method solves groups that overlap (disjoint groups are always solved exactly).
enum class GroupSolver {
    Auto, ///< exact where the binding groups are disjoint, GLPK's piecewise-linear form else
    Glpk, ///< always GLPK's piecewise-linear form (for verification)
};

struct PlanConstraints {
    double budget = 0.0;
    Objective objective = Objective::Revenue;
    double marginRate = 1.0;          ///< gross margin on attributed revenue, 0-1
    double minPerPartner = 0.0;       ///< floor of every optimized partner
    double maxPerPartner = Unlimited; ///< cap of every optimized partner
    /// Per quadrant (index = int(Quadrant)): invest, develop, maintain optimized; deprioritized
    /// partners get their contract minimum.
    std::array<QuadrantPolicy, 4> quadrantPolicy{QuadrantPolicy::Optimize, QuadrantPolicy::Optimize,
                                                 QuadrantPolicy::Optimize,
                                                 QuadrantPolicy::ContractMinimum};
    std::vector<GroupShare> groups;
    GroupSolver groupSolver = GroupSolver::Auto;
};

struct PlanProblem {
    std::vector<PlanPartner> partners;
    PlanConstraints constraints;
    std::vector<SharedSource> sharedSources; ///< what PlanPartner::shared refers to
};

/// What holds a partner's allocation where it is.
enum class Binding {
    None,   ///< the optimum: its marginal equals the shadow price, or it is unfunded because its
            ///< first unit returns no more than the shadow price
    Min,    ///< at its floor (minimum or contract minimum) with a lower marginal
    Max,    ///< at its cap with a higher marginal
    Fixed,  ///< pinned by hand
    Exited, ///< exited: zero
    Policy, ///< its quadrant's policy
    Group,  ///< a group's minimum share holds it above the budget's optimum
};

struct PartnerAllocation {
    Id id = 0;
    double allocation = 0.0;
    double expected = 0.0; ///< objective value at the allocation: revenue (baseline + response),
                           ///< or margin (revenue × margin rate − allocation)
    double response = 0.0; ///< the revenue the allocation buys: curve.response(allocation)
    double marginal = 0.0; ///< the objective's return of the next unit at the allocation
    Binding binding = Binding::None;
    int group = -1;    ///< with Binding::Group: index into PlanConstraints::groups
    Investment byKind; ///< the allocation split by the partner's mix
};

/// The optimal allocation. Figures are in the portfolio's currency per plan period.
struct Plan {
    Objective objective = Objective::Revenue;
    double budget = 0.0;
    double allocated = 0.0;
    double expectedTotal = 0.0; ///< sum of the partners' expected
    double baselineTotal = 0.0; ///< of which the partners bring with no spend (× margin rate)
    /// The objective's gain from one more unit of budget (λ); 0 when the budget does not bind.
    double shadowPrice = 0.0;
    std::vector<double> groupShadowPrices;   ///< per group: the objective lost per unit of its
                                             ///< minimum (0 when it does not bind)
    std::vector<PartnerAllocation> partners; ///< in problem order
    Investment byKind;                       ///< the allocation by program kind
    bool exact = true; ///< false: overlapping binding groups solved on GLPK's piecewise form
    QStringList notes; ///< translated remarks, such as budget left unallocated and why
};

/// The text key of a partner's binding, as the CLI's JSON shows it: empty for none (null),
/// else min, max, fixed, exited, policy, or "group:<name>".
QString bindingKey(const PartnerAllocation &allocation, const PlanConstraints &constraints);

/// A plan's problem from the evidence and its fitted curves: per partner (evidence order) its
/// curve, uncertainty and shared part, quadrant, exited status, contract minimum, today's spend
/// and program-kind mix (kindMixes()); the fit's shared sources; and `constraints`. Per-partner
/// limits (fixed, minimum, maximum, margin rate) are left for the caller to set.
PlanProblem planProblem(const std::vector<PartnerEvidence> &evidence, const CurveFit &fit,
                        const PlanConstraints &constraints);

/// Sentences for every constraint an allocation (problem order) breaks: over the budget, an
/// exited partner funded, a pinned or policy amount changed, a floor or cap crossed, a group
/// short of its share. For a plan edited by hand; empty when it keeps every constraint.
QStringList constraintViolations(const PlanProblem &problem, const std::vector<double> &allocation);

} // namespace ps::plan
