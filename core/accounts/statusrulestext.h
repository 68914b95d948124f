// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountbook.h"
#include "core/accounts/accountimport.h"
#include "core/accounts/statusrules.h"

#include <QString>
#include <QStringList>

#include <optional>

/// Remembered status rules: the rules an account list was imported with are stored with the
/// list (account_lists.status_rules, format 11), and the next import of our accounts or of the
/// same partner's list starts with them when the file's layout and columns allow it
/// (docs/account-mapping.md).
namespace ps::accounts {

/// The version of the stored text form; a higher one is refused (written by a newer
/// Partnerscope).
constexpr int StatusRulesTextFormat = 1;

/// Bounds of the stored form, for reading a value from a file defensively.
constexpr int MaxStoredStatusRules = 500;
constexpr int MaxStoredStatusRuleText = 500;    ///< characters of a column name or value
constexpr int MaxStatusRulesTextSize = 4 << 20; ///< characters of the whole stored form

/// Rules as they are stored with a list: the layout they belong to, the rules, and the columns
/// they read that the list's file did not have (those rules never matched).
struct StoredStatusRules {
    AccountPreset layout = AccountPreset::Generic;
    StatusRules rules;
    QStringList absentColumns;

    bool operator==(const StoredStatusRules &o) const {
        return layout == o.layout && rules == o.rules && absentColumns == o.absentColumns;
    }
};

/// The compact stored form of `mapping`'s rules as used with a file of `header`: one line of
/// JSON, `{"format":1,"layout":"salesforce","fallback":"other","rules":[{"column":"Type",
/// "value":"Customer*","status":"customer"},...],"absent":["Lifecycle Stage"]}` (an empty
/// column is the column mapped to the status field; "absent" only when some rule's column is
/// not in `header`).
QString statusRulesToText(const AccountMapping &mapping, const QStringList &header);

/// Reads the stored form. nullopt with `*error` (one sentence, without a place) for anything
/// else: not JSON, another format, an unknown layout or status, a missing or mistyped field,
/// more than MaxStoredStatusRules rules, a text longer than MaxStoredStatusRuleText. Never
/// crashes on hostile input.
std::optional<StoredStatusRules> statusRulesFromText(const QString &text, QString *error);

/// The rules an import starts with, and a sentence for the user saying which they are.
struct RulesChoice {
    StatusRules rules;
    bool remembered = false; ///< the rules of the earlier list; otherwise the layout's
    /// One sentence: "Status rules: those used with accounts.csv (2026-10-01)." or "Status
    /// rules: the Salesforce layout's; the rules used with X read the column "Stage", which
    /// this file does not have."
    QString note;
};

/// The rules of `previous` (the list imported last time, or nullptr) when they fit `mapping`
/// and `header`: the same layout, every column they read with that list is in this file, and a
/// status column is mapped when a rule reads it. Otherwise the layout's defaults
/// (defaultStatusRules(mapping.preset)), with the reason in the note.
RulesChoice chooseStatusRules(const AccountMapping &mapping, const QStringList &header,
                              const AccountList *previous);

/// The note for the layout's rules chosen by the user (Reset).
QString layoutRulesNote(AccountPreset layout);

/// The list whose rules the next import for `partnerId` (0: our accounts) starts with: the
/// last one imported (in import order) that has remembered rules; nullptr when none has.
const AccountList *rememberedRulesList(const AccountBook &book, Id partnerId);

} // namespace ps::accounts
