// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/entities.h"

#include <tuple>

namespace ps {

bool PortfolioInfo::operator==(const PortfolioInfo &o) const {
    return std::tie(name, organization, currency, fiscalYear, notes, minClosedDeals) ==
           std::tie(o.name, o.organization, o.currency, o.fiscalYear, o.notes, o.minClosedDeals);
}

bool Icp::operator==(const Icp &o) const {
    return std::tie(id, name, description, industries, sizeBand, regions, buyerRoles,
                    priorityWeight, targetAccounts, averageDealSize, crm) ==
           std::tie(o.id, o.name, o.description, o.industries, o.sizeBand, o.regions, o.buyerRoles,
                    o.priorityWeight, o.targetAccounts, o.averageDealSize, o.crm);
}

bool PartnerRatings::operator==(const PartnerRatings &o) const {
    return std::tie(marketReach, strategicFit, capability, commitment, costToServe) ==
           std::tie(o.marketReach, o.strategicFit, o.capability, o.commitment, o.costToServe);
}

bool Investment::operator==(const Investment &o) const {
    return std::tie(mdf, enablement, incentives, technicalSupport) ==
           std::tie(o.mdf, o.enablement, o.incentives, o.technicalSupport);
}

bool PartnerEconomics::operator==(const PartnerEconomics &o) const {
    return std::tie(sourcedRevenue, influencedRevenue, pipeline, dealsWon, dealsLost, investment,
                    contractMinimum) == std::tie(o.sourcedRevenue, o.influencedRevenue, o.pipeline,
                                                 o.dealsWon, o.dealsLost, o.investment,
                                                 o.contractMinimum);
}

int JointCommercialModel::gapCount() const {
    return (pricingAgreed ? 0 : 1) + (support == Owner::Undefined ? 1 : 0) +
           (customerSuccess == Owner::Undefined ? 1 : 0) + (renewal == Owner::Undefined ? 1 : 0);
}

bool JointCommercialModel::operator==(const JointCommercialModel &o) const {
    return std::tie(pricingAgreed, support, customerSuccess, renewal) ==
           std::tie(o.pricingAgreed, o.support, o.customerSuccess, o.renewal);
}

bool Partner::operator==(const Partner &o) const {
    return std::tie(id, name, website, model, status, tier, regions, industries, upstreamId,
                    ratings, certifications, economics, enrolledOn, firstCommercialOn, notes,
                    decision, decisionOwner, nextStep, commercialModel, crm) ==
           std::tie(o.id, o.name, o.website, o.model, o.status, o.tier, o.regions, o.industries,
                    o.upstreamId, o.ratings, o.certifications, o.economics, o.enrolledOn,
                    o.firstCommercialOn, o.notes, o.decision, o.decisionOwner, o.nextStep,
                    o.commercialModel, o.crm);
}

bool InfluenceLink::operator==(const InfluenceLink &o) const {
    return std::tie(id, icpId, partnerId, strength, role, overlappingAccounts, notes) ==
           std::tie(o.id, o.icpId, o.partnerId, o.strength, o.role, o.overlappingAccounts, o.notes);
}

bool RoyaltyTier::operator==(const RoyaltyTier &o) const {
    return fromUnits == o.fromUnits && perUnit == o.perUnit;
}

bool ScoreboardEntry::operator==(const ScoreboardEntry &o) const {
    return std::tie(period, integrationsValidated, devicesValidated, coMarketingActivities,
                    devicesInField, devicesPreloaded) ==
           std::tie(o.period, o.integrationsValidated, o.devicesValidated, o.coMarketingActivities,
                    o.devicesInField, o.devicesPreloaded);
}

int OemDeal::conditionsMet() const {
    return int(needsOfferFaster) + int(technicalLead) + int(reachesNewSegment) +
           int(defendableMargin);
}

bool OemDeal::operator==(const OemDeal &o) const {
    return std::tie(id, partnerId, name, structure, needsOfferFaster, technicalLead,
                    reachesNewSegment, defendableMargin, perUnitRoyalty, tiers, tierMode,
                    annualEscalatorPct, minimumAnnual, setupFee, costPerUnit, minMarginPerUnit,
                    volumes, exitClause, exclusive, brandOwner, roadmapAligned, notes,
                    scoreboard) ==
           std::tie(o.id, o.partnerId, o.name, o.structure, o.needsOfferFaster, o.technicalLead,
                    o.reachesNewSegment, o.defendableMargin, o.perUnitRoyalty, o.tiers, o.tierMode,
                    o.annualEscalatorPct, o.minimumAnnual, o.setupFee, o.costPerUnit,
                    o.minMarginPerUnit, o.volumes, o.exitClause, o.exclusive, o.brandOwner,
                    o.roadmapAligned, o.notes, o.scoreboard);
}

bool Activity::operator==(const Activity &o) const {
    return std::tie(id, partnerId, date, kind, notes, crm) ==
           std::tie(o.id, o.partnerId, o.date, o.kind, o.notes, o.crm);
}

bool Buyer::operator==(const Buyer &o) const {
    return std::tie(name, crmId, industry, region, employees) ==
           std::tie(o.name, o.crmId, o.industry, o.region, o.employees);
}

bool Deal::involves(Id partner) const {
    return partnerEntry(partner) != nullptr;
}

const DealPartner *Deal::partnerEntry(Id partner) const {
    for (const DealPartner &p : partners)
        if (p.partnerId == partner)
            return &p;
    return nullptr;
}

bool Deal::operator==(const Deal &o) const {
    return std::tie(id, name, partners, icpId, amount, outcome, createdOn, closedOn, stage,
                    leadSource, buyer, crm) == std::tie(o.id, o.name, o.partners, o.icpId, o.amount,
                                                        o.outcome, o.createdOn, o.closedOn, o.stage,
                                                        o.leadSource, o.buyer, o.crm);
}

} // namespace ps
