// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/segmentation.h"

#include <vector>

namespace ps {

/// Segments of a portfolio with their figures, as the Segmentation page and `render` show them.
struct SegmentTable {
    std::vector<Segment> segments;
    std::vector<SegmentStats> stats; ///< same order, from ps::segmentStats
    int k = 0;                       ///< clusters used (SegmentBy::Cluster only)
};

/// Splits the partners by `by` (clusters with ps::kmeans and ps::clusterSegments; k <= 0 asks
/// ps::suggestK) and computes each segment's ps::segmentStats.
SegmentTable computeSegments(const PortfolioData &data, const CriteriaTable &criteria,
                             const std::vector<PartnerScore> &scores, SegmentBy by, int k = 0);

/// A saved rule made from a set of partners (a suggested cluster), and how its segment differs
/// from that set.
struct RuleFit {
    SegmentRule rule;
    std::vector<Id> missing; ///< members the rule leaves out (portfolio order)
    std::vector<Id> extra;   ///< partners outside the set that the rule takes in (portfolio order)
    int matched = 0;         ///< partners the rule holds
    bool exact() const { return missing.empty() && extra.empty(); }
};

/**
 * The rule, named `name`, that holds every partner of `members` and as few others as a rule can:
 * the values the members have (model, quadrant, tier, status, region) and the ranges of their
 * potential and readiness (rounded outwards to one decimal), keeping only the conditions that
 * leave somebody out. When no rule holds exactly the members, RuleFit::extra names the partners
 * that share all those values and ranges with them. `scores` are in portfolio partner order.
 */
RuleFit ruleForMembers(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                       const std::vector<Id> &members, const QString &name);

/// The partners (portfolio order) that `rule` holds under `scores`.
std::vector<Id> ruleMembers(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                            const SegmentRule &rule);

} // namespace ps
