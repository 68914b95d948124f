// SPDX-License-Identifier: GPL-3.0-or-later
// Stage two of scoring: criterion values and a scenario turned into axis scores, quadrants and
// the points that explain them. This is the path a weight slider re-runs, so it allocates
// nothing once `out` has the right size.
#include "core/scoring/scoring.h"

#include "core/scoring/profiles.h"
#include "core/scoring/scoringkernel.h"

#include <QCoreApplication>

#include <algorithm>

namespace ps {
namespace {

/// Scores within this distance of a threshold count as on it (far below the two decimals
/// shown): float criterion values and floating-point noise in the
/// normalized weights must not drop a partner that shows exactly the threshold.
constexpr double ThresholdTolerance = 1e-4;

/// Fills the points and score of one axis of one partner.
double explainAxis(const float *values, const double *weights, size_t first, PartnerScore &score) {
    double weightSum = 0.0;
    for (size_t c = first; c < first + 4; ++c) {
        const bool missing = CriteriaTable::isMissing(values[c]);
        score.missing[c] = missing;
        if (!missing)
            weightSum += weights[c];
    }
    double total = 0.0;
    for (size_t c = first; c < first + 4; ++c) {
        const double points =
            score.missing[c] || weightSum <= 0.0 ? 0.0 : weights[c] / weightSum * values[c];
        score.points[c] = points;
        total += points;
    }
    return total;
}

/// The scenario's overrides sorted by partner id, in a buffer reused between calls so the
/// live-slider path does not allocate.
const std::vector<std::pair<Id, Quadrant>> &sortedOverrides(const Scenario &scenario) {
    thread_local std::vector<std::pair<Id, Quadrant>> buffer;
    buffer.clear();
    for (const QuadrantOverride &o : scenario.overrides)
        buffer.emplace_back(o.partnerId, o.quadrant);
    std::sort(buffer.begin(), buffer.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return buffer;
}

} // namespace

Quadrant quadrantFor(double potential, double readiness, double potentialThreshold,
                     double readinessThreshold) {
    const bool highPotential = potential >= potentialThreshold - ThresholdTolerance;
    const bool highReadiness = readiness >= readinessThreshold - ThresholdTolerance;
    if (highPotential)
        return highReadiness ? Quadrant::Invest : Quadrant::Develop;
    return highReadiness ? Quadrant::Maintain : Quadrant::Deprioritize;
}

void scoreAll(const CriteriaTable &criteria, const Scenario &scenario,
              std::vector<PartnerScore> &out) {
    const size_t n = criteria.size();
    out.resize(n);
    const detail::ProfileWeights weights = detail::profileWeights(scenario);
    const auto &overrides = sortedOverrides(scenario);
    const double tp = scenario.potentialThreshold;
    const double tr = scenario.readinessThreshold;
    for (size_t i = 0; i < n; ++i) {
        PartnerScore &score = out[i];
        const float *values = criteria.values[i].data();
        const int profile = std::clamp(criteria.profileIndex[i], 0, ProfileCount - 1);
        const double *w = weights[size_t(profile)].data();
        score.potential = explainAxis(values, w, 0, score);
        score.readiness = explainAxis(values, w, 4, score);
        score.computedQuadrant = quadrantFor(score.potential, score.readiness, tp, tr);
        score.quadrant = score.computedQuadrant;
        score.overridden = false;
        if (!overrides.empty()) {
            const Id id = criteria.partnerIds[i];
            const auto it = std::lower_bound(
                overrides.begin(), overrides.end(), id,
                [](const std::pair<Id, Quadrant> &o, Id key) { return o.first < key; });
            if (it != overrides.end() && it->first == id) {
                score.quadrant = it->second;
                score.overridden = true;
            }
        }
    }
}

std::vector<PartnerScore> scorePortfolio(const PortfolioData &data, const Scenario *scenario) {
    std::vector<PartnerScore> scores;
    const Scenario *chosen = scenario ? scenario : activeScenario(data);
    const CriteriaTable criteria = computeCriteria(data);
    if (chosen) {
        scoreAll(criteria, *chosen, scores);
    } else {
        // A portfolio that was never given a scenario scores with the defaults it would get.
        scoreAll(criteria, defaultScenario(QCoreApplication::translate("ps::Scoring", "Baseline")),
                 scores);
    }
    return scores;
}

std::vector<ScenarioMove> compareScenarios(const CriteriaTable &criteria, const Scenario &a,
                                           const Scenario &b) {
    std::vector<PartnerScore> scoresA;
    std::vector<PartnerScore> scoresB;
    scoreAll(criteria, a, scoresA);
    scoreAll(criteria, b, scoresB);
    std::vector<ScenarioMove> moves(criteria.size());
    for (size_t i = 0; i < moves.size(); ++i) {
        ScenarioMove &move = moves[i];
        move.partnerId = criteria.partnerIds[i];
        move.from = scoresA[i].quadrant;
        move.to = scoresB[i].quadrant;
        move.potentialDelta = scoresB[i].potential - scoresA[i].potential;
        move.readinessDelta = scoresB[i].readiness - scoresA[i].readiness;
    }
    return moves;
}

} // namespace ps
