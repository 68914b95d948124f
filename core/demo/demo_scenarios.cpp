// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's two scenarios: the default weights, and the alternative a workshop argued for
// ("we need volume this year"), so the scenario comparison has partners that move.
#include "core/demo/demo_tables.h"

#include "core/scoring/profiles.h"

namespace ps::demo {

std::vector<Scenario> demoScenarios() {
    // Scenario names and notes are document content, like partner names: not translated.
    Scenario baseline = defaultScenario(QStringLiteral("Baseline"));
    baseline.id = BaselineScenario;
    // Hospitality is a stated growth target without a strong partner yet (see the portfolio
    // notes): the team invests in Guestly ahead of what its scores say.
    baseline.overrides = {
        {Guestly, ps::Quadrant::Invest,
         QStringLiteral("Only credible route into hospitality groups, our FY2026 growth target; "
                        "fund the discovery pilot ahead of the scores. Review after Q2.")},
    };

    // Reach first: sales leadership's case in the planning workshop. Market reach and
    // commercial contribution count twice as much in every profile, ICP influence and strategic
    // fit half as much; the bar for high potential is a little higher and for readiness a
    // little lower, because volume partners are expected to ramp with support.
    Scenario reach = baseline;
    reach.id = ReachFirstScenario;
    reach.name = QStringLiteral("Reach first");
    reach.potentialThreshold = 55.0;
    reach.readinessThreshold = 45.0;
    reach.overrides.clear();
    for (WeightProfile &profile : reach.profiles) {
        profile.setWeight(Criterion::MarketReach, profile.weight(Criterion::MarketReach) * 2.0);
        profile.setWeight(Criterion::CommercialContribution,
                          profile.weight(Criterion::CommercialContribution) * 2.0);
        profile.setWeight(Criterion::IcpInfluence, profile.weight(Criterion::IcpInfluence) / 2.0);
        profile.setWeight(Criterion::StrategicFit, profile.weight(Criterion::StrategicFit) / 2.0);
    }
    return {baseline, reach};
}

} // namespace ps::demo
