// SPDX-License-Identifier: GPL-3.0-or-later
// layout_2k: the force-directed influence-map layout of 2,000 nodes and 20,000 edges, against
// Graphviz sfdp laying out the same graph written as DOT, in the same run (product.md,
// "Performance": under 1 s and faster than sfdp).
#include "benchutil.h"

#include "core/analytics/maplayout.h"
#include "core/generate/generator.h"
#include "core/generate/random.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace ps::bench {
namespace {

constexpr int Icps = 50;
constexpr int Partners = 1950;
constexpr size_t Edges = 20000;

/// A generated portfolio of 50 ICPs and 1,950 partners (about 10,000 links and the upstream
/// edges), with further ICP-partner links drawn by our own PRNG up to exactly 20,000 edges.
PortfolioData benchmarkPortfolio(MapGraph &graph) {
    PortfolioData data = generatePortfolio(Partners, Icps, 42);
    QSet<QPair<Id, Id>> pairs;
    Id nextId = 0;
    for (const InfluenceLink &l : data.links) {
        pairs.insert({l.icpId, l.partnerId});
        nextId = std::max(nextId, l.id);
    }
    Random rng(2000);
    // Every added link is new and of strength 1-5, so it adds exactly one edge.
    size_t edges = buildMapGraph(data).edges.size();
    while (edges < Edges) {
        const Id icp = data.icps[size_t(rng.between(0, Icps - 1))].id;
        const Id partner = data.partners[size_t(rng.between(0, Partners - 1))].id;
        if (pairs.contains({icp, partner}))
            continue;
        pairs.insert({icp, partner});
        InfluenceLink l;
        l.id = ++nextId;
        l.icpId = icp;
        l.partnerId = partner;
        l.strength = rng.between(1, 5);
        data.links.push_back(l);
        ++edges;
    }
    graph = buildMapGraph(data);
    return data;
}

/// The graph as DOT, with edge weights, as Graphviz reads it.
bool writeDot(const MapGraph &graph, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "graph map {\n";
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        out << "  n" << i << " [width=" << graph.nodes[i].radius * 2.0 / 72.0 << "];\n";
    for (const MapEdge &e : graph.edges)
        out << "  n" << e.from << " -- n" << e.to << " [weight=" << e.weight << "];\n";
    out << "}\n";
    return file.flush();
}

int layoutBenchmark(const Context &) {
    MapGraph graph;
    const PortfolioData data = benchmarkPortfolio(graph);
    std::fprintf(stderr, "layout_2k: %zu nodes, %zu edges\n", graph.nodes.size(),
                 graph.edges.size());
    MapLayoutOptions options;
    options.kind = MapLayoutKind::Force;
    options.seed = 7;
    const double ours = medianMs(3, [&] { layoutMap(graph, data, options); });
    report(QStringLiteral("layout_2k"), ours, QStringLiteral("ms"));

    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (sfdp.isEmpty()) {
        std::fprintf(stderr, "layout_2k: sfdp not found; install the Debian package graphviz "
                             "(scripts/setup.sh does)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString dot = dir.filePath(QStringLiteral("layout_2k.dot"));
    if (!dir.isValid() || !writeDot(graph, dot)) {
        std::fprintf(stderr, "layout_2k: cannot write %s\n", qPrintable(dot));
        return 1;
    }
    // sfdp's own positions, written as plain text and discarded, so the peer does the same work:
    // read the graph, lay it out, write coordinates.
    const QStringList args = {QStringLiteral("-Tplain"), dot};
    QProcess probe;
    probe.setStandardOutputFile(QProcess::nullDevice());
    probe.start(sfdp, args);
    if (!probe.waitForFinished(-1) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        std::fprintf(stderr, "layout_2k: sfdp failed: %s\n",
                     probe.readAllStandardError().constData());
        return 1;
    }
    const double peer = medianCommandMs(3, sfdp, args);
    report(QStringLiteral("layout_2k.peer"), peer, QStringLiteral("ms"));
    report(QStringLiteral("layout_2k.ratio"), ours / peer, QString());
    return 0;
}

const Registration layout(QStringLiteral("layout_2k"),
                          QStringLiteral("force-directed map layout of 2,000 nodes and 20,000 "
                                         "edges, against Graphviz sfdp on the same graph"),
                          &layoutBenchmark);

} // namespace
} // namespace ps::bench
