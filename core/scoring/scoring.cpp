// SPDX-License-Identifier: GPL-3.0-or-later
// Stage two of scoring: criterion values and a scenario turned into axis scores, quadrants and
// the points that explain them. This is the path a weight slider re-runs, so it allocates
// nothing once `out` has the right size.
#include "core/scoring/scoring.h"

#include "core/scoring/profiles.h"
#include "core/scoring/scoringkernel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ps {
namespace {

/// Scores within this distance of a threshold count as on it (far below the two decimals
/// shown): float criterion values and floating-point noise in the
/// normalized weights must not drop a partner that shows exactly the threshold.
constexpr double ThresholdTolerance = 1e-4;

/// Normalized weights of one axis for each pattern of missing criteria: bit k of the index set
/// means criterion k of the axis is missing; its weight is 0 and the weight of the others is
/// spread over the present ones (each divided by their sum), exactly as explained in
/// docs/scoring.md. With 16 patterns per axis and profile, the loop over the partners looks
/// the weights up instead of dividing, and has no branch on the data.
struct AxisWeights {
    double weights[16][4];
};
using WeightTables = std::array<std::array<AxisWeights, 2>, ProfileCount>;

WeightTables weightTables(const detail::ProfileWeights &profiles) {
    WeightTables tables{};
    for (size_t p = 0; p < size_t(ProfileCount); ++p) {
        for (size_t axis = 0; axis < 2; ++axis) {
            const double *w = profiles[p].data() + axis * 4;
            for (unsigned pattern = 0; pattern < 16; ++pattern) {
                double weightSum = 0.0;
                for (unsigned k = 0; k < 4; ++k)
                    if (!(pattern >> k & 1u))
                        weightSum += w[k];
                for (unsigned k = 0; k < 4; ++k)
                    tables[p][axis].weights[pattern][k] =
                        (pattern >> k & 1u) || weightSum <= 0.0 ? 0.0 : w[k] / weightSum;
            }
        }
    }
    return tables;
}

/// Fills the points, missing flags and axis scores of one partner. A missing value (NaN) is
/// read as 0 through a bit mask, and its weight is 0, so its points are +0.0 without a branch.
void explain(const float *values, const WeightTables &tables, int profile, PartnerScore &score) {
    unsigned missing = 0;
    for (unsigned c = 0; c < unsigned(CriterionCount); ++c)
        missing |= unsigned(CriteriaTable::isMissing(values[c])) << c;
    std::uint32_t bits[CriterionCount];
    std::memcpy(bits, values, sizeof bits);
    for (unsigned c = 0; c < unsigned(CriterionCount); ++c)
        bits[c] &= 0u - std::uint32_t(!(missing >> c & 1u));
    float present[CriterionCount];
    std::memcpy(present, bits, sizeof present);
    const auto &axes = tables[size_t(profile)];
    const double *potentialWeights = axes[0].weights[missing & 15u];
    const double *readinessWeights = axes[1].weights[missing >> 4];
    double points[CriterionCount];
    for (unsigned k = 0; k < 4; ++k)
        points[k] = potentialWeights[k] * double(present[k]);
    for (unsigned k = 0; k < 4; ++k)
        points[k + 4] = readinessWeights[k] * double(present[k + 4]);
    for (unsigned c = 0; c < unsigned(CriterionCount); ++c) {
        score.points[c] = points[c];
        score.missing[c] = missing >> c & 1u;
    }
    // Summed in criterion order, so that the points of an axis add up to its score exactly.
    score.potential = ((points[0] + points[1]) + points[2]) + points[3];
    score.readiness = ((points[4] + points[5]) + points[6]) + points[7];
}

/// quadrantFor() without branches: the scores of many partners lie on either side of a
/// threshold in no particular order.
Quadrant quadrantOf(double potential, double readiness, double potentialThreshold,
                    double readinessThreshold) {
    static_assert(int(Quadrant::Invest) == 0 && int(Quadrant::Develop) == 1 &&
                  int(Quadrant::Maintain) == 2 && int(Quadrant::Deprioritize) == 3);
    const unsigned lowPotential = !(potential >= potentialThreshold - ThresholdTolerance);
    const unsigned lowReadiness = !(readiness >= readinessThreshold - ThresholdTolerance);
    return Quadrant(lowPotential * 2u + lowReadiness);
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
    const WeightTables tables = weightTables(detail::profileWeights(scenario));
    const auto &overrides = sortedOverrides(scenario);
    const double tp = scenario.potentialThreshold;
    const double tr = scenario.readinessThreshold;
    for (size_t i = 0; i < n; ++i) {
        PartnerScore &score = out[i];
        const int profile = std::clamp(criteria.profileIndex[i], 0, ProfileCount - 1);
        explain(criteria.values[i].data(), tables, profile, score);
        score.computedQuadrant = quadrantOf(score.potential, score.readiness, tp, tr);
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
