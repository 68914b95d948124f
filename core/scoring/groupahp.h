// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/ahp.h"
#include "core/scoring/ahpsuggestion.h"

#include <QString>

#include <optional>
#include <vector>

/// Group AHP: many participants' pairwise matrices over the same criteria turned into group
/// weights and a consensus figure. Method and references: docs/workshop.md, "Group weights".
namespace ps::ahp {

/// One participant's matrix, analysed on its own.
struct ParticipantAnalysis {
    Result result;                        ///< weights, lambda max, CI, CR
    std::optional<Suggestion> suggestion; ///< the judgment to revisit, see suggest()
};

struct GroupResult {
    /// AIJ (aggregation of individual judgments): the element-wise geometric mean of the
    /// matrices, then its principal eigenvector. The aggregate matrix is reciprocal again.
    Matrix aijMatrix;
    Result aij;
    /// AIP (aggregation of individual priorities): the geometric mean of each criterion's
    /// weight over the participants, normalized to sum 1.
    std::vector<double> aipWeights;
    /// Goepel's AHP consensus S* in [0, 1]; 1 when everyone agrees. 1 for a single participant.
    double consensus = 1.0;
    std::vector<ParticipantAnalysis> participants; ///< in the order of the input
};

/// The element-wise geometric mean of same-sized matrices (the AIJ matrix).
Matrix geometricMeanMatrix(const std::vector<Matrix> &matrices);

/// The normalized geometric mean of priority vectors (AIP weights).
std::vector<double> geometricMeanPriorities(const std::vector<std::vector<double>> &priorities);

/**
 * Goepel's AHP consensus indicator S* from each participant's priorities (same length n >= 2),
 * based on the partition of Shannon entropy into alpha (within) and beta (between) diversity:
 *
 *   H_alpha = mean over participants k of  -sum_j w_kj ln w_kj
 *   H_gamma = -sum_j m_j ln m_j  with m_j the arithmetic mean of w_kj over k
 *   H_beta  = H_gamma - H_alpha
 *   H_alpha,min = -(M/(n+M-1)) ln(M/(n+M-1)) - (n-1)/(n+M-1) ln(1/(n+M-1)),  M = 9
 *   H_gamma,max = ln n
 *   c  = exp(H_gamma,max - H_alpha,min)
 *   S* = (exp(-H_beta) - 1/c) / (1 - 1/c)
 *
 * (Goepel 2013, ISAHP Kuala Lumpur; Goepel 2018, IJAHP 10(3); as AHP-OS computes it.)
 * Returns 1 for fewer than two participants; clamped to [0, 1].
 */
double consensus(const std::vector<std::vector<double>> &priorities, double scaleMax = 9.0);

/// Analyses every matrix, aggregates them (AIJ and AIP) and measures consensus. All matrices
/// must be valid (checkMatrix) and of one size; otherwise std::nullopt with *error naming the
/// first offending matrix by its 1-based position.
std::optional<GroupResult> aggregate(const std::vector<Matrix> &matrices, QString *error = nullptr);

} // namespace ps::ahp
