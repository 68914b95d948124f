// SPDX-License-Identifier: GPL-3.0-or-later
// Building the influence map from the portfolio and keeping it current.
#include "ui/map/influencemapview.h"

#include "core/analytics/coverage.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/mapview_p.h"
#include "ui/theme/matrixpalette.h"
#include "ui/theme/themepalette.h"

#include <QGraphicsScene>
#include <QTimer>

namespace ps {

InfluenceMapView::InfluenceMapView(Document *document, ScoringController *scoring, QWidget *parent)
    : QGraphicsView(parent)
    , d(std::make_unique<Private>(this)) {
    d->document = document;
    d->scoring = scoring;
    d->state.style = theme::mapStyle(palette());
    d->scene = new QGraphicsScene(this);
    d->scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    d->scene->setBackgroundBrush(d->state.style.background);
    setScene(d->scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAccessibleName(tr("Influence map"));
    setAccessibleDescription(
        tr("Plus and minus zoom, Home fits the map, Ctrl+F finds a partner, Escape clears."));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only what changed is repainted; the node caches make small updates cheap.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setMouseTracking(true);

    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::reset, this, [this] { d->schedule(Private::Layout); });
    auto structural = [this](EntityKind kind) {
        if (kind == EntityKind::Icp || kind == EntityKind::Partner)
            d->schedule(Private::Layout);
        else if (kind == EntityKind::Link)
            d->schedule(Private::Edges);
    };
    connect(portfolio, &Portfolio::rowsInserted, this,
            [structural](EntityKind kind, int, int) { structural(kind); });
    connect(portfolio, &Portfolio::rowsRemoved, this,
            [structural](EntityKind kind, int, int) { structural(kind); });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id, int) {
        if (kind == EntityKind::Partner)
            d->onPartnerChanged(id);
        else if (kind == EntityKind::Icp)
            d->schedule(Private::Layout); // priority sets the radius
        else if (kind == EntityKind::Link)
            d->schedule(Private::Edges);
    });
    if (scoring)
        connect(scoring, &ScoringController::scoresChanged, this, [this] {
            if (isVisible() && d->pending == Private::Nothing)
                d->refreshQuadrants();
            else
                d->schedule(Private::Quadrants); // with the pending work, or when shown
        });
    d->flush();
}

InfluenceMapView::~InfluenceMapView() = default;

void InfluenceMapView::Private::schedule(int what) {
    pending |= what;
    // A hidden map (another page is current) waits until it is shown or asked: laying out and
    // building a large map is most of the cost of opening a large portfolio.
    if (flushScheduled || !q->isVisible())
        return;
    flushScheduled = true;
    // Coalesced: a bulk edit emits a signal per row, the map rebuilds once.
    QTimer::singleShot(0, q, [this] { flush(); });
}

void InfluenceMapView::Private::flush() {
    flushScheduled = false;
    const int what = pending;
    pending = Nothing;
    if (what & Layout) {
        relayout(); // edges, appearance, quadrants and the filter included
    } else {
        if (what & Edges)
            rebuildEdges(); // applies the filter
        if (what & Appearance)
            refreshAppearance(); // quadrants and the filter included
        else if (what & Quadrants)
            refreshQuadrants();
        if ((what & Filter) && !(what & (Edges | Appearance)))
            applyFilter();
    }
    if (what & Selection) {
        // Two empty lists are equal without comparing: Qt 6.4's QList::operator== passes their
        // null data to memcmp, which UBSan reports.
        const QList<Id> current = selectionList();
        if (!(current.isEmpty() && pendingSelection.isEmpty()) && current != pendingSelection)
            select(pendingSelection);
    }
    pendingSelection.clear();
}

void InfluenceMapView::Private::onPartnerChanged(Id id) {
    const Partner *partner = document->portfolio()->find<Partner>(id);
    if (!partner)
        return;
    const QPair<int, Id> shape(matrix::colourIndex(partner->model), partner->upstreamId);
    // Model and upstream decide the layered grouping; other fields only change the look.
    schedule(partnerShape.value(id) == shape ? Appearance : Layout);
}

void InfluenceMapView::Private::relayout() {
    const PortfolioData &data = document->portfolio()->data();
    const MapGraph graph = buildMapGraph(data);
    MapLayoutOptions options;
    options.kind = layoutKind;
    if (theme == Theme::Projector) {
        // Room for the projector's large names, so they do not run into each other.
        const QFontMetricsF label(state.style.labelFont), icpLabel(state.style.icpFont);
        options.labelCharWidth = label.averageCharWidth();
        options.labelHeight = label.height();
        options.icpLabelCharWidth = icpLabel.averageCharWidth();
        options.icpLabelHeight = icpLabel.height();
    }
    state.positions = layoutMap(graph, data, options);
    state.radii.clear();
    for (const MapNode &node : graph.nodes)
        state.radii.push_back(node.radius);
    state.nodeVisible.assign(graph.nodes.size(), 1);
    state.edges.clear();

    // A drag in progress refers to the old nodes; it ends with them.
    dragLine = nullptr;
    pressNode = -1;
    if (linkDrag)
        q->viewport()->unsetCursor();
    linkDrag = false;
    edgeLayer = nullptr;
    highlightLayer = nullptr;
    nodes.clear();
    scene->clear();
    icpIndex.clear();
    partnerIndex.clear();
    partnerShape.clear();
    // Adding thousands of items to a BSP tree one by one rebuilds it repeatedly.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const MapNode &node = graph.nodes[i];
        (node.kind == MapNodeKind::Icp ? icpIndex : partnerIndex).insert(node.id, int(i));
        auto *item = new map::NodeItem(&state, int(i), node.kind, node.id);
        nodes.push_back(item);
        scene->addItem(item);
    }
    for (const Partner &partner : data.partners)
        partnerShape.insert(partner.id,
                            qMakePair(matrix::colourIndex(partner.model), partner.upstreamId));
    edgeLayer = new map::EdgeLayer(&state, false);
    scene->addItem(edgeLayer);
    highlightLayer = new map::EdgeLayer(&state, true);
    scene->addItem(highlightLayer);
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    edgeLayer->setBounds(mapBounds(graph, state.positions).adjusted(-10, -10, 10, 10));
    highlightLayer->setBounds(edgeLayer->boundingRect());

    QSet<Id> kept;
    for (Id id : std::as_const(selected))
        if (partnerIndex.contains(id))
            kept.insert(id);
    selected = kept;
    focusIcp = -1;
    rebuildEdges();
    refreshAppearance();
    updateBounds();
    if (autoFit)
        q->fitAll();
}

void InfluenceMapView::Private::updateBounds() {
    // Nodes with their labels and badges, so fitting the map shows every name in full.
    bounds = edgeLayer ? edgeLayer->boundingRect() : QRectF();
    for (const map::NodeItem *node : nodes)
        bounds |= node->sceneBoundingRect();
    bounds.adjust(-8, -8, 8, 8);
    // Room around the map so the background can be dragged past its edges and the map can be
    // centred beside the legend even zoomed out to a quarter of the fitting scale.
    const double margin = 5.0 * std::max({bounds.width(), bounds.height(), 400.0});
    scene->setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

void InfluenceMapView::Private::rebuildEdges() {
    const PortfolioData &data = document->portfolio()->data();
    state.edges.clear();
    state.edges.reserve(data.links.size() + data.partners.size() / 4);
    for (const InfluenceLink &link : data.links) {
        const int from = partnerIndex.value(link.partnerId, -1);
        const int to = icpIndex.value(link.icpId, -1);
        if (from < 0 || to < 0)
            continue;
        state.edges.push_back({link.id, from, to, link.strength, link.role, false, true});
    }
    for (const Partner &partner : data.partners) {
        const int from = partnerIndex.value(partner.id, -1);
        const int to = partner.upstreamId ? partnerIndex.value(partner.upstreamId, -1) : -1;
        if (from >= 0 && to >= 0)
            state.edges.push_back({0, from, to, 0, LinkRole::Sources, true, true});
    }
    for (const IcpCoverage &coverage : computeCoverage(data)) {
        const int node = icpIndex.value(coverage.icpId, -1);
        if (node >= 0 && nodes[size_t(node)]->isGap() != coverage.gap) {
            nodes[size_t(node)]->setGap(coverage.gap);
            nodes[size_t(node)]->refreshGeometry();
        }
    }
    applyFilter();
}

void InfluenceMapView::Private::refreshAppearance() {
    const Portfolio *portfolio = document->portfolio();
    for (map::NodeItem *node : nodes) {
        if (node->kind() == MapNodeKind::Icp) {
            if (const Icp *icp = portfolio->find<Icp>(node->id()))
                node->setLabel(icp->name);
        } else if (const Partner *partner = portfolio->find<Partner>(node->id())) {
            node->setLabel(partner->name);
            node->setColour(matrix::modelColour(matrix::colourIndex(partner->model)));
            node->setFamily(map::shapeFamily(partner->model));
        }
        node->refreshGeometry();
    }
    refreshQuadrants();
    applyFilter();
}

void InfluenceMapView::Private::refreshQuadrants() {
    if (!scoring)
        return;
    const std::vector<PartnerScore> &scores = scoring->scores();
    for (map::NodeItem *node : nodes) {
        if (node->kind() != MapNodeKind::Partner)
            continue;
        const int row = scoring->rowOf(node->id());
        std::optional<Quadrant> quadrant;
        if (row >= 0 && size_t(row) < scores.size())
            quadrant = scores[size_t(row)].quadrant;
        node->setQuadrant(quadrant);
        node->update();
    }
}

void InfluenceMapView::Private::applyFilter() {
    const Portfolio *portfolio = document->portfolio();
    for (map::NodeItem *node : nodes) {
        bool visible = true;
        if (node->kind() == MapNodeKind::Partner) {
            const Partner *partner = portfolio->find<Partner>(node->id());
            const QString model = partner && partner->model ? toKey(*partner->model) : QString();
            visible = partner && (filter.modelKeys.isEmpty() || filter.modelKeys.contains(model)) &&
                      (filter.statusKeys.isEmpty() ||
                       filter.statusKeys.contains(toKey(partner->status))) &&
                      (filter.partnerIds.isEmpty() || filter.partnerIds.contains(node->id()));
        }
        state.nodeVisible[size_t(node->index())] = visible;
        node->setVisible(visible);
    }
    for (map::EdgeData &edge : state.edges) {
        edge.visible = state.nodeVisible[size_t(edge.from)] && state.nodeVisible[size_t(edge.to)];
        if (edge.visible && !edge.upstream)
            edge.visible =
                edge.strength >= filter.minStrength &&
                (filter.roleKeys.isEmpty() || filter.roleKeys.contains(toKey(edge.role)));
    }
    if (edgeLayer)
        edgeLayer->update(); // the cached lines are stale
    applyFocus();
}

void InfluenceMapView::Private::applyFocus() {
    state.centres.clear();
    state.focus.clear();
    for (Id id : std::as_const(selected)) {
        const int node = partnerIndex.value(id, -1);
        if (node >= 0 && state.nodeVisible[size_t(node)])
            state.centres.insert(node);
    }
    if (focusIcp >= 0)
        state.centres.insert(focusIcp);
    if (!state.centres.isEmpty()) {
        state.focus = state.centres;
        for (const map::EdgeData &edge : state.edges) {
            if (!edge.visible)
                continue;
            if (state.centres.contains(edge.from))
                state.focus.insert(edge.to);
            if (state.centres.contains(edge.to))
                state.focus.insert(edge.from);
        }
    }
    // Dimming is item opacity, applied when the caches are blitted: a click redraws only the
    // nodes whose mark changed and the few highlighted links.
    for (map::NodeItem *node : nodes) {
        const bool marked = state.centres.contains(node->index());
        if (node->isMarked() != marked) {
            node->setMarked(marked);
            node->update();
        }
        node->setOpacity(state.isDimmed(node->index()) ? state.dimmedOpacity() : 1.0);
        // Marked nodes and their neighbours above the dimmed rest.
        const double base = node->kind() == MapNodeKind::Icp ? 2 : 1;
        node->setZValue(state.focus.contains(node->index()) ? base + 2 : base);
    }
    if (edgeLayer)
        edgeLayer->setOpacity(state.focus.isEmpty() ? 1.0 : state.dimmedOpacity());
    if (highlightLayer)
        highlightLayer->update();
}

void InfluenceMapView::setLayoutKind(MapLayoutKind kind) {
    if (d->layoutKind == kind)
        return;
    d->layoutKind = kind;
    d->autoFit = true;
    d->schedule(Private::Layout);
    d->flush();
}

MapLayoutKind InfluenceMapView::layoutKind() const {
    return d->layoutKind;
}

void InfluenceMapView::setFilter(const MapFilter &filter) {
    d->filter = filter;
    d->schedule(Private::Filter);
    if (isVisible())
        d->flush();
}

void InfluenceMapView::showEvent(QShowEvent *event) {
    // Before the first paint: the map appears current, not one event-loop turn later.
    d->flush();
    QGraphicsView::showEvent(event);
}

void InfluenceMapView::setTheme(Theme theme) {
    if (theme != d->theme)
        d->schedule(Private::Layout); // names take another amount of room
    d->theme = theme;
    d->state.style =
        theme == Theme::Projector ? map::MapStyle::projector() : theme::mapStyle(palette());
    d->scene->setBackgroundBrush(d->state.style.background);
    d->flush();
    d->refreshAppearance();
    d->updateBounds();
    if (d->autoFit)
        fitAll();
    viewport()->update();
}

QList<Id> InfluenceMapView::selectedPartners() const {
    d->flush();
    return d->selectionList();
}

QList<Id> InfluenceMapView::Private::selectionList() const {
    QList<int> indices;
    for (Id id : selected)
        indices << partnerIndex.value(id);
    std::sort(indices.begin(), indices.end());
    QList<Id> ids;
    for (int index : indices)
        ids << nodes[size_t(index)]->id();
    return ids;
}

void InfluenceMapView::setSelectedPartners(const QList<Id> &ids) {
    if (!isVisible()) {
        // The selection of the other pages, kept for when the map is shown.
        d->pendingSelection = ids;
        d->schedule(Private::Selection);
        return;
    }
    d->flush();
    d->select(ids);
}

void InfluenceMapView::Private::select(const QList<Id> &ids) {
    selected.clear();
    for (Id id : ids)
        if (partnerIndex.contains(id))
            selected.insert(id);
    focusIcp = -1;
    applyFocus();
}

std::optional<QPointF> InfluenceMapView::nodePosition(MapNodeKind kind, Id id) const {
    d->flush();
    const int node = (kind == MapNodeKind::Icp ? d->icpIndex : d->partnerIndex).value(id, -1);
    if (node < 0)
        return std::nullopt;
    return d->state.positions[size_t(node)];
}

} // namespace ps
