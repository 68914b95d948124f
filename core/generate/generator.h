// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QtGlobal>

namespace ps {

/// Generates a synthetic portfolio for benchmarks, tests and demos at scale.
///
/// The result is a function of the three arguments only: the same call gives equal data on
/// every run and every platform (the generator uses its own PRNG, see ps::Random). The data is
/// shaped like a real program rather than uniform noise: all ten partner models with realistic
/// weights, the five lifecycle statuses, tiers, regions and industries from small vocabularies,
/// log-normal revenue that depends on model and status, ratings that are mostly present, about
/// five influence links per partner (each ICP/partner pair at most once, fewer when there are
/// fewer ICPs), resellers and VARs buying through distributors, and a few OEM deals for OEM
/// partners, and two years (2024-2025) of activity and deal log (generate/logs.h): active partners
/// at a cadence that grows with their revenue, some going quiet, dormant and exited ones
/// stopping early, and direct deals beside the partner-influenced ones. The result passes
/// ps::validate().
///
/// Negative counts are treated as zero. 100,000 partners and 50 ICPs take under a second
/// (about 0.8 s optimized on a quiet machine, 0.35 s of it the logs).
///
/// @param partners number of partners
/// @param icps number of ideal customer profiles
/// @param seed any value; different seeds give different portfolios
PortfolioData generatePortfolio(int partners, int icps, quint64 seed);

} // namespace ps
