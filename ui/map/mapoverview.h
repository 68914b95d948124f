// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/domain/scenario.h"
#include "ui/theme/mapstyle.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QRectF>

#include <vector>

class QPainter;

namespace ps::map {

/// Smallest type the overview draws, in device pixels: 9 pt on screen (12 px at 96 dpi) and
/// 18 pt in the projector theme (24 px), the sizes a room reads.
double minimumLabelPixels(bool projector);

/// One piece of text of the overview with the box it is drawn in (device pixels).
struct OverviewText {
    enum Kind { Icp, Model, Partner, More, Note };
    Kind kind = Partner;
    QString text;
    QRectF rect;
    QFont font;
    QColor colour;
    Id id = 0;     ///< the ICP or partner named, 0 for the others
    QString whole; ///< the whole text where `text` is shortened ("…"), else empty
};

/// A flow of the overview: links of one ICP to the partners of one model (width by their summed
/// strength), or one partner's line from its model.
struct OverviewFlow {
    QPainterPath path;
    QColor colour;
    double width = 1.0;
};

/// A mark: an ICP circle (dashed red ring when it is a coverage gap), a model bar, a partner dot.
struct OverviewMark {
    OverviewText::Kind kind = OverviewText::Partner;
    QRectF rect;
    QColor colour;
    bool gap = false;
};

/**
 * The influence map when it cannot name every node at a readable size: a Sankey of ICP,
 * partner model and partner. ICPs on the left, one bar per partner model, the partners on the
 * right, as many by name as the height allows (strongest links first, at least one per model),
 * the rest of a model counted ("+ 5 more"). Every drawn name is at least minimumLabelPixels();
 * no two texts overlap and every text lies inside the picture. Laid out for one size, in device
 * pixels.
 */
struct MapOverview {
    QSizeF size;
    std::vector<OverviewText> texts;
    std::vector<OverviewFlow> flows;
    std::vector<OverviewMark> marks;
    int partnersNamed = 0;
    int partnersCounted = 0; ///< in "+ N more" rows
    bool projector = false;

    /// Lays out `data` for a picture of `size`; `quadrants` (by partner id) ranks partners of
    /// equal link strength, Invest first.
    static MapOverview build(const PortfolioData &data, const QHash<Id, Quadrant> &quadrants,
                             const MapStyle &style, bool projector, const QSizeF &size);

    /// Draws it with `style`'s background into the painter's device at (0, 0).
    void paint(QPainter *painter, const MapStyle &style) const;
};

} // namespace ps::map
