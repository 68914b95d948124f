// SPDX-License-Identifier: GPL-3.0-or-later
// Generated influence links and OEM deals. Each partner has a home ICP it influences strongly
// and a few others it touches more weakly; the role follows the partner model.
#include "core/generate/generator_parts.h"

#include <algorithm>
#include <numeric>

namespace ps::generate {
namespace {

LinkRole pickRole(Random &rng, PartnerModel model) {
    switch (model) {
    case PartnerModel::Reseller:
    case PartnerModel::Distributor:
        return rng.chance(0.85) ? LinkRole::Sources : LinkRole::Influences;
    case PartnerModel::ValueAddedReseller:
        return rng.chance(0.5) ? LinkRole::Delivers : LinkRole::Sources;
    case PartnerModel::Oem:
        return rng.chance(0.8) ? LinkRole::Embeds : LinkRole::CoSells;
    case PartnerModel::Isv:
        return rng.chance(0.5) ? LinkRole::CoSells : LinkRole::Influences;
    case PartnerModel::SystemsIntegrator:
    case PartnerModel::ServiceDelivery:
        return rng.chance(0.8) ? LinkRole::Delivers : LinkRole::Influences;
    case PartnerModel::Referral:
        return rng.chance(0.6) ? LinkRole::Sources : LinkRole::Influences;
    case PartnerModel::Agency:
    case PartnerModel::Affiliate:
        return rng.chance(0.85) ? LinkRole::Influences : LinkRole::CoSells;
    }
    return LinkRole::Influences;
}

OemStructure pickStructure(Random &rng) {
    constexpr OemStructure order[] = {OemStructure::CertifiedComponent, OemStructure::WhiteLabel,
                                      OemStructure::FullEmbedded, OemStructure::StrategicTier};
    return order[rng.weighted({45, 25, 20, 10})];
}

std::vector<ScoreboardEntry> makeScoreboard(Random &rng) {
    // Quarters ending with the first quarter of 2026, with a device base that grows.
    const int quarters = rng.between(2, 8);
    const QDate last(2026, 1, 1);
    std::vector<ScoreboardEntry> entries;
    double inField = rng.logNormal(3000, 0.8);
    const double growth = rng.uniform(0.95, 1.3);
    const double preloadShare = rng.uniform(0.0, 1.0);
    for (int q = quarters - 1; q >= 0; --q) {
        ScoreboardEntry e;
        e.period = last.addMonths(-3 * q);
        e.integrationsValidated = rng.between(0, 4);
        e.devicesValidated = rng.between(1, 6);
        e.coMarketingActivities = rng.between(0, 3);
        e.devicesInField = int(std::lround(inField));
        e.devicesPreloaded = int(std::lround(inField * preloadShare));
        entries.push_back(e);
        inField *= growth;
    }
    return entries;
}

OemDeal makeDeal(Random &rng, Id id, const Partner &partner) {
    const Vocabulary &v = Vocabulary::instance();
    OemDeal d;
    d.id = id;
    d.partnerId = partner.id;
    d.structure = pickStructure(rng);
    // Plain English rather than label(): generated content must not depend on the locale.
    static const char *const kinds[] = {"certification", "white-label", "embedded",
                                        "strategic tier"};
    d.name = partner.name + QLatin1Char(' ') + QString::fromLatin1(kinds[int(d.structure)]);
    d.needsOfferFaster = rng.chance(0.7);
    d.technicalLead = rng.chance(0.7);
    d.reachesNewSegment = rng.chance(0.7);
    d.defendableMargin = rng.chance(0.6);
    d.perUnitRoyalty = std::round(rng.uniform(2.0, 15.0) * 10.0) / 10.0;
    double rate = d.perUnitRoyalty;
    int fromUnits = 0;
    const int tiers = rng.between(1, 3);
    for (int t = 0; t < tiers; ++t) {
        d.tiers.push_back({fromUnits, rate});
        fromUnits += rng.between(5, 50) * 1000;
        rate = std::round(rate * rng.uniform(0.7, 0.9) * 100.0) / 100.0;
    }
    d.annualEscalatorPct = rng.between(0, 8) * 0.5;
    d.minimumAnnual = rng.chance(0.6) ? rng.between(2, 40) * 5000.0 : 0.0;
    d.setupFee = rng.between(0, 20) * 5000.0;
    d.exitClause = v.exitClauses.at(rng.between(0, int(v.exitClauses.size()) - 1));
    d.exclusive = rng.chance(0.15);
    d.scoreboard = makeScoreboard(rng);
    return d;
}

} // namespace

std::vector<InfluenceLink> generateLinks(Random &rng, const std::vector<Partner> &partners,
                                         const std::vector<Icp> &icps) {
    std::vector<InfluenceLink> links;
    const int icpCount = int(icps.size());
    if (icpCount == 0)
        return links;
    links.reserve(partners.size() * std::min(5, icpCount) + partners.size());
    // A permutation of ICP indices; a partial Fisher-Yates pass over it picks distinct ICPs
    // per partner in O(links), and any permutation is a valid starting point for the next one.
    std::vector<int> order(icpCount);
    std::iota(order.begin(), order.end(), 0);
    Id nextId = 1;
    for (const Partner &p : partners) {
        // 1 + two uniforms on 0-4: between 1 and 9 links, 5 on average.
        const int count = std::min(icpCount, 1 + rng.between(0, 4) + rng.between(0, 4));
        for (int k = 0; k < count; ++k) {
            std::swap(order[k], order[rng.between(k, icpCount - 1)]);
            InfluenceLink l;
            l.id = nextId++;
            l.icpId = icps[order[k]].id;
            l.partnerId = p.id;
            l.strength = k == 0 ? rng.between(3, 5) : rng.weighted({8, 22, 30, 25, 11, 4});
            l.role = pickRole(rng, *p.model);
            if (rng.chance(0.3))
                l.overlappingAccounts = rng.between(0, 60);
            links.push_back(l);
        }
    }
    return links;
}

std::vector<OemDeal> generateOemDeals(Random &rng, const std::vector<Partner> &partners) {
    std::vector<OemDeal> deals;
    // "A few": about one OEM partner in four with a live relationship, capped at one deal per
    // hundred partners so large portfolios do not drown in deals.
    const std::size_t cap = std::max<std::size_t>(3, partners.size() / 100);
    for (const Partner &p : partners) {
        if (deals.size() >= cap)
            break;
        if (p.model != PartnerModel::Oem || p.status == PartnerStatus::Prospect ||
            p.status == PartnerStatus::Exited || !rng.chance(0.25))
            continue;
        deals.push_back(makeDeal(rng, Id(deals.size()) + 1, p));
    }
    return deals;
}

} // namespace ps::generate
