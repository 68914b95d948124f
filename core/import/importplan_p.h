// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/import: what the planners of every kind share (cell text, issues by line,
// dates read in one order, partners found by CRM id, website or name).
#include "core/import/importplan.h"
#include "core/import/stringindex.h"

#include <QCoreApplication>
#include <QHash>

namespace ps::import::detail {

/// The import's translations, in the context lupdate files them under.
class ImportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Import)
};

/// Records between two progress calls.
constexpr int ProgressEvery = 4096;

/// Cell text as a value: trimmed, and a spreadsheet's formula guard ("'=SUM") removed, as
/// Partnerscope's own exports add it.
QString cellText(const QString &raw);

/// The bytes of field `column` of `fields` when they are its cellText() as they stand, in ASCII:
/// a field kept as bytes of a UTF-8 file, all ASCII, with no space at either end and no
/// formula guard. A null view otherwise (the caller then reads cellText(fields.at(column))).
QLatin1StringView plainAsciiCell(const csv::Fields &fields, int column);

/// True when `text` is a number as parseNumber() reads it in its common form (digits, proper
/// groups of three, a decimal part); false says nothing (parseNumber() decides).
bool isSimpleNumber(QLatin1StringView text, QChar decimalSeparator);

/// Items of a cell separated by ';' (HubSpot's associations) or line breaks, trimmed, empty
/// ones dropped; `commas` also splits on ','.
QStringList splitItems(const QString &text, bool commas);

/// Partners of the portfolio by CRM record id, website domain and name.
class PartnerLookup {
public:
    explicit PartnerLookup(const std::vector<Partner> &partners);
    /// The partner with this CRM record id from `source`, or -1.
    int byCrmId(CrmSource source, const QString &id) const;
    /// By website domain when `text` is one, else by normalized name; -1 when none.
    int byText(const QString &text) const;
    /// By domain when `text` is one, else by the exact name (ignoring case and spacing).
    int byDomainOrExactName(const QString &text) const;

private:
    StringIndex<int> m_crm[4]; ///< by record id, one table per CrmSource
    QHash<QString, int> m_domain, m_name, m_exact;
};

/// The parts of a planner every kind shares: the table, mapping and portfolio, issues by line
/// and column, and dates read in the file's order.
class PlannerBase {
public:
    PlannerBase(const csv::Table &table, const Mapping &mapping, const PortfolioData &data);

protected:
    QString columnName(int column) const;
    QString cell(const csv::Record &record, int column) const {
        return column >= 0 && column < record.fields.size() ? cellText(record.fields[column])
                                                            : QString();
    }
    // Row by row work touches only the row: rows may be mapped on several threads at once.
    static void error(PlannedRow &row, int column, const QString &message) {
        row.issues.push_back({row.line, column, Severity::Error, message, 0});
    }
    static void warning(PlannedRow &row, int column, const QString &message) {
        row.issues.push_back({row.line, column, Severity::Warning, message, 0});
    }
    void notANumber(PlannedRow &row, int column, const QString &text) const;
    /// Warns about cells beyond the header once per row.
    void checkExtraCells(const csv::Record &record, PlannedRow &row) const;
    /// A date cell in the file's order; an error naming the column when it is not a date.
    QDate date(PlannedRow &row, int column, const QString &text) const;
    /// Marks the row valid unless it has an error.
    static void markValid(PlannedRow &row);
    /// Counts the row's ambiguous dates into the plan.
    void countAmbiguous(const PlannedRow &row) {
        if (row.dateAmbiguous)
            ++m_plan.ambiguousDates;
    }
    /// markValid() and countAmbiguous().
    void finishRow(PlannedRow &row) {
        markValid(row);
        countAmbiguous(row);
    }

    const csv::Table &m_table;
    const Mapping &m_mapping;
    const PortfolioData &m_data;
    ImportPlan m_plan;
    bool m_orderChosen = false; ///< the user chose the day/month order (or the file decides)
};

/// The planners of deals and activities (dealplan.cpp, activityplan.cpp).
ImportPlan planDeals(const csv::Table &table, const Mapping &mapping, const PortfolioData &data,
                     const csv::Progress &progress, const LinkedFile &partners);
ImportPlan planActivities(const csv::Table &table, const Mapping &mapping,
                          const PortfolioData &data, const csv::Progress &progress);

} // namespace ps::import::detail
