// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/planproblem.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

/// The plan's uncertainty by Monte Carlo (docs/plan.md, "Forecast").
///
/// Each draw takes every partner's curve parameters from their uncertainty ((ln a, ln s)
/// bivariate normal, see CurveUncertainty), keeps the plan's allocation, and adds up the
/// objective: Σ w·(baseline + a·(1 − e^(−x/s))) − c·x, as Plan::expectedTotal does for the
/// curves themselves. The curves keep the expected ceiling and first-unit return, so the
/// forecast's mean lies within a few percent of expectedTotal. Baselines are taken as known.
///
/// Deterministic for a seed, whatever the number of threads: every partner has its own random
/// stream (splitmix64 seeded from the seed and the partner's position), partners are summed in
/// fixed blocks, and blocks in order. Each partner's value at a draw comes from tables of
/// e^(σ_a·z − σ_a²/2) and of 1 − e^(−(x/s)·e^(−σ_s·w)) over z, w in [−6, 6] at 257 points, read
/// with linear interpolation (relative error below 3e-4·σ², far inside the Monte Carlo error of
/// 1/√draws); draws beyond ±6 are computed exactly.
namespace ps::plan {

/// Reports progress (blocks done of total) and asks whether to go on: return false to cancel.
/// Called on the thread that called forecastPlan().
using ForecastProgress = std::function<bool(int done, int total)>;

struct ForecastOptions {
    int draws = 10000; ///< 100 to 1,000,000
    quint64 seed = 1;
    int threads = 0; ///< 0: as many as the machine has cores
    ForecastProgress progress;
};

struct Forecast {
    double p10 = 0.0; ///< of the plan's total return (the objective), over the draws
    double p50 = 0.0;
    double p90 = 0.0;
    double mean = 0.0;
    /// Per partner (problem order), the share of draws in which the revenue its allocation buys
    /// (× margin rate with the margin objective) is at least the allocation; none when the
    /// allocation is zero.
    std::vector<std::optional<double>> payback;
    int draws = 0;
    bool cancelled = false;
    QString error; ///< a sentence when the input is refused or the forecast was cancelled
    bool ok() const { return error.isEmpty(); }
};

/// The forecast of `plan` (from allocate(problem), or edited by hand with the same partners).
/// Quantiles are the usual linear interpolation between order statistics (R's type 7).
Forecast forecastPlan(const PlanProblem &problem, const Plan &plan,
                      const ForecastOptions &options = {});

} // namespace ps::plan
