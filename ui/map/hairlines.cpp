// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/hairlines.h"

#include <cmath>
#include <cstdlib>

namespace ps::map {
namespace {

/// Liang-Barsky: clips the segment to [0, w) x [0, h); false when nothing is left.
bool clip(double &x1, double &y1, double &x2, double &y2, double w, double h) {
    const double dx = x2 - x1;
    const double dy = y2 - y1;
    double t0 = 0.0;
    double t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x1, w - 1 - x1, y1, h - 1 - y1};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    x2 = x1 + t1 * dx;
    y2 = y1 + t1 * dy;
    x1 += t0 * dx;
    y1 += t0 * dy;
    return true;
}

} // namespace

void drawHairlines(QImage &image, const std::vector<QLineF> &lines, const QTransform &transform,
                   QRgb colour) {
    Q_ASSERT(image.depth() == 32);
    const int width = image.width();
    const int height = image.height();
    const qsizetype stride = image.bytesPerLine() / 4;
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    for (const QLineF &sceneLine : lines) {
        const QLineF line = transform.map(sceneLine);
        double x1 = line.x1(), y1 = line.y1(), x2 = line.x2(), y2 = line.y2();
        if (!clip(x1, y1, x2, y2, width, height))
            continue;
        int x = int(std::lround(x1));
        int y = int(std::lround(y1));
        const int xEnd = int(std::lround(x2));
        const int yEnd = int(std::lround(y2));
        const int dx = std::abs(xEnd - x);
        const int dy = -std::abs(yEnd - y);
        const int sx = x < xEnd ? 1 : -1;
        const int sy = y < yEnd ? 1 : -1;
        int error = dx + dy;
        for (;;) {
            // Rounding after clipping can land one pixel outside; the check is cheap.
            if (unsigned(x) < unsigned(width) && unsigned(y) < unsigned(height))
                bits[qsizetype(y) * stride + x] = colour;
            if (x == xEnd && y == yEnd)
                break;
            const int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                x += sx;
            }
            if (twice <= dx) {
                error += dx;
                y += sy;
            }
        }
    }
}

} // namespace ps::map
