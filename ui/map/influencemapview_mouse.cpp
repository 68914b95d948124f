// SPDX-License-Identifier: GPL-3.0-or-later
// Interaction with the influence map: click to highlight, drag a partner onto an ICP to link
// them, context menu on a link, wheel zoom, background pan, tooltips and the legend.
#include "ui/map/influencemapview.h"

#include "core/analytics/coverage.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/maplegend.h"
#include "ui/map/mapview_p.h"
#include "ui/undo/edits.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace ps {

int InfluenceMapView::Private::nodeAt(const QPoint &viewPos) const {
    // Nodes only: the edge layer and the drag line never take a click.
    const QList<QGraphicsItem *> hits = q->items(viewPos);
    for (QGraphicsItem *item : hits)
        if (item->type() == map::NodeItem::Type && item->isVisible())
            return static_cast<map::NodeItem *>(item)->index();
    return -1;
}

int InfluenceMapView::Private::edgeAt(const QPoint &viewPos) const {
    if (!edgeLayer)
        return -1;
    const double scale = std::max(q->transform().m11(), 1e-6);
    return edgeLayer->edgeAt(q->mapToScene(viewPos), 5.0 / scale);
}

void InfluenceMapView::Private::clickNode(int node, Qt::KeyboardModifiers modifiers) {
    const QList<Id> before = selectionList();
    const map::NodeItem *item = nodes[size_t(node)];
    if (item->kind() == MapNodeKind::Icp) {
        selected.clear();
        focusIcp = node;
    } else {
        focusIcp = -1;
        if (modifiers & Qt::ControlModifier) {
            if (!selected.remove(item->id()))
                selected.insert(item->id());
        } else {
            selected = {item->id()};
        }
    }
    applyFocus();
    const QList<Id> after = selectionList();
    if (after != before)
        Q_EMIT q->selectionChanged(after);
}

void InfluenceMapView::Private::clearFocus() {
    const bool hadSelection = !selected.isEmpty();
    selected.clear();
    focusIcp = -1;
    applyFocus();
    if (hadSelection)
        Q_EMIT q->selectionChanged({});
}

void InfluenceMapView::mousePressEvent(QMouseEvent *event) {
    d->flush();
    d->pressNode = -1;
    d->backgroundPress = false;
    d->linkDrag = false;
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    d->pressPos = event->position().toPoint();
    d->pressNode = d->nodeAt(d->pressPos);
    if (d->pressNode >= 0) {
        event->accept(); // no hand drag: a press on a node clicks it or starts a link
        return;
    }
    d->backgroundPress = true;
    d->autoFit = false;
    QGraphicsView::mousePressEvent(event); // ScrollHandDrag pans the background
}

void InfluenceMapView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    // The button state is tracked here: synthesized moves may not carry it.
    if (d->pressNode >= 0) {
        const map::NodeItem *source = d->nodes[size_t(d->pressNode)];
        if (!d->linkDrag && !d->readOnly && source->kind() == MapNodeKind::Partner &&
            (pos - d->pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            d->linkDrag = true;
            d->dragLine =
                d->scene->addLine(QLineF(), QPen(d->state.style.highlightColour,
                                                 2.0 * d->state.style.lineScale, Qt::DashLine));
            d->dragLine->setZValue(10);
            viewport()->setCursor(Qt::CrossCursor);
        }
        if (d->linkDrag && d->dragLine) {
            d->dragLine->setLine(QLineF(d->state.positions[size_t(d->pressNode)], mapToScene(pos)));
            // Solid over an ICP the partner is not linked to yet: releasing there adds a link.
            const int target = d->nodeAt(pos);
            const bool droppable =
                target >= 0 && d->nodes[size_t(target)]->kind() == MapNodeKind::Icp &&
                !d->document->portfolio()->findLink(d->nodes[size_t(target)]->id(), source->id());
            QPen pen = d->dragLine->pen();
            pen.setStyle(droppable ? Qt::SolidLine : Qt::DashLine);
            d->dragLine->setPen(pen);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void InfluenceMapView::mouseReleaseEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (d->pressNode >= 0 && event->button() == Qt::LeftButton) {
        const int source = d->pressNode;
        d->pressNode = -1;
        if (d->linkDrag) {
            d->linkDrag = false;
            delete d->dragLine;
            d->dragLine = nullptr;
            viewport()->unsetCursor();
            const int target = d->nodeAt(pos);
            if (target >= 0 && d->nodes[size_t(target)]->kind() == MapNodeKind::Icp) {
                InfluenceLink link;
                link.icpId = d->nodes[size_t(target)]->id();
                link.partnerId = d->nodes[size_t(source)]->id();
                link.strength = 3;
                link.role = LinkRole::Influences;
                edit::addLink(*d->document, link); // 0 if already linked: nothing to undo
            }
        } else {
            d->clickNode(source, event->modifiers());
            if (d->nodes[size_t(source)]->kind() == MapNodeKind::Icp)
                Q_EMIT icpClicked(d->nodes[size_t(source)]->id());
        }
        event->accept();
        return;
    }
    const bool click = d->backgroundPress &&
                       (pos - d->pressPos).manhattanLength() < QApplication::startDragDistance();
    d->backgroundPress = false;
    QGraphicsView::mouseReleaseEvent(event);
    if (click && event->button() == Qt::LeftButton)
        d->clearFocus();
}

void InfluenceMapView::mouseDoubleClickEvent(QMouseEvent *event) {
    const int node =
        event->button() == Qt::LeftButton ? d->nodeAt(event->position().toPoint()) : -1;
    if (node >= 0 && d->nodes[size_t(node)]->kind() == MapNodeKind::Icp) {
        Q_EMIT icpClicked(d->nodes[size_t(node)]->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void InfluenceMapView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    d->autoFit = false;
    const double current = transform().m11();
    const double fitScale = std::min(viewport()->width() / std::max(d->bounds.width(), 1.0),
                                     viewport()->height() / std::max(d->bounds.height(), 1.0));
    // From a quarter of the whole map to 8x, beyond which nothing more is readable.
    const double target = qBound(fitScale / 4.0, current * std::pow(1.25, steps), 8.0);
    const double factor = target / current;
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    scale(factor, factor);
    event->accept();
}

void InfluenceMapView::fitAll() {
    d->flush();
    if (d->bounds.isEmpty())
        return;
    // The legend covers the bottom-right corner: fit the map beside it or above it,
    // whichever leaves the map larger.
    const QRectF view = QRectF(viewport()->rect()).adjusted(4, 4, -4, -4);
    const QSizeF legend = map::legendSize(d->state.style) + QSizeF(12, 12);
    const QRectF above(view.left(), view.top(), view.width(),
                       std::max(view.height() - legend.height(), 40.0));
    const QRectF beside(view.left(), view.top(), std::max(view.width() - legend.width(), 40.0),
                        view.height());
    auto scaleFor = [this](const QRectF &area) {
        return std::min(area.width() / d->bounds.width(), area.height() / d->bounds.height());
    };
    const QRectF area = scaleFor(above) >= scaleFor(beside) ? above : beside;
    const double scale = scaleFor(area);
    if (!(scale > 0))
        return;
    setTransform(QTransform::fromScale(scale, scale));
    // Put the map's centre at the centre of the free area, not of the whole viewport.
    const QPointF offset = (view.center() - area.center()) / scale;
    centerOn(d->bounds.center() + offset);
}

bool InfluenceMapView::centerOnPartner(Id partnerId) {
    d->flush();
    const int node = d->partnerIndex.value(partnerId, -1);
    if (node < 0 || !d->state.nodeVisible[size_t(node)])
        return false;
    d->autoFit = false;
    // Close enough to read the label, never zoomed out further by a search.
    if (transform().m11() < 1.0) {
        const double factor = 1.0 / transform().m11();
        scale(factor, factor);
    }
    centerOn(d->state.positions[size_t(node)]);
    d->clickNode(node, Qt::NoModifier);
    return true;
}

bool InfluenceMapView::focusIcpNode(Id icpId) {
    d->flush();
    const int node = d->icpIndex.value(icpId, -1);
    if (node < 0 || !d->state.nodeVisible[size_t(node)])
        return false;
    if (d->focusIcp != node)
        d->clickNode(node, Qt::NoModifier);
    return true;
}

void InfluenceMapView::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    // A hidden map with a layout pending fits when it is shown (relayout() fits).
    if (d->autoFit && (isVisible() || !(d->pending & Private::Layout)))
        fitAll();
}

void InfluenceMapView::drawForeground(QPainter *painter, const QRectF &) {
    painter->save();
    painter->resetTransform();
    map::drawLegend(painter, QRectF(viewport()->rect()), d->state.style);
    painter->restore();
}

QString InfluenceMapView::Private::nodeTooltip(int node) const {
    const Portfolio *portfolio = document->portfolio();
    const map::NodeItem *item = nodes[size_t(node)];
    if (item->kind() == MapNodeKind::Icp) {
        const Icp *icp = portfolio->find<Icp>(item->id());
        if (!icp)
            return {};
        QString text = QStringLiteral("<b>%1</b>").arg(icp->name.toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Priority: %1").arg(icp->priorityWeight);
        for (const IcpCoverage &coverage : computeCoverage(portfolio->data())) {
            if (coverage.icpId != icp->id)
                continue;
            text += QStringLiteral("<br>") +
                    tr("Influence: %1 / 100").arg(coverage.influence, 0, 'f', 0) +
                    QStringLiteral("<br>") +
                    tr("Linked partners: %1, strong: %2")
                        .arg(coverage.linkedPartners)
                        .arg(coverage.strongPartners);
            if (coverage.gap)
                text += QStringLiteral("<br><b>") +
                        tr("Coverage gap: no partner reaches this buyer strongly") +
                        QStringLiteral("</b>");
        }
        return text;
    }
    const Partner *partner = portfolio->find<Partner>(item->id());
    if (!partner)
        return {};
    QString text = QStringLiteral("<b>%1</b>").arg(partner->name.toHtmlEscaped());
    text +=
        QStringLiteral("<br>") +
        tr("Model: %1").arg(partner->model ? label(*partner->model) : tr("needs classification"));
    text += QStringLiteral("<br>") + tr("Status: %1").arg(label(partner->status));
    if (scoring) {
        const int row = scoring->rowOf(partner->id);
        if (row >= 0 && size_t(row) < scoring->scores().size())
            text += QStringLiteral("<br>") +
                    tr("Quadrant: %1").arg(label(scoring->scores()[size_t(row)].quadrant));
    }
    if (const Partner *upstream = portfolio->find<Partner>(partner->upstreamId))
        text += QStringLiteral("<br>") + tr("Buys through: %1").arg(upstream->name.toHtmlEscaped());
    const std::vector<int> rows = portfolio->linkRowsOfPartner(partner->id);
    text += QStringLiteral("<br>") + tr("Links: %1").arg(rows.size());
    const int shown = std::min<int>(int(rows.size()), 8);
    for (int i = 0; i < shown; ++i) {
        const InfluenceLink &link = portfolio->links()[size_t(rows[size_t(i)])];
        const Icp *icp = portfolio->find<Icp>(link.icpId);
        text += QStringLiteral("<br>&nbsp;&nbsp;") +
                tr("%1: %2, strength %3")
                    .arg(icp ? icp->name.toHtmlEscaped() : QString(), label(link.role))
                    .arg(link.strength);
    }
    if (int(rows.size()) > shown)
        text += QStringLiteral("<br>&nbsp;&nbsp;") +
                tr("and %Ln more", nullptr, int(rows.size()) - shown);
    return text;
}

QString InfluenceMapView::Private::edgeTooltip(int edge) const {
    const map::EdgeData &data = state.edges[size_t(edge)];
    const QString from = nodeTooltip(data.from).section(QStringLiteral("<br>"), 0, 0);
    const QString to = nodeTooltip(data.to).section(QStringLiteral("<br>"), 0, 0);
    if (data.upstream)
        return tr("%1 buys through %2").arg(from, to);
    return tr("%1 → %2<br>%3, strength %4").arg(from, to, label(data.role)).arg(data.strength);
}

bool InfluenceMapView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        d->flush();
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = d->nodeAt(help->pos());
        QString text;
        if (node >= 0)
            text = d->nodeTooltip(node);
        else if (const int edge = d->edgeAt(help->pos()); edge >= 0)
            text = d->edgeTooltip(edge);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QMenu *InfluenceMapView::Private::linkMenu(Id linkId, QWidget *parent) {
    const InfluenceLink *link = document->portfolio()->find<InfluenceLink>(linkId);
    if (!link)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QMenu *strength = menu->addMenu(tr("Strength"));
    auto *strengthGroup = new QActionGroup(menu);
    for (int value = 0; value <= 5; ++value) {
        QAction *action = strength->addAction(QString::number(value));
        action->setCheckable(true);
        action->setChecked(link->strength == value);
        strengthGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, q, [this, linkId, value] {
            edit::setLinkField(*document, linkId, LinkField::Strength, value);
        });
    }
    QMenu *role = menu->addMenu(tr("Role"));
    auto *roleGroup = new QActionGroup(menu);
    for (LinkRole value : enumValues<LinkRole>()) {
        QAction *action = role->addAction(label(value));
        action->setCheckable(true);
        action->setChecked(link->role == value);
        roleGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, q, [this, linkId, value] {
            edit::setLinkField(*document, linkId, LinkField::Role, toKey(value));
        });
    }
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Delete link"));
    QObject::connect(remove, &QAction::triggered, q,
                     [this, linkId] { edit::removeLinks(*document, {linkId}); });
    return menu;
}

void InfluenceMapView::setReadOnly(bool readOnly) {
    d->readOnly = readOnly;
}

bool InfluenceMapView::isReadOnly() const {
    return d->readOnly;
}

void InfluenceMapView::contextMenuEvent(QContextMenuEvent *event) {
    d->flush();
    const int edge = d->nodeAt(event->pos()) < 0 && !d->readOnly ? d->edgeAt(event->pos()) : -1;
    if (edge < 0 || d->state.edges[size_t(edge)].upstream) {
        event->ignore();
        return;
    }
    if (QMenu *menu = d->linkMenu(d->state.edges[size_t(edge)].linkId, this))
        menu->popup(event->globalPos());
    event->accept();
}

} // namespace ps
