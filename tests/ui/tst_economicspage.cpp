// SPDX-License-Identifier: GPL-3.0-or-later
// The Economics page as a channel leader drives it on the demo: the distraction deal and the
// royalty that breaks at scale are flagged, editing the volume curve re-plots and flips the
// banner, "Apply to deal" is one undo step, the logs add and delete with undo, and the
// attention list selects a partner. The page sits in the main window after Segments.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/economics/attentionlist.h"
#include "ui/economics/economicsdashboard.h"
#include "ui/economics/economicspage.h"
#include "ui/economics/impactview.h"
#include "ui/economics/logeditor.h"
#include "ui/economics/oemassessmentview.h"
#include "ui/economics/royaltypanel.h"
#include "ui/economics/royaltysimulator.h"
#include "ui/economics/termsheeteditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/logmodels.h"
#include "ui/partners/partnerimpactpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace ps;

namespace {

struct Fixture {
    Document doc;
    PartnerSelection selection;
    std::unique_ptr<EconomicsPage> page;
    Fixture() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        page = std::make_unique<EconomicsPage>(&doc, &selection);
        page->resize(1400, 900);
        page->show();
    }
    const OemDeal *dealNamed(const QString &part) const {
        for (const OemDeal &d : doc.portfolio()->oemDeals())
            if (d.name.contains(part))
                return &d;
        return nullptr;
    }
    /// Revenue per year as the simulator's chart holds it (the first bars of the plot).
    static std::vector<double> plottedRevenue(QCustomPlot *plot) {
        std::vector<double> values;
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(0));
        if (!bars)
            return values;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            values.push_back(it->value);
        return values;
    }
};

int rowWith(QTableWidget *table, int column, const QString &text) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text().contains(text))
            return row;
    return -1;
}

} // namespace

class TestEconomicsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoShowsTheDistractionAndTheBreakAtScale() {
        Fixture f;
        QTableWidget *table = f.page->oemView()->table();
        QCOMPARE(table->rowCount(), int(f.doc.portfolio()->oemDeals().size()));
        const int distraction =
            rowWith(table, OemAssessmentView::ConditionsColumn, QStringLiteral("distraction"));
        QVERIFY(distraction >= 0);
        QVERIFY(table->item(distraction, OemAssessmentView::ConditionsColumn)
                    ->text()
                    .startsWith(QStringLiteral("2 of 4")));
        QVERIFY(rowWith(table, OemAssessmentView::ScaleColumn, QStringLiteral("Breaks at scale")) >=
                0);
        QVERIFY(rowWith(table, OemAssessmentView::ScaleColumn, QStringLiteral("Holds at scale")) >=
                0);

        // Selecting the distraction deal shows its checklist: every mode listed, some ticked,
        // each with its explanation as tooltip; the scoreboard chart follows the deal.
        table->setCurrentCell(distraction, OemAssessmentView::DealColumn);
        QListWidget *checks = f.page->oemView()->checklist();
        QCOMPARE(checks->count(), 6);
        int ticked = 0;
        for (int i = 0; i < checks->count(); ++i) {
            QVERIFY(!checks->item(i)->toolTip().isEmpty());
            ticked += checks->item(i)->checkState() == Qt::Checked;
        }
        const OemAssessment &a = f.page->assessments()[size_t(distraction)];
        QCOMPARE(ticked, int(a.failureModes.size()));
        QVERIFY(ticked > 0);
        QCOMPARE(f.page->simulator()->current()->sourceDeal(), a.dealId);

        // The dashboard shows every card and both charts.
        EconomicsDashboard *dash = f.page->dashboard();
        for (const char *key : {"active_rate", "days_to_first", "retention", "pipeline_share",
                                "hhi", "win_rate", "deal_size"})
            QVERIFY2(!dash->cardValue(QLatin1String(key)).isEmpty(), key);
        QVERIFY(dash->cardValue(QStringLiteral("active_rate")).contains(QLatin1Char('%')));
        QVERIFY(dash->roiPlot()->plottableCount() > 0);
        QVERIFY(dash->winRatePlot()->plottableCount() == 2);
        QCOMPARE(dash->oemTable()->rowCount(), table->rowCount());
    }

    void editingTheVolumeCurveChangesTheChartAndTheBanner() {
        Fixture f;
        const OemDeal *solano = f.dealNamed(QStringLiteral("Solano"));
        QVERIFY(solano);
        f.page->oemView()->setCurrentDeal(solano->id);
        RoyaltyPanel *panel = f.page->simulator()->alternative();
        QCOMPARE(panel->sourceDeal(), solano->id);
        QVERIFY(panel->result().breaksAtScale);
        QVERIFY(panel->banner()->text().startsWith(QStringLiteral("Breaks at scale")));
        const std::vector<double> before = Fixture::plottedRevenue(panel->plot());
        QCOMPARE(before.size(), solano->volumes.size());

        // Pilot volumes stay inside the first tier (3.20 per unit, cost 2.60): 0.60 per unit.
        QLineEdit *volumes = panel->editor()->volumesEdit();
        volumes->selectAll();
        QTest::keyClicks(volumes, QStringLiteral("10000; 20000; 30000"));
        QVERIFY(!panel->result().breaksAtScale);
        QVERIFY(panel->banner()->text().startsWith(QStringLiteral("Holds at scale")));
        const std::vector<double> after = Fixture::plottedRevenue(panel->plot());
        QCOMPARE(after.size(), size_t(3));
        // Year 1 carries the 180,000 setup fee; years 2 and 3 are units x 3.20.
        QCOMPARE(after[0], 10000 * 3.20 + 180000);
        QCOMPARE(after[1], 20000 * 3.20);
        QCOMPARE(after[2], 30000 * 3.20);
        QVERIFY(after != before);
        QCOMPARE(panel->yearTable()->rowCount(), 3);
        // Term sheet A still shows the deal as it stands, side by side.
        QVERIFY(f.page->simulator()->current()->result().breaksAtScale);
        QVERIFY(panel->isEdited());
        QVERIFY(!f.page->simulator()->current()->isEdited());
    }

    void applyToDealIsOneUndoStep() {
        Fixture f;
        const OemDeal *solano = f.dealNamed(QStringLiteral("Solano"));
        QVERIFY(solano);
        const Id id = solano->id;
        const double oldCost = solano->costPerUnit;
        f.page->oemView()->setCurrentDeal(id);
        RoyaltyPanel *panel = f.page->simulator()->alternative();
        QVERIFY(!panel->applyButton()->isEnabled());
        panel->editor()->costSpin()->setValue(1.50);
        QVERIFY(panel->applyButton()->isEnabled());
        QUndoStack *undo = f.doc.undoStack();
        const int steps = undo->count();
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(f.doc.portfolio()->find<OemDeal>(id)->costPerUnit, 1.50);
        QVERIFY(!panel->isEdited());
        // Term sheet A follows the deal it shows.
        QCOMPARE(f.page->simulator()->current()->terms().costPerUnit, 1.50);
        f.page->refreshNow();
        const int row = rowWith(f.page->oemView()->table(), OemAssessmentView::DealColumn,
                                QStringLiteral("Solano"));
        QCOMPARE(f.page->oemView()->table()->item(row, OemAssessmentView::ScaleColumn)->text(),
                 QStringLiteral("Holds at scale"));

        undo->undo();
        QCOMPARE(f.doc.portfolio()->find<OemDeal>(id)->costPerUnit, oldCost);
        QCOMPARE(panel->terms().costPerUnit, oldCost);
        QVERIFY(panel->result().breaksAtScale);
    }

    void activityAddAndDeleteAreUndoable() {
        Fixture f;
        f.page->tabs()->setCurrentIndex(EconomicsPage::LogsTab);
        LogEditor *log = f.page->activityLog();
        QAbstractItemModelTester tester(log->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const size_t count = f.doc.portfolio()->activities().size();
        QUndoStack *undo = f.doc.undoStack();
        const int steps = undo->count();
        const Id added = log->addRow();
        QVERIFY(added != 0);
        QCOMPARE(f.doc.portfolio()->activities().size(), count + 1);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(log->selectedIds(), QList<Id>{added});

        // Inline edit of the new row's kind: one more step.
        const int row = f.doc.portfolio()->rowOf<Activity>(added);
        QVERIFY(log->model()->setData(log->model()->index(row, ActivityLogModel::KindColumn),
                                      toKey(ActivityKind::Training)));
        QCOMPARE(f.doc.portfolio()->find<Activity>(added)->kind, ActivityKind::Training);
        QCOMPARE(undo->count(), steps + 2);

        QVERIFY(log->removeSelected());
        QCOMPARE(f.doc.portfolio()->activities().size(), count);
        undo->undo();
        QCOMPARE(f.doc.portfolio()->activities().size(), count + 1);
        QVERIFY(f.doc.portfolio()->find<Activity>(added));
        undo->undo();
        undo->undo();
        QCOMPARE(f.doc.portfolio()->activities().size(), count);
        QVERIFY(!f.doc.portfolio()->find<Activity>(added));
    }

    void dealLogEditsInlineAndFeedsTheDashboard() {
        Fixture f;
        LogEditor *log = f.page->dealLog();
        QAbstractItemModelTester tester(log->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Id added = log->addRow();
        QVERIFY(added != 0);
        const int row = f.doc.portfolio()->rowOf<Deal>(added);
        QAbstractItemModel *model = log->model();
        QVERIFY(model->setData(model->index(row, DealLogModel::AmountColumn), 900000.0));
        QVERIFY(!model->setData(model->index(row, DealLogModel::AmountColumn), -5.0));
        QVERIFY(model->setData(model->index(row, DealLogModel::OutcomeColumn),
                               toKey(DealOutcome::Won)));
        const Deal *deal = f.doc.portfolio()->find<Deal>(added);
        QCOMPARE(deal->outcome, DealOutcome::Won);
        QVERIFY(deal->closedOn.isValid());
        QCOMPARE(model->data(model->index(row, DealLogModel::PartnerColumn)).toString(),
                 QStringLiteral("Direct"));
        QVERIFY(!(model->flags(model->index(row, DealLogModel::CrmColumn)) & Qt::ItemIsEditable));
        // A won direct deal moves the direct average deal size on the dashboard.
        const QString before = f.page->dashboard()->cardValue(QStringLiteral("deal_size"));
        f.page->refreshNow();
        QVERIFY(f.page->dashboard()->cardValue(QStringLiteral("deal_size")) != before);
    }

    void attentionListSelectsAPartner() {
        Fixture f;
        QTreeWidget *tree = f.page->attention()->tree();
        QVERIFY(tree->topLevelItemCount() > 0);
        int row = -1;
        for (int i = 0; i < tree->topLevelItemCount() && row < 0; ++i)
            if (tree->topLevelItem(i)->text(1).contains(QStringLiteral("Solano")))
                row = i;
        QVERIFY2(row >= 0, "the distraction deal's partner needs attention");
        QVERIFY(!tree->topLevelItem(row)->text(2).isEmpty());
        QTreeWidgetItem *item = tree->topLevelItem(row);
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(f.selection.ids().size(), 1);
        const Partner *partner = f.doc.portfolio()->find<Partner>(f.selection.current());
        QVERIFY(partner);
        QVERIFY(partner->name.contains(QStringLiteral("Solano")));
    }

    // At 1366x768 the attention list has a tab of its own: the reason ("Why") column is in sight
    // with room, and no title or partner name is cut.
    void attentionTabShowsTheReasonAt1366() {
        MainWindow window;
        window.prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
        QVERIFY(window.openDemo());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1366, 768));
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Economics"))
                a->trigger();
        EconomicsPage *page = window.economicsPage();
        QVERIFY(page && page->isVisible());
        page->refreshNow();
        QTabWidget *tabs = page->tabs();
        QCOMPARE(tabs->widget(EconomicsPage::AttentionTab), page->attention());
        tabs->setCurrentIndex(EconomicsPage::AttentionTab);
        QTreeWidget *tree = page->attention()->tree();
        QTRY_VERIFY(tree->isVisible());
        QVERIFY(tree->topLevelItemCount() > 10);
        const int count = tree->topLevelItemCount();
        QVERIFY2(tabs->tabText(EconomicsPage::AttentionTab).contains(QString::number(count)),
                 qPrintable(tabs->tabText(EconomicsPage::AttentionTab)));
        QHeaderView *header = tree->header();
        const int viewport = tree->viewport()->width();
        QVERIFY2(viewport > 1000, qPrintable(QString::number(viewport)));
        const int whyLeft = header->sectionViewportPosition(2);
        QVERIFY2(whyLeft >= 0 && whyLeft + header->sectionSize(2) <= viewport + 1,
                 qPrintable(QStringLiteral("%1 + %2 > %3")
                                .arg(whyLeft)
                                .arg(header->sectionSize(2))
                                .arg(viewport)));
        QVERIFY2(header->sectionSize(2) * 3 >= viewport,
                 qPrintable(QString::number(header->sectionSize(2))));
        // What and Partner are as wide as their widest cell needs (the delegate's size hint).
        QStyleOptionViewItem option;
        option.initFrom(tree);
        option.font = tree->font();
        option.decorationSize = tree->iconSize().isValid()
                                    ? tree->iconSize()
                                    : QSize(tree->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                            tree->style()->pixelMetric(QStyle::PM_SmallIconSize));
        for (int row = 0; row < count; ++row)
            for (int column = 0; column < 2; ++column) {
                const QModelIndex index = tree->model()->index(row, column);
                const int needed = tree->itemDelegate()->sizeHint(option, index).width();
                QVERIFY2(header->sectionSize(column) >= needed,
                         qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                        .arg(index.data().toString())
                                        .arg(needed)
                                        .arg(header->sectionSize(column))));
            }
    }

    // The royalty table lists every year of the terms, all in sight at 1366x768 (the year the
    // terms break is often the last).
    void royaltyTableShowsEveryYearAt1366() {
        MainWindow window;
        window.prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
        QVERIFY(window.openDemo());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1366, 768));
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Economics"))
                a->trigger();
        EconomicsPage *page = window.economicsPage();
        QVERIFY(page);
        page->tabs()->setCurrentIndex(EconomicsPage::SimulatorTab);
        RoyaltyPanel *panel = page->simulator()->current();
        size_t longest = 0;
        for (const OemDeal &deal : window.document()->portfolio()->oemDeals()) {
            panel->setSourceDeal(deal.id);
            QTest::qWait(10);
            QTableWidget *years = panel->yearTable();
            QCOMPARE(years->rowCount(), int(deal.volumes.size()));
            const int last = years->rowCount() - 1;
            QVERIFY(years->isVisible());
            QVERIFY2(
                years->rowViewportPosition(last) + years->rowHeight(last) <=
                    years->viewport()->height(),
                qPrintable(
                    QStringLiteral("%1: year %2 is out of sight").arg(deal.name).arg(last + 1)));
            longest = std::max(longest, deal.volumes.size());
            // Every column header whole ("Margin per unit").
            QHeaderView *header = years->horizontalHeader();
            for (int column = 0; column < years->columnCount(); ++column)
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(years->horizontalHeaderItem(column)->text()));
        }
        QVERIFY(longest >= 5);
    }

    void pageSitsAfterSegmentsWithCtrl7() {
        MainWindow window;
        QVERIFY(window.openDemo());
        QVERIFY(window.economicsPage());
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Economics"))
                action = a;
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
        action->trigger();
        QVERIFY(window.economicsPage()->isVisibleTo(&window));
    }

    void dealPartnersAreEditedAsOneStep() {
        Fixture f;
        LogEditor *log = f.page->dealLog();
        const Id added = log->addRow(); // selects the new deal
        QVERIFY(added != 0);
        const Id first = f.doc.portfolio()->partners()[0].id;
        const Id second = f.doc.portfolio()->partners()[1].id;
        log->setPartnersPrompt([&](QWidget *, const Deal &deal) {
            [&] { QCOMPARE(deal.id, added); }();
            return std::optional<std::vector<DealPartner>>(
                {{first, Attribution::Sourced, QStringLiteral("Distributor")},
                 {second, Attribution::Influenced, QString()}});
        });
        const int steps = f.doc.undoStack()->count();
        QVERIFY(log->editPartners());
        QCOMPARE(f.doc.undoStack()->count(), steps + 1);
        const Deal *deal = f.doc.portfolio()->find<Deal>(added);
        QCOMPARE(deal->partners.size(), size_t(2));
        QAbstractItemModel *model = log->model();
        const int row = f.doc.portfolio()->rowOf<Deal>(added);
        const QString text = model->data(model->index(row, DealLogModel::PartnerColumn)).toString();
        QVERIFY2(
            text.contains(f.doc.portfolio()->partners()[0].name + QStringLiteral(" (sourced)")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(influenced)")));
        f.doc.undoStack()->undo();
        QVERIFY(f.doc.portfolio()->find<Deal>(added)->partners.empty());
        // A cancelled prompt changes nothing.
        log->setPartnersPrompt(
            [](QWidget *, const Deal &) { return std::optional<std::vector<DealPartner>>(); });
        QVERIFY(!log->editPartners());
    }

    void impactTabComparesWithAndWithoutPartners() {
        Fixture f;
        f.page->refreshNow();
        ImpactView *view = f.page->impactView();
        QCOMPARE(view->minimumSpin()->value(), 10);
        QVERIFY2(view->summaryLabel()->text().contains(QStringLiteral("90% interval")),
                 qPrintable(view->summaryLabel()->text()));
        QTableWidget *table = view->table();
        QVERIFY(table->rowCount() > 10);
        // Partners with few deals say so instead of a rate.
        QVERIFY(rowWith(table, ImpactView::WinRateColumn, QStringLiteral("not enough deals")) >= 0);
        // The charts draw one group per model with deals.
        QVERIFY(view->winRatePlot()->plottableCount() == 2);
        QVERIFY(view->cyclePlot()->plottableCount() == 2);
        view->setGroup(ImpactView::Group::Models);
        QCOMPARE(table->rowCount(), int(f.page->impact().models.size()));

        // Lowering the minimum is one undo step and shows more rates.
        view->setGroup(ImpactView::Group::Partners);
        const int withheldBefore = [&] {
            int n = 0;
            for (int r = 0; r < table->rowCount(); ++r)
                n += table->item(r, ImpactView::WinRateColumn)->text() == "not enough deals";
            return n;
        }();
        view->minimumSpin()->setValue(3);
        QCOMPARE(f.doc.portfolio()->info().minClosedDeals, 3);
        f.page->refreshNow();
        int withheldAfter = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            withheldAfter +=
                table->item(r, ImpactView::WinRateColumn)->text() == "not enough deals";
        QVERIFY2(withheldAfter < withheldBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(withheldBefore).arg(withheldAfter)));
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->info().minClosedDeals, 10);
    }

    void partnerDetailShowsItsImpact() {
        Fixture f;
        PartnerImpactPanel panel(&f.doc);
        panel.resize(700, 500);
        panel.show();
        const PartnerImpact impact = computePartnerImpact(f.doc.portfolio()->data());
        const ImpactRow *rich = nullptr;
        const ImpactRow *poor = nullptr;
        for (const ImpactRow &r : impact.partners) {
            if (!rich && r.with.enough)
                rich = &r;
            if (!poor && r.with.deals > 0 && !r.with.enough)
                poor = &r;
        }
        QVERIFY(rich && poor);
        panel.setPartner(rich->id);
        QTableWidget *t = panel.table();
        QCOMPARE(t->item(PartnerImpactPanel::DealsRow, 0)->text(),
                 QLocale().toString(rich->with.deals));
        QCOMPARE(t->item(PartnerImpactPanel::WinRateRow, 0)->text(),
                 tr("%1 %").arg(QLocale().toString(*rich->with.winRate * 100.0, 'f', 0)));
        QCOMPARE(t->item(PartnerImpactPanel::WinRateRow, 1)->text(),
                 tr("%1 %").arg(QLocale().toString(*impact.direct.winRate * 100.0, 'f', 0)));
        QVERIFY2(panel.differenceLabel()->text().contains(QStringLiteral("90% interval")),
                 qPrintable(panel.differenceLabel()->text()));
        QVERIFY(panel.crmLabel()->text().contains(QStringLiteral("Salesforce 001")));
        panel.setPartner(poor->id);
        QCOMPARE(t->item(PartnerImpactPanel::WinRateRow, 0)->text(), tr("not enough deals"));
        QVERIFY(t->item(PartnerImpactPanel::WinRateRow, 0)->toolTip().contains(tr("closed")));
        QVERIFY(panel.differenceLabel()->text().contains(tr("not enough deals")));
        // The attributed revenue of its won deals is its share, as the core computes it.
        QCOMPARE(t->item(PartnerImpactPanel::AttributedRow, 0)->text(),
                 QStringLiteral("%1 %2").arg(
                     f.doc.portfolio()->info().currency,
                     QLocale().toString(poor->with.attributedWonRevenue, 'f', 0)));
    }
};

QTEST_MAIN(TestEconomicsPage)
#include "tst_economicspage.moc"
