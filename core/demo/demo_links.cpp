// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's influence map: which partner influences which ICP's buyer, how strongly, and in
// what role. Healthcare is well covered; hospitality has only weak links (a coverage gap).
#include "core/demo/demo_tables.h"

namespace ps::demo {
namespace {

using R = LinkRole;

constexpr int noOverlap = -1;

struct LinkRow {
    IcpId icp;
    PartnerId partner;
    int strength; ///< 0-5
    LinkRole role;
    int overlappingAccounts; ///< noOverlap when not measured
    const char *notes;
};

// clang-format off
const LinkRow linkRows[] = {
    // distributors
    {Retail,      Northgate,    5, R::Sources,    64, "Ships most Tillpoint estates in EMEA"},
    {Field,       Northgate,    4, R::Sources,    41, ""},
    {Clinical,    Northgate,    3, R::Sources,    noOverlap, "Through Medtech Rhein and ClinicFlow"},
    {Hospitality, Northgate,    1, R::Sources,    noOverlap, ""},
    {Retail,      PacificRim,   4, R::Sources,    22, ""},
    {Factory,     PacificRim,   3, R::Sources,    noOverlap, ""},
    {Field,       PacificRim,   3, R::Sources,    noOverlap, ""},
    {Clinical,    Meridian,     5, R::Sources,    58, "Dedicated healthcare desk"},
    {Retail,      Meridian,     4, R::Sources,    37, ""},
    {Field,       Meridian,     4, R::Sources,    29, ""},
    {Public,      Meridian,     3, R::Sources,    noOverlap, "GSA schedule holder"},
    {Retail,      Andes,        2, R::Sources,    noOverlap, "Pipeline only so far"},
    {Field,       Andes,        2, R::Sources,    noOverlap, ""},
    {Field,       BalticBridge, 2, R::Sources,    noOverlap, ""},
    {Public,      BalticBridge, 1, R::Sources,    noOverlap, ""},
    // resellers
    {Retail,      Brightshelf,  4, R::Sources,    31, "Grocery and fashion chains"},
    {Retail,      LedgerLane,   3, R::Sources,    14, ""},
    {Hospitality, LedgerLane,   2, R::Sources,    6,  "Pub chains buy POS, not device management"},
    {Field,       Caribou,      4, R::Sources,    19, ""},
    {Retail,      Caribou,      2, R::Sources,    noOverlap, ""},
    {Field,       HarbourIt,    3, R::Sources,    noOverlap, "Port operators"},
    {Factory,     HarbourIt,    2, R::Sources,    noOverlap, ""},
    {Retail,      SolYRed,      2, R::Sources,    noOverlap, ""},
    {Field,       Fjordline,    1, R::Sources,    noOverlap, ""},
    {Retail,      Tricolore,    2, R::Influences, noOverlap, ""},
    {Hospitality, Tricolore,    2, R::Influences, noOverlap, "Claims hotel chain contacts, unverified"},
    {Public,      Keystone,     1, R::Sources,    noOverlap, ""},
    {Retail,      Copperleaf,   3, R::Sources,    noOverlap, ""},
    {Hospitality, Copperleaf,   2, R::Sources,    9,  "Quick-service restaurant franchisees"},
    // value-added resellers
    {Clinical,    MedtechRhein, 5, R::Delivers,   27, "Reference customer Klinikum Nord"},
    {Public,      MedtechRhein, 1, R::Delivers,   noOverlap, ""},
    {Clinical,    ClinicFlow,   4, R::Delivers,   15, ""},
    {Field,       RuggedMobility, 5, R::Delivers, 48, "Depot staging for three national carriers"},
    {Public,      RuggedMobility, 4, R::Sources,  12, ""},
    {Factory,     RuggedMobility, 2, R::Delivers, noOverlap, ""},
    {Field,       Fieldpoint,   4, R::Delivers,   18, ""},
    {Public,      Fieldpoint,   2, R::Delivers,   noOverlap, ""},
    {Public,      StadtwerkIt,  4, R::Sources,    11, "Police and municipal IT"},
    {Field,       StadtwerkIt,  3, R::Delivers,   noOverlap, "Municipal utilities"},
    {Factory,     Sakura,       4, R::Delivers,   16, ""},
    {Retail,      Sakura,       2, R::Sources,    noOverlap, ""},
    {Retail,      Velox,        3, R::Delivers,   noOverlap, ""},
    {Hospitality, Velox,        2, R::Delivers,   noOverlap, "Resort hotels in the Balearics"},
    {Field,       Pampas,       2, R::Influences, noOverlap, ""},
    {Factory,     NorthstarEdge, 2, R::Delivers,  noOverlap, ""},
    {Field,       NorthstarEdge, 1, R::Delivers,  noOverlap, ""},
    // OEMs
    {Field,       Kestrel,      5, R::Embeds,     noOverlap, "Certified joint SKU on every rugged tablet"},
    {Public,      Kestrel,      4, R::Embeds,     noOverlap, ""},
    {Factory,     Kestrel,      3, R::Embeds,     noOverlap, ""},
    {Retail,      Tillpoint,    5, R::Embeds,     noOverlap, "White-label on all POS terminals"},
    {Hospitality, Tillpoint,    2, R::Embeds,     noOverlap, "Restaurant POS line; few hotel sales"},
    {Clinical,    Medisync,     5, R::Embeds,     noOverlap, "Fully embedded in medication carts"},
    {Factory,     Ironbark,     3, R::Embeds,     noOverlap, "After certification"},
    {Retail,      Corvid,       2, R::Embeds,     noOverlap, ""},
    {Field,       Corvid,       1, R::Embeds,     noOverlap, ""},
    {Hospitality, Solano,       2, R::Embeds,     noOverlap, "Self-order kiosks, if the deal happens"},
    {Public,      Solano,       1, R::Embeds,     noOverlap, ""},
    // ISVs
    {Clinical,    Caremesh,     5, R::CoSells,    44, "Bedside EHR app"},
    {Retail,      ShelfWise,    3, R::Influences, 26, ""},
    {Field,       Routewise,    4, R::CoSells,    33, ""},
    {Public,      Routewise,    2, R::Influences, noOverlap, ""},
    {Factory,     Forgeline,    4, R::CoSells,    12, ""},
    {Clinical,    Keyvault,     3, R::Influences, noOverlap, "Badge-tap login"},
    {Public,      Keyvault,     3, R::Influences, noOverlap, ""},
    {Hospitality, Guestly,      2, R::Influences, noOverlap, "Property-management platform"},
    {Public,      Civitas,      1, R::Influences, noOverlap, ""},
    // systems integrators
    {Clinical,    Atlas,        4, R::Delivers,   23, ""},
    {Retail,      Atlas,        4, R::Delivers,   18, ""},
    {Field,       Atlas,        3, R::Delivers,   noOverlap, ""},
    {Factory,     Atlas,        3, R::Delivers,   noOverlap, ""},
    {Hospitality, Atlas,        1, R::Influences, noOverlap, ""},
    {Factory,     Brennwald,    5, R::Delivers,   21, ""},
    {Field,       Brennwald,    2, R::Delivers,   noOverlap, "Utility projects"},
    {Clinical,    Verity,       5, R::Delivers,   38, ""},
    {Public,      Quadrant,     4, R::Delivers,   9,  "Council field-worker programmes"},
    {Field,       Quadrant,     2, R::Delivers,   noOverlap, ""},
    {Factory,     Takumi,       3, R::Delivers,   noOverlap, ""},
    {Hospitality, Orbis,        2, R::Delivers,   noOverlap, "Resort groups; no joint project yet"},
    // service delivery
    {Retail,      Edgecare,     4, R::Delivers,   25, "Managed POS fleets"},
    {Field,       Edgecare,     3, R::Delivers,   noOverlap, ""},
    {Clinical,    Edgecare,     2, R::Delivers,   noOverlap, ""},
    {Field,       DeviceOps,    3, R::Delivers,   noOverlap, "Depot repair"},
    {Retail,      DeviceOps,    2, R::Delivers,   noOverlap, ""},
    {Field,       NordicField,  3, R::Delivers,   noOverlap, ""},
    {Public,      NordicField,  2, R::Delivers,   noOverlap, ""},
    {Retail,      MercatoServices, 1, R::Delivers, noOverlap, ""},
    {Hospitality, MercatoServices, 1, R::Delivers, noOverlap, ""},
    {Clinical,    SentinelClinical, 4, R::Delivers, 17, "24x7 bedside device desk"},
    {Retail,      KiwiManaged,  2, R::Delivers,   noOverlap, ""},
    {Hospitality, KiwiManaged,  2, R::Delivers,   4,  "Café and hotel chains in New Zealand"},
    {Retail,      Lanterna,     1, R::Delivers,   noOverlap, ""},
    // referral partners
    {Clinical,    Ridgeway,     4, R::Influences, 12, "Former hospital CIOs"},
    {Retail,      Cartwright,   2, R::Influences, noOverlap, ""},
    {Hospitality, Cartwright,   1, R::Influences, noOverlap, ""},
    {Field,       Greenfield,   3, R::Influences, noOverlap, "Specifies rugged tablets in warehouse designs"},
    {Public,      Vanta,        1, R::Influences, noOverlap, ""},
    {Hospitality, HarlowFinch,  1, R::Influences, noOverlap, "Advises hotel groups"},
    {Retail,      Oakmont,      3, R::Influences, noOverlap, ""},
    {Clinical,    Oakmont,      2, R::Influences, noOverlap, ""},
    {Field,       Oakmont,      2, R::Influences, noOverlap, ""},
    // agencies
    {Retail,      Pixelhaus,    2, R::Influences, noOverlap, ""},
    {Clinical,    Pixelhaus,    1, R::Influences, noOverlap, ""},
    {Clinical,    SignalNoise,  3, R::Influences, noOverlap, "Account-based campaigns"},
    {Field,       SignalNoise,  2, R::Influences, noOverlap, ""},
    {Hospitality, Lighthouse,   1, R::Influences, noOverlap, "Roadshow without pipeline"},
    {Factory,     Brandcraft,   1, R::Influences, noOverlap, ""},
    // affiliates and alliances
    {Retail,      RetailTechAlliance, 3, R::Influences, noOverlap, "Store-technology standards"},
    {Hospitality, RetailTechAlliance, 1, R::Influences, noOverlap, ""},
    {Clinical,    ConnectedCare, 4, R::Influences, noOverlap, "Device-security working group"},
    {Field,       FieldServiceForum, 3, R::Influences, noOverlap, ""},
    {Public,      FieldServiceForum, 1, R::Influences, noOverlap, ""},
    {Factory,     IndustrialEdge, 3, R::Influences, noOverlap, ""},
    {Hospitality, OpenKiosk,    0, R::Influences, noOverlap, "Lapsed"},
    // secondary influence: weaker links beyond each partner's home ICP
    {Factory,     Northgate,    2, R::Sources,    noOverlap, ""},
    {Public,      Northgate,    2, R::Sources,    noOverlap, ""},
    {Hospitality, PacificRim,   1, R::Sources,    noOverlap, ""},
    {Hospitality, Meridian,     2, R::Sources,    noOverlap, "Via Copperleaf's restaurant franchisees"},
    {Factory,     Meridian,     2, R::Sources,    noOverlap, ""},
    {Hospitality, Brightshelf,  1, R::Sources,    noOverlap, ""},
    {Factory,     Caribou,      2, R::Sources,    noOverlap, ""},
    {Retail,      HarbourIt,    2, R::Sources,    noOverlap, ""},
    {Public,      ClinicFlow,   2, R::Delivers,   noOverlap, "NHS trusts"},
    {Clinical,    RuggedMobility, 2, R::Delivers, noOverlap, "Ambulance tablets"},
    {Factory,     Fieldpoint,   2, R::Delivers,   noOverlap, ""},
    {Clinical,    StadtwerkIt,  2, R::Delivers,   noOverlap, "Municipal hospitals"},
    {Field,       Sakura,       2, R::Delivers,   noOverlap, ""},
    {Field,       Velox,        1, R::Delivers,   noOverlap, ""},
    {Public,      Fjordline,    1, R::Sources,    noOverlap, ""},
    {Clinical,    Kestrel,      3, R::Embeds,     noOverlap, "Rugged tablets in ambulances"},
    {Retail,      Kestrel,      2, R::Embeds,     noOverlap, ""},
    {Field,       Ironbark,     1, R::Embeds,     noOverlap, ""},
    {Public,      Caremesh,     1, R::CoSells,    noOverlap, "Public hospitals"},
    {Hospitality, ShelfWise,    1, R::Influences, noOverlap, ""},
    {Retail,      Routewise,    2, R::Influences, noOverlap, "Home-delivery fleets"},
    {Field,       Forgeline,    1, R::Influences, noOverlap, ""},
    {Public,      Atlas,        3, R::Delivers,   noOverlap, ""},
    {Public,      Brennwald,    2, R::Delivers,   noOverlap, ""},
    {Public,      Verity,       2, R::Delivers,   noOverlap, "Veterans' hospitals"},
    {Clinical,    Quadrant,     2, R::Delivers,   noOverlap, "NHS trusts"},
    {Field,       Takumi,       1, R::Delivers,   noOverlap, ""},
    {Hospitality, Edgecare,     2, R::Delivers,   3,  "Two hotel groups on a managed-POS trial"},
    {Factory,     Edgecare,     2, R::Delivers,   noOverlap, ""},
    {Clinical,    DeviceOps,    1, R::Delivers,   noOverlap, ""},
    {Field,       KiwiManaged,  1, R::Delivers,   noOverlap, ""},
    {Public,      SentinelClinical, 1, R::Delivers, noOverlap, ""},
    {Public,      Ridgeway,     1, R::Influences, noOverlap, ""},
    {Factory,     Greenfield,   2, R::Influences, noOverlap, ""},
    {Factory,     Oakmont,      1, R::Influences, noOverlap, ""},
    {Retail,      SignalNoise,  2, R::Influences, noOverlap, ""},
    {Public,      ConnectedCare, 2, R::Influences, noOverlap, ""},
    {Field,       IndustrialEdge, 2, R::Influences, noOverlap, ""},
    {Factory,     Pixelhaus,    1, R::Influences, noOverlap, ""},
};
// clang-format on

} // namespace

std::vector<InfluenceLink> demoLinks() {
    std::vector<InfluenceLink> links;
    Id nextId = 1;
    for (const LinkRow &row : linkRows) {
        InfluenceLink link;
        link.id = nextId++;
        link.icpId = row.icp;
        link.partnerId = row.partner;
        link.strength = row.strength;
        link.role = row.role;
        if (row.overlappingAccounts != noOverlap)
            link.overlappingAccounts = row.overlappingAccounts;
        link.notes = QString::fromUtf8(row.notes);
        links.push_back(link);
    }
    return links;
}

} // namespace ps::demo
