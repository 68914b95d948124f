// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"
#include "core/accounts/statusrules.h"
#include "core/import/csvreader.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Reading an account list from a CRM export: the Salesforce Account export, the HubSpot
/// companies export, or any layout by a column mapping. The file is read by ps::csv (encoding,
/// delimiter, quoting, limits); this layer maps columns, applies the status rules, derives
/// the matching keys and checks every row. All or nothing: one bad row refuses the list.
namespace ps::accounts {

/// What a column of the file fills.
enum class AccountField {
    Ignore,
    CrmId,
    Name,
    Website, ///< several columns may be Website (HubSpot: domain and URL); the first non-empty wins
    Status,  ///< the column the status rules read by default
    Industry,
    Employees,
    Country,
    OpenPipeline,
};

/// Stored key ("crm_id", "name", "website", "status", "industry", "employees", "country",
/// "open_pipeline", "" for Ignore) and translated title ("Website").
QString toKey(AccountField field);
QString label(AccountField field);
/// Every field a column can fill, in display order (Ignore excluded).
std::vector<AccountField> accountFields();

/// Known export layouts.
enum class AccountPreset { Auto, Salesforce, HubSpot, Generic };

/// Key ("auto", "salesforce", "hubspot", "generic") and translated name.
QString toKey(AccountPreset preset);
std::optional<AccountPreset> accountPresetFromKey(QStringView key);
QString label(AccountPreset preset);

/// The built-in status rules of a preset (docs/account-mapping.md lists them):
/// - Salesforce, column Type: "Customer*" -> customer; "Prospect*" -> prospect;
///   "*Opportunity*" -> open opportunity.
/// - HubSpot, column Lifecycle Stage: customer, evangelist -> customer; opportunity -> open
///   opportunity; lead, subscriber, marketing/sales qualified lead -> prospect; then column
///   Type: PROSPECT -> prospect.
/// - Generic, the status column: "customer*", "client*" -> customer; "*opportunit*" -> open
///   opportunity; "prospect*", "lead*", "*qualified*lead" -> prospect.
/// Anything else is "other" (partners, vendors, churned customers...).
StatusRules defaultStatusRules(AccountPreset preset);

/// How a file becomes an account list.
struct AccountMapping {
    AccountPreset preset = AccountPreset::Generic; ///< never Auto
    QString crmSource;                             ///< "salesforce", "hubspot" or "csv"
    std::vector<AccountField> columns;             ///< one per header column, in file order
    StatusRules statusRules;
    QChar decimalSeparator = QLatin1Char('.'); ///< of Employees and Open pipeline

    /// Index of the first column mapped to `field`, or -1.
    int columnOf(AccountField field) const;
};

/// The preset whose characteristic headers the header row has; Generic when none.
AccountPreset detectAccountPreset(const QStringList &header);

/// The field a header name suggests, case-, space- and punctuation-insensitive ("Account
/// Name", "Company name", "Organisation" -> Name; "Company domain name", "Website URL",
/// "Domain" -> Website; "Type", "Lifecycle Stage", "Status" -> Status; "Billing Country",
/// "Country/Region" -> Country...). Ignore when nothing fits.
AccountField matchAccountHeader(const QString &header);

/// The mapping of `header` under `preset` (Auto: detected), with the preset's default status
/// rules; a ';' delimiter makes ',' the decimal separator.
AccountMapping buildAccountMapping(AccountPreset preset, const QStringList &header,
                                   QChar delimiter = QLatin1Char(','));

/// Sets the column of `field` in `mapping`: the column whose header is `column` (compared
/// without case, spaces or punctuation, like the recognized headers) or, when `column` is a
/// number, the column at that 1-based position; an empty `column` unmaps the field. The
/// column that held the field before is ignored (except for Website, which may have several
/// columns when `keepOthers` is set), and the chosen column fills only `field`. When the status
/// column changes, rules that read the old status column by name follow it. False with
/// `*error` (one sentence) when no column fits.
bool setAccountColumn(AccountMapping &mapping, const QStringList &header, AccountField field,
                      const QString &column, QString *error, bool keepOthers = false);

/// Applies overrides written "FIELD=COLUMN" (the command line's --map), FIELD a key of
/// toKey(AccountField) ("name", "website", "status", "industry", "employees", "country",
/// "crm_id", "open_pipeline"), COLUMN as for setAccountColumn(). False with `*error` naming
/// the override that does not fit.
bool applyColumnOverrides(AccountMapping &mapping, const QStringList &header,
                          const QStringList &overrides, QString *error);

/// One problem with a place in the file.
struct AccountIssue {
    int line = 0;    ///< physical line of the record; 0 for the file as a whole
    QString message; ///< one sentence, without file name and line
    /// "FILE:LINE: message", or "FILE: message" for the file as a whole.
    QString describe(const QString &fileName) const;
};

/// Options of an import.
struct AccountImportOptions {
    QDate importedOn;    ///< the list's date; today when invalid
    int threads = 0;     ///< for deriving keys; 0: every core
    Progress progress;   ///< counts records; may cancel
    csv::Limits limits;  ///< for importAccountFile()
    int maxErrors = 100; ///< errors collected before stopping
    /// For importAccountFile(): "FIELD=COLUMN" overrides of the detected mapping
    /// (applyColumnOverrides()); a bad one is an error naming the file's header line.
    QStringList columnMap;
    /// For importAccountFile() without explicit rules: the list imported last time (our list,
    /// or the partner's, see rememberedRulesList()), whose remembered status rules the import
    /// uses when they fit the file (chooseStatusRules()); nullptr: the layout's rules.
    const AccountList *remembered = nullptr;
};

/// The outcome: a list, or the errors that refused it.
struct AccountImportResult {
    std::optional<AccountList> list;    ///< set when the file is accepted as a whole
    std::vector<AccountIssue> errors;   ///< why it was refused, in line order (at most maxErrors)
    std::vector<AccountIssue> warnings; ///< rows accepted with a remark
    bool cancelled = false;
    QString fileName; ///< as given, for messages
    /// importAccountFile(): which status rules it used, one sentence (RulesChoice::note);
    /// empty when the caller gave the rules.
    QString rulesNote;

    bool ok() const { return list.has_value(); }
    /// The first error as one sentence naming the file and line ("" when ok).
    QString errorMessage() const;
};

/// Maps and checks every record of `table`. The list remembers `mapping`'s status rules
/// (AccountList::statusRules, statusRulesToText()). Errors: no record; neither a name nor a website
/// column; a row with neither a name nor a website; a cell with control or bidirectional
/// override characters, a formula ("=..."), or longer than a company list needs; an Employees
/// or Open pipeline value that is not a number (ranges "51-200" read as their middle, "1000+"
/// as 1000) or is negative; a CRM id that repeats an earlier row; a row that repeats an earlier
/// row in every mapped cell. Warnings: a website with no registrable domain (the row is matched
/// by name). Keys are derived for every account.
AccountImportResult parseAccounts(const csv::Table &table, const AccountMapping &mapping,
                                  const QString &fileName,
                                  const AccountImportOptions &options = {});

/// Reads `path` with ps::csv, builds the mapping of `preset` (Auto: detected) and, when
/// given, replaces its status rules with `rules` (otherwise the remembered rules of
/// `options.remembered` when they fit, or the layout's; rulesNote says which), applies
/// `options.columnMap`, then parseAccounts(). An unreadable or
/// binary file, or a CSV error, is an error naming the file (and line).
AccountImportResult importAccountFile(const QString &path,
                                      AccountPreset preset = AccountPreset::Auto,
                                      const std::optional<StatusRules> &rules = std::nullopt,
                                      const AccountImportOptions &options = {});

} // namespace ps::accounts
