// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/influencemapview.h"
#include "ui/map/mapitems.h"

#include <QHash>
#include <QPoint>

#include <vector>

class QGraphicsLineItem;
class QGraphicsScene;
class QMenu;

namespace ps {
class Document;
class ScoringController;

/// The view's state, shared by influencemapview.cpp (building and following the portfolio),
/// influencemapview_mouse.cpp (interaction) and influencemapview_export.cpp.
struct InfluenceMapView::Private {
    enum Pending {
        Nothing = 0,
        Selection = 1, ///< pendingSelection, set while the map was hidden
        Filter = 2,
        Quadrants = 4,
        Appearance = 8,
        Edges = 16,
        Layout = 32
    };

    InfluenceMapView *q;
    Document *document;
    ScoringController *scoring;
    QGraphicsScene *scene = nullptr;
    map::MapState state;
    std::vector<map::NodeItem *> nodes; ///< by node index
    map::EdgeLayer *edgeLayer = nullptr;
    map::EdgeLayer *highlightLayer = nullptr; ///< links of the highlighted nodes, on top
    QHash<Id, int> icpIndex;
    QHash<Id, int> partnerIndex;
    /// Partner model and upstream as last laid out: only changes of these move nodes.
    QHash<Id, QPair<int, Id>> partnerShape;
    QRectF bounds; ///< the laid-out nodes with room for labels
    MapLayoutKind layoutKind = MapLayoutKind::Layered;
    MapFilter filter;
    Theme theme = Theme::Default;
    QSet<Id> selected;          ///< partner ids
    QList<Id> pendingSelection; ///< see Selection
    int focusIcp = -1;          ///< node index of a clicked ICP
    int pending = Layout;
    bool flushScheduled = false;
    bool autoFit = true; ///< fit on resize until the user zooms or pans

    // Mouse state.
    int pressNode = -1;
    QPoint pressPos;
    bool backgroundPress = false;
    bool linkDrag = false;
    bool readOnly = false; ///< no edits from the map (setReadOnly)
    QGraphicsLineItem *dragLine = nullptr;

    explicit Private(InfluenceMapView *view)
        : q(view) {}

    void schedule(int what);
    /// Applies pending changes now (queries, mouse handling and showing call this first).
    void flush();
    void relayout();
    void updateBounds();
    void rebuildEdges();
    void refreshAppearance();
    void refreshQuadrants();
    void applyFilter();
    void applyFocus();
    void onPartnerChanged(Id id);
    /// Selects these partners (those on the map) and clears a clicked ICP's focus.
    void select(const QList<Id> &ids);

    int nodeAt(const QPoint &viewPos) const;
    int edgeAt(const QPoint &viewPos) const;
    QString nodeTooltip(int node) const;
    QString edgeTooltip(int edge) const;
    /// The context menu of a link: strength, role, delete; every choice an undo step.
    QMenu *linkMenu(Id linkId, QWidget *parent);
    void clickNode(int node, Qt::KeyboardModifiers modifiers);
    void clearFocus();
    QList<Id> selectionList() const;
};

} // namespace ps
