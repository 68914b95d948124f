// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <vector>

/// What the report's prioritization matrix shows, shared by the PDF (ui/report/matrixchart.cpp)
/// and the HTML report (core/report/svgmatrix.cpp), so both name the same partners.
namespace ps::report {

/// How many of the largest partners by revenue the matrix names first.
constexpr int MatrixLargestNamed = 6;

/**
 * The partners (indexes into content.partners) the matrix names, most important first: the
 * six largest by revenue (sourced + influenced), then the borderline ones (stability below
 * BorderlineStability), then the invest quadrant by revenue. Each partner appears once.
 */
std::vector<size_t> matrixNamedOrder(const ReportContent &content);

} // namespace ps::report
