// SPDX-License-Identifier: GPL-3.0-or-later
// Stage one of scoring: the portfolio's data turned into criterion values on 0-100. The
// formulas, and a worked example computed by hand, are in docs/scoring.md.
#include "core/scoring/scoring.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ps {
namespace {

constexpr float Missing = std::numeric_limits<float>::quiet_NaN();

/// A 1-5 rating on 0-100; `inverse` for criteria where a high rating is bad (cost to serve).
float ratingValue(const std::optional<int> &rating, bool inverse = false) {
    if (!rating)
        return Missing;
    const int r = std::clamp(*rating, 1, 5);
    return float(inverse ? (5 - r) * 25 : (r - 1) * 25);
}

/// Certifications (up to five count) give 60 points; a quick first commercial activity after
/// enrollment gives up to 40: full within 90 days, nothing from a year on, linear between.
float enablementValue(const Partner &p) {
    const double certificationPart = 60.0 * std::min(std::max(p.certifications, 0), 5) / 5.0;
    double speed = 0.0;
    if (p.enrolledOn.isValid() && p.firstCommercialOn.isValid()) {
        const qint64 days = p.enrolledOn.daysTo(p.firstCommercialOn);
        if (days <= 90)
            speed = 1.0;
        else if (days < 365)
            speed = double(365 - days) / double(365 - 90);
    }
    return float(certificationPart + 40.0 * speed);
}

double commercialValue(const PartnerEconomics &e) {
    return e.sourcedRevenue + 0.5 * e.influencedRevenue + 0.25 * e.pipeline;
}

/// Percentile rank among the partners with a positive commercial value, so that one very large
/// partner does not squash everyone else towards zero as min-max scaling would. Ties share the
/// mean of their ranks; the largest value gets 100, a value of 0 gets 0.
/// Evidence values (attributed won revenue and pipeline from the deal log) and hand-entered
/// economics are both money, so partners of either kind are ranked together.
void fillCommercial(const PortfolioData &data, CriteriaTable &table) {
    std::vector<std::pair<double, size_t>> positive;
    positive.reserve(data.partners.size());
    for (size_t i = 0; i < data.partners.size(); ++i) {
        const double value = usesEvidence(table.evidence, i, Criterion::CommercialContribution)
                                 ? table.evidence.partners[i].commercialValue()
                                 : commercialValue(data.partners[i].economics);
        table.values[i][size_t(Criterion::CommercialContribution)] = 0.0f;
        if (value > 0.0)
            positive.emplace_back(value, i);
    }
    std::sort(positive.begin(), positive.end());
    const double n = double(positive.size());
    for (size_t first = 0; first < positive.size();) {
        size_t last = first;
        while (last < positive.size() && positive[last].first == positive[first].first)
            ++last;
        // 1-based ranks first+1 .. last share their mean.
        const double meanRank = (double(first + 1) + double(last)) / 2.0;
        for (size_t k = first; k < last; ++k)
            table.values[positive[k].second][size_t(Criterion::CommercialContribution)] =
                float(100.0 * meanRank / n);
        first = last;
    }
}

/// ICP influence: the priority-weighted strength of the partner's links, as a share of the
/// total priority of every ICP, so a partner reaching all ICPs at full strength scores 100.
void fillIcpInfluence(const PortfolioData &data, CriteriaTable &table,
                      const std::unordered_map<Id, size_t> &partnerIndex) {
    std::unordered_map<Id, double> icpWeight;
    double totalWeight = 0.0;
    for (const Icp &icp : data.icps) {
        icpWeight[icp.id] = icp.priorityWeight;
        totalWeight += icp.priorityWeight;
    }
    std::vector<double> sums(data.partners.size(), 0.0);
    for (const InfluenceLink &link : data.links) {
        const auto icp = icpWeight.find(link.icpId);
        const auto partner = partnerIndex.find(link.partnerId);
        if (icp == icpWeight.end() || partner == partnerIndex.end())
            continue;
        sums[partner->second] += icp->second * std::clamp(link.strength, 0, 5) / 5.0;
    }
    for (size_t i = 0; i < sums.size(); ++i) {
        const double value = totalWeight > 0.0 ? 100.0 * sums[i] / totalWeight : 0.0;
        table.values[i][size_t(Criterion::IcpInfluence)] = float(std::min(value, 100.0));
    }
}

} // namespace

CriteriaTable computeCriteria(const PortfolioData &data) {
    CriteriaTable table;
    const size_t n = data.partners.size();
    table.partnerIds.resize(n);
    table.profileIndex.resize(n);
    table.values.resize(n);
    table.evidence = computeScoringEvidence(data);
    std::unordered_map<Id, size_t> partnerIndex;
    partnerIndex.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const Partner &p = data.partners[i];
        table.partnerIds[i] = p.id;
        table.profileIndex[i] = profileIndex(p.model);
        partnerIndex.emplace(p.id, i);
        auto &v = table.values[i];
        v[size_t(Criterion::MarketReach)] = ratingValue(p.ratings.marketReach);
        v[size_t(Criterion::StrategicFit)] = ratingValue(p.ratings.strategicFit);
        v[size_t(Criterion::Capability)] = ratingValue(p.ratings.capability);
        v[size_t(Criterion::Commitment)] =
            usesEvidence(table.evidence, i, Criterion::Commitment)
                ? float(commitmentFromEvidence(table.evidence.partners[i], table.evidence))
                : ratingValue(p.ratings.commitment);
        v[size_t(Criterion::CostToServe)] = ratingValue(p.ratings.costToServe, true);
        v[size_t(Criterion::Enablement)] = enablementValue(p);
    }
    fillIcpInfluence(data, table, partnerIndex);
    fillCommercial(data, table);
    return table;
}

} // namespace ps
