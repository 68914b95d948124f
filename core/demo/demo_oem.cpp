// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's OEM deals (seed 000): every structure, with conditions and royalty terms that
// differ, so the economics view has a healthy deal, an exclusive white-label deal whose terms
// work at pilot volume and break at scale, a stalled one with fuzzy ownership, draft terms
// without an exit path, and a strategic-tier offer that meets only two of the four conditions
// (likely a distraction) and asks for exclusivity (the trap).
#include "core/demo/demo_tables.h"

namespace ps::demo {
namespace {

/// Scoreboard figures for one quarter: integrations validated, devices validated,
/// co-marketing activities, devices in the field, devices shipping pre-loaded.
struct QuarterRow {
    const char *quarterStart;
    int integrations, devicesValidated, coMarketing, inField, preloaded;
};

std::vector<ScoreboardEntry> scoreboard(std::initializer_list<QuarterRow> rows) {
    std::vector<ScoreboardEntry> entries;
    for (const QuarterRow &row : rows) {
        ScoreboardEntry e;
        e.period = QDate::fromString(QString::fromLatin1(row.quarterStart), Qt::ISODate);
        e.integrationsValidated = row.integrations;
        e.devicesValidated = row.devicesValidated;
        e.coMarketingActivities = row.coMarketing;
        e.devicesInField = row.inField;
        e.devicesPreloaded = row.preloaded;
        entries.push_back(e);
    }
    return entries;
}

OemDeal kestrelDeal() {
    OemDeal d;
    d.id = 1;
    d.partnerId = Kestrel;
    d.name = QStringLiteral("Kestrel rugged tablet certification");
    d.structure = OemStructure::CertifiedComponent;
    d.needsOfferFaster = true;
    d.technicalLead = true;
    d.reachesNewSegment = true;
    d.defendableMargin = true;
    d.perUnitRoyalty = 6.50;
    d.tiers = {{0, 6.50}, {20000, 5.40}, {60000, 4.20}};
    d.annualEscalatorPct = 3.0;
    d.minimumAnnual = 150000;
    d.setupFee = 25000;
    d.costPerUnit = 1.10;
    d.volumes = {18000, 26000, 34000, 42000, 50000};
    d.brandOwner = Owner::Shared; // joint SKU: both names on the box
    d.roadmapAligned = true;
    d.exitClause = QStringLiteral("Either side may leave with 90 days' notice after year two; "
                                  "certified SKUs stay supported for 12 months.");
    d.notes = QStringLiteral("The joint SKU is on Kestrel's price list; distributors stock it "
                             "pre-loaded. Candidate for a white-label move on the X9 line.");
    // clang-format off
    d.scoreboard = scoreboard({
        {"2024-10-01", 2, 3, 1, 14200,  6100},
        {"2025-01-01", 2, 4, 2, 17900,  8300},
        {"2025-04-01", 3, 4, 2, 22400, 11800},
        {"2025-07-01", 3, 5, 3, 27600, 15200},
        {"2025-10-01", 4, 5, 3, 33100, 19700},
        {"2026-01-01", 4, 6, 4, 38900, 24500},
    });
    // clang-format on
    return d;
}

OemDeal tillpointDeal() {
    OemDeal d;
    d.id = 2;
    d.partnerId = Tillpoint;
    d.name = QStringLiteral("Tillpoint Fleet Manager (white-label)");
    d.structure = OemStructure::WhiteLabel;
    d.needsOfferFaster = true;
    d.technicalLead = true;
    d.reachesNewSegment = false;
    d.defendableMargin = true;
    d.perUnitRoyalty = 9.00;
    d.tiers = {{0, 9.00}, {25000, 7.50}, {100000, 5.90}};
    // Every unit at the rate of the highest tier reached: the 100,000-unit discount applies to
    // the whole year, while supporting rebranded builds costs the same per unit.
    d.tierMode = RoyaltyTierMode::AllUnits;
    d.annualEscalatorPct = 2.5;
    d.minimumAnnual = 90000;
    d.setupFee = 60000;
    d.costPerUnit = 5.20;
    d.minMarginPerUnit = 1.50;
    d.volumes = {21000, 38000, 70000, 120000};
    d.brandOwner = Owner::Partner;
    d.roadmapAligned = true;
    d.exitClause = QStringLiteral("12 months' notice; rebranded builds supported for 24 months "
                                  "after exit; source code in escrow.");
    d.exclusive = true;
    d.notes = QStringLiteral("Exclusive in retail POS until 2028: blocks deals with other POS "
                             "makers. Customers see only the Tillpoint brand. Margin looked "
                             "defendable at pilot volume; at Tillpoint's 2028 forecast the "
                             "all-units discount leaves less than the 1.50 per unit we need.");
    // clang-format off
    d.scoreboard = scoreboard({
        {"2025-01-01", 1, 2, 1, 21000, 21000},
        {"2025-04-01", 1, 2, 1, 24800, 24800},
        {"2025-07-01", 2, 3, 2, 29300, 29300},
        {"2025-10-01", 2, 3, 1, 33500, 33500},
        {"2026-01-01", 2, 4, 2, 38200, 38200},
    });
    // clang-format on
    return d;
}

OemDeal medisyncDeal() {
    OemDeal d;
    d.id = 3;
    d.partnerId = Medisync;
    d.name = QStringLiteral("Medisync cart platform (embedded)");
    d.structure = OemStructure::FullEmbedded;
    d.needsOfferFaster = true;
    d.technicalLead = true;
    d.reachesNewSegment = true;
    d.defendableMargin = true;
    d.perUnitRoyalty = 14.00;
    d.tiers = {{0, 14.00}, {10000, 12.00}, {40000, 10.50}};
    d.annualEscalatorPct = 3.5;
    d.minimumAnnual = 250000;
    d.setupFee = 40000;
    d.costPerUnit = 3.20;
    d.minMarginPerUnit = 5.00;
    d.volumes = {20000, 24000, 28000, 32000, 36000};
    d.brandOwner = Owner::Partner;
    d.roadmapAligned = true;
    d.exitClause = QStringLiteral("Five-year term; leaving requires a 24-month transition plan and "
                                  "re-certification of the cart platform.");
    d.notes = QStringLiteral("Hardest to leave and most profitable. Margin holds because hospitals "
                             "pay for audited device security.");
    // clang-format off
    d.scoreboard = scoreboard({
        {"2025-01-01", 3, 2, 2, 18400, 18400},
        {"2025-04-01", 3, 2, 1, 20100, 20100},
        {"2025-07-01", 4, 3, 2, 22700, 22700},
        {"2025-10-01", 4, 3, 3, 25300, 25300},
        {"2026-01-01", 5, 4, 2, 27800, 27800},
    });
    // clang-format on
    return d;
}

OemDeal corvidDeal() {
    OemDeal d;
    d.id = 4;
    d.partnerId = Corvid;
    d.name = QStringLiteral("Corvid handheld certification");
    d.structure = OemStructure::CertifiedComponent;
    d.needsOfferFaster = false;
    d.technicalLead = true;
    d.reachesNewSegment = true;
    d.defendableMargin = true;
    d.perUnitRoyalty = 5.00;
    d.tiers = {{0, 5.00}, {15000, 4.00}};
    d.annualEscalatorPct = 2.0;
    d.minimumAnnual = 0;
    d.setupFee = 15000;
    d.costPerUnit = 0.90;
    d.volumes = {1200, 1500, 1800};
    // Nobody agreed whose brand faces the customer, and the roadmap review lapsed.
    d.brandOwner = Owner::Undefined;
    d.roadmapAligned = false;
    d.exitClause = QStringLiteral("Lapses at the contract anniversary unless renewed in writing.");
    d.notes = QStringLiteral("Certified, but Corvid's reps are paid to move hardware and never "
                             "quote the joint SKU: validated devices, no pre-loads.");
    // clang-format off
    d.scoreboard = scoreboard({
        {"2025-01-01", 1, 2, 0, 900, 0},
        {"2025-04-01", 1, 2, 0, 1100, 0},
        {"2025-07-01", 1, 2, 0, 1150, 0},
        {"2025-10-01", 1, 2, 0, 1200, 0},
    });
    // clang-format on
    return d;
}

OemDeal solanoDeal() {
    OemDeal d;
    d.id = 5;
    d.partnerId = Solano;
    d.name = QStringLiteral("Solano kiosk strategic tier (offer)");
    d.structure = OemStructure::StrategicTier;
    d.needsOfferFaster = true;
    d.technicalLead = false;
    d.reachesNewSegment = true;
    d.defendableMargin = false;
    d.perUnitRoyalty = 3.20;
    d.tiers = {{0, 3.20}, {50000, 2.10}};
    d.annualEscalatorPct = 0.0;
    d.minimumAnnual = 0;
    d.setupFee = 180000;
    d.costPerUnit = 2.60;
    d.volumes = {10000, 60000, 150000};
    d.exclusive = true; // the offer asks for exclusivity in kiosks
    d.brandOwner = Owner::Partner;
    d.roadmapAligned = true; // the tier comes with a roadmap seat
    d.exitClause = QStringLiteral("Three-year lock-in; leaving early forfeits the co-development "
                                  "fund and the roadmap seat.");
    d.notes = QStringLiteral("Only two of the four conditions hold: kiosks are a new segment, but "
                             "the royalty leaves no margin at Solano's volumes and the kiosk "
                             "software is easy to copy. Likely a distraction. The setup fee "
                             "carries the pilot; at 150,000 kiosks a year the second tier is "
                             "below our cost per unit. Solano also wants exclusivity.");
    return d;
}

OemDeal ironbarkDeal() {
    OemDeal d;
    d.id = 6;
    d.partnerId = Ironbark;
    d.name = QStringLiteral("Ironbark panel PC embedded (draft terms)");
    d.structure = OemStructure::FullEmbedded;
    d.needsOfferFaster = true;
    d.technicalLead = true;
    d.reachesNewSegment = true;
    d.defendableMargin = false;
    d.perUnitRoyalty = 11.00;
    d.tiers = {{0, 11.00}, {20000, 9.50}};
    d.annualEscalatorPct = 2.0;
    d.minimumAnnual = 0;
    d.setupFee = 30000;
    d.costPerUnit = 2.40;
    d.volumes = {3000, 12000, 30000};
    d.brandOwner = Owner::Partner;
    d.roadmapAligned = false;
    d.notes = QStringLiteral("Draft for Ironbark's shop-floor panel PCs. No exit clause yet and "
                             "no roadmap review: fix both before signing, while Ironbark still "
                             "needs us more than we need it.");
    return d;
}

} // namespace

std::vector<OemDeal> demoOemDeals() {
    return {kestrelDeal(), tillpointDeal(), medisyncDeal(),
            corvidDeal(),  solanoDeal(),    ironbarkDeal()};
}

} // namespace ps::demo
