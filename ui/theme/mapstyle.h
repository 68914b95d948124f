// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/domain/scenario.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPen>

#include <optional>

namespace ps::map {

/// Everything the influence map draws that depends on the theme (default or projector).
struct MapStyle {
    QColor background;
    QColor foreground;      ///< labels, outlines
    QColor linkColour;      ///< influence links
    QColor upstreamColour;  ///< partner -> distributor edges
    QColor thinEdgeColour;  ///< links drawn one pixel wide when thousands are zoomed out
    QColor highlightColour; ///< links of the clicked node
    QColor dimmedEdgeColour;
    QColor selectionColour;
    QColor gapColour;
    QColor icpFill;
    QColor legendBackground;
    QFont labelFont;
    QFont icpFont;
    QFont badgeFont;
    QFont legendFont;
    double lineScale = 1.0; ///< multiplies every edge width
    double outlineWidth = 1.0;
    double selectionWidth = 3.0;
    int dimmedAlpha = 50; ///< node opacity outside a highlighted neighbourhood (cached, so cheap)

    static MapStyle standard();
    /// Large type, thick lines, high contrast: readable across a room.
    static MapStyle projector();
};

/// Partner node shapes, one per model family, so the map reads without colour too.
enum class ShapeFamily { Circle, Square, Triangle, Diamond, Hexagon, Unclassified };

/// Influencers (referral, agency, affiliate) are circles, resellers and VARs squares,
/// distributors triangles, OEMs and ISVs diamonds, integrators and service partners hexagons.
ShapeFamily shapeFamily(const std::optional<PartnerModel> &model);
/// The outline of a shape of this family centred on (0, 0) with about this radius.
QPainterPath shapePath(ShapeFamily family, double radius);
/// Translated name of a family for the legend.
QString familyLabel(ShapeFamily family);

/// Pen style of a link role: sources solid, influences dashed, delivers dotted, embeds
/// dash-dot, co-sells dash-dot-dot.
Qt::PenStyle roleStyle(LinkRole role);
/// Width of a link of this strength (0-5) in scene units before the theme's lineScale.
double strengthWidth(int strength);

/// Badge colour and letter of a quadrant.
QColor quadrantColour(Quadrant quadrant);
QString quadrantLetter(Quadrant quadrant);

} // namespace ps::map
