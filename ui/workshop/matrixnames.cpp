// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/matrixnames.h"

#include "core/layout/labelplacer.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/bubbleplottable.h"
#include "ui/matrix/matrixview.h"
#include "ui/theme/matrixpalette.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <optional>

namespace ps {
namespace {

matrix::BubblePlottable *bubblesOf(QCustomPlot *plot) {
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *bubbles = dynamic_cast<matrix::BubblePlottable *>(plot->plottable(i)))
            return bubbles;
    return nullptr;
}

} // namespace

MatrixNames::MatrixNames(MatrixView *matrix, ScoringController *scoring)
    : QWidget(matrix->plot())
    , m_matrix(matrix)
    , m_scoring(scoring)
    , m_font(matrix::MatrixStyle::projector().labelFont) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    QCustomPlot *plot = matrix->plot();
    plot->installEventFilter(this);
    setGeometry(plot->rect());
    // The matrix's own labels give way to these: emptied before every drawing of the chart.
    connect(plot, &QCustomPlot::beforeReplot, this, [plot] {
        if (matrix::BubblePlottable *bubbles = bubblesOf(plot))
            bubbles->setLabels({});
    });
    connect(plot, &QCustomPlot::afterReplot, this, qOverload<>(&QWidget::update));
    show();
}

void MatrixNames::setMaximum(int count) {
    m_maximum = std::max(0, count);
    update();
}

bool MatrixNames::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

const std::vector<MatrixNames::Placed> &MatrixNames::layOut() {
    m_placed.clear();
    QCustomPlot *plot = m_matrix->plot();
    matrix::BubblePlottable *plottable = bubblesOf(plot);
    const CriteriaTable &criteria = m_scoring->criteria();
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    if (!plottable)
        return m_placed;
    const std::vector<matrix::Bubble> &bubbles = plottable->bubbles();
    const size_t n = std::min({bubbles.size(), scores.size(), criteria.partnerIds.size()});
    const QRectF area = plot->axisRect()->rect();
    // A name may graze a rim, not cover a body; far out, a leader line leads to the bubble.
    matrix::LabelPlacer::Options options;
    options.rings = 7;
    options.bodyShare = 0.85;
    options.leadersAvoidBubbles = false;
    matrix::LabelPlacer placer(area, options);
    std::vector<int> index(n, -1);
    for (size_t i = 0; i < n; ++i)
        if (bubbles[i].visible)
            index[i] = placer.addBubble(plottable->pixelOf(bubbles[i]), bubbles[i].radius);
    // The quadrant titles in the corners.
    const matrix::MatrixStyle style = matrix::MatrixStyle::projector();
    const QFontMetricsF titleMetrics(style.quadrantFont, plot);
    std::array<int, 4> counts{};
    for (size_t i = 0; i < n; ++i)
        if (bubbles[i].visible)
            ++counts[size_t(scores[i].quadrant)];
    const double titleMargin = titleMetrics.height() * 0.3;
    for (size_t q = 0; q < 4; ++q) {
        const QString title =
            MatrixView::tr("%1 (%2)").arg(label(Quadrant(q)), QLocale().toString(counts[q]));
        const QSizeF size(titleMetrics.horizontalAdvance(title) + 8, titleMetrics.height() + 4);
        const bool right = q == 0 || q == 2;
        const bool top = q == 0 || q == 1;
        placer.addObstacle(
            QRectF(QPointF(right ? area.right() - titleMargin - size.width() + 4 : area.left(),
                           top ? area.top() : area.bottom() - titleMargin - size.height() + 2),
                   size + QSizeF(titleMargin, titleMargin)));
    }

    std::vector<size_t> rows;
    for (size_t i = 0; i < n; ++i)
        if (bubbles[i].visible)
            rows.push_back(i);
    std::stable_sort(rows.begin(), rows.end(), [&scores](size_t a, size_t b) {
        return scores[a].potential + scores[a].readiness >
               scores[b].potential + scores[b].readiness;
    });
    const QFontMetricsF metrics(m_font, plot);
    const Portfolio *portfolio = m_scoring->document()->portfolio();
    // The leading partners only: where some of them find no room, a name further down the
    // ranking (a partner to deprioritize) would not stand in for them.
    rows.resize(std::min(rows.size(), size_t(m_maximum) * 2));
    for (size_t row : rows) {
        if (int(m_placed.size()) >= m_maximum)
            break;
        const Partner *partner = portfolio->find<Partner>(criteria.partnerIds[row]);
        if (!partner)
            continue;
        const QSizeF size(metrics.horizontalAdvance(partner->name) + 10, metrics.height() + 4);
        if (const std::optional<matrix::LabelPlacer::Placement> placed =
                placer.place(index[row], size))
            m_placed.push_back({partner->id, partner->name, placed->rect, placed->leader});
    }
    return m_placed;
}

void MatrixNames::paintEvent(QPaintEvent *) {
    layOut();
    const matrix::MatrixStyle style = matrix::MatrixStyle::projector();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    QColor backdrop = style.background;
    backdrop.setAlpha(225);
    for (const Placed &name : m_placed) {
        if (!name.leader.isNull()) {
            painter.setPen(QPen(style.foreground, 1.5));
            painter.drawLine(name.leader);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(backdrop);
        painter.drawRoundedRect(name.rect, 3, 3);
        painter.setPen(style.foreground);
        painter.drawText(name.rect, Qt::AlignCenter, name.text);
    }
}

} // namespace ps
