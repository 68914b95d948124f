// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

/// Layouts for the influence map: positions for ICP and partner nodes, computed in core so the
/// GUI, `render` and the benchmarks share them. Deterministic for a given seed; nodes never
/// overlap (centres at least the sum of the two radii plus a margin apart).
namespace ps {

enum class MapNodeKind { Icp, Partner };

/// A node to place: its kind, id and radius (the view decides sizes, e.g. by ICP priority).
struct MapNode {
    MapNodeKind kind = MapNodeKind::Partner;
    Id id = 0;
    double radius = 10.0;
};

/// An undirected edge between two nodes by index into the node vector.
struct MapEdge {
    int from = 0;
    int to = 0;
    double weight = 1.0; ///< e.g. link strength; heavier edges pull harder in force layouts
};

struct MapGraph {
    std::vector<MapNode> nodes;
    std::vector<MapEdge> edges;
};

/// Builds the graph of a portfolio: every ICP, every partner, influence links (weight =
/// strength) and upstream edges (partner -> distributor). Node radii: ICPs by priority weight,
/// partners uniform. `nodeIndexOf` helpers are in the result's order: ICPs first, then partners.
MapGraph buildMapGraph(const PortfolioData &data);

/// The column of a partner model in the layered map, left to right: influencers and technology
/// partners next to the buyers they reach, the resale channel after, distributors last
/// (upstream); unclassified partners in the middle (7).
int mapColumnOf(const std::optional<PartnerModel> &model);

enum class MapLayoutKind {
    Layered, ///< ICPs in a column on the left, partners grouped by model, distributors upstream
    Force,   ///< force-directed (Barnes-Hut or grid-accelerated), deterministic for a seed
};

struct MapLayoutOptions {
    MapLayoutKind kind = MapLayoutKind::Layered;
    quint64 seed = 1;
    int iterations = 300; ///< force layout only
    double margin = 4.0;  ///< minimum gap between two nodes' circles
    /// Room for the names drawn centred under the nodes, in scene units (the view's label font:
    /// average character width and line height; ICP names have their own font). With these set,
    /// the layered layout keeps every name clear of other nodes and names (see labelRect());
    /// 0 leaves no room for names.
    double labelCharWidth = 0.0;
    double labelHeight = 0.0;
    double icpLabelCharWidth = 0.0;
    double icpLabelHeight = 0.0;
};

/// The box a node's name takes under the node at `centre` under `options`' label metrics (empty
/// when they are 0): centred, from the node's bottom edge down by one label line.
QRectF labelRect(const MapNode &node, const QString &name, const QPointF &centre,
                 const MapLayoutOptions &options);
/// Name of a node of `data` (ICP or partner name; empty if the id is unknown).
QString nodeName(const MapNode &node, const PortfolioData &data);

/// Positions (node centres) in the graph's node order. For the layered layout the partner nodes
/// of `data` decide the grouping (model, upstream); pass the same data buildMapGraph used.
std::vector<QPointF> layoutMap(const MapGraph &graph, const PortfolioData &data,
                               const MapLayoutOptions &options = {});

/// Bounding rectangle of the laid-out nodes, radii included.
QRectF mapBounds(const MapGraph &graph, const std::vector<QPointF> &positions);

} // namespace ps
