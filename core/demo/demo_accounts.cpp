// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's account lists (issue 15): our CRM account export (customers and prospects in each
// ICP, a few accounts outside them, and the accounts of open deals from the deal log) and the
// lists three partners shared, two of which hold some of our open-deal accounts. Medtech Rhein
// shares our DACH hospitals; Meridian our retail, field-service and some clinical accounts (with an
// earlier list from the quarter before); and Brightshelf, linked to retail and hospitality, turns
// out to share many of our logistics fleets (its store handhelds sell into warehouses too): the
// strong overlap the map suggests as a link (accounts/icpoverlap.h).
#include "core/demo/demo_tables.h"

#include "core/accounts/accountlist.h"
#include "core/generate/deals.h"

#include <QRegularExpression>

#include <algorithm>

namespace ps::demo {
namespace {

using accounts::Account;
using accounts::AccountList;
using accounts::AccountStatus;

/// Our accounts of one ICP: `count` companies, named "<stem> <kind>", in the ICP's industry,
/// size band and regions.
struct OurIcpRow {
    IcpId icp;
    const char *kind;      ///< the second word of the names ("Kliniken")
    const char *industry;  ///< as the CRM writes it
    const char *countries; ///< cycled, ';'-separated, each in the ICP's regions
    qint64 firstEmployees; ///< employees of the first; each next one has `stepEmployees` more
    qint64 stepEmployees;
};

constexpr int perIcp = 40; ///< accounts of ours in each ICP: 30 customers, 10 prospects

// clang-format off
const OurIcpRow ourRows[] = {
    {Clinical,    "Kliniken",  "Healthcare",    "Germany;Austria;Switzerland;United States;United Kingdom", 1500, 300},
    {Retail,      "Stores",    "Retail",        "Germany;France;Spain;United States;Brazil",               800,  500},
    {Field,       "Logistics", "Logistics",     "Netherlands;Sweden;United States;Australia",              300,  150},
    {Factory,     "Werke",     "Manufacturing", "Germany;Austria;Japan",                                   600,  80},
    {Public,      "Services",  "Public sector", "Germany;United Kingdom;Sweden;United States",             2000, 400},
    {Hospitality, "Hotels",    "Hospitality",   "Spain;Italy;United States;Singapore",                     250,  200},
};

const char *const stems[perIcp] = {
    "Aster", "Birchwood", "Cobalt", "Dunmore", "Elbtal", "Falkner", "Granite", "Halden",
    "Isarberg", "Juniper", "Kestrel Bay", "Lindholm", "Marlow", "Nordstern", "Oakridge",
    "Pinecrest", "Quellwerk", "Rosenau", "Silverlake", "Tannberg", "Ulmenhof", "Valemont",
    "Westbrook", "Xanten", "Yarrow", "Zugspitz", "Alder", "Brookfield", "Cedarline", "Drachen",
    "Eastgate", "Fernhill", "Glenmoor", "Hollis", "Ironvale", "Jadeport", "Kingsmere",
    "Lakeview", "Mistral", "Northwind",
};
// clang-format on

QString slug(const QString &name) {
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    return name.toLower().remove(nonWord);
}

QString tld(const QString &country) {
    static const std::pair<const char *, const char *> tlds[] = {
        {"Germany", "de"},           {"Austria", "at"},     {"Switzerland", "ch"},
        {"United Kingdom", "co.uk"}, {"France", "fr"},      {"Spain", "es"},
        {"Brazil", "com.br"},        {"Netherlands", "nl"}, {"Sweden", "se"},
        {"Australia", "com.au"},     {"Japan", "co.jp"},    {"Italy", "it"},
        {"Singapore", "com.sg"},
    };
    for (const auto &[name, domain] : tlds)
        if (country == QLatin1String(name))
            return QString::fromLatin1(domain);
    return QStringLiteral("com");
}

Account ourAccount(const OurIcpRow &row, int i) {
    const QStringList countries = QString::fromUtf8(row.countries).split(QLatin1Char(';'));
    Account a;
    a.crmSource = QStringLiteral("salesforce");
    a.crmId = generate::salesforceId("001", quint64(20000 + int(row.icp) * 100 + i));
    a.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(stems[i]), QString::fromUtf8(row.kind));
    a.country = countries[i % countries.size()];
    a.website = QStringLiteral("https://www.%1.%2").arg(slug(a.name), tld(a.country));
    a.status = i % 4 == 3 ? AccountStatus::Prospect : AccountStatus::Customer;
    a.industry = QString::fromUtf8(row.industry);
    a.employees = row.firstEmployees + row.stepEmployees * i;
    return a;
}

/// A partner's account: one of ours (by name and website, as the partner's CRM has it), or
/// one of its own.
Account theirAccount(const Account &ours, int i) {
    Account a;
    a.crmSource = QStringLiteral("csv");
    a.name = ours.name;
    a.website = ours.website.mid(QStringLiteral("https://www.").size()); // a bare domain
    a.status = i % 3 == 2 ? AccountStatus::Prospect : AccountStatus::Customer;
    return a;
}

/// One ICP's accounts of ours, [from, to), in a partner's list.
void share(AccountList &theirs, const std::vector<Account> &ours, IcpId icp, int from, int to) {
    const int row = int(icp) - 1;
    for (int i = from; i < to; ++i)
        theirs.accounts.push_back(theirAccount(ours[size_t(row * perIcp + i)], i));
}

/// `count` accounts of the partner's own that we do not have.
void own(AccountList &theirs, const char *prefix, int count) {
    for (int i = 0; i < count; ++i) {
        Account a;
        a.crmSource = QStringLiteral("csv");
        a.name = QStringLiteral("%1 Account %2").arg(QString::fromLatin1(prefix)).arg(i + 1);
        a.website = QStringLiteral("%1-account-%2.example.com")
                        .arg(slug(QString::fromLatin1(prefix)))
                        .arg(i + 1);
        a.status = i % 2 ? AccountStatus::Prospect : AccountStatus::Customer;
        theirs.accounts.push_back(a);
    }
}

AccountList partnerList(const char *source, QDate date) {
    AccountList l;
    l.sourceName = QString::fromLatin1(source);
    l.importedOn = date;
    return l;
}

} // namespace

void addAccounts(PortfolioData &data) {
    AccountList ours;
    ours.sourceName = QStringLiteral("salesforce-accounts-2026-03.csv");
    ours.importedOn = QDate(2026, 3, 31);
    for (const OurIcpRow &row : ourRows)
        for (int i = 0; i < perIcp; ++i)
            ours.accounts.push_back(ourAccount(row, i));
    // Accounts outside every ICP: universities (no ICP names education).
    for (int i = 0; i < 12; ++i) {
        Account a = ourAccount(ourRows[0], i);
        a.crmId = generate::salesforceId("001", quint64(21000 + i));
        a.name = QStringLiteral("%1 University").arg(QString::fromUtf8(stems[perIcp - 1 - i]));
        a.website = QStringLiteral("https://www.%1.edu").arg(slug(a.name));
        a.country = QStringLiteral("United States");
        a.industry = QStringLiteral("Education");
        a.status = AccountStatus::Customer;
        ours.accounts.push_back(a);
    }
    // The buyers of the deal log's open deals (the first ten): prospects in the export, open
    // opportunities once the deals mark them (applyOpenDeals).
    std::vector<accounts::OpenDeal> open;
    for (const Deal &deal : data.deals) {
        if (deal.outcome != DealOutcome::Open || deal.buyer.name.isEmpty() || open.size() == 10)
            continue;
        Account a;
        a.crmSource = QStringLiteral("salesforce");
        a.crmId = deal.buyer.crmId;
        a.name = deal.buyer.name;
        a.website = QStringLiteral("https://www.%1.com").arg(slug(a.name));
        a.status = AccountStatus::Prospect;
        a.industry = deal.buyer.industry;
        a.country = deal.buyer.region;
        if (deal.buyer.employees)
            a.employees = *deal.buyer.employees;
        const bool known =
            std::any_of(ours.accounts.begin(), ours.accounts.end(), [&a](const Account &o) {
                return (!a.crmId.isEmpty() && o.crmId == a.crmId) || o.name == a.name;
            });
        if (!known)
            ours.accounts.push_back(a);
        open.push_back({deal.buyer.crmId, deal.buyer.name, QString(), deal.amount});
    }
    accounts::deriveKeys(ours.accounts, 1);
    accounts::applyOpenDeals(ours.accounts, open);
    const std::vector<Account> &our = ours.accounts;
    // Our accounts with open deals: Meridian has the first four, Brightshelf the next two.
    std::vector<size_t> withDeals;
    for (size_t i = 0; i < our.size(); ++i)
        if (our[i].openPipeline > 0)
            withDeals.push_back(i);
    const auto shareOpen = [&our, &withDeals](AccountList &theirs, size_t from, size_t to) {
        for (size_t k = from; k < std::min(to, withDeals.size()); ++k)
            theirs.accounts.push_back(theirAccount(our[withDeals[k]], int(k)));
    };

    AccountList medtech = partnerList("medtech-rhein-accounts.csv", QDate(2026, 3, 20));
    for (int i = 0; i < perIcp; ++i)
        if (i % 5 < 3) // Germany, Austria, Switzerland
            share(medtech, our, Clinical, i, i + 1);
    own(medtech, "Medtech", 30);

    AccountList meridianEarlier = partnerList("meridian-q4-2025.csv", QDate(2025, 12, 15));
    share(meridianEarlier, our, Retail, 0, 12);
    share(meridianEarlier, our, Field, 0, 8);
    own(meridianEarlier, "Meridian", 30);
    AccountList meridian = partnerList("meridian-q1-2026.csv", QDate(2026, 3, 18));
    share(meridian, our, Retail, 0, 20);
    share(meridian, our, Field, 0, 15);
    share(meridian, our, Clinical, 30, 36);
    shareOpen(meridian, 0, 4);
    own(meridian, "Meridian", 45);

    AccountList brightshelf = partnerList("brightshelf-kunden.csv", QDate(2026, 3, 25));
    share(brightshelf, our, Retail, 10, 30);
    share(brightshelf, our, Field, 20, 34);
    shareOpen(brightshelf, 4, 6);
    own(brightshelf, "Brightshelf", 25);

    data.accountBook.setOurs(std::move(ours));
    for (auto &[partner, list] : {std::pair<Id, AccountList *>{MedtechRhein, &medtech},
                                  {Meridian, &meridianEarlier},
                                  {Meridian, &meridian},
                                  {Brightshelf, &brightshelf}}) {
        accounts::deriveKeys(list->accounts, 1);
        data.accountBook.addPartnerList(partner, std::move(*list));
    }
}

} // namespace ps::demo
