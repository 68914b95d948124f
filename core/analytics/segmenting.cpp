// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/segmenting.h"

#include "core/analytics/clustering.h"

#include <QSet>

#include <algorithm>
#include <cmath>

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

std::vector<Id> ruleMembers(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                            const SegmentRule &rule) {
    std::vector<Id> ids;
    const size_t n = std::min(data.partners.size(), scores.size());
    for (size_t i = 0; i < n; ++i)
        if (matches(rule, data.partners[i], scores[i], data))
            ids.push_back(data.partners[i].id);
    return ids;
}

namespace {

/// Adds `key` to the list once.
void addKey(QStringList &keys, const QString &key) {
    if (!keys.contains(key))
        keys << key;
}

} // namespace

RuleFit ruleForMembers(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                       const std::vector<Id> &members, const QString &name) {
    using F = SegmentCondition::Field;
    RuleFit fit;
    fit.rule.name = name;
    const QSet<Id> wanted(members.begin(), members.end());
    const size_t n = std::min(data.partners.size(), scores.size());
    SegmentCondition model{F::Model, {}, 0.0, 100.0};
    SegmentCondition quadrant{F::Quadrant, {}, 0.0, 100.0};
    SegmentCondition tier{F::Tier, {}, 0.0, 100.0};
    SegmentCondition status{F::Status, {}, 0.0, 100.0};
    SegmentCondition region{F::Region, {}, 0.0, 100.0};
    SegmentCondition potential{F::Potential, {}, 100.0, 0.0};
    SegmentCondition readiness{F::Readiness, {}, 100.0, 0.0};
    bool regionless = false; // a member without a region: a region condition would drop it
    int found = 0;
    for (size_t i = 0; i < n; ++i) {
        const Partner &p = data.partners[i];
        if (!wanted.contains(p.id))
            continue;
        ++found;
        const PartnerScore &s = scores[i];
        addKey(model.anyOf, p.model ? toKey(*p.model) : QString());
        addKey(quadrant.anyOf, toKey(s.quadrant));
        addKey(tier.anyOf, toKey(p.tier));
        addKey(status.anyOf, toKey(p.status));
        bool anyRegion = false;
        for (const QString &r : p.regions)
            if (!r.trimmed().isEmpty()) {
                anyRegion = true;
                bool known = false;
                for (const QString &k : std::as_const(region.anyOf))
                    known = known || k.compare(r.trimmed(), Qt::CaseInsensitive) == 0;
                if (!known)
                    region.anyOf << r.trimmed();
            }
        regionless = regionless || !anyRegion;
        potential.minimum = std::min(potential.minimum, std::floor(s.potential * 10.0) / 10.0);
        potential.maximum = std::max(potential.maximum, std::ceil(s.potential * 10.0) / 10.0);
        readiness.minimum = std::min(readiness.minimum, std::floor(s.readiness * 10.0) / 10.0);
        readiness.maximum = std::max(readiness.maximum, std::ceil(s.readiness * 10.0) / 10.0);
    }
    if (found == 0)
        return fit;
    // Every condition holds for every member; the order is the order they are dropped in when
    // they leave nobody out (the coarsest, most readable ones are kept longest).
    std::vector<SegmentCondition> candidates = {potential, readiness, model, quadrant};
    if (!regionless)
        candidates.push_back(region);
    candidates.push_back(tier);
    candidates.push_back(status);
    fit.rule.conditions = candidates;
    const auto extraCount = [&](const SegmentRule &rule) {
        int count = 0;
        for (size_t i = 0; i < n; ++i)
            if (!wanted.contains(data.partners[i].id) &&
                matches(rule, data.partners[i], scores[i], data))
                ++count;
        return count;
    };
    const int least = extraCount(fit.rule);
    // Drops each condition that the others make redundant, from the back of the list first.
    for (size_t i = fit.rule.conditions.size(); i-- > 0;) {
        SegmentRule without = fit.rule;
        without.conditions.erase(without.conditions.begin() + std::ptrdiff_t(i));
        if (extraCount(without) == least)
            fit.rule = without;
    }
    const std::vector<Id> held = ruleMembers(data, scores, fit.rule);
    fit.matched = int(held.size());
    const QSet<Id> heldSet(held.begin(), held.end());
    for (size_t i = 0; i < n; ++i) {
        const Id id = data.partners[i].id;
        if (wanted.contains(id) && !heldSet.contains(id))
            fit.missing.push_back(id);
        if (!wanted.contains(id) && heldSet.contains(id))
            fit.extra.push_back(id);
    }
    return fit;
}

} // namespace ps
