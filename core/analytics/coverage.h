// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <array>
#include <vector>

/// ICP coverage (seed 002: start with the ICP, then map the partners that influence that buyer).
/// Formulas and thresholds: docs/coverage.md.
namespace ps {

constexpr int LinkRoleCount = 5;

/// How well the portfolio reaches the buyers of one ICP.
struct IcpCoverage {
    Id icpId = 0;
    double influence = 0.0; ///< 0-100 (documented formula)
    int strongPartners = 0; ///< partners with a link of strength >= 4
    int linkedPartners = 0; ///< partners with any link of strength >= 1
    /// Influence by role (index = int(LinkRole)), each 0-100 on the same scale.
    std::array<double, LinkRoleCount> byRole{};
    bool gap = false; ///< no partner reaches it strongly (see CoverageOptions)
};

struct CoverageOptions {
    /// An ICP is a gap when fewer than this many partners have a strong link to it.
    int minStrongPartners = 1;
    /// Partners whose status is exited do not count; dormant ones count at this factor.
    double dormantFactor = 0.5;
};

/// Coverage of every ICP, in the portfolio's ICP order.
std::vector<IcpCoverage> computeCoverage(const PortfolioData &data,
                                         const CoverageOptions &options = {});

/// The ICP x partner-model matrix of influence: cell [icpRow][modelIndex] is the summed link
/// strength of that model's partners to that ICP (modelIndex = ps::profileIndex, so the last
/// column collects partners without a model). Rows follow the portfolio's ICP order.
struct InfluenceMatrix {
    std::vector<Id> icpIds;
    std::vector<std::array<double, 11>> cells;
    double maximum() const;
};
InfluenceMatrix computeInfluenceMatrix(const PortfolioData &data);

/// A path by which an ICP is reached through the layered channel: the end customer's buyer is
/// reached by `partnerId` (a reseller or VAR with a link to the ICP), which buys through
/// `upstreamId` (a distributor). Seed 000's manufacturer -> distributor -> reseller -> customer.
struct ChannelPath {
    Id icpId = 0;
    Id upstreamId = 0;
    Id partnerId = 0;
    int strength = 0; ///< the link's strength
};
/// Every such path, ICP order then partner order.
std::vector<ChannelPath> channelPaths(const PortfolioData &data);

} // namespace ps
