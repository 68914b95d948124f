// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <vector>

/// Internal to the demo portfolio: the row formats of its data tables and the named ids that
/// let the link and deal tables refer to partners by name instead of by number.
namespace ps::demo {

/// ICP ids of the demo.
enum IcpId : Id {
    Clinical = 1,
    Retail,
    Field,
    Factory,
    Public,
    Hospitality,
};

/// Partner ids of the demo, grouped by partner model in table order.
enum PartnerId : Id {
    NoUpstream = 0,
    // distributors
    Northgate = 1,
    PacificRim,
    Meridian,
    Andes,
    BalticBridge,
    // resellers
    Brightshelf,
    LedgerLane,
    Caribou,
    HarbourIt,
    SolYRed,
    Fjordline,
    Tricolore,
    Keystone,
    Copperleaf,
    // value-added resellers
    MedtechRhein,
    ClinicFlow,
    RuggedMobility,
    Fieldpoint,
    StadtwerkIt,
    Sakura,
    Velox,
    Pampas,
    NorthstarEdge,
    // OEMs
    Kestrel,
    Tillpoint,
    Medisync,
    Ironbark,
    Corvid,
    Solano,
    // ISVs
    Caremesh,
    ShelfWise,
    Routewise,
    Forgeline,
    Keyvault,
    Guestly,
    Civitas,
    // systems integrators (ps::demo::Quadrant is a partner; write ps::Quadrant for the enum)
    Atlas,
    Brennwald,
    Verity,
    Quadrant,
    Takumi,
    Orbis,
    // service delivery
    Edgecare,
    DeviceOps,
    NordicField,
    MercatoServices,
    SentinelClinical,
    KiwiManaged,
    Lanterna,
    // referral
    Ridgeway,
    Cartwright,
    Greenfield,
    Vanta,
    HarlowFinch,
    Oakmont,
    // agencies
    Pixelhaus,
    SignalNoise,
    Lighthouse,
    Brandcraft,
    // affiliates and alliances
    RetailTechAlliance,
    ConnectedCare,
    FieldServiceForum,
    IndustrialEdge,
    OpenKiosk,
};

/// Ratings 1-5; 0 means "not rated yet".
struct RatingsRow {
    int reach, fit, capability, commitment, costToServe;
};

/// Outcomes, amounts in thousands of the portfolio currency.
struct OutcomeRow {
    double sourced, influenced, pipeline;
    int won, lost;
};

/// Investment by kind, in thousands of the portfolio currency.
struct SpendRow {
    double mdf, enablement, incentives, technicalSupport;
};

/// One partner. Lists are ';'-separated; dates are ISO (empty: none). `commercial` encodes the
/// joint commercial model as pricing agreed (y/n) then the support, customer-success and
/// renewal owners (v = vendor, p = partner, s = shared, - = not agreed), e.g. "yvps".
struct PartnerRow {
    PartnerId id;
    const char *name;
    const char *website;
    PartnerModel model;
    PartnerStatus status;
    PartnerTier tier;
    const char *regions;
    const char *industries;
    PartnerId upstream;
    RatingsRow ratings;
    int certifications;
    OutcomeRow outcome;
    SpendRow spend;
    const char *enrolledOn;
    const char *firstCommercialOn;
    Decision decision;
    const char *decisionOwner;
    const char *nextStep;
    const char *commercial;
    const char *notes;
};

Partner toPartner(const PartnerRow &row);

/// Distributors, resellers and value-added resellers: the layered channel of seed 000.
void appendChannelPartners(std::vector<Partner> &partners);
/// OEMs, ISVs, systems integrators and service partners.
void appendEcosystemPartners(std::vector<Partner> &partners);
/// Referral partners, agencies and affiliates/alliances.
void appendInfluencerPartners(std::vector<Partner> &partners);

std::vector<Icp> demoIcps();
std::vector<InfluenceLink> demoLinks();
std::vector<OemDeal> demoOemDeals();
/// The activity and deal logs (April 2024 to March 2026) for the partners, links and ICPs
/// already in `data`.
void addLogs(PortfolioData &data);

/// Our account list and three partners' lists (demo_accounts.cpp); after the logs, whose
/// open deals mark our accounts.
void addAccounts(PortfolioData &data);

/// Contract minimums, the investment history and the Baseline scenario's plan; after the logs
/// and the scenarios (demo_plan.cpp).
void addPlanning(PortfolioData &data);

/// Scenario ids of the demo.
enum ScenarioId : Id {
    BaselineScenario = 1,
    ReachFirstScenario,
};

/// "Baseline" (the default weights, with one override) and "Reach first".
std::vector<Scenario> demoScenarios();

} // namespace ps::demo
