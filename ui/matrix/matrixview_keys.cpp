// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix without a mouse: arrow keys walk from bubble to bubble, Shift extends the
// selection, Ctrl+A selects every shown partner, Escape clears, Home resets the zoom. And the
// normal theme's colours, which follow the desktop palette on screen.
#include "ui/matrix/matrixview.h"

#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/bubbleplottable.h"
#include "ui/theme/themepalette.h"

#include <QKeyEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps {

matrix::MatrixStyle MatrixView::themeStyle() const {
    if (m_theme == Theme::Projector)
        return matrix::MatrixStyle::projector();
    return theme::matrixStyle(palette());
}

void MatrixView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_theme != Theme::Default || !m_plot)
        return;
    m_style = themeStyle();
    applyStyle();
    updateLegend();
    updatePartnerLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool MatrixView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_plot && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    return QWidget::eventFilter(watched, event);
}

int MatrixView::keyboardNeighbour(int from, int key) const {
    const std::vector<matrix::Bubble> &bubbles = m_bubbles->bubbles();
    const size_t count = std::min(bubbles.size(), m_partners.size());
    int best = -1;
    double bestCost = std::numeric_limits<double>::max();
    const bool start = from < 0 || size_t(from) >= count || !bubbles[size_t(from)].visible;
    for (size_t i = 0; i < count; ++i) {
        if (!bubbles[i].visible || int(i) == from)
            continue;
        double cost = 0.0;
        if (start) {
            // No bubble yet: begin at the top right, the partners to invest in.
            cost = -(bubbles[i].x + bubbles[i].y);
        } else {
            const double dx = bubbles[i].x - bubbles[size_t(from)].x;
            const double dy = bubbles[i].y - bubbles[size_t(from)].y;
            double along = 0.0;
            double across = 0.0;
            switch (key) {
            case Qt::Key_Right:
                along = dx, across = dy;
                break;
            case Qt::Key_Left:
                along = -dx, across = dy;
                break;
            case Qt::Key_Up:
                along = dy, across = dx;
                break;
            default:
                along = -dy, across = dx;
                break;
            }
            // Ties on the axis (equal scores) go by row, so every bubble stays reachable.
            const bool forward = key == Qt::Key_Right || key == Qt::Key_Up;
            if (along < 0.0 || (along == 0.0 && (forward ? int(i) < from : int(i) > from)))
                continue;
            cost = along + 2.0 * std::abs(across);
        }
        if (cost < bestCost) {
            bestCost = cost;
            best = int(i);
        }
    }
    return best;
}

bool MatrixView::handleKey(QKeyEvent *event) {
    const QSet<Id> before = m_selected;
    const int key = event->key();
    if (event->matches(QKeySequence::SelectAll)) {
        for (Id id : visiblePartners())
            m_selected.insert(id);
    } else if (key == Qt::Key_Escape) {
        m_selected.clear();
    } else if (key == Qt::Key_Home) {
        resetZoom();
        return true;
    } else if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up ||
               key == Qt::Key_Down) {
        // Walk on from the bubble last selected, by key or by mouse.
        int from = m_keyboardRow;
        const bool fromSelected = from >= 0 && size_t(from) < m_partners.size() &&
                                  m_selected.contains(m_partners[size_t(from)].id);
        if (!m_selected.isEmpty() && !fromSelected)
            from = m_scoring->rowOf(selectedPartners().constLast());
        const int next = keyboardNeighbour(from, key);
        if (next < 0)
            return true;
        m_keyboardRow = next;
        const Id id = m_partners[size_t(next)].id;
        if (!(event->modifiers() & Qt::ShiftModifier))
            m_selected.clear();
        m_selected.insert(id);
    } else {
        return false;
    }
    emitSelectionIfChanged(before);
    return true;
}

void MatrixView::updateAccessibleDescription() {
    const QList<Id> ids = selectedPartners();
    if (ids.isEmpty()) {
        m_plot->setAccessibleDescription(
            tr("No partner selected. Arrow keys move between partners."));
        return;
    }
    const int row = m_scoring->rowOf(ids.constLast());
    const std::vector<PartnerScore> &scores = m_scoring->scores();
    if (row < 0 || size_t(row) >= scores.size() || size_t(row) >= m_partners.size())
        return;
    const PartnerScore &score = scores[size_t(row)];
    m_plot->setAccessibleDescription(
        tr("%1: readiness %2, potential %3, %4. %n selected.", nullptr, int(ids.size()))
            .arg(m_partners[size_t(row)].name)
            .arg(qRound(score.readiness))
            .arg(qRound(score.potential))
            .arg(label(score.quadrant)));
}

} // namespace ps
