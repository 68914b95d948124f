// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/ahp.h"

#include <QString>

#include <array>
#include <optional>

/// Saaty's 17-value scale and the judgment to revisit in an inconsistent matrix.
namespace ps::ahp {

/// The 17 values of Saaty's fundamental scale, ascending: 1/9, 1/8, ..., 1/2, 1, 2, ..., 9.
const std::array<double, 17> &saatyScale();

/// The scale value nearest to `ratio` on a log scale (judgments are ratios, so 1/3 and 3 are
/// equally far from 1). Ratios beyond the scale map to 1/9 or 9.
double nearestSaaty(double ratio);

/// Whether `value` is one of the 17 scale values (within a relative 1e-6, so 1/3 typed as
/// 0.3333333 still counts).
bool isSaatyValue(double value);

/// A scale value as people write it: "3", "1/3".
QString saatyText(double value);

/**
 * The judgment that contributes most to a matrix's inconsistency, with a proposed value.
 *
 * Method (as ahpsurvey's ahp.error and AHPtools use): with the matrix's eigenvector weights w,
 * each judgment's error is e_ij = a_ij * w_j / w_i, which is 1 for every judgment of a perfectly
 * consistent matrix. The judgment with the largest |ln e_ij| is the one that strays most from
 * what the other judgments imply. The proposal is the scale value nearest to w_i / w_j; a
 * judgment that is already that value is skipped, so the proposal always changes something.
 * `row` < `column`: the judgment is a[row][column] of the upper triangle, and its reciprocal
 * changes with it.
 */
struct Suggestion {
    int row = -1;
    int column = -1;
    double current = 1.0;  ///< a[row][column] as judged
    double proposed = 1.0; ///< a Saaty scale value
    double error = 1.0;    ///< e = a_ij * w_j / w_i of the judgment (> 1: judged too high)
    double crAfter = 0.0;  ///< the consistency ratio with the proposed value in place
};

/// The suggestion for a valid matrix of 3 or more criteria; std::nullopt when the matrix is
/// invalid, smaller, or every judgment already is the scale value its weights imply.
std::optional<Suggestion> suggest(const Matrix &m);

/// The matrix with a[row][column] set to `value` and a[column][row] to its reciprocal.
Matrix withJudgment(Matrix m, int row, int column, double value);

} // namespace ps::ahp
