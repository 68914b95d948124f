// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's ideal customer profiles (seed 002: "start with your ideal customer profile").
// Hospitality groups is the stated growth target that no partner covers well yet.
#include "core/demo/demo_tables.h"

#include "core/domain/fields.h"

namespace ps::demo {
namespace {

struct IcpRow {
    IcpId id;
    const char *name;
    const char *description;
    const char *industries;
    const char *sizeBand;
    const char *regions;
    const char *buyerRoles;
    double priorityWeight;
    int targetAccounts;
    double averageDealSize;
};

// clang-format off
const IcpRow icpRows[] = {
    {Clinical, "Hospital clinical device fleets",
     "Hospital groups running shared tablets, medication carts and bedside terminals that must be "
     "locked down, patched and audited without disturbing clinical work.",
     "Healthcare;Hospitals", "1,000-20,000 employees", "North America;DACH;UK & Ireland",
     "CIO;Director of clinical engineering;CISO;CNIO", 9, 180, 140000},
    {Retail, "Multi-store retail POS estates",
     "Retailers with hundreds of stores whose POS terminals and store handhelds need central "
     "updates overnight and zero-touch replacement.",
     "Retail;Grocery;Fashion", "500-50,000 employees", "EMEA;North America;LATAM",
     "Head of store IT;CIO;VP store operations", 8, 260, 90000},
    {Field, "Logistics and field-service fleets",
     "Carriers, warehouses and utilities equipping drivers and technicians with rugged tablets "
     "that work offline and are provisioned in the depot.",
     "Logistics;Transport;Utilities", "200-10,000 employees", "EMEA;North America;APAC;Nordics",
     "Head of fleet operations;IT operations manager;COO", 7, 220, 75000},
    {Factory, "Manufacturing shop-floor edge",
     "Discrete manufacturers putting panel PCs and handhelds on the line, where a device "
     "outage stops production and updates need maintenance windows.",
     "Manufacturing;Automotive;Electronics", "500-5,000 employees", "DACH;APAC",
     "Plant IT manager;Head of OT;CIO", 6, 150, 110000},
    {Public, "Public-sector field workers",
     "Police forces, municipalities and inspection services issuing tablets to staff in the "
     "field, bought through tenders with strict security accreditation.",
     "Public sector;Government", "1,000+ employees", "DACH;UK & Ireland;Nordics;North America",
     "Head of digital services;CISO;Procurement officer", 4, 120, 60000},
    {Hospitality, "Hospitality groups",
     "Hotel and restaurant groups rolling out guest-facing tablets, kiosks and mobile POS; "
     "high device churn, thin IT teams.",
     "Hospitality;Hotels;Restaurants", "200-20,000 employees", "EMEA;Southern Europe;North America;APAC",
     "VP guest technology;Head of IT;Operations director", 5, 140, 45000},
};
// clang-format on

} // namespace

std::vector<Icp> demoIcps() {
    std::vector<Icp> icps;
    for (const IcpRow &row : icpRows) {
        Icp icp;
        icp.id = row.id;
        icp.name = QString::fromUtf8(row.name);
        icp.description = QString::fromUtf8(row.description);
        icp.industries = splitList(QString::fromUtf8(row.industries));
        icp.sizeBand = QString::fromUtf8(row.sizeBand);
        icp.regions = splitList(QString::fromUtf8(row.regions));
        icp.buyerRoles = splitList(QString::fromUtf8(row.buyerRoles));
        icp.priorityWeight = row.priorityWeight;
        icp.targetAccounts = row.targetAccounts;
        icp.averageDealSize = row.averageDealSize;
        icps.push_back(icp);
    }
    return icps;
}

} // namespace ps::demo
