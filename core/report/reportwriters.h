// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QString>
#include <QStringList>

#include <vector>

/// The report formats core can write (PDF, with its charts, is written by ui/report).
/// Each returns false with one sentence naming the file in *error on failure.
namespace ps::report {

/// One table of the CSV export: `key` names its file ("" = the partner table itself).
struct CsvTable {
    QString key;
    QStringList header;
    std::vector<QStringList> rows;
};

/// Every table the CSV export writes, the partner table first: one row per partner with name,
/// model, status, tier, potential, readiness, quadrant, stability, segment(s), revenue,
/// pipeline, investment, scored from. Then program-metrics, roi-by-model, oem-deals,
/// royalty-per-year, needs-attention, impact-program, impact-by-partner, impact-by-model,
/// impact-by-tier, impact-by-icp, plan-summary, and when the plan is solved plan-by-partner,
/// plan-by-model, plan-by-program-kind, and with account lists account-overlap.
std::vector<CsvTable> csvTables(const ReportContent &content);
/// Every key csvTables() can return besides the partner table, in order.
QStringList csvTableKeys();
/// Where table `key` of the CSV report `path` goes: "out.csv" + "royalty-per-year" =
/// "out-royalty-per-year.csv" in the same folder; "" = `path` itself.
QString csvTablePath(const QString &path, const QString &key);
/// One table as CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting, a header row and the rows, nothing
/// else; cells other than plain numbers (-20000, -0.13, -10%) starting with = + - @ tab or CR are
/// prefixed with ' so spreadsheets do not run them.
QByteArray csvTableText(const CsvTable &table);
/// Writes every table of csvTables(): the partner table to `path`, the others beside it
/// (csvTablePath), each atomically; removes a table file of an earlier report this one lacks.
bool writeCsv(const ReportContent &content, const QString &path, QString *error = nullptr);
/// The partner table's CSV text (for golden tests).
QByteArray csvText(const ReportContent &content);

/// One self-contained HTML file: inline styles and inline SVG charts, no external links,
/// everything escaped. Ends with the economics section (program metrics, ROI by model chart,
/// OEM deals, royalty per year, needs attention) and the investment plan before the appendix.
bool writeHtml(const ReportContent &content, const QString &path, QString *error = nullptr);
QByteArray htmlText(const ReportContent &content);

/// XLSX (libxlsxwriter): a Summary sheet, then one spreadsheet table per sheet (Partners,
/// Segments, ICP coverage, the economics, impact and plan tables, Overlap) with a filter and a
/// frozen header, columns sized to content, long text wrapped, numbers with their formats, native
/// charts right of their table, landscape printing fit to width; text cells kept as typed
/// (docs/report-formats.md).
bool writeXlsx(const ReportContent &content, const QString &path, QString *error = nullptr);

/// Neutralizes a CSV cell (leading = + - @ tab CR get a ' prefix); XLSX needs none, its text
/// cells are strings.
QString safeCell(const QString &text);
/// Escapes text for HTML element content and attribute values.
QString escapeHtml(const QString &text);

} // namespace ps::report
