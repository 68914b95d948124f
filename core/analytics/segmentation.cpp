// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/segmentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace ps {

namespace {

/// An ICP counts as served by a partner from this link strength on (docs/segmentation.md).
constexpr int ServedStrength = 3;
/// An ICP counts as reached by a segment from this link strength on (SegmentStats::icpsReached).
constexpr int ReachedStrength = 4;

/// This file's translations, in the context lupdate files them under.
class SegmentationTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Segmentation)
};

struct ByText {
    SegmentBy value;
    const char *key;
    const char *label;
};

const ByText byTable[] = {
    {SegmentBy::Model, "model", QT_TRANSLATE_NOOP("ps::Segmentation", "Partner model")},
    {SegmentBy::Tier, "tier", QT_TRANSLATE_NOOP("ps::Segmentation", "Tier")},
    {SegmentBy::Status, "status", QT_TRANSLATE_NOOP("ps::Segmentation", "Status")},
    {SegmentBy::Region, "region", QT_TRANSLATE_NOOP("ps::Segmentation", "Region")},
    {SegmentBy::Quadrant, "quadrant", QT_TRANSLATE_NOOP("ps::Segmentation", "Quadrant")},
    {SegmentBy::Icp, "icp", QT_TRANSLATE_NOOP("ps::Segmentation", "ICP served")},
    {SegmentBy::Rule, "rule", QT_TRANSLATE_NOOP("ps::Segmentation", "Saved rule")},
    {SegmentBy::Cluster, "cluster", QT_TRANSLATE_NOOP("ps::Segmentation", "Suggested cluster")},
};

/// ICP ids each partner serves (links of strength >= ServedStrength), built once per call so
/// that rules with ICP conditions stay linear in the number of links.
using ServedIcps = QHash<Id, QSet<Id>>;

ServedIcps servedIcps(const PortfolioData &data) {
    ServedIcps served;
    for (const InfluenceLink &link : data.links)
        if (link.strength >= ServedStrength)
            served[link.partnerId].insert(link.icpId);
    return served;
}

bool inRange(double value, const SegmentCondition &c) {
    return value >= c.minimum && value <= c.maximum;
}

bool conditionHolds(const SegmentCondition &c, const Partner &partner, const PartnerScore &score,
                    const ServedIcps &served) {
    using F = SegmentCondition::Field;
    switch (c.field) {
    case F::Potential:
        return inRange(score.potential, c);
    case F::Readiness:
        return inRange(score.readiness, c);
    default:
        break;
    }
    // An empty value list restricts nothing: a rule being edited keeps matching until the user
    // picks values.
    if (c.anyOf.isEmpty())
        return true;
    switch (c.field) {
    case F::Model:
        return c.anyOf.contains(partner.model ? toKey(*partner.model) : QString());
    case F::Tier:
        return c.anyOf.contains(toKey(partner.tier));
    case F::Status:
        return c.anyOf.contains(toKey(partner.status));
    case F::Quadrant:
        return c.anyOf.contains(toKey(score.quadrant));
    case F::Region:
        for (const QString &region : partner.regions)
            if (c.anyOf.contains(region.trimmed(), Qt::CaseInsensitive))
                return true;
        return false;
    case F::Icp: {
        const auto it = served.constFind(partner.id);
        if (it == served.constEnd())
            return false;
        for (const QString &text : c.anyOf) {
            bool ok = false;
            const Id icpId = text.trimmed().toLongLong(&ok);
            if (ok && it->contains(icpId))
                return true;
        }
        return false;
    }
    case F::Potential:
    case F::Readiness:
        break;
    }
    return false;
}

bool ruleHolds(const SegmentRule &rule, const Partner &partner, const PartnerScore &score,
               const ServedIcps &served) {
    for (const SegmentCondition &c : rule.conditions)
        if (!conditionHolds(c, partner, score, served))
            return false;
    return true;
}

/// Segments keyed by an enumeration, in declaration order.
template <typename E, typename KeyOf>
std::vector<Segment> byEnum(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                            KeyOf keyOf) {
    std::vector<Segment> segments;
    for (E value : enumValues<E>())
        segments.push_back({toKey(value), label(value), {}});
    for (size_t i = 0; i < data.partners.size(); ++i) {
        const E value = keyOf(data.partners[i], scores[i]);
        segments[size_t(value)].partnerIds.push_back(data.partners[i].id);
    }
    return segments;
}

} // namespace

QString toKey(SegmentBy by) {
    return QString::fromLatin1(byTable[int(by)].key);
}

QString label(SegmentBy by) {
    return SegmentationTr::tr(byTable[int(by)].label);
}

std::optional<SegmentBy> fromKey(const QString &key, SegmentBy *) {
    for (const ByText &t : byTable)
        if (key == QLatin1String(t.key))
            return t.value;
    return std::nullopt;
}

const std::vector<SegmentBy> &allValues(SegmentBy *) {
    static const std::vector<SegmentBy> values = [] {
        std::vector<SegmentBy> v;
        for (const ByText &t : byTable)
            v.push_back(t.value);
        return v;
    }();
    return values;
}

bool matches(const SegmentRule &rule, const Partner &partner, const PartnerScore &score,
             const PortfolioData &data) {
    ServedIcps served;
    for (const SegmentCondition &c : rule.conditions)
        if (c.field == SegmentCondition::Field::Icp) {
            for (const InfluenceLink &link : data.links)
                if (link.partnerId == partner.id && link.strength >= ServedStrength)
                    served[partner.id].insert(link.icpId);
            break;
        }
    return ruleHolds(rule, partner, score, served);
}

std::vector<Segment> segmentPartners(const PortfolioData &data,
                                     const std::vector<PartnerScore> &scores, SegmentBy by) {
    std::vector<Segment> segments;
    const size_t n = std::min(data.partners.size(), scores.size());
    switch (by) {
    case SegmentBy::Model: {
        for (PartnerModel m : enumValues<PartnerModel>())
            segments.push_back({toKey(m), label(m), {}});
        segments.push_back({QString(), SegmentationTr::tr("Needs classification"), {}});
        for (size_t i = 0; i < n; ++i) {
            const Partner &p = data.partners[i];
            segments[p.model ? size_t(*p.model) : segments.size() - 1].partnerIds.push_back(p.id);
        }
        break;
    }
    case SegmentBy::Tier:
        segments = byEnum<PartnerTier>(
            data, scores, [](const Partner &p, const PartnerScore &) { return p.tier; });
        if (!segments.empty())
            segments.front().name = SegmentationTr::tr("No tier");
        break;
    case SegmentBy::Status:
        segments = byEnum<PartnerStatus>(
            data, scores, [](const Partner &p, const PartnerScore &) { return p.status; });
        break;
    case SegmentBy::Quadrant:
        for (Quadrant q : enumValues<Quadrant>())
            segments.push_back({toKey(q), label(q), {}});
        for (size_t i = 0; i < n; ++i)
            segments[size_t(scores[i].quadrant)].partnerIds.push_back(data.partners[i].id);
        break;
    case SegmentBy::Region: {
        // Regions in order of first appearance; a partner in several regions is in each.
        std::map<QString, size_t> index; // case-folded name -> segment
        Segment none{QString(), SegmentationTr::tr("No region"), {}};
        for (size_t i = 0; i < n; ++i) {
            const Partner &p = data.partners[i];
            QSet<QString> seen;
            for (const QString &raw : p.regions) {
                const QString region = raw.trimmed();
                const QString folded = region.toCaseFolded();
                if (region.isEmpty() || seen.contains(folded))
                    continue;
                seen.insert(folded);
                auto it = index.find(folded);
                if (it == index.end()) {
                    it = index.emplace(folded, segments.size()).first;
                    segments.push_back({region, region, {}});
                }
                segments[it->second].partnerIds.push_back(p.id);
            }
            if (seen.isEmpty())
                none.partnerIds.push_back(p.id);
        }
        segments.push_back(std::move(none));
        break;
    }
    case SegmentBy::Icp: {
        const ServedIcps served = servedIcps(data);
        for (const Icp &icp : data.icps)
            segments.push_back({QString::number(icp.id), icp.name, {}});
        Segment none{QStringLiteral("none"), SegmentationTr::tr("No ICP served"), {}};
        for (size_t i = 0; i < n; ++i) {
            const Partner &p = data.partners[i];
            const auto it = served.constFind(p.id);
            bool any = false;
            if (it != served.constEnd())
                for (size_t s = 0; s < data.icps.size(); ++s)
                    if (it->contains(data.icps[s].id)) {
                        segments[s].partnerIds.push_back(p.id);
                        any = true;
                    }
            if (!any)
                none.partnerIds.push_back(p.id);
        }
        segments.push_back(std::move(none));
        break;
    }
    case SegmentBy::Rule: {
        const ServedIcps served = servedIcps(data);
        for (const SegmentRule &rule : data.segmentRules)
            segments.push_back({QString::number(rule.id), rule.name, {}});
        Segment other{QStringLiteral("other"), SegmentationTr::tr("Other"), {}};
        for (size_t i = 0; i < n; ++i) {
            const Partner &p = data.partners[i];
            bool any = false;
            for (size_t r = 0; r < data.segmentRules.size(); ++r)
                if (ruleHolds(data.segmentRules[r], p, scores[i], served)) {
                    segments[r].partnerIds.push_back(p.id);
                    any = true;
                }
            if (!any)
                other.partnerIds.push_back(p.id);
        }
        segments.push_back(std::move(other));
        break;
    }
    case SegmentBy::Cluster:
        // Clusters need a k and a seed: ps::clusterSegments.
        break;
    }
    segments.erase(std::remove_if(segments.begin(), segments.end(),
                                  [](const Segment &s) { return s.partnerIds.empty(); }),
                   segments.end());
    return segments;
}

SegmentStats segmentStats(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                          const Segment &segment) {
    SegmentStats stats;
    QHash<Id, size_t> rowOf;
    rowOf.reserve(qsizetype(data.partners.size()));
    for (size_t i = 0; i < data.partners.size(); ++i)
        rowOf.insert(data.partners[i].id, i);

    QSet<Id> members;
    std::array<int, 10> modelCount{};
    static_assert(int(PartnerModel::ServiceDelivery) == 9, "one count per partner model");
    double influenced = 0.0;
    for (Id id : segment.partnerIds) {
        const auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd() || members.contains(id))
            continue;
        members.insert(id);
        const Partner &p = data.partners[*it];
        ++stats.count;
        stats.revenue += p.economics.sourcedRevenue + p.economics.influencedRevenue;
        influenced += p.economics.influencedRevenue;
        stats.pipeline += p.economics.pipeline;
        stats.investment += p.economics.investment.total();
        if (*it < scores.size()) {
            const PartnerScore &s = scores[*it];
            stats.meanPotential += s.potential;
            stats.meanReadiness += s.readiness;
            ++stats.quadrantMix[size_t(s.quadrant)];
        }
        if (p.model)
            ++modelCount[size_t(*p.model)];
    }
    const int scored =
        stats.quadrantMix[0] + stats.quadrantMix[1] + stats.quadrantMix[2] + stats.quadrantMix[3];
    if (scored > 0) {
        stats.meanPotential /= scored;
        stats.meanReadiness /= scored;
    }
    if (stats.investment > 0.0)
        stats.roi = (influenced - stats.investment) / stats.investment;

    QSet<Id> reached;
    for (const InfluenceLink &link : data.links)
        if (link.strength >= ReachedStrength && members.contains(link.partnerId))
            reached.insert(link.icpId);
    for (const Icp &icp : data.icps)
        if (reached.contains(icp.id))
            ++stats.icpsReached;

    int best = 0;
    for (size_t m = 0; m < modelCount.size(); ++m)
        if (modelCount[m] > best) { // strict: ties keep the earlier model
            best = modelCount[m];
            stats.dominantModel = PartnerModel(m);
        }
    return stats;
}

QString recommendedMotion(const std::optional<PartnerModel> &model) {
    // Seed 001 ("Most Effective Program Design" and incentive columns) for ISVs, resellers,
    // OEMs and systems integrators; seed 000 for OEM money; seed 002 for the other models.
    if (!model)
        return SegmentationTr::tr(
            "Classify these partners first: each partner type needs its own program "
            "design and incentives, and a uniform template fits none of them.");
    switch (*model) {
    case PartnerModel::Referral:
        return SegmentationTr::tr(
            "Run a referral program: a simple lead registration path and a referral fee "
            "or commission on the deals they identify, with light co-marketing.");
    case PartnerModel::Agency:
        return SegmentationTr::tr(
            "Treat the agency like a franchise: exclusive rights to offer and transact the "
            "product in its territory, with commission on the sales it closes for you.");
    case PartnerModel::Affiliate:
        return SegmentationTr::tr(
            "Build a co-marketing alliance around the shared target market, rewarded on "
            "the joint leads and deals the complementary offer brings in.");
    case PartnerModel::Reseller:
        return SegmentationTr::tr(
            "Structured reseller program with tiered benefits, certification, deal "
            "registration and co-marketing; pay tiered rebates on volume and growth, new "
            "customer bonuses and renewal commission so renewals are not neglected.");
    case PartnerModel::ValueAddedReseller:
        return SegmentationTr::tr(
            "Reseller program with tiers, certification and deal registration, plus "
            "services enablement; reward volume and growth with rebates and product mix "
            "accelerators for the strategic lines the VAR bundles with its services.");
    case PartnerModel::Distributor:
        return SegmentationTr::tr(
            "Manage the distributor as the channel's supply and credit layer: volume "
            "rebates and growth targets, with recruitment and enablement of the resellers "
            "it serves funded jointly.");
    case PartnerModel::Oem:
        return SegmentationTr::tr(
            "Agree the joint commercial model before launch: a per-unit royalty or revenue "
            "share with a minimum annual commitment, an SLA and an exit clause matched to "
            "the embedding structure.");
    case PartnerModel::Isv:
        return SegmentationTr::tr(
            "Ecosystem program with developer resources, marketplace listing and co-sell "
            "enablement; pay marketplace revenue share and co-sell pipeline bonuses, not "
            "resale rebates.");
    case PartnerModel::SystemsIntegrator:
        return SegmentationTr::tr(
            "SI program with certification tiers, joint solution architecture and co-sell "
            "with account ownership protection; pay pipeline contribution and services "
            "attachment incentives.");
    case PartnerModel::ServiceDelivery:
        return SegmentationTr::tr(
            "Certify and enable them to deliver consulting, installation and managed "
            "services on your behalf; reward delivery quality and certification, since "
            "they do not resell.");
    }
    return QString();
}

} // namespace ps
