// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: tables on a 1366x768 screen, in English and in German (longer titles): the Accounts
// page's overlap across partners (a column per ICP) and the ICPs page's table. The columns fit
// the table's width, so there is no horizontal scroll bar, and every column title is shown whole
// (wrapped at spaces, no word cut).
#include "core/domain/fields.h"
#include "ui/accounts/accountspage.h"
#include "ui/document/document.h"
#include "ui/icps/icppage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/partners/linkspanel.h"
#include "ui/undo/edits.h"

#include "tests/support/uitables.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

constexpr int IcpsPageIndex = 1;
constexpr int AccountsPageIndex = 8;

} // namespace

class TestTableColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    }

    void columnsFit_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("table");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")})
            for (const QString &table : {QStringLiteral("accounts overview"),
                                         QStringLiteral("icps"), QStringLiteral("icp links")})
                QTest::addRow("%s %s", qPrintable(language), qPrintable(table))
                    << language << table;
    }
    void columnsFit() {
        QFETCH(QString, language);
        QFETCH(QString, table);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(QSize(1366, 768));
        QVERIFY(window);
        QTableView *view = nullptr;
        if (table == QLatin1String("accounts overview")) {
            window->showPage(AccountsPageIndex);
            view = window->accountsPage()->findChild<QTableWidget *>(
                QStringLiteral("accountsOverview"));
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() > 0);
            QVERIFY(view->model()->columnCount() > 5); // a column per ICP
            // Every partner's shares per ICP are in its shared accounts' tooltip, also when
            // their columns have no room.
            auto *overview = static_cast<QTableWidget *>(view);
            QTest::qWait(100);
            for (int r = 0; r < overview->rowCount(); ++r)
                QCOMPARE(overview->item(r, 2)->toolTip().split(QLatin1Char('\n')).size(),
                         overview->columnCount() - 5);
        } else {
            window->showPage(IcpsPageIndex);
            IcpPage *page = window->icpPage();
            if (table == QLatin1String("icps")) {
                view = page->view();
            } else {
                view = page->findChild<LinksPanel *>()->view();
                page->view()->selectRow(0);
            }
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() > 0);
        }
        QTest::qWait(100); // the view lays out its scroll bars and header after a resize
        test::checkTitlesFit(view);
        QVERIFY(view->horizontalHeader()->count() - view->horizontalHeader()->hiddenSectionCount() >
                1);
        if (QTest::currentTestFailed())
            return;

        window->document()->undoStack()->clear();
    }

    // A partner name cut in the overlap across partners ("…") shows whole in its tooltip.
    void cutNamesHaveToolTips_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void cutNamesHaveToolTips() {
        QFETCH(QString, language);
        test::UiLanguage ui;
        QVERIFY(ui.use(language, QStringLiteral(PS_QM_DIR)));
        auto window = test::demoWindow(QSize(1366, 768));
        QVERIFY(window);
        window->showPage(AccountsPageIndex);
        auto *overview =
            window->accountsPage()->findChild<QTableWidget *>(QStringLiteral("accountsOverview"));
        QVERIFY(overview);
        QTRY_VERIFY(overview->rowCount() > 0);

        const QString longName =
            QStringLiteral("Northgate Distribution and Logistics Holdings International for "
                           "Rugged Devices, Point of Sale and Clinical Hardware Europe");
        const Id partner = overview->item(0, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(edit::setPartnerField(*window->document(), partner, PartnerField::Name, longName));
        QTRY_VERIFY(!overview->findItems(longName, Qt::MatchExactly).isEmpty());
        QTest::qWait(100); // the columns are fitted again
        const QModelIndex renamed =
            overview->indexFromItem(overview->findItems(longName, Qt::MatchExactly).first());
        overview->scrollTo(renamed);
        QVERIFY(overview->fontMetrics().horizontalAdvance(longName) > test::textRoom(overview, 0));
        QCOMPARE(test::toolTipAt(overview, renamed), longName);
        // Every other cut name on screen too.
        int cut = 1;
        for (int r = 0; r < overview->rowCount(); ++r) {
            const QModelIndex index = overview->model()->index(r, 0);
            const QString name = index.data().toString();
            if (index == renamed ||
                overview->fontMetrics().horizontalAdvance(name) <= test::textRoom(overview, 0) ||
                !overview->viewport()->rect().contains(overview->visualRect(index).center()))
                continue;
            ++cut;
            QCOMPARE(test::toolTipAt(overview, index), name);
        }
        qDebug() << cut << "cut names on screen," << overview->columnWidth(0) << "px for them";

        window->document()->undoStack()->clear();
    }
};

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
