// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapitems.h"

#include "core/analytics/coverage.h"
#include "ui/map/hairlines.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ps::map {
namespace {

/// Below this many pixels of radius a node is a plain dot without label or badge.
constexpr double DotRadiusPixels = 3.5;
/// Labels appear once their type is at least this many pixels high.
constexpr double LabelPixels = 6.0;

QString gapText() {
    return QCoreApplication::translate("ps::map", "gap", "badge on an ICP without strong partner");
}

double ringOffset() {
    return 4.0;
}

} // namespace

NodeItem::NodeItem(const MapState *state, int index, MapNodeKind kind, Id id)
    : m_state(state)
    , m_index(index)
    , m_kind(kind)
    , m_id(id) {
    setAcceptedMouseButtons(Qt::NoButton);
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setZValue(kind == MapNodeKind::Icp ? 2 : 1);
    setPos(state->positions[size_t(index)]);
}

void NodeItem::refreshGeometry() {
    prepareGeometryChange();
    const double r = m_state->radii[size_t(m_index)];
    const double outer = r + ringOffset() + m_state->style.selectionWidth;
    QRectF bounds(-outer - r * 0.6, -outer - r * 0.6, 2 * outer + 1.2 * r, 2 * outer + 1.2 * r);
    if (m_gap) {
        const QFontMetricsF metrics(m_state->style.badgeFont);
        const QRectF badge(r * 0.4, -r - ringOffset() - metrics.height(),
                           metrics.horizontalAdvance(gapText()) + 8, metrics.height() + 2);
        bounds = bounds.united(badge);
    }
    if (!m_label.isEmpty())
        bounds = bounds.united(labelRect());
    m_bounds = bounds;
    update();
}

QRectF NodeItem::labelRect() const {
    if (m_label.isEmpty())
        return {};
    const double r = m_state->radii[size_t(m_index)];
    const QFont &font =
        m_kind == MapNodeKind::Icp ? m_state->style.icpFont : m_state->style.labelFont;
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(m_label) + 4;
    return {-width / 2, r + ringOffset() - 2, width, metrics.height() + 2};
}

QRectF NodeItem::boundingRect() const {
    return m_bounds;
}

QPainterPath NodeItem::shape() const {
    // A little larger than the drawn node, so small nodes are easy to hit.
    const double r = m_state->radii[size_t(m_index)] + 2;
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const double r = m_state->radii[size_t(m_index)];
    const double lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QColor fill = m_kind == MapNodeKind::Icp ? m_state->style.icpFill.darker(130) : m_colour;
    if (!m_state->exporting && r * lod < DotRadiusPixels) {
        // Zoomed out: a plain dot, no antialiasing, no label (level of detail).
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_gap ? m_state->style.gapColour : fill);
        painter->drawRect(QRectF(-r, -r, 2 * r, 2 * r));
        if (m_marked) {
            painter->setPen(QPen(m_state->style.selectionColour, 0));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(-r - 2, -r - 2, 2 * r + 4, 2 * r + 4));
        }
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_kind == MapNodeKind::Icp)
        paintIcp(painter, r);
    else
        paintPartner(painter, r);
    if (m_marked) {
        painter->setPen(QPen(m_state->style.selectionColour, m_state->style.selectionWidth));
        painter->setBrush(Qt::NoBrush);
        const double ring = r + (m_gap ? ringOffset() + 2.5 : 2.5);
        painter->drawEllipse(QPointF(0, 0), ring, ring);
    }
    const QFont &font =
        m_kind == MapNodeKind::Icp ? m_state->style.icpFont : m_state->style.labelFont;
    if (m_state->exporting || QFontMetricsF(font).height() * lod >= LabelPixels)
        paintLabel(painter);
}

void NodeItem::paintIcp(QPainter *painter, double r) const {
    const MapStyle &style = m_state->style;
    painter->setPen(QPen(style.foreground, style.outlineWidth * 1.5));
    painter->setBrush(style.icpFill);
    painter->drawEllipse(QPointF(0, 0), r, r);
    if (!m_gap)
        return;
    QPen ring(style.gapColour, 2.0 * style.outlineWidth, Qt::DashLine);
    painter->setPen(ring);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(0, 0), r + ringOffset(), r + ringOffset());
    const QFontMetricsF metrics(style.badgeFont);
    const QRectF badge(r * 0.4, -r - ringOffset() - metrics.height(),
                       metrics.horizontalAdvance(gapText()) + 8, metrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.gapColour);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(style.badgeFont);
    painter->drawText(badge, Qt::AlignCenter, gapText());
}

void NodeItem::paintPartner(QPainter *painter, double r) const {
    const MapStyle &style = m_state->style;
    QPen outline(m_colour.darker(170), style.outlineWidth);
    if (m_family == ShapeFamily::Unclassified)
        outline = QPen(style.foreground, style.outlineWidth, Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(m_colour);
    painter->drawPath(shapePath(m_family, r));
    if (!m_quadrant)
        return;
    const double badgeRadius = std::max(r * 0.5, 4.5);
    const QPointF centre(r * 0.85, -r * 0.85);
    painter->setPen(QPen(Qt::white, 1.0));
    painter->setBrush(quadrantColour(*m_quadrant));
    painter->drawEllipse(centre, badgeRadius, badgeRadius);
    painter->setPen(Qt::white);
    painter->setFont(style.badgeFont);
    painter->drawText(QRectF(centre.x() - badgeRadius, centre.y() - badgeRadius, 2 * badgeRadius,
                             2 * badgeRadius),
                      Qt::AlignCenter, quadrantLetter(*m_quadrant));
}

void NodeItem::paintLabel(QPainter *painter) const {
    const QFont &font =
        m_kind == MapNodeKind::Icp ? m_state->style.icpFont : m_state->style.labelFont;
    const QRectF rect = labelRect();
    painter->setFont(font);
    painter->setPen(m_state->style.foreground);
    painter->drawText(rect, Qt::AlignHCenter | Qt::AlignTop, m_label);
}

EdgeLayer::EdgeLayer(const MapState *state, bool highlightOnly)
    : m_state(state)
    , m_highlightOnly(highlightOnly) {
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, true); // exposedRect for culling
    if (!highlightOnly) {
        // Thousands of lines are the expensive part of a frame: keep them as a device pixmap,
        // so hover, tooltips, link drags and repaints blit it; Qt caches the visible part only
        // and scrolls it when panning. A highlight only lowers the layer's opacity, which
        // keeps the cache; filters and edits invalidate it with update().
        setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    }
    setZValue(highlightOnly ? 0.5 : 0.0);
}

bool EdgeLayer::touchesCentre(const EdgeData &edge) const {
    return m_state->centres.contains(edge.from) || m_state->centres.contains(edge.to);
}

void EdgeLayer::setBounds(const QRectF &bounds) {
    prepareGeometryChange();
    m_bounds = bounds;
}

QLineF EdgeLayer::lineOf(const EdgeData &edge) const {
    return QLineF(m_state->positions[size_t(edge.from)], m_state->positions[size_t(edge.to)]);
}

static bool lineTouches(const QLineF &line, const QRectF &rect) {
    return std::max(line.x1(), line.x2()) >= rect.left() &&
           std::min(line.x1(), line.x2()) <= rect.right() &&
           std::max(line.y1(), line.y2()) >= rect.top() &&
           std::min(line.y1(), line.y2()) <= rect.bottom();
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const double lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, m_state->exporting || !m_state->manyEdges());
    if (m_state->manyEdges() && !m_state->exporting && lod < 1.0)
        paintThin(painter, exposed);
    else
        paintDetailed(painter, exposed);
}

void EdgeLayer::paintThin(QPainter *painter, const QRectF &exposed) const {
    const MapStyle &style = m_state->style;
    std::vector<QLineF> lines;
    lines.reserve(m_highlightOnly ? 64 : m_state->edges.size());
    for (const EdgeData &edge : m_state->edges) {
        if (!edge.visible || (m_highlightOnly && !touchesCentre(edge)))
            continue;
        const QLineF line = lineOf(edge);
        if (lineTouches(line, exposed))
            lines.push_back(line);
    }
    if (m_highlightOnly) {
        painter->setPen(QPen(style.highlightColour, 2)); // few lines, two pixels wide
        painter->drawLines(lines.data(), int(lines.size()));
        return;
    }
    // Thousands of one-pixel lines: rasterized straight into an image of the exposed device
    // area, then drawn at once (see drawHairlines for why).
    const QTransform transform = painter->worldTransform();
    QRect device = transform.mapRect(exposed).toAlignedRect().adjusted(-1, -1, 1, 1);
    if (const QPaintDevice *target = painter->device())
        device &= QRect(0, 0, target->width(), target->height());
    if (device.isEmpty())
        return;
    QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    drawHairlines(image, lines,
                  transform * QTransform::fromTranslate(-device.left(), -device.top()),
                  style.thinEdgeColour.rgba());
    painter->save();
    painter->resetTransform();
    painter->drawImage(device.topLeft(), image);
    painter->restore();
}

void EdgeLayer::paintDetailed(QPainter *painter, const QRectF &exposed) const {
    const MapStyle &style = m_state->style;
    // Batches by (role, strength) for links and one for upstream edges, in three states.
    constexpr int Keys = LinkRoleCount * 6 + 1;
    std::array<std::vector<QLineF>, Keys * 3> batches;
    std::vector<const EdgeData *> arrows;
    for (const EdgeData &edge : m_state->edges) {
        if (!edge.visible)
            continue;
        const QLineF line = lineOf(edge);
        if (!lineTouches(line, exposed))
            continue;
        int state = 1;
        if (m_highlightOnly) {
            if (!touchesCentre(edge))
                continue;
            state = 2;
        }
        const int key = edge.upstream ? Keys - 1 : int(edge.role) * 6 + qBound(0, edge.strength, 5);
        batches[size_t(state * Keys + key)].push_back(line);
        if (edge.upstream && state > 0)
            arrows.push_back(&edge);
    }
    for (int state = 0; state < 3; ++state) {
        for (int key = 0; key < Keys; ++key) {
            const std::vector<QLineF> &lines = batches[size_t(state * Keys + key)];
            if (lines.empty())
                continue;
            const bool upstream = key == Keys - 1;
            QColor colour = upstream ? style.upstreamColour : style.linkColour;
            if (state == 0)
                colour = style.dimmedEdgeColour;
            else if (state == 2 && !upstream)
                colour = style.highlightColour;
            const double width = upstream ? 1.2 : strengthWidth(key % 6);
            QPen pen(colour, width * style.lineScale + (state == 2 ? 0.5 : 0.0),
                     upstream ? Qt::SolidLine : roleStyle(LinkRole(key / 6)));
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLines(lines.data(), int(lines.size()));
        }
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.upstreamColour.darker(120));
    for (const EdgeData *edge : arrows)
        paintArrow(painter, *edge);
}

void EdgeLayer::paintArrow(QPainter *painter, const EdgeData &edge) const {
    const QLineF line = lineOf(edge);
    const double length = line.length();
    const double targetRadius = m_state->radii[size_t(edge.to)] * 1.25 + 1.0;
    if (length <= targetRadius + 1.0)
        return;
    const QPointF unit = (line.p2() - line.p1()) / length;
    const QPointF normal(-unit.y(), unit.x());
    const double size = 7.0 * m_state->style.lineScale;
    const QPointF tip = line.p2() - unit * targetRadius;
    const QPointF base = tip - unit * size;
    const QPointF points[3] = {tip, base + normal * size * 0.45, base - normal * size * 0.45};
    painter->drawPolygon(points, 3);
}

int EdgeLayer::edgeAt(const QPointF &pos, double tolerance) const {
    int best = -1;
    double bestDistance = tolerance;
    for (size_t i = 0; i < m_state->edges.size(); ++i) {
        const EdgeData &edge = m_state->edges[i];
        if (!edge.visible)
            continue;
        const QLineF line = lineOf(edge);
        const QPointF d = line.p2() - line.p1();
        const double lengthSquared = d.x() * d.x() + d.y() * d.y();
        double t = 0.0;
        if (lengthSquared > 0)
            t = qBound(0.0, QPointF::dotProduct(pos - line.p1(), d) / lengthSquared, 1.0);
        const QPointF nearest = line.p1() + d * t;
        const double distance = QLineF(pos, nearest).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

} // namespace ps::map
