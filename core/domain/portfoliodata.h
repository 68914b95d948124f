// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/decisionlog.h"
#include "core/domain/entities.h"
#include "core/domain/planning.h"
#include "core/domain/scenario.h"
#include "core/domain/segmentrule.h"

#include <QStringList>

#include <vector>

namespace ps {

/// Everything a portfolio file holds, as plain values. Storage reads and writes this;
/// the demo and the generator produce it; `Portfolio` wraps it with change notification.
struct PortfolioData {
    PortfolioInfo info;
    std::vector<Icp> icps;
    std::vector<Partner> partners;
    std::vector<InfluenceLink> links;
    std::vector<OemDeal> oemDeals;
    std::vector<Activity> activities;        ///< the activity log, any order (views sort by date)
    std::vector<Deal> deals;                 ///< the deal log
    std::vector<Scenario> scenarios;         ///< at least one once opened (see ensureScenario)
    Id activeScenarioId = 0;                 ///< the scenario every view scores with
    std::vector<SegmentRule> segmentRules;   ///< saved segment rules (analytics/segmentation.h)
    std::vector<DecisionRecord> decisionLog; ///< workshop decisions and evidence, oldest first
    /// Suggested influence links the user rejected, ascending; pairs naming an ICP or partner
    /// that no longer exists are kept (undo may bring it back) and not saved.
    std::vector<LinkKey> rejectedLinks;

    // The investment plan (core/plan/portfolioplan.h).
    std::vector<InvestmentPeriod> investments; ///< the investment history, any order
    std::vector<ScenarioPlan> plans;           ///< the investment plans, at most one a scenario

    bool operator==(const PortfolioData &o) const;
    bool operator!=(const PortfolioData &o) const { return !(*this == o); }
};

/// Checks ranges and references (unique ids, links and deals pointing at existing rows, an
/// upstream partner that exists and is not the partner itself, ratings 1-5, strength 0-5,
/// no negative money, a partner at most once per deal, a minimum of closed deals of at least
/// 1). Returns one sentence per problem; empty when the data is sound.
QStringList validate(const PortfolioData &data);

/// The active scenario, or the first one, or nullptr when there is none.
const Scenario *activeScenario(const PortfolioData &data);

/// The investment plan stored for a scenario, or nullptr.
const ScenarioPlan *planOf(const PortfolioData &data, Id scenarioId);

} // namespace ps
