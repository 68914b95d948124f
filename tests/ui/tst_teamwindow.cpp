// SPDX-License-Identifier: GPL-3.0-or-later
// Team portfolios in the window, against a real PostgreSQL 15: open and publish from the File
// menu, another window's edit appearing, the connection banner, the conflict dialog with both
// values, the viewer's window without edit actions, the history of a record, the offline copy.
#include "core/demo/demoportfolio.h"
#include "core/domain/fields.h"
#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"
#include "pgtestserver.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/icps/icppage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/partners/partnerspage.h"
#include "ui/team/teambanner.h"
#include "ui/team/teamdialogs.h"
#include "ui/undo/edits.h"

#include "ui/map/influencemapview.h"
#include "ui/map/mappage.h"
#include "ui/plan/planpage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace ps;

class TestTeamWindow : public QObject {
    Q_OBJECT

    test::PgTestServer m_server;
    QTemporaryDir m_dir;
    int m_portfolios = 0;
    QStringList m_errors;

    TeamLocation publishFresh() {
        const TeamLocation location =
            m_server.location(QStringLiteral("win%1").arg(++m_portfolios));
        QString message;
        if (!TeamStore::publish(demoPortfolio(), location, QString(), &message))
            qWarning("%s", qPrintable(message));
        return location;
    }

    std::unique_ptr<MainWindow> window() {
        auto w = std::make_unique<MainWindow>();
        MainWindow::Prompts &prompts = w->prompts();
        prompts.askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
        prompts.showError = [this](MainWindow &, const QString &message) { m_errors << message; };
        prompts.resolveConflict = [](MainWindow &,
                                     const TeamSync::Conflict &) -> std::optional<QList<bool>> {
            return std::nullopt;
        };
        return w;
    }

    static Id firstPartner(MainWindow &w) { return w.document()->portfolio()->partners().at(0).id; }
    static QString notesOf(MainWindow &w, Id id) {
        return w.document()->portfolio()->find<Partner>(id)->notes;
    }

private slots:
    void initTestCase() {
        if (!test::PgTestServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(test::PgTestServer::unavailableReason()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init() { m_errors.clear(); }

    void openFromTheFileMenuShowsTheTeam() {
        const TeamLocation location = publishFresh();
        auto w = window();
        w->prompts().chooseTeamLocation = [&](MainWindow &, bool) { return location.toString(); };
        QVERIFY(w->openTeamAction()->isEnabled());
        w->openTeamAction()->trigger();
        QVERIFY2(w->teamSync(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QVERIFY(w->isWorkspaceShown());
        QCOMPARE(w->document()->portfolio()->partners().size(), demoPortfolio().partners.size());
        QVERIFY(w->windowTitle().contains(location.displayName()));
        QVERIFY(!w->teamBanner()->isHidden());
        QVERIFY2(w->teamBanner()->text().contains(QLatin1String("owner")),
                 qPrintable(w->teamBanner()->text()));
        // It is in the recent locations, without a password, and in File > Open Recent.
        QCOMPARE(RecentLocations::list().value(0), location.toString());
        QVERIFY(!RecentLocations::list().value(0).contains(QLatin1String("password")));
        // An edit is on the server without saving: the window has no unsaved changes.
        const Id id = firstPartner(*w);
        QVERIFY(edit::setPartnerField(*w->document(), id, PartnerField::Notes,
                                      QStringLiteral("from the window")));
        QVERIFY(w->teamSync()->flush());
        QVERIFY(!w->isWindowModified());
        TeamStore::OpenResult reread = TeamStore::open(location);
        QVERIFY(reread.ok());
        QCOMPARE(reread.portfolio->data.partners.at(0).notes, QStringLiteral("from the window"));
    }

    void anEditAppearsInASecondWindow() {
        const TeamLocation location = publishFresh();
        auto a = window();
        auto b = window();
        QVERIFY(a->openTeamLocation(location.toString()));
        QVERIFY(b->openTeamLocation(location.toString()));
        const Id id = firstPartner(*a);
        QVERIFY(edit::setPartnerField(*a->document(), id, PartnerField::Notes,
                                      QStringLiteral("seen by b")));
        // Within a second, through LISTEN/NOTIFY, without reopening or an undo step in b.
        QTRY_COMPARE_WITH_TIMEOUT(notesOf(*b, id), QStringLiteral("seen by b"), 1000);
        QVERIFY(!b->document()->undoStack()->canUndo());
        // a's undo takes back its own change, and b sees that too.
        a->undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notesOf(*b, id), demoPortfolio().partners.at(0).notes, 2000);
    }

    void aConflictShowsBothValuesAndTheUserChooses_data() {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }

    void aConflictShowsBothValuesAndTheUserChooses() {
        QFETCH(bool, keepMine);
        const TeamLocation location = publishFresh();
        auto a = window();
        auto b = window();
        QVERIFY(a->openTeamLocation(location.toString()));
        QVERIFY(b->openTeamLocation(location.toString()));
        const Id id = firstPartner(*a);
        // b goes offline for a moment so both edit from the same value.
        b->teamSync()->setReconnectDelays(60000, 60000);
        QVERIFY(m_server.sql(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(b->teamSync()->backendPid())));
        QTRY_COMPARE_WITH_TIMEOUT(b->teamSync()->state(), TeamSync::State::Offline, 2000);
        QVERIFY(edit::setPartnerField(*a->document(), id, PartnerField::Notes,
                                      QStringLiteral("a's notes")));
        QVERIFY(a->teamSync()->flush());
        QVERIFY(edit::setPartnerField(*b->document(), id, PartnerField::Notes,
                                      QStringLiteral("b's notes")));
        // The banner says the connection is lost and the edit is held.
        QVERIFY2(b->teamBanner()->text().contains(QLatin1String("Connection lost")),
                 qPrintable(b->teamBanner()->text()));
        QVERIFY2(b->teamBanner()->text().contains(QLatin1String("1 edit")),
                 qPrintable(b->teamBanner()->text()));

        QList<TeamSync::Conflict> shown;
        QTableWidget *dialogTable = nullptr;
        std::unique_ptr<ConflictDialog> dialog;
        b->prompts().resolveConflict =
            [&](MainWindow &w, const TeamSync::Conflict &c) -> std::optional<QList<bool>> {
            shown << c;
            dialog = std::make_unique<ConflictDialog>(c, &w);
            dialogTable = dialog->table();
            for (int row = 0; row < c.fields.size(); ++row)
                dialog->choose(row, keepMine);
            return dialog->choices();
        };
        QVERIFY(b->teamSync()->reconnect());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 3000);
        // The dialog shows both values of the field.
        const TeamSync::Conflict &c = shown.first();
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields.first().mine, QStringLiteral("b's notes"));
        QCOMPARE(c.fields.first().theirs, QStringLiteral("a's notes"));
        QVERIFY(dialogTable);
        QCOMPARE(dialogTable->item(0, 2)->text(), QStringLiteral("b's notes"));
        QCOMPARE(dialogTable->item(0, 3)->text(), QStringLiteral("a's notes"));
        // The choice goes to the server and to a.
        const QString chosen = keepMine ? QStringLiteral("b's notes") : QStringLiteral("a's notes");
        QTRY_COMPARE_WITH_TIMEOUT(b->teamSync()->conflicts().size(), qsizetype(0), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(notesOf(*a, id), chosen, 3000);
        QCOMPARE(notesOf(*b, id), chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!b->teamBanner()->text().contains(QLatin1String("conflict")),
                                 2000);
    }

    void aDroppedConnectionHoldsEditsAndSendsThem() {
        const TeamLocation location = publishFresh();
        auto a = window();
        QVERIFY(a->openTeamLocation(location.toString()));
        a->teamSync()->setReconnectDelays(60000, 60000);
        QVERIFY(m_server.sql(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(a->teamSync()->backendPid())));
        QTRY_COMPARE_WITH_TIMEOUT(a->teamSync()->state(), TeamSync::State::Offline, 2000);
        const Id id = firstPartner(*a);
        QVERIFY(
            edit::setPartnerField(*a->document(), id, PartnerField::Notes, QStringLiteral("held")));
        const Id second = a->document()->portfolio()->partners().at(1).id;
        QVERIFY(edit::setPartnerField(*a->document(), second, PartnerField::Notes,
                                      QStringLiteral("held too")));
        QVERIFY2(a->teamBanner()->text().contains(QStringLiteral("Connection lost — 2 edit")),
                 qPrintable(a->teamBanner()->text()));
        QVERIFY(!a->save()); // not on the server yet: Save says so
        QVERIFY(a->teamSync()->reconnect());
        QTRY_COMPARE_WITH_TIMEOUT(a->teamSync()->pendingCount(), 0, 3000);
        QVERIFY(!a->teamBanner()->text().contains(QLatin1String("lost")));
        TeamStore::OpenResult reread = TeamStore::open(location);
        QVERIFY(reread.ok());
        QCOMPARE(reread.portfolio->data.partners.at(0).notes, QStringLiteral("held"));
        QCOMPARE(reread.portfolio->data.partners.at(1).notes, QStringLiteral("held too"));
    }

    void aViewerHasNoEditActions() {
        const TeamLocation location = publishFresh();
        QString error;
        QVERIFY2(m_server.createUser(QStringLiteral("viv"), &error), qPrintable(error));
        QVERIFY2(
            m_server.sql(QStringLiteral("GRANT postgres_%1_viewer TO viv").arg(location.portfolio),
                         &error),
            qPrintable(error));
        auto w = window();
        QVERIFY(w->openTeamLocation(
            m_server.location(location.portfolio, QStringLiteral("viv")).toString()));
        QCOMPARE(w->teamSync()->role(), TeamSchema::Role::Viewer);
        QVERIFY(w->windowTitle().contains(QLatin1String("view only")));
        QVERIFY(!w->undoAction()->isVisible());
        QVERIFY(!w->importAction()->isVisible());
        for (QAction *action : w->partnersPage()->partnerActions())
            QVERIFY2(!action->isVisible(), qPrintable(action->text()));
        int views = 0;
        for (QWidget *page :
             {static_cast<QWidget *>(w->partnersPage()), static_cast<QWidget *>(w->icpPage())})
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
                QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
                ++views;
            }
        QVERIFY(views >= 2);
        QVERIFY(w->teamBanner()->text().contains(QLatin1String("viewer")));
        // No edit shortcut or tool button action on the ICP page (Add ICP, Delete), and the map
        // offers neither its link menu nor linking by dragging.
        int icpActions = 0;
        for (QToolButton *button : w->icpPage()->findChildren<QToolButton *>())
            if (QAction *action = button->defaultAction()) {
                QVERIFY2(!action->isVisible(), qPrintable(action->text()));
                ++icpActions;
            }
        QCOMPARE(icpActions, 2);
        for (QAbstractItemView *view : w->icpPage()->findChildren<QAbstractItemView *>())
            for (QAction *action : view->actions())
                QVERIFY2(!action->isVisible(), qPrintable(action->text()));
        InfluenceMapView *map = w->mapPage()->findChild<InfluenceMapView *>();
        QVERIFY(map);
        QVERIFY(map->isReadOnly());
        // An edit that gets through anyway is refused by the server and taken back.
        const Id id = firstPartner(*w);
        const QString before = notesOf(*w, id);
        QVERIFY(edit::setPartnerField(*w->document(), id, PartnerField::Notes,
                                      QStringLiteral("viewer's edit")));
        w->teamSync()->flush();
        QTRY_COMPARE_WITH_TIMEOUT(notesOf(*w, id), before, 3000);
        TeamStore::OpenResult reread = TeamStore::open(location);
        QCOMPARE(reread.portfolio->data.partners.at(0).notes, before);
        // Opening a file again brings the edit actions back.
        w->newPortfolio();
        QVERIFY(!w->teamSync());
        QVERIFY(w->undoAction()->isVisible());
        QVERIFY(!map->isReadOnly());
        for (QToolButton *button : w->icpPage()->findChildren<QToolButton *>())
            if (QAction *action = button->defaultAction())
                QVERIFY2(action->isVisible(), qPrintable(action->text()));
    }

    void historyShowsWhoChangedWhat() {
        const TeamLocation location = publishFresh();
        auto w = window();
        QVERIFY(w->openTeamLocation(location.toString()));
        const Id id = firstPartner(*w);
        QVERIFY(edit::setPartnerField(*w->document(), id, PartnerField::Notes,
                                      QStringLiteral("audited")));
        QVERIFY(w->teamSync()->flush());
        QList<TeamSync::HistoryEntry> entries;
        w->prompts().showHistory = [&](MainWindow &, const QString &,
                                       const QList<TeamSync::HistoryEntry> &e) { entries = e; };
        w->selection()->setIds({id});
        QVERIFY(w->historyAction()->isEnabled());
        w->historyAction()->trigger();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().who, QStringLiteral("postgres"));
        QCOMPARE(entries.first().op, QLatin1Char('U'));
        QVERIFY2(entries.first().changes.join(QLatin1Char(' ')).contains(QLatin1String("audited")),
                 qPrintable(entries.first().changes.join(QLatin1Char(' '))));
        HistoryDialog dialog(QStringLiteral("x"), entries);
        QCOMPARE(dialog.table()->rowCount(), int(entries.size()));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("postgres"));
    }

    void historyOfTheIcpAndOfThePlanOnTheirPages() {
        const TeamLocation location = publishFresh();
        auto w = window();
        QVERIFY(w->openTeamLocation(location.toString()));
        const Portfolio *portfolio = w->document()->portfolio();
        const Icp icp = portfolio->icps().front();
        QVERIFY(edit::setIcpField(*w->document(), icp.id, IcpField::Description,
                                  QStringLiteral("icp audited")));
        const Scenario *scenario = portfolio->activeScenario();
        QVERIFY(scenario);
        const ScenarioPlan *stored = planOf(portfolio->data(), scenario->id);
        QVERIFY(stored); // the demo's plan
        ScenarioPlan plan = *stored;
        plan.budget += 1000.0;
        QVERIFY(edit::setPlan(*w->document(), plan, QStringLiteral("budget")));
        QVERIFY(w->teamSync()->flush());
        QString record;
        QList<TeamSync::HistoryEntry> entries;
        w->prompts().showHistory = [&](MainWindow &, const QString &r,
                                       const QList<TeamSync::HistoryEntry> &e) {
            record = r;
            entries = e;
        };
        auto *pages = qobject_cast<QStackedWidget *>(w->icpPage()->parentWidget());
        QVERIFY(pages);
        // On the ICP page: the current ICP's history.
        w->showPage(pages->indexOf(w->icpPage()));
        auto *icps = w->icpPage()->findChild<QAbstractItemView *>();
        QVERIFY(icps);
        icps->setCurrentIndex(icps->model()->index(0, 0)); // the first ICP, in portfolio order
        QCOMPARE(w->icpPage()->currentIcp(), icp.id);
        w->historyAction()->trigger();
        QCOMPARE(record, icp.name);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().table, QStringLiteral("icps"));
        QVERIFY2(entries.first().changes.join(QLatin1Char(' ')).contains(QLatin1String("audited")),
                 qPrintable(entries.first().changes.join(QLatin1Char(' '))));
        // On the plan page: the active scenario's plan.
        entries.clear();
        w->showPage(pages->indexOf(w->planPage()));
        w->historyAction()->trigger();
        QVERIFY2(record.contains(scenario->name), qPrintable(record));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().table, QStringLiteral("plans"));
        QCOMPARE(entries.first().op, QLatin1Char('U'));
        QVERIFY2(entries.first().changes.join(QLatin1Char(' ')).contains(QLatin1String("budget")),
                 qPrintable(entries.first().changes.join(QLatin1Char(' '))));
        // Elsewhere: the selected partner's, as before (none selected: nothing shown).
        entries.clear();
        record.clear();
        w->showPage(pages->indexOf(w->partnersPage()));
        w->selection()->setIds({});
        w->historyAction()->trigger();
        QVERIFY(record.isEmpty());
    }

    void publishThenTakeAnOfflineCopyFromTheWindow() {
        auto w = window();
        QVERIFY(w->openDemo());
        const TeamLocation location = m_server.location(QStringLiteral("published"));
        w->prompts().chooseTeamLocation = [&](MainWindow &, bool) { return location.toString(); };
        QVERIFY2(w->publishToServer(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QVERIFY(w->teamSync());
        QVERIFY(!w->publishAction()->isEnabled()); // already on the server
        const QString path = m_dir.filePath(QStringLiteral("copy.partnerscope"));
        w->prompts().chooseSavePath = [&](MainWindow &) { return path; };
        QCOMPARE(w->takeOfflineCopy(), path);
        PortfolioFile::LoadResult copy = PortfolioFile::load(path);
        QVERIFY2(copy.ok(), qPrintable(copy.message));
        const PortfolioData demo = demoPortfolio();
        QCOMPARE(copy.data->partners.size(), demo.partners.size());
        QCOMPARE(copy.data->links.size(), demo.links.size());
        QCOMPARE(copy.data->partners.at(0).name, demo.partners.at(0).name);
        QVERIFY(w->teamSync()); // the window stays on the server
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
