// SPDX-License-Identifier: GPL-3.0-or-later
// The ecosystem of the demo: hardware OEMs that embed or certify Lumora (seed 000), ISVs it
// integrates with, systems integrators and service partners (seed 001's partnership types).
#include "core/demo/demo_tables.h"

namespace ps::demo {
namespace {

using M = PartnerModel;
using S = PartnerStatus;
using T = PartnerTier;
using D = Decision;

// clang-format off
const PartnerRow ecosystemRows[] = {
    // ---- OEMs: royalties show up as sourced revenue; the channel behind them as influence
    {Kestrel, "Kestrel Rugged Devices", "kestrel-rugged.example",
     M::Oem, S::Active, T::Platinum, "EMEA;North America;APAC", "Logistics;Utilities;Public sector", NoUpstream,
     {5, 5, 4, 4, 3}, 4, {1480, 2100, 1900, 18, 3}, {90, 40, 0, 120},
     "2018-01-15", "2018-07-01", D::Invest, "Sam Okafor", "Move from certified component to white-label on the X9 line", "yvss",
     "Lumora is a certified add-on on every Kestrel rugged tablet; reps quote the joint SKU."},
    {Tillpoint, "Tillpoint Terminals", "tillpoint.example",
     M::Oem, S::Active, T::Gold, "EMEA;LATAM", "Retail;Hospitality", NoUpstream,
     {4, 4, 4, 3, 3}, 3, {960, 1250, 1300, 9, 2}, {60, 25, 0, 90},
     "2019-09-02", "2020-03-16", D::Maintain, "Sam Okafor", "Renegotiate the escalator before volume doubles", "yvp-",
     "White-label device manager on Tillpoint POS terminals; exclusive in retail POS."},
    {Medisync, "Medisync Devices", "medisync-devices.example",
     M::Oem, S::Active, T::Platinum, "North America;DACH;UK & Ireland", "Healthcare", NoUpstream,
     {4, 5, 5, 5, 2}, 5, {1720, 1900, 2400, 12, 1}, {80, 30, 0, 150},
     "2017-06-19", "2018-01-08", D::Invest, "Sam Okafor", "Joint roadmap review for the 2027 cart platform", "yvvs",
     "Lumora ships fully embedded in Medisync medication carts and bedside terminals."},
    {Ironbark, "Ironbark Industrial PCs", "ironbark-ipc.example",
     M::Oem, S::Onboarding, T::Silver, "DACH;APAC", "Manufacturing", NoUpstream,
     {4, 4, 3, 3, 4}, 1, {0, 0, 650, 0, 0}, {20, 30, 0, 80},
     "2025-03-03", "", D::Develop, "Sam Okafor", "Finish certification of the IPC-7 panel PC", "y---",
     "Certification engineering is expensive; only pricing is agreed so far."},
    {Corvid, "Corvid Mobility", "corvid-mobility.example",
     M::Oem, S::Dormant, T::Silver, "North America", "Retail;Logistics", NoUpstream,
     {3, 2, 3, 1, 4}, 2, {60, 80, 0, 1, 2}, {40, 10, 0, 70},
     "2020-11-09", "2021-08-23", D::Exit, "Sam Okafor", "Decide at the contract anniversary whether to let it lapse", "nv--",
     "Certified on two handhelds that Corvid's reps never quote; no pre-loaded devices."},
    {Solano, "Solano Kiosk Works", "solano-kiosk.example",
     M::Oem, S::Prospect, T::None, "Southern Europe;EMEA", "Hospitality;Retail;Public sector", NoUpstream,
     {3, 2, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::None, "Sam Okafor", "Score the strategic-tier offer against the four conditions", "----",
     "Offers its top OEM tier with a large setup fee; kiosks are a new segment for us."},

    // ---- ISVs: integrations that make Lumora part of another product's story
    {Caremesh, "Caremesh Clinical Software", "caremesh.example",
     M::Isv, S::Active, T::Gold, "North America;UK & Ireland", "Healthcare", NoUpstream,
     {4, 5, 4, 4, 2}, 2, {120, 1150, 1400, 8, 3}, {20, 15, 0, 30},
     "2019-04-29", "2019-10-14", D::Invest, "Marco Ruiz", "Joint listing in the Caremesh marketplace", "yvvs",
     "Its EHR bedside app runs on Lumora-managed devices; co-sells into hospital IT."},
    {ShelfWise, "ShelfWise Retail Cloud", "shelfwise.example",
     M::Isv, S::Active, T::Silver, "EMEA;North America", "Retail", NoUpstream,
     {4, 4, 3, 3, 3}, 1, {60, 720, 860, 5, 4}, {15, 10, 0, 20},
     "2020-09-14", "2021-02-01", D::Maintain, "Marco Ruiz", "", "yv--",
     "Store-operations app on POS and handhelds; influences device choice, rarely sources."},
    {Routewise, "Routewise Telematics", "routewise.example",
     M::Isv, S::Active, T::Gold, "EMEA;North America;APAC", "Logistics;Utilities", NoUpstream,
     {4, 4, 4, 4, 2}, 2, {95, 880, 1050, 7, 2}, {20, 10, 0, 25},
     "2019-11-25", "2020-04-20", D::Invest, "Marco Ruiz", "Bundle offer for fleets over 500 vehicles", "yvss",
     "Fleet telematics on rugged tablets; a natural pair with Kestrel and Rugged Mobility."},
    {Forgeline, "Forgeline MES", "forgeline-mes.example",
     M::Isv, S::Active, T::Silver, "DACH;APAC", "Manufacturing", NoUpstream,
     {3, 4, 4, 3, 3}, 1, {40, 410, 620, 4, 3}, {10, 10, 0, 20},
     "2021-05-10", "2021-11-22", D::Develop, "Jonas Weber", "Reference architecture with Ironbark", "y-v-",
     "Shop-floor MES; wants Lumora pre-integrated on Ironbark panel PCs."},
    {Keyvault, "Keyvault Identity", "keyvault-id.example",
     M::Isv, S::Onboarding, T::Registered, "EMEA;North America", "Healthcare;Public sector", NoUpstream,
     {3, 5, 3, 3, 2}, 0, {0, 60, 300, 0, 0}, {5, 10, 0, 15},
     "2025-05-19", "", D::None, "", "", "y---",
     "Badge-tap login for shared clinical devices; integration in test."},
    {Guestly, "Guestly Hospitality Platform", "guestly.example",
     M::Isv, S::Prospect, T::None, "EMEA;North America", "Hospitality", NoUpstream,
     {3, 3, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::Develop, "Marco Ruiz", "Discovery workshop on managed guest-facing tablets", "----",
     "Hotel property-management platform; the most promising way into hospitality groups."},
    {Civitas, "Civitas Case Management", "civitas-case.example",
     M::Isv, S::Exited, T::Registered, "UK & Ireland", "Public sector", NoUpstream,
     {2, 2, 3, 1, 3}, 0, {0, 45, 0, 1, 3}, {0, 0, 0, 0},
     "2020-02-03", "2020-09-07", D::Exit, "Marco Ruiz", "", "n---",
     "Acquired in 2024; the acquirer bundles a competing device manager."},

    // ---- systems integrators: deliver large rollouts, influence far more than they source
    {Atlas, "Atlas Digital Consulting", "atlas-digital.example",
     M::SystemsIntegrator, S::Active, T::Platinum, "EMEA;North America;APAC", "Healthcare;Retail;Logistics;Manufacturing", NoUpstream,
     {5, 4, 4, 3, 3}, 8, {350, 1900, 2600, 11, 6}, {50, 40, 0, 40},
     "2018-03-12", "2018-09-03", D::Invest, "Helena Brandt", "Name a global alliance lead on their side", "ysss",
     "Global SI; wins big rollouts but every account team plays by its own rules."},
    {Brennwald, "Brennwald & Partner", "brennwald-partner.example",
     M::SystemsIntegrator, S::Active, T::Gold, "DACH", "Manufacturing;Utilities", NoUpstream,
     {3, 4, 5, 4, 3}, 4, {180, 760, 940, 6, 2}, {15, 20, 0, 25},
     "2019-08-19", "2020-01-13", D::Maintain, "Jonas Weber", "", "ypp-",
     "Mid-sized German SI for factory IT; renewal ownership open."},
    {Verity, "Verity Health Systems Integration", "verity-hsi.example",
     M::SystemsIntegrator, S::Active, T::Gold, "North America", "Healthcare", NoUpstream,
     {4, 5, 5, 4, 2}, 5, {260, 1320, 1700, 9, 3}, {25, 25, 0, 30},
     "2018-07-23", "2018-12-17", D::Invest, "Priya Nair", "Co-present at the HIMSS partner pavilion", "ypps",
     "Integrates clinical device fleets for US hospital systems; pulls Medisync carts."},
    {Quadrant, "Quadrant Public Services", "quadrant-ps.example",
     M::SystemsIntegrator, S::Active, T::Silver, "UK & Ireland", "Public sector", NoUpstream,
     {3, 3, 4, 3, 3}, 2, {90, 380, 700, 3, 4}, {10, 10, 0, 15},
     "2021-09-06", "2022-06-27", D::None, "", "", "yp--",
     "Wins field-worker programmes for councils; pricing agreed, the rest open."},
    {Takumi, "Takumi Integration", "takumi-integration.example",
     M::SystemsIntegrator, S::Onboarding, T::Registered, "APAC", "Manufacturing", NoUpstream,
     {3, 4, 4, 3, 3}, 1, {0, 0, 480, 0, 0}, {5, 25, 0, 20},
     "2025-02-24", "", D::Develop, "Aiko Tanaka", "Joint pilot at an automotive supplier", "y-p-",
     "Factory automation integrator in Japan; onboarding with Sakura as delivery partner."},
    {Orbis, "Orbis Hospitality Technology", "orbis-hospitality.example",
     M::SystemsIntegrator, S::Prospect, T::None, "EMEA;Southern Europe", "Hospitality", NoUpstream,
     {2, 3, 0, 0, 0}, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0},
     "", "", D::None, "", "", "----",
     "Integrates hotel IT for resort groups; met at a trade fair, no follow-up yet."},

    // ---- service delivery and managed services: run the fleets after the sale
    {Edgecare, "Edgecare Managed Services", "edgecare.example",
     M::ServiceDelivery, S::Active, T::Gold, "EMEA;DACH", "Retail;Logistics;Healthcare", NoUpstream,
     {4, 4, 4, 4, 2}, 5, {240, 390, 520, 19, 7}, {15, 15, 10, 10},
     "2019-01-14", "2019-04-08", D::Invest, "Jonas Weber", "Managed-fleet offer for mid-size retailers", "ypps",
     "Runs 60,000 Lumora-managed devices as a service; highest renewal rate in the portfolio."},
    {DeviceOps, "DeviceOps Direct", "deviceops.example",
     M::ServiceDelivery, S::Active, T::Silver, "North America", "Logistics;Retail", NoUpstream,
     {3, 3, 4, 3, 3}, 3, {160, 220, 310, 12, 6}, {10, 10, 5, 10},
     "2020-03-30", "2020-07-13", D::Maintain, "Priya Nair", "", "yp-p",
     "Depot repair and device lifecycle for logistics fleets."},
    {NordicField, "Nordic Field Support", "nordicfield.example",
     M::ServiceDelivery, S::Active, T::Registered, "Nordics", "Utilities;Public sector", NoUpstream,
     {2, 3, 3, 4, 3}, 2, {70, 110, 160, 6, 2}, {5, 8, 0, 6},
     "2022-02-07", "2022-06-20", D::Develop, "Marco Ruiz", "Could replace Baltic Bridge for Nordic fulfilment", "ypp-",
     "Small but committed; already supports Fjordline's customers informally."},
    {MercatoServices, "Mercato Device Services", "mercato-services.example",
     M::ServiceDelivery, S::Dormant, T::Silver, "Southern Europe", "Retail;Hospitality", NoUpstream,
     {3, 2, 3, 1, 4}, 1, {15, 20, 0, 1, 2}, {20, 15, 10, 10},
     "2021-04-19", "2022-01-24", D::None, "", "", "n---",
     "Funded for a managed-POS launch in Italy that never started."},
    {SentinelClinical, "Sentinel Clinical Support", "sentinel-clinical.example",
     M::ServiceDelivery, S::Active, T::Gold, "North America;UK & Ireland", "Healthcare", NoUpstream,
     {3, 5, 4, 4, 2}, 4, {190, 340, 420, 14, 4}, {10, 15, 5, 15},
     "2019-06-24", "2019-10-28", D::Invest, "Priya Nair", "24x7 clinical device desk for two Verity accounts", "ypsp",
     "Biomedical-engineering style service desk; hospitals trust it with bedside devices."},
    {KiwiManaged, "Kiwi Managed IT", "kiwi-managed.example",
     M::ServiceDelivery, S::Onboarding, T::Registered, "APAC", "Retail;Hospitality", NoUpstream,
     {2, 3, 3, 3, 3}, 1, {0, 10, 120, 0, 0}, {0, 10, 0, 5},
     "2025-07-07", "", D::None, "", "", "----",
     "New Zealand MSP with café and hotel chains among its customers."},
    {Lanterna, "Lanterna Servicios", "lanterna-servicios.example",
     M::ServiceDelivery, S::Exited, T::Registered, "LATAM", "Retail", NoUpstream,
     {2, 2, 2, 1, 4}, 0, {10, 5, 0, 1, 2}, {0, 0, 0, 0},
     "2020-10-12", "2021-06-14", D::Exit, "Marco Ruiz", "", "n---",
     "Exited when Andes took over LATAM fulfilment."},
};
// clang-format on

} // namespace

void appendEcosystemPartners(std::vector<Partner> &partners) {
    for (const PartnerRow &row : ecosystemRows)
        partners.push_back(toPartner(row));
}

} // namespace ps::demo
