// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic CRM detail of deals. Names and texts are document content in English, like the rest
// of the generated data: not translated.
#include "core/generate/deals.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ps::generate {
namespace {

const QHash<QString, QStringList> &countriesByRegion() {
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("emea"),
         {"Germany", "France", "United Kingdom", "Netherlands", "Spain", "United Arab Emirates",
          "South Africa", "Sweden"}},
        {QStringLiteral("europe"), {"Germany", "France", "Italy", "Netherlands", "Poland"}},
        {QStringLiteral("dach"), {"Germany", "Austria", "Switzerland"}},
        {QStringLiteral("nordics"), {"Sweden", "Norway", "Denmark", "Finland"}},
        {QStringLiteral("uk & ireland"), {"United Kingdom", "Ireland"}},
        {QStringLiteral("benelux"), {"Belgium", "Netherlands", "Luxembourg"}},
        {QStringLiteral("southern europe"), {"Spain", "Italy", "Portugal", "Greece"}},
        {QStringLiteral("north america"), {"United States", "Canada"}},
        {QStringLiteral("latam"), {"Brazil", "Mexico", "Chile", "Colombia"}},
        {QStringLiteral("apac"), {"Japan", "Australia", "Singapore", "India", "South Korea"}},
        {QStringLiteral("middle east"), {"United Arab Emirates", "Saudi Arabia", "Qatar"}},
        {QStringLiteral("africa"), {"South Africa", "Nigeria", "Kenya"}},
    };
    return table;
}

const char *const genericIndustries[] = {"Technology", "Professional services", "Media",
                                         "Construction", "Insurance"};

/// The chance that a partner of this model sourced (rather than influenced) a deal it is on.
double sourcingChance(const std::optional<PartnerModel> &model) {
    if (!model)
        return 0.4;
    switch (*model) {
    case PartnerModel::Referral:
    case PartnerModel::Agency:
    case PartnerModel::Affiliate:
        return 0.8;
    case PartnerModel::Reseller:
    case PartnerModel::ValueAddedReseller:
        return 0.55;
    case PartnerModel::SystemsIntegrator:
        return 0.45;
    case PartnerModel::ServiceDelivery:
        return 0.4;
    case PartnerModel::Isv:
        return 0.35;
    case PartnerModel::Oem:
        return 0.3;
    case PartnerModel::Distributor:
        return 0.2;
    }
    return 0.4;
}

const char *const directLeadSources[] = {"Web", "Outbound", "Trade Show", "Inbound Call",
                                         "Existing Customer"};

} // namespace

QString salesforceId(const char *prefix, quint64 n) {
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = QString::fromLatin1(prefix);
    char tail[15];
    for (int i = 14; i >= 0; --i) {
        tail[i] = digits[n % 62];
        n /= 62;
    }
    id += QString::fromLatin1(tail, 15);
    return id;
}

QString countryIn(Random &rng, const QString &region) {
    const auto it = countriesByRegion().constFind(region.toCaseFolded());
    if (it == countriesByRegion().constEnd() || it->isEmpty())
        return region;
    return it->at(rng.between(0, int(it->size()) - 1));
}

Buyer buyerFor(Random &rng, const Icp *icp, const QString &name) {
    Buyer b;
    b.name = name;
    if (!icp) {
        b.industry = QString::fromLatin1(genericIndustries[rng.between(0, 4)]);
        b.region = countryIn(rng, QStringLiteral("EMEA"));
        b.employees = rng.between(20, 20000);
        return b;
    }
    b.industry = icp->industries.isEmpty()
                     ? QString::fromLatin1(genericIndustries[rng.between(0, 4)])
                     : icp->industries.at(rng.between(0, int(icp->industries.size()) - 1));
    b.region = icp->regions.isEmpty()
                   ? countryIn(rng, QStringLiteral("EMEA"))
                   : countryIn(rng, icp->regions.at(rng.between(0, int(icp->regions.size()) - 1)));
    // Employees within the band: a number from the text "200-1,000 employees", "1,000+".
    QList<int> numbers;
    QString digits;
    for (const QChar c : icp->sizeBand + QLatin1Char(' ')) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(',') && !digits.isEmpty()) {
            numbers << digits.toInt();
            digits.clear();
        }
    }
    const int low = numbers.isEmpty() ? 50 : numbers.first();
    const int high = numbers.size() > 1 ? numbers.at(1) : low * 4;
    b.employees = rng.between(low, std::max(low, high));
    return b;
}

QString crmRoleOf(const std::optional<PartnerModel> &model) {
    if (!model)
        return QStringLiteral("Other");
    switch (*model) {
    case PartnerModel::Referral:
    case PartnerModel::Affiliate:
        return QStringLiteral("Referral");
    case PartnerModel::Agency:
        return QStringLiteral("Agency");
    case PartnerModel::Reseller:
    case PartnerModel::ValueAddedReseller:
        return QStringLiteral("Reseller");
    case PartnerModel::Distributor:
        return QStringLiteral("Distributor");
    case PartnerModel::Oem:
        return QStringLiteral("OEM");
    case PartnerModel::Isv:
        return QStringLiteral("Technology Partner");
    case PartnerModel::SystemsIntegrator:
        return QStringLiteral("System Integrator");
    case PartnerModel::ServiceDelivery:
        return QStringLiteral("Consultant");
    }
    return QStringLiteral("Other");
}

void attribute(Random &rng, Deal &deal, const Partner &partner, const Partner *upstream,
               const Partner *coSeller) {
    const bool sourced = rng.chance(sourcingChance(partner.model));
    deal.partners.push_back({partner.id, sourced ? Attribution::Sourced : Attribution::Influenced,
                             crmRoleOf(partner.model)});
    deal.leadSource = sourced ? QStringLiteral("Partner Referral")
                              : QString::fromLatin1(directLeadSources[rng.between(0, 4)]);
    if (upstream && upstream->id != partner.id && rng.chance(0.6))
        deal.partners.push_back(
            {upstream->id, Attribution::Influenced, crmRoleOf(upstream->model)});
    if (coSeller && !deal.involves(coSeller->id) && rng.chance(0.2))
        deal.partners.push_back(
            {coSeller->id, Attribution::Influenced, crmRoleOf(coSeller->model)});
}

void appendDeals(PortfolioData &data, int count, quint64 seed) {
    Random rng(seed ^ 0x6465616c735f7631ULL);
    const int partners = int(data.partners.size());
    const int icps = int(data.icps.size());
    const QDate start(2024, 1, 1);
    Id next = 0;
    for (const Deal &d : data.deals)
        next = std::max(next, d.id);
    data.deals.reserve(data.deals.size() + size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i) {
        Deal d;
        d.id = ++next;
        d.name = QStringLiteral("Opportunity %1").arg(d.id);
        d.crm = {CrmSource::Salesforce, salesforceId("006", quint64(d.id))};
        const Icp *icp = icps > 0 ? &data.icps[size_t(rng.between(0, icps - 1))] : nullptr;
        d.buyer = buyerFor(rng, icp, QStringLiteral("Account %1").arg(rng.between(1, 200000)));
        d.buyer.crmId = salesforceId("001", quint64(5000000 + rng.between(1, 200000)));
        d.amount = std::round(rng.logNormal(40000, 0.7) / 100.0) * 100.0;
        d.createdOn = start.addDays(rng.between(0, 700));
        const bool direct = partners == 0 || rng.chance(0.1);
        if (!direct) {
            // One partner; a second for half of the deals, a third for a third of those: 5/3
            // per partner deal, 1.5 per deal with the direct tenth (the OpportunityPartner rows
            // of import_deals_1m).
            const int extra = rng.chance(0.5) ? (rng.chance(1.0 / 3.0) ? 2 : 1) : 0;
            const Partner &main = data.partners[size_t(rng.between(0, partners - 1))];
            attribute(rng, d, main, nullptr, nullptr);
            for (int k = 0; k < extra; ++k) {
                const Partner &other = data.partners[size_t(rng.between(0, partners - 1))];
                if (!d.involves(other.id))
                    d.partners.push_back(
                        {other.id, Attribution::Influenced, crmRoleOf(other.model)});
            }
        } else {
            d.leadSource = QString::fromLatin1(directLeadSources[rng.between(0, 4)]);
        }
        const double roll = rng.uniform();
        const double winRate = direct ? 0.3 : 0.45;
        if (roll < 0.25) {
            d.outcome = DealOutcome::Open;
            d.stage = QStringLiteral("Negotiation/Review");
        } else {
            d.outcome = rng.chance(winRate) ? DealOutcome::Won : DealOutcome::Lost;
            d.closedOn = d.createdOn.addDays(rng.between(20, 200));
            d.stage = d.outcome == DealOutcome::Won ? QStringLiteral("Closed Won")
                                                    : QStringLiteral("Closed Lost");
        }
        data.deals.push_back(std::move(d));
    }
}

} // namespace ps::generate
