// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/parallel.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Account lists: ours and each partner's, as imported from a CRM export
/// (docs/account-mapping.md).
namespace ps::accounts {

/// What an account is to the company whose list it is in.
enum class AccountStatus {
    Customer,
    Prospect,
    OpenOpportunity, ///< a prospect with an open deal
    Other,           ///< none of the above (partners, vendors, churned...): matched, not counted
};

/// Stored key: "customer", "prospect", "open_opportunity", "other".
QString toKey(AccountStatus status);
/// Parses a stored key; nullopt for anything else.
std::optional<AccountStatus> accountStatusFromKey(QStringView key);
/// Translated name, for example "Open opportunity".
QString label(AccountStatus status);

/// One account of a list. A plain value: the keys are derived from the name and website by
/// deriveKeys() (the importer does it), so a list read back from storage with its keys needs
/// no second derivation.
struct Account {
    QString crmSource; ///< "salesforce", "hubspot", "csv", or "psi" for a private exchange
    QString crmId;     ///< the CRM's record id; empty when the file has none
    QString name;
    QString website;   ///< as in the file
    QString domainKey; ///< registrableDomain(website); empty when none
    QString nameKey;   ///< normalizedCompanyName(name); empty when none
    AccountStatus status = AccountStatus::Other;
    QString industry;
    std::optional<qint64> employees;
    QString country;
    double openPipeline = 0.0; ///< open deal amount, in the portfolio's currency

    bool operator==(const Account &o) const;
    bool operator!=(const Account &o) const { return !(*this == o); }
};

/// A list of accounts and when it was imported. A partner can have a new list each quarter;
/// the caller keeps earlier ones with their dates.
struct AccountList {
    std::vector<Account> accounts;
    QDate importedOn;
    QString sourceName; ///< the file name it came from, for display
    /// The size of the partner's whole list when only the shared accounts are known (the result
    /// of a private exchange, see psi.h); empty for a list imported in full.
    std::optional<qint64> declaredTotal;
    /// The status rules that decided the statuses, in their stored text form
    /// (statusRulesToText(), statusrulestext.h), so that the next import of the same list can
    /// start with them. Empty when unknown: a list from before format 11, or the result of a
    /// private exchange. Kept as text: a damaged value is only read when an import needs it.
    QString statusRules;

    /// declaredTotal, or the number of accounts.
    qint64 total() const { return declaredTotal ? *declaredTotal : qint64(accounts.size()); }
    bool operator==(const AccountList &o) const;
    bool operator!=(const AccountList &o) const { return !(*this == o); }
};

/// Fills domainKey and nameKey of every account from its website and name, on `threads`
/// threads (0: every core). Returns false when `progress` cancelled (keys are then partly
/// filled). Progress counts accounts.
bool deriveKeys(std::vector<Account> &accounts, int threads = 0, const Progress &progress = {});

/// Our populations in the overlap matrix.
enum class OurPopulation { Customers, Prospects, OpenOpportunities };
/// A partner's populations in the overlap matrix.
enum class TheirPopulation { Customers, Prospects };

constexpr int OurPopulationCount = 3;
constexpr int TheirPopulationCount = 2;

/// Whether one of our accounts is in `population`: customers and prospects by status; open
/// opportunities by status or by an open pipeline above zero, so a customer with an open
/// upsell deal is in both Customers and OpenOpportunities.
bool inPopulation(const Account &account, OurPopulation population);
/// Whether a partner's account is in `population`: Customers by status; Prospects by status
/// Prospect or OpenOpportunity (a partner's open deal is a prospect to us).
bool inPopulation(const Account &account, TheirPopulation population);

/// Keys "customers", "prospects", "open_opportunities" (the JSON keys and the command line's
/// --accounts values), and translated names.
QString toKey(OurPopulation population);
QString toKey(TheirPopulation population);
std::optional<OurPopulation> ourPopulationFromKey(QStringView key);
std::optional<TheirPopulation> theirPopulationFromKey(QStringView key);
QString label(OurPopulation population);
QString label(TheirPopulation population);

/// An open deal from the evidence import, to mark the account it is with.
struct OpenDeal {
    QString crmAccountId; ///< the account's CRM id, when the deal export has it
    QString accountName;
    QString accountWebsite;
    double amount = 0.0;
};

/// Adds each open deal's amount to the open pipeline of its account, found by CRM id, then
/// registrable domain, then normalized name (the first account with the key); an account that
/// gets pipeline and is a prospect or "other" becomes an open opportunity (a customer stays a
/// customer, and is in OpenOpportunities by its pipeline). Keys must be derived. Returns the
/// number of deals whose account was not found.
int applyOpenDeals(std::vector<Account> &accounts, const std::vector<OpenDeal> &deals);

} // namespace ps::accounts
