// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme/matrixpalette.h"

#include "ui/charts/qcp.h"
#include <QHash>
#include <QImage>
#include <QLineF>

#include <array>
#include <limits>
#include <vector>

namespace ps::matrix {

/// One partner on the matrix, in plot coordinates.
struct Bubble {
    double x = 0.0; ///< readiness
    double y = 0.0; ///< potential
    /// Position under the compared scenario; NaN when there is no comparison.
    double toX = std::numeric_limits<double>::quiet_NaN();
    double toY = std::numeric_limits<double>::quiet_NaN();
    float radius = 6.0f; ///< pixels
    quint8 colour = 0;   ///< matrix::colourIndex
    bool hollow = false; ///< borderline: drawn as a ring
    bool selected = false;
    bool visible = true;
    bool changesQuadrant = false; ///< under the compared scenario
};

/**
 * Every bubble of the matrix in one plottable. One item per bubble costs about a second for
 * 20,000 bubbles (conventions.md), so this draws them all in one pass: on screen it stamps
 * pre-rendered antialiased bubble images (one per colour, radius and fill) without
 * antialiasing in the loop; for vector exports (PDF, SVG) it draws real ellipses.
 */
class BubblePlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    BubblePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    /// The bubbles; after changing radii or their number call updateOrder().
    std::vector<Bubble> &bubbles() { return m_bubbles; }
    const std::vector<Bubble> &bubbles() const { return m_bubbles; }
    /// Draws large bubbles first so small ones on top stay visible and clickable.
    void updateOrder();

    void setStyle(const MatrixStyle &style);

    /// Names shown beside their bubbles (or a little further out with a leader line), most
    /// important first; a label that would cover another label, any bubble but its own or a
    /// quadrant title, or leave the chart, is left out.
    struct Label {
        int bubble = -1;
        QString text;
    };
    void setLabels(std::vector<Label> labels) { m_labels = std::move(labels); }
    /// A name as the last drawing placed it (plot pixels), for tests.
    struct PlacedLabel {
        int bubble = -1;
        QString text;
        QRectF rect;
        QLineF leader; ///< null when the name sits beside its bubble
    };
    const std::vector<PlacedLabel> &placedLabels() const { return m_placed; }
    /// Titles in the corners: invest, develop, maintain, deprioritize (Quadrant order).
    void setQuadrantTitles(const std::array<QString, 4> &titles) { m_titles = titles; }

    /// The topmost visible bubble under a pixel position of the plot, or -1.
    int bubbleAt(const QPointF &pixel) const;
    /// Visible bubbles whose centres lie in a pixel rectangle of the plot.
    std::vector<int> bubblesIn(const QRectF &pixelRect) const;
    QPointF pixelOf(const Bubble &bubble) const;

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    const QImage &stamp(int colour, int radius, bool hollow, qreal dpr);
    const QImage &ring(int radius, qreal dpr);
    void paintBubble(QPainter &painter, const QPointF &centre, double radius, int colour,
                     bool hollow) const;
    void paintRing(QPainter &painter, const QPointF &centre, double radius) const;
    void drawStamped(QCPPainter *painter);
    void drawVector(QCPPainter *painter) const;
    void drawArrows(QCPPainter *painter) const;
    void drawQuadrantTitles(QCPPainter *painter, std::vector<QRectF> &taken) const;
    /// Names every labelled bubble where ps::matrix::LabelPlacer finds room.
    void drawLabels(QCPPainter *painter, const std::vector<QRectF> &taken);

    std::vector<Bubble> m_bubbles;
    std::vector<int> m_order;
    std::vector<Label> m_labels;
    std::vector<PlacedLabel> m_placed;
    std::array<QString, 4> m_titles;
    MatrixStyle m_style;
    QHash<quint32, QImage> m_stamps;
    qreal m_stampDpr = 0.0;
};

} // namespace ps::matrix
