// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

/// The least-squares fit behind curvefit.h, exposed for its tests.
namespace ps::plan::detail {

/// Points (spend, revenue) to fit value = baseline + a·(1 − e^(−x/s)) to.
struct Observations {
    std::vector<double> x;
    std::vector<double> y;
    /// With fixed effects, the unit (partner) of each point: every unit has its own baseline
    /// and only the variation within a unit identifies a and s. Empty: one common baseline.
    std::vector<int> unit;
    int units = 0;
};

enum class FitFailure {
    None,
    TooFewPoints,       ///< fewer points than parameters plus two, or fewer than 3 distinct spends
    NoPositiveResponse, ///< revenue does not rise with spend
    NoSaturation,       ///< the best curve is a straight line: the ceiling cannot be told
    SaturatedBelowData, ///< the best curve is a step below the smallest spend
    Singular,           ///< the parameters cannot be told apart
};

/// A 2-vector of (ln a, ln s) with its 2×2 covariance, the currency of the shrinkage.
struct LogParams {
    std::array<double, 2> mean{};
    std::array<double, 3> cov{}; ///< var ln a, cov, var ln s
};

struct SaturatingFit {
    FitFailure failure = FitFailure::None;
    double a = 0.0;
    double s = 0.0;
    std::vector<double> baselines; ///< per unit with fixed effects, else one
    LogParams params;              ///< (ln a, ln s) and their asymptotic covariance
    int points = 0;
    double rss = 0.0;
    bool ok() const { return failure == FitFailure::None; }
};

/// Least squares by variable projection: for a given s the model is linear in a and the
/// baseline(s), solved in closed form; the residual sum of squares is then minimised over ln s
/// (a log grid of 61 points from 1/50 to 50 times the median positive spend, refined by golden
/// section). The covariance is the usual asymptotic one, σ²·(JᵀJ)⁻¹ with σ² = RSS/(n − p) and
/// J the Jacobian in (ln a, ln s) with the baseline directions projected out.
SaturatingFit fitSaturating(const Observations &obs);

/// Normal-normal combination of two estimates of (ln a, ln s): precision-weighted mean and
/// covariance (P₁ + P₂)⁻¹. Variances are floored at 1e-12 so an exact estimate dominates.
LogParams combine(const LogParams &first, const LogParams &second);

/// Elementwise sum of covariances (an estimate plus independent spread).
LogParams widen(const LogParams &p, double varLogA, double varLogS);

} // namespace ps::plan::detail
