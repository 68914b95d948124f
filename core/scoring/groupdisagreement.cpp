// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/groupdisagreement.h"

#include "core/scoring/groupahp.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ps {
namespace {

constexpr std::array<Axis, 2> Axes = {Axis::Potential, Axis::Readiness};

int countMoved(const std::vector<PartnerScore> &group, const std::vector<PartnerScore> &scores,
               std::vector<char> &moved) {
    int added = 0;
    for (size_t p = 0; p < group.size(); ++p)
        if (!moved[p] && scores[p].quadrant != group[p].quadrant) {
            moved[p] = 1;
            ++added;
        }
    return added;
}

} // namespace

void applyAxisWeights(Scenario &scenario, Axis axis, const std::vector<double> &weights,
                      std::optional<int> profile) {
    const auto &criteria = criteriaOf(axis);
    for (int p = 0; p < ProfileCount; ++p) {
        if (profile && *profile != p)
            continue;
        for (size_t i = 0; i < criteria.size() && i < weights.size(); ++i)
            scenario.profiles[size_t(p)].setWeight(criteria[i], 100.0 * weights[i]);
    }
}

Scenario groupScenario(const Scenario &base, std::optional<int> profile,
                       const AxisMatrices &matrices) {
    Scenario scenario = base;
    for (Axis axis : Axes) {
        const std::vector<ahp::Matrix> &list = matrices[size_t(axis)];
        if (list.empty())
            continue;
        if (const std::optional<ahp::Result> aij = ahp::compute(ahp::geometricMeanMatrix(list)))
            applyAxisWeights(scenario, axis, aij->weights, profile);
    }
    return scenario;
}

std::vector<Disagreement> rankDisagreements(const CriteriaTable &criteria, const Scenario &base,
                                            std::optional<int> profile,
                                            const AxisMatrices &matrices) {
    std::vector<Disagreement> out;
    const Scenario group = groupScenario(base, profile, matrices);
    std::vector<PartnerScore> groupScores;
    scoreAll(criteria, group, groupScores);
    std::vector<PartnerScore> scores(groupScores.size());
    std::vector<char> moved(groupScores.size());
    for (Axis axis : Axes) {
        const std::vector<ahp::Matrix> &list = matrices[size_t(axis)];
        if (list.empty())
            continue;
        const ahp::Matrix aij = ahp::geometricMeanMatrix(list);
        const int n = int(aij.size());
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                Disagreement d;
                d.axis = axis;
                d.row = i;
                d.column = j;
                d.low = d.high = list.front()[size_t(i)][size_t(j)];
                std::map<double, int> distinct;
                double sum = 0.0;
                double squares = 0.0;
                for (const ahp::Matrix &m : list) {
                    const double v = m[size_t(i)][size_t(j)];
                    d.low = std::min(d.low, v);
                    d.high = std::max(d.high, v);
                    ++distinct[v];
                    sum += std::log(v);
                    squares += std::log(v) * std::log(v);
                }
                const double k = double(list.size());
                d.spread = std::sqrt(std::max(0.0, squares / k - (sum / k) * (sum / k)));
                std::fill(moved.begin(), moved.end(), 0);
                for (const auto &[value, count] : distinct) {
                    Q_UNUSED(count)
                    ahp::Matrix changed = aij;
                    changed[size_t(i)][size_t(j)] = value;
                    changed[size_t(j)][size_t(i)] = 1.0 / value;
                    const std::optional<ahp::Result> result = ahp::compute(changed);
                    if (!result)
                        continue;
                    Scenario variant = group;
                    applyAxisWeights(variant, axis, result->weights, profile);
                    scoreAll(criteria, variant, scores);
                    d.partnersMoved += countMoved(groupScores, scores, moved);
                }
                out.push_back(d);
            }
    }
    std::stable_sort(out.begin(), out.end(), [](const Disagreement &a, const Disagreement &b) {
        if (a.partnersMoved != b.partnersMoved)
            return a.partnersMoved > b.partnersMoved;
        return a.spread > b.spread;
    });
    return out;
}

} // namespace ps
