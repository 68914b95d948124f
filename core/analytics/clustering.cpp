// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/clustering.h"

#include "core/generate/random.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ps {

namespace {

constexpr int D = CriterionCount;
using Point = std::array<double, CriterionCount>;

/// This file's translations, in the context lupdate files them under.
class SegmentationTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Segmentation)
};

/// The criteria as a dense row-major matrix, missing values replaced by the criterion's mean
/// (0 when a criterion is missing everywhere), so every partner can be placed.
struct Matrix {
    size_t n = 0;
    std::vector<double> x; // n * D
    Point mean{};
    Point stddev{};
    const double *row(size_t i) const { return x.data() + i * D; }
};

Matrix imputed(const CriteriaTable &criteria) {
    Matrix m;
    m.n = criteria.size();
    Point sum{};
    std::array<size_t, CriterionCount> present{};
    for (const auto &v : criteria.values)
        for (int c = 0; c < D; ++c)
            if (!CriteriaTable::isMissing(v[size_t(c)])) {
                sum[size_t(c)] += v[size_t(c)];
                ++present[size_t(c)];
            }
    for (int c = 0; c < D; ++c)
        m.mean[size_t(c)] = present[size_t(c)] ? sum[size_t(c)] / double(present[size_t(c)]) : 0.0;
    m.x.resize(m.n * D);
    Point sq{};
    for (size_t i = 0; i < m.n; ++i)
        for (int c = 0; c < D; ++c) {
            const float v = criteria.values[i][size_t(c)];
            const double value = CriteriaTable::isMissing(v) ? m.mean[size_t(c)] : double(v);
            m.x[i * D + size_t(c)] = value;
            const double d = value - m.mean[size_t(c)];
            sq[size_t(c)] += d * d;
        }
    for (int c = 0; c < D; ++c)
        m.stddev[size_t(c)] = m.n > 0 ? std::sqrt(sq[size_t(c)] / double(m.n)) : 0.0;
    return m;
}

inline double dist2(const double *a, const double *b) {
    double s = 0.0;
    for (int c = 0; c < D; ++c) {
        const double d = a[c] - b[c];
        s += d * d;
    }
    return s;
}

/// k-means++ (Arthur and Vassilvitskii): the first centre uniformly, each next one with
/// probability proportional to the squared distance to the nearest centre chosen so far.
std::vector<Point> seedCentres(const Matrix &m, int k, Random &random) {
    std::vector<Point> centres;
    std::vector<double> nearest(m.n, std::numeric_limits<double>::max());
    size_t pick = size_t(random.between(0, int(m.n) - 1));
    for (int j = 0; j < k; ++j) {
        Point p;
        std::copy(m.row(pick), m.row(pick) + D, p.begin());
        centres.push_back(p);
        if (j + 1 == k)
            break;
        double total = 0.0;
        for (size_t i = 0; i < m.n; ++i) {
            nearest[i] = std::min(nearest[i], dist2(m.row(i), p.data()));
            total += nearest[i];
        }
        if (total <= 0.0) { // fewer distinct points than k: take the next rows in order
            pick = (pick + 1) % m.n;
            continue;
        }
        double target = random.uniform() * total;
        pick = m.n - 1;
        for (size_t i = 0; i < m.n; ++i) {
            target -= nearest[i];
            if (target < 0.0 && nearest[i] > 0.0) {
                pick = i;
                break;
            }
        }
    }
    return centres;
}

/// Assigns every row to its nearest centre; returns the number of changed assignments.
size_t assign(const Matrix &m, const std::vector<Point> &centres, std::vector<int> &assignment,
              std::vector<double> &distance) {
    size_t changed = 0;
    const int k = int(centres.size());
    for (size_t i = 0; i < m.n; ++i) {
        const double *r = m.row(i);
        int best = 0;
        double bestD = dist2(r, centres[0].data());
        for (int j = 1; j < k; ++j) {
            const double d = dist2(r, centres[size_t(j)].data());
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        distance[i] = bestD;
        if (assignment[i] != best) {
            assignment[i] = best;
            ++changed;
        }
    }
    return changed;
}

QString lowerFirst(QString text) {
    // Keep acronyms such as "ICP" as they are.
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

ClusterResult kmeans(const CriteriaTable &criteria, int k, quint64 seed, int maxIterations) {
    ClusterResult result;
    const Matrix m = imputed(criteria);
    if (m.n == 0)
        return result;
    k = std::clamp(k, 1, int(std::min<size_t>(m.n, size_t(std::numeric_limits<int>::max()))));
    result.k = k;
    Random random(seed);
    std::vector<Point> centres = seedCentres(m, k, random);
    result.assignment.assign(m.n, -1);
    std::vector<double> distance(m.n, 0.0);
    std::vector<Point> sums(static_cast<size_t>(k));
    std::vector<size_t> counts(static_cast<size_t>(k));
    for (int it = 0; it < std::max(1, maxIterations); ++it) {
        const size_t changed = assign(m, centres, result.assignment, distance);
        result.iterations = it + 1;
        if (changed == 0)
            break;
        std::fill(sums.begin(), sums.end(), Point{});
        std::fill(counts.begin(), counts.end(), 0);
        for (size_t i = 0; i < m.n; ++i) {
            const size_t j = size_t(result.assignment[i]);
            const double *r = m.row(i);
            for (int c = 0; c < D; ++c)
                sums[j][size_t(c)] += r[c];
            ++counts[j];
        }
        for (size_t j = 0; j < size_t(k); ++j) {
            if (counts[j] == 0) {
                // An emptied cluster restarts at the point farthest from its centre, which is
                // deterministic and lowers the inertia the most.
                const size_t far =
                    size_t(std::max_element(distance.begin(), distance.end()) - distance.begin());
                std::copy(m.row(far), m.row(far) + D, centres[j].begin());
                distance[far] = 0.0;
                continue;
            }
            for (int c = 0; c < D; ++c)
                centres[j][size_t(c)] = sums[j][size_t(c)] / double(counts[j]);
        }
    }
    result.inertia = 0.0;
    for (size_t i = 0; i < m.n; ++i)
        result.inertia += dist2(m.row(i), centres[size_t(result.assignment[i])].data());
    result.centroids = std::move(centres);
    return result;
}

double silhouette(const CriteriaTable &criteria, const ClusterResult &result, int sampleSize,
                  quint64 seed) {
    const Matrix m = imputed(criteria);
    if (m.n < 2 || result.k < 2 || result.assignment.size() != m.n)
        return 0.0;
    std::vector<size_t> sample(m.n);
    std::iota(sample.begin(), sample.end(), size_t(0));
    const size_t s = std::min(m.n, size_t(std::max(2, sampleSize)));
    if (s < m.n) { // partial Fisher-Yates: the first s indices are a uniform sample
        Random random(seed);
        for (size_t i = 0; i < s; ++i)
            std::swap(sample[i], sample[i + size_t(random.between(0, int(m.n - i) - 1))]);
        sample.resize(s);
    }
    const size_t k = size_t(result.k);
    std::vector<size_t> size(k, 0);
    for (size_t i : sample)
        ++size[size_t(result.assignment[i])];
    std::vector<double> sum(k);
    double total = 0.0;
    for (size_t a : sample) {
        std::fill(sum.begin(), sum.end(), 0.0);
        for (size_t b : sample)
            if (a != b)
                sum[size_t(result.assignment[b])] += std::sqrt(dist2(m.row(a), m.row(b)));
        const size_t own = size_t(result.assignment[a]);
        if (size[own] < 2)
            continue; // a singleton's silhouette is 0 by convention
        const double inside = sum[own] / double(size[own] - 1);
        double outside = std::numeric_limits<double>::max();
        for (size_t j = 0; j < k; ++j)
            if (j != own && size[j] > 0)
                outside = std::min(outside, sum[j] / double(size[j]));
        if (outside == std::numeric_limits<double>::max())
            continue;
        const double denom = std::max(inside, outside);
        if (denom > 0.0)
            total += (outside - inside) / denom;
    }
    return total / double(s);
}

int suggestK(const CriteriaTable &criteria, int minK, int maxK, quint64 seed) {
    const int n = int(criteria.size());
    minK = std::max(2, minK);
    maxK = std::min(maxK, n - 1);
    if (maxK < minK)
        return std::clamp(minK, 1, std::max(1, n));
    int bestK = minK;
    double best = -2.0;
    for (int k = minK; k <= maxK; ++k) {
        const double score = silhouette(criteria, kmeans(criteria, k, seed), 2000, seed);
        if (score > best + 1e-9) { // ties keep the smaller k
            best = score;
            bestK = k;
        }
    }
    return bestK;
}

std::vector<Segment> clusterSegments(const CriteriaTable &criteria, const ClusterResult &result) {
    const Matrix m = imputed(criteria);
    std::vector<Segment> segments(static_cast<size_t>(result.k));
    for (int j = 0; j < result.k; ++j) {
        Segment &s = segments[size_t(j)];
        s.key = QStringLiteral("cluster-%1").arg(j + 1);
        // The criteria whose centroid lies furthest from the overall mean, in standard
        // deviations; at most two, and only those at least a quarter deviation away.
        std::vector<std::pair<double, int>> distinct;
        for (int c = 0; c < D; ++c) {
            const double sd = m.stddev[size_t(c)];
            if (sd <= 0.0)
                continue;
            const double z = (result.centroids[size_t(j)][size_t(c)] - m.mean[size_t(c)]) / sd;
            if (std::abs(z) >= 0.25)
                distinct.push_back({z, c});
        }
        std::stable_sort(distinct.begin(), distinct.end(), [](const auto &a, const auto &b) {
            return std::abs(a.first) > std::abs(b.first);
        });
        QStringList words;
        for (size_t w = 0; w < std::min<size_t>(2, distinct.size()); ++w) {
            const Criterion c = Criterion(distinct[w].second);
            bool high = distinct[w].first > 0;
            // The cost-to-serve criterion is scored inversely: a high value is a low cost.
            if (c == Criterion::CostToServe)
                high = !high;
            const QString name = lowerFirst(label(c));
            words
                << (high ? SegmentationTr::tr("high %1") : SegmentationTr::tr("low %1")).arg(name);
        }
        if (words.isEmpty())
            s.name = SegmentationTr::tr("Average on every criterion");
        else {
            words[0][0] = words[0].at(0).toUpper();
            s.name = words.join(QStringLiteral(", "));
        }
    }
    for (size_t i = 0; i < result.assignment.size() && i < criteria.partnerIds.size(); ++i)
        segments[size_t(result.assignment[i])].partnerIds.push_back(criteria.partnerIds[i]);
    return segments;
}

SegmentRule ruleFromCluster(const PortfolioData &data, const std::vector<PartnerScore> &scores,
                            const Segment &cluster) {
    SegmentRule rule;
    rule.name = cluster.name;
    for (const SegmentRule &r : data.segmentRules)
        rule.id = std::max(rule.id, r.id);
    ++rule.id;

    QHash<Id, size_t> rowOf;
    for (size_t i = 0; i < data.partners.size(); ++i)
        rowOf.insert(data.partners[i].id, i);
    QHash<QString, int> models;
    QHash<QString, int> quadrants;
    int count = 0;
    for (Id id : cluster.partnerIds) {
        const auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd())
            continue;
        ++count;
        const Partner &p = data.partners[*it];
        ++models[p.model ? toKey(*p.model) : QString()];
        if (*it < scores.size())
            ++quadrants[toKey(scores[*it].quadrant)];
    }
    // The most common values, in decreasing order, until they cover 90% of the cluster. With two
    // such conditions the rule still holds at least 80% of the cluster without sweeping in the
    // whole portfolio.
    auto dominant = [count](const QHash<QString, int> &counts, const QStringList &order) {
        QStringList keys = order;
        keys.erase(std::remove_if(keys.begin(), keys.end(),
                                  [&](const QString &k) { return !counts.contains(k); }),
                   keys.end());
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            return counts.value(a) > counts.value(b);
        });
        QStringList picked;
        int covered = 0;
        for (const QString &k : keys) {
            if (covered * 10 >= count * 9)
                break;
            picked << k;
            covered += counts.value(k);
        }
        return picked;
    };
    if (count == 0)
        return rule;
    QStringList modelOrder = enumKeys<PartnerModel>();
    modelOrder << QString();
    SegmentCondition model;
    model.field = SegmentCondition::Field::Model;
    model.anyOf = dominant(models, modelOrder);
    SegmentCondition quadrant;
    quadrant.field = SegmentCondition::Field::Quadrant;
    quadrant.anyOf = dominant(quadrants, enumKeys<Quadrant>());
    if (model.anyOf.size() < models.size())
        rule.conditions.push_back(model);
    if (!quadrant.anyOf.isEmpty() && quadrant.anyOf.size() < quadrants.size())
        rule.conditions.push_back(quadrant);
    return rule;
}

} // namespace ps
