// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme/mapstyle.h"

#include <QRectF>

class QPainter;

namespace ps::map {

/// Size of the legend in device pixels for a style.
QSizeF legendSize(const MapStyle &style);

/// Draws the legend (node shapes, ICP and gap marks, quadrant badges, link roles and
/// strengths, model colours) into the bottom-right corner of `area`, in device coordinates.
void drawLegend(QPainter *painter, const QRectF &area, const MapStyle &style);

} // namespace ps::map
