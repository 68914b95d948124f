// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/maplayout.h"

/// Internals shared by the two map layouts (maplayout.cpp, maplayout_force.cpp).
namespace ps::maplayout {

/// Force-directed positions for `graph`, before overlap removal.
std::vector<QPointF> forceLayout(const MapGraph &graph, const MapLayoutOptions &options);

/// Moves nodes apart until no two circles come closer than `margin`. Pushes overlapping pairs
/// apart for a few sweeps, then, if any overlap is left, spreads the whole layout about its
/// centre by the factor the worst pair needs, which separates every pair at once.
void removeOverlaps(const MapGraph &graph, std::vector<QPointF> &positions, double margin);

} // namespace ps::maplayout
