// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/spotlightoverlay.h"

#include "ui/theme/projectortheme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace ps {

SpotlightOverlay::SpotlightOverlay(QWidget *view, CentreFn centre)
    : QWidget(view)
    , m_centre(std::move(centre)) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    view->installEventFilter(this);
    setGeometry(view->rect());
    hide();
}

void SpotlightOverlay::setActive(bool active) {
    m_active = active;
    setVisible(active);
    if (active) {
        raise();
        update();
    }
}

bool SpotlightOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void SpotlightOverlay::paintEvent(QPaintEvent *) {
    const std::optional<QPointF> at = centre();
    if (!m_active || !at)
        return;
    const theme::ProjectorTheme &t = theme::ProjectorTheme::instance();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dimmed;
    dimmed.addRect(rect());
    QPainterPath hole;
    hole.addEllipse(*at, m_radius, m_radius);
    painter.fillPath(dimmed.subtracted(hole), t.dimming);
    painter.setPen(QPen(t.accent, t.lineWidth * 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(*at, m_radius, m_radius);
}

} // namespace ps
