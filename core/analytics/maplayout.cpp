// SPDX-License-Identifier: GPL-3.0-or-later
// The map graph and the layered layout: ICPs in a column on the left, partners in columns by
// model to their right, distributors furthest right, upstream of their resellers (seed 000's
// manufacturer -> distributor -> reseller -> customer read from right to left).
#include "core/analytics/maplayout.h"

#include "core/analytics/maplayout_p.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace ps {
namespace {

constexpr double PartnerRadius = 10.0;
constexpr double IcpRadiusBase = 14.0;
constexpr double IcpRadiusPerPriority = 2.2;
/// Room for edges between two columns, beyond the nodes' own radii.
constexpr double ColumnGap = 90.0;
/// The first partner column sits further from the ICPs: that is where most edges fan out.
constexpr double IcpColumnGap = 160.0;
/// With names under the nodes, a column is as wide as its longest name, which already keeps
/// edges apart: less extra room, so the map is not shrunk further when fitted to a screen.
constexpr double NamedColumnGap = 40.0;
constexpr double NamedIcpColumnGap = 110.0;
constexpr double RowGap = 6.0;
/// The layered map is stretched vertically to at least this height / width ratio.
constexpr double MinimumAspect = 0.6;

struct Placed {
    int node = 0;
    double desiredY = 0.0;
    int order = 0; ///< position in the graph, the tie-breaker that keeps the layout deterministic
};

/// Width and height of each node's name box (zero without label metrics).
using LabelSizes = std::vector<QSizeF>;

/// Places one column of nodes at x, each as close to its desired y as the column allows, in the
/// order of the desired y: a node never comes closer to the one above than their radii, the
/// upper node's name and the gap.
void placeColumn(const MapGraph &graph, const LabelSizes &labels, std::vector<Placed> &column,
                 double x, double margin, std::vector<QPointF> &positions) {
    std::stable_sort(column.begin(), column.end(), [](const Placed &a, const Placed &b) {
        return a.desiredY != b.desiredY ? a.desiredY < b.desiredY : a.order < b.order;
    });
    double previousBottom = 0.0;
    for (size_t i = 0; i < column.size(); ++i) {
        const size_t node = size_t(column[i].node);
        const double r = graph.nodes[node].radius;
        double y = column[i].desiredY;
        if (i > 0)
            y = std::max(y, previousBottom + r + margin + RowGap);
        positions[node] = QPointF(x, y);
        previousBottom = y + r + labels[node].height();
    }
}

/// Half the width a column needs: its widest node or name.
double halfWidth(const MapGraph &graph, const LabelSizes &labels,
                 const std::vector<Placed> &column) {
    double half = 0.0;
    for (const Placed &p : column)
        half = std::max(
            {half, graph.nodes[size_t(p.node)].radius, labels[size_t(p.node)].width() / 2.0});
    return half;
}

LabelSizes labelSizes(const MapGraph &graph, const PortfolioData &data,
                      const MapLayoutOptions &options) {
    LabelSizes sizes(graph.nodes.size());
    if (options.labelCharWidth <= 0.0 && options.icpLabelCharWidth <= 0.0)
        return sizes;
    QHash<Id, QString> icpNames, partnerNames;
    for (const Icp &icp : data.icps)
        icpNames.insert(icp.id, icp.name);
    for (const Partner &p : data.partners)
        partnerNames.insert(p.id, p.name);
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const MapNode &node = graph.nodes[i];
        const QString name =
            (node.kind == MapNodeKind::Icp ? icpNames : partnerNames).value(node.id);
        sizes[i] = labelRect(node, name, QPointF(), options).size();
    }
    return sizes;
}

/// Columns make a layered map much wider than tall; a window is not. Spreading the rows apart
/// until the height is at least `aspect` x the width keeps edges and labels readable when the
/// map is fitted to a window. Stretching one axis only moves nodes apart, so it cannot create
/// an overlap.
void stretchToAspect(const MapGraph &graph, std::vector<QPointF> &positions, double aspect) {
    const QRectF bounds = mapBounds(graph, positions);
    if (bounds.width() <= 0.0 || bounds.height() <= 0.0 ||
        bounds.height() >= aspect * bounds.width())
        return;
    // Radii do not stretch: scale the span of the centres so that the bounds reach the aspect.
    const auto [low, high] =
        std::minmax_element(positions.begin(), positions.end(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const double span = high->y() - low->y();
    if (span <= 0.0)
        return;
    const double factor = (aspect * bounds.width() - (bounds.height() - span)) / span;
    const double centre = (low->y() + high->y()) / 2.0;
    for (QPointF &p : positions)
        p.setY(centre + (p.y() - centre) * factor);
}

std::vector<QPointF> layeredLayout(const MapGraph &graph, const PortfolioData &data, double margin,
                                   const MapLayoutOptions &options) {
    const size_t n = graph.nodes.size();
    const LabelSizes labels = labelSizes(graph, data, options);
    std::vector<QPointF> positions(n);
    QHash<Id, const Icp *> icps;
    for (const Icp &icp : data.icps)
        icps.insert(icp.id, &icp);
    QHash<Id, const Partner *> partners;
    for (const Partner &p : data.partners)
        partners.insert(p.id, &p);
    QHash<Id, int> partnerNode;
    for (size_t i = 0; i < n; ++i)
        if (graph.nodes[i].kind == MapNodeKind::Partner)
            partnerNode.insert(graph.nodes[i].id, int(i));

    // ICP column: highest priority on top.
    std::vector<Placed> icpColumn;
    for (size_t i = 0; i < n; ++i)
        if (graph.nodes[i].kind == MapNodeKind::Icp) {
            const Icp *icp = icps.value(graph.nodes[i].id);
            icpColumn.push_back({int(i), icp ? -icp->priorityWeight : 0.0, int(i)});
        }
    placeColumn(graph, labels, icpColumn, 0.0, margin, positions);
    double x = icpColumn.empty() ? 0.0 : halfWidth(graph, labels, icpColumn);
    const bool named = options.labelCharWidth > 0.0;
    double gap = icpColumn.empty() ? 0.0 : (named ? NamedIcpColumnGap : IcpColumnGap) + margin;

    // Partners by model column; each column wraps into several when it would grow far taller
    // than the others, so a large portfolio stays readable.
    std::map<int, std::vector<int>> groups;
    for (size_t i = 0; i < n; ++i)
        if (graph.nodes[i].kind == MapNodeKind::Partner) {
            const Partner *p = partners.value(graph.nodes[i].id);
            groups[p ? mapColumnOf(p->model) : mapColumnOf(std::nullopt)].push_back(int(i));
        }
    const size_t partnerCount = size_t(partnerNode.size());
    const size_t perColumn =
        std::max<size_t>(12, size_t(std::ceil(2.0 * std::sqrt(double(partnerCount)))));

    // Adjacency to compute each node's barycentre from already placed neighbours.
    std::vector<std::vector<std::pair<int, double>>> neighbours(n);
    for (const MapEdge &e : graph.edges) {
        if (e.from < 0 || e.to < 0 || size_t(e.from) >= n || size_t(e.to) >= n)
            continue;
        neighbours[size_t(e.from)].push_back({e.to, std::max(e.weight, 0.1)});
        neighbours[size_t(e.to)].push_back({e.from, std::max(e.weight, 0.1)});
    }
    std::vector<bool> placed(n, false);
    for (const Placed &p : icpColumn)
        placed[size_t(p.node)] = true;
    double fallbackY = 0.0;

    for (auto &[column, nodes] : groups) {
        // Barycentre of placed neighbours; distributors thereby follow their resellers.
        std::vector<Placed> items;
        for (int node : nodes) {
            double sum = 0.0, weights = 0.0;
            for (const auto &[other, w] : neighbours[size_t(node)])
                if (placed[size_t(other)]) {
                    sum += w * positions[size_t(other)].y();
                    weights += w;
                }
            items.push_back({node, weights > 0.0 ? sum / weights : fallbackY, node});
        }
        std::stable_sort(items.begin(), items.end(), [](const Placed &a, const Placed &b) {
            return a.desiredY != b.desiredY ? a.desiredY < b.desiredY : a.order < b.order;
        });
        for (size_t start = 0; start < items.size(); start += perColumn) {
            std::vector<Placed> sub(items.begin() + qsizetype(start),
                                    items.begin() +
                                        qsizetype(std::min(items.size(), start + perColumn)));
            const double r = halfWidth(graph, labels, sub);
            x += gap + r;
            placeColumn(graph, labels, sub, x, margin, positions);
            x += r;
            gap = (named ? NamedColumnGap : ColumnGap) + margin;
            for (const Placed &p : sub)
                placed[size_t(p.node)] = true;
        }
        Q_UNUSED(column)
    }
    stretchToAspect(graph, positions, MinimumAspect);
    return positions;
}

} // namespace

/// Column of a partner model, left to right. Influencers and technology partners sit next to
/// the buyers they reach; the resale channel follows, distributors last (upstream).
int mapColumnOf(const std::optional<PartnerModel> &model) {
    if (!model)
        return 7;
    switch (*model) {
    case PartnerModel::Referral:
        return 0;
    case PartnerModel::Agency:
        return 1;
    case PartnerModel::Affiliate:
        return 2;
    case PartnerModel::Isv:
        return 3;
    case PartnerModel::SystemsIntegrator:
        return 4;
    case PartnerModel::ServiceDelivery:
        return 5;
    case PartnerModel::Oem:
        return 6;
    case PartnerModel::ValueAddedReseller:
        return 8;
    case PartnerModel::Reseller:
        return 9;
    case PartnerModel::Distributor:
        return 10;
    }
    return 7;
}

MapGraph buildMapGraph(const PortfolioData &data) {
    MapGraph graph;
    graph.nodes.reserve(data.icps.size() + data.partners.size());
    QHash<Id, int> icpNode, partnerNode;
    for (const Icp &icp : data.icps) {
        icpNode.insert(icp.id, int(graph.nodes.size()));
        const double priority = std::clamp(icp.priorityWeight, 0.0, 10.0);
        graph.nodes.push_back(
            {MapNodeKind::Icp, icp.id, IcpRadiusBase + IcpRadiusPerPriority * priority});
    }
    for (const Partner &p : data.partners) {
        partnerNode.insert(p.id, int(graph.nodes.size()));
        graph.nodes.push_back({MapNodeKind::Partner, p.id, PartnerRadius});
    }
    // Influence links first (data order), then upstream edges (partner order); a link of strength
    // 0 records that a partner does not reach the buyer, so it draws no edge.
    graph.edges.reserve(data.links.size() + data.partners.size());
    for (const InfluenceLink &link : data.links) {
        const int from = icpNode.value(link.icpId, -1);
        const int to = partnerNode.value(link.partnerId, -1);
        if (from >= 0 && to >= 0 && link.strength >= 1)
            graph.edges.push_back({from, to, double(link.strength)});
    }
    for (const Partner &p : data.partners) {
        const int upstream = partnerNode.value(p.upstreamId, -1);
        if (p.upstreamId != 0 && p.upstreamId != p.id && upstream >= 0)
            graph.edges.push_back({partnerNode.value(p.id), upstream, 1.0});
    }
    return graph;
}

std::vector<QPointF> layoutMap(const MapGraph &graph, const PortfolioData &data,
                               const MapLayoutOptions &options) {
    const double margin = std::max(0.0, options.margin);
    if (options.kind == MapLayoutKind::Layered)
        return layeredLayout(graph, data, margin, options);
    std::vector<QPointF> positions = maplayout::forceLayout(graph, options);
    maplayout::removeOverlaps(graph, positions, margin);
    return positions;
}

QString nodeName(const MapNode &node, const PortfolioData &data) {
    if (node.kind == MapNodeKind::Icp) {
        for (const Icp &icp : data.icps)
            if (icp.id == node.id)
                return icp.name;
        return {};
    }
    for (const Partner &p : data.partners)
        if (p.id == node.id)
            return p.name;
    return {};
}

QRectF labelRect(const MapNode &node, const QString &name, const QPointF &centre,
                 const MapLayoutOptions &options) {
    const bool icp = node.kind == MapNodeKind::Icp;
    const double charWidth = icp ? options.icpLabelCharWidth : options.labelCharWidth;
    const double height = icp ? options.icpLabelHeight : options.labelHeight;
    if (charWidth <= 0.0 || height <= 0.0 || name.isEmpty())
        return {};
    // A little more than the average: names are mostly letters, and capitals are wide.
    const double width = 1.1 * charWidth * double(name.size()) + 6.0;
    return {centre.x() - width / 2.0, centre.y() + node.radius, width, height + 4.0};
}

QRectF mapBounds(const MapGraph &graph, const std::vector<QPointF> &positions) {
    QRectF bounds;
    const size_t n = std::min(graph.nodes.size(), positions.size());
    for (size_t i = 0; i < n; ++i) {
        const double r = graph.nodes[i].radius;
        const QRectF circle(positions[i].x() - r, positions[i].y() - r, 2 * r, 2 * r);
        bounds = i == 0 ? circle : bounds.united(circle);
    }
    return bounds;
}

} // namespace ps
