// SPDX-License-Identifier: GPL-3.0-or-later
// The Matrix page as a user drives it: weight sliders move bubbles live and leave one undo
// step, the AHP dialog derives weights, the scenario combo switches scenarios, selection is
// shared with the rest of the window.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/matrix/bubbleplottable.h"
#include "ui/matrix/matrixpage.h"
#include "ui/matrix/matrixview.h"
#include "ui/matrix/scenariobar.h"
#include "ui/matrix/weightspanel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/partners/partnerspage.h"
#include "ui/scoring/ahpdialog.h"
#include "ui/scoring/scoreexplanation.h"
#include "ui/undo/edits_scenario.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace ps;

namespace {

struct Fixture {
    Document doc;
    std::unique_ptr<ScoringController> scoring;
    PartnerSelection selection;
    std::unique_ptr<MatrixPage> page;

    Fixture() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        scoring = std::make_unique<ScoringController>(&doc);
        page = std::make_unique<MatrixPage>(&doc, scoring.get(), &selection);
        page->resize(1400, 900);
        page->show();
    }
    const Scenario &active() const { return *doc.portfolio()->activeScenario(); }
};

/// A partner and a potential criterion whose weight, raised to the maximum, moves the partner's
/// potential the most (its value lies farthest from the current score).
std::pair<const Partner *, Criterion> movablePartner(const Fixture &f) {
    const Partner *best = nullptr;
    Criterion bestCriterion = Criterion::MarketReach;
    double bestDistance = 0.0;
    for (const Partner &p : f.doc.portfolio()->partners()) {
        if (!p.model)
            continue;
        const int row = f.scoring->rowOf(p.id);
        for (Criterion c : criteriaOf(Axis::Potential)) {
            const float v = f.scoring->criteria().values[size_t(row)][size_t(c)];
            if (CriteriaTable::isMissing(v))
                continue;
            const double d = std::abs(v - f.scoring->scores()[size_t(row)].potential);
            if (d > bestDistance) {
                bestDistance = d;
                best = &p;
                bestCriterion = c;
            }
        }
    }
    return {best, bestCriterion};
}

bool near(const QPointF &a, const QPointF &b) {
    return std::abs(a.x() - b.x()) < 0.5 && std::abs(a.y() - b.y()) < 0.5;
}

} // namespace

class TestMatrixPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weightSliderMovesABubbleAndLeavesOneStep();
    void keyboardChangeIsOneStepAndThresholdsAreUndoable();
    void resetToDefaultsRestoresTheProfile();
    void ahpDialogComputesConsistencyAndAppliesOneStep();
    void scenarioComboSwitchesAndRescores();
    void comparisonListsPartnersThatMove();
    void selectionIsShared();
    void mainWindowHasTheMatrixPage();
    void namesCoverNoBubbleAndNoOtherName_data();
    void namesCoverNoBubbleAndNoOtherName();
};

void TestMatrixPage::weightSliderMovesABubbleAndLeavesOneStep() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
    const auto [partner, criterion] = movablePartner(f);
    QVERIFY(partner);
    WeightsPanel *weights = f.page->weights();
    weights->setProfileIndex(profileIndex(partner->model));
    QSlider *slider = weights->slider(criterion);
    const int start = slider->value();
    const QPointF before = f.page->matrix()->bubbleCenter(partner->id);
    QVERIFY(!before.isNull());
    const Scenario stored = f.active();

    // A drag: pressed, moved through several values, released.
    slider->setSliderDown(true);
    const int target = start < 50 ? 100 : 0;
    for (int step = 1; step <= 5; ++step)
        slider->setValue(start + (target - start) * step / 5);
    QVERIFY(f.scoring->isPreviewing());
    QCOMPARE(f.doc.undoStack()->count(), 0);
    QCOMPARE(f.active(), stored);
    const QPointF during = f.page->matrix()->bubbleCenter(partner->id);
    QVERIFY2(!near(during, before), "the bubble follows the slider while it moves");
    QCOMPARE(during.x(), before.x()); // potential only: readiness stays
    QVERIFY(weights->shareLabel(criterion)->text().startsWith(target == 100 ? QLatin1String("")
                                                                            : QLatin1String("0")));

    slider->setSliderDown(false);
    QVERIFY(!f.scoring->isPreviewing());
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(f.active().profiles[size_t(profileIndex(partner->model))].weight(criterion),
             double(target));
    QVERIFY(near(f.page->matrix()->bubbleCenter(partner->id), during));

    f.doc.undoStack()->undo();
    QCOMPARE(f.active(), stored);
    QVERIFY(near(f.page->matrix()->bubbleCenter(partner->id), before));
    QCOMPARE(slider->value(), start);
}

void TestMatrixPage::keyboardChangeIsOneStepAndThresholdsAreUndoable() {
    Fixture f;
    WeightsPanel *weights = f.page->weights();
    QSlider *slider = weights->slider(Criterion::Capability);
    const double before =
        f.active().profiles[size_t(weights->profileIndex())].weight(Criterion::Capability);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QVERIFY(!f.scoring->isPreviewing());
    QCOMPARE(f.active().profiles[size_t(weights->profileIndex())].weight(Criterion::Capability),
             before + 1);

    const auto investCount = [&] {
        return std::count_if(
            f.scoring->scores().begin(), f.scoring->scores().end(),
            [](const PartnerScore &s) { return s.computedQuadrant == Quadrant::Invest; });
    };
    const auto investBefore = investCount();
    weights->potentialThreshold()->setValue(99.0);
    QCOMPARE(f.active().potentialThreshold, 99.0);
    QVERIFY(investCount() < investBefore);
    QCOMPARE(f.doc.undoStack()->count(), 2);
    f.doc.undoStack()->undo();
    QCOMPARE(f.active().potentialThreshold, 50.0);
    QCOMPARE(weights->potentialThreshold()->value(), 50.0);
    QCOMPARE(investCount(), investBefore);
}

void TestMatrixPage::resetToDefaultsRestoresTheProfile() {
    Fixture f;
    WeightsPanel *weights = f.page->weights();
    weights->setProfileIndex(profileIndex(PartnerModel::Distributor));
    Scenario changed = f.active();
    changed.profiles[size_t(profileIndex(PartnerModel::Distributor))].weights.fill(5.0);
    QVERIFY(edit::setScenario(f.doc, changed, edit::ScenarioEdit::Weights));
    QCOMPARE(weights->slider(Criterion::MarketReach)->value(), 5);
    QCOMPARE(weights->shareLabel(Criterion::MarketReach)->text(), QStringLiteral("25 %"));
    weights->resetToDefaults();
    QCOMPARE(f.active().profiles[size_t(profileIndex(PartnerModel::Distributor))],
             defaultProfile(PartnerModel::Distributor));
    QCOMPARE(f.doc.undoStack()->count(), 2);
}

void TestMatrixPage::ahpDialogComputesConsistencyAndAppliesOneStep() {
    Fixture f;
    const int profile = profileIndex(PartnerModel::SystemsIntegrator);
    AhpDialog dialog(&f.doc, f.active().id, profile);
    dialog.setAxis(Axis::Readiness);

    // Contradictory: A >> B, B >> C, yet C >> A.
    for (int i = 0; i < AhpDialog::Size; ++i)
        for (int j = i + 1; j < AhpDialog::Size; ++j)
            dialog.setJudgment(i, j, 1.0);
    dialog.setJudgment(0, 1, 9.0);
    dialog.setJudgment(1, 2, 9.0);
    dialog.setJudgment(0, 2, 1.0 / 9.0);
    QVERIFY(dialog.result().has_value());
    QVERIFY(dialog.result()->cr > 0.10);
    QVERIFY(!dialog.result()->consistent);
    QVERIFY(dialog.consistencyLabel()->text().contains(QLatin1String("above 0.10")));
    QCOMPARE(dialog.judgment(2, 0), 9.0); // the reciprocal, filled in

    // Consistent: Capability 4x, Commitment 2x, Enablement 2x as important as Cost to serve,
    // so the weights are 4:2:2:1.
    dialog.setJudgment(0, 1, 2.0);
    dialog.setJudgment(0, 2, 2.0);
    dialog.setJudgment(0, 3, 4.0);
    dialog.setJudgment(1, 2, 1.0);
    dialog.setJudgment(1, 3, 2.0);
    dialog.setJudgment(2, 3, 2.0);
    QVERIFY(dialog.result()->consistent);
    QVERIFY(dialog.result()->cr < 1e-6);
    QVERIFY(dialog.consistencyLabel()->text().contains(QLatin1String("consistent")));

    const WeightProfile before = f.active().profiles[size_t(profile)];
    dialog.accept();
    QCOMPARE(f.doc.undoStack()->count(), 1);
    const WeightProfile &after = f.active().profiles[size_t(profile)];
    QVERIFY(std::abs(after.weight(Criterion::Capability) - 400.0 / 9.0) < 0.01);
    QVERIFY(std::abs(after.weight(Criterion::CostToServe) - 100.0 / 9.0) < 0.01);
    // The other axis is untouched.
    for (Criterion c : criteriaOf(Axis::Potential))
        QCOMPARE(after.weight(c), before.weight(c));
    f.doc.undoStack()->undo();
    QCOMPARE(f.active().profiles[size_t(profile)], before);
}

void TestMatrixPage::scenarioComboSwitchesAndRescores() {
    Fixture f;
    Scenario strict = f.active();
    strict.id = 0;
    strict.name = QStringLiteral("Strict");
    strict.potentialThreshold = 95.0;
    strict.readinessThreshold = 95.0;
    const Id strictId = edit::addScenario(f.doc, strict, false);
    QComboBox *combo = f.page->scenarioBar()->combo();
    const int index = combo->findText(QStringLiteral("Strict"));
    QVERIFY(index >= 0);
    const double thresholdBefore = f.scoring->scenario().potentialThreshold;
    combo->setCurrentIndex(index);
    QCOMPARE(f.doc.portfolio()->activeScenario()->id, strictId);
    QCOMPARE(f.scoring->scenario().potentialThreshold, 95.0);
    QVERIFY(thresholdBefore != 95.0);
    QCOMPARE(f.page->weights()->potentialThreshold()->value(), 95.0);
    QCOMPARE(f.doc.undoStack()->count(), 2);
    f.doc.undoStack()->undo();
    QCOMPARE(combo->currentText(), f.active().name);

    // Duplicate, rename and delete through the bar.
    const size_t scenarios = f.doc.portfolio()->scenarios().size();
    const Id copy = f.page->scenarioBar()->duplicateActive(QStringLiteral("Copy"));
    QCOMPARE(f.active().id, copy);
    QVERIFY(f.page->scenarioBar()->renameActive(QStringLiteral("Workshop")));
    QCOMPARE(combo->currentText(), QStringLiteral("Workshop"));
    QVERIFY(f.page->scenarioBar()->deleteActive());
    QCOMPARE(f.doc.portfolio()->scenarios().size(), scenarios);
}

void TestMatrixPage::comparisonListsPartnersThatMove() {
    Fixture f;
    Scenario strict = f.active();
    strict.id = 0;
    strict.name = QStringLiteral("Strict");
    strict.potentialThreshold = 90.0;
    edit::addScenario(f.doc, strict, false);
    QComboBox *compare = f.page->compareCombo();
    // "None" and every scenario but the active one.
    QCOMPARE(compare->count(), int(f.doc.portfolio()->scenarios().size()));
    QCOMPARE(f.page->movesTable()->rowCount(), 0);
    compare->setCurrentIndex(compare->findText(QStringLiteral("Strict")));
    const std::vector<ScenarioMove> moves =
        compareScenarios(f.scoring->criteria(), f.scoring->scenario(), strict);
    const auto changed = std::count_if(moves.begin(), moves.end(),
                                       [](const ScenarioMove &m) { return m.changedQuadrant(); });
    QVERIFY(changed > 0);
    QCOMPARE(f.page->movesTable()->rowCount(), int(changed));
    const auto first = std::find_if(moves.begin(), moves.end(),
                                    [](const ScenarioMove &m) { return m.changedQuadrant(); });
    QCOMPARE(f.page->movesTable()->item(0, 1)->text(), label(first->from));
    QCOMPARE(f.page->movesTable()->item(0, 2)->text(), label(first->to));
    compare->setCurrentIndex(0);
    QCOMPARE(f.page->movesTable()->rowCount(), 0);
}

void TestMatrixPage::selectionIsShared() {
    Fixture f;
    const Id a = f.doc.portfolio()->partners()[3].id;
    const Id b = f.doc.portfolio()->partners()[7].id;
    f.selection.setIds({a, b});
    const QList<Id> shown = f.page->matrix()->selectedPartners();
    QCOMPARE(QSet<Id>(shown.begin(), shown.end()), QSet<Id>({a, b}));
    QCOMPARE(f.page->detail()->partner(), a);
    QVERIFY(f.page->detail()->scoreExplanation());
    QCOMPARE(f.page->detail()->scoreExplanation()->partner(), a);
    QVERIFY(f.page->detail()->scoreExplanation()->table()->rowCount() > 0);

    // A click in the chart reaches the shared selection.
    Q_EMIT f.page->matrix()->selectionChanged({b});
    QCOMPARE(f.selection.ids(), QList<Id>({b}));
    QCOMPARE(f.page->detail()->partner(), b);
}

void TestMatrixPage::mainWindowHasTheMatrixPage() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    MainWindow window;
    window.prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A new, empty portfolio gets the Baseline scenario the matrix scores with.
    QVERIFY(window.newPortfolio());
    QCOMPARE(window.document()->portfolio()->scenarios().size(), size_t(1));
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.openDemo());
    QTRY_COMPARE(window.scoring()->scores().size(),
                 window.document()->portfolio()->partners().size());
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), 4);
    QVERIFY(window.matrixPage()->isVisible());
    // Selecting in the partner table highlights the bubble.
    const Id id = window.document()->portfolio()->partners()[5].id;
    window.partnersPage()->selectPartners({id});
    QCOMPARE(window.selection()->ids(), QList<Id>({id}));
    QCOMPARE(window.matrixPage()->matrix()->selectedPartners(), QList<Id>({id}));
    // And the other way round.
    const Id other = window.document()->portfolio()->partners()[9].id;
    Q_EMIT window.matrixPage()->matrix()->selectionChanged({other});
    QCOMPARE(window.partnersPage()->selectedPartners(), QList<Id>({other}));
    window.document()->undoStack()->clear();
}

namespace {

/// How far `rect` is from the point `p` (0 inside).
double distanceToRect(const QPointF &p, const QRectF &rect) {
    const double dx = p.x() - std::clamp(p.x(), rect.left(), rect.right());
    const double dy = p.y() - std::clamp(p.y(), rect.top(), rect.bottom());
    return std::hypot(dx, dy);
}

/// How far the segment is from the point `p`.
double distanceToSegment(const QPointF &p, const QLineF &line) {
    double best = 1e9;
    // Sampled finely: a bubble is many pixels across.
    for (int k = 0; k <= 200; ++k) {
        const QPointF q = line.pointAt(k / 200.0);
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

} // namespace

void TestMatrixPage::namesCoverNoBubbleAndNoOtherName_data() {
    // The page's size in a 1366x768 and a 1920x1080 window (less the page list), and the
    // projector theme.
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("projector");
    QTest::addColumn<int>("bubbleSize");
    QTest::newRow("1366x768") << QSize(1216, 690) << false << int(BubbleSize::Revenue);
    QTest::newRow("1366x768 pipeline") << QSize(1216, 690) << false << int(BubbleSize::Pipeline);
    QTest::newRow("1920x1080") << QSize(1770, 1000) << false << int(BubbleSize::Revenue);
    QTest::newRow("1920x1080 pipeline") << QSize(1770, 1000) << false << int(BubbleSize::Pipeline);
    QTest::newRow("1920x1080 projector") << QSize(1770, 1000) << true << int(BubbleSize::Revenue);
}

void TestMatrixPage::namesCoverNoBubbleAndNoOtherName() {
    // Issue 14: a partner's name sat on other partners' bubbles. Every name drawn lies inside
    // the chart, covers no other name and no bubble, and its leader line (if any) passes
    // through no other bubble and no name; most of the top partners are still named.
    QFETCH(QSize, size);
    QFETCH(bool, projector);
    QFETCH(int, bubbleSize);
    Fixture f;
    f.scoring->refreshNow();
    f.page->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
    MatrixView *view = f.page->matrix();
    if (projector)
        view->setTheme(MatrixView::Theme::Projector);
    view->setBubbleSize(BubbleSize(bubbleSize));
    QCoreApplication::processEvents();
    QCustomPlot *plot = view->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    matrix::BubblePlottable *bubbles = nullptr;
    for (int i = 0; i < plot->plottableCount() && !bubbles; ++i)
        bubbles = dynamic_cast<matrix::BubblePlottable *>(plot->plottable(i));
    QVERIFY(bubbles);

    const auto &placed = bubbles->placedLabels();
    const auto &all = bubbles->bubbles();
    if (qEnvironmentVariableIsSet("PS_MATRIX_DIR"))
        plot->grab().save(QStringLiteral("%1/%2.png")
                              .arg(qEnvironmentVariable("PS_MATRIX_DIR"),
                                   QString::fromLatin1(QTest::currentDataTag())));
    // Eight partners get a name on the page; in the crowded Invest corner of a small chart a
    // few are left out rather than drawn over bubbles, never most.
    QVERIFY2(placed.size() >= (size.width() > 1500 && !projector ? 7u : 4u),
             qPrintable(QString::number(placed.size())));
    const QRectF chart = plot->axisRect()->rect();
    for (size_t i = 0; i < placed.size(); ++i) {
        const auto &name = placed[i];
        QVERIFY2(chart.contains(name.rect), qPrintable(name.text));
        for (size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!name.rect.intersects(placed[j].rect),
                     qPrintable(name.text + QStringLiteral(" / ") + placed[j].text));
        for (size_t k = 0; k < all.size(); ++k) {
            if (!all[k].visible)
                continue;
            const QPointF centre = bubbles->pixelOf(all[k]);
            // No bubble under a name, its own included.
            QVERIFY2(distanceToRect(centre, name.rect) >= all[k].radius,
                     qPrintable(QStringLiteral("%1 over bubble %2").arg(name.text).arg(k)));
            // A leader passes no other bubble, but those drawn over its own (it starts in them).
            const matrix::Bubble &own = all[size_t(name.bubble)];
            const QPointF ownCentre = bubbles->pixelOf(own);
            const bool stacked =
                std::hypot(centre.x() - ownCentre.x(), centre.y() - ownCentre.y()) <
                own.radius + all[k].radius;
            if (!name.leader.isNull() && int(k) != name.bubble && !stacked)
                QVERIFY2(
                    distanceToSegment(centre, name.leader) >= all[k].radius,
                    qPrintable(
                        QStringLiteral("%1's leader through bubble %2").arg(name.text).arg(k)));
        }
        if (!name.leader.isNull())
            for (size_t j = 0; j < placed.size(); ++j)
                if (j != i) {
                    const QRectF other = placed[j].rect.adjusted(0.5, 0.5, -0.5, -0.5);
                    for (int k = 0; k <= 100; ++k)
                        QVERIFY2(!other.contains(name.leader.pointAt(k / 100.0)),
                                 qPrintable(name.text + QStringLiteral("'s leader over ") +
                                            placed[j].text));
                }
    }
}

QTEST_MAIN(TestMatrixPage)
#include "tst_matrixpage.moc"
