// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/statusrules.h"

#include "core/import/importmapping.h"

#include <algorithm>

namespace ps::accounts {
namespace {

/// Glob matching with '*' only, on case-folded text; iterative with one backtrack point.
bool globFolded(QStringView pattern, QStringView text) {
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && pattern.at(p) == text.at(t)) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace

bool matchesPattern(QStringView pattern, QStringView text) {
    return globFolded(pattern.trimmed().toString().toCaseFolded(),
                      text.trimmed().toString().toCaseFolded());
}

CompiledStatusRules::CompiledStatusRules(const StatusRules &rules, const QStringList &header,
                                         int statusColumn)
    : m_fallback(rules.fallback) {
    QStringList keys;
    for (const QString &h : header)
        keys << import::headerKey(h);
    for (const StatusRule &rule : rules.rules) {
        const int column = rule.column.trimmed().isEmpty()
                               ? statusColumn
                               : int(keys.indexOf(import::headerKey(rule.column)));
        m_rules.push_back({column, rule.pattern.trimmed().toCaseFolded(), rule.status});
        if (column >= 0 &&
            std::find(m_readColumns.begin(), m_readColumns.end(), column) == m_readColumns.end())
            m_readColumns.push_back(column);
    }
}

AccountStatus CompiledStatusRules::statusOf(const csv::Fields &cells) const {
    QString folded;
    int foldedColumn = -2;
    for (const Rule &rule : m_rules) {
        if (rule.column < 0)
            continue;
        if (rule.column != foldedColumn) {
            foldedColumn = rule.column;
            folded = rule.column < cells.size() ? cells.at(rule.column).trimmed().toCaseFolded()
                                                : QString();
        }
        if (globFolded(rule.pattern, folded))
            return rule.status;
    }
    return m_fallback;
}

} // namespace ps::accounts
