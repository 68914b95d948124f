// SPDX-License-Identifier: GPL-3.0-or-later
// Partners that open doors rather than carry product: referral partners (small sourced
// revenue, paid by fee), agencies (demand generation) and affiliates or industry alliances.
#include "core/demo/demo_tables.h"

namespace ps::demo {
namespace {

using M = PartnerModel;
using S = PartnerStatus;
using T = PartnerTier;
using D = Decision;

// clang-format off
const PartnerRow influencerRows[] = {
    // ---- referral partners
    {Ridgeway, "Ridgeway Healthcare Advisory", "ridgeway-advisory.example",
     M::Referral, S::Active, T::Silver, "North America", "Healthcare", NoUpstream,
     {3, 4, 2, 4, 1}, 0, {95, 40, 210, 4, 2}, {0, 5, 12, 0},
     "2020-05-11", "2020-09-21", D::Maintain, "Priya Nair", "", "n-v-",
     "Former hospital CIOs; their referrals close at twice the direct win rate."},
    {Cartwright, "Cartwright Retail Advisors", "cartwright-advisors.example",
     M::Referral, S::Active, T::Registered, "UK & Ireland;EMEA", "Retail;Hospitality", NoUpstream,
     {2, 3, 2, 3, 1}, 0, {45, 10, 90, 2, 3}, {0, 2, 6, 0},
     "2021-11-15", "2022-04-04", D::None, "", "", "----",
     "Retail operations consultants; occasional referrals, no written agreement."},
    {Greenfield, "Greenfield Logistics Consulting", "greenfield-logistics.example",
     M::Referral, S::Active, T::Registered, "EMEA;DACH", "Logistics", NoUpstream,
     {3, 3, 2, 3, 1}, 0, {60, 15, 120, 3, 1}, {0, 2, 8, 0},
     "2022-03-07", "2022-07-25", D::None, "", "", "y---",
     "Warehouse design consultancy; refers when a client specifies rugged tablets."},
    {Vanta, "Vanta Procurement Advisors", "vanta-procurement.example",
     M::Referral, S::Dormant, T::Registered, "DACH;EMEA", "Public sector", NoUpstream,
     {2, 2, 0, 1, 2}, 0, {0, 0, 0, 0, 1}, {5, 10, 0, 0},
     "2022-09-12", "", D::Exit, "Jonas Weber", "Close the agreement at year end", "n---",
     "Tender advisors; signed with fanfare, never referred a deal."},
    {HarlowFinch, "Harlow & Finch Hospitality Advisors", "harlow-finch.example",
     M::Referral, S::Prospect, T::None, "UK & Ireland;Southern Europe", "Hospitality", NoUpstream,
     {2, 3, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::None, "", "", "----",
     "Advise hotel groups on guest technology; could open the hospitality ICP."},
    {Oakmont, "Oakmont CIO Network", "oakmont-cio.example",
     M::Referral, S::Active, T::Silver, "North America", "Retail;Logistics;Healthcare", NoUpstream,
     {3, 3, 0, 3, 1}, 0, {110, 30, 260, 5, 4}, {0, 3, 15, 0},
     "2021-02-22", "2021-06-07", D::Maintain, "Helena Brandt", "", "n---",
     "Peer network of enterprise CIOs; capability never rated because it does not deliver."},

    // ---- agencies
    {Pixelhaus, "Pixelhaus Agentur", "pixelhaus.example",
     M::Agency, S::Active, T::Registered, "DACH", "Retail;Healthcare", NoUpstream,
     {2, 3, 3, 4, 2}, 0, {0, 160, 240, 0, 0}, {40, 0, 0, 0},
     "2022-01-17", "2022-04-11", D::Maintain, "Jonas Weber", "", "yv--",
     "Runs our DACH webinars and partner MDF campaigns."},
    {SignalNoise, "Signal & Noise Demand Gen", "signal-noise.example",
     M::Agency, S::Active, T::Registered, "North America", "Healthcare;Logistics", NoUpstream,
     {3, 3, 3, 3, 2}, 0, {15, 210, 380, 1, 0}, {55, 0, 0, 0},
     "2021-08-30", "2021-11-29", D::Develop, "Helena Brandt", "Measure pipeline per campaign before renewing", "yv--",
     "Account-based campaigns for Meridian's healthcare desk."},
    {Lighthouse, "Lighthouse Events", "lighthouse-events.example",
     M::Agency, S::Dormant, T::Registered, "EMEA", "Retail;Hospitality", NoUpstream,
     {2, 2, 2, 1, 3}, 0, {0, 20, 0, 0, 0}, {30, 0, 0, 0},
     "2022-05-23", "2022-10-17", D::None, "", "", "n---",
     "Event agency; the hospitality roadshow it ran produced no pipeline."},
    {Brandcraft, "Brandcraft APAC", "brandcraft-apac.example",
     M::Agency, S::Onboarding, T::None, "APAC", "Manufacturing;Retail", NoUpstream,
     {2, 3, 0, 3, 2}, 0, {0, 0, 60, 0, 0}, {15, 0, 0, 0},
     "2025-09-01", "", D::None, "", "", "yv--",
     "Localises partner campaigns for Pacific Rim's resellers."},

    // ---- affiliates and alliances
    {RetailTechAlliance, "RetailTech Alliance", "retailtech-alliance.example",
     M::Affiliate, S::Active, T::Silver, "EMEA;North America", "Retail;Hospitality", NoUpstream,
     {4, 3, 0, 3, 2}, 0, {0, 340, 400, 0, 0}, {25, 0, 0, 0},
     "2019-10-07", "2020-03-02", D::Maintain, "Marco Ruiz", "", "n---",
     "Industry body for store technology; standards work gives us visibility with buyers."},
    {ConnectedCare, "Connected Care Alliance", "connectedcare.example",
     M::Affiliate, S::Active, T::Gold, "North America;UK & Ireland;DACH", "Healthcare", NoUpstream,
     {4, 5, 0, 4, 2}, 1, {20, 520, 700, 1, 0}, {30, 5, 0, 5},
     "2018-09-17", "2019-02-25", D::Invest, "Priya Nair", "Chair the device-security working group", "n---",
     "Interoperability alliance of clinical device makers; Medisync and Caremesh are members."},
    {FieldServiceForum, "Field Service Forum", "fieldservice-forum.example",
     M::Affiliate, S::Active, T::Registered, "EMEA;North America", "Utilities;Logistics", NoUpstream,
     {3, 3, 0, 2, 2}, 0, {0, 150, 180, 0, 0}, {10, 0, 0, 0},
     "2021-03-29", "2021-10-04", D::None, "", "", "n---",
     "Practitioner community; influence on utilities is real but hard to attribute."},
    {IndustrialEdge, "Industrial Edge Consortium", "industrial-edge.example",
     M::Affiliate, S::Active, T::Registered, "DACH;APAC", "Manufacturing", NoUpstream,
     {3, 4, 0, 3, 2}, 1, {0, 230, 310, 0, 0}, {15, 5, 0, 0},
     "2022-06-13", "2023-01-16", D::Develop, "Jonas Weber", "Publish the shop-floor reference design with Forgeline", "n---",
     "Edge-computing consortium; members include Ironbark and Brennwald."},
    {OpenKiosk, "Open Kiosk Initiative", "openkiosk.example",
     M::Affiliate, S::Exited, T::None, "EMEA", "Hospitality;Public sector", NoUpstream,
     {1, 2, 0, 1, 3}, 0, {0, 10, 0, 0, 0}, {0, 0, 0, 0},
     "2020-07-20", "2021-05-03", D::Exit, "Marco Ruiz", "", "n---",
     "Lapsed membership; the initiative stalled in 2023."},
};
// clang-format on

} // namespace

void appendInfluencerPartners(std::vector<Partner> &partners) {
    for (const PartnerRow &row : influencerRows)
        partners.push_back(toPartner(row));
}

} // namespace ps::demo
