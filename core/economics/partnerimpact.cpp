// SPDX-License-Identifier: GPL-3.0-or-later
// Partner impact. docs/economics.md, "Partner impact", defines each measure; the comments here
// only say why a choice was made.
#include "core/economics/partnerimpact.h"

#include "core/economics/icpmatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class PartnerImpactTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PartnerImpact)
};

/// A deal as of the reference date: skipped when created later, open when closed later.
struct Effective {
    bool counted = false;
    DealOutcome outcome = DealOutcome::Open;
};

Effective effective(const Deal &deal, const QDate &asOf) {
    Effective e;
    if (asOf.isValid() && deal.createdOn.isValid() && deal.createdOn > asOf)
        return e;
    e.counted = true;
    e.outcome = deal.outcome;
    if (asOf.isValid() && e.outcome != DealOutcome::Open && deal.closedOn.isValid() &&
        deal.closedOn > asOf)
        e.outcome = DealOutcome::Open;
    return e;
}

/// How a set of partners took part in a deal: sourced it, influenced it, or (direct deals)
/// neither.
enum class Part { Sourced, Influenced, None };

Part partOf(bool involved, bool sourced) {
    return !involved ? Part::None : sourced ? Part::Sourced : Part::Influenced;
}

/// What one deal adds, worked out once for every set it counts in.
struct DealFacts {
    DealOutcome outcome = DealOutcome::Open;
    double amount = 0.0;
    double cycleDays = -1.0; ///< won deals with both dates; -1 otherwise
};

/// The running counts of one set: 64 bytes, so that a hundred thousand partners stay in cache
/// while a million deals go by. ImpactMeasures is made from it at the end.
struct Acc {
    int deals = 0, won = 0, lost = 0, open = 0, sourced = 0, influenced = 0, sourcedWon = 0,
        cycleDeals = 0;
    double wonAmount = 0.0, openPipeline = 0.0, attributed = 0.0, cycleDaysTotal = 0.0;

    /// Counts one deal; `share` is what the set is credited with when it is won.
    void add(const DealFacts &f, Part part, double share) {
        ++deals;
        sourced += part == Part::Sourced;
        influenced += part == Part::Influenced;
        switch (f.outcome) {
        case DealOutcome::Open:
            ++open;
            openPipeline += f.amount;
            break;
        case DealOutcome::Won:
            ++won;
            wonAmount += f.amount;
            attributed += share;
            sourcedWon += part == Part::Sourced;
            if (f.cycleDays >= 0.0) {
                cycleDaysTotal += f.cycleDays;
                ++cycleDeals;
            }
            break;
        case DealOutcome::Lost:
            ++lost;
            break;
        }
    }

    ImpactMeasures measures() const {
        ImpactMeasures m;
        m.deals = deals;
        m.won = won;
        m.lost = lost;
        m.open = open;
        m.sourced = sourced;
        m.influenced = influenced;
        m.sourcedWon = sourcedWon;
        m.wonAmount = wonAmount;
        m.openPipeline = openPipeline;
        m.attributedWonRevenue = attributed;
        m.cycleDaysTotal = cycleDaysTotal;
        m.cycleDeals = cycleDeals;
        return m;
    }
};
static_assert(sizeof(Acc) == 64, "one cache line per set");

void compare(ImpactRow &row) {
    const ImpactMeasures &a = row.with;
    const ImpactMeasures &b = row.without;
    if (a.winRate && b.winRate) {
        row.winRateDifference = *a.winRate - *b.winRate;
        row.differenceInterval = differenceInterval(a.won, a.closed(), b.won, b.closed());
    }
}

/// The groups (models or tiers) one deal touches, at most a few: a fixed array, no allocation.
struct Touched {
    struct Item {
        int index;
        bool sourced;
        double share;
    };
    Item items[8];
    int count = 0;
    void clear() { count = 0; }
    /// Adds `index` once; records whether any partner of it sourced the deal and its share.
    void add(int index, bool sourced, double share) {
        for (int i = 0; i < count; ++i)
            if (items[i].index == index) {
                items[i].sourced = items[i].sourced || sourced;
                items[i].share += share;
                return;
            }
        if (count < 8)
            items[count++] = {index, sourced, share};
    }
};

class ImpactBuilder {
public:
    ImpactBuilder(const PortfolioData &data, const ImpactOptions &options)
        : m_data(data)
        , m_options(options)
        , m_min(options.minClosedDeals > 0 ? options.minClosedDeals : data.info.minClosedDeals) {
        m_result.minClosedDeals = std::max(1, m_min);
        m_min = m_result.minClosedDeals;
        indexPartners();
    }

    PartnerImpact run() {
        std::vector<Acc> partners(m_data.partners.size());
        std::vector<Acc> models(enumValues<PartnerModel>().size());
        std::vector<Acc> tiers(enumValues<PartnerTier>().size());
        std::vector<Acc> icpWith(m_data.icps.size()), icpWithout(m_data.icps.size());
        Acc involvedAcc, directAcc;
        const IcpMatcher matcher(m_data.icps, true); // the deals stay as they are meanwhile
        std::vector<int> icps;
        Touched modelTouch, tierTouch;
        const bool groups = m_options.groups;
        for (const Deal &deal : m_data.deals) {
            const Effective e = effective(deal, m_options.asOf);
            if (!e.counted)
                continue;
            DealFacts facts;
            facts.outcome = e.outcome;
            facts.amount = deal.amount;
            if (e.outcome == DealOutcome::Won && deal.createdOn.isValid() &&
                deal.closedOn.isValid())
                facts.cycleDays = double(std::max<qint64>(0, deal.createdOn.daysTo(deal.closedOn)));
            const double share = deal.attributedShare();
            bool anySourced = false;
            modelTouch.clear();
            tierTouch.clear();
            for (const DealPartner &dp : deal.partners) {
                const int row = rowOf(dp.partnerId);
                if (row < 0)
                    continue;
                const bool sourced = dp.role == Attribution::Sourced;
                anySourced = anySourced || sourced;
                partners[size_t(row)].add(facts, partOf(true, sourced), share);
                if (groups) {
                    if (m_modelIndex[size_t(row)] >= 0)
                        modelTouch.add(m_modelIndex[size_t(row)], sourced, share);
                    tierTouch.add(m_tierIndex[size_t(row)], sourced, share);
                }
            }
            const bool involved = deal.partnerInfluenced();
            const Part part = partOf(involved, anySourced);
            const double credited = involved ? deal.amount : 0.0;
            (involved ? involvedAcc : directAcc).add(facts, part, credited);
            if (!groups)
                continue;
            for (int i = 0; i < modelTouch.count; ++i) {
                const Touched::Item &t = modelTouch.items[i];
                models[size_t(t.index)].add(facts, partOf(true, t.sourced), t.share);
            }
            for (int i = 0; i < tierTouch.count; ++i) {
                const Touched::Item &t = tierTouch.items[i];
                tiers[size_t(t.index)].add(facts, partOf(true, t.sourced), t.share);
            }
            matcher.match(deal, icps);
            for (int icp : icps)
                (involved ? icpWith : icpWithout)[size_t(icp)].add(facts, part, credited);
        }
        m_result.partnerInvolved = involvedAcc.measures();
        m_result.direct = directAcc.measures();
        finishProgram();
        m_result.partners.reserve(m_data.partners.size());
        for (size_t i = 0; i < m_data.partners.size(); ++i) {
            const Partner &p = m_data.partners[i];
            m_result.partners.push_back(
                row(p.id, {}, p.name, partners[i].measures(), m_result.direct));
        }
        if (groups)
            finishGroups(models, tiers, icpWith, icpWithout);
        return std::move(m_result);
    }

private:
    void indexPartners() {
        const size_t n = m_data.partners.size();
        Id largest = 0;
        for (const Partner &p : m_data.partners)
            largest = std::max(largest, p.id);
        // Ids are mostly dense (1..n): a flat table is several times faster than a hash map at a
        // million deals. Sparse ids from files edited elsewhere fall back to the map.
        m_dense = largest > 0 && largest <= Id(4 * n + 1024);
        if (m_dense)
            m_rowById.assign(size_t(largest) + 1, -1);
        m_modelIndex.resize(n);
        m_tierIndex.resize(n);
        const auto &models = enumValues<PartnerModel>();
        const auto &tiers = enumValues<PartnerTier>();
        m_modelUsed.assign(models.size(), false);
        m_tierUsed.assign(tiers.size(), false);
        for (size_t i = 0; i < n; ++i) {
            const Partner &p = m_data.partners[i];
            if (m_dense && p.id > 0)
                m_rowById[size_t(p.id)] = int(i);
            else
                m_rowMap.emplace(p.id, int(i));
            m_modelIndex[i] =
                p.model ? int(std::find(models.begin(), models.end(), *p.model) - models.begin())
                        : -1;
            m_tierIndex[i] = int(std::find(tiers.begin(), tiers.end(), p.tier) - tiers.begin());
            if (m_modelIndex[i] >= 0)
                m_modelUsed[size_t(m_modelIndex[i])] = true;
            m_tierUsed[size_t(m_tierIndex[i])] = true;
        }
    }

    int rowOf(Id id) const {
        if (m_dense)
            return id > 0 && size_t(id) < m_rowById.size() ? m_rowById[size_t(id)] : -1;
        const auto it = m_rowMap.find(id);
        return it == m_rowMap.end() ? -1 : it->second;
    }

    ImpactRow row(Id id, const QString &key, const QString &name, ImpactMeasures with,
                  ImpactMeasures without) const {
        ImpactRow r;
        r.id = id;
        r.key = key;
        r.name = name;
        r.with = with;
        r.with.finish(m_min);
        r.without = without;
        r.without.finish(m_min);
        compare(r);
        return r;
    }

    void finishProgram() {
        PartnerImpact &r = m_result;
        r.partnerInvolved.finish(m_min);
        r.direct.finish(m_min);
        const double pipeline = r.partnerInvolved.openPipeline + r.direct.openPipeline;
        if (r.partnerInvolved.open + r.direct.open > 0 && pipeline > 0.0)
            r.influencedPipelineShare = r.partnerInvolved.openPipeline / pipeline;
        if (r.partnerInvolved.winRate && r.direct.winRate) {
            r.winRateDifference = *r.partnerInvolved.winRate - *r.direct.winRate;
            r.differenceInterval = differenceInterval(
                r.partnerInvolved.won, r.partnerInvolved.closed(), r.direct.won, r.direct.closed());
        }
    }

    void finishGroups(const std::vector<Acc> &models, const std::vector<Acc> &tiers,
                      const std::vector<Acc> &icpWith, const std::vector<Acc> &icpWithout) {
        const auto &modelValues = enumValues<PartnerModel>();
        for (size_t m = 0; m < modelValues.size(); ++m)
            if (m_modelUsed[m])
                m_result.models.push_back(row(0, toKey(modelValues[m]), label(modelValues[m]),
                                              models[m].measures(), m_result.direct));
        const auto &tierValues = enumValues<PartnerTier>();
        for (size_t t = 0; t < tierValues.size(); ++t)
            if (m_tierUsed[t])
                m_result.tiers.push_back(row(0, toKey(tierValues[t]), label(tierValues[t]),
                                             tiers[t].measures(), m_result.direct));
        for (size_t i = 0; i < m_data.icps.size(); ++i)
            m_result.icps.push_back(row(m_data.icps[i].id, {}, m_data.icps[i].name,
                                        icpWith[i].measures(), icpWithout[i].measures()));
    }

    const PortfolioData &m_data;
    const ImpactOptions &m_options;
    int m_min;
    PartnerImpact m_result;
    bool m_dense = false;
    std::vector<int> m_rowById;
    std::unordered_map<Id, int> m_rowMap;
    std::vector<int> m_modelIndex; ///< per partner row: index into enumValues<PartnerModel>()
    std::vector<int> m_tierIndex;
    std::vector<bool> m_modelUsed, m_tierUsed;
};

} // namespace

Interval wilsonInterval(int successes, int trials, double z) {
    if (trials <= 0)
        return {0.0, 1.0};
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Interval differenceInterval(int successes1, int trials1, int successes2, int trials2, double z) {
    const double p1 = trials1 > 0 ? double(successes1) / trials1 : 0.0;
    const double p2 = trials2 > 0 ? double(successes2) / trials2 : 0.0;
    const Interval w1 = wilsonInterval(successes1, trials1, z);
    const Interval w2 = wilsonInterval(successes2, trials2, z);
    const double d = p1 - p2;
    return {d - std::sqrt((p1 - w1.low) * (p1 - w1.low) + (w2.high - p2) * (w2.high - p2)),
            d + std::sqrt((w1.high - p1) * (w1.high - p1) + (p2 - w2.low) * (p2 - w2.low))};
}

void ImpactMeasures::finish(int minClosedDeals) {
    enough = closed() >= std::max(1, minClosedDeals);
    winRate.reset();
    avgWon.reset();
    cycleDays.reset();
    if (!enough)
        return;
    winRate = double(won) / double(closed());
    if (won > 0)
        avgWon = wonAmount / double(won);
    if (cycleDeals > 0)
        cycleDays = cycleDaysTotal / double(cycleDeals);
}

const ImpactRow *PartnerImpact::partner(Id id) const {
    for (const ImpactRow &row : partners)
        if (row.id == id)
            return &row;
    return nullptr;
}

PartnerImpact computePartnerImpact(const PortfolioData &data, const ImpactOptions &options) {
    return ImpactBuilder(data, options).run();
}

QString withheldReason(const ImpactMeasures &measures, int minClosedDeals) {
    if (measures.enough)
        return {};
    return PartnerImpactTr::tr("not enough deals: %1 closed, %2 needed")
        .arg(measures.closed())
        .arg(minClosedDeals);
}

} // namespace ps
