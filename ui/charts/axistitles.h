// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;

namespace ps {

/**
 * Keeps the titles of the plot's vertical axes whole: a title longer than its axis (a German
 * "Gewonnene unter den abgeschlossenen Deals (%)" beside a 150 px chart) wraps at spaces into
 * as many lines as it needs, and joins again when the chart grows. Call once per plot; the
 * titles may change at any time after.
 */
void wrapVerticalAxisTitles(QCustomPlot *plot);

} // namespace ps
