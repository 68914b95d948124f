// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The Analytic Hierarchy Process (Saaty): weights from a pairwise comparison matrix.
namespace ps::ahp {

using Matrix = std::vector<std::vector<double>>;

struct Result {
    std::vector<double> weights; ///< principal eigenvector, normalized to sum 1
    double lambdaMax = 0.0;
    double ci = 0.0;        ///< consistency index (lambdaMax - n) / (n - 1)
    double cr = 0.0;        ///< consistency ratio CI / RI; 0 for n <= 2
    bool consistent = true; ///< cr <= 0.10
};

/// Saaty's random index for an n x n matrix (n = 1..15), from his published table.
double randomIndex(int n);

/// Checks that the matrix is square (n >= 1), positive, with a unit diagonal and reciprocal
/// (a[i][j] * a[j][i] = 1 within 1e-3). Returns one clear sentence, or an empty string.
QString checkMatrix(const Matrix &m);

/// Weights by the principal eigenvector (power iteration), lambda max, CI and CR.
/// std::nullopt with *error set for a matrix that checkMatrix() rejects.
std::optional<Result> compute(const Matrix &m, QString *error = nullptr);

/// A pairwise matrix read from CSV: a header row of criterion names (first cell empty) and one
/// row per criterion named in its first cell; cells are numbers or fractions like 1/3.
struct PairwiseTable {
    QStringList names;
    Matrix matrix;
};

/// Parses the CSV text; on error returns std::nullopt and one sentence naming `fileName` and
/// the line (1-based) in *error.
std::optional<PairwiseTable> parseCsv(const QByteArray &csv, const QString &fileName,
                                      QString *error = nullptr);

} // namespace ps::ahp
