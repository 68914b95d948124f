// SPDX-License-Identifier: GPL-3.0-or-later
// The layered channel of the demo (seed 000): distributors buy in volume, resellers and VARs
// buy through them and carry the combined device-plus-software offer to end customers.
#include "core/demo/demo_tables.h"

namespace ps::demo {
namespace {

using M = PartnerModel;
using S = PartnerStatus;
using T = PartnerTier;
using D = Decision;

// clang-format off
const PartnerRow channelRows[] = {
    // ---- distributors: large sourced revenue, the volume engine of the OEM programs
    {Northgate, "Northgate Distribution", "northgate-distribution.example",
     M::Distributor, S::Active, T::Platinum, "EMEA;DACH;Benelux", "Retail;Logistics;Healthcare", NoUpstream,
     {5, 4, 4, 4, 3}, 6, {2450, 620, 3100, 132, 47}, {180, 60, 140, 45},
     "2018-04-09", "2018-06-21", D::Invest, "Helena Brandt", "Agree the FY26 joint business plan and volume rebate", "yvps",
     "Largest volume in EMEA; stocks Kestrel and Tillpoint devices pre-loaded with Lumora."},
    {PacificRim, "Pacific Rim Tech Supply", "pacrim-techsupply.example",
     M::Distributor, S::Active, T::Gold, "APAC", "Retail;Manufacturing;Logistics", NoUpstream,
     {4, 3, 3, 3, 3}, 3, {1320, 240, 1650, 71, 30}, {90, 35, 60, 30},
     "2020-02-17", "2020-05-04", D::Develop, "Aiko Tanaka", "Recruit three more VARs in Japan and Australia", "yvp-",
     "Strong in Japan and Australia, thin in South-East Asia. Renewals ownership never agreed."},
    {Meridian, "Meridian Channel Group", "meridian-channel.example",
     M::Distributor, S::Active, T::Platinum, "North America", "Healthcare;Retail;Logistics;Public sector", NoUpstream,
     {5, 5, 4, 5, 2}, 7, {2980, 810, 3900, 154, 52}, {210, 70, 160, 55},
     "2017-09-01", "2017-11-15", D::Invest, "Helena Brandt", "Launch the clinical device bundle with Medisync", "yvss",
     "Best-run distributor; its healthcare desk is the main route to US hospital systems."},
    {Andes, "Andes Digital Distribución", "andes-digital.example",
     M::Distributor, S::Onboarding, T::Silver, "LATAM", "Retail;Logistics", NoUpstream,
     {5, 3, 2, 4, 3}, 1, {0, 0, 420, 0, 0}, {20, 45, 0, 25},
     "2025-06-02", "", D::Develop, "Marco Ruiz", "First stocking order and two certified pre-sales engineers", "y-p-",
     "Covers Mexico, Colombia and Chile. Pricing agreed; support split still under discussion."},
    {BalticBridge, "Baltic Bridge Distribution", "balticbridge.example",
     M::Distributor, S::Dormant, T::Silver, "Nordics", "Logistics;Public sector", NoUpstream,
     {3, 2, 3, 1, 4}, 2, {85, 20, 60, 4, 9}, {70, 30, 40, 35},
     "2021-03-15", "2021-09-30", D::Exit, "Marco Ruiz", "Move the Nordic resellers to Northgate before renewal", "n---",
     "Funded for two years; volume never came. Its two resellers are the only reason to keep it."},

    // ---- resellers: buy through a distributor, resell devices with Lumora licences
    {Brightshelf, "Brightshelf Handelssysteme", "brightshelf.example",
     M::Reseller, S::Active, T::Gold, "DACH", "Retail", Northgate,
     {3, 4, 3, 4, 2}, 3, {410, 90, 520, 38, 17}, {25, 10, 40, 5},
     "2019-05-06", "2019-07-18", D::Maintain, "Jonas Weber", "Quarterly pipeline review", "ypps",
     "Sells Tillpoint POS estates to grocery and fashion chains in Germany and Austria."},
    {LedgerLane, "Ledger & Lane Retail Systems", "ledgerlane.example",
     M::Reseller, S::Active, T::Silver, "UK & Ireland", "Retail;Hospitality", Northgate,
     {3, 3, 3, 3, 3}, 2, {265, 60, 340, 24, 15}, {15, 8, 12, 5},
     "2020-01-20", "2020-04-02", D::None, "", "", "ypp-",
     "Some pub and restaurant chains among its POS customers; never pitched device management."},
    {Caribou, "Caribou Tech Resellers", "caribou-tech.example",
     M::Reseller, S::Active, T::Gold, "North America", "Logistics;Retail", Meridian,
     {4, 3, 3, 4, 2}, 4, {520, 110, 690, 45, 21}, {30, 12, 55, 6},
     "2018-10-01", "2018-12-10", D::Invest, "Helena Brandt", "Co-fund a warehouse-tablet campaign with Kestrel", "ypps",
     "Rugged tablets for warehouse and yard operations across Canada and the US Midwest."},
    {HarbourIt, "Harbour IT Solutions", "harbour-it.example",
     M::Reseller, S::Active, T::Silver, "APAC", "Logistics;Manufacturing", PacificRim,
     {3, 3, 3, 3, 3}, 2, {190, 40, 260, 17, 11}, {12, 8, 10, 6},
     "2021-07-12", "2021-11-03", D::None, "", "", "y---",
     "Port and logistics accounts in Singapore and Sydney. Pricing is the only agreed item."},
    {SolYRed, "Sol y Red Soluciones", "solyred.example",
     M::Reseller, S::Active, T::Registered, "LATAM", "Retail", Andes,
     {2, 3, 2, 3, 3}, 1, {60, 10, 140, 6, 5}, {5, 6, 0, 4},
     "2024-09-09", "2025-01-27", D::Develop, "Marco Ruiz", "Pair with Andes on the first supermarket rollout", "yp--",
     "Small but eager; first deals were direct-billed before Andes signed."},
    {Fjordline, "Fjordline Solutions", "fjordline.example",
     M::Reseller, S::Dormant, T::Registered, "Nordics", "Logistics", BalticBridge,
     {2, 2, 2, 1, 4}, 1, {12, 0, 30, 1, 4}, {10, 8, 5, 6},
     "2021-10-04", "2022-05-16", D::None, "", "", "n---",
     "One deal in four years. Buys through Baltic Bridge, so its fate follows that decision."},
    {Tricolore, "Tricolore Informatique", "tricolore-informatique.example",
     M::Reseller, S::Prospect, T::None, "France", "Retail;Hospitality", Northgate,
     {3, 3, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::None, "", "", "n---",
     "Introduced by Northgate France; wants exclusivity for hotel chains, which we will not give."},
    {Keystone, "Keystone Office Systems", "keystone-office.example",
     M::Reseller, S::Exited, T::Registered, "North America", "Public sector", Meridian,
     {2, 1, 2, 1, 4}, 0, {35, 0, 0, 3, 8}, {0, 0, 0, 0},
     "2019-02-11", "2019-08-26", D::Exit, "Helena Brandt", "", "nv--",
     "Left in 2024 after moving to copier leasing. Installed base handed to Stadtwerk-style VARs."},
    {Copperleaf, "Copperleaf Retail Technology", "copperleaf-rt.example",
     M::Reseller, S::Onboarding, T::Registered, "North America", "Retail;Hospitality", Meridian,
     {3, 4, 2, 4, 3}, 1, {0, 0, 310, 0, 0}, {8, 22, 0, 10},
     "2025-08-18", "", D::Develop, "Priya Nair", "Finish sales certification; joint call plan for quick-service chains", "y---",
     "Brought by Meridian; strong with quick-service restaurant franchisees."},

    // ---- value-added resellers: add integration and services around the devices
    {MedtechRhein, "Medtech Integrations Rhein", "medtech-rhein.example",
     M::ValueAddedReseller, S::Active, T::Gold, "DACH", "Healthcare", Northgate,
     {4, 5, 5, 4, 2}, 5, {640, 230, 880, 29, 9}, {35, 25, 30, 20},
     "2018-11-05", "2019-02-14", D::Invest, "Jonas Weber", "Reference visit at Klinikum Nord for three prospects", "yssp",
     "Deploys Medisync carts with Lumora in 40 German hospitals; the reference partner for DACH."},
    {ClinicFlow, "ClinicFlow Partners", "clinicflow.example",
     M::ValueAddedReseller, S::Active, T::Silver, "UK & Ireland", "Healthcare", Northgate,
     {3, 5, 4, 3, 3}, 3, {310, 140, 520, 16, 8}, {20, 15, 10, 15},
     "2020-06-22", "2020-10-01", D::Develop, "Priya Nair", "NHS framework listing by Q2", "yp--",
     "Strong clinical credibility; customer success and renewals never assigned."},
    {RuggedMobility, "Rugged Mobility Group", "ruggedmobility.example",
     M::ValueAddedReseller, S::Active, T::Platinum, "North America", "Logistics;Utilities;Public sector", Meridian,
     {5, 4, 5, 5, 2}, 6, {890, 260, 1240, 51, 14}, {60, 30, 45, 25},
     "2017-12-04", "2018-02-19", D::Invest, "Helena Brandt", "Three-year plan with committed field-service targets", "yppp",
     "Runs device staging and depot repair; the top VAR worldwide."},
    {Fieldpoint, "Fieldpoint Systems", "fieldpoint.example",
     M::ValueAddedReseller, S::Active, T::Gold, "EMEA;Benelux", "Utilities;Logistics", Northgate,
     {4, 4, 4, 3, 3}, 4, {470, 120, 610, 27, 13}, {25, 15, 20, 15},
     "2019-03-25", "2019-06-10", D::Maintain, "Jonas Weber", "", "yvp-",
     "Field-service tablets for utilities in the Netherlands and Belgium."},
    {StadtwerkIt, "Stadtwerk IT-Service", "stadtwerk-it.example",
     M::ValueAddedReseller, S::Active, T::Silver, "DACH", "Public sector;Utilities", Northgate,
     {3, 4, 4, 4, 3}, 3, {280, 70, 450, 14, 6}, {10, 15, 5, 10},
     "2021-01-11", "2021-05-20", D::Develop, "Jonas Weber", "Joint bid for the Bavarian police tablet tender", "yppp",
     "Municipal and police customers; long sales cycles, sticky renewals."},
    {Sakura, "Sakura Mobile Solutions", "sakura-mobile.example",
     M::ValueAddedReseller, S::Active, T::Gold, "APAC", "Manufacturing;Retail", PacificRim,
     {4, 4, 4, 3, 3}, 3, {420, 90, 560, 22, 10}, {25, 15, 15, 20},
     "2020-04-13", "2020-08-24", D::None, "", "", "ypp-",
     "Factory-floor handhelds in Japan; asks for Japanese-language support we do not have."},
    {Velox, "Velox Retail Systems", "velox-retail.example",
     M::ValueAddedReseller, S::Onboarding, T::Registered, "Southern Europe", "Retail;Hospitality", Northgate,
     {3, 3, 3, 4, 3}, 1, {0, 0, 240, 0, 0}, {10, 20, 0, 12},
     "2025-04-07", "", D::Develop, "Priya Nair", "Pilot with a Spanish supermarket chain", "----",
     "Onboarding in Spain and Italy; nothing of the joint commercial model agreed yet."},
    {Pampas, "Pampas Digital", "pampas-digital.example",
     M::ValueAddedReseller, S::Prospect, T::None, "LATAM", "Logistics;Manufacturing", Andes,
     {2, 3, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::None, "", "", "----",
     "Argentinian integrator for agribusiness logistics; introduced by Andes."},
    {NorthstarEdge, "Northstar Edge", "northstar-edge.example",
     M::ValueAddedReseller, S::Dormant, T::Silver, "Nordics", "Manufacturing;Logistics", BalticBridge,
     {3, 3, 3, 1, 4}, 2, {40, 10, 50, 2, 6}, {25, 20, 10, 15},
     "2021-06-14", "2021-12-01", D::Maintain, "Marco Ruiz", "One more quarter, then decide with Baltic Bridge", "yv--",
     "Certified two engineers, then its champion left; investment without outcome since."},
};
// clang-format on

} // namespace

void appendChannelPartners(std::vector<Partner> &partners) {
    for (const PartnerRow &row : channelRows)
        partners.push_back(toPartner(row));
}

} // namespace ps::demo
