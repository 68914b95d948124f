// SPDX-License-Identifier: GPL-3.0-or-later
// Generated partners: the model decides the shape of the economics, the status decides how much
// of it has materialised (prospects have nothing yet, dormant partners cost more than they
// bring), and the tier nudges the ratings.
#include "core/generate/generator_parts.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ps::generate {
namespace {

struct ModelProfile {
    PartnerModel model;
    int weight;              ///< share of partners, in percent
    double sourcedMedian;    ///< sourced revenue of an active partner
    double influencedMedian; ///< influenced revenue of an active partner
    std::array<const char *, 3> suffixes;
};

// clang-format off
const ModelProfile profiles[] = {
    {PartnerModel::Referral,           12,    40000,   20000, {"Advisory", "Consulting", "Partners"}},
    {PartnerModel::Agency,              5,     5000,  100000, {"Agency", "Media", "Marketing"}},
    {PartnerModel::Affiliate,           6,     5000,  150000, {"Alliance", "Network", "Forum"}},
    {PartnerModel::Reseller,           20,   200000,   50000, {"IT", "Systems", "Solutions"}},
    {PartnerModel::ValueAddedReseller, 15,   300000,  120000, {"Integrations", "Technologies", "Solutions"}},
    {PartnerModel::Distributor,         3,  1500000,  400000, {"Distribution", "Supply", "Trading"}},
    {PartnerModel::Oem,                 6,   800000, 1000000, {"Devices", "Electronics", "Manufacturing"}},
    {PartnerModel::Isv,                12,    60000,  500000, {"Software", "Labs", "Cloud"}},
    {PartnerModel::SystemsIntegrator,   9,   200000, 1000000, {"Consulting", "Digital", "Integration"}},
    {PartnerModel::ServiceDelivery,    12,   120000,  250000, {"Managed Services", "Services", "Support"}},
};
// clang-format on

const ModelProfile &pickProfile(Random &rng) {
    int pick = rng.between(0, 99);
    for (const ModelProfile &p : profiles) {
        if (pick < p.weight)
            return p;
        pick -= p.weight;
    }
    return profiles[0];
}

PartnerStatus pickStatus(Random &rng) {
    constexpr PartnerStatus order[] = {PartnerStatus::Prospect, PartnerStatus::Onboarding,
                                       PartnerStatus::Active, PartnerStatus::Dormant,
                                       PartnerStatus::Exited};
    return order[rng.weighted({15, 10, 55, 14, 6})];
}

PartnerTier pickTier(Random &rng, PartnerStatus status) {
    if (status == PartnerStatus::Prospect)
        return PartnerTier::None;
    constexpr PartnerTier order[] = {PartnerTier::None, PartnerTier::Registered,
                                     PartnerTier::Silver, PartnerTier::Gold, PartnerTier::Platinum};
    return order[rng.weighted({10, 35, 30, 18, 7})];
}

/// Rating 1-5 around `centre`, missing with probability `missing`.
std::optional<int> rating(Random &rng, double centre, double missing) {
    if (rng.chance(missing))
        return std::nullopt;
    const int value = int(std::lround(centre + rng.normal() * 0.9));
    return std::clamp(value, 1, 5);
}

double money(double amount) {
    return std::round(amount / 100.0) * 100.0; // whole hundreds read like real figures
}

/// How much of a model's typical outcome a partner in this status has delivered.
double outcomeShare(PartnerStatus status) {
    switch (status) {
    case PartnerStatus::Active:
        return 1.0;
    case PartnerStatus::Dormant:
        return 0.05;
    case PartnerStatus::Exited:
        return 0.2;
    case PartnerStatus::Prospect:
    case PartnerStatus::Onboarding:
        break;
    }
    return 0.0;
}

void fillEconomics(Random &rng, Partner &p, const ModelProfile &profile) {
    PartnerEconomics &e = p.economics;
    const double share = outcomeShare(p.status);
    const double tierBoost = 0.6 + 0.25 * int(p.tier);
    e.sourcedRevenue = money(share * tierBoost * rng.logNormal(profile.sourcedMedian, 0.9));
    e.influencedRevenue = money(share * tierBoost * rng.logNormal(profile.influencedMedian, 0.9));
    const double outcome = e.sourcedRevenue + e.influencedRevenue;
    if (p.status == PartnerStatus::Onboarding)
        e.pipeline = money(rng.logNormal(0.3 * profile.sourcedMedian + 50000, 0.7));
    else if (p.status != PartnerStatus::Prospect && p.status != PartnerStatus::Exited)
        e.pipeline = money(outcome * rng.uniform(0.6, 1.8));
    e.dealsWon = int(std::lround(e.sourcedRevenue / rng.uniform(25000, 90000)));
    e.dealsLost = int(std::lround(e.dealsWon * rng.uniform(0.2, 1.2)));

    double budget = 0.0;
    if (p.status == PartnerStatus::Active)
        budget = outcome * rng.uniform(0.03, 0.12);
    else if (p.status == PartnerStatus::Onboarding || p.status == PartnerStatus::Dormant)
        budget = rng.logNormal(30000, 0.7); // money spent before (or without) any outcome
    const double mdf = rng.uniform(0.1, 0.5);
    const double enablement = rng.uniform(0.1, 0.4);
    const double incentives = rng.uniform(0.0, 0.3);
    const double technical = rng.uniform(0.05, 0.3);
    const double parts = mdf + enablement + incentives + technical;
    e.investment.mdf = money(budget * mdf / parts);
    e.investment.enablement = money(budget * enablement / parts);
    e.investment.incentives = money(budget * incentives / parts);
    e.investment.technicalSupport = money(budget * technical / parts);
}

void fillDates(Random &rng, Partner &p) {
    static const QDate programStart(2015, 1, 1);
    static const QDate thisYear(2025, 1, 1);
    switch (p.status) {
    case PartnerStatus::Prospect:
        return;
    case PartnerStatus::Onboarding:
        p.enrolledOn = thisYear.addDays(rng.between(0, 300));
        return;
    case PartnerStatus::Active:
    case PartnerStatus::Dormant:
    case PartnerStatus::Exited:
        p.enrolledOn = programStart.addDays(rng.between(0, 3500));
        if (p.status != PartnerStatus::Dormant || rng.chance(0.7))
            p.firstCommercialOn = p.enrolledOn.addDays(rng.between(30, 420));
        return;
    }
}

Owner pickOwner(Random &rng, double agreed) {
    if (!rng.chance(agreed))
        return Owner::Undefined;
    constexpr Owner owners[] = {Owner::Vendor, Owner::Partner, Owner::Shared};
    return owners[rng.between(0, 2)];
}

Partner makePartner(Random &rng, int index) {
    const Vocabulary &v = Vocabulary::instance();
    // The first ten partners take one model each, so every model is present from ten
    // partners on; after that the model weights apply.
    const ModelProfile &profile =
        index < int(std::size(profiles)) ? profiles[index] : pickProfile(rng);
    Partner p;
    p.id = index + 1;
    // A bijection of the index onto prefix x core keeps names distinct while scattering them;
    // 617 is odd, hence coprime with the 1,024 combinations.
    const int combos = int(v.namePrefixes.size() * v.nameCores.size());
    const int combo = int((qint64(index) * 617 + 101) % combos);
    const int round = index / combos;
    const QString stem = v.namePrefixes.at(combo / int(v.nameCores.size())) +
                         v.nameCores.at(combo % int(v.nameCores.size())) +
                         (round > 0 ? QString::number(round + 1) : QString());
    p.name = stem + QLatin1Char(' ') + QString::fromLatin1(profile.suffixes[rng.between(0, 2)]);
    p.website = stem.toLower() + QStringLiteral(".example");
    p.model = profile.model;
    p.status = pickStatus(rng);
    p.tier = pickTier(rng, p.status);
    p.regions = pickSome(rng, v.regions, 1, 3);
    p.industries = pickSome(rng, v.industries, 1, 3);

    const bool known = p.status != PartnerStatus::Prospect;
    const double centre = 1.8 + 0.6 * int(p.tier);
    p.ratings.marketReach = rating(rng, centre, 0.08);
    p.ratings.strategicFit = rating(rng, 3.0, 0.08);
    p.ratings.capability = rating(rng, centre, known ? 0.1 : 0.7);
    p.ratings.commitment =
        rating(rng, p.status == PartnerStatus::Dormant ? 1.5 : centre, known ? 0.1 : 0.7);
    p.ratings.costToServe = rating(rng, 3.0, known ? 0.15 : 0.8);
    p.certifications = known ? std::max(0, int(p.tier) - 1 + rng.between(0, 3)) : 0;

    fillEconomics(rng, p, profile);
    fillDates(rng, p);

    if (rng.chance(0.3)) {
        constexpr Decision decisions[] = {Decision::Invest, Decision::Develop, Decision::Maintain,
                                          Decision::Exit};
        p.decision = decisions[rng.between(0, 3)];
        p.decisionOwner = v.owners.at(rng.between(0, int(v.owners.size()) - 1));
        p.nextStep = v.nextSteps.at(rng.between(0, int(v.nextSteps.size()) - 1));
    }
    if (rng.chance(0.1))
        p.notes = v.partnerNotes.at(rng.between(0, int(v.partnerNotes.size()) - 1));

    const double agreed = p.status == PartnerStatus::Active ? 0.75 : known ? 0.35 : 0.0;
    p.commercialModel.pricingAgreed = rng.chance(agreed);
    p.commercialModel.support = pickOwner(rng, agreed);
    p.commercialModel.customerSuccess = pickOwner(rng, agreed);
    p.commercialModel.renewal = pickOwner(rng, agreed);
    return p;
}

bool buysThroughDistributor(const Partner &p) {
    return p.model == PartnerModel::Reseller || p.model == PartnerModel::ValueAddedReseller;
}

} // namespace

std::vector<Partner> generatePartners(Random &rng, int count) {
    std::vector<Partner> partners;
    partners.reserve(count);
    for (int i = 0; i < count; ++i)
        partners.push_back(makePartner(rng, i));

    // The layered channel: most resellers and VARs buy through one of the distributors.
    std::vector<Id> distributors;
    for (const Partner &p : partners)
        if (p.model == PartnerModel::Distributor)
            distributors.push_back(p.id);
    if (distributors.empty())
        return partners;
    for (Partner &p : partners)
        if (buysThroughDistributor(p) && rng.chance(0.6))
            p.upstreamId = distributors[rng.between(0, int(distributors.size()) - 1)];
    return partners;
}

} // namespace ps::generate
