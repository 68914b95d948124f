// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/maplayout.h"
#include "ui/theme/mapstyle.h"

#include <QGraphicsItem>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace ps::map {

/// One edge of the map: an influence link, or an upstream edge (partner -> distributor).
struct EdgeData {
    Id linkId = 0; ///< 0 for an upstream edge
    int from = 0;  ///< node index (the partner for links and upstream edges)
    int to = 0;    ///< node index (the ICP, or the distributor)
    int strength = 0;
    LinkRole role = LinkRole::Influences;
    bool upstream = false;
    bool visible = true;
};

/// What the node items and the edge layer share: the theme, node geometry and the current
/// highlight. Owned by the view.
struct MapState {
    MapStyle style;
    std::vector<QPointF> positions; ///< node centres by node index
    std::vector<double> radii;
    std::vector<char> nodeVisible;
    std::vector<EdgeData> edges;
    QSet<int> centres;      ///< clicked or selected nodes; their links are highlighted
    QSet<int> focus;        ///< centres and their neighbours; empty: nothing is dimmed
    bool exporting = false; ///< full detail regardless of the zoom

    /// Thousands of edges: no antialiasing, and thin lines when zoomed out.
    bool manyEdges() const { return edges.size() > 1500; }
    bool isDimmed(int node) const { return !focus.isEmpty() && !focus.contains(node); }
    double dimmedOpacity() const { return style.dimmedAlpha / 255.0; }
};

/// A node: an ICP circle sized by priority (red dashed ring and "gap" badge when the ICP is a
/// coverage gap) or a partner shape coloured by model with its quadrant badge.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 41 };

    NodeItem(const MapState *state, int index, MapNodeKind kind, Id id);

    int type() const override { return Type; }
    int index() const { return m_index; }
    MapNodeKind kind() const { return m_kind; }
    Id id() const { return m_id; }

    /// Sets what the node shows; call refreshGeometry() after a label or theme change.
    void setLabel(const QString &label) { m_label = label; }
    void setColour(const QColor &colour) { m_colour = colour; }
    void setFamily(ShapeFamily family) { m_family = family; }
    void setQuadrant(std::optional<Quadrant> quadrant) { m_quadrant = quadrant; }
    void setGap(bool gap) { m_gap = gap; }
    bool isGap() const { return m_gap; }
    void setMarked(bool marked) { m_marked = marked; }
    bool isMarked() const { return m_marked; }
    void refreshGeometry();
    /// Where the name is drawn, in item coordinates; empty without a name.
    QRectF labelRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintIcp(QPainter *painter, double r) const;
    void paintPartner(QPainter *painter, double r) const;
    void paintLabel(QPainter *painter) const;

    const MapState *m_state;
    int m_index;
    MapNodeKind m_kind;
    Id m_id;
    QString m_label;
    QColor m_colour;
    ShapeFamily m_family = ShapeFamily::Circle;
    std::optional<Quadrant> m_quadrant;
    bool m_gap = false;
    bool m_marked = false; ///< selected
    QRectF m_bounds;
};

/// Every edge in one item: thousands of edge items would cost more in the scene's bookkeeping
/// than drawing the lines, so the layer draws them in batches, one pen per batch. A second,
/// uncached layer with `highlightOnly` draws the links of the clicked or selected nodes on top.
class EdgeLayer : public QGraphicsItem {
public:
    EdgeLayer(const MapState *state, bool highlightOnly);

    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Index of the visible edge within `tolerance` scene units of `pos` (the nearest), or -1.
    int edgeAt(const QPointF &pos, double tolerance) const;

private:
    void paintDetailed(QPainter *painter, const QRectF &exposed) const;
    void paintThin(QPainter *painter, const QRectF &exposed) const;
    void paintArrow(QPainter *painter, const EdgeData &edge) const;
    QLineF lineOf(const EdgeData &edge) const;
    bool touchesCentre(const EdgeData &edge) const;

    const MapState *m_state;
    bool m_highlightOnly;
    QRectF m_bounds;
};

} // namespace ps::map
