// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/segmenting.h"

#include "core/analytics/clustering.h"

namespace ps {

SegmentTable computeSegments(const PortfolioData &data, const CriteriaTable &criteria,
                             const std::vector<PartnerScore> &scores, SegmentBy by, int k) {
    SegmentTable table;
    if (by == SegmentBy::Cluster) {
        if (criteria.size() == 0)
            return table;
        table.k = k > 0 ? k : suggestK(criteria);
        table.segments = clusterSegments(criteria, kmeans(criteria, table.k));
    } else {
        table.segments = segmentPartners(data, scores, by);
    }
    table.stats.reserve(table.segments.size());
    for (const Segment &segment : table.segments)
        table.stats.push_back(segmentStats(data, scores, segment));
    return table;
}

} // namespace ps
