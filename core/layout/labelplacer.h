// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace ps::matrix {

/**
 * Places the names of bubbles on a chart so that no name covers another name, a bubble, a
 * fixed obstacle (a quadrant title) or leaves the chart's area. A name goes beside its bubble
 * (above, below, right, left, then the diagonals) where there is room; with more than one ring
 * it goes further out, in sixteen directions, with a leader line from the bubble's rim, and a
 * leader crosses no name, no other leader and no other bubble (but those drawn over its own
 * bubble, which it cannot avoid). Names are placed in the order asked, so the most important go
 * first. The matrix page (BubblePlottable), the workshop's names (MatrixNames), the PDF report's
 * matrix (ui/report/matrixchart.cpp) and the HTML report's (core/report/svgmatrix.cpp) share it;
 * it knows only Qt Core geometry, so the core can use it.
 *
 * Bubbles are kept in a grid of cells, so a chart of 20,000 bubbles places its names in
 * milliseconds.
 */
class LabelPlacer {
public:
    struct Options {
        /// 1: beside the bubble only; n: n - 1 rings further out, with a leader line.
        int rings = 1;
        /// Between a bubble's rim and its name, in pixels.
        double gap = 3.0;
        /// How much further out each ring is, as a share of the name's height.
        double ringStep = 1.1;
        /// The share of another bubble's radius a name may not cover (1 = the whole bubble;
        /// less lets a name graze a rim).
        double bodyShare = 1.0;
        /// Whether a leader line must pass by other bubbles (else it may cross them, as on a
        /// crowded projector chart where naming the leading partners matters more).
        bool leadersAvoidBubbles = true;
        /// Whether a leader may cross the bubbles drawn over its own (where they overlap, it
        /// starts inside them). Else it leaves its bubble where no other one covers it, so it
        /// never seems to point at another bubble (the report, at print size).
        bool leadersCrossOverlapping = true;
    };

    /// One name as placed.
    struct Placement {
        QRectF rect;
        QLineF leader; ///< null when the name sits beside its bubble
    };

    LabelPlacer(const QRectF &area, const Options &options);

    /// A rectangle no name may touch (a quadrant title, a legend).
    void addObstacle(const QRectF &rect);
    /// A bubble no name may cover; returns its index for place().
    int addBubble(const QPointF &centre, double radius);
    /// Places a name of `size` for bubble `bubble`; std::nullopt when no spot is free. A placed
    /// name is an obstacle for the names placed after it. `rings` (> 0) tries only that many
    /// rings instead of Options::rings: a first pass near the bubbles, a second further out.
    std::optional<Placement> place(int bubble, const QSizeF &size, int rings = 0);

    /// One name to place: its bubble (from addBubble()) and its size.
    struct Request {
        int bubble = -1;
        QSizeF size;
    };
    /// Places names given in priority order, in passes: the first `fullFirst` as far out as
    /// Options::rings go; then the others within `nearRings` of their bubbles; then those left
    /// over as far out as the rings go. Returns a placement (or none) per request, in order.
    std::vector<std::optional<Placement>> placeInPasses(const std::vector<Request> &requests,
                                                        int nearRings, size_t fullFirst = 0);

    /// Whether `rect` is inside the area and touches no obstacle, placed name or bubble other
    /// than `self` (-1: any bubble).
    bool isFree(const QRectF &rect, int self) const;

private:
    struct Circle {
        QPointF centre;
        double radius = 0.0;
    };
    bool leaderIsFree(const QLineF &leader, int self) const;
    /// Grid cells a rectangle covers (clamped to the grid).
    void cellsOf(const QRectF &rect, int &x0, int &y0, int &x1, int &y1) const;

    QRectF m_area;
    Options m_options;
    std::vector<QRectF> m_taken; ///< obstacles and placed names
    std::vector<QLineF> m_leaders;
    std::vector<Circle> m_bubbles;
    double m_cell = 32.0;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<std::vector<int>> m_grid; ///< bubble indices per cell, row-major
};

} // namespace ps::matrix
