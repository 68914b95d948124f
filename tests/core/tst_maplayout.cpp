// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/maplayout.h"
#include "core/demo/demoportfolio.h"
#include "core/generate/generator.h"
#include "core/generate/random.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace ps;

namespace {

/// 50 ICPs and 1,950 partners from the generator, with extra links drawn by our own PRNG until
/// the graph has exactly 20,000 edges (the size of the layout_2k benchmark).
PortfolioData largePortfolio() {
    PortfolioData data = generatePortfolio(1950, 50, 11);
    QSet<QPair<Id, Id>> pairs;
    Id nextId = 0;
    for (const InfluenceLink &l : data.links) {
        pairs.insert({l.icpId, l.partnerId});
        nextId = std::max(nextId, l.id);
    }
    Random rng(5);
    while (buildMapGraph(data).edges.size() < 20000) {
        for (int k = 0; k < 500; ++k) {
            const Id icp = data.icps[size_t(rng.between(0, 49))].id;
            const Id partner = data.partners[size_t(rng.between(0, 1949))].id;
            if (pairs.contains({icp, partner}))
                continue;
            pairs.insert({icp, partner});
            InfluenceLink l;
            l.id = ++nextId;
            l.icpId = icp;
            l.partnerId = partner;
            l.strength = rng.between(1, 5);
            data.links.push_back(l);
        }
    }
    return data;
}

/// The first pair of nodes whose circles come closer than `margin`, as text; empty if none.
QString firstOverlap(const MapGraph &graph, const std::vector<QPointF> &pos, double margin) {
    for (size_t i = 0; i < pos.size(); ++i)
        for (size_t j = i + 1; j < pos.size(); ++j) {
            const QPointF d = pos[i] - pos[j];
            const double need = graph.nodes[i].radius + graph.nodes[j].radius + margin;
            if (std::hypot(d.x(), d.y()) < need - 1e-6)
                return QStringLiteral("nodes %1 and %2").arg(i).arg(j);
        }
    return {};
}

int nodeOf(const MapGraph &graph, MapNodeKind kind, Id id) {
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        if (graph.nodes[i].kind == kind && graph.nodes[i].id == id)
            return int(i);
    return -1;
}

/// Label metrics about those of the projector theme's bold 16 px names (19 px for ICPs).
MapLayoutOptions projectorNames() {
    MapLayoutOptions options;
    options.labelCharWidth = 9.0;
    options.labelHeight = 20.0;
    options.icpLabelCharWidth = 11.0;
    options.icpLabelHeight = 24.0;
    return options;
}

/// Pairs of nodes whose names overlap each other or another node's circle (its square).
int nameCollisions(const MapGraph &graph, const PortfolioData &data,
                   const std::vector<QPointF> &pos, const MapLayoutOptions &names, QString *first) {
    std::vector<QRectF> labels, circles;
    for (size_t i = 0; i < pos.size(); ++i) {
        labels.push_back(labelRect(graph.nodes[i], nodeName(graph.nodes[i], data), pos[i], names));
        const double r = graph.nodes[i].radius;
        circles.push_back(QRectF(pos[i].x() - r, pos[i].y() - r, 2 * r, 2 * r));
    }
    int count = 0;
    for (size_t i = 0; i < pos.size(); ++i)
        for (size_t j = 0; j < pos.size(); ++j) {
            if (i == j)
                continue;
            const bool names = j > i && labels[i].intersects(labels[j]);
            if (names || labels[i].intersects(circles[j])) {
                if (count++ == 0 && first)
                    *first =
                        QStringLiteral("%1 and %2")
                            .arg(nodeName(graph.nodes[i], data), nodeName(graph.nodes[j], data));
            }
        }
    return count;
}

} // namespace

class TestMapLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void graphHasIcpsThenPartnersAndEveryEdge();
    void noOverlaps_data();
    void noOverlaps();
    void forceLayoutIsDeterministicPerSeed();
    void layeredLayoutPutsIcpsLeftAndDistributorsRight();
    void layeredIcpsOrderedByPriority();
    void largeForceLayoutPlacesEveryNode();
    void layeredMapFitsAWindow();
    void boundsIncludeRadii();
    void layeredLeavesRoomForNames();
};

void TestMapLayout::graphHasIcpsThenPartnersAndEveryEdge() {
    const PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    QCOMPARE(graph.nodes.size(), data.icps.size() + data.partners.size());
    QCOMPARE(graph.nodes.front().kind, MapNodeKind::Icp);
    QCOMPARE(graph.nodes[data.icps.size()].kind, MapNodeKind::Partner);
    size_t links = 0, upstream = 0;
    for (const InfluenceLink &l : data.links)
        links += l.strength >= 1 ? 1 : 0;
    for (const Partner &p : data.partners)
        upstream += p.upstreamId != 0 ? 1 : 0;
    QVERIFY(upstream > 0);
    QCOMPARE(graph.edges.size(), links + upstream);
    // The heaviest edge is a strength-5 link; upstream edges join two partners.
    const MapEdge &first = graph.edges.front();
    QCOMPARE(first.weight, double(data.links.front().strength));
    const MapEdge &last = graph.edges.back();
    QCOMPARE(graph.nodes[size_t(last.from)].kind, MapNodeKind::Partner);
    QCOMPARE(graph.nodes[size_t(last.to)].kind, MapNodeKind::Partner);
    // ICPs of higher priority are drawn larger.
    const auto &icps = data.icps;
    for (size_t i = 0; i < icps.size(); ++i)
        for (size_t j = 0; j < icps.size(); ++j)
            if (icps[i].priorityWeight > icps[j].priorityWeight)
                QVERIFY(graph.nodes[i].radius > graph.nodes[j].radius);
}

void TestMapLayout::noOverlaps_data() {
    QTest::addColumn<bool>("large");
    QTest::addColumn<MapLayoutKind>("kind");
    QTest::addColumn<double>("margin");
    QTest::newRow("demo layered") << false << MapLayoutKind::Layered << 4.0;
    QTest::newRow("demo force") << false << MapLayoutKind::Force << 4.0;
    QTest::newRow("demo force, wide margin") << false << MapLayoutKind::Force << 30.0;
    QTest::newRow("2k layered") << true << MapLayoutKind::Layered << 4.0;
    QTest::newRow("2k force") << true << MapLayoutKind::Force << 4.0;
}

void TestMapLayout::noOverlaps() {
    QFETCH(bool, large);
    QFETCH(MapLayoutKind, kind);
    QFETCH(double, margin);
    const PortfolioData data = large ? largePortfolio() : demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    if (large) {
        QCOMPARE(graph.nodes.size(), size_t(2000));
        QVERIFY(graph.edges.size() >= 20000);
    }
    MapLayoutOptions options;
    options.kind = kind;
    options.margin = margin;
    const std::vector<QPointF> pos = layoutMap(graph, data, options);
    QCOMPARE(pos.size(), graph.nodes.size());
    for (const QPointF &p : pos)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    QCOMPARE(firstOverlap(graph, pos, margin), QString());
    // Overlap removal must not blow the drawing up: it stays within a few screens.
    const QRectF bounds = mapBounds(graph, pos);
    QVERIFY2(bounds.width() * bounds.height() < 2000.0 * graph.nodes.size() * 400.0,
             qPrintable(QStringLiteral("%1 x %2").arg(bounds.width()).arg(bounds.height())));
}

void TestMapLayout::forceLayoutIsDeterministicPerSeed() {
    const PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    MapLayoutOptions options;
    options.kind = MapLayoutKind::Force;
    options.seed = 42;
    const auto a = layoutMap(graph, data, options);
    const auto b = layoutMap(graph, data, options);
    QCOMPARE(a, b);
    options.seed = 43;
    const auto c = layoutMap(graph, data, options);
    QVERIFY(a != c);
    options.kind = MapLayoutKind::Layered;
    QCOMPARE(layoutMap(graph, data, options), layoutMap(graph, data, options));
}

void TestMapLayout::layeredLayoutPutsIcpsLeftAndDistributorsRight() {
    const PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    const auto pos = layoutMap(graph, data);
    double icpRight = -1e9, partnerLeft = 1e9;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].kind == MapNodeKind::Icp)
            icpRight = std::max(icpRight, pos[i].x());
        else
            partnerLeft = std::min(partnerLeft, pos[i].x());
    }
    QVERIFY(icpRight < partnerLeft);
    // Every reseller with an upstream distributor sits left of it, and partners of one model
    // share columns that no other model uses.
    int checked = 0;
    QHash<qint64, std::optional<PartnerModel>> modelOfColumn;
    for (const Partner &p : data.partners) {
        const int node = nodeOf(graph, MapNodeKind::Partner, p.id);
        const qint64 column = qRound64(pos[size_t(node)].x());
        if (modelOfColumn.contains(column))
            QCOMPARE(modelOfColumn.value(column), p.model);
        modelOfColumn.insert(column, p.model);
        if (p.upstreamId == 0)
            continue;
        const int up = nodeOf(graph, MapNodeKind::Partner, p.upstreamId);
        QVERIFY2(pos[size_t(node)].x() < pos[size_t(up)].x(), qPrintable(p.name));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestMapLayout::layeredIcpsOrderedByPriority() {
    PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    const auto pos = layoutMap(graph, data);
    for (size_t i = 0; i < data.icps.size(); ++i)
        for (size_t j = 0; j < data.icps.size(); ++j)
            if (data.icps[i].priorityWeight > data.icps[j].priorityWeight)
                QVERIFY(pos[i].y() < pos[j].y());
}

void TestMapLayout::largeForceLayoutPlacesEveryNode() {
    // Speed is measured by scripts/bench.sh layout_2k, not asserted here.
    const PortfolioData data = largePortfolio();
    const MapGraph graph = buildMapGraph(data);
    MapLayoutOptions options;
    options.kind = MapLayoutKind::Force;
    const auto pos = layoutMap(graph, data, options);
    QCOMPARE(pos.size(), size_t(2000));
    for (const QPointF &p : pos)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

void TestMapLayout::layeredMapFitsAWindow() {
    // Columns alone make the layered map about three times wider than tall; it is stretched
    // so that fitting it into a window leaves rows and labels apart.
    PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    const QRectF bounds = mapBounds(graph, layoutMap(graph, data));
    QVERIFY2(bounds.height() >= 0.59 * bounds.width(),
             qPrintable(QStringLiteral("%1 x %2").arg(bounds.width()).arg(bounds.height())));
}

void TestMapLayout::boundsIncludeRadii() {
    MapGraph graph;
    graph.nodes = {{MapNodeKind::Icp, 1, 20.0}, {MapNodeKind::Partner, 2, 10.0}};
    const QRectF bounds = mapBounds(graph, {QPointF(0, 0), QPointF(100, 50)});
    QCOMPARE(bounds, QRectF(-20, -20, 130, 80));
}

void TestMapLayout::layeredLeavesRoomForNames() {
    // The demo's names in the projector's large type collided in the layered layout (issue #8).
    const PortfolioData data = demoPortfolio();
    const MapGraph graph = buildMapGraph(data);
    const MapLayoutOptions names = projectorNames();
    QString first;
    QVERIFY(nameCollisions(graph, data, layoutMap(graph, data), names, nullptr) > 0);
    const std::vector<QPointF> pos = layoutMap(graph, data, names);
    QCOMPARE(nameCollisions(graph, data, pos, names, &first), 0);
    QVERIFY2(first.isEmpty(), qPrintable(first));
    // Still the layered layout: ICPs left of every partner, circles apart.
    QVERIFY(firstOverlap(graph, pos, MapLayoutOptions().margin).isEmpty());
    double icpRight = -1e9, partnerLeft = 1e9;
    for (size_t i = 0; i < pos.size(); ++i)
        (graph.nodes[i].kind == MapNodeKind::Icp ? icpRight : partnerLeft) =
            graph.nodes[i].kind == MapNodeKind::Icp ? std::max(icpRight, pos[i].x())
                                                    : std::min(partnerLeft, pos[i].x());
    QVERIFY(icpRight < partnerLeft);
}

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
