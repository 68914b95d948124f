// SPDX-License-Identifier: GPL-3.0-or-later
// The Partners page's table on a 1366x768 (and a 1920x1080) screen, in English and in German
// (longer titles), as it opens and sorted by a column of figures: every default column is shown
// and the columns fit the table's width, so there is no horizontal scroll bar; every column title
// is shown whole (wrapped, no word cut, at most two lines); every figure is shown whole; a text
// that is cut ("…") shows its whole text in a tooltip, also a partner renamed to a very long name.
#include "core/domain/fields.h"
#include "ui/document/document.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/roles.h"
#include "ui/partners/partnerspage.h"
#include "ui/undo/edits.h"

#include "tests/support/uitables.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>

using namespace ps;

namespace {

constexpr int PartnersPageIndex = 2;

/// The columns a new user sees, in this order.
const PartnerField defaultColumns[] = {
    PartnerField::Name,           PartnerField::Model,
    PartnerField::Status,         PartnerField::Tier,
    PartnerField::Regions,        PartnerField::Upstream,
    PartnerField::SourcedRevenue, PartnerField::InfluencedRevenue,
    PartnerField::Pipeline,       PartnerField::Decision};

bool isFigure(int column) {
    return column == int(PartnerField::SourcedRevenue) ||
           column == int(PartnerField::InfluencedRevenue) || column == int(PartnerField::Pipeline);
}

/// Every default column shown, the titles whole, the figures whole, the rows on screen whose
/// text is cut with their whole text in a tooltip. Returns how many cut texts it met.
int checkColumnsFit(QTableView *view) {
    test::checkTitlesFit(view, 2);
    if (QTest::currentTestFailed())
        return 0;
    QHeaderView *header = view->horizontalHeader();
    for (PartnerField f : defaultColumns)
        if (header->isSectionHidden(int(f))) {
            QTest::qFail(qPrintable(QStringLiteral("column %1 hidden").arg(int(f))), __FILE__,
                         __LINE__);
            return 0;
        }
    const int character = QFontMetrics(view->font()).averageCharWidth();
    if (test::textRoom(view, int(PartnerField::Name)) < 10 * character) {
        QTest::qFail("the names are squeezed below ten characters", __FILE__, __LINE__);
        return 0;
    }
    int cut = 0;
    const QRect screen = view->viewport()->rect();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, c);
            const QString text = index.data().toString();
            const int width = view->fontMetrics().horizontalAdvance(text);
            if (width <= test::textRoom(view, c))
                continue;
            if (isFigure(c)) {
                QTest::qFail(qPrintable(QStringLiteral("\"%1\" in %2 px of column %3")
                                            .arg(text)
                                            .arg(test::textRoom(view, c))
                                            .arg(c)),
                             __FILE__, __LINE__);
                return cut;
            }
            if (!screen.contains(view->visualRect(index).center()))
                continue;
            ++cut;
            const QString tip = test::toolTipAt(view, index);
            if (!tip.startsWith(text)) {
                QTest::qFail(
                    qPrintable(QStringLiteral("\"%1\" cut, tooltip \"%2\"").arg(text, tip)),
                    __FILE__, __LINE__);
                return cut;
            }
        }
    }
    return cut;
}

} // namespace

class TestPartnersColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    }
    void init() {
        // The default columns, not a layout another test left behind.
        QSettings().remove(QStringLiteral("partners/headerState"));
    }

    void columnsFit_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("sorted"); ///< sorted by a column of figures (its arrow)
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QTest::addRow("%s 1366", qPrintable(language)) << language << QSize(1366, 768) << false;
            QTest::addRow("%s 1366 sorted", qPrintable(language))
                << language << QSize(1366, 768) << true;
            QTest::addRow("%s 1920", qPrintable(language))
                << language << QSize(1920, 1080) << false;
        }
    }
    void columnsFit() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, sorted);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(size);
        QVERIFY(window);
        window->showPage(PartnersPageIndex);
        QTableView *view = window->partnersPage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 10);
        if (sorted)
            view->sortByColumn(int(PartnerField::InfluencedRevenue), Qt::DescendingOrder);
        QTest::qWait(100); // the view lays out its scroll bars and header after a resize

        // A figure with no tooltip of its own shows none.
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        QVERIFY(
            test::toolTipAt(view, view->model()->index(0, int(PartnerField::Pipeline))).isEmpty());

        checkColumnsFit(view);
        if (QTest::currentTestFailed())
            return;

        // A very long name is cut and shown whole in its tooltip; the other columns keep
        // their room.
        const QString longName =
            QStringLiteral("Northgate Distribution and Logistics Holdings International for "
                           "Rugged Devices, Point of Sale and Clinical Hardware Europe");
        const QModelIndex first = view->model()->index(0, int(PartnerField::Name));
        QVERIFY(edit::setPartnerField(*window->document(), first.data(IdRole).toLongLong(),
                                      PartnerField::Name, longName));
        QTRY_COMPARE(first.data().toString(), longName);
        QTest::qWait(100);
        QVERIFY(view->fontMetrics().horizontalAdvance(longName) >
                test::textRoom(view, int(PartnerField::Name)));
        QVERIFY(checkColumnsFit(view) >= 1);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(test::toolTipAt(view, first), longName);

        window->document()->undoStack()->clear();
    }

    // The layout an earlier version saved (titles on one line, wide columns, the website
    // shown, the tier hidden, sorted by the pipeline) comes back in columns that fit.
    void earlierLayoutFits_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void earlierLayoutFits() {
        QFETCH(QString, language);
        {
            QStandardItemModel model(1, int(PartnerField::Count_));
            QTableView earlier;
            earlier.setModel(&model);
            earlier.setSortingEnabled(true);
            for (int c = 0; c < model.columnCount(); ++c) {
                const bool shown = std::find(std::begin(defaultColumns), std::end(defaultColumns),
                                             PartnerField(c)) != std::end(defaultColumns);
                earlier.setColumnHidden(c, !shown);
                earlier.setColumnWidth(c, 300);
            }
            earlier.setColumnHidden(int(PartnerField::Tier), true);
            earlier.setColumnHidden(int(PartnerField::Website), false);
            earlier.sortByColumn(int(PartnerField::Pipeline), Qt::DescendingOrder);
            QSettings().setValue(QStringLiteral("partners/headerState"),
                                 earlier.horizontalHeader()->saveState());
        }
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(QSize(1366, 768));
        QVERIFY(window);
        window->showPage(PartnersPageIndex);
        QTableView *view = window->partnersPage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 10);
        QTest::qWait(100);
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(PartnerField::Tier)));
        QVERIFY(!header->isSectionHidden(int(PartnerField::Website)));
        QCOMPARE(header->sortIndicatorSection(), int(PartnerField::Pipeline));
        // The titles still wrap.
        QVERIFY(header->defaultAlignment() & Qt::TextWordWrap);
        QVERIFY(!header->stretchLastSection());
        test::checkTitlesFit(view, 2);
        // The website shown is fitted too: ten characters' room at least.
        QVERIFY(view->columnWidth(int(PartnerField::Website)) >=
                10 * view->fontMetrics().averageCharWidth());
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString pipeline =
                view->model()->index(r, int(PartnerField::Pipeline)).data().toString();
            QVERIFY(view->fontMetrics().horizontalAdvance(pipeline) <=
                    test::textRoom(view, int(PartnerField::Pipeline)));
        }
    }
};

QTEST_MAIN(TestPartnersColumns)
#include "tst_partnerscolumns.moc"
