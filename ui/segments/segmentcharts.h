// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/segmentation.h"

#include <QWidget>

#include <vector>

class QCustomPlot;

namespace ps {

/**
 * The Segmentation page's charts, side by side with the segments as rows: segment sizes as
 * bars stacked by lifecycle status, mean potential and readiness per segment, and revenue
 * against program investment per segment. The figures come from ps::segmentStats; the only
 * thing counted here is the status of each partner for the stacks.
 */
class SegmentCharts : public QWidget {
    Q_OBJECT
public:
    /// Projector: large type, black text, thick lines and outlines, readable across a room.
    enum class Theme { Default, Projector };

    explicit SegmentCharts(QWidget *parent = nullptr);
    /// Call before setSegments(); the projector look also restyles what is already drawn.
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    /// Shows `segments` with their `stats` (same order); `data` gives the partners' statuses
    /// and `scores` (ps::scoreAll, portfolio partner order) the score distributions.
    void setSegments(const PortfolioData &data, const std::vector<Segment> &segments,
                     const std::vector<SegmentStats> &stats,
                     const std::vector<PartnerScore> &scores);

    QCustomPlot *plot() const { return m_plot; }
    /// Number of segments drawn.
    int segmentCount() const { return m_count; }

    /// Writes the charts to `path` (PNG, SVG or PDF by suffix) at width x height pixels.
    bool exportTo(const QString &path, int width, int height, QString *error = nullptr);

private:
    /// Fonts, pens and colours of the theme on everything currently in the plot.
    void applyTheme();
    /// Wraps each chart's legend (below it) into the width its column has in a picture
    /// `width` pixels wide.
    void fitLegends(double width);

    QCustomPlot *m_plot;
    int m_count = 0;
    Theme m_theme = Theme::Default;
};

} // namespace ps
