// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapoverviewwidget.h"

#include "ui/map/influencemapview.h"
#include "ui/map/mapoverview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ps {

MapOverviewWidget::MapOverviewWidget(InfluenceMapView *map, QWidget *parent)
    : QWidget(parent)
    , m_map(map) {
    setObjectName(QStringLiteral("mapOverview"));
    setAccessibleName(tr("Influence map overview"));
    setAccessibleDescription(tr("ICPs, partner models and the partners with the strongest links, "
                                "by name; click a partner to see it on the whole map."));
    setMouseTracking(true);
    setMinimumSize(320, 240);
}

MapOverviewWidget::~MapOverviewWidget() = default;

void MapOverviewWidget::invalidate() {
    m_overview.reset();
    update();
}

const map::MapOverview &MapOverviewWidget::current() {
    if (!m_overview || m_overview->size != QSizeF(size()))
        m_overview = std::make_unique<map::MapOverview>(m_map->overview(QSizeF(size())));
    return *m_overview;
}

void MapOverviewWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    // The overview's own colours (white, as in exports): its texts were laid out with them.
    current().paint(&painter,
                    current().projector ? map::MapStyle::projector() : map::MapStyle::standard());
}

Id MapOverviewWidget::partnerAt(const QPointF &pos) {
    for (const map::OverviewText &text : current().texts)
        if (text.kind == map::OverviewText::Partner && text.rect.contains(pos))
            return text.id;
    return 0;
}

bool MapOverviewWidget::event(QEvent *event) {
    // A shortened name shows itself whole on hover.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const map::OverviewText &text : current().texts)
            if (!text.whole.isEmpty() && text.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), text.whole, this, text.rect.toRect());
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void MapOverviewWidget::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        if (const Id id = partnerAt(event->position()))
            Q_EMIT partnerClicked(id);
    QWidget::mousePressEvent(event);
}

void MapOverviewWidget::mouseMoveEvent(QMouseEvent *event) {
    if (partnerAt(event->position()))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

} // namespace ps
