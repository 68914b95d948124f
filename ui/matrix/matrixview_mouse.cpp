// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix under the mouse: threshold drags (previewed live, one undo step on release),
// click and rubber-band selection, and the hover explanation of a partner's scores.
#include "ui/matrix/matrixview.h"

#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/bubbleplottable.h"
#include "ui/undo/edits_scenario.h"

#include "ui/charts/qcp.h"
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ps {
namespace {

/// How close (pixels) the mouse must be to a quadrant line to grab it.
constexpr double GrabDistance = 5.0;
/// Farther than this (pixels) between press and release is a drag, not a click.
constexpr int ClickSlop = 3;

QString points(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

MatrixView::DragLine MatrixView::lineNear(const QPointF &pixel) const {
    const Scenario &scenario = m_scoring->scenario();
    const QRect rect = m_plot->axisRect()->rect();
    if (!rect.contains(pixel.toPoint()))
        return DragLine::None;
    const double dx =
        std::abs(m_plot->xAxis->coordToPixel(scenario.readinessThreshold) - pixel.x());
    const double dy =
        std::abs(m_plot->yAxis->coordToPixel(scenario.potentialThreshold) - pixel.y());
    if (dx > GrabDistance && dy > GrabDistance)
        return DragLine::None;
    return dx <= dy ? DragLine::Readiness : DragLine::Potential;
}

void MatrixView::onMousePress(QMouseEvent *event) {
    m_pressPos = event->pos();
    m_pressed = event->button() == Qt::LeftButton;
    m_rubberBand = false;
    if (!m_pressed)
        return;
    // QCustomPlot reads these settings right after this signal, before it starts a pan or
    // a selection rectangle, so they decide what this press does.
    if (event->modifiers() & Qt::ShiftModifier) {
        m_rubberBand = true;
        m_plot->setSelectionRectMode(QCP::srmCustom);
        return;
    }
    m_plot->setSelectionRectMode(QCP::srmNone);
    const Scenario *stored = m_scoring->document()->portfolio()->activeScenario();
    m_drag = stored ? lineNear(event->pos()) : DragLine::None;
    if (m_drag == DragLine::None)
        return;
    m_dragScenario = *stored;
    m_plot->setInteraction(QCP::iRangeDrag, false);
}

void MatrixView::onMouseMove(QMouseEvent *event) {
    if (m_drag != DragLine::None) {
        // Half points: fine enough to place a line by hand, coarse enough to read back.
        const auto snap = [](double v) {
            return std::clamp(std::round(v * 2.0) / 2.0, 0.0, 100.0);
        };
        double value = 0.0;
        if (m_drag == DragLine::Readiness) {
            value = snap(m_plot->xAxis->pixelToCoord(event->pos().x()));
            m_dragScenario.readinessThreshold = value;
        } else {
            value = snap(m_plot->yAxis->pixelToCoord(event->pos().y()));
            m_dragScenario.potentialThreshold = value;
        }
        m_scoring->previewScenario(m_dragScenario);
        const QString what = m_drag == DragLine::Readiness ? tr("Readiness threshold: %1")
                                                           : tr("Potential threshold: %1");
        QToolTip::showText(m_plot->mapToGlobal(event->pos()), what.arg(points(value)), m_plot);
        return;
    }
    if (event->buttons() != Qt::NoButton)
        return;
    const DragLine near = lineNear(event->pos());
    const int hit = m_bubbles->bubbleAt(event->pos());
    if (hit >= 0) {
        m_plot->setCursor(Qt::PointingHandCursor);
        QToolTip::showText(m_plot->mapToGlobal(event->pos()), explanation(hit), m_plot);
        return;
    }
    QToolTip::hideText();
    if (near == DragLine::Readiness)
        m_plot->setCursor(Qt::SplitHCursor);
    else if (near == DragLine::Potential)
        m_plot->setCursor(Qt::SplitVCursor);
    else
        m_plot->unsetCursor();
}

void MatrixView::onMouseRelease(QMouseEvent *event) {
    if (m_drag != DragLine::None) {
        m_drag = DragLine::None;
        m_plot->setInteraction(QCP::iRangeDrag, true);
        m_scoring->endPreview();
        QToolTip::hideText();
        const Scenario *stored = m_scoring->document()->portfolio()->activeScenario();
        if (stored && (stored->potentialThreshold != m_dragScenario.potentialThreshold ||
                       stored->readinessThreshold != m_dragScenario.readinessThreshold)) {
            Scenario changed = *stored;
            changed.potentialThreshold = m_dragScenario.potentialThreshold;
            changed.readinessThreshold = m_dragScenario.readinessThreshold;
            edit::setScenario(*m_scoring->document(), changed, edit::ScenarioEdit::Thresholds,
                              edit::Merge::Separate, tr("Move quadrant thresholds"));
        }
        m_pressed = false;
        return;
    }
    // The selection rectangle mode stays until the next press: QCustomPlot finishes the
    // rectangle only after this signal, and switching the mode off now would cancel it.
    const bool wasRubberBand = m_rubberBand;
    m_rubberBand = false;
    if (!m_pressed || event->button() != Qt::LeftButton || wasRubberBand)
        return;
    m_pressed = false;
    if ((event->pos() - m_pressPos).manhattanLength() > ClickSlop)
        return; // a pan
    const QSet<Id> before = m_selected;
    const int hit = m_bubbles->bubbleAt(event->pos());
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (hit < 0) {
        if (!toggle)
            m_selected.clear();
    } else {
        const Id id = m_partners[size_t(hit)].id;
        if (!toggle)
            m_selected = {id};
        else if (!m_selected.remove(id))
            m_selected.insert(id);
    }
    emitSelectionIfChanged(before);
}

void MatrixView::onRubberBand(const QRect &rect, QMouseEvent *event) {
    const QSet<Id> before = m_selected;
    if (!(event->modifiers() & Qt::ControlModifier))
        m_selected.clear();
    for (int row : m_bubbles->bubblesIn(QRectF(rect)))
        m_selected.insert(m_partners[size_t(row)].id);
    emitSelectionIfChanged(before);
}

void MatrixView::emitSelectionIfChanged(const QSet<Id> &before) {
    if (m_selected == before)
        return;
    applySelectionToBubbles();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateAccessibleDescription();
    Q_EMIT selectionChanged(selectedPartners());
}

void MatrixView::applySelectionToBubbles() {
    std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    for (size_t i = 0; i < std::min(bubbles.size(), m_partners.size()); ++i)
        bubbles[i].selected = m_selected.contains(m_partners[i].id);
}

QList<Id> MatrixView::selectedPartners() const {
    QList<Id> ids;
    for (const PartnerInfo &info : m_partners)
        if (m_selected.contains(info.id))
            ids.append(info.id);
    return ids;
}

void MatrixView::setSelectedPartners(const QList<Id> &ids) {
    const QSet<Id> wanted(ids.begin(), ids.end());
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    applySelectionToBubbles();
    updateAccessibleDescription();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString MatrixView::explanation(int row) const {
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    if (row < 0 || size_t(row) >= scores.size() || size_t(row) >= m_partners.size())
        return {};
    const PartnerScore &score = scores[size_t(row)];
    const PartnerInfo &info = m_partners[size_t(row)];
    const Partner *partner = m_scoring->document()->portfolio()->find<Partner>(info.id);
    const QString model =
        partner && partner->model ? label(*partner->model) : tr("Needs classification");
    QString quadrant = label(score.quadrant);
    if (score.overridden)
        quadrant =
            tr("%1 (by decision; scores say %2)").arg(quadrant, label(score.computedQuadrant));
    QString text =
        QStringLiteral("<b>%1</b><br>%2 \u00b7 %3")
            .arg(info.name.toHtmlEscaped(), model.toHtmlEscaped(), quadrant.toHtmlEscaped());
    for (Axis axis : {Axis::Potential, Axis::Readiness}) {
        const double total = axis == Axis::Potential ? score.potential : score.readiness;
        text += QStringLiteral("<br><b>%1 %2</b>").arg(label(axis).toHtmlEscaped(), points(total));
        for (Criterion c : criteriaOf(axis)) {
            const size_t i = size_t(c);
            const QString value = score.missing[i] ? tr("missing") : points(score.points[i]);
            text += QStringLiteral("<br>&nbsp;&nbsp;%1: %2")
                        .arg(label(c).toHtmlEscaped(), value.toHtmlEscaped());
        }
    }
    const std::vector<double> &stability = m_scoring->stability();
    if (stability.size() == scores.size()) {
        const double share = stability[size_t(row)];
        const QString kept = tr("Stability: keeps its quadrant in %1% of weight variations")
                                 .arg(QLocale().toString(share * 100.0, 'f', 0));
        text += QStringLiteral("<br>") + kept.toHtmlEscaped();
        if (share < BorderlineStability)
            text += QStringLiteral(" (") + tr("borderline").toHtmlEscaped() + QLatin1Char(')');
    }
    return text;
}

} // namespace ps
