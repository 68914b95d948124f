// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: tables on a 1366x768 screen, in English and in German (longer titles): the Accounts
// page's overlap across partners (a column per ICP) and the ICPs page's table. The columns fit
// the table's width, so there is no horizontal scroll bar, and every column title is shown whole
// (wrapped at spaces, no word cut).
#include "ui/accounts/accountspage.h"
#include "ui/document/document.h"
#include "ui/icps/icppage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/partners/linkspanel.h"

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
};

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
