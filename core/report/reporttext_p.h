// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportcontent.h"

#include <QString>
#include <QStringList>

/// Shared by the core writers: translated column titles and cell texts, so CSV, HTML and XLSX
/// say the same thing in the same words.
namespace ps::report::detail {

QString tr(const char *text);

/// The partner table's columns, in order (reportwriters.h, writeCsv).
QStringList partnerHeader();
/// One partner's cells as text (numbers with a dot whatever the locale).
QStringList partnerCells(const ReportContent &content, size_t row);

QString modelText(const std::optional<PartnerModel> &model);
QString fixed(double value, int decimals);
double revenueOf(const Partner &partner);
/// The name of the ICP of coverage row `row`.
QString icpName(const ReportContent &content, size_t row);

/// Writes `bytes` to `path` through a temporary file; false with a sentence in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ps::report::detail
