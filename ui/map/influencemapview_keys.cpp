// SPDX-License-Identifier: GPL-3.0-or-later
// The influence map without a mouse (zoom, fit, pan, clear the selection; the page's search
// field selects a node) and its normal theme, which follows the desktop palette on screen.
#include "ui/map/influencemapview.h"

#include "ui/map/mapitems.h"
#include "ui/map/mapview_p.h"
#include "ui/theme/themepalette.h"

#include <QGraphicsScene>
#include <QKeyEvent>

#include <algorithm>

namespace ps {

void InfluenceMapView::useStyle(const map::MapStyle &style) {
    d->state.style = style;
    d->scene->setBackgroundBrush(style.background);
    // Nodes and edges keep device caches: drop them so the new colours show.
    for (map::NodeItem *node : d->nodes)
        node->update();
    for (map::EdgeLayer *layer : {d->edgeLayer, d->highlightLayer})
        if (layer)
            layer->update();
    viewport()->update();
}

void InfluenceMapView::changeEvent(QEvent *event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && d->theme == Theme::Default)
        useStyle(theme::mapStyle(palette()));
}

void InfluenceMapView::keyPressEvent(QKeyEvent *event) {
    const auto zoom = [this](double factor) {
        d->autoFit = false;
        const double current = transform().m11();
        const double fitScale = std::min(viewport()->width() / std::max(d->bounds.width(), 1.0),
                                         viewport()->height() / std::max(d->bounds.height(), 1.0));
        const double target = qBound(fitScale / 4.0, current * factor, 8.0);
        setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        scale(target / current, target / current);
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25);
        break;
    case Qt::Key_Minus:
        zoom(0.8);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (selectedPartners().isEmpty()) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        setSelectedPartners({});
        Q_EMIT selectionChanged({});
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace ps
