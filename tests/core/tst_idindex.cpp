// SPDX-License-Identifier: GPL-3.0-or-later
// Portfolio's id index (core/domain/idindex.h) answers exactly as a QHash<Id, int> would, for
// dense tables, tables with gaps, ids far apart or near the limits of Id, removals and rows
// that move; a find() by id after edits lands on the right row.
#include "core/domain/idindex.h"
#include "core/domain/portfolio.h"

#include <QHash>
#include <QTest>

#include <limits>
#include <random>

using namespace ps;

namespace {

/// One step: insert (id, row), or remove id when row < 0.
struct Step {
    Id id;
    int row;
};

/// Ids that the index is asked about besides those it holds: neighbours, far ones, extremes.
QList<Id> probes(const QList<Step> &steps) {
    QList<Id> ids{0,          1, -1, std::numeric_limits<Id>::min(), std::numeric_limits<Id>::max(),
                  Id(1) << 40};
    constexpr Id top = std::numeric_limits<Id>::max();
    constexpr Id bottom = std::numeric_limits<Id>::min();
    for (const Step &step : steps) {
        // Neighbours without overflowing past the extremes (UBSan checks that).
        ids << step.id;
        if (step.id > bottom)
            ids << step.id - 1;
        if (step.id < top)
            ids << step.id + 1;
        if (step.id <= top - 5000)
            ids << step.id + 5000;
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestIdIndex : public QObject {
    Q_OBJECT

private slots:
    void behavesAsAHash_data() {
        QTest::addColumn<QList<Step>>("steps");
        QList<Step> dense;
        for (int i = 0; i < 20000; ++i)
            dense << Step{Id(i + 1), i};
        QTest::newRow("dense from 1") << dense;

        QList<Step> gaps;
        for (int i = 0; i < 5000; ++i)
            gaps << Step{Id(100 + 3 * i), i};
        QTest::newRow("every third id, starting at 100") << gaps;

        QList<Step> descending;
        for (int i = 0; i < 6000; ++i)
            descending << Step{Id(50000 - i), i};
        QTest::newRow("descending, the range grows downwards") << descending;

        QList<Step> sparse{{1, 0}, {2, 1}, {Id(1) << 40, 2}, {3, 3}, {-7, 4}};
        QTest::newRow("one id far away switches to the hash") << sparse;

        QList<Step> extremes{{std::numeric_limits<Id>::max(), 0},
                             {std::numeric_limits<Id>::min(), 1},
                             {std::numeric_limits<Id>::max() - 1, 2},
                             {5, 3}};
        QTest::newRow("the limits of Id") << extremes;

        QList<Step> negative{{-3, 0}, {-2, 1}, {-1, 2}, {0, 3}, {1, 4}};
        QTest::newRow("negative and zero ids") << negative;

        QList<Step> edits;
        for (int i = 0; i < 3000; ++i)
            edits << Step{Id(i + 1), i};
        for (int i = 0; i < 3000; i += 7)
            edits << Step{Id(i + 1), -1}; // removed
        for (int i = 0; i < 3000; i += 5)
            edits << Step{Id(i + 1), 9000 + i}; // back, at another row
        edits << Step{3001, 3000} << Step{999999, 3001};
        QTest::newRow("removals, reinsertions, rows that move") << edits;

        QList<Step> random;
        std::mt19937_64 generator(12);
        std::uniform_int_distribution<Id> ids(1, 40000);
        for (int i = 0; i < 30000; ++i)
            random << Step{ids(generator), i % 3 == 2 ? -1 : i};
        QTest::newRow("random inserts and removals") << random;
    }

    void behavesAsAHash() {
        QFETCH(QList<Step>, steps);
        IdIndex index;
        QHash<Id, int> expected;
        index.reserve(steps.size());
        for (const Step &step : steps) {
            if (step.row < 0) {
                index.remove(step.id);
                expected.remove(step.id);
            } else {
                index.insert(step.id, step.row);
                expected.insert(step.id, step.row);
            }
        }
        QCOMPARE(index.size(), expected.size());
        for (Id id : probes(steps)) {
            QCOMPARE(index.value(id), expected.value(id, -1));
            QCOMPARE(index.contains(id), expected.contains(id));
        }
        index.clear();
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.value(steps.front().id), -1);
    }

    void portfolioFindsRowsAfterEdits() {
        Portfolio portfolio;
        PortfolioData data;
        for (int i = 0; i < 500; ++i) {
            Partner p;
            p.id = 10 + 2 * i;
            p.name = QStringLiteral("P%1").arg(p.id);
            data.partners.push_back(p);
        }
        portfolio.assign(data);
        QCOMPARE(portfolio.find<Partner>(10)->name, QStringLiteral("P10"));
        QVERIFY(!portfolio.find<Partner>(11));
        // An insert near the front moves every later row; the index follows.
        Partner added;
        added.name = QStringLiteral("added");
        const Id id = portfolio.insert(1, added);
        QCOMPARE(id, Id(10 + 2 * 499 + 1));
        QCOMPARE(portfolio.rowOf<Partner>(id), 1);
        QCOMPARE(portfolio.rowOf<Partner>(12), 2);
        QCOMPARE(portfolio.find<Partner>(1008)->name, QStringLiteral("P1008"));
        portfolio.removeAt<Partner>(0);
        QVERIFY(!portfolio.find<Partner>(10));
        QCOMPARE(portfolio.rowOf<Partner>(id), 0);
        QCOMPARE(portfolio.rowOf<Partner>(1008), 499);
        // A far-away id (a file written elsewhere) still works.
        Partner far;
        far.id = Id(1) << 45;
        far.name = QStringLiteral("far");
        portfolio.insert(3, far);
        QCOMPARE(portfolio.find<Partner>(Id(1) << 45)->name, QStringLiteral("far"));
        QCOMPARE(portfolio.rowOf<Partner>(1008), 500);
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
