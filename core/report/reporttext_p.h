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

/// The partner table's columns, in order (reportwriters.h, writeCsv); the last says whether the
/// scores rest on the deal and activity logs or on manual ratings.
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

// Partner impact (issue 13), shared by CSV, HTML and XLSX.

/// Name, deals, won, lost, win rate, vs direct (points, 90% interval), average won, cycle,
/// open pipeline, sourced, influenced, attributed won revenue.
QStringList impactHeader(const QString &currency);
/// One row's cells; rates below the minimum say "not enough deals". `row` gives the difference
/// against direct deals (nullptr: none, as for the direct deals themselves).
QStringList impactCells(const QString &name, const ImpactMeasures &m, const ImpactRow *row,
                        int minClosedDeals);
/// Partner-involved and direct deals of the program.
std::vector<QStringList> impactProgramRows(const PartnerImpact &impact);
/// The rows with deals, in their order.
std::vector<QStringList> impactRows(const std::vector<ImpactRow> &rows, int minClosedDeals);
/// "Partners change the win rate by +17 points (90% interval +3 to +31); influenced pipeline
/// share 42%; partner-sourced new customers: 12." (translated)
QString impactSummary(const PartnerImpact &impact);

/// Writes `bytes` to `path` through a temporary file; false with a sentence in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ps::report::detail
