// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Shared by the core writers: translated column titles and cell texts, so CSV, HTML and XLSX
/// say the same thing in the same words.
namespace ps::report::detail {

/// The report's translations: one context for the texts every writer shares.
class ReportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report)
};

/// The partner table's columns, in order (reportwriters.h, writeCsv).
QStringList partnerHeader();
/// One partner's cells as text (numbers with a dot whatever the locale).
QStringList partnerCells(const ReportContent &content, size_t row);

QString modelText(const std::optional<PartnerModel> &model);
QString fixed(double value, int decimals);
double revenueOf(const Partner &partner);
/// The name of the ICP of coverage row `row`.
QString icpName(const ReportContent &content, size_t row);

// The economics section (seed 000 and 001), shared by CSV, HTML and XLSX.

/// "42%", or "n/a" when there is no value.
QString percentText(const std::optional<double> &share);
/// One OEM deal per row: deal, partner, structure, exit risk, conditions met, distraction,
/// exclusivity trap, breaks at scale, failure modes.
QStringList oemHeader();
QStringList oemCells(const OemAssessment &assessment);
/// One row per deal and year: deal, year, units, royalty, revenue, cost, margin, per unit.
QStringList royaltyHeader(const QString &currency);
std::vector<QStringList> royaltyRows(const ReportEconomics &economics);
/// Measure and value: active partner rate, time to first activity, retention, pipeline share,
/// win rate and average deal size partner vs direct, HHI and its band.
QStringList programHeader();
std::vector<QStringList> programRows(const ReportContent &content);
/// Model, partners, influenced revenue, investment, ROI.
QStringList roiHeader(const QString &currency);
std::vector<QStringList> roiRows(const ReportEconomics &economics);
/// Severity, partner, what, reason.
QStringList attentionHeader();
QStringList attentionCells(const AttentionItem &item);
QString severityText(AttentionItem::Severity severity);

/// Writes `bytes` to `path` through a temporary file; false with a sentence in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ps::report::detail
