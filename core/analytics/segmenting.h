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

} // namespace ps
