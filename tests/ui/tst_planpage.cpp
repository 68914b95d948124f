// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan page as a channel leader drives it on the demo: the plan is the core's, a constraint
// moved re-plans and undoes, a slider drag is one undo step, the edited plan leaves value on
// the table, an impossible constraint says why, the forecast runs on a worker with progress and
// can be cancelled, the investment history edits with undo, and the workshop's plan step moves
// the budget with + and −.
#include "core/demo/demoportfolio.h"
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/plancontroller.h"
#include "ui/document/scoringcontroller.h"
#include "ui/economics/economicspage.h"
#include "ui/economics/logeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/logmodels.h"
#include "ui/models/planpartnermodel.h"
#include "ui/plan/plancharts.h"
#include "ui/plan/planconstraints.h"
#include "ui/plan/planpage.h"
#include "ui/plan/planviews.h"
#include "ui/workshop/planstep.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMultiMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace ps;

namespace {

struct Fixture {
    Document doc;
    std::unique_ptr<PlanPage> page;
    explicit Fixture(PortfolioData data = demoPortfolio()) {
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        page = std::make_unique<PlanPage>(&doc);
        page->controller()->setAutoForecastLimit(0); // tests start forecasts themselves
        page->resize(1280, 720);
        page->show();
        idle();
    }
    void idle() { QVERIFY(page->controller()->waitForIdle(60000)); }
    std::shared_ptr<const plan::PlanRun> run() const { return page->controller()->run(); }
    /// The core's own plan of the document as it stands.
    plan::PlanRun corePlan() const {
        const PortfolioData &data = doc.portfolio()->data();
        const ScenarioPlan settings = plan::planSettings(data, data.activeScenarioId);
        plan::PlanBasis basis = plan::planBasis(data, *activeScenario(data));
        plan::fitBasis(basis, data, settings);
        return plan::runPlan(basis, data, settings);
    }
};

/// docs/plan.md's worked allocation in thousands: P1 a = 50,000·e², s = 50,000; P2 a =
/// 100,000·e, s = 100,000; P3 a = s = 20,000; budget 150,000, every partner optimized.
PortfolioData workedPortfolio() {
    PortfolioData d;
    d.info.currency = QStringLiteral("EUR");
    const double e = std::exp(1.0);
    const CurveSetting curves[] = {{50000 * e * e, 50000, 0, 0, 0, 0},
                                   {100000 * e, 100000, 0, 0, 0, 0},
                                   {20000, 20000, 0, 0, 0, 0}};
    d.scenarios = {defaultScenario(QStringLiteral("Baseline"))};
    d.scenarios[0].id = 1;
    d.activeScenarioId = 1;
    ScenarioPlan plan;
    plan.id = 1;
    plan.scenarioId = 1;
    plan.budget = 150000;
    for (Id id : {1, 2, 3}) {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("P%1").arg(id);
        p.model = id == 1 ? PartnerModel::Reseller : PartnerModel::Isv;
        p.status = PartnerStatus::Active;
        p.tier = PartnerTier::Gold;
        d.partners.push_back(p);
        d.scenarios[0].overrides.push_back({id, Quadrant::Invest, QString()});
        PlanPartnerSetting s;
        s.partnerId = id;
        s.curve = curves[id - 1];
        plan.setPartner(s);
    }
    d.plans = {plan};
    return d;
}

/// The letter after a lone '&' in `text`, lower case, or a null QChar.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Who claims each Alt+letter in `window` as it stands: the menu bar, and the visible buttons,
/// labels with a buddy and tabs of `page`.
QMultiMap<QChar, QString> mnemonics(QMainWindow &window, QWidget *page) {
    QMultiMap<QChar, QString> claims;
    const auto claim = [&](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            claims.insert(c, text);
    };
    for (QAction *action : window.menuBar()->actions())
        claim(action->text());
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        if (button->isVisible())
            claim(button->text());
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            claim(label->text());
    for (QTabBar *bar : page->findChildren<QTabBar *>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                claim(bar->tabText(i));
    return claims;
}

/// What the table shows in `column` for partner row `row` (portfolio order).
QString cellText(PlanPartnerModel *model, int row, int column) {
    return model->index(row, column).data().toString();
}

} // namespace

class TestPlanPage : public QObject {
    Q_OBJECT

private slots:
    void showsTheCoresPlan() {
        Fixture f;
        QVERIFY(f.run() && f.run()->ok());
        const plan::PlanRun core = f.corePlan();
        QCOMPARE(f.run()->result.plan.expectedTotal, core.result.plan.expectedTotal);
        QCOMPARE(f.page->constraints()->budgetBox()->value(), 2400000.0);
        QVERIFY(f.page->totalsLabel()->text().contains(QLatin1String("expected return")));
        // The charts: top partners plus the rest, every model, the four program kinds.
        const PlanBreakdown &b = f.page->charts()->breakdown();
        QCOMPARE(b.kinds.size(), size_t(4));
        QVERIFY(b.partners.size() >= 10);
        double charted = 0.0;
        for (const plan::PlanTotal &t : b.partners)
            charted += t.plan;
        QVERIFY(std::abs(charted - core.result.plan.allocated) < 1.0);
        // The legend tells the plan's bars from today's.
        const QList<QCPAxisRect *> rects = f.page->charts()->plot()->axisRects();
        QCOMPARE(rects.size(), 3);
        auto *legend = qobject_cast<QCPLegend *>(rects.first()->insetLayout()->elementAt(0));
        QVERIFY(legend);
        QCOMPARE(legend->itemCount(), 2);
        QStringList names;
        for (int i = 0; i < legend->itemCount(); ++i) {
            names << qobject_cast<QCPPlottableLegendItem *>(legend->item(i))->plottable()->name();
            QCOMPARE(legend->item(i)->layer(), legend->layer()); // drawn above its fill
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Plan"), QStringLiteral("Today")}));
        // The table: one row per partner, the optimal amounts in it.
        PlanPartnerModel *model = f.page->partnerModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(f.doc.portfolio()->partners().size()));
        const QModelIndex first = model->index(0, PlanPartnerModel::OptimalColumn);
        QCOMPARE(first.data(PlanSortRole).toDouble(), core.result.plan.partners[0].allocation);
    }

    void workedAllocationAsTheUserSeesIt() {
        // docs/plan.md by hand: t = 1/3, x = 50,000·(2 − 1/3) = 83,333 and 100,000·(1 − 1/3)
        // = 66,667, P3 unfunded; returns 299,672.2 + 132,266.9 = 431,939; λ = e^(1/3) = 1.40.
        Fixture f(workedPortfolio());
        QVERIFY(f.run() && f.run()->ok());
        const QLocale l;
        const QString totals = f.page->totalsLabel()->text();
        QVERIFY2(totals.contains(QStringLiteral("Budget %1 EUR: %1 allocated, expected return %2 "
                                                "EUR a year.")
                                     .arg(l.toString(150000), l.toString(431939))),
                 qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("One more EUR of budget would return %1.")
                                     .arg(l.toString(1.40, 'f', 2))),
                 qPrintable(totals));
        PlanPartnerModel *model = f.page->partnerModel();
        QCOMPARE(cellText(model, 0, PlanPartnerModel::OptimalColumn), l.toString(83333));
        QCOMPARE(cellText(model, 1, PlanPartnerModel::OptimalColumn), l.toString(66667));
        QCOMPARE(cellText(model, 2, PlanPartnerModel::OptimalColumn), l.toString(0));
        QCOMPARE(cellText(model, 0, PlanPartnerModel::ExpectedColumn), l.toString(299672));
        QCOMPARE(cellText(model, 1, PlanPartnerModel::ExpectedColumn), l.toString(132267));
        // Funded marginals equal the shadow price; P3's first unit returns 1 < 1.40.
        QCOMPARE(cellText(model, 0, PlanPartnerModel::MarginalColumn), l.toString(1.40, 'f', 2));
        QCOMPARE(cellText(model, 1, PlanPartnerModel::MarginalColumn), l.toString(1.40, 'f', 2));
        QCOMPARE(cellText(model, 2, PlanPartnerModel::MarginalColumn), l.toString(1.00, 'f', 2));
        QCOMPARE(cellText(model, 0, PlanPartnerModel::BindingColumn), QStringLiteral("Optimum"));
        QCOMPARE(cellText(model, 2, PlanPartnerModel::BindingColumn),
                 QStringLiteral("Not worth funding"));
        // The chart by model: reseller 83,333, ISV 66,667.
        double reseller = -1, isv = -1;
        for (const plan::PlanTotal &t : f.page->charts()->breakdown().segments) {
            if (t.name == label(PartnerModel::Reseller))
                reseller = t.plan;
            if (t.name == label(PartnerModel::Isv))
                isv = t.plan;
        }
        QVERIFY(std::abs(reseller - 250000.0 / 3) < 0.01);
        QVERIFY(std::abs(isv - 200000.0 / 3) < 0.01);

        // Edited by hand to (100,000, 30,000, 20,000), typed in the table: three undo steps;
        // docs/plan.md's "Comparing plans" gives 402,548 and 29,391 left on the table, P3's
        // 15,270 the largest share of it.
        const int steps = f.doc.undoStack()->count();
        for (const auto &[row, amount] :
             {std::pair<int, double>{0, 100000}, {1, 30000}, {2, 20000}})
            QVERIFY(model->setData(model->index(row, PlanPartnerModel::EditedColumn), amount));
        f.idle();
        QCOMPARE(f.doc.undoStack()->count(), steps + 3);
        QCOMPARE(cellText(model, 0, PlanPartnerModel::EditedColumn), l.toString(100000));
        const QString summary = f.page->comparison()->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("The edited plan leaves %1 EUR on the table.")
                                      .arg(l.toString(29391))),
                 qPrintable(summary));
        QTableWidget *totalsTable = f.page->comparison()->totals();
        QCOMPARE(totalsTable->item(2, 0)->text(), QStringLiteral("Edited plan"));
        QCOMPARE(totalsTable->item(2, 2)->text(), l.toString(402548) + QStringLiteral(" EUR"));
        QCOMPARE(f.page->comparison()->moves()->item(0, 0)->text(), QStringLiteral("P3"));
        QCOMPARE(f.page->comparison()->moves()->item(0, 5)->text(), l.toString(15270));
        // Undo all three: the edited plan follows the optimum again.
        for (int i = 0; i < 3; ++i)
            f.doc.undoStack()->undo();
        f.idle();
        QVERIFY(f.page->comparison()->summary()->text().contains(
            QLatin1String("The edited plan follows the optimum.")));
        QCOMPARE(cellText(model, 0, PlanPartnerModel::EditedColumn), l.toString(83333));

        // P2 capped at 60,000 typed in its Maximum cell and P3's contract minimum of 5,000:
        // P1 takes 85,000, 429,030 in all, λ = e^0.3 = 1.35.
        QVERIFY(model->setData(model->index(1, PlanPartnerModel::MaximumColumn), 60000.0));
        QVERIFY(model->setData(model->index(2, PlanPartnerModel::MinimumColumn), 5000.0));
        f.idle();
        QCOMPARE(cellText(model, 0, PlanPartnerModel::OptimalColumn), l.toString(85000));
        QCOMPARE(cellText(model, 1, PlanPartnerModel::BindingColumn), QStringLiteral("At its cap"));
        QCOMPARE(cellText(model, 2, PlanPartnerModel::BindingColumn),
                 QStringLiteral("At its floor"));
        QVERIFY2(f.page->totalsLabel()->text().contains(l.toString(429030)),
                 qPrintable(f.page->totalsLabel()->text()));
        QVERIFY(f.page->totalsLabel()->text().contains(l.toString(1.35, 'f', 2)));
    }

    void movingTheBudgetReplansAndUndoes() {
        Fixture f;
        QSignalSpy replanned(f.page->controller(), &PlanController::planChanged);
        f.page->constraints()->budgetBox()->setValue(1800000);
        QTRY_VERIFY(!replanned.isEmpty());
        f.idle();
        QCOMPARE(f.run()->result.plan.budget, 1800000.0);
        QVERIFY(std::abs(f.run()->result.plan.allocated - 1800000.0) < 1.0);
        QCOMPARE(f.run()->result.plan.expectedTotal, f.corePlan().result.plan.expectedTotal);
        QVERIFY(f.page->controller()->lastLatencyMs() >= 0);
        f.doc.undoStack()->undo();
        f.idle();
        QCOMPARE(f.run()->result.plan.budget, 2400000.0);
        QCOMPARE(f.page->constraints()->budgetBox()->value(), 2400000.0);
    }

    void aSliderDragIsOneUndoStep() {
        Fixture f;
        const int before = f.doc.undoStack()->count();
        QSlider *slider = f.page->constraints()->budgetSlider();
        slider->setSliderDown(true);
        for (int step = 0; step < 12; ++step)
            slider->setValue(slider->value() - 15);
        slider->setSliderDown(false);
        f.idle();
        QCOMPARE(f.doc.undoStack()->count(), before + 1);
        const double dragged = f.run()->result.plan.budget;
        QVERIFY(dragged < 2400000.0);
        QCOMPARE(f.page->constraints()->budgetBox()->value(), dragged);
        f.doc.undoStack()->undo();
        f.idle();
        QCOMPARE(f.run()->result.plan.budget, 2400000.0);
    }

    void policyAndGroupsReachThePlan() {
        Fixture f;
        // Maintained partners held at today's spend.
        QComboBox *maintain = f.page->constraints()->policyBox(Quadrant::Maintain);
        maintain->setCurrentIndex(maintain->findData(toKey(PlanPolicy::HoldCurrent)));
        Q_EMIT maintain->activated(maintain->currentIndex());
        f.idle();
        QCOMPARE(f.page->controller()->settings().policies[size_t(Quadrant::Maintain)],
                 PlanPolicy::HoldCurrent);
        const std::shared_ptr<const plan::PlanRun> current = f.run();
        const plan::PlanRun &run = *current;
        QVERIFY2(run.ok(), qPrintable(run.error()));
        int held = 0;
        for (size_t i = 0; i < run.problem.partners.size(); ++i) {
            const plan::PlanPartner &p = run.problem.partners[i];
            if (p.quadrant == Quadrant::Maintain && !p.exited && !p.fixed) {
                QCOMPARE(run.result.plan.partners[i].allocation, p.currentSpend);
                ++held;
            }
        }
        QVERIFY(held > 0);
        // Held at today's spend, the Invest quadrant cannot meet the demo's share for systems
        // integrators: the page says which constraints conflict and shows no partial plan.
        QComboBox *invest = f.page->constraints()->policyBox(Quadrant::Invest);
        invest->setCurrentIndex(invest->findData(toKey(PlanPolicy::HoldCurrent)));
        Q_EMIT invest->activated(invest->currentIndex());
        f.idle();
        QVERIFY(!f.run()->ok());
        QVERIFY(f.page->totalsLabel()->text().contains(QLatin1String("No plan")));
        QVERIFY(f.page->charts()->breakdown().partners.empty());
        QVERIFY(f.page->comparison()->summary()->text().contains(
            QLatin1String("Group \"Systems integrator\" needs at least")));
        f.doc.undoStack()->undo();
        f.idle();
        QVERIFY(f.run()->ok());
        // A group of all partners with a share: a group row, one undo step.
        const int steps = f.doc.undoStack()->index();
        QVERIFY(f.page->constraints()->addGroup({}));
        QCOMPARE(f.page->constraints()->groupTable()->rowCount(), 2);
        QCOMPARE(f.doc.undoStack()->index(), steps + 1);
        QCOMPARE(f.page->constraints()->groupTable()->item(1, 0)->text(),
                 QStringLiteral("All partners"));
    }

    void editedPlanLeavesValueOnTheTable() {
        Fixture f;
        PlanPartnerModel *model = f.page->partnerModel();
        // Give the first optimized partner nothing in the edited plan.
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (f.run()->result.plan.partners[size_t(r)].binding == plan::Binding::None &&
                f.run()->result.plan.partners[size_t(r)].allocation > 0) {
                row = r;
                break;
            }
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, PlanPartnerModel::EditedColumn), 0.0));
        f.idle();
        QCOMPARE(f.run()->edited[size_t(row)], 0.0);
        QVERIFY(f.run()->comparison.valueLeft > 0.0);
        QVERIFY(f.page->comparison()->summary()->text().contains(QLatin1String("leaves")));
        QCOMPARE(f.page->comparison()->moves()->item(0, 0)->text(),
                 f.run()->problem.partners[size_t(row)].name);
        // Clearing the cell follows the optimum again; undo brings the edit back.
        QVERIFY(model->setData(model->index(row, PlanPartnerModel::EditedColumn), QVariant()));
        f.idle();
        QVERIFY(std::abs(f.run()->comparison.valueLeft) < 1e-6);
        f.doc.undoStack()->undo();
        f.idle();
        QVERIFY(f.run()->comparison.valueLeft > 0.0);
        QVERIFY(f.page->clearEdits());
        f.idle();
        QVERIFY(!f.page->controller()->settings().hasEdits());
    }

    void impossibleConstraintsSayWhy() {
        Fixture f;
        f.page->constraints()->minimumBox()->setValue(200000);
        f.idle();
        QVERIFY(!f.run()->ok());
        QVERIFY(f.page->totalsLabel()->text().contains(QLatin1String("No plan")));
        QVERIFY(f.page->charts()->breakdown().partners.empty());
        // The sentence names the conflict: floors above the budget.
        const QList<QLabel *> labels = f.page->findChildren<QLabel *>();
        bool named = false;
        for (QLabel *label : labels)
            named = named || (label->isVisible() &&
                              label->text().contains(QLatin1String("floors add up to")));
        QVERIFY(named);
        f.doc.undoStack()->undo();
        f.idle();
        QVERIFY(f.run()->ok());
    }

    void forecastRunsAndCancels() {
        Fixture f;
        PlanController *c = f.page->controller();
        QSignalSpy finished(c, &PlanController::forecastFinished);
        c->startForecast(2000);
        QVERIFY(c->isForecasting());
        QVERIFY(f.page->forecastProgress()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(c->forecast().ok());
        QVERIFY(c->forecast().p10 < c->forecast().p90);
        QVERIFY(f.page->forecastLabel()->text().contains(QLatin1String("P50")));
        // Payback probabilities reach the table.
        const QModelIndex payback =
            f.page->partnerModel()->index(0, PlanPartnerModel::PaybackColumn);
        QVERIFY(payback.data().toString().endsWith(QLatin1Char('%')));

        // A long forecast on a larger portfolio, cancelled from the button while it runs.
        Fixture big(generatePortfolio(3000, 20, 7));
        PlanController *bc = big.page->controller();
        QSignalSpy progress(bc, &PlanController::forecastProgress);
        QSignalSpy done(bc, &PlanController::forecastFinished);
        bc->startForecast(1000000);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
        QCOMPARE(big.page->forecastButton()->text(), QStringLiteral("Cancel forecas&t"));
        big.page->forecastButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QVERIFY(bc->forecast().cancelled);
        QVERIFY(!bc->isForecasting());
        QVERIFY(big.page->forecastLabel()->text().contains(QLatin1String("cancelled")));
        QCOMPARE(big.page->forecastButton()->text(), QStringLiteral("Run forecas&t"));
    }

    void capacityFromTheTarget() {
        Fixture f;
        PlanCapacityView *capacity = f.page->capacity();
        QCOMPARE(capacity->targetBox()->value(), 5000000.0); // the demo's FY2027 target
        QVERIFY(f.page->controller()->capacity().ok());
        QVERIFY(capacity->needs()->rowCount() > 0);
        capacity->targetBox()->setValue(0);
        f.idle();
        QVERIFY(!f.page->controller()->capacity().ok());
        QCOMPARE(capacity->needs()->rowCount(), 0);
    }

    void investmentHistoryEditsWithUndo() {
        Document doc;
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        PartnerSelection selection;
        EconomicsPage page(&doc, &selection);
        LogEditor *log = page.investmentLog();
        QAbstractItemModelTester tester(log->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const size_t before = doc.portfolio()->investments().size();
        QCOMPARE(log->model()->rowCount(), int(before));
        const Id id = log->addRow();
        QVERIFY(id != 0);
        QCOMPARE(doc.portfolio()->investments().size(), before + 1);
        const int row = doc.portfolio()->rowOf<InvestmentPeriod>(id);
        QVERIFY(log->model()->setData(log->model()->index(row, InvestmentLogModel::MdfColumn),
                                      12500.0));
        QCOMPARE(doc.portfolio()->find<InvestmentPeriod>(id)->amount.mdf, 12500.0);
        QCOMPARE(log->model()->index(row, InvestmentLogModel::TotalColumn).data(Qt::EditRole),
                 QVariant(12500.0));
        QVERIFY(!log->model()->setData(log->model()->index(row, InvestmentLogModel::MdfColumn),
                                       -1.0)); // refused
        doc.undoStack()->undo();
        QCOMPARE(doc.portfolio()->find<InvestmentPeriod>(id)->amount.mdf, 0.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.portfolio()->investments().size(), before);
    }

    void workshopStepMovesTheBudget() {
        Document doc;
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        PlanStep step(&doc);
        step.controller()->setAutoForecastLimit(0);
        step.resize(1920, 1000);
        step.show();
        QVERIFY(step.controller()->waitForIdle(60000));
        QVERIFY(step.headline()->text().contains(QLatin1String("2,400,000")) ||
                step.headline()->text().contains(QLatin1String("2400000")));
        const int steps = doc.undoStack()->count();
        QVERIFY(step.stepBudget(+1));
        QVERIFY(step.stepBudget(+1)); // merges with the first
        QVERIFY(step.controller()->waitForIdle(60000));
        QCOMPARE(step.controller()->run()->result.plan.budget, 2904000.0);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        // Names on the projector are 18 pt or more.
        const QList<QCPAxisRect *> rects = step.charts()->plot()->axisRects();
        QCOMPARE(rects.size(), 3); // by partner, by model, by program kind
        for (QCPAxisRect *rect : rects)
            QVERIFY(rect->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF() >= 18);
        doc.undoStack()->undo();
        QVERIFY(step.controller()->waitForIdle(60000));
        QCOMPARE(step.controller()->run()->result.plan.budget, 2400000.0);
    }

    void pageSitsInTheMainWindowAndFits_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void pageSitsInTheMainWindowAndFits() {
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(window.openDemo());
        // View > Plan, Ctrl+8, opens the page.
        QAction *view = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("Plan"))
                view = action;
        QVERIFY(view);
        QCOMPARE(view->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
        view->trigger();
        QCOMPARE(window.planPage(), qobject_cast<PlanPage *>(window.planPage()));
        QVERIFY(window.planPage()->isVisible());
        QVERIFY(window.planPage()->controller()->waitForIdle(60000));
        // Every Alt+letter on every tab of the page reaches one control (menus included).
        for (int tab = 0; tab < window.planPage()->tabs()->count(); ++tab) {
            window.planPage()->tabs()->setCurrentIndex(tab);
            const QMultiMap<QChar, QString> claims = mnemonics(window, window.planPage());
            for (const QChar c : claims.uniqueKeys())
                QVERIFY2(
                    claims.count(c) == 1,
                    qPrintable(QStringLiteral("Alt+%1: %2")
                                   .arg(c)
                                   .arg(QStringList(claims.values(c)).join(QLatin1String(", ")))));
        }
        window.planPage()->tabs()->setCurrentIndex(0);
        // Nothing needs more room than the window gives it.
        const QSize need = window.planPage()->minimumSizeHint();
        QVERIFY2(need.width() <= window.planPage()->width() &&
                     need.height() <= window.planPage()->height(),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(need.width())
                                .arg(need.height())
                                .arg(window.planPage()->width())
                                .arg(window.planPage()->height())));
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
