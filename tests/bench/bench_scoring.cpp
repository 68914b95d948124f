// SPDX-License-Identifier: GPL-3.0-or-later
// rescore_100k: re-score 100,000 partners (both axes, quadrants, explanations) after a weight
// change, as a slider drag does. sensitivity_100k: 200 perturbed samples over the same
// partners. Both start from criteria computed once from a portfolio generated in memory, with
// a deal log of 1,000,000 deals, so that most partners' commercial contribution and commitment
// rest on evidence (issue 13).
#include "benchutil.h"

#include "core/generate/deals.h"
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"

#include <algorithm>
#include <cstdio>

namespace ps::bench {
namespace {

constexpr int Partners = 100000;

const CriteriaTable &criteria100k() {
    static const CriteriaTable table = [] {
        PortfolioData data = generatePortfolio(Partners, 50, 42);
        generate::appendDeals(data, 1000000, 11);
        return computeCriteria(data);
    }();
    return table;
}

int rescoreBenchmark(const Context &) {
    const CriteriaTable &criteria = criteria100k();
    Scenario scenario = defaultScenario(QStringLiteral("Bench"));
    std::vector<PartnerScore> scores;
    scoreAll(criteria, scenario, scores); // sizes `scores` as the live path finds it
    WeightProfile &reseller = scenario.profiles[size_t(profileIndex(PartnerModel::Reseller))];
    int step = 0;
    int invest = 0;
    const double ms = medianMs(51, [&] {
        // Each run is a different slider position, so nothing can be reused from the last.
        reseller.setWeight(Criterion::MarketReach, 10.0 + (step++ % 40));
        scoreAll(criteria, scenario, scores);
        invest += scores[size_t(step) % scores.size()].quadrant == Quadrant::Invest;
    });
    const size_t evidence =
        size_t(std::count_if(criteria.evidence.partners.begin(), criteria.evidence.partners.end(),
                             [](const PartnerEvidence &e) { return e.enough; }));
    std::fprintf(stderr,
                 "rescore_100k: %zu partners scored (%zu on evidence), %d sampled in invest\n",
                 scores.size(), evidence, invest);
    report(QStringLiteral("rescore_100k"), ms, QStringLiteral("ms"));
    return 0;
}

int sensitivityBenchmark(const Context &) {
    const CriteriaTable &criteria = criteria100k();
    const Scenario scenario = defaultScenario(QStringLiteral("Bench"));
    size_t borderline = 0;
    const double ms = medianMs(5, [&] {
        const std::vector<double> shares = stability(criteria, scenario, {200, 0.25, 1});
        borderline = size_t(std::count_if(shares.begin(), shares.end(),
                                          [](double s) { return s < BorderlineStability; }));
    });
    std::fprintf(stderr, "sensitivity_100k: %zu of %zu partners borderline\n", borderline,
                 criteria.size());
    report(QStringLiteral("sensitivity_100k"), ms, QStringLiteral("ms"));
    return 0;
}

const Registration rescoreReg(QStringLiteral("rescore_100k"),
                              QStringLiteral("re-score 100k partners after a weight change"),
                              rescoreBenchmark);
const Registration sensitivityReg(QStringLiteral("sensitivity_100k"),
                                  QStringLiteral("stability of 100k partners, 200 samples"),
                                  sensitivityBenchmark);

} // namespace
} // namespace ps::bench
