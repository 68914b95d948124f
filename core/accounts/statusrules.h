// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"
#include "core/import/csvreader.h"

#include <QString>
#include <QStringList>

#include <vector>

/// Which rows of an account list are customers, prospects or open opportunities: a small rule
/// table (column + value pattern -> status) the user can edit; the first rule that matches a
/// row decides.
namespace ps::accounts {

/// One rule: when the cell of `column` matches `pattern`, the row has `status`.
struct StatusRule {
    /// The header of the column the rule reads, compared as ps::import::headerKey() reduces it
    /// ("Lifecycle Stage" == "lifecyclestage"). Empty: the column mapped to the status field.
    QString column;
    /// The value, compared case-insensitively to the trimmed cell; '*' stands for any text
    /// ("Customer*" matches "Customer - Direct"). An empty pattern matches an empty cell.
    QString pattern;
    AccountStatus status = AccountStatus::Other;

    bool operator==(const StatusRule &o) const {
        return column == o.column && pattern == o.pattern && status == o.status;
    }
};

/// The rule table and the status of rows no rule matches.
struct StatusRules {
    std::vector<StatusRule> rules;
    AccountStatus fallback = AccountStatus::Other;

    bool operator==(const StatusRules &o) const {
        return rules == o.rules && fallback == o.fallback;
    }
};

/// True when `text` matches `pattern` as StatusRule describes (case-insensitive, '*' any text).
bool matchesPattern(QStringView pattern, QStringView text);

/// A rule table compiled against one file's header, for the import loop.
class CompiledStatusRules {
public:
    /// `statusColumn` is the index of the column mapped to the status field, or -1.
    CompiledStatusRules(const StatusRules &rules, const QStringList &header, int statusColumn);

    /// The status of a record's cells (missing cells read as empty).
    AccountStatus statusOf(const csv::Fields &cells) const;

    /// Column indexes the rules read (for checking those cells like mapped ones).
    const std::vector<int> &columns() const { return m_readColumns; }

private:
    struct Rule {
        int column;      ///< -1: the rule's column is not in the file; it never matches
        QString pattern; ///< case-folded
        AccountStatus status;
    };
    std::vector<Rule> m_rules;
    std::vector<int> m_readColumns;
    AccountStatus m_fallback;
};

} // namespace ps::accounts
