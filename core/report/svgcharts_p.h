// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QString>
#include <QStringList>

#include <vector>

/// Small inline SVG charts for the HTML report, drawn from the report's own numbers.
namespace ps::report::detail {

/// The prioritization matrix: one circle per partner at (potential, readiness), the scenario's
/// threshold lines and each partner's name.
QString matrixSvg(const ReportContent &content);

/// Horizontal bars, one per label, scaled to the largest value; values printed beside them.
QString barSvg(const QStringList &labels, const std::vector<double> &values);

/// Horizontal bars around a zero line for values that can be negative (ROI in percent): the
/// negative ones drawn left of it in the warning colour, values printed with a % sign.
QString signedBarSvg(const QStringList &labels, const std::vector<double> &values);

} // namespace ps::report::detail
