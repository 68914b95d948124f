// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix/bubbleplottable.h"

#include "core/layout/labelplacer.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ps::matrix {
namespace {

constexpr int MaxStampRadius = 96;
/// Rings of places around a bubble for its name: beside it, then further out with a leader line,
/// so a crowded Invest corner still gets its names.
constexpr int LabelRings = 7;

quint32 stampKey(int colour, int radius, bool hollow, bool ring) {
    return quint32(colour) | quint32(radius) << 8 | quint32(hollow) << 16 | quint32(ring) << 17;
}

/// A transparent square image large enough for a bubble of `radius` and its outline.
QImage blankStamp(int radius, double outline, qreal dpr) {
    const int side = int(std::ceil((2 * radius + 2 * outline + 4) * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);
    return image;
}

} // namespace

BubblePlottable::BubblePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_style(MatrixStyle::standard()) {
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
}

void BubblePlottable::updateOrder() {
    m_order.resize(m_bubbles.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = int(i);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_bubbles[size_t(a)].radius > m_bubbles[size_t(b)].radius;
    });
}

void BubblePlottable::setStyle(const MatrixStyle &style) {
    m_style = style;
    m_stamps.clear();
}

QPointF BubblePlottable::pixelOf(const Bubble &bubble) const {
    return QPointF(keyAxis()->coordToPixel(bubble.x), valueAxis()->coordToPixel(bubble.y));
}

int BubblePlottable::bubbleAt(const QPointF &pixel) const {
    // Reverse drawing order: the bubble painted last is the one the user sees on top.
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        const Bubble &b = m_bubbles[size_t(*it)];
        if (!b.visible)
            continue;
        const QPointF d = pixelOf(b) - pixel;
        const double r = std::max(double(b.radius), 3.0) + 1.0;
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return *it;
    }
    return -1;
}

std::vector<int> BubblePlottable::bubblesIn(const QRectF &pixelRect) const {
    std::vector<int> hits;
    const QRectF rect = pixelRect.normalized();
    for (size_t i = 0; i < m_bubbles.size(); ++i)
        if (m_bubbles[i].visible && rect.contains(pixelOf(m_bubbles[i])))
            hits.push_back(int(i));
    return hits;
}

double BubblePlottable::selectTest(const QPointF &pos, bool onlySelectable, QVariant *) const {
    // The view does its own hit testing and selection; QCustomPlot's plottable selection
    // stays off so a press always reaches the axis rect (pan) or the view (click, rubber band).
    Q_UNUSED(pos)
    Q_UNUSED(onlySelectable)
    return -1.0;
}

QCPRange BubblePlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const {
    foundRange = true;
    return QCPRange(0.0, 100.0);
}

QCPRange BubblePlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const {
    foundRange = true;
    return QCPRange(0.0, 100.0);
}

void BubblePlottable::paintBubble(QPainter &painter, const QPointF &centre, double radius,
                                  int colour, bool hollow) const {
    const QColor base = modelColour(colour);
    const double outline = m_style.bubbleOutlineWidth;
    if (hollow) {
        // Borderline partners: a thick ring in the model colour over a faint fill, so the
        // colour stays readable and the bubble reads as "not settled".
        QColor faint = base;
        faint.setAlpha(40);
        painter.setPen(QPen(base.darker(115), std::max(2.0, outline * 2.0)));
        painter.setBrush(faint);
    } else {
        QColor fill = base;
        fill.setAlpha(m_style.fillAlpha);
        // A colour close to the background (black ISV bubbles on a dark palette) gets a
        // light outline so it does not vanish.
        const bool lost = std::abs(base.lightness() - m_style.background.lightness()) < 60;
        painter.setPen(QPen(lost ? m_style.quadrantLabelColour : base.darker(160), outline));
        painter.setBrush(fill);
    }
    painter.drawEllipse(centre, radius, radius);
}

void BubblePlottable::paintRing(QPainter &painter, const QPointF &centre, double radius) const {
    const double width = std::max(2.0, m_style.bubbleOutlineWidth * 2.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.background, width + 2.0));
    painter.drawEllipse(centre, radius + width + 1.0, radius + width + 1.0);
    painter.setPen(QPen(m_style.selectionColour, width));
    painter.drawEllipse(centre, radius + width + 1.0, radius + width + 1.0);
}

const QImage &BubblePlottable::stamp(int colour, int radius, bool hollow, qreal dpr) {
    const quint32 key = stampKey(colour, radius, hollow, false);
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    QImage image = blankStamp(radius, m_style.bubbleOutlineWidth * 2.0, dpr);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double half = image.width() / dpr / 2.0;
    paintBubble(painter, QPointF(half, half), radius, colour, hollow);
    painter.end();
    return *m_stamps.insert(key, image);
}

const QImage &BubblePlottable::ring(int radius, qreal dpr) {
    const quint32 key = stampKey(0, radius, false, true);
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    const double width = std::max(2.0, m_style.bubbleOutlineWidth * 2.0);
    QImage image = blankStamp(radius, 2 * width + 3.0, dpr);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double half = image.width() / dpr / 2.0;
    paintRing(painter, QPointF(half, half), radius);
    painter.end();
    return *m_stamps.insert(key, image);
}

void BubblePlottable::draw(QCPPainter *painter) {
    if (!keyAxis() || !valueAxis())
        return;
    std::vector<QRectF> taken;
    drawQuadrantTitles(painter, taken);
    if (painter->modes().testFlag(QCPPainter::pmVectorized))
        drawVector(painter);
    else
        drawStamped(painter);
    drawArrows(painter);
    drawLabels(painter, taken);
}

void BubblePlottable::drawQuadrantTitles(QCPPainter *painter, std::vector<QRectF> &taken) const {
    // Drawn here rather than as items so that labels can avoid them at any export size.
    const QRectF area = clipRect();
    const QFontMetricsF metrics(m_style.quadrantFont, painter->device());
    const double margin = metrics.height() * 0.3;
    painter->setFont(m_style.quadrantFont);
    painter->setPen(m_style.quadrantLabelColour);
    for (size_t q = 0; q < m_titles.size(); ++q) {
        if (m_titles[q].isEmpty())
            continue;
        const bool right = q == 0 || q == 2; // invest, maintain: high readiness
        const bool top = q == 0 || q == 1;   // invest, develop: high potential
        const QSizeF size(metrics.horizontalAdvance(m_titles[q]) + 2, metrics.height());
        const QPointF corner(right ? area.right() - margin - size.width() : area.left() + margin,
                             top ? area.top() + margin : area.bottom() - margin - size.height());
        const QRectF rect(corner, size);
        painter->drawText(rect, Qt::AlignCenter, m_titles[q]);
        taken.push_back(rect);
    }
}

void BubblePlottable::drawLabels(QCPPainter *painter, const std::vector<QRectF> &taken) {
    m_placed.clear();
    if (m_labels.empty())
        return;
    const QFontMetricsF metrics(m_style.labelFont, painter->device());
    LabelPlacer::Options options;
    options.rings = LabelRings;
    LabelPlacer placer(clipRect(), options);
    for (const QRectF &rect : taken)
        placer.addObstacle(rect);
    // Every bubble on the chart, not only the named ones: a name covers none of them. The
    // outline is part of the bubble.
    std::vector<int> index(m_bubbles.size(), -1);
    for (size_t i = 0; i < m_bubbles.size(); ++i)
        if (m_bubbles[i].visible)
            index[i] = placer.addBubble(pixelOf(m_bubbles[i]), m_bubbles[i].radius + 1.0);
    painter->setFont(m_style.labelFont);
    painter->setAntialiasing(true);
    QColor backdrop = m_style.background;
    backdrop.setAlpha(200);
    for (const Label &label : m_labels) {
        if (label.bubble < 0 || size_t(label.bubble) >= m_bubbles.size() ||
            index[size_t(label.bubble)] < 0)
            continue;
        const QSizeF size(metrics.horizontalAdvance(label.text) + 6, metrics.height() + 2);
        const std::optional<LabelPlacer::Placement> placed =
            placer.place(index[size_t(label.bubble)], size);
        if (!placed)
            continue;
        if (!placed->leader.isNull()) {
            painter->setPen(QPen(m_style.foreground, 1.0));
            painter->drawLine(placed->leader);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(backdrop);
        painter->drawRoundedRect(placed->rect, 3, 3);
        painter->setPen(m_style.foreground);
        painter->drawText(placed->rect, Qt::AlignCenter, label.text);
        m_placed.push_back({label.bubble, label.text, placed->rect, placed->leader});
    }
}

void BubblePlottable::drawStamped(QCPPainter *painter) {
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (!qFuzzyCompare(dpr, m_stampDpr)) {
        m_stamps.clear();
        m_stampDpr = dpr;
    }
    painter->setAntialiasing(false);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QRectF clip =
        clipRect().adjusted(-MaxStampRadius, -MaxStampRadius, MaxStampRadius, MaxStampRadius);
    for (int index : m_order) {
        const Bubble &b = m_bubbles[size_t(index)];
        if (!b.visible)
            continue;
        const QPointF p = pixelOf(b);
        if (!clip.contains(p))
            continue;
        const int r = std::clamp(int(std::lround(b.radius)), 1, MaxStampRadius);
        const QImage &image = stamp(b.colour, r, b.hollow, dpr);
        // Whole pixels: a fractional offset would make the raster engine resample the image.
        const double half = image.width() / dpr / 2.0;
        painter->drawImage(QPointF(std::round(p.x() - half), std::round(p.y() - half)), image);
        if (b.selected) {
            const QImage &selection = ring(r, dpr);
            const double h = selection.width() / dpr / 2.0;
            painter->drawImage(QPointF(std::round(p.x() - h), std::round(p.y() - h)), selection);
        }
    }
}

void BubblePlottable::drawVector(QCPPainter *painter) const {
    painter->setAntialiasing(true);
    for (int index : m_order) {
        const Bubble &b = m_bubbles[size_t(index)];
        if (!b.visible)
            continue;
        const QPointF p = pixelOf(b);
        paintBubble(*painter, p, b.radius, b.colour, b.hollow);
        if (b.selected)
            paintRing(*painter, p, b.radius);
    }
}

void BubblePlottable::drawArrows(QCPPainter *painter) const {
    painter->setAntialiasing(true);
    const double scale = m_style.thresholdPenWidth / 2.0;
    // Movers within their quadrant first, faint; quadrant changes on top, dark.
    for (int pass = 0; pass < 2; ++pass) {
        const bool major = pass == 1;
        const QColor colour = major ? m_style.arrowColour : m_style.minorArrowColour;
        const double width = (major ? 1.6 : 1.0) * scale;
        painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(colour);
        for (const Bubble &b : m_bubbles) {
            if (!b.visible || std::isnan(b.toX) || b.changesQuadrant != major)
                continue;
            const QPointF from = pixelOf(b);
            const QPointF to(keyAxis()->coordToPixel(b.toX), valueAxis()->coordToPixel(b.toY));
            const QPointF d = to - from;
            const double length = std::hypot(d.x(), d.y());
            if (length < 4.0)
                continue;
            painter->drawLine(from, to);
            const QPointF unit = d / length;
            const QPointF normal(-unit.y(), unit.x());
            const double head = 4.0 * scale + 2.0;
            const QPointF base = to - unit * head * 1.6;
            const QPointF tip[3] = {to, base + normal * head * 0.7, base - normal * head * 0.7};
            painter->drawPolygon(tip, 3);
        }
    }
}

void BubblePlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const {
    painter->setAntialiasing(true);
    const double r = std::min(rect.width(), rect.height()) / 2.0 - 1.0;
    paintBubble(*painter, rect.center(), r, ColourCount - 1, false);
}

} // namespace ps::matrix
