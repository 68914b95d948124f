// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/maplayout.h"
#include "core/domain/enums.h"

#include <QGraphicsView>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace ps {
class Document;
class ScoringController;
namespace map {
struct MapStyle;
struct MapOverview;
} // namespace map

/// Which nodes and edges the influence map shows.
struct MapFilter {
    QSet<QString> modelKeys;  ///< partner model keys; empty = all ("" = needs classification)
    QSet<QString> statusKeys; ///< empty = all
    QSet<QString> roleKeys;   ///< link roles; empty = all
    int minStrength = 0;      ///< hide links weaker than this
    /// Show only these partners (e.g. a heatmap cell); empty = no restriction.
    QSet<Id> partnerIds;
};

/**
 * The influence map: ICP nodes sized by priority, partner nodes shaped and coloured by model
 * with a badge for their quadrant (from ScoringController), edges whose width shows strength and
 * whose style shows role, upstream edges for the layered channel, coverage gaps marked on ICP
 * nodes, a legend. Click a node to highlight its neighbourhood; hover for details; drag from a
 * partner to an ICP to create a link; context menu on a link to change strength and role or
 * delete it (every edit an undo step through ps::edit). Zoom with the wheel, pan by dragging the
 * background, fit to the window. Level of detail when zoomed out; cached node drawing.
 * Keys: + and - zoom, Home fits the map, the arrow keys pan, Escape clears the selection.
 */
class InfluenceMapView : public QGraphicsView {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };

    InfluenceMapView(Document *document, ScoringController *scoring, QWidget *parent = nullptr);
    ~InfluenceMapView() override;

    void setLayoutKind(MapLayoutKind kind);
    MapLayoutKind layoutKind() const;
    void setFilter(const MapFilter &filter);
    void setTheme(Theme theme);
    /// A viewer's map (a team portfolio's viewer): no linking by dragging, no link menu.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    /// Centres and selects a partner (search); false if it is not on the map.
    bool centerOnPartner(Id partnerId);
    /// Highlights an ICP and its partners, as a click on it does (no icpClicked); false if it
    /// is not on the map.
    bool focusIcpNode(Id icpId);
    void fitAll();

    QList<Id> selectedPartners() const;
    void setSelectedPartners(const QList<Id> &ids);

    /// Exports the whole map as PNG, SVG or PDF by the file's suffix.
    bool exportTo(const QString &path, QString *error = nullptr);
    /// Whether the whole map, fitted into a picture of `size` pixels, still names every node at
    /// map::minimumLabelPixels() of the theme, without two names running into each other.
    bool namesReadableAt(const QSizeF &size) const;
    /// The map as a Sankey of ICP, model and partner laid out for `size` (see map::MapOverview).
    map::MapOverview overview(const QSizeF &size) const;
    /// Draws overview(size) to PNG, SVG or PDF by the file's suffix, exactly `size` pixels.
    bool exportOverview(const QString &path, const QSize &size, QString *error = nullptr);

    /// Scene position of a node's centre, or std::nullopt; for tests.
    std::optional<QPointF> nodePosition(MapNodeKind kind, Id id) const;

Q_SIGNALS:
    void selectionChanged(const QList<ps::Id> &partnerIds);
    /// The user clicked (or double-clicked) an ICP node: the page focuses it.
    void icpClicked(ps::Id icpId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Draws with these colours from now on (the palette's on screen, white for exports).
    void useStyle(const map::MapStyle &style);

    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ps
