// SPDX-License-Identifier: GPL-3.0-or-later
// The prioritization matrix as a user drives it: bubbles that follow the scores, a threshold
// drag that is one undo step, click and rubber-band selection, filters, hover explanations and
// exports.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/matrix/matrixview.h"
#include "ui/undo/edits_scenario.h"

#include "ui/charts/qcp.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace ps;

namespace {

double distance(const QPointF &a, const QPointF &b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestMatrixView : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ScoringController> m_scoring;
    std::unique_ptr<MatrixView> m_view;
    QTemporaryDir m_dir;

    const Scenario &stored() const { return *m_doc->portfolio()->activeScenario(); }
    QWidget *canvas() const { return m_view->plot(); }
    QPoint toCanvas(const QPointF &viewPos) const {
        return canvas()->mapFrom(m_view.get(), viewPos.toPoint());
    }
    void replot() { m_view->plot()->replot(QCustomPlot::rpImmediateRefresh); }

    /// A move with the left button held, as during a drag (QTest's mouseMove carries no
    /// button state for widgets).
    void dragTo(const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QMouseEvent move(QEvent::MouseMove, pos, canvas()->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(canvas(), &move);
    }
    void hoverAt(const QPoint &pos) {
        QMouseEvent move(QEvent::MouseMove, pos, canvas()->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas(), &move);
    }

    /// The visible partner farthest from every other bubble, so a click on it is unambiguous.
    Id loneliestPartner() const {
        const QList<Id> ids = m_view->visiblePartners();
        Id best = 0;
        double bestGap = -1.0;
        for (Id a : ids) {
            double gap = 1e9;
            for (Id b : ids)
                if (a != b)
                    gap = std::min(gap, distance(m_view->bubbleCenter(a), m_view->bubbleCenter(b)));
            if (gap > bestGap) {
                bestGap = gap;
                best = a;
            }
        }
        return best;
    }

private slots:
    void init() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        m_doc = std::make_unique<Document>();
        m_doc->reset(std::move(data), QString(), false);
        m_scoring = std::make_unique<ScoringController>(m_doc.get());
        m_scoring->refreshNow();
        m_view = std::make_unique<MatrixView>(m_scoring.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        replot();
    }

    void cleanup() {
        m_view.reset();
        m_scoring.reset();
        m_doc.reset();
    }

    void bubblesFollowWeightChanges() {
        // A partner whose potential criteria differ, so moving all weight onto one of them
        // must move its bubble.
        const CriteriaTable &criteria = m_scoring->criteria();
        int row = -1;
        Criterion heaviest = Criterion::IcpInfluence;
        for (size_t r = 0; r < criteria.size() && row < 0; ++r) {
            const auto &v = criteria.values[r];
            for (Criterion c : criteriaOf(Axis::Potential)) {
                const double value = v[size_t(c)];
                if (!std::isnan(value) && std::abs(value - m_scoring->scores()[r].potential) > 15) {
                    row = int(r);
                    heaviest = c;
                    break;
                }
            }
        }
        QVERIFY(row >= 0);
        const Id id = criteria.partnerIds[size_t(row)];
        const QPointF before = m_view->bubbleCenter(id);
        const double expectedPotential = criteria.values[size_t(row)][size_t(heaviest)];

        Scenario changed = stored();
        WeightProfile &profile = changed.profiles[size_t(criteria.profileIndex[size_t(row)])];
        for (Criterion c : criteriaOf(Axis::Potential))
            profile.setWeight(c, c == heaviest ? 1.0 : 0.0);

        // Live preview (a slider that moves) first: the bubble moves, the document does not.
        const int steps = m_doc->undoStack()->count();
        m_scoring->previewScenario(changed);
        replot();
        const QPointF previewed = m_view->bubbleCenter(id);
        QCOMPARE(previewed.x(), before.x()); // readiness weights did not change
        QCOMPARE(previewed.y(), m_view->plot()->yAxis->coordToPixel(expectedPotential) +
                                    m_view->plot()->mapTo(m_view.get(), QPoint(0, 0)).y());
        QVERIFY(std::abs(previewed.y() - before.y()) > 10);
        m_scoring->endPreview();
        replot();
        QCOMPARE(m_view->bubbleCenter(id), before);
        QCOMPARE(m_doc->undoStack()->count(), steps);

        // Then the same change through the undo facade, and its undo.
        QVERIFY(edit::setScenario(*m_doc, changed, edit::ScenarioEdit::Thresholds));
        m_scoring->refreshNow();
        replot();
        QCOMPARE(m_view->bubbleCenter(id), previewed);
        m_doc->undoStack()->undo();
        m_scoring->refreshNow();
        replot();
        QCOMPARE(m_view->bubbleCenter(id), before);
    }

    void thresholdDragIsOneUndoStep() {
        QCustomPlot *plot = m_view->plot();
        const Scenario original = stored();
        const QCPRange xRange = plot->xAxis->range();
        const QCPRange yRange = plot->yAxis->range();
        const int steps = m_doc->undoStack()->count();
        // Grab the potential line far left, where no bubble sits on it.
        const int x = int(plot->xAxis->coordToPixel(3.0));
        const QPoint press(
            x, int(std::lround(plot->yAxis->coordToPixel(original.potentialThreshold))));
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, press);
        for (double target : {55.0, 62.0, 70.0}) {
            dragTo(QPoint(x, int(std::lround(plot->yAxis->coordToPixel(target)))));
            // Live: the scores already use the moving threshold; the document is untouched.
            QVERIFY(m_scoring->isPreviewing());
            QCOMPARE(m_scoring->scenario().potentialThreshold, target);
            QCOMPARE(stored().potentialThreshold, original.potentialThreshold);
        }
        const QPoint release(x, int(std::lround(plot->yAxis->coordToPixel(70.0))));
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, release);
        QVERIFY(!m_scoring->isPreviewing());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(stored().potentialThreshold, 70.0);
        QCOMPARE(stored().readinessThreshold, original.readinessThreshold);
        QCOMPARE(m_doc->undoStack()->undoText(), tr("Move quadrant thresholds"));
        // Dragging the line must not have panned the chart.
        QCOMPARE(plot->xAxis->range(), xRange);
        QCOMPARE(plot->yAxis->range(), yRange);
        // Every partner above 70 potential is now high potential, and the rest are not.
        for (const PartnerScore &s : m_scoring->scores()) {
            if (s.overridden)
                continue;
            const bool high = s.quadrant == Quadrant::Invest || s.quadrant == Quadrant::Develop;
            QCOMPARE(high, s.potential >= 70.0);
        }

        m_doc->undoStack()->undo();
        QCOMPARE(stored(), original);
        QCOMPARE(m_scoring->scenario().potentialThreshold, original.potentialThreshold);
    }

    void readinessLineDrags() {
        QCustomPlot *plot = m_view->plot();
        const Scenario original = stored();
        const int y = int(plot->yAxis->coordToPixel(97.0));
        const int x = int(std::lround(plot->xAxis->coordToPixel(original.readinessThreshold)));
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
        dragTo(QPoint(int(std::lround(plot->xAxis->coordToPixel(35.0))), y));
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier,
                            QPoint(int(std::lround(plot->xAxis->coordToPixel(35.0))), y));
        QCOMPARE(stored().readinessThreshold, 35.0);
        QCOMPARE(stored().potentialThreshold, original.potentialThreshold);
    }

    void clickSelects() {
        QSignalSpy spy(m_view.get(), &MatrixView::selectionChanged);
        const Id lone = loneliestPartner();
        QVERIFY(lone != 0);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier,
                          toCanvas(m_view->bubbleCenter(lone)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<QList<Id>>(), QList<Id>{lone});
        QCOMPARE(m_view->selectedPartners(), QList<Id>{lone});

        // Ctrl toggles: add another partner, then take the first one away.
        const QList<Id> all = m_view->visiblePartners();
        Id other = 0;
        for (Id id : all)
            if (id != lone && distance(m_view->bubbleCenter(id), m_view->bubbleCenter(lone)) > 40)
                other = id;
        QVERIFY(other != 0);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier,
                          toCanvas(m_view->bubbleCenter(lone)));
        QCOMPARE(m_view->selectedPartners(), QList<Id>{});
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier,
                          toCanvas(m_view->bubbleCenter(lone)));
        QCOMPARE(m_view->selectedPartners(), QList<Id>{lone});
        QCOMPARE(spy.count(), 2);

        // A click on empty chart clears the selection.
        QCustomPlot *plot = m_view->plot();
        const QPoint empty(int(plot->xAxis->coordToPixel(101.0)),
                           int(plot->yAxis->coordToPixel(-2.0)));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, empty);
        QVERIFY(m_view->selectedPartners().isEmpty());
        QCOMPARE(spy.count(), 3);

        // Selection from outside (the table) highlights without echoing a signal.
        m_view->setSelectedPartners({other, lone});
        QCOMPARE(spy.count(), 3);
        QCOMPARE(m_view->selectedPartners().size(), 2);
    }

    void rubberBandSelects() {
        QSignalSpy spy(m_view.get(), &MatrixView::selectionChanged);
        QCustomPlot *plot = m_view->plot();
        // Everything with potential and readiness of at least 50.
        const QPoint from(int(plot->xAxis->coordToPixel(50.0)),
                          int(plot->yAxis->coordToPixel(50.0)));
        const QPoint to(int(plot->xAxis->coordToPixel(103.0)),
                        int(plot->yAxis->coordToPixel(103.0)));
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::ShiftModifier, from);
        dragTo((from + to) / 2, Qt::ShiftModifier);
        dragTo(to, Qt::ShiftModifier);
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(spy.count(), 1);
        QList<Id> expected;
        const CriteriaTable &criteria = m_scoring->criteria();
        for (size_t r = 0; r < criteria.size(); ++r) {
            const PartnerScore &s = m_scoring->scores()[r];
            // Stay clear of the rectangle's edge, where a pixel decides.
            if (s.potential > 51 && s.readiness > 51)
                expected << criteria.partnerIds[r];
        }
        QVERIFY(expected.size() > 3);
        const QList<Id> selected = m_view->selectedPartners();
        for (Id id : expected)
            QVERIFY(selected.contains(id));
        QVERIFY(selected.size() < m_view->visiblePartners().size());
        // Shift-drag selects; it must not pan.
        QCOMPARE(plot->xAxis->range().lower, -4.0);
    }

    void filterHidesPartners() {
        const PortfolioData &data = m_doc->portfolio()->data();
        const QString distributor = toKey(PartnerModel::Distributor);
        QList<Id> distributors;
        for (const Partner &p : data.partners)
            if (p.model == PartnerModel::Distributor)
                distributors << p.id;
        QVERIFY(!distributors.isEmpty());
        QCOMPARE(m_view->visiblePartners().size(), int(data.partners.size()));

        MatrixFilter filter;
        filter.modelKeys = {distributor};
        m_view->setFilter(filter);
        replot();
        QCOMPARE(m_view->visiblePartners(), distributors);

        // A hidden partner cannot be clicked.
        Id hidden = 0;
        for (const Partner &p : data.partners)
            if (p.model != PartnerModel::Distributor) {
                bool covered = false;
                for (Id d : distributors)
                    covered = covered ||
                              distance(m_view->bubbleCenter(d), m_view->bubbleCenter(p.id)) < 40;
                if (!covered)
                    hidden = p.id;
            }
        QVERIFY(hidden != 0);
        QSignalSpy spy(m_view.get(), &MatrixView::selectionChanged);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier,
                          toCanvas(m_view->bubbleCenter(hidden)));
        QVERIFY(m_view->selectedPartners().isEmpty());

        // By ICP: only partners linked to it.
        const Id icp = data.icps.front().id;
        QSet<Id> linked;
        for (const InfluenceLink &l : data.links)
            if (l.icpId == icp)
                linked.insert(l.partnerId);
        m_view->setFilter(MatrixFilter{{}, {}, icp});
        const QList<Id> shown = m_view->visiblePartners();
        QCOMPARE(QSet<Id>(shown.begin(), shown.end()), linked);

        m_view->setFilter({});
        QCOMPARE(m_view->visiblePartners().size(), int(data.partners.size()));
    }

    void zoomPanAndReset() {
        QCustomPlot *plot = m_view->plot();
        const QCPRange full = plot->xAxis->range();
        const QPoint centre = plot->axisRect()->rect().center();
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        QVERIFY(plot->xAxis->range().size() < full.size());
        QVERIFY(plot->yAxis->range().size() < 108.0);

        // A drag on empty chart pans; it neither selects nor moves a threshold.
        const Scenario before = stored();
        const QCPRange zoomed = plot->xAxis->range();
        const QPoint from(int(plot->xAxis->coordToPixel(20.0)),
                          int(plot->yAxis->coordToPixel(90.0)));
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, from);
        dragTo(from + QPoint(60, 0));
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, from + QPoint(60, 0));
        QVERIFY(plot->xAxis->range().lower < zoomed.lower);
        QCOMPARE(stored(), before);
        QVERIFY(m_view->selectedPartners().isEmpty());

        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, from);
        QCOMPARE(plot->xAxis->range(), full);
        QCOMPARE(plot->yAxis->range(), QCPRange(-4.0, 104.0));
    }

    void hoverExplains() {
        const Id lone = loneliestPartner();
        const Partner *partner = m_doc->portfolio()->find<Partner>(lone);
        QVERIFY(partner);
        hoverAt(toCanvas(m_view->bubbleCenter(lone)));
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(partner->name.toHtmlEscaped()), qPrintable(text));
        QVERIFY(text.contains(label(Axis::Potential)));
        QVERIFY(text.contains(label(Axis::Readiness)));
        for (Criterion c : allValues(static_cast<Criterion *>(nullptr)))
            QVERIFY2(text.contains(label(c)), qPrintable(label(c)));
        QVERIFY(text.contains(label(m_scoring->scores()[size_t(m_scoring->rowOf(lone))].quadrant)));
        hoverAt(QPoint(2, 2));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void exports() {
        QVERIFY(m_dir.isValid());
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("m.png"));
        QVERIFY2(m_view->exportTo(png, 800, 500, &error), qPrintable(error));
        QVERIFY(read(png).startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(QImage(png).size(), QSize(800, 500));
        const QString svg = m_dir.filePath(QStringLiteral("m.svg"));
        QVERIFY2(m_view->exportTo(svg, 800, 500, &error), qPrintable(error));
        const QByteArray svgText = read(svg);
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(!svgText.contains("<image")); // vector bubbles, not a raster
        const QString pdf = m_dir.filePath(QStringLiteral("m.pdf"));
        QVERIFY2(m_view->exportTo(pdf, 800, 500, &error), qPrintable(error));
        QVERIFY(read(pdf).startsWith("%PDF-"));

        // Comparison arrows and the projector theme change what is drawn. Same scenario
        // name both times, so only the arrows can make the difference.
        const QImage plain(png);
        Scenario same = stored();
        m_view->setComparison(same);
        QVERIFY(m_view->exportTo(png, 800, 500, &error));
        const QImage noMoves(png);
        QVERIFY(noMoves != plain); // the title names the compared scenario
        Scenario other = same;
        other.potentialThreshold = 80;
        for (WeightProfile &p : other.profiles)
            p.setWeight(Criterion::IcpInfluence, 5.0);
        m_view->setComparison(other);
        QVERIFY(m_view->exportTo(png, 800, 500, &error));
        QVERIFY(QImage(png) != noMoves);
        m_view->setComparison(std::nullopt);
        m_view->setTheme(MatrixView::Theme::Projector);
        QVERIFY(m_view->exportTo(png, 800, 500, &error));
        QVERIFY(QImage(png) != plain);

        const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/m.svg"));
        QVERIFY(!m_view->exportTo(bad, 800, 500, &error));
        QVERIFY2(error.contains(QLatin1String("m.svg")), qPrintable(error));
        QVERIFY(!m_view->exportTo(m_dir.filePath(QStringLiteral("m.gif")), 800, 500, &error));
        QVERIFY2(error.contains(QLatin1String("m.gif")), qPrintable(error));
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
