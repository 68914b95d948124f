// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop mode as the room drives it, key by key: F5 enters and Esc leaves, Page Down walks
// the story with the step indicator, a spotlighted partner gets a decision in two keystrokes as
// one undo step, the closing summary lists it and its export contains it, A/B switches the
// scenario shown.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/document/scoringcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/map/heatmapview.h"
#include "ui/map/mapoverview.h"
#include "ui/map/mapoverviewwidget.h"
#include "ui/matrix/matrixview.h"
#include "ui/segments/segmentcharts.h"
#include "ui/theme/matrixpalette.h"
#include "ui/workshop/decisionoverlay.h"
#include "ui/workshop/planstep.h"
#include "ui/workshop/spotlightoverlay.h"
#include "ui/workshop/workshopdecisions.h"
#include "ui/workshop/workshopwindow.h"

#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QWindow>

#include <cmath>
#include <memory>

using namespace ps;

class TestWorkshop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f5EntersEscLeaves();
    void pageDownWalksTheSteps();
    void plusAndMinusMoveTheBudgetOnThePlanStep();
    void spotlightFollowsKeysAndSearch();
    void decisionInTwoKeystrokesIsOneUndoStep();
    void detailsJoinTheDecisionStep();
    void summaryListsDecisionAndExportContainsIt();
    void exportNeutralizesFormulaCells();
    void undoTakesDecisionOutOfSummary();
    void emptyDecisionsSayHowToRecordOne();
    void abToggleSwitchesScenarioShown();
    void everyStepDrawsAt1080p();
    void wOpensAndClosesTheWeightSliders();
    void headerAndSpotlightAreNotCut();
    void quadrantTitlesDoNotOverlap();
    void decisionRowIsOneLine();
    void newDecisionReplacesTheNextStep();
    void mapStepNamesWhatItDraws();

private:
    WorkshopWindow *enter();
    /// Spotlights (with N) the first partner whose decision is not `decision`.
    Id spotlightPartnerWithout(WorkshopWindow *workshop, Decision decision);
    const Partner *partner(Id id) const {
        return m_window->document()->portfolio()->find<Partner>(id);
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestWorkshop::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workshop"));
}

void TestWorkshop::init() {
    m_window = std::make_unique<MainWindow>();
    m_window->prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    m_window->showData(std::move(data), QString(), true);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->scoring()->refreshNow();
}

void TestWorkshop::cleanup() {
    m_window.reset();
}

WorkshopWindow *TestWorkshop::enter() {
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    return m_window->findChild<WorkshopWindow *>();
}

Id TestWorkshop::spotlightPartnerWithout(WorkshopWindow *workshop, Decision decision) {
    for (int i = 0; i < 100; ++i) {
        QTest::keyClick(workshop, Qt::Key_N);
        const Partner *p = partner(workshop->spotlight());
        if (p && p->decision != decision)
            return p->id;
    }
    return 0;
}

void TestWorkshop::f5EntersEscLeaves() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QVERIFY(workshop->isVisible());
    // Full screen as the window system was asked (offscreen's 800x600 screen cannot hold it, so
    // the widget's own state may report back "normal" there).
    QVERIFY(workshop->windowHandle()->windowState() & Qt::WindowFullScreen);
    QCOMPARE(workshop->screen(), m_window->screen());
    QVERIFY(workshop->isWindow());
    // A clean frame: no menu bar, no tool bar, no page list of the editing window inside it.
    QVERIFY(!workshop->findChild<QMenuBar *>());
    QVERIFY(!workshop->findChild<QToolBar *>());
    // F5 again brings the same workshop forward instead of opening a second one.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->findChildren<WorkshopWindow *>().size(), 1);

    QTest::keyClick(workshop, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<WorkshopWindow *>());
    QVERIFY(m_window->isVisible());
}

void TestWorkshop::plusAndMinusMoveTheBudgetOnThePlanStep() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    for (int i = 0; i < WorkshopWindow::Plan; ++i)
        QTest::keyClick(workshop, Qt::Key_PageDown);
    QCOMPARE(workshop->step(), int(WorkshopWindow::Plan));
    PlanController *controller = workshop->planStep()->controller();
    QVERIFY(controller->waitForIdle(60000));
    QCOMPARE(controller->run()->result.plan.budget, 2400000.0);
    const QLocale l;
    QVERIFY2(workshop->planStep()->headline()->text().contains(l.toString(2400000)),
             qPrintable(workshop->planStep()->headline()->text()));
    const int steps = m_window->document()->undoStack()->index();
    // + adds a tenth (2,640,000), − takes a tenth of that off (2,376,000): one undo step.
    QTest::keyClick(workshop, Qt::Key_Plus);
    QVERIFY(controller->waitForIdle(60000));
    QCOMPARE(controller->run()->result.plan.budget, 2640000.0);
    QVERIFY(workshop->planStep()->headline()->text().contains(l.toString(2640000)));
    QTest::keyClick(workshop, Qt::Key_Minus);
    QVERIFY(controller->waitForIdle(60000));
    QCOMPARE(controller->run()->result.plan.budget, 2376000.0);
    QVERIFY(workshop->planStep()->headline()->text().contains(l.toString(2376000)));
    QCOMPARE(m_window->document()->undoStack()->index(), steps + 1);
    // The keys do nothing on another step.
    QTest::keyClick(workshop, Qt::Key_PageUp);
    QTest::keyClick(workshop, Qt::Key_Plus);
    QCOMPARE(controller->settings().budget, 2376000.0);
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controller->settings().budget, 2400000.0);
}

void TestWorkshop::pageDownWalksTheSteps() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const QStringList expected = {
        QStringLiteral("1 / 6  ICP coverage"), QStringLiteral("2 / 6  Influence map"),
        QStringLiteral("3 / 6  Matrix"),       QStringLiteral("4 / 6  Segments"),
        QStringLiteral("5 / 6  Plan"),         QStringLiteral("6 / 6  Decisions")};
    QCOMPARE(workshop->stepIndicator()->text(), expected[0]);
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(workshop, Qt::Key_PageDown);
        QCOMPARE(workshop->step(), i);
        QCOMPARE(workshop->stepIndicator()->text(), expected[i]);
    }
    // Past the last step it stays there; Page Up and Left walk back.
    QTest::keyClick(workshop, Qt::Key_PageDown);
    QCOMPARE(workshop->stepIndicator()->text(), expected[5]);
    QTest::keyClick(workshop, Qt::Key_PageUp);
    QCOMPARE(workshop->stepIndicator()->text(), expected[4]);
    QTest::keyClick(workshop, Qt::Key_Left);
    QCOMPARE(workshop->stepIndicator()->text(), expected[3]);
    QTest::keyClick(workshop, Qt::Key_Right);
    QCOMPARE(workshop->stepIndicator()->text(), expected[4]);
    // The segments step drew the portfolio's segments.
    QVERIFY(workshop->segmentCharts()->segmentCount() > 1);
}

void TestWorkshop::spotlightFollowsKeysAndSearch() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    workshop->setStep(WorkshopWindow::Matrix);
    QCOMPARE(workshop->spotlight(), Id(0));
    QVERIFY(!workshop->matrixSpotlight()->isActive());

    QTest::keyClick(workshop, Qt::Key_N);
    const QList<Id> order = workshop->spotlightOrder();
    QCOMPARE(workshop->spotlight(), order.first());
    QVERIFY(workshop->matrixSpotlight()->isActive());
    // The spotlight sits on the partner's bubble, which the matrix selects.
    QCOMPARE(workshop->matrixSpotlight()->centre(),
             std::optional<QPointF>(workshop->matrixView()->bubbleCenter(order.first())));
    QCOMPARE(workshop->matrixView()->selectedPartners(), QList<Id>{order.first()});
    QTest::keyClick(workshop, Qt::Key_N);
    QCOMPARE(workshop->spotlight(), order.at(1));
    QTest::keyClick(workshop, Qt::Key_P);
    QTest::keyClick(workshop, Qt::Key_P);
    QCOMPARE(workshop->spotlight(), order.last());

    // "/" opens the search; Enter spotlights the partner named.
    const Partner &wanted = m_window->document()->portfolio()->data().partners.at(5);
    QTest::keyClick(workshop, Qt::Key_Slash);
    QVERIFY(workshop->searchBox()->isVisible());
    QTest::keyClicks(workshop->searchBox(), wanted.name.left(wanted.name.size() - 1));
    QTest::keyClick(workshop->searchBox(), Qt::Key_Return);
    QCOMPARE(workshop->spotlight(), wanted.id);
    QVERIFY(!workshop->searchBox()->isVisible());

    QTest::keyClick(workshop, Qt::Key_C);
    QCOMPARE(workshop->spotlight(), Id(0));
    QVERIFY(!workshop->matrixSpotlight()->isActive());
}

void TestWorkshop::decisionInTwoKeystrokesIsOneUndoStep() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const Id id = spotlightPartnerWithout(workshop, Decision::Invest);
    QVERIFY(id != 0);
    const Decision before = partner(id)->decision;
    QUndoStack *stack = m_window->document()->undoStack();
    const int index = stack->index();

    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    QCOMPARE(partner(id)->decision, Decision::Invest);
    QCOMPARE(stack->index(), index + 1);
    // The overlay asks for the optional details; Esc closes it and keeps the decision.
    QVERIFY(workshop->decisionOverlay()->isVisible());
    QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Escape);
    QVERIFY(!workshop->decisionOverlay()->isVisible());
    QCOMPARE(partner(id)->decision, Decision::Invest);
    QCOMPARE(stack->index(), index + 1);

    // One undo takes it all back; a key that is no decision after D captures nothing.
    stack->undo();
    QCOMPARE(partner(id)->decision, before);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_Q);
    QCOMPARE(partner(id)->decision, before);
    QVERIFY(!workshop->decisionOverlay()->isVisible());
}

void TestWorkshop::detailsJoinTheDecisionStep() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const Id id = spotlightPartnerWithout(workshop, Decision::Develop);
    QVERIFY(id != 0);
    const Partner original = *partner(id);
    QUndoStack *stack = m_window->document()->undoStack();
    const int index = stack->index();

    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_V);
    DecisionOverlay *overlay = workshop->decisionOverlay();
    QVERIFY(overlay->isVisible());
    overlay->ownerEdit()->clear();
    QTest::keyClicks(overlay->ownerEdit(), QStringLiteral("Maria Lopez"));
    overlay->nextStepEdit()->clear();
    QTest::keyClicks(overlay->nextStepEdit(), QStringLiteral("Joint plan by March"));
    QTest::keyClick(overlay->nextStepEdit(), Qt::Key_Return);
    QVERIFY(!overlay->isVisible());

    QCOMPARE(partner(id)->decision, Decision::Develop);
    QCOMPARE(partner(id)->decisionOwner, QStringLiteral("Maria Lopez"));
    QCOMPARE(partner(id)->nextStep, QStringLiteral("Joint plan by March"));
    QCOMPARE(stack->index(), index + 1);
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*partner(id), original);
}

void TestWorkshop::summaryListsDecisionAndExportContainsIt() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const Id id = spotlightPartnerWithout(workshop, Decision::Invest);
    QVERIFY(id != 0);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Return);

    QTest::keyClick(workshop, Qt::Key_End);
    QCOMPARE(workshop->step(), int(WorkshopWindow::Decisions));
    QTableWidget *table = workshop->summaryTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), partner(id)->name);
    QCOMPARE(table->item(0, 2)->text(), label(Decision::Invest));
    const int row = m_window->scoring()->rowOf(id);
    QCOMPARE(table->item(0, 1)->text(), label(m_window->scoring()->scores()[size_t(row)].quadrant));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name :
         {QStringLiteral("decisions.csv"), QStringLiteral("decisions.html")}) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(workshop->decisions()->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(partner(id)->name.toHtmlEscaped()), qPrintable(text));
        QVERIFY(text.contains(label(Decision::Invest)));
    }
    QString error;
    QVERIFY(!workshop->decisions()->exportTo(dir.filePath(QStringLiteral("x.docx")), &error));
    QVERIFY(error.contains(QStringLiteral("x.docx")));
}

void TestWorkshop::exportNeutralizesFormulaCells() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const Id id = spotlightPartnerWithout(workshop, Decision::Maintain);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_M);
    DecisionOverlay *overlay = workshop->decisionOverlay();
    overlay->noteEdit()->setText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    QTest::keyClick(overlay->noteEdit(), Qt::Key_Return);
    QCOMPARE(partner(id)->notes, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    const QString csv = QString::fromUtf8(workshop->decisions()->csv());
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")),
             qPrintable(csv));
    const QString html = QString::fromUtf8(workshop->decisions()->html());
    QVERIFY(html.contains(QStringLiteral("=HYPERLINK(&quot;http://x&quot;")) ||
            html.contains(QStringLiteral("=HYPERLINK(&#34;http://x&#34;")));
}

void TestWorkshop::undoTakesDecisionOutOfSummary() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    spotlightPartnerWithout(workshop, Decision::Exit);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_X);
    QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Escape);
    QCOMPARE(workshop->summaryTable()->rowCount(), 1);
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(workshop->summaryTable()->rowCount(), 0);
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(workshop->summaryTable()->rowCount(), 1);
}

void TestWorkshop::emptyDecisionsSayHowToRecordOne() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QTest::keyClick(workshop, Qt::Key_End);
    QCOMPARE(workshop->step(), int(WorkshopWindow::Decisions));
    QCOMPARE(workshop->summaryTable()->rowCount(), 0);
    // No decision yet: the step says how to record one, in the keys it names.
    QLabel *hint = workshop->summaryHint();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    for (const QString &key :
         {QStringLiteral("N"), QStringLiteral("D"), QStringLiteral("I"), QStringLiteral("X")})
        QVERIFY2(hint->text().contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(key))),
                 qPrintable(hint->text()));
    // The hint is readable on a 1366x768 screen: wrapped inside the window, not cut.
    QVERIFY(hint->wordWrap());
    QVERIFY(hint->width() <= workshop->width());

    // Following it records a decision: the table shows it and the hint goes away.
    QTest::keyClick(workshop, Qt::Key_N);
    QVERIFY(workshop->spotlight() != 0);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Escape);
    QCOMPARE(workshop->summaryTable()->rowCount(), 1);
    QVERIFY(!hint->isVisible());
    // Undone, the table is empty again and the hint back.
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(workshop->summaryTable()->rowCount(), 0);
    QVERIFY(hint->isVisible());
}

void TestWorkshop::abToggleSwitchesScenarioShown() {
    const std::vector<Scenario> &scenarios = m_window->document()->portfolio()->scenarios();
    QVERIFY(scenarios.size() >= 2); // the demo has Baseline and Reach first
    const QString a = m_window->scoring()->scenario().name;
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    workshop->setStep(WorkshopWindow::Matrix);
    QVERIFY(workshop->scenarioLabel()->text().contains(a));

    QTest::keyClick(workshop, Qt::Key_B);
    QCOMPARE(workshop->shownScenario(), 1);
    const QString b = m_window->scoring()->scenario().name;
    QVERIFY(b != a);
    QVERIFY(workshop->scenarioLabel()->text().startsWith(QStringLiteral("B: ") + b));
    // The movement: arrows towards the other scenario's positions, named in the header.
    QVERIFY(workshop->scenarioLabel()->text().contains(a));

    QTest::keyClick(workshop, Qt::Key_Tab);
    QCOMPARE(workshop->shownScenario(), 0);
    QCOMPARE(m_window->scoring()->scenario().name, a);
    QTest::keyClick(workshop, Qt::Key_Tab);
    QCOMPARE(m_window->scoring()->scenario().name, b);
    QTest::keyClick(workshop, Qt::Key_A);
    QCOMPARE(m_window->scoring()->scenario().name, a);
}

void TestWorkshop::everyStepDrawsAt1080p() {
    // Each step drawn at a projector's 1920x1080 shows more than the page colour. With
    // PS_WORKSHOP_SCREENSHOTS=DIR the pictures are written there (docs/images/workshop-*.png).
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    workshop->showNormal();
    QTest::qWait(20);
    workshop->resize(1920, 1080);
    QTRY_COMPARE(workshop->size(), QSize(1920, 1080));
    const QString dir = qEnvironmentVariable("PS_WORKSHOP_SCREENSHOTS");
    QTest::keyClick(workshop, Qt::Key_N);
    for (int step = 0; step < WorkshopWindow::StepCount; ++step) {
        workshop->setStep(step);
        if (step == WorkshopWindow::Matrix) {
            QTest::keyClick(workshop, Qt::Key_B);
        }
        if (step == WorkshopWindow::Decisions) {
            QTest::keyClick(workshop, Qt::Key_D);
            QTest::keyClick(workshop, Qt::Key_I);
            DecisionOverlay *overlay = workshop->decisionOverlay();
            overlay->ownerEdit()->setText(QStringLiteral("Maria Lopez"));
            overlay->nextStepEdit()->setText(QStringLiteral("Joint business plan by March"));
            QTest::keyClick(overlay->ownerEdit(), Qt::Key_Return);
            QTest::keyClick(workshop, Qt::Key_N);
            QTest::keyClick(workshop, Qt::Key_D);
            QTest::keyClick(workshop, Qt::Key_V);
            QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Escape);
        }
        QTest::qWait(50);
        const QImage image = workshop->grab().toImage();
        QCOMPARE(image.size(), QSize(1920, 1080));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(WorkshopWindow::stepTitle(step)));
        if (!dir.isEmpty())
            image.save(QStringLiteral("%1/workshop-step%2.png").arg(dir).arg(step + 1));
    }
}

namespace {

/// The label shows its whole text: on one line within its width, or wrapped within its height.
bool showsWholeText(const QLabel *label) {
    const QRect room = label->contentsRect();
    const QFontMetrics metrics(label->font());
    if (metrics.horizontalAdvance(label->text()) <= room.width())
        return true;
    return label->wordWrap() && label->heightForWidth(label->width()) <= label->height();
}

void resizeTo(WorkshopWindow *workshop, const QSize &size) {
    workshop->showNormal();
    QTest::qWait(20);
    workshop->resize(size);
    QTRY_COMPARE(workshop->size(), size);
}

} // namespace

void TestWorkshop::wOpensAndClosesTheWeightSliders() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    resizeTo(workshop, QSize(1280, 720));
    workshop->setStep(WorkshopWindow::Matrix);
    // Closed at the start: the chart has most of the screen, and the footer says how to open.
    QVERIFY(!workshop->weightsBox()->isVisible());
    QTRY_VERIFY(workshop->matrixView()->width() * 10 >= 1280 * 9);
    QVERIFY2(workshop->hintsLabel()->text().contains(QStringLiteral("W weights")),
             qPrintable(workshop->hintsLabel()->text()));
    QTest::keyClick(workshop, Qt::Key_W);
    QVERIFY(workshop->weightsBox()->isVisible());
    QVERIFY(workshop->hintsLabel()->text().contains(QStringLiteral("W close weights")));
    QTest::keyClick(workshop, Qt::Key_W);
    QVERIFY(!workshop->weightsBox()->isVisible());
    QTRY_VERIFY(workshop->matrixView()->width() * 10 >= 1280 * 9);
    // On another step W changes nothing.
    workshop->setStep(WorkshopWindow::Coverage);
    QTest::keyClick(workshop, Qt::Key_W);
    workshop->setStep(WorkshopWindow::Matrix);
    QVERIFY(!workshop->weightsBox()->isVisible());
}

void TestWorkshop::headerAndSpotlightAreNotCut() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        resizeTo(workshop, size);
        workshop->setStep(WorkshopWindow::Matrix);
        QTest::keyClick(workshop, Qt::Key_C);
        // Nothing spotlighted: no partner is named anywhere above the chart.
        QVERIFY(!workshop->spotlightBanner()->isVisible());
        QVERIFY(workshop->spotlightBanner()->text().isEmpty());
        QTest::keyClick(workshop, Qt::Key_B); // "B: ... · arrows to ...", the longest header
        // The partner with the longest name, decided, so the line is as long as it gets.
        Id longest = 0;
        int length = 0;
        for (const Partner &p : m_window->document()->portfolio()->partners())
            if (p.name.size() > length) {
                length = int(p.name.size());
                longest = p.id;
            }
        workshop->setSpotlight(longest);
        QTest::keyClick(workshop, Qt::Key_D);
        QTest::keyClick(workshop, Qt::Key_X);
        QTest::keyClick(workshop->decisionOverlay()->ownerEdit(), Qt::Key_Escape);
        QTest::qWait(20);
        for (QLabel *label :
             {workshop->stepIndicator(), workshop->scenarioLabel(), workshop->spotlightBanner()})
            QVERIFY2(showsWholeText(label), qPrintable(QStringLiteral("%1x%2: \"%3\" is cut")
                                                           .arg(size.width())
                                                           .arg(size.height())
                                                           .arg(label->text())));
        QVERIFY(workshop->scenarioLabel()->text().contains(QStringLiteral("arrows to")));
        // The spotlighted partner in large type, with its decision.
        QLabel *banner = workshop->spotlightBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(partner(longest)->name));
        QVERIFY(banner->text().contains(label(Decision::Exit)));
        QVERIFY2(QFontInfo(banner->font()).pixelSize() >= 36,
                 qPrintable(QString::number(QFontInfo(banner->font()).pixelSize())));
        QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(workshop, Qt::Key_A);
    }
}

void TestWorkshop::quadrantTitlesDoNotOverlap() {
    // The titles sit in the chart's corners; two on one side overlap when their widths add up
    // to more than the chart's inner width (issue 14: "Deprioritize (32)" over "Maintain (10)").
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    resizeTo(workshop, QSize(1280, 720));
    workshop->setStep(WorkshopWindow::Matrix);
    MatrixView *matrix = workshop->matrixView();
    matrix->plot()->replot(QCustomPlot::rpImmediateRefresh);
    std::array<int, 4> counts{};
    for (const PartnerScore &score : m_window->scoring()->scores())
        ++counts[size_t(score.quadrant)];
    const QFontMetricsF metrics(matrix::MatrixStyle::projector().quadrantFont, matrix->plot());
    const auto width = [&](Quadrant q) {
        return metrics.horizontalAdvance(
                   QStringLiteral("%1 (%2)").arg(label(q)).arg(counts[size_t(q)])) +
               2;
    };
    const double margin = metrics.height() * 0.3;
    const double inner = matrix->plot()->axisRect()->rect().width();
    for (const auto &[left, right] : {std::pair(Quadrant::Develop, Quadrant::Invest),
                                      std::pair(Quadrant::Deprioritize, Quadrant::Maintain)}) {
        const QRectF a(margin, 0, width(left), metrics.height());
        const QRectF b(inner - margin - width(right), 0, width(right), metrics.height());
        QVERIFY2(
            !a.intersects(b),
            qPrintable(
                QStringLiteral("%1 and %2 in %3 px").arg(label(left), label(right)).arg(inner)));
    }
}

void TestWorkshop::decisionRowIsOneLine() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    resizeTo(workshop, QSize(1280, 720));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(workshop, Qt::Key_N);
        QTest::keyClick(workshop, Qt::Key_D);
        QTest::keyClick(workshop, Qt::Key_M);
        DecisionOverlay *overlay = workshop->decisionOverlay();
        overlay->ownerEdit()->setText(QStringLiteral("Maria Lopez"));
        overlay->noteEdit()->setText(
            QStringLiteral("A long note the room dictated: the partner needs a clearer joint "
                           "value proposition, a named sponsor and a quarterly review before we "
                           "invest any further in the relationship"));
        QTest::keyClick(overlay->ownerEdit(), Qt::Key_Return);
    }
    QTest::keyClick(workshop, Qt::Key_End);
    QTableWidget *table = workshop->summaryTable();
    QCOMPARE(table->rowCount(), 3);
    const int line = table->fontMetrics().height();
    for (int row = 0; row < 3; ++row) {
        QVERIFY2(table->rowHeight(row) * 2 <= line * 3,
                 qPrintable(QStringLiteral("%1 > 1.5 x %2").arg(table->rowHeight(row)).arg(line)));
        // The whole note is one hover away.
        QVERIFY(table->item(row, 5)->toolTip().startsWith(QStringLiteral("A long note")));
    }
}

void TestWorkshop::newDecisionReplacesTheNextStep() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const Id id = spotlightPartnerWithout(workshop, Decision::Invest);
    QVERIFY(id != 0);
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    DecisionOverlay *overlay = workshop->decisionOverlay();
    overlay->nextStepEdit()->setText(QStringLiteral("Joint plan by March"));
    QTest::keyClick(overlay->nextStepEdit(), Qt::Key_Return);
    QCOMPARE(partner(id)->nextStep, QStringLiteral("Joint plan by March"));

    // Exit: the joint plan no longer applies; the exit's first step takes its place, and the
    // overlay offers it for editing.
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_X);
    QCOMPARE(partner(id)->decision, Decision::Exit);
    QCOMPARE(partner(id)->nextStep, WorkshopDecisions::defaultNextStep(Decision::Exit));
    QVERIFY(!partner(id)->nextStep.isEmpty());
    QCOMPARE(overlay->nextStepEdit()->text(), partner(id)->nextStep);
    QTest::keyClick(overlay->ownerEdit(), Qt::Key_Escape);
    // Undo brings the decision and its next step back together.
    QTest::keyClick(workshop, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(partner(id)->decision, Decision::Invest);
    QCOMPARE(partner(id)->nextStep, QStringLiteral("Joint plan by March"));
    // Confirming the same decision keeps the next step.
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    QCOMPARE(partner(id)->nextStep, QStringLiteral("Joint plan by March"));
}

void TestWorkshop::mapStepNamesWhatItDraws() {
    // The map step shows the overview (every partner it draws is named, at the projector's
    // size) and the heatmap; the heatmap's column labels do not overlap.
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        resizeTo(workshop, size);
        workshop->setStep(WorkshopWindow::Map);
        QTest::qWait(20);
        MapOverviewWidget *overview = workshop->mapOverview();
        QVERIFY(overview->isVisible());
        const map::MapOverview &laid = overview->current();
        QVERIFY(laid.projector);
        QVERIFY(laid.partnersNamed >= 10);
        for (const map::OverviewText &text : laid.texts)
            QVERIFY2(QFontInfo(text.font).pixelSize() >= map::minimumLabelPixels(true) - 0.5,
                     qPrintable(text.text));
        // H shows the heatmap over the whole width instead, and back.
        QVERIFY(workshop->hintsLabel()->text().contains(QStringLiteral("H heatmap")));
        QTest::keyClick(workshop, Qt::Key_H);
        QVERIFY(workshop->isHeatmapShown());
        HeatmapView *heatmap = workshop->heatmap();
        QVERIFY(heatmap->isVisible());
        QVERIFY(!overview->isVisible());
        QTest::qWait(20);
        heatmap->plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCPAxis *axis = heatmap->plot()->xAxis;
        const QFontMetricsF metrics(axis->tickLabelFont(), heatmap->plot());
        // Column labels: neighbours drawn at the columns' pitch; horizontal ones fit their
        // column, slanted ones are further apart (across their slant) than a line is high.
        auto text = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker());
        QVERIFY(text);
        const QMap<double, QString> labels = text->ticks();
        QVERIFY(labels.size() > 1);
        const double pitch = std::abs(axis->coordToPixel(labels.firstKey() + 1) -
                                      axis->coordToPixel(labels.firstKey()));
        const double angle = std::abs(axis->tickLabelRotation()) * M_PI / 180.0;
        if (qFuzzyIsNull(angle)) {
            for (const QString &label : labels)
                for (const QString &line : label.split(QLatin1Char('\n')))
                    QVERIFY2(
                        metrics.horizontalAdvance(line) <= pitch,
                        qPrintable(QStringLiteral("%1 wider than %2 px").arg(line).arg(pitch)));
        } else {
            QVERIFY2(pitch * std::sin(angle) >= metrics.height(),
                     qPrintable(QStringLiteral("%1 px apart at %2 degrees, %3 px high")
                                    .arg(pitch)
                                    .arg(axis->tickLabelRotation())
                                    .arg(metrics.height())));
        }
        // The title is whole.
        auto *title = qobject_cast<QCPTextElement *>(heatmap->plot()->plotLayout()->element(0, 0));
        QVERIFY(title);
        const QFontMetricsF titleMetrics(title->font(), heatmap->plot());
        QVERIFY2(titleMetrics.horizontalAdvance(title->text()) <= heatmap->plot()->width(),
                 qPrintable(QStringLiteral("\"%1\" in %2 px")
                                .arg(title->text())
                                .arg(heatmap->plot()->width())));
        QTest::keyClick(workshop, Qt::Key_H);
        QVERIFY(overview->isVisible());
    }
}

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
