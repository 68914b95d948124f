// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QDate>

#include <array>
#include <optional>
#include <vector>

/// What a portfolio file holds for the investment plan (docs/plan.md): the investment history
/// per partner, and per scenario the plan's settings: constraints, curves set by hand and the
/// allocation edited by hand. core/plan turns them into a plan problem (portfolioplan.h).
namespace ps {

/// One period of a partner's investment history: what the program spent on it, by kind, in
/// the period that starts on `start` (a quarter, typically; the period ends where the
/// partner's next one starts). The revenue of the period comes from the deal log.
struct InvestmentPeriod {
    Id id = 0;
    Id partnerId = 0;
    QDate start;
    Investment amount;

    bool operator==(const InvestmentPeriod &o) const;
    bool operator!=(const InvestmentPeriod &o) const { return !(*this == o); }
};

/// A response curve set by hand, per plan period (a year): value(x) = baseline +
/// a·(1 − e^(−x/s)), with the uncertainty of ln a and ln s (0 = known exactly).
struct CurveSetting {
    double a = 0.0;        ///< ceiling, ≥ 0
    double s = 1.0;        ///< scale, > 0
    double baseline = 0.0; ///< revenue without spend, ≥ 0
    double sdLogA = 0.0;
    double sdLogS = 0.0;
    double correlation = 0.0; ///< of ln a and ln s, −1 to 1

    bool isValid() const;
    bool operator==(const CurveSetting &o) const;
    bool operator!=(const CurveSetting &o) const { return !(*this == o); }
};

/// A plan's settings for one partner; absent values leave the plan's defaults.
struct PlanPartnerSetting {
    Id partnerId = 0;
    std::optional<double> fixed;       ///< pinned at this amount
    std::optional<double> minimum;     ///< its floor instead of the plan's minimum per partner
    std::optional<double> maximum;     ///< its cap instead of the plan's maximum per partner
    std::optional<double> edited;      ///< its amount in the plan edited by hand
    std::optional<CurveSetting> curve; ///< its response curve set by hand

    /// Nothing set: the entry can go.
    bool isEmpty() const { return !fixed && !minimum && !maximum && !edited && !curve; }
    bool operator==(const PlanPartnerSetting &o) const;
    bool operator!=(const PlanPartnerSetting &o) const { return !(*this == o); }
};

/// A group of partners of a plan: a partner model, a saved segment rule, or (neither) all
/// partners. It may take a minimum share of the budget, a response curve for its partners, or
/// both.
struct PlanGroupSetting {
    std::optional<PartnerModel> model;
    Id segmentRuleId = 0;              ///< a rule of PortfolioData::segmentRules; 0 = none
    std::optional<double> minShare;    ///< 0-1 of the budget
    std::optional<CurveSetting> curve; ///< the curve of its partners (a partner's own wins)

    bool operator==(const PlanGroupSetting &o) const;
    bool operator!=(const PlanGroupSetting &o) const { return !(*this == o); }
};

/// The investment plan of one scenario. Figures are in the portfolio's currency per plan period
/// (a year). Partner entries refer to partners by id; entries of partners that no longer exist
/// are kept in memory (undo may bring the partner back) but not saved.
struct ScenarioPlan {
    Id id = 0;
    Id scenarioId = 0;
    double budget = 0.0;
    PlanObjective objective = PlanObjective::Revenue;
    double marginRate = 1.0;             ///< gross margin on attributed revenue, 0-1
    double minPerPartner = 0.0;          ///< floor of every optimized partner
    std::optional<double> maxPerPartner; ///< cap of every optimized partner; none = no cap
    /// Per quadrant (index = int(Quadrant)): invest, develop and maintain optimized,
    /// deprioritized partners only what a contract obliges.
    std::array<PlanPolicy, 4> policies{PlanPolicy::Optimize, PlanPolicy::Optimize,
                                       PlanPolicy::Optimize, PlanPolicy::ContractMinimum};
    std::vector<PlanGroupSetting> groups;
    std::vector<PlanPartnerSetting> partners; ///< ascending partnerId, none empty
    double revenueTarget = 0.0;               ///< for the capacity plan; 0 = none set
    QDate targetDate;                         ///< for the capacity plan; invalid = none set

    /// The setting of a partner, or nullptr.
    const PlanPartnerSetting *partner(Id partnerId) const;
    /// Replaces (or adds, or with an empty setting removes) the setting of setting.partnerId,
    /// keeping the list sorted.
    void setPartner(const PlanPartnerSetting &setting);
    bool hasEdits() const;

    bool operator==(const ScenarioPlan &o) const;
    bool operator!=(const ScenarioPlan &o) const { return !(*this == o); }
};

/// One sentence per problem with a plan's figures (budget, limits, shares and curves must be
/// finite and in range), naming the scenario id; empty when sound. References to partners,
/// scenarios and segment rules are not checked: entries of deleted ones are ignored.
QStringList planProblems(const ScenarioPlan &plan);

} // namespace ps
