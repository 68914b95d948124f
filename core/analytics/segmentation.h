// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/segmentrule.h"
#include "core/scoring/scoring.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

/// Segmentation (seed 002: "segment your partners so you can develop clear strategies for each
/// one"). Scores always come from ps::scoreAll; nothing here scores on its own.
namespace ps {

enum class SegmentBy { Model, Tier, Status, Region, Quadrant, Icp, Rule, Cluster };
QString toKey(SegmentBy by); ///< model, tier, status, region, quadrant, icp, rule, cluster
QString label(SegmentBy by);
std::optional<SegmentBy> fromKey(const QString &key, SegmentBy *tag);
const std::vector<SegmentBy> &allValues(SegmentBy *tag);

/// Does a partner (with its score under the current scenario) satisfy the rule?
bool matches(const SegmentRule &rule, const Partner &partner, const PartnerScore &score,
             const PortfolioData &data);

/// A group of partners. A partner may belong to several segments for Region and Icp.
struct Segment {
    QString key;                ///< stable key (model key, region name, rule id, "cluster-3", ...)
    QString name;               ///< translated, for display
    std::vector<Id> partnerIds; ///< portfolio order
};

/// Splits partners by `by`. `scores` are in portfolio partner order (ps::scoreAll). For Rule,
/// one segment per saved rule (ps::PortfolioData::segmentRules) plus "Other"; for Cluster, use
/// ps::clusterSegments (clustering.h) instead. Empty segments are left out.
std::vector<Segment> segmentPartners(const PortfolioData &data,
                                     const std::vector<PartnerScore> &scores, SegmentBy by);

/// The figures of a segment (product.md: count, revenue, investment, ROI, mean scores...).
struct SegmentStats {
    int count = 0;
    double revenue = 0.0; ///< sourced + influenced
    double pipeline = 0.0;
    double investment = 0.0; ///< all kinds
    /// (influenced revenue - investment) / investment (seed 001); nullopt when investment is 0.
    std::optional<double> roi;
    double meanPotential = 0.0;
    double meanReadiness = 0.0;
    std::array<int, 4> quadrantMix{}; ///< index = int(Quadrant)
    int icpsReached = 0;              ///< ICPs with a link of strength >= 4 from the segment
    std::optional<PartnerModel> dominantModel; ///< the most common model (ties: declaration order)
};
SegmentStats segmentStats(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                          const Segment &segment);

/// The program motion seed 001 recommends for a partner type: its most effective program design
/// and incentive, in one or two sentences (translated).
QString recommendedMotion(const std::optional<PartnerModel> &model);

} // namespace ps
