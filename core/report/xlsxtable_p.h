// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include <xlsxwriter.h>

/// The XLSX writer's building block: one table per worksheet, as a spreadsheet table (filter
/// buttons, banded rows) with a frozen header, columns sized to their content, long text
/// wrapped, numbers as numbers with their format, landscape printing fit to the page width.
namespace ps::report::xlsx {

/// The workbook's cell formats.
struct Formats {
    lxw_format *bold = nullptr;
    lxw_format *wrap = nullptr;    ///< text, wrapped, top-aligned
    lxw_format *text = nullptr;    ///< text, top-aligned
    lxw_format *integer = nullptr; ///< counts, years: 0
    lxw_format *score = nullptr;   ///< 0.0
    lxw_format *money = nullptr;   ///< #,##0 and the currency
    lxw_format *percent = nullptr; ///< 0%
    lxw_format *cents = nullptr;   ///< 0.00 and the currency
    lxw_format *ratio = nullptr;   ///< 0.00
    lxw_format *title = nullptr;   ///< the summary's title
};

/// Adds the formats to `wb`; `currency` (three letters, else none) follows money amounts.
Formats makeFormats(lxw_workbook *wb, const QString &currency);

/// A cell: text (written as a string, exactly as given), a number with its format, or empty.
struct Cell {
    enum class Kind { Empty, Text, Number } kind = Kind::Empty;
    QString text;
    double value = 0.0;
    lxw_format *format = nullptr;
};
Cell text(const QString &value);
Cell number(double value, lxw_format *format);
/// The number, or `fallback` as text when there is none ("n/a", "not enough deals").
Cell numberOr(const std::optional<double> &value, lxw_format *format, const QString &fallback);

/// One worksheet's table.
struct Table {
    QString sheet; ///< the worksheet's name (cut to Excel's 31 characters)
    QStringList header;
    std::vector<std::vector<Cell>> rows;
};

/// Writes `table` as the worksheet's only table from A1 and returns the worksheet (its name is
/// sheetName(table.sheet)); a chart goes right of column `lastColumn(table) + 1`.
lxw_worksheet *writeTable(lxw_workbook *wb, const Table &table, const Formats &f);
/// The name the worksheet gets: Excel's forbidden characters replaced, 31 characters at most.
QString sheetName(const QString &name);
/// How many lines `text` takes wrapped in a column `width` characters wide.
int lineCount(const QString &text, double width);
/// A row's height in points for `lines` lines of the default font.
double rowHeight(int lines);
/// Sets landscape, A4, fit to one page wide, the header row repeated.
void printSetup(lxw_worksheet *ws, bool repeatHeader);
/// Inserts `chart` right of the table's columns (a blank column between), top-aligned with
/// the header.
void insertChartBeside(lxw_worksheet *ws, const Table &table, lxw_chart *chart);

} // namespace ps::report::xlsx
