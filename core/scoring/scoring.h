// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/scenario.h"
#include "core/scoring/scoringevidence.h"

#include <array>
#include <cmath>
#include <vector>

/// The one scoring engine: every view, the report, the command line and the benchmarks call
/// these functions. Method and worked example: docs/scoring.md.
///
/// Scoring runs in two stages. computeCriteria() turns the portfolio into normalized criterion
/// values (0-100, NaN where a rating is missing); it depends on the data, not on weights.
/// scoreAll() turns those values and a scenario into axis scores and quadrants; it is the cheap
/// part that re-runs while a weight slider moves.
namespace ps {

/// Normalized criterion values of every partner, in the portfolio's partner order.
struct CriteriaTable {
    std::vector<Id> partnerIds;
    std::vector<int> profileIndex; ///< ps::profileIndex of each partner's model
    std::vector<std::array<float, CriterionCount>> values; ///< 0-100, NaN = missing
    /// What the deal and activity logs say; commercial contribution and commitment come from it
    /// for partners with enough closed deals (ps::usesEvidence).
    ScoringEvidence evidence;

    size_t size() const { return partnerIds.size(); }
    static bool isMissing(float v) { return std::isnan(v); }
};

CriteriaTable computeCriteria(const PortfolioData &data);

/// Quadrant of a point; a score equal to its threshold counts as high.
Quadrant quadrantFor(double potential, double readiness, double potentialThreshold,
                     double readinessThreshold);

/// The score of one partner under one scenario, with its explanation.
struct PartnerScore {
    double potential = 0.0;                             ///< 0-100
    double readiness = 0.0;                             ///< 0-100
    Quadrant computedQuadrant = Quadrant::Deprioritize; ///< from the scores and thresholds
    Quadrant quadrant = Quadrant::Deprioritize;         ///< after the scenario's override
    bool overridden = false;
    /// Points each criterion contributes to its axis score (index = int(Criterion)); the
    /// points of an axis add up to that axis's score. Missing criteria contribute 0 and their
    /// weight is spread over the present ones of the same axis.
    std::array<double, CriterionCount> points{};
    std::array<bool, CriterionCount> missing{};
};

/// Scores every partner of `criteria` with `scenario`; `out` is resized to criteria.size().
/// Allocation-free when `out` already has the right size (the live-slider path).
void scoreAll(const CriteriaTable &criteria, const Scenario &scenario,
              std::vector<PartnerScore> &out);

/// Convenience: computeCriteria + scoreAll with the portfolio's active scenario (or `scenario`).
std::vector<PartnerScore> scorePortfolio(const PortfolioData &data,
                                         const Scenario *scenario = nullptr);

/// How the weights are perturbed for sensitivity: every weight is multiplied by a factor drawn
/// uniformly from [1 - spread, 1 + spread], independently per sample, with a seeded PRNG.
struct SensitivityOptions {
    int samples = 200;
    double spread = 0.25;
    quint64 seed = 1;
};

/// Per partner, the share (0-1) of perturbed samples in which it keeps its computed quadrant.
std::vector<double> stability(const CriteriaTable &criteria, const Scenario &scenario,
                              const SensitivityOptions &options = {});

/// A partner is borderline when its stability is below this share.
constexpr double BorderlineStability = 0.8;

/// How one partner moves from scenario A to scenario B.
struct ScenarioMove {
    Id partnerId = 0;
    Quadrant from = Quadrant::Deprioritize;
    Quadrant to = Quadrant::Deprioritize;
    double potentialDelta = 0.0; ///< B - A
    double readinessDelta = 0.0; ///< B - A
    bool changedQuadrant() const { return from != to; }
};

/// Every partner's move from `a` to `b` (final quadrants, overrides included), partner order.
std::vector<ScenarioMove> compareScenarios(const CriteriaTable &criteria, const Scenario &a,
                                           const Scenario &b);

} // namespace ps
