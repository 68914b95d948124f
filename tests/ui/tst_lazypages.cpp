// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: opening a large portfolio builds only the page on screen; the influence map, the
// matrix, the segments and the economics page catch up when they are shown, with the same data
// they would have shown had they been built at once, edits made meanwhile included. Stability
// comes from a worker thread and equals ps::stability on the same scores.
#include "core/analytics/coverage.h"
#include "core/analytics/segmenting.h"
#include "core/economics/programmetrics.h"
#include "core/generate/generator.h"
#include "core/scoring/profiles.h"
#include "core/scoring/scoring.h"
#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/economics/attentionlist.h"
#include "ui/economics/economicspage.h"
#include "ui/economics/logeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/map/heatmapview.h"
#include "ui/map/influencemapview.h"
#include "ui/map/mappage.h"
#include "ui/matrix/matrixpage.h"
#include "ui/matrix/matrixview.h"
#include "ui/models/logmodels.h"
#include "ui/segments/segmentspage.h"
#include "ui/undo/edits.h"
#include "ui/undo/edits_scenario.h"

#include <QGraphicsScene>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

enum Page { PortfolioIndex, MapPageIndex = 3, MatrixPageIndex, SegmentsPageIndex, EconomicsIndex };

PortfolioData portfolio() {
    PortfolioData data = generatePortfolio(1500, 12, 7);
    ensureScenario(data);
    return data;
}

/// The attention list as the core computes it, for comparison with the rows shown.
QStringList expectedAttention(const PortfolioData &data) {
    QStringList rows;
    for (const AttentionItem &item : attentionItems(data, computeProgramMetrics(data)))
        rows << item.what + QLatin1Char('|') + item.reason;
    return rows;
}

QStringList shownAttention(QTreeWidget *tree) {
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0) + QLatin1Char('|') + tree->topLevelItem(i)->text(2);
    return rows;
}

int mapItems(MainWindow &window) {
    return int(window.mapPage()->map()->scene()->items().size());
}

} // namespace

class TestLazyPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->prompts().askToSave = [](MainWindow &) {
            return MainWindow::SaveAnswer::Discard;
        };
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_data = portfolio();
        m_window->showData(m_data, QString(), false);
        QCoreApplication::processEvents();
    }

    void cleanup() {
        m_window->document()->undoStack()->clear();
        m_window.reset();
    }

    void testIssue12_hiddenPagesWaitUntilShown() {
        QCOMPARE(m_window->currentPage(), int(PortfolioIndex));
        // Opening built none of the hidden pages' large parts.
        QVERIFY2(mapItems(*m_window) < 10, qPrintable(QString::number(mapItems(*m_window))));
        QCOMPARE(m_window->economicsPage()->attention()->tree()->topLevelItemCount(), 0);
        QCOMPARE(m_window->segmentsPage()->table()->rowCount(), 0);
        // The heatmap still draws the empty portfolio it was built with (one empty row); its
        // queries would refresh it, so the drawn cells are what is checked.
        HeatmapView *heatmap = m_window->mapPage()->heatmap();
        QCoreApplication::processEvents(); // a refresh of a visible heatmap would run now
        QCOMPARE(heatmap->colorMap()->data()->valueSize(), 1);

        // Shown, each page holds what the core computes for the portfolio.
        m_window->showPage(MapPageIndex);
        const int nodes = int(m_data.partners.size() + m_data.icps.size());
        QVERIFY2(mapItems(*m_window) >= nodes, qPrintable(QString::number(mapItems(*m_window))));
        const InfluenceMatrix matrix = computeInfluenceMatrix(m_data);
        QCOMPARE(heatmap->colorMap()->data()->valueSize(), int(m_data.icps.size()));
        QCOMPARE(heatmap->rowCount(), int(m_data.icps.size()));
        QCOMPARE(heatmap->matrix().icpIds, matrix.icpIds);
        QVERIFY(heatmap->matrix().cells == matrix.cells);

        m_window->showPage(EconomicsIndex);
        QCOMPARE(shownAttention(m_window->economicsPage()->attention()->tree()),
                 expectedAttention(m_data));

        m_window->showPage(SegmentsPageIndex);
        const SegmentTable expected = computeSegments(m_data, computeCriteria(m_data),
                                                      scorePortfolio(m_data), SegmentBy::Model);
        QTableWidget *table = m_window->segmentsPage()->table();
        QCOMPARE(table->rowCount(), int(expected.segments.size()));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, SegmentsPage::NameColumn)->text(),
                     expected.segments[size_t(row)].name);

        m_window->showPage(MatrixPageIndex);
        QCOMPARE(m_window->matrixPage()->matrix()->visiblePartners().size(),
                 qsizetype(m_data.partners.size()));
    }

    void testIssue12_editsWhileHiddenShowWhenShown() {
        // Every page shown once, then left for the portfolio page.
        for (int page : {MapPageIndex, MatrixPageIndex, SegmentsPageIndex, EconomicsIndex})
            m_window->showPage(page);
        m_window->showPage(PortfolioIndex);
        const int itemsBefore = mapItems(*m_window);

        // A dormant partner that still receives investment: a new node on the map, a new row
        // in the attention list, one more partner on the matrix and in its segment.
        Partner funded;
        funded.name = QStringLiteral("Quiet but funded");
        funded.model = PartnerModel::Reseller;
        funded.status = PartnerStatus::Dormant;
        funded.economics.investment.mdf = 25000.0;
        const Id id = edit::addPartner(*m_window->document(), funded);
        QVERIFY(id != 0);
        QCoreApplication::processEvents();
        const PortfolioData &data = m_window->document()->portfolio()->data();

        m_window->showPage(MapPageIndex);
        QVERIFY(mapItems(*m_window) > itemsBefore);
        QVERIFY(m_window->mapPage()->map()->nodePosition(MapNodeKind::Partner, id));

        m_window->showPage(EconomicsIndex);
        const QStringList shown = shownAttention(m_window->economicsPage()->attention()->tree());
        QCOMPARE(shown, expectedAttention(data));
        bool listed = false;
        QTreeWidget *tree = m_window->economicsPage()->attention()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            listed = listed || tree->topLevelItem(i)->text(1) == funded.name;
        QVERIFY(listed);

        m_window->showPage(MatrixPageIndex);
        QVERIFY(m_window->matrixPage()->matrix()->visiblePartners().contains(id));
        QCOMPARE(m_window->matrixPage()->matrix()->visiblePartners().size(),
                 qsizetype(data.partners.size()));

        m_window->showPage(SegmentsPageIndex);
        int counted = 0;
        QTableWidget *table = m_window->segmentsPage()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            counted += table->item(row, SegmentsPage::CountColumn)->data(Qt::UserRole).toInt();
        QCOMPARE(counted, int(data.partners.size()));
    }

    void testIssue12_hiddenLogsKeepTheirOrderAndColumns() {
        m_window->showPage(EconomicsIndex);
        EconomicsPage *page = m_window->economicsPage();
        page->tabs()->setCurrentIndex(EconomicsPage::LogsTab);
        QTableView *view = page->activityLog()->view();
        QHeaderView *header = view->horizontalHeader();
        header->resizeSection(ActivityLogModel::KindColumn, 211);
        m_window->showPage(PortfolioIndex);

        // Another portfolio opens while the log is hidden; shown again, it is sorted by date,
        // newest first, as before, and keeps the width the user gave a column.
        m_window->showData(portfolio(), QString(), false);
        m_window->showPage(EconomicsIndex);
        QCOMPARE(header->sortIndicatorSection(), int(ActivityLogModel::DateColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(header->sectionSize(ActivityLogModel::KindColumn), 211);
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), int(m_window->document()->portfolio()->activities().size()));
        QVERIFY(model->rowCount() > 10);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(QVariant::compare(
                        model->index(row - 1, ActivityLogModel::DateColumn).data(LogSortRole),
                        model->index(row, ActivityLogModel::DateColumn).data(LogSortRole)) !=
                    QPartialOrdering::Less);
    }

    void testIssue12_stabilityFromTheWorkerIsTheCoresResult() {
        ScoringController *scoring = m_window->scoring();
        QSignalSpy spy(scoring, &ScoringController::stabilityChanged);
        Scenario changed = scoring->scenario();
        changed.potentialThreshold = 61.0;
        QVERIFY(edit::setScenario(*m_window->document(), changed, edit::ScenarioEdit::Thresholds));
        QTRY_VERIFY(spy.count() >= 1);
        QTRY_COMPARE(scoring->stability().size(), scoring->scores().size());
        const std::vector<double> expected = stability(scoring->criteria(), scoring->scenario());
        QCOMPARE(scoring->stability(), expected);
    }

private:
    std::unique_ptr<MainWindow> m_window;
    PortfolioData m_data;
};

QTEST_MAIN(TestLazyPages)
#include "tst_lazypages.moc"
