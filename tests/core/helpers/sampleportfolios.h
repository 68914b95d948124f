// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Portfolios shared by the storage tests and the ps_savehammer helper.

#include "core/domain/portfoliodata.h"

#include <QDate>
#include <QString>

#include <random>

namespace ps::test {

/// A portfolio in which every field of every entity differs from its default: unicode names,
/// optional values both set and empty, dates, tiers, a scoreboard, an unclassified partner.
/// Ids are deliberately not in vector order, so the saved display order must be kept.
inline PortfolioData everyFieldPortfolio() {
    PortfolioData d;
    d.info.name = QStringLiteral("Plan 2027 — Ünïcødé 日本 🚀");
    d.info.organization = QStringLiteral("Lumora Systems GmbH");
    d.info.currency = QStringLiteral("EUR");
    d.info.fiscalYear = 2027;
    d.info.notes = QStringLiteral("Line one\nline two, with \"quotes\"; and semicolons");
    d.info.minClosedDeals = 7;

    Icp a;
    a.id = 12;
    a.name = QStringLiteral("Mid-market manufacturers");
    a.description = QStringLiteral("Plants with 2-10 lines; ERP in place");
    a.industries = {QStringLiteral("Manufacturing"), QStringLiteral("Automotive")};
    a.sizeBand = QStringLiteral("200-1,000 employees");
    a.regions = {QStringLiteral("DACH"), QStringLiteral("Nordics")};
    a.buyerRoles = {QStringLiteral("COO"), QStringLiteral("Head of IT")};
    a.priorityWeight = 2.75;
    a.targetAccounts = 340;
    a.averageDealSize = 48500.5;
    a.crm = {CrmSource::Csv, QStringLiteral("icp-12")};
    Icp b;
    b.id = 3;
    b.name = QStringLiteral("Городские клиники");
    d.icps = {a, b};

    Partner p;
    p.id = 40;
    p.name = QStringLiteral("Ærø Integration ApS");
    p.website = QStringLiteral("aero-integration.dk");
    p.model = PartnerModel::SystemsIntegrator;
    p.status = PartnerStatus::Active;
    p.tier = PartnerTier::Platinum;
    p.regions = {QStringLiteral("Nordics"), QStringLiteral("Baltics")};
    p.industries = {QStringLiteral("Manufacturing")};
    p.upstreamId = 7;
    p.ratings = {4, 5, 3, 2, 1};
    p.certifications = 6;
    p.economics.sourcedRevenue = 1250000.25;
    p.economics.influencedRevenue = 3100000.0;
    p.economics.pipeline = 870000.75;
    p.economics.dealsWon = 14;
    p.economics.dealsLost = 9;
    p.economics.investment = {12000.0, 8000.5, 4000.25, 2500.125};
    p.enrolledOn = QDate(2023, 2, 28);
    p.firstCommercialOn = QDate(2024, 12, 31);
    p.notes = QStringLiteral("Strong in food & beverage.\nNeeds MDF.");
    p.decision = Decision::Invest;
    p.decisionOwner = QStringLiteral("Zoë Ødegård");
    p.nextStep = QStringLiteral("Joint business plan by Q2");
    p.commercialModel = {true, Owner::Partner, Owner::Shared, Owner::Vendor};
    p.crm = {CrmSource::HubSpot, QStringLiteral("9812345001")};

    Partner distributor;
    distributor.id = 7;
    distributor.name = QStringLiteral("中欧 Distribution");
    distributor.model = PartnerModel::Distributor;
    distributor.status = PartnerStatus::Dormant;
    distributor.tier = PartnerTier::Silver;
    distributor.ratings.capability = 5;
    distributor.decision = Decision::Exit;
    distributor.commercialModel.renewal = Owner::Partner;

    Partner unclassified;
    unclassified.id = 19;
    unclassified.name = QStringLiteral("Unclassified prospect");
    d.partners = {p, distributor, unclassified};

    InfluenceLink l1;
    l1.id = 101;
    l1.icpId = 12;
    l1.partnerId = 40;
    l1.strength = 5;
    l1.role = LinkRole::CoSells;
    l1.overlappingAccounts = 37;
    l1.notes = QStringLiteral("Shared accounts in Jutland");
    InfluenceLink l2;
    l2.id = 55;
    l2.icpId = 3;
    l2.partnerId = 7;
    l2.strength = 0;
    l2.role = LinkRole::Sources;
    l2.overlappingAccounts = 0;
    InfluenceLink l3;
    l3.id = 77;
    l3.icpId = 12;
    l3.partnerId = 19;
    l3.role = LinkRole::Embeds;
    d.links = {l1, l2, l3};

    OemDeal deal;
    deal.id = 9;
    deal.partnerId = 40;
    deal.name = QStringLiteral("Embedded analytics — line controllers");
    deal.structure = OemStructure::StrategicTier;
    deal.needsOfferFaster = true;
    deal.technicalLead = true;
    deal.reachesNewSegment = true;
    deal.defendableMargin = true;
    deal.perUnitRoyalty = 12.5;
    deal.tiers = {{1000, 11.0}, {10000, 9.25}, {100000, 7.125}};
    deal.annualEscalatorPct = 3.5;
    deal.minimumAnnual = 150000.0;
    deal.setupFee = 25000.0;
    deal.exitClause = QStringLiteral("24 months notice; source escrow");
    deal.exclusive = true;
    deal.notes = QStringLiteral("Pilot in 2026");
    deal.scoreboard = {{QDate(2026, 1, 1), 3, 2, 1, 150, 20},
                       {QDate(2026, 4, 1), 5, 4, 3, 900, 300}};
    deal.tierMode = RoyaltyTierMode::AllUnits;
    deal.costPerUnit = 3.375;
    deal.minMarginPerUnit = 1.5;
    deal.volumes = {800, 12000, 150000.5};
    deal.brandOwner = Owner::Shared;
    deal.roadmapAligned = true;
    OemDeal plain;
    plain.id = 2;
    plain.partnerId = 7;
    plain.name = QStringLiteral("White-label gateway");
    plain.structure = OemStructure::WhiteLabel;
    d.oemDeals = {deal, plain};

    // Activity and deal logs (format 5): ids out of order, notes in other scripts, a direct
    // deal without an ICP and an open deal without a close date.
    Activity call;
    call.id = 31;
    call.partnerId = 40;
    call.date = QDate(2026, 2, 14);
    call.kind = ActivityKind::JointCall;
    call.notes = QStringLiteral("Joint call — Société Générale; 東京");
    call.crm = {CrmSource::Salesforce, QStringLiteral("00T5g00000Q1")};
    Activity training;
    training.id = 4;
    training.partnerId = 7;
    training.date = QDate(2025, 11, 3);
    training.kind = ActivityKind::Training;
    d.activities = {call, training};
    Deal won;
    won.id = 12;
    won.name = QStringLiteral("Line controllers, plant 2");
    // Format 6: two partners with their attribution, the CRM record and the buyer.
    won.partners = {{40, Attribution::Sourced, QStringLiteral("System Integrator")},
                    {7, Attribution::Influenced, QStringLiteral("Distributor — Zürich")}};
    won.icpId = 12;
    won.stage = QStringLiteral("Closed Won");
    won.leadSource = QStringLiteral("Partner Referral");
    won.buyer = {QStringLiteral("Maschinenfabrik Süd"), QStringLiteral("0015g00000XyZ"),
                 QStringLiteral("Manufacturing"), QStringLiteral("Germany"), 2400};
    won.crm = {CrmSource::Salesforce, QStringLiteral("0065g00000AbC")};
    won.amount = 182500.75;
    won.outcome = DealOutcome::Won;
    won.createdOn = QDate(2025, 9, 1);
    won.closedOn = QDate(2026, 1, 20);
    Deal direct;
    direct.id = 3;
    direct.name = QStringLiteral("Direct renewal");
    direct.amount = 40000;
    direct.outcome = DealOutcome::Open;
    direct.createdOn = QDate(2026, 3, 2);
    d.deals = {won, direct};

    // Two scenarios with every weight distinct, thresholds off the default, overrides with
    // notes, ids out of order and the second one active.
    Scenario reach;
    reach.id = 8;
    reach.name = QStringLiteral("Reach first — Zürich 🚀");
    reach.potentialThreshold = 47.5;
    reach.readinessThreshold = 62.25;
    for (size_t p = 0; p < reach.profiles.size(); ++p)
        for (int c = 0; c < CriterionCount; ++c)
            reach.profiles[p].weights[size_t(c)] = double(p + 1) * 0.5 + c * 0.125;
    reach.overrides = {{19, Quadrant::Develop, QStringLiteral("Board asked to grow them; 日本")},
                       {40, Quadrant::Deprioritize, QString()}};
    Scenario baseline;
    baseline.id = 2;
    baseline.name = QStringLiteral("Baseline");
    baseline.potentialThreshold = 50.0;
    baseline.readinessThreshold = 0.0;
    for (size_t p = 0; p < baseline.profiles.size(); ++p)
        for (int c = 0; c < CriterionCount; ++c)
            baseline.profiles[p].weights[size_t(c)] = c == 3 ? 0.0 : double(c + 1) / 3.0;
    baseline.overrides = {{7, Quadrant::Invest, QStringLiteral("Strategic")}};
    d.scenarios = {reach, baseline};
    d.activeScenarioId = 2;
    // A rejected link suggestion (format 6).
    d.rejectedLinks = {{3, 40}};
    return d;
}

/// A generated portfolio of the given size; `seed` makes two calls differ reproducibly.
inline PortfolioData generatedPortfolio(int partnerCount, int icpCount, int linksPerPartner,
                                        unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    PortfolioData d;
    d.info.name = QStringLiteral("Generated %1").arg(seed);
    d.info.fiscalYear = 2026;
    const auto &models = enumValues<PartnerModel>();
    for (int i = 1; i <= icpCount; ++i) {
        Icp icp;
        icp.id = i;
        icp.name = QStringLiteral("ICP %1-%2").arg(seed).arg(i);
        icp.regions = {QStringLiteral("EMEA"), QStringLiteral("APAC")};
        icp.priorityWeight = 1 + pick(9);
        d.icps.push_back(icp);
    }
    d.partners.reserve(size_t(partnerCount));
    for (int i = 1; i <= partnerCount; ++i) {
        Partner p;
        p.id = i;
        p.name = QStringLiteral("Partner %1 of run %2").arg(i).arg(seed);
        p.website = QStringLiteral("partner%1.example").arg(i);
        p.model = models[size_t(pick(int(models.size())))];
        p.status = PartnerStatus(pick(5));
        p.tier = PartnerTier(pick(5));
        p.regions = {QStringLiteral("EMEA")};
        p.ratings.capability = 1 + pick(5);
        p.economics.sourcedRevenue = pick(1000000);
        p.enrolledOn = QDate(2020, 1, 1).addDays(pick(1500));
        if (i > 10 && pick(4) == 0)
            p.upstreamId = 1 + pick(10);
        d.partners.push_back(p);
    }
    Id linkId = 1;
    for (int i = 1; i <= partnerCount; ++i) {
        const int first = pick(icpCount);
        for (int k = 0; k < linksPerPartner && k < icpCount; ++k) {
            InfluenceLink l;
            l.id = linkId++;
            l.icpId = 1 + (first + k) % icpCount;
            l.partnerId = i;
            l.strength = pick(6);
            l.role = LinkRole(pick(5));
            d.links.push_back(l);
        }
    }
    Scenario scenario;
    scenario.id = 1;
    scenario.name = QStringLiteral("Scenario %1").arg(seed);
    scenario.potentialThreshold = 40 + pick(20);
    for (WeightProfile &profile : scenario.profiles)
        for (double &weight : profile.weights)
            weight = pick(10);
    if (partnerCount > 0)
        scenario.overrides = {{1 + pick(partnerCount), Quadrant(pick(4)), QStringLiteral("n")}};
    d.scenarios = {scenario};
    d.activeScenarioId = 1;
    return d;
}

} // namespace ps::test

namespace ps::test {

/// The two portfolios ps_savehammer alternates between: big enough that a save takes a while
/// (so kills land mid-save), different in every table.
inline PortfolioData hammerPortfolio(int which) {
    return which == 0 ? generatedPortfolio(3000, 20, 3, 11) : generatedPortfolio(2500, 25, 4, 12);
}

} // namespace ps::test
