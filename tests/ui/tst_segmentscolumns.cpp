// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the Segments page's table on a 1366x768 (and a 1920x1080) screen, in English and in
// German (longer titles), segmented by model and by ICP (long names), with its default columns
// (the motion only where there is room) and with the motion column shown too: the columns fit the
// table's width, so there is no horizontal scroll bar; every column title is shown whole (wrapped,
// no word cut); every figure is shown whole; a long text that is elided has the whole text as its
// tooltip.
#include "core/analytics/segmenting.h"
#include "ui/document/document.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/segments/segmentspage.h"

#include "tests/support/uitables.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

constexpr int SegmentsPageIndex = 5;

/// Room a cell's text has inside its column: the style's margins on both sides.
int textRoom(const QTableWidget *table, int column) {
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table);
    return table->columnWidth(column) - 2 * (margin + 1);
}

/// No horizontal scroll bar; every title whole (wrapped, no word cut, at most two lines);
/// every figure whole; an elided text has its whole text as tooltip; the texts keep room.
void checkColumnsFit(QTableWidget *table) {
    // No horizontal scrolling; wrapped titles, but never more than two lines: the header
    // stays short.
    test::checkTitlesFit(table, 2);
    if (QTest::currentTestFailed())
        return;
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = table->horizontalHeaderItem(c)->text();
        const bool text = c == SegmentsPage::NameColumn || c == SegmentsPage::QuadrantColumn ||
                          c == SegmentsPage::MotionColumn;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QTableWidgetItem *item = table->item(r, c);
            QVERIFY(item);
            const int width = QFontMetrics(item->font()).horizontalAdvance(item->text());
            if (!text) {
                // Figures are never cut.
                QVERIFY2(width <= textRoom(table, c),
                         qPrintable(QStringLiteral("\"%1\" in %2 px of \"%3\"")
                                        .arg(item->text())
                                        .arg(textRoom(table, c))
                                        .arg(title)));
            } else if (width > textRoom(table, c)) {
                // Elided: the tooltip holds the whole text.
                QCOMPARE(item->toolTip(), item->text());
            }
        }
    }
    // The texts are not squeezed to nothing: the names at least ten characters' room, the
    // quadrant mix and the motion (when shown) eight.
    const int character = QFontMetrics(table->font()).averageCharWidth();
    QVERIFY(textRoom(table, SegmentsPage::NameColumn) >= 10 * character);
    for (int c : {int(SegmentsPage::QuadrantColumn), int(SegmentsPage::MotionColumn)})
        if (!header->isSectionHidden(c))
            QVERIFY2(textRoom(table, c) >= 8 * character, qPrintable(QString::number(c)));
}

} // namespace

class TestSegmentsColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    }

    void columnsFit_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("by");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("motion"); ///< the motion column is shown at first
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QTest::addRow("%s by model", qPrintable(language))
                << language << int(SegmentBy::Model) << QSize(1366, 768) << false;
            QTest::addRow("%s by ICP", qPrintable(language))
                << language << int(SegmentBy::Icp) << QSize(1366, 768) << false;
            QTest::addRow("%s by model 1920", qPrintable(language))
                << language << int(SegmentBy::Model) << QSize(1920, 1080) << true;
        }
    }
    void columnsFit() {
        QFETCH(QString, language);
        QFETCH(int, by);
        QFETCH(QSize, size);
        QFETCH(bool, motion);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(size);
        QVERIFY(window);
        window->showPage(SegmentsPageIndex);
        SegmentsPage *page = window->segmentsPage();
        page->setSegmentBy(SegmentBy(by));
        QTableWidget *table = page->table();
        QTRY_VERIFY(table->rowCount() > 1);
        QTest::qWait(50); // the view lays out its scroll bars and header after a resize
        if (language == QLatin1String("de"))
            QCOMPARE(table->horizontalHeaderItem(SegmentsPage::PotentialColumn)->text(),
                     QStringLiteral("Mittleres Potenzial"));

        // The motion has a column where there is room for it (it is also shown below the
        // partner list); every column fits, and again with the motion column shown from the
        // header's menu.
        QCOMPARE(page->isColumnShown(SegmentsPage::MotionColumn), motion);
        checkColumnsFit(table);
        if (QTest::currentTestFailed())
            return;
        page->setColumnShown(SegmentsPage::MotionColumn, true);
        QTest::qWait(50);
        QVERIFY(!table->horizontalHeader()->isSectionHidden(SegmentsPage::MotionColumn));
        checkColumnsFit(table);
        if (QTest::currentTestFailed())
            return;

        window->document()->undoStack()->clear();
    }
};

QTEST_MAIN(TestSegmentsColumns)
#include "tst_segmentscolumns.moc"
