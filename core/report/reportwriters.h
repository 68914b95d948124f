// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QString>

/// The report formats core can write (PDF, with its charts, is written by ui/report).
/// Each returns false with one sentence naming the file in *error on failure.
namespace ps::report {

/// One row per partner: name, model, status, tier, potential, readiness, quadrant, stability,
/// segment(s), revenue, pipeline, investment. Below them, each after an empty row and a title
/// row, the economics tables: program metrics, ROI by model, OEM deals, royalty per year, needs
/// attention, then the plan: summary, allocation by partner, by model, by program kind. UTF-8
/// with BOM, CRLF, RFC 4180 quoting; cells other than plain numbers (-20000,
/// -0.13, -10%) starting with = + - @ tab or CR are prefixed with ' so spreadsheets do not run
/// them.
bool writeCsv(const ReportContent &content, const QString &path, QString *error = nullptr);
/// The CSV text itself (for golden tests).
QByteArray csvText(const ReportContent &content);

/// One self-contained HTML file: inline styles and inline SVG charts, no external links,
/// everything escaped. Ends with the economics section (program metrics, ROI by model chart,
/// OEM deals, royalty per year, needs attention) and the investment plan before the appendix.
bool writeHtml(const ReportContent &content, const QString &path, QString *error = nullptr);
QByteArray htmlText(const ReportContent &content);

/// XLSX (libxlsxwriter): sheets Summary, Partners, Segments, ICP coverage, Economics, Plan; frozen
/// headers, number formats, native charts.
bool writeXlsx(const ReportContent &content, const QString &path, QString *error = nullptr);

/// Neutralizes a cell for CSV/XLSX (leading = + - @ tab CR get a ' prefix).
QString safeCell(const QString &text);
/// Escapes text for HTML element content and attribute values.
QString escapeHtml(const QString &text);

} // namespace ps::report
