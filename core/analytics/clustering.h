// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/segmentation.h"
#include "core/scoring/scoring.h"

#include <vector>

/// Suggested clusters: k-means++ on the normalized criteria (missing values imputed with the
/// criterion's mean), deterministic for a seed. Method: docs/segmentation.md.
namespace ps {

struct ClusterResult {
    int k = 0;
    std::vector<int> assignment; ///< cluster of each partner, criteria order
    std::vector<std::array<double, CriterionCount>> centroids;
    double inertia = 0.0; ///< sum of squared distances to the assigned centroid
    int iterations = 0;
};

/// Lloyd's algorithm from k-means++ seeding; stops when assignments stop changing or after
/// `maxIterations`. k is clamped to [1, number of partners].
ClusterResult kmeans(const CriteriaTable &criteria, int k, quint64 seed = 1,
                     int maxIterations = 100);

/// Mean silhouette of a clustering (-1..1); on large inputs a seeded sample of `sampleSize`
/// partners is used.
double silhouette(const CriteriaTable &criteria, const ClusterResult &result, int sampleSize = 2000,
                  quint64 seed = 1);

/// The k in [minK, maxK] with the best silhouette.
int suggestK(const CriteriaTable &criteria, int minK = 2, int maxK = 8, quint64 seed = 1);

/// Clusters as segments, each named in words by its most distinctive criteria (for example
/// "High ICP influence, low cost to serve"), keys "cluster-1".."cluster-k".
std::vector<Segment> clusterSegments(const CriteriaTable &criteria, const ClusterResult &result);

/// A rule that reproduces a cluster approximately (score ranges on its distinctive criteria
/// are not expressible, so: its dominant models and quadrants), for "save as segment".
SegmentRule ruleFromCluster(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                            const Segment &cluster);

} // namespace ps
