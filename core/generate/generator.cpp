// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"

#include "core/generate/deals.h"
#include "core/generate/generator_parts.h"
#include "core/generate/investments.h"
#include "core/generate/logs.h"

#include <algorithm>

namespace ps {
namespace generate {
namespace {

QStringList list(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

// Generated rows are document content in English, like the demo: not translated, so a file
// generated for a benchmark is the same whatever the locale of the machine.
const Vocabulary &Vocabulary::instance() {
    static const Vocabulary vocabulary = [] {
        Vocabulary v;
        v.regions =
            list({"EMEA", "DACH", "Nordics", "UK & Ireland", "Benelux", "France", "Southern Europe",
                  "North America", "LATAM", "APAC", "Middle East", "Africa"});
        v.industries = list({"Healthcare", "Retail", "Logistics", "Manufacturing", "Public sector",
                             "Hospitality", "Utilities", "Financial services", "Education",
                             "Energy", "Telecommunications", "Automotive"});
        v.sizeBands = list({"50-200 employees", "200-1,000 employees", "1,000-5,000 employees",
                            "5,000+ employees"});
        v.buyerRoles = list({"CIO", "CISO", "Head of IT operations", "COO", "VP operations",
                             "Procurement officer", "Head of digital", "Plant IT manager"});
        v.owners = list({"Helena Brandt", "Marco Ruiz", "Aiko Tanaka", "Sam Okafor", "Priya Nair",
                         "Jonas Weber"});
        v.nextSteps = list({"Quarterly business review", "Agree a joint business plan",
                            "Certify two more engineers", "Run a co-marketing campaign",
                            "Review pipeline together", "Decide at contract renewal"});
        v.partnerNotes =
            list({"Strong in its home region, thin elsewhere.", "Champion left last quarter.",
                  "Asks for more MDF than its pipeline justifies.",
                  "Reliable delivery, slow to register deals.", "Introduced by a distributor."});
        v.namePrefixes =
            list({"North",    "Blue",   "Silver",  "Iron",    "Bright",  "Clear",  "Swift",
                  "Summit",   "Harbor", "Cedar",   "Granite", "Falcon",  "Nova",   "Vertex",
                  "Atlas",    "Orion",  "Pioneer", "Crest",   "Beacon",  "Delta",  "Echo",
                  "Keystone", "Lumen",  "Maple",   "Onyx",    "Prairie", "Quartz", "Redwood",
                  "Sterling", "Tidal",  "Union",   "Zenith"});
        v.nameCores =
            list({"gate", "point", "line",   "bridge", "field", "stone", "wave", "path",
                  "bay",  "ridge", "forge",  "light",  "peak",  "works", "port", "view",
                  "core", "shift", "stream", "wing",   "hub",   "mark",  "way",  "tech",
                  "link", "grid",  "cloud",  "scope",  "base",  "loop",  "span", "crest"});
        v.exitClauses = list({"90 days' notice after year two.",
                              "12 months' notice; builds supported for 24 months.",
                              "Lapses at the anniversary unless renewed in writing.",
                              "Three-year lock-in; early exit forfeits the joint fund."});
        return v;
    }();
    return vocabulary;
}

QStringList pickSome(Random &rng, const QStringList &pool, int min, int max) {
    const int count = std::min<int>(rng.between(min, max), int(pool.size()));
    QStringList picked;
    picked.reserve(count);
    while (picked.size() < count) {
        const QString &candidate = pool.at(rng.between(0, int(pool.size()) - 1));
        if (!picked.contains(candidate))
            picked << candidate;
    }
    return picked;
}

std::vector<Icp> generateIcps(Random &rng, int count) {
    const Vocabulary &v = Vocabulary::instance();
    const int industries = int(v.industries.size());
    const int sizes = int(v.sizeBands.size());
    const int regions = int(v.regions.size());
    std::vector<Icp> icps;
    icps.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Walk industry, then size band, then region, so names stay distinct and readable.
        const QString &industry = v.industries.at(i % industries);
        const QString &size = v.sizeBands.at((i / industries) % sizes);
        const QString &region = v.regions.at((i / (industries * sizes)) % regions);
        const int round = i / (industries * sizes * regions);
        Icp icp;
        icp.id = i + 1;
        icp.name = QStringLiteral("%1, %2 (%3)").arg(industry, size, region);
        if (round > 0)
            icp.name += QStringLiteral(" %1").arg(round + 1);
        icp.description =
            QStringLiteral("%1 organisations with %2 in %3.").arg(industry, size, region);
        icp.industries = QStringList{industry};
        icp.sizeBand = size;
        icp.regions = QStringList{region};
        icp.buyerRoles = pickSome(rng, v.buyerRoles, 1, 3);
        icp.priorityWeight = rng.between(1, 10);
        icp.targetAccounts = rng.between(20, 600);
        icp.averageDealSize = std::round(rng.logNormal(60000, 0.6) / 1000.0) * 1000.0;
        icps.push_back(icp);
    }
    return icps;
}

/// Two years of activity and deal log. Its own random stream, so that adding the logs left
/// every partner, link and deal of a seed as it was. The cadence is stretched and most supporting
/// activity left out, to keep a 100,000-partner file to under two log rows per partner.
void generateLogs(PortfolioData &data, quint64 seed) {
    Random rng(seed ^ 0x6c6f67735f763531ULL);
    LogSettings settings;
    settings.start = QDate(2024, 1, 1);
    settings.end = QDate(2025, 12, 31);
    settings.cadenceScale = 12.0;
    settings.supporting = false;
    settings.directDeals = int(data.partners.size() / 10);
    std::vector<Rhythm> rhythms;
    rhythms.reserve(data.partners.size());
    for (const Partner &p : data.partners)
        rhythms.push_back(defaultRhythm(rng, p, settings));
    synthesizeLogs(rng, data, rhythms, settings);
}

} // namespace generate

PortfolioData generatePortfolio(int partners, int icps, quint64 seed) {
    partners = std::max(partners, 0);
    icps = std::max(icps, 0);
    Random rng(seed);
    PortfolioData data;
    data.info.name = QStringLiteral("Generated portfolio (seed %1)").arg(seed);
    data.info.organization = QStringLiteral("Synthetic Vendor Inc.");
    data.info.currency = QStringLiteral("USD");
    data.info.fiscalYear = 2026;
    data.info.notes = QStringLiteral("Synthetic data: %1 partners, %2 ICPs, seed %3.")
                          .arg(partners)
                          .arg(icps)
                          .arg(seed);
    data.icps = generate::generateIcps(rng, icps);
    data.partners = generate::generatePartners(rng, partners);
    for (Partner &p : data.partners)
        p.crm = {CrmSource::Salesforce, generate::salesforceId("001", quint64(p.id))};
    data.links = generate::generateLinks(rng, data.partners, data.icps);
    data.oemDeals = generate::generateOemDeals(rng, data.partners);
    generate::generateLogs(data, seed);
    generate::InvestmentSettings history;
    history.firstQuarter = QDate(2024, 1, 1); // the logs' two years
    history.quarters = 8;
    data.investments = generate::synthesizeInvestments(data, history);
    return data;
}

} // namespace ps
