// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/clustering.h"
#include "core/generate/generator.h"
#include "core/generate/random.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ps;

namespace {

/// 300 partners in three well-separated groups of 100 (each criterion within +-5 of its
/// group's centre); rows interleave the groups so order cannot give the answer away. Group 0
/// is high on ICP influence and low on everything else, group 1 is high on cost to serve
/// (cheap to serve), group 2 is middling with a few missing values.
CriteriaTable threeGroups(std::vector<int> *truth) {
    CriteriaTable t;
    Random random(42);
    const std::array<std::array<float, CriterionCount>, 3> centres = {{
        {90, 20, 20, 20, 20, 20, 20, 20},
        {20, 20, 20, 20, 20, 20, 20, 90},
        {50, 60, 60, 60, 60, 60, 60, 45},
    }};
    for (int i = 0; i < 300; ++i) {
        const int g = i % 3;
        std::array<float, CriterionCount> v{};
        for (int c = 0; c < CriterionCount; ++c)
            v[size_t(c)] = centres[size_t(g)][size_t(c)] + float(random.uniform(-5, 5));
        if (g == 2 && i % 10 == 2)
            v[size_t(Criterion::Enablement)] = std::numeric_limits<float>::quiet_NaN();
        t.partnerIds.push_back(i + 1);
        t.profileIndex.push_back(0);
        t.values.push_back(v);
        truth->push_back(g);
    }
    return t;
}

} // namespace

class TestClustering : public QObject {
    Q_OBJECT

private slots:
    void recoversKnownClusters() {
        std::vector<int> truth;
        const CriteriaTable t = threeGroups(&truth);
        const ClusterResult r = kmeans(t, 3, 7);
        QCOMPARE(r.k, 3);
        QCOMPARE(r.assignment.size(), t.size());
        // Every true group maps onto exactly one cluster and back.
        std::array<int, 3> clusterOf{-1, -1, -1};
        for (size_t i = 0; i < truth.size(); ++i) {
            int &c = clusterOf[size_t(truth[i])];
            if (c < 0)
                c = r.assignment[i];
            QCOMPARE(r.assignment[i], c);
        }
        QCOMPARE(QSet<int>({clusterOf[0], clusterOf[1], clusterOf[2]}).size(), 3);
        QVERIFY(std::abs(r.centroids[size_t(clusterOf[0])][0] - 90.0) < 2.0);
        QVERIFY(silhouette(t, r) > 0.8);
        QVERIFY(r.inertia > 0.0);
    }

    void deterministicForASeed() {
        const PortfolioData d = generatePortfolio(2000, 12, 5);
        const CriteriaTable t = computeCriteria(d);
        const ClusterResult a = kmeans(t, 5, 3);
        const ClusterResult b = kmeans(t, 5, 3);
        QCOMPARE(a.assignment, b.assignment);
        QCOMPARE(a.inertia, b.inertia);
        QCOMPARE(a.iterations, b.iterations);
        QCOMPARE(silhouette(t, a, 500, 9), silhouette(t, b, 500, 9));
        // Every cluster is used and every partner is placed.
        QSet<int> used(a.assignment.begin(), a.assignment.end());
        QCOMPARE(used.size(), 5);
    }

    void suggestsThree() {
        std::vector<int> truth;
        const CriteriaTable t = threeGroups(&truth);
        QCOMPARE(suggestK(t, 2, 8), 3);
    }

    void clampsK() {
        std::vector<int> truth;
        CriteriaTable t = threeGroups(&truth);
        QCOMPARE(kmeans(t, 0).k, 1);
        t.partnerIds.resize(2);
        t.values.resize(2);
        t.profileIndex.resize(2);
        const ClusterResult r = kmeans(t, 6);
        QCOMPARE(r.k, 2);
        QVERIFY(r.assignment[0] != r.assignment[1]);
        QCOMPARE(kmeans(CriteriaTable{}, 3).k, 0);
    }

    void namesMentionTheDistinctiveCriterion() {
        std::vector<int> truth;
        const CriteriaTable t = threeGroups(&truth);
        const ClusterResult r = kmeans(t, 3, 7);
        const std::vector<Segment> segments = clusterSegments(t, r);
        QCOMPARE(int(segments.size()), 3);
        const Segment &influencers = segments[size_t(r.assignment[0])];
        const Segment &cheap = segments[size_t(r.assignment[1])];
        QVERIFY2(influencers.name.startsWith(QStringLiteral("High ICP influence")),
                 qPrintable(influencers.name));
        // A high cost-to-serve criterion value means cheap to serve.
        QVERIFY2(cheap.name.startsWith(QStringLiteral("Low cost to serve")),
                 qPrintable(cheap.name));
        QCOMPARE(influencers.key, QStringLiteral("cluster-%1").arg(r.assignment[0] + 1));
        QCOMPARE(int(influencers.partnerIds.size()), 100);
    }

    void ruleFromClusterKeepsItsModels() {
        PortfolioData d = generatePortfolio(400, 6, 11);
        const CriteriaTable t = computeCriteria(d);
        const auto scores = scorePortfolio(d);
        const auto segments = clusterSegments(t, kmeans(t, 4));
        SegmentRule existing;
        existing.id = 12;
        d.segmentRules.push_back(existing);
        const SegmentRule rule = ruleFromCluster(d, scores, segments[0]);
        QCOMPARE(rule.id, Id(13));
        QCOMPARE(rule.name, segments[0].name);
        // The rule holds at least 80% of the cluster's partners.
        int held = 0;
        for (size_t i = 0; i < d.partners.size(); ++i)
            if (std::find(segments[0].partnerIds.begin(), segments[0].partnerIds.end(),
                          d.partners[i].id) != segments[0].partnerIds.end() &&
                matches(rule, d.partners[i], scores[i], d))
                ++held;
        QVERIFY(held * 5 >= int(segments[0].partnerIds.size()) * 4);
    }
};

QTEST_GUILESS_MAIN(TestClustering)
#include "tst_clustering.moc"
