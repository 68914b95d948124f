// SPDX-License-Identifier: GPL-3.0-or-later
// Force-directed map layout (Fruchterman-Reingold with Barnes-Hut repulsion) and the overlap
// removal both layouts end with. Deterministic: our own PRNG, a fixed order of every floating-
// point operation, no threads.
#include "core/analytics/maplayout_p.h"

#include "core/generate/random.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ps::maplayout {
namespace {

/// A uniform grid over the plane for neighbour queries; cells are keyed by packed coordinates so
/// the grid needs no bounds and works at any scale.
class Grid {
public:
    Grid(const std::vector<QPointF> &points, double cellSize)
        : m_cell(cellSize) {
        m_buckets.reserve(points.size());
        for (size_t i = 0; i < points.size(); ++i)
            m_buckets[key(cellOf(points[i].x()), cellOf(points[i].y()))].push_back(int(i));
    }
    qint64 cellOf(double v) const { return qint64(std::floor(v / m_cell)); }
    static quint64 key(qint64 cx, qint64 cy) {
        return (quint64(cx) << 32) ^ (quint64(cy) & 0xffffffffULL);
    }
    /// The nodes in the 3x3 cells around `p`: every node closer than one cell size.
    template <typename F> void forNear(const QPointF &p, F &&visit) const {
        const qint64 cx = cellOf(p.x()), cy = cellOf(p.y());
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = m_buckets.find(key(cx + dx, cy + dy));
                if (it != m_buckets.end())
                    for (int j : it->second)
                        visit(j);
            }
    }

private:
    double m_cell;
    std::unordered_map<quint64, std::vector<int>> m_buckets;
};

/// A Barnes-Hut quadtree: far groups of nodes repel as one body at their centre of mass, so one
/// iteration costs O(n log n) instead of O(n^2) while every node still feels the whole drawing
/// (a cut-off repulsion lets dense graphs collapse into a ball).
class QuadTree {
public:
    explicit QuadTree(const std::vector<QPointF> &points)
        : m_points(points) {
        double x0 = points[0].x(), y0 = points[0].y(), x1 = x0, y1 = y0;
        for (const QPointF &p : points) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
        m_cells.reserve(points.size() * 2);
        m_cells.push_back(Cell{x0, y0, std::max({x1 - x0, y1 - y0, 1e-3}) * 1.0001});
        for (size_t i = 0; i < points.size(); ++i)
            insert(0, int(i), 0);
    }

    /// Repulsion on `i`: the sum over bodies of (p - q) * mass * k2 / |p - q|^2.
    QPointF repulsion(size_t i, double k2, double theta2) const {
        const QPointF p = m_points[i];
        QPointF force;
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[size_t(stack[--top])];
            if (c.mass == 0.0 || c.body == int(i))
                continue;
            const double dx = p.x() - c.mx, dy = p.y() - c.my;
            const double dist2 = dx * dx + dy * dy;
            const bool leaf = c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
            if (leaf || c.size * c.size < theta2 * dist2) {
                if (dist2 < 1e-6) {
                    // Coincident with a body or a bucket that holds i itself: split by index.
                    const double angle = double((i * 7919) % 6283) * 1e-3;
                    force += QPointF(std::cos(angle), std::sin(angle)) * std::sqrt(k2) * 0.1;
                    continue;
                }
                force += QPointF(dx, dy) * (c.mass * k2 / dist2);
                continue;
            }
            for (int child : c.child)
                if (child >= 0 && top < 255)
                    stack[top++] = child;
        }
        return force;
    }

private:
    struct Cell {
        double x = 0.0, y = 0.0, size = 0.0;   ///< square of this cell
        double mx = 0.0, my = 0.0, mass = 0.0; ///< centre of mass of its bodies
        int body = -1;                         ///< the single body of a leaf
        int child[4] = {-1, -1, -1, -1};
    };

    int quadrant(const Cell &c, const QPointF &p) const {
        const double half = c.size / 2.0;
        return (p.x() >= c.x + half ? 1 : 0) + (p.y() >= c.y + half ? 2 : 0);
    }

    int makeChild(int cell, int q) {
        const Cell &c = m_cells[size_t(cell)];
        const double half = c.size / 2.0;
        Cell child{c.x + (q & 1 ? half : 0.0), c.y + (q & 2 ? half : 0.0), half};
        m_cells.push_back(child);
        const int index = int(m_cells.size() - 1);
        m_cells[size_t(cell)].child[q] = index;
        return index;
    }

    void insert(int cell, int body, int depth) {
        const QPointF p = m_points[size_t(body)];
        for (;;) {
            Cell &c = m_cells[size_t(cell)];
            const double m = c.mass + 1.0;
            c.mx = (c.mx * c.mass + p.x()) / m;
            c.my = (c.my * c.mass + p.y()) / m;
            c.mass = m;
            if (m == 1.0) {
                c.body = body;
                return;
            }
            // Deep cells hold near-coincident bodies together as one mass instead of
            // splitting forever.
            if (depth >= 40) {
                c.body = -1;
                return;
            }
            if (c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0 &&
                c.body >= 0) {
                const int old = c.body;
                c.body = -1;
                const int q = quadrant(m_cells[size_t(cell)], m_points[size_t(old)]);
                const int child = makeChild(cell, q);
                Cell &oc = m_cells[size_t(child)];
                oc.mx = m_points[size_t(old)].x();
                oc.my = m_points[size_t(old)].y();
                oc.mass = 1.0;
                oc.body = old;
            }
            const int q = quadrant(m_cells[size_t(cell)], p);
            int next = m_cells[size_t(cell)].child[q];
            if (next < 0)
                next = makeChild(cell, q);
            cell = next;
            ++depth;
        }
    }

    const std::vector<QPointF> &m_points;
    std::vector<Cell> m_cells;
};

/// The average degree up to which springs keep their full strength.
constexpr double SpringDegree = 1.0;

/// Sweeps of local pushes before the overlap removal falls back to spreading the layout.
constexpr int MaxSweeps = 200;
/// Each node of an overlapping pair moves by this share of the deficit: over-relaxed (0.8, not
/// 0.5) because in a crowded patch a neighbour's push takes part of it back; 0.8 converged in a
/// tenth of the sweeps on the 2,000-node benchmark graph.
constexpr double PushFactor = 0.8;

double meanRadius(const MapGraph &graph) {
    double sum = 0.0;
    for (const MapNode &node : graph.nodes)
        sum += node.radius;
    return graph.nodes.empty() ? 10.0 : sum / double(graph.nodes.size());
}

} // namespace

std::vector<QPointF> forceLayout(const MapGraph &graph, const MapLayoutOptions &options) {
    const size_t n = graph.nodes.size();
    std::vector<QPointF> pos(n);
    if (n == 0)
        return pos;
    // k: the distance two connected nodes settle at, room for both circles and a gap. The extra
    // 24 leaves room for edges; at 16 the 2,000-node benchmark graph ended with twice as many
    // overlapping pairs and the removal pass took twenty times longer.
    const double k = 2.0 * meanRadius(graph) + std::max(0.0, options.margin) + 24.0;
    const double side = k * std::sqrt(double(n)) * 1.5;
    Random rng(options.seed);
    for (QPointF &p : pos)
        p = QPointF(rng.uniform(0.0, side), rng.uniform(0.0, side));

    double meanWeight = 0.0;
    for (const MapEdge &e : graph.edges)
        meanWeight += std::max(0.0, e.weight);
    meanWeight = graph.edges.empty() ? 1.0 : std::max(1e-9, meanWeight / graph.edges.size());
    // Springs are weakened in dense graphs: with an average degree of 20 the sum of twenty
    // springs would otherwise crush every neighbourhood into a ball far smaller than its nodes.
    const double meanDegree = 2.0 * double(graph.edges.size()) / double(n);
    const double springScale =
        std::min(1.0, SpringDegree / std::max(meanDegree, 1e-9)) / meanWeight;

    // Gravity towards the centre. Nodes without springs feel only the repulsion of the whole
    // drawing, n k^2 / r, which a gravity of g r balances at r = k sqrt(n / g): g = pi / 4 puts a
    // lone node just outside a drawing of radius k sqrt(n / pi). Each spring already holds a
    // node, so the pull falls with the square of the degree, down to a floor that only gathers
    // components (a stronger pull on well-linked nodes crowds a dense map into overlaps).
    std::vector<double> gravity(n, 0.0);
    for (const MapEdge &e : graph.edges)
        if (e.from != e.to && e.from >= 0 && e.to >= 0 && size_t(e.from) < n && size_t(e.to) < n) {
            gravity[size_t(e.from)] += 1.0;
            gravity[size_t(e.to)] += 1.0;
        }
    for (double &g : gravity)
        g = std::max(0.01, 0.785398 / ((g + 1.0) * (g + 1.0)));

    const int iterations = std::max(1, options.iterations);
    // Barnes-Hut opening criterion (cell size / distance); 1.2, as ForceAtlas2 uses, costs a
    // third less than 0.9 for no visible change at map scale.
    const double theta = 1.2;
    const double k2 = k * k;
    std::vector<QPointF> disp(n);
    for (int it = 0; it < iterations; ++it) {
        // Linear cooling from a tenth of the drawing to a small floor that still lets the last
        // iterations untangle neighbours.
        const double t = side * 0.1 * (1.0 - double(it) / iterations) + k * 0.05;
        const QuadTree tree(pos);
        for (size_t i = 0; i < n; ++i)
            disp[i] = tree.repulsion(i, k2, theta * theta);
        for (const MapEdge &e : graph.edges) {
            if (e.from == e.to || e.from < 0 || e.to < 0 || size_t(e.from) >= n ||
                size_t(e.to) >= n)
                continue;
            const QPointF d = pos[size_t(e.from)] - pos[size_t(e.to)];
            const double dist = std::sqrt(d.x() * d.x() + d.y() * d.y());
            // Spring force dist^2 / k scaled by the edge's weight; along d this is d * dist / k.
            const QPointF f = d * (dist / k * std::max(0.0, e.weight) * springScale);
            disp[size_t(e.from)] -= f;
            disp[size_t(e.to)] += f;
        }
        // Gravity keeps separate components from drifting apart (see `gravity` above).
        QPointF centre;
        for (const QPointF &p : pos)
            centre += p;
        centre /= double(n);
        for (size_t i = 0; i < n; ++i) {
            QPointF d = disp[i] - (pos[i] - centre) * gravity[i];
            const double len = std::sqrt(d.x() * d.x() + d.y() * d.y());
            if (len > t)
                d *= t / len;
            pos[i] += d;
        }
    }
    return pos;
}

void removeOverlaps(const MapGraph &graph, std::vector<QPointF> &positions, double margin) {
    const size_t n = std::min(graph.nodes.size(), positions.size());
    if (n < 2)
        return;
    double maxR = 0.0;
    for (size_t i = 0; i < n; ++i)
        maxR = std::max(maxR, graph.nodes[i].radius);
    const double cell = 2.0 * maxR + margin + 1e-6;
    const auto required = [&](size_t i, size_t j) {
        return graph.nodes[i].radius + graph.nodes[j].radius + margin;
    };

    // Local pushes: each node of an overlapping pair moves by PushFactor of the deficit.
    for (int sweep = 0; sweep < MaxSweeps; ++sweep) {
        bool moved = false;
        const Grid grid(positions, cell);
        for (size_t i = 0; i < n; ++i) {
            grid.forNear(positions[i], [&](int jj) {
                const size_t j = size_t(jj);
                if (j <= i)
                    return;
                QPointF d = positions[j] - positions[i];
                double dist = std::sqrt(d.x() * d.x() + d.y() * d.y());
                const double need = required(i, j);
                if (dist >= need)
                    return;
                if (dist < 1e-9) {
                    const double angle = double((i * 7919 + j * 104729) % 6283) * 1e-3;
                    d = QPointF(std::cos(angle), std::sin(angle)) * 1e-3;
                    dist = 1e-3;
                }
                const QPointF push = d * ((need - dist) * PushFactor / dist);
                positions[i] -= push;
                positions[j] += push;
                moved = true;
            });
        }
        if (!moved)
            return;
    }

    // Whatever is left: spread the layout about its centre. Scaling multiplies every distance by
    // the same factor, so pairs that were apart stay apart and the worst pair decides the factor.
    QPointF centre;
    for (size_t i = 0; i < n; ++i)
        centre += positions[i];
    centre /= double(n);
    double factor = 1.0;
    const Grid grid(positions, cell);
    for (size_t i = 0; i < n; ++i)
        grid.forNear(positions[i], [&](int jj) {
            const size_t j = size_t(jj);
            if (j <= i)
                return;
            const QPointF d = positions[j] - positions[i];
            const double dist = std::sqrt(d.x() * d.x() + d.y() * d.y());
            if (dist < required(i, j))
                factor = std::max(factor, required(i, j) / std::max(dist, 1e-6));
        });
    if (factor > 1.0)
        for (size_t i = 0; i < n; ++i)
            positions[i] = centre + (positions[i] - centre) * (factor * (1.0 + 1e-9));
}

} // namespace ps::maplayout
