// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's activity and deal logs: two years, April 2024 to March 2026, so that every program
// metric of seed 001 has something to show. Most partners follow the rhythm their status and
// revenue suggest; the partners below carry the stories: distributors and OEMs that went
// dormant, partners listed as active that have been quiet for two quarters, onboarding partners
// with and without a first commercial activity, exits.
#include "core/demo/demo_tables.h"
#include "core/generate/deals.h"
#include "core/generate/logs.h"

#include <algorithm>

namespace ps::demo {
namespace {

/// A partner whose commercial activity starts or stops on a date of its story.
/// Empty `from`: the default start; empty `until`: the end of the log; cadence 0: default.
struct StoryRow {
    PartnerId partner;
    const char *from;
    const char *until;
    int cadenceDays;
};

// clang-format off
const StoryRow storyRows[] = {
    // dormant: active in the first year, silent since, still funded
    {BalticBridge,     "",           "2024-11-15", 60},
    {Fjordline,        "",           "2024-09-10", 75},
    {NorthstarEdge,    "",           "2025-02-20", 70},
    {Corvid,           "",           "2025-03-05", 45}, // validated devices, no pre-loads
    {MercatoServices,  "",           "2024-10-01", 70},
    {Lighthouse,       "",           "2025-01-20", 70},
    // exited during the first year
    {Keystone,         "",           "2024-07-15", 60},
    {Civitas,          "",           "2024-09-30", 60},
    {Lanterna,         "",           "2024-05-31", 45},
    {OpenKiosk,        "",           "2024-08-15", 60},
    // listed as active, but nothing commercial for two quarters
    {HarbourIt,        "",           "2025-08-20", 0},
    {Cartwright,       "",           "2025-05-12", 0},
    {Oakmont,          "",           "2025-07-30", 0},
    {FieldServiceForum, "",          "2025-09-03", 0},
    // onboarding: a first commercial activity in the log, or none yet
    {Andes,            "2026-01-19", "",           30},
    {Copperleaf,       "2026-02-09", "",           30},
    {Keyvault,         "2025-11-04", "",           40},
    {KiwiManaged,      "2026-03-02", "",           30},
    {Takumi,           "2025-12-08", "",           35},
    {Ironbark,         "2026-01-26", "",           30},
};
// clang-format on

const StoryRow *storyOf(Id partner) {
    for (const StoryRow &row : storyRows)
        if (row.partner == partner)
            return &row;
    return nullptr;
}

QDate date(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

void addLogs(PortfolioData &data) {
    generate::LogSettings settings;
    settings.start = QDate(2024, 4, 1);
    settings.end = QDate(2026, 3, 31);
    settings.partnerWinRate = 0.46;
    settings.directWinRate = 0.27;
    settings.partnerDealFactor = 1.25;
    settings.directDealFactor = 0.8;
    settings.directDeals = 90;
    settings.cadenceScale = 1.6; // a few hundred commercial activities over the two years
    settings.quietShare = 0.0;   // the quiet partners are the story rows
    Random rng(20260331);
    std::vector<generate::Rhythm> rhythms;
    rhythms.reserve(data.partners.size());
    for (const Partner &p : data.partners) {
        generate::Rhythm r = generate::defaultRhythm(rng, p, settings);
        if (const StoryRow *story = storyOf(p.id)) {
            if (*story->from)
                r.from = date(story->from);
            else if (!r.from.isValid())
                r.from = settings.start;
            r.until = *story->until ? date(story->until) : settings.end;
            if (story->cadenceDays > 0)
                r.cadenceDays = story->cadenceDays;
        } else if (p.status == PartnerStatus::Onboarding) {
            r.from = QDate(); // Velox and Brandcraft: trainings only, nothing commercial yet
        }
        // Deals come from the partners that sell; referral and marketing partners mostly
        // bring leads.
        const bool sells = p.model != PartnerModel::Referral && p.model != PartnerModel::Agency &&
                           p.model != PartnerModel::Affiliate;
        r.dealShare = sells ? 0.3 : 0.1;
        rhythms.push_back(r);
    }
    generate::synthesizeLogs(rng, data, rhythms, settings);
    // The deal log came from the CRM's opportunity export: opportunities know their buyer
    // (industry, country, employees), not the ICP, which the buyer's attributes match.
    for (Deal &deal : data.deals)
        deal.icpId = 0;
    // The story the map cannot tell yet: Rugged Mobility has been selling handhelds into store
    // estates, four deals with retail buyers, while the map links it to no retail ICP. The deal
    // log suggests the link (economics/linksuggestions.h).
    const auto retail = std::find_if(data.icps.begin(), data.icps.end(),
                                     [](const Icp &icp) { return icp.id == Retail; });
    Random buyers(20250917);
    int retargeted = 0;
    for (Deal &deal : data.deals) {
        if (retail == data.icps.end() || retargeted == 4)
            break;
        const bool ours =
            std::any_of(deal.partners.begin(), deal.partners.end(),
                        [](const DealPartner &p) { return p.partnerId == RuggedMobility; });
        if (!ours)
            continue;
        const QString crmId = deal.buyer.crmId;
        deal.buyer = generate::buyerFor(buyers, &*retail, deal.buyer.name);
        deal.buyer.crmId = crmId;
        ++retargeted;
    }

    // The planning meeting that closes the log: the metrics are as of this day.
    Activity review;
    review.id = Id(data.activities.size() + 1);
    review.partnerId = Northgate;
    review.date = settings.end;
    review.kind = ActivityKind::BusinessReview;
    review.notes = QStringLiteral("FY26 joint business plan and volume rebate agreed");
    review.crm = {CrmSource::Salesforce, generate::salesforceId("00U", 1)};
    data.activities.push_back(review);
}

} // namespace ps::demo
