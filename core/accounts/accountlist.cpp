// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/accountlist.h"

#include "core/accounts/accounttext.h"
#include "core/accounts/companyname.h"
#include "core/accounts/domainkey.h"

#include <QHash>

namespace ps::accounts {

QString toKey(AccountStatus status) {
    switch (status) {
    case AccountStatus::Customer:
        return QStringLiteral("customer");
    case AccountStatus::Prospect:
        return QStringLiteral("prospect");
    case AccountStatus::OpenOpportunity:
        return QStringLiteral("open_opportunity");
    case AccountStatus::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<AccountStatus> accountStatusFromKey(QStringView key) {
    for (AccountStatus s : {AccountStatus::Customer, AccountStatus::Prospect,
                            AccountStatus::OpenOpportunity, AccountStatus::Other})
        if (key == toKey(s))
            return s;
    return std::nullopt;
}

QString label(AccountStatus status) {
    switch (status) {
    case AccountStatus::Customer:
        return AccountText::tr("Customer");
    case AccountStatus::Prospect:
        return AccountText::tr("Prospect");
    case AccountStatus::OpenOpportunity:
        return AccountText::tr("Open opportunity");
    case AccountStatus::Other:
        break;
    }
    return AccountText::tr("Other");
}

bool Account::operator==(const Account &o) const {
    return crmSource == o.crmSource && crmId == o.crmId && name == o.name && website == o.website &&
           domainKey == o.domainKey && nameKey == o.nameKey && status == o.status &&
           industry == o.industry && employees == o.employees && country == o.country &&
           openPipeline == o.openPipeline;
}

bool AccountList::operator==(const AccountList &o) const {
    return accounts == o.accounts && importedOn == o.importedOn && sourceName == o.sourceName &&
           declaredTotal == o.declaredTotal && statusRules == o.statusRules;
}

bool deriveKeys(std::vector<Account> &accounts, int threads, const Progress &progress) {
    return parallelFor(
        qint64(accounts.size()), 2048, workerCount(threads),
        [&](qint64 begin, qint64 end, int) {
            for (qint64 i = begin; i < end; ++i) {
                Account &a = accounts[size_t(i)];
                a.domainKey = registrableDomain(a.website);
                a.nameKey = normalizedCompanyName(a.name);
            }
        },
        progress);
}

bool inPopulation(const Account &account, OurPopulation population) {
    switch (population) {
    case OurPopulation::Customers:
        return account.status == AccountStatus::Customer;
    case OurPopulation::Prospects:
        return account.status == AccountStatus::Prospect;
    case OurPopulation::OpenOpportunities:
        return account.status == AccountStatus::OpenOpportunity || account.openPipeline > 0.0;
    }
    return false;
}

bool inPopulation(const Account &account, TheirPopulation population) {
    switch (population) {
    case TheirPopulation::Customers:
        return account.status == AccountStatus::Customer;
    case TheirPopulation::Prospects:
        return account.status == AccountStatus::Prospect ||
               account.status == AccountStatus::OpenOpportunity;
    }
    return false;
}

QString toKey(OurPopulation population) {
    switch (population) {
    case OurPopulation::Customers:
        return QStringLiteral("customers");
    case OurPopulation::Prospects:
        return QStringLiteral("prospects");
    case OurPopulation::OpenOpportunities:
        break;
    }
    return QStringLiteral("open_opportunities");
}

QString toKey(TheirPopulation population) {
    return population == TheirPopulation::Customers ? QStringLiteral("customers")
                                                    : QStringLiteral("prospects");
}

std::optional<OurPopulation> ourPopulationFromKey(QStringView key) {
    for (OurPopulation p :
         {OurPopulation::Customers, OurPopulation::Prospects, OurPopulation::OpenOpportunities})
        if (key == toKey(p))
            return p;
    return std::nullopt;
}

std::optional<TheirPopulation> theirPopulationFromKey(QStringView key) {
    for (TheirPopulation p : {TheirPopulation::Customers, TheirPopulation::Prospects})
        if (key == toKey(p))
            return p;
    return std::nullopt;
}

QString label(OurPopulation population) {
    switch (population) {
    case OurPopulation::Customers:
        return AccountText::tr("Our customers");
    case OurPopulation::Prospects:
        return AccountText::tr("Our prospects");
    case OurPopulation::OpenOpportunities:
        break;
    }
    return AccountText::tr("Our open opportunities");
}

QString label(TheirPopulation population) {
    return population == TheirPopulation::Customers ? AccountText::tr("Their customers")
                                                    : AccountText::tr("Their prospects");
}

int applyOpenDeals(std::vector<Account> &accounts, const std::vector<OpenDeal> &deals) {
    QHash<QString, int> byId, byDomain, byName;
    for (int i = 0; i < int(accounts.size()); ++i) {
        const Account &a = accounts[size_t(i)];
        if (!a.crmId.isEmpty())
            byId.insert(a.crmId, i);
        if (!a.domainKey.isEmpty() && !byDomain.contains(a.domainKey))
            byDomain.insert(a.domainKey, i);
        if (!a.nameKey.isEmpty() && !byName.contains(a.nameKey))
            byName.insert(a.nameKey, i);
    }
    int unmatched = 0;
    for (const OpenDeal &deal : deals) {
        int index = deal.crmAccountId.isEmpty() ? -1 : byId.value(deal.crmAccountId, -1);
        if (index < 0) {
            const QString domain = registrableDomain(deal.accountWebsite);
            index = domain.isEmpty() ? -1 : byDomain.value(domain, -1);
        }
        if (index < 0) {
            const QString name = normalizedCompanyName(deal.accountName);
            index = name.isEmpty() ? -1 : byName.value(name, -1);
        }
        if (index < 0) {
            ++unmatched;
            continue;
        }
        Account &a = accounts[size_t(index)];
        a.openPipeline += deal.amount;
        if (a.status != AccountStatus::Customer)
            a.status = AccountStatus::OpenOpportunity;
    }
    return unmatched;
}

} // namespace ps::accounts
