// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping and checking the rows of an account list.
#include "core/accounts/accountimport.h"

#include "core/accounts/accounttext.h"
#include "core/accounts/statusrulestext.h"
#include "core/import/importmapping.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace ps::accounts {
namespace {

constexpr qsizetype MaxWebsiteChars = 2048;
constexpr qsizetype MaxCellChars = 500;
constexpr qsizetype ProgressEvery = 4096;

/// Cell text as a value: trimmed, and a spreadsheet's formula guard ("'=SUM") removed, as
/// Partnerscope's own exports add it.
QString cellText(const csv::Fields &cells, int column) {
    if (column < 0 || column >= cells.size())
        return {};
    QString text = cells.at(column).trimmed();
    if (text.size() > 1 && text.front() == QLatin1Char('\'') &&
        QStringLiteral("=+-@").contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

/// A character no company list has: C0 and C1 controls (line breaks and tabs included: a name
/// or domain never spans lines) and the bidirectional embeddings, overrides and isolates that
/// make text display in another order than it is stored ("Trojan Source").
bool isHostileChar(char16_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/// Up to 40 characters of a value for a message, with hostile characters shown as U+XXXX.
QString excerpt(const QString &value) {
    QString out;
    for (const QChar c : value.left(40)) {
        if (isHostileChar(c.unicode()))
            out += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return value.size() > 40 ? out + QStringLiteral("...") : out;
}

/// Reads "1,250", "51-200" (the middle: 126) or "1000+" (1000). nullopt: not a number.
std::optional<double> readAmount(const QString &text, QChar decimalSeparator, bool allowRange) {
    const import::Number number = import::parseNumber(text, decimalSeparator);
    if (number.state == import::Number::State::Valid)
        return number.value;
    if (!allowRange)
        return std::nullopt;
    QString s = text;
    s.remove(QLatin1Char(' '));
    if (s.endsWith(QLatin1Char('+'))) {
        const import::Number low = import::parseNumber(s.chopped(1), decimalSeparator);
        if (low.state == import::Number::State::Valid)
            return low.value;
        return std::nullopt;
    }
    const qsizetype dash = s.indexOf(QLatin1Char('-'), 1);
    if (dash > 0) {
        const import::Number low = import::parseNumber(s.left(dash), decimalSeparator);
        const import::Number high = import::parseNumber(s.mid(dash + 1), decimalSeparator);
        if (low.state == import::Number::State::Valid &&
            high.state == import::Number::State::Valid && low.value <= high.value)
            return std::round((low.value + high.value) / 2.0);
    }
    return std::nullopt;
}

/// Maps and checks the records of one table; one instance per parseAccounts() call.
class RowReader {
public:
    RowReader(const csv::Table &table, const AccountMapping &mapping)
        : m_table(table)
        , m_mapping(mapping)
        , m_rules(mapping.statusRules, table.header, mapping.columnOf(AccountField::Status)) {
        for (int i = 0; i < int(mapping.columns.size()) && i < table.columnCount(); ++i)
            if (mapping.columns[size_t(i)] != AccountField::Ignore)
                m_checked.push_back(i);
        for (const int column : m_rules.columns())
            if (std::find(m_checked.begin(), m_checked.end(), column) == m_checked.end())
                m_checked.push_back(column);
    }

    /// The account of `record`, or nullopt after adding an error.
    std::optional<Account> read(const csv::Record &record, std::vector<AccountIssue> &errors) {
        const csv::Fields &cells = record.fields;
        for (const int column : m_checked) {
            const QString problem = checkCell(column, cellText(cells, column));
            if (!problem.isEmpty()) {
                errors.push_back({record.line, problem});
                return std::nullopt;
            }
        }
        Account account;
        account.crmSource = m_mapping.crmSource;
        for (int i = 0; i < int(m_mapping.columns.size()); ++i) {
            const QString text = cellText(cells, i);
            switch (m_mapping.columns[size_t(i)]) {
            case AccountField::Ignore:
            case AccountField::Status:
                break;
            case AccountField::CrmId:
                account.crmId = text;
                break;
            case AccountField::Name:
                account.name = text;
                break;
            case AccountField::Website:
                if (account.website.isEmpty())
                    account.website = text;
                break;
            case AccountField::Industry:
                account.industry = text;
                break;
            case AccountField::Country:
                account.country = text;
                break;
            case AccountField::Employees:
            case AccountField::OpenPipeline:
                if (!readNumber(m_mapping.columns[size_t(i)], i, text, account, record.line,
                                errors))
                    return std::nullopt;
                break;
            }
        }
        if (account.name.isEmpty() && account.website.isEmpty()) {
            errors.push_back(
                {record.line,
                 AccountText::tr("The row has neither a company name nor a website.")});
            return std::nullopt;
        }
        account.status = m_rules.statusOf(cells);
        return account;
    }

    /// The text that makes this row a repeat of another: every checked cell.
    QString rowKey(const csv::Record &record) const {
        QString key;
        for (const int column : m_checked) {
            key += cellText(record.fields, column);
            key += QChar(0x1F);
        }
        return key;
    }

private:
    QString columnName(int column) const {
        const QString header =
            column < m_table.header.size() ? m_table.header.at(column).trimmed() : QString();
        return header.isEmpty() ? AccountText::tr("column %1").arg(column + 1) : header;
    }

    QString checkCell(int column, const QString &text) const {
        for (const QChar c : text)
            if (isHostileChar(c.unicode()))
                return AccountText::tr("The %1 cell \"%2\" holds control or text-direction "
                                       "characters that no company list has.")
                    .arg(columnName(column), excerpt(text));
        const bool website = m_mapping.columns.size() > size_t(column) &&
                             m_mapping.columns[size_t(column)] == AccountField::Website;
        const qsizetype limit = website ? MaxWebsiteChars : MaxCellChars;
        if (text.size() > limit)
            return AccountText::tr("The %1 cell is longer than %L2 characters.")
                .arg(columnName(column))
                .arg(limit);
        if (text.startsWith(QLatin1Char('=')))
            return AccountText::tr("The %1 cell \"%2\" is a spreadsheet formula, not a value.")
                .arg(columnName(column), excerpt(text));
        return {};
    }

    bool readNumber(AccountField field, int column, const QString &text, Account &account, int line,
                    std::vector<AccountIssue> &errors) const {
        if (text.isEmpty())
            return true;
        const bool employees = field == AccountField::Employees;
        const auto value = readAmount(text, m_mapping.decimalSeparator, employees);
        if (!value) {
            errors.push_back({line, AccountText::tr("The %1 value \"%2\" is not a number.")
                                        .arg(columnName(column), excerpt(text))});
            return false;
        }
        if (*value < 0 || !std::isfinite(*value) || (employees && *value > 1e9)) {
            errors.push_back({line, AccountText::tr("The %1 value \"%2\" is out of range.")
                                        .arg(columnName(column), excerpt(text))});
            return false;
        }
        if (employees)
            account.employees = qint64(std::llround(*value));
        else
            account.openPipeline = *value;
        return true;
    }

    const csv::Table &m_table;
    const AccountMapping &m_mapping;
    CompiledStatusRules m_rules;
    std::vector<int> m_checked; ///< mapped columns and the columns the rules read
};

} // namespace

QString AccountIssue::describe(const QString &fileName) const {
    //: %1 file name, %2 line number, %3 the problem
    return line > 0 ? AccountText::tr("%1:%2: %3").arg(fileName).arg(line).arg(message)
                    //: %1 file name, %2 the problem
                    : AccountText::tr("%1: %2").arg(fileName, message);
}

QString AccountImportResult::errorMessage() const {
    if (errors.empty())
        return cancelled ? AccountIssue{0, AccountText::tr("The import was cancelled.")}.describe(
                               fileName)
                         : QString();
    return errors.front().describe(fileName);
}

AccountImportResult parseAccounts(const csv::Table &table, const AccountMapping &mapping,
                                  const QString &fileName, const AccountImportOptions &options) {
    AccountImportResult result;
    result.fileName = fileName;
    const auto refuse = [&](int line, const QString &message) {
        result.errors.push_back({line, message});
        return result;
    };
    if (mapping.columnOf(AccountField::Name) < 0 && mapping.columnOf(AccountField::Website) < 0)
        return refuse(table.headerLine,
                      AccountText::tr("The list has neither a company name nor a website column."));
    if (table.records.empty())
        return refuse(0,
                      AccountText::tr("The list has no accounts: the file holds only a header."));

    RowReader reader(table, mapping);
    AccountList list;
    list.accounts.reserve(table.records.size());
    const int idColumn = mapping.columnOf(AccountField::CrmId);
    QHash<QString, int> lineOfId, lineOfRow;
    qsizetype sinceProgress = 0;
    for (size_t i = 0; i < table.records.size(); ++i) {
        const csv::Record &record = table.records[i];
        if (options.progress && ++sinceProgress >= ProgressEvery) {
            sinceProgress = 0;
            if (!options.progress(qint64(i), qint64(table.records.size()))) {
                result.cancelled = true;
                return result;
            }
        }
        std::optional<Account> account = reader.read(record, result.errors);
        if (account) {
            const QString id = idColumn >= 0 ? account->crmId : QString();
            if (!id.isEmpty()) {
                const int first = lineOfId.value(id, 0);
                if (first > 0)
                    result.errors.push_back(
                        {record.line,
                         AccountText::tr("The CRM id \"%1\" repeats the row on line %2.")
                             .arg(excerpt(id))
                             .arg(first)});
                else
                    lineOfId.insert(id, record.line);
            } else {
                const QString key = reader.rowKey(record);
                const int first = lineOfRow.value(key, 0);
                if (first > 0)
                    result.errors.push_back(
                        {record.line, AccountText::tr("The row repeats line %1.").arg(first)});
                else
                    lineOfRow.insert(key, record.line);
            }
            list.accounts.push_back(std::move(*account));
        }
        if (int(result.errors.size()) >= std::max(1, options.maxErrors))
            break;
    }
    if (!result.errors.empty())
        return result;

    if (!deriveKeys(list.accounts, options.threads, {})) {
        result.cancelled = true;
        return result;
    }
    for (size_t i = 0; i < list.accounts.size(); ++i) {
        const Account &a = list.accounts[i];
        if (!a.website.isEmpty() && a.domainKey.isEmpty())
            result.warnings.push_back(
                {table.records[i].line,
                 AccountText::tr("The website \"%1\" names no registrable domain; the account is "
                                 "matched by its name.")
                     .arg(excerpt(a.website))});
    }
    list.importedOn = options.importedOn.isValid() ? options.importedOn : QDate::currentDate();
    list.sourceName = fileName;
    list.statusRules = statusRulesToText(mapping, table.header);
    if (options.progress)
        options.progress(qint64(table.records.size()), qint64(table.records.size()));
    result.list = std::move(list);
    return result;
}

AccountImportResult importAccountFile(const QString &path, AccountPreset preset,
                                      const std::optional<StatusRules> &rules,
                                      const AccountImportOptions &options) {
    if (!QFileInfo::exists(path)) {
        AccountImportResult result;
        result.fileName = path;
        result.errors.push_back({0, AccountText::tr("The file does not exist.")});
        return result;
    }
    csv::ReadOptions read;
    read.limits = options.limits;
    const csv::ReadResult table = csv::readFile(path, read);
    if (!table.ok()) {
        AccountImportResult result;
        result.fileName = path;
        result.cancelled = table.cancelled;
        result.errors.push_back({table.error.line, table.error.message});
        return result;
    }
    AccountMapping mapping =
        buildAccountMapping(preset, table.table->header, table.table->delimiter);
    QString rulesNote;
    if (rules) {
        mapping.statusRules = *rules;
    } else {
        RulesChoice choice = chooseStatusRules(mapping, table.table->header, options.remembered);
        mapping.statusRules = std::move(choice.rules);
        rulesNote = std::move(choice.note);
    }
    QString error;
    if (!applyColumnOverrides(mapping, table.table->header, options.columnMap, &error)) {
        AccountImportResult result;
        result.fileName = path;
        result.errors.push_back({table.table->headerLine > 0 ? table.table->headerLine : 1, error});
        return result;
    }
    AccountImportResult result = parseAccounts(*table.table, mapping, path, options);
    result.rulesNote = std::move(rulesNote);
    return result;
}

} // namespace ps::accounts
