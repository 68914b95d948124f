// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/labelplacer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ps::matrix {
namespace {

/// The point of `rect` nearest to `p`.
QPointF nearestOnRect(const QRectF &rect, const QPointF &p) {
    return {std::clamp(p.x(), rect.left(), rect.right()),
            std::clamp(p.y(), rect.top(), rect.bottom())};
}

bool circleHitsRect(const QPointF &centre, double radius, const QRectF &rect) {
    const QPointF near = nearestOnRect(rect, centre);
    const double dx = centre.x() - near.x();
    const double dy = centre.y() - near.y();
    return dx * dx + dy * dy < radius * radius;
}

/// Whether the segment passes through the inside of `rect` (touching its outline is not).
bool segmentHitsRect(const QLineF &segment, const QRectF &rect) {
    // Liang-Barsky clipping: the part of the segment inside the rectangle, if any.
    const double dx = segment.dx(), dy = segment.dy();
    double t0 = 0.0, t1 = 1.0;
    const std::array<double, 4> p = {-dx, dx, -dy, dy};
    const std::array<double, 4> q = {segment.x1() - rect.left(), rect.right() - segment.x1(),
                                     segment.y1() - rect.top(), rect.bottom() - segment.y1()};
    for (size_t i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] <= 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    // A piece of positive length strictly inside (not along an edge).
    const QPointF mid = segment.pointAt((t0 + t1) / 2.0);
    return (t1 - t0) * segment.length() > 1e-6 && mid.x() > rect.left() && mid.x() < rect.right() &&
           mid.y() > rect.top() && mid.y() < rect.bottom();
}

double distanceToSegment(const QPointF &p, const QLineF &segment) {
    const QPointF d = segment.p2() - segment.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = 0.0;
    if (length2 > 0.0)
        t = std::clamp(QPointF::dotProduct(p - segment.p1(), d) / length2, 0.0, 1.0);
    const QPointF near = segment.p1() + d * t;
    return std::hypot(p.x() - near.x(), p.y() - near.y());
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF &area, const Options &options)
    : m_area(area)
    , m_options(options) {
    m_columns = std::max(1, int(std::ceil(area.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(area.height() / m_cell)));
    m_grid.resize(size_t(m_columns) * size_t(m_rows));
}

void LabelPlacer::addObstacle(const QRectF &rect) {
    m_taken.push_back(rect);
}

void LabelPlacer::cellsOf(const QRectF &rect, int &x0, int &y0, int &x1, int &y1) const {
    x0 = std::clamp(int(std::floor((rect.left() - m_area.left()) / m_cell)), 0, m_columns - 1);
    x1 = std::clamp(int(std::floor((rect.right() - m_area.left()) / m_cell)), 0, m_columns - 1);
    y0 = std::clamp(int(std::floor((rect.top() - m_area.top()) / m_cell)), 0, m_rows - 1);
    y1 = std::clamp(int(std::floor((rect.bottom() - m_area.top()) / m_cell)), 0, m_rows - 1);
}

int LabelPlacer::addBubble(const QPointF &centre, double radius) {
    const int index = int(m_bubbles.size());
    m_bubbles.push_back({centre, radius});
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    // A bubble wholly outside the area cannot touch a name inside it.
    if (!box.intersects(m_area))
        return index;
    int x0, y0, x1, y1;
    cellsOf(box, x0, y0, x1, y1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_grid[size_t(y) * size_t(m_columns) + size_t(x)].push_back(index);
    return index;
}

std::vector<std::optional<LabelPlacer::Placement>>
LabelPlacer::placeInPasses(const std::vector<Request> &requests, int nearRings, size_t fullFirst) {
    std::vector<std::optional<Placement>> spots(requests.size());
    const size_t first = std::min(fullFirst, requests.size());
    for (size_t k = 0; k < first; ++k)
        spots[k] = place(requests[k].bubble, requests[k].size);
    for (size_t k = first; k < requests.size(); ++k)
        spots[k] = place(requests[k].bubble, requests[k].size, nearRings);
    for (size_t k = first; k < requests.size(); ++k)
        if (!spots[k])
            spots[k] = place(requests[k].bubble, requests[k].size);
    return spots;
}

bool LabelPlacer::isFree(const QRectF &rect, int self) const {
    if (!m_area.contains(rect))
        return false;
    for (const QRectF &taken : m_taken)
        if (taken.intersects(rect))
            return false;
    for (const QLineF &leader : m_leaders)
        if (segmentHitsRect(leader, rect))
            return false;
    int x0, y0, x1, y1;
    cellsOf(rect, x0, y0, x1, y1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (int index : m_grid[size_t(y) * size_t(m_columns) + size_t(x)]) {
                const Circle &c = m_bubbles[size_t(index)];
                // Its own bubble is never covered at all; others by their body.
                const double share = index == self ? 1.0 : m_options.bodyShare;
                if (circleHitsRect(c.centre, c.radius * share, rect))
                    return false;
            }
    return true;
}

bool LabelPlacer::leaderIsFree(const QLineF &leader, int self) const {
    for (const QRectF &taken : m_taken)
        if (segmentHitsRect(leader, taken))
            return false;
    for (const QLineF &other : m_leaders)
        if (leader.intersects(other) == QLineF::BoundedIntersection)
            return false;
    if (!m_options.leadersAvoidBubbles)
        return true;
    const Circle &own = m_bubbles[size_t(self)];
    const QRectF box = QRectF(leader.p1(), leader.p2()).normalized();
    int x0, y0, x1, y1;
    cellsOf(box, x0, y0, x1, y1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (int index : m_grid[size_t(y) * size_t(m_columns) + size_t(x)]) {
                if (index == self)
                    continue;
                const Circle &c = m_bubbles[size_t(index)];
                // A bubble drawn over its own one cannot be avoided: the leader starts in it.
                const double apart =
                    std::hypot(c.centre.x() - own.centre.x(), c.centre.y() - own.centre.y());
                if (apart < c.radius + own.radius && m_options.leadersCrossOverlapping)
                    continue;
                if (distanceToSegment(c.centre, leader) < c.radius * m_options.bodyShare)
                    return false;
            }
    return true;
}

std::optional<LabelPlacer::Placement> LabelPlacer::place(int bubble, const QSizeF &size,
                                                         int rings) {
    if (bubble < 0 || size_t(bubble) >= m_bubbles.size())
        return std::nullopt;
    const QPointF p = m_bubbles[size_t(bubble)].centre;
    const double radius = m_bubbles[size_t(bubble)].radius;
    const double step = size.height() * m_options.ringStep;
    const double w = size.width(), h = size.height();
    for (int ring = 0; ring < std::max(1, rings > 0 ? rings : m_options.rings); ++ring) {
        const double gap = radius + m_options.gap + ring * step;
        // Beside the bubble: above, below, right, left, then the diagonals. Further out, every
        // 22.5 degrees, the name's nearest side at `gap` from the centre.
        std::vector<QPointF> corners = {
            QPointF(p.x() - w / 2, p.y() - gap - h),
            QPointF(p.x() - w / 2, p.y() + gap),
            QPointF(p.x() + gap, p.y() - h / 2),
            QPointF(p.x() - gap - w, p.y() - h / 2),
            QPointF(p.x() + gap * 0.7, p.y() - gap * 0.7 - h),
            QPointF(p.x() - gap * 0.7 - w, p.y() - gap * 0.7 - h),
            QPointF(p.x() + gap * 0.7, p.y() + gap * 0.7),
            QPointF(p.x() - gap * 0.7 - w, p.y() + gap * 0.7),
        };
        if (ring > 0) {
            // Above and below, slid sideways: ending at the bubble's right or starting at its
            // left (a bubble near the chart's side).
            for (const double y : {p.y() - gap - h, p.y() + gap}) {
                corners.emplace_back(p.x() + radius - w, y);
                corners.emplace_back(p.x() - radius, y);
            }
            for (int k = 0; k < 16; k += 2) {
                const double angle = (k + 1) * M_PI / 8.0; // between the eight above
                const double c = std::cos(angle), s = std::sin(angle);
                corners.emplace_back(p.x() + c * gap + (c - 1.0) * w / 2,
                                     p.y() + s * gap + (s - 1.0) * h / 2);
            }
        }
        for (const QPointF &corner : corners) {
            const QRectF rect(corner, size);
            if (!isFree(rect, bubble))
                continue;
            QLineF leader;
            if (ring > 0) {
                const QPointF end = nearestOnRect(rect, p);
                const QLineF line(p, end);
                if (line.length() > radius + 1.0) {
                    leader = QLineF(line.pointAt(radius / line.length()), end);
                    if (!leaderIsFree(leader, bubble))
                        continue;
                    m_leaders.push_back(leader);
                }
            }
            m_taken.push_back(rect);
            return Placement{rect, leader};
        }
    }
    return std::nullopt;
}

} // namespace ps::matrix
