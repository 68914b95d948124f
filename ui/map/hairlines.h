// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLineF>
#include <QTransform>

#include <vector>

namespace ps::map {

/// Draws one-pixel, opaque, aliased lines straight into a 32-bit image (Bresenham, clipped to
/// the image). For tens of thousands of lines this is several times faster than QPainter's
/// cosmetic stroker, which blends every pixel as a span of its own. `transform` maps the
/// lines into image pixels.
void drawHairlines(QImage &image, const std::vector<QLineF> &lines, const QTransform &transform,
                   QRgb colour);

} // namespace ps::map
