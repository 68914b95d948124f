// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QString>
#include <QStringList>

#include <vector>

/// Small inline SVG charts for the HTML report, drawn from the report's own numbers.
namespace ps::report::detail {

/// The prioritization matrix (svgmatrix.cpp), as the PDF report's: readiness across, potential
/// up, one circle per partner coloured by model with its area by revenue and its name as its
/// <title>, the scenario's thresholds dashed, the quadrant titles in the corners and the model
/// legend below. The partners of matrixNamedOrder() are named, in that order, where
/// ps::matrix::LabelPlacer finds room (text widths by estimatedTextWidth): no name covers a
/// bubble, another name or a quadrant title; one set apart has a leader line. The SVG asks for
/// DejaVu Sans (or Verdana, or sans-serif), names at 12 px.
QString matrixSvg(const ReportContent &content);

/// A generous estimate of the width in pixels of `text` in DejaVu Sans (or Verdana) at
/// `fontSize` pixels: no character is estimated narrower than it is drawn in those fonts.
double estimatedTextWidth(const QString &text, double fontSize, bool bold);

/// Horizontal bars, one per label, scaled to the largest value; values printed beside them.
QString barSvg(const QStringList &labels, const std::vector<double> &values);

/// Horizontal bars around a zero line for values that can be negative (ROI in percent): the
/// negative ones drawn left of it in the warning colour, values printed with a % sign.
QString signedBarSvg(const QStringList &labels, const std::vector<double> &values);

} // namespace ps::report::detail
