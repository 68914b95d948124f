// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoportfolio.h"

#include "core/demo/demo_tables.h"
#include "core/domain/fields.h"
#include "core/generate/deals.h"

namespace ps {
namespace demo {
namespace {

std::optional<int> rating(int value) {
    // 0 in the tables means the partner manager has not rated this yet: a deliberate gap.
    if (value == 0)
        return std::nullopt;
    return value;
}

QDate date(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Owner owner(char code) {
    switch (code) {
    case 'v':
        return Owner::Vendor;
    case 'p':
        return Owner::Partner;
    case 's':
        return Owner::Shared;
    default:
        return Owner::Undefined;
    }
}

JointCommercialModel commercialModel(const char *code) {
    const QByteArray text(code);
    JointCommercialModel model;
    if (text.size() != 4)
        return model;
    model.pricingAgreed = text.at(0) == 'y';
    model.support = owner(text.at(1));
    model.customerSuccess = owner(text.at(2));
    model.renewal = owner(text.at(3));
    return model;
}

} // namespace

Partner toPartner(const PartnerRow &row) {
    constexpr double thousand = 1000.0;
    Partner p;
    p.id = row.id;
    p.name = QString::fromUtf8(row.name);
    p.website = QString::fromLatin1(row.website);
    p.model = row.model;
    p.status = row.status;
    p.tier = row.tier;
    p.regions = splitList(QString::fromUtf8(row.regions));
    p.industries = splitList(QString::fromUtf8(row.industries));
    p.upstreamId = row.upstream;
    p.ratings.marketReach = rating(row.ratings.reach);
    p.ratings.strategicFit = rating(row.ratings.fit);
    p.ratings.capability = rating(row.ratings.capability);
    p.ratings.commitment = rating(row.ratings.commitment);
    p.ratings.costToServe = rating(row.ratings.costToServe);
    p.certifications = row.certifications;
    p.economics.sourcedRevenue = row.outcome.sourced * thousand;
    p.economics.influencedRevenue = row.outcome.influenced * thousand;
    p.economics.pipeline = row.outcome.pipeline * thousand;
    p.economics.dealsWon = row.outcome.won;
    p.economics.dealsLost = row.outcome.lost;
    p.economics.investment.mdf = row.spend.mdf * thousand;
    p.economics.investment.enablement = row.spend.enablement * thousand;
    p.economics.investment.incentives = row.spend.incentives * thousand;
    p.economics.investment.technicalSupport = row.spend.technicalSupport * thousand;
    p.enrolledOn = date(row.enrolledOn);
    p.firstCommercialOn = date(row.firstCommercialOn);
    p.notes = QString::fromUtf8(row.notes);
    p.decision = row.decision;
    p.decisionOwner = QString::fromUtf8(row.decisionOwner);
    p.nextStep = QString::fromUtf8(row.nextStep);
    p.commercialModel = commercialModel(row.commercial);
    // Partners came from the CRM's account export, except prospects typed in while scouting.
    if (p.status != PartnerStatus::Prospect)
        p.crm = {CrmSource::Salesforce, generate::salesforceId("001", quint64(7000 + p.id))};
    return p;
}

} // namespace demo

PortfolioData demoPortfolio() {
    PortfolioData data;
    data.info.name = QStringLiteral("Lumora Systems partner portfolio FY2026");
    data.info.organization = QStringLiteral("Lumora Systems GmbH");
    data.info.currency = QStringLiteral("EUR");
    data.info.fiscalYear = 2026;
    data.info.notes = QStringLiteral(
        "Lumora sells device-management and edge software for rugged tablets, POS terminals and "
        "clinical devices. Most revenue reaches customers through hardware OEM programs and the "
        "distributors and resellers around them. FY2026 planning question: where to put a "
        "program budget of EUR 2.4m, which partners to invest in, and whether the kiosk OEM "
        "motion is worth pursuing. Hospitality is a stated growth target without a strong "
        "partner yet.");

    data.icps = demo::demoIcps();
    data.partners.reserve(64);
    demo::appendChannelPartners(data.partners);
    demo::appendEcosystemPartners(data.partners);
    demo::appendInfluencerPartners(data.partners);
    data.links = demo::demoLinks();
    data.oemDeals = demo::demoOemDeals();
    demo::addLogs(data);
    demo::addAccounts(data);
    data.scenarios = demo::demoScenarios();
    data.activeScenarioId = demo::BaselineScenario;
    demo::addPlanning(data);
    return data;
}

} // namespace ps
