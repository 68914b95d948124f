// SPDX-License-Identifier: GPL-3.0-or-later
// The report's prioritization matrix: bubbles sized by revenue, and the partners that matter
// (the largest, the borderline ones, the invest quadrant) named where ps::matrix::LabelPlacer
// finds room: no name touches another name, a bubble or a quadrant title.
#include "ui/report/reportcharts.h"

#include "core/layout/labelplacer.h"
#include "core/scoring/scoring.h"
#include "ui/charts/qcp.h"
#include "ui/theme/matrixpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace ps::report {
namespace {

/// This file's translations, in the context lupdate files them under.
class MatrixChartTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::Charts)
};

const QColor Ink(0x33, 0x33, 0x33);

QFont pixelFont(double pixels, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

constexpr double MinRadius = 2.6;
constexpr double MaxRadius = 11.0;
/// Names go beside their bubbles or one ring out first (in order of importance), then the ones
/// left over as far as eight rings out (about 7 points apart), with a leader line. In one pass,
/// the first names would take spots far out that later ones needed close by.
constexpr int NearRings = 2;
constexpr int NameRings = 8;
/// A bubble's outline (a pen of 0.6 point) and a little air: no name's halo comes nearer.
constexpr double OutlineMargin = 0.5;

struct Mark {
    QString name;
    double x = 0, y = 0; ///< readiness, potential
    double radius = MinRadius;
    QColor colour;
    int priority = -1; ///< lower is named first; -1 = not named
};

/// Draws the bubbles, the quadrant titles and the names; placement happens here because only
/// the draw pass knows the axis rect in pixels. The names are placed by matrix::LabelPlacer, as
/// on the Matrix page and in the workshop.
class MatrixMarks : public QCPAbstractItem {
public:
    MatrixMarks(QCustomPlot *plot, std::vector<Mark> marks, MatrixChartLayout *layout)
        : QCPAbstractItem(plot)
        , m_marks(std::move(marks))
        , m_layout(layout) {}

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override {
        QCPAxis *x = parentPlot()->xAxis;
        QCPAxis *y = parentPlot()->yAxis;
        const QRectF area = QRectF(clipRect()).adjusted(1, 1, -1, -1);
        auto pixel = [&](const Mark &m) {
            return QPointF(x->coordToPixel(m.x), y->coordToPixel(m.y));
        };
        MatrixChartLayout layout;
        layout.area = area;
        // A point of air between a bubble's outline and a name's halo; further rings 0.6 of a
        // name's height apart (about 7 points).
        matrix::LabelPlacer::Options options;
        options.rings = NameRings;
        options.gap = 1.0;
        options.ringStep = 0.6;
        options.leadersCrossOverlapping = false;
        matrix::LabelPlacer placer(area, options);

        // Quadrant titles in the corners, light so the bubbles stay in front.
        const QFont titleFont = pixelFont(11, true);
        const QFontMetricsF titleMetrics(titleFont);
        const struct {
            Quadrant q;
            bool right, top;
        } corners[] = {{Quadrant::Invest, true, true},
                       {Quadrant::Develop, false, true},
                       {Quadrant::Maintain, true, false},
                       {Quadrant::Deprioritize, false, false}};
        painter->setFont(titleFont);
        painter->setPen(QColor(0xAA, 0xAA, 0xAA));
        for (const auto &corner : corners) {
            const QString text = label(corner.q);
            const QSizeF s(titleMetrics.horizontalAdvance(text) + 2, titleMetrics.height());
            const QPointF at(corner.right ? area.right() - 4 - s.width() : area.left() + 4,
                             corner.top ? area.top() + 3 : area.bottom() - 3 - s.height());
            const QRectF rect(at, s);
            painter->drawText(rect, Qt::AlignCenter, text);
            placer.addObstacle(rect.adjusted(-2, -2, 2, 2));
            layout.titles.push_back(rect);
        }

        // Largest first so small bubbles stay visible on top of large ones. Every bubble is one
        // a name may not cover, its outline included.
        std::vector<int> bubble(m_marks.size(), -1);
        for (size_t i = 0; i < m_marks.size(); ++i) {
            bubble[i] = placer.addBubble(pixel(m_marks[i]), m_marks[i].radius + OutlineMargin);
            layout.bubbles.push_back({pixel(m_marks[i]), m_marks[i].radius});
        }
        std::vector<size_t> order(m_marks.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return m_marks[a].radius > m_marks[b].radius; });
        for (size_t i : order) {
            const Mark &m = m_marks[i];
            QColor fill = m.colour;
            fill.setAlpha(190);
            painter->setPen(QPen(m.colour.darker(140), 0.6));
            painter->setBrush(fill);
            painter->drawEllipse(pixel(m), m.radius, m.radius);
        }

        // Names by priority, each where the placer finds room; a name placed further out gets
        // a leader line. A name's box is its text with a point of halo around it.
        const QFont nameFont = pixelFont(8);
        const QFontMetricsF metrics(nameFont);
        std::vector<size_t> named;
        for (size_t i = 0; i < m_marks.size(); ++i)
            if (m_marks[i].priority >= 0)
                named.push_back(i);
        std::stable_sort(named.begin(), named.end(), [&](size_t a, size_t b) {
            return m_marks[a].priority < m_marks[b].priority;
        });
        std::vector<std::optional<matrix::LabelPlacer::Placement>> spots(m_marks.size());
        auto sizeOf = [&](size_t i) {
            return QSizeF(metrics.horizontalAdvance(m_marks[i].name) + 3, metrics.height() + 2);
        };
        std::vector<matrix::LabelPlacer::Request> requests;
        for (size_t i : named)
            requests.push_back({bubble[i], sizeOf(i)});
        const auto placed = placer.placeInPasses(requests, NearRings);
        for (size_t k = 0; k < named.size(); ++k)
            spots[named[k]] = placed[k];
        for (size_t i : named)
            if (spots[i])
                layout.names.push_back({i, m_marks[i].name, spots[i]->rect, spots[i]->leader});
        painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
        for (const MatrixChartLayout::Name &name : layout.names)
            if (!name.leader.isNull())
                painter->drawLine(name.leader);
        painter->setFont(nameFont);
        for (const MatrixChartLayout::Name &name : layout.names) {
            // A light halo keeps the name readable over grid and threshold lines.
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 200));
            painter->drawRect(name.rect);
            painter->setPen(Ink);
            painter->drawText(name.rect, Qt::AlignCenter, name.text);
        }
        if (m_layout)
            *m_layout = std::move(layout);
    }

private:
    std::vector<Mark> m_marks;
    MatrixChartLayout *m_layout = nullptr;
};

} // namespace

QPicture matrixChart(const ReportContent &content, const QSizeF &size, MatrixChartLayout *layout) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    plot.setViewport(QRect(QPoint(0, 0), size.toSize()));
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setBasePen(QPen(Ink, 0.6));
        axis->setTickPen(QPen(Ink, 0.6));
        axis->setSubTicks(false);
        axis->setTickLabelFont(pixelFont(8));
        axis->setLabelFont(pixelFont(9, true));
        axis->setTickLabelColor(Ink);
        axis->setLabelColor(Ink);
        axis->grid()->setPen(QPen(QColor(0xE4, 0xE4, 0xE4), 0.5));
        axis->setRange(0, 100);
    }
    plot.xAxis->setLabel(label(Axis::Readiness));
    plot.yAxis->setLabel(label(Axis::Potential));

    const size_t n = std::min(content.partners.size(), content.scores.size());
    double largest = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const PartnerEconomics &e = content.partners[i]->economics;
        largest = std::max(largest, e.sourcedRevenue + e.influencedRevenue);
    }
    std::vector<Mark> marks(n);
    std::vector<bool> legendDone(matrix::ColourCount, false);
    for (size_t i = 0; i < n; ++i) {
        const Partner &p = *content.partners[i];
        Mark &m = marks[i];
        m.name = p.name;
        m.x = content.scores[i].readiness;
        m.y = content.scores[i].potential;
        // Area, not radius, grows with revenue, as in the matrix page.
        const double share =
            largest > 0
                ? std::max(0.0, p.economics.sourcedRevenue + p.economics.influencedRevenue) /
                      largest
                : 0.0;
        m.radius = std::sqrt(MinRadius * MinRadius +
                             (MaxRadius * MaxRadius - MinRadius * MinRadius) * share);
        const int c = matrix::colourIndex(p.model);
        m.colour = matrix::modelColour(c);
        if (!legendDone[size_t(c)]) {
            // An empty graph per model colour present, so the legend names the models.
            QCPGraph *g = plot.addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            QColor fill = m.colour;
            fill.setAlpha(190);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               QPen(m.colour.darker(140), 0.6), QBrush(fill), 7));
            g->setName(p.model ? label(*p.model) : MatrixChartTr::tr("Needs classification"));
            legendDone[size_t(c)] = true;
        }
    }
    const std::vector<size_t> order = matrixNamedOrder(content);
    for (size_t k = 0; k < order.size(); ++k)
        marks[order[k]].priority = int(k);

    const QPen threshold(QColor(0x55, 0x55, 0x55), 1.0, Qt::DashLine);
    auto *vertical = new QCPItemStraightLine(&plot);
    vertical->point1->setCoords(content.scenario.readinessThreshold, 0);
    vertical->point2->setCoords(content.scenario.readinessThreshold, 100);
    vertical->setPen(threshold);
    auto *horizontal = new QCPItemStraightLine(&plot);
    horizontal->point1->setCoords(0, content.scenario.potentialThreshold);
    horizontal->point2->setCoords(100, content.scenario.potentialThreshold);
    horizontal->setPen(threshold);
    new MatrixMarks(&plot, std::move(marks), layout);

    // The legend in rows below the chart, so it never hides a bubble and leaves the chart
    // the full width.
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(1, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    plot.legend->setFont(pixelFont(8));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setWrap(4);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setIconSize(10, 12); // taller than the text with its descenders
    plot.legend->setVisible(true);

    QPicture picture;
    QCPPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    plot.toPainter(&painter, int(size.width()), int(size.height()));
    painter.end();
    return picture;
}

} // namespace ps::report
