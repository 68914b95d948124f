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

/// No horizontal scroll bar; every title whole: each word fits its column and the wrapped
/// title fits the header's height.
void checkColumnsFit(QTableView *table) {
    QHeaderView *header = table->horizontalHeader();
    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("%1 px of columns in %2 px")
                            .arg(header->length())
                            .arg(table->viewport()->width())));
    QVERIFY(header->length() <= table->viewport()->width());

    const QFontMetrics titles(header->font());
    const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    int shown = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        ++shown;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        int room = header->sectionSize(c) - 2 * headerMargin;
        // The sorted column's arrow takes half the header's height and two margins from its
        // title (QCommonStyle, SE_HeaderLabel).
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
            room -= header->height() / 2 + 2 * headerMargin;
        for (const QString &word : title.split(space, Qt::SkipEmptyParts))
            QVERIFY2(titles.horizontalAdvance(word) <= room,
                     qPrintable(QStringLiteral("\"%1\" in %2 px").arg(word).arg(room)));
        const QRect wrapped = titles.boundingRect(QRect(0, 0, room, 10000),
                                                  Qt::AlignCenter | Qt::TextWordWrap, title);
        QVERIFY2(wrapped.height() <= header->height(),
                 qPrintable(QStringLiteral("\"%1\": %2 px of %3")
                                .arg(title)
                                .arg(wrapped.height())
                                .arg(header->height())));
    }
    QVERIFY(shown > 1);
}

} // namespace

class TestTableColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(PS_QM_DIR "/partnerscope_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language));
        }
        auto window = std::make_unique<MainWindow>();
        window->prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openDemo());
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
        checkColumnsFit(view);
        if (QTest::currentTestFailed())
            return;

        window->document()->undoStack()->clear();
        window.reset();
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
