// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a team portfolio together, on a real PostgreSQL 15: changes reach the other client
// through LISTEN/NOTIFY, concurrent edits merge field by field, a conflict on one field is shown
// and never overwritten, undo keeps others' changes, a dropped connection keeps the edits, and
// the server refuses what a role may not do.
#include "core/demo/demoportfolio.h"
#include "core/team/teamstore.h"
#include "core/team/teamsync.h"
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ps;

namespace {

/// One person with the portfolio open: the portfolio a window would show, and its sync.
struct Client {
    Portfolio portfolio;
    std::unique_ptr<TeamSync> sync;
    QStringList notices;
};

std::unique_ptr<Client> openClient(const TeamLocation &location) {
    TeamStore::OpenResult opened = TeamStore::open(location);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message));
        return nullptr;
    }
    auto client = std::make_unique<Client>();
    client->portfolio.assign(opened.portfolio->data);
    client->sync = std::make_unique<TeamSync>(&client->portfolio, std::move(*opened.portfolio));
    Client *raw = client.get();
    QObject::connect(raw->sync.get(), &TeamSync::notice,
                     [raw](const QString &message) { raw->notices << message; });
    return client;
}

} // namespace

class TestTeamSync : public QObject {
    Q_OBJECT

    test::PgTestServer m_server;
    int m_portfolios = 0;

    /// A fresh portfolio (the demo) on the server, for one test.
    TeamLocation publishFresh() {
        const TeamLocation location =
            m_server.location(QStringLiteral("sync%1").arg(++m_portfolios));
        QString message;
        if (!TeamStore::publish(demoPortfolio(), location, QString(), &message))
            qWarning("%s", qPrintable(message));
        return location;
    }

private slots:
    void initTestCase() {
        if (!test::PgTestServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(test::PgTestServer::unavailableReason()));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void anEditReachesTheOtherClientWithinASecond() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        Partner p = a->portfolio.partners().front();
        const Id id = p.id;
        p.notes = QStringLiteral("Shared with the team");
        QSignalSpy applied(b->sync.get(), &TeamSync::remoteApplied);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(a->portfolio.replace(p));
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.find<Partner>(id)->notes,
                                  QStringLiteral("Shared with the team"), 1000);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(applied.count() >= 1);
        // Received without an undo step of its own: the portfolio just changed.
        QCOMPARE(b->sync->pendingCount(), 0);
    }

    void insertsAndDeletesReachTheOtherClient() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        // A new partner gets an id from a's block, and b gets the same row.
        Partner fresh;
        fresh.name = QStringLiteral("Newcomer GmbH");
        const Id id = a->portfolio.insert(int(a->portfolio.partners().size()), fresh);
        QVERIFY(a->sync->flush());
        QTRY_VERIFY_WITH_TIMEOUT(b->portfolio.find<Partner>(id) != nullptr, 2000);
        QCOMPARE(b->portfolio.partners().back().name, QStringLiteral("Newcomer GmbH"));
        // Removing a partner with links removes the links everywhere too.
        const Partner linked = b->portfolio.partners().front();
        const size_t linksBefore = b->portfolio.linkRowsOfPartner(linked.id).size();
        QVERIFY(linksBefore > 0);
        b->portfolio.removePartner(linked.id);
        QVERIFY(b->sync->flush());
        QTRY_VERIFY_WITH_TIMEOUT(a->portfolio.find<Partner>(linked.id) == nullptr, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.linkRowsOfPartner(linked.id).size(), size_t(0),
                                  2000);
        QCOMPARE(a->portfolio.data(), b->portfolio.data());
    }

    void editsOfDifferentFieldsMerge() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        const Id id = a->portfolio.partners().front().id;
        Partner pa = *a->portfolio.find<Partner>(id);
        Partner pb = *b->portfolio.find<Partner>(id);
        pa.notes = QStringLiteral("from a");
        pb.nextStep = QStringLiteral("from b");
        // Both edit before either sees the other's change.
        QVERIFY(a->portfolio.replace(pa));
        QVERIFY(b->portfolio.replace(pb));
        QVERIFY(a->sync->flush());
        QVERIFY(b->sync->flush()); // b's update meets a's newer version and merges
        QVERIFY(b->sync->conflicts().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.find<Partner>(id)->nextStep,
                                  QStringLiteral("from b"), 2000);
        QCOMPARE(a->portfolio.find<Partner>(id)->notes, QStringLiteral("from a"));
        QCOMPARE(b->portfolio.find<Partner>(id)->notes, QStringLiteral("from a"));
        QCOMPARE(b->portfolio.find<Partner>(id)->nextStep, QStringLiteral("from b"));
    }

    void theSameFieldIsAConflictTheUserSettles_data() {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }

    void theSameFieldIsAConflictTheUserSettles() {
        QFETCH(bool, keepMine);
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        const Id id = a->portfolio.partners().front().id;
        const QString original = a->portfolio.find<Partner>(id)->name;
        Partner pa = *a->portfolio.find<Partner>(id);
        Partner pb = *b->portfolio.find<Partner>(id);
        pa.name = QStringLiteral("Name by A");
        pb.name = QStringLiteral("Name by B");
        QVERIFY(a->portfolio.replace(pa));
        QVERIFY(b->portfolio.replace(pb));
        QVERIFY(a->sync->flush());
        QSignalSpy conflicts(b->sync.get(), &TeamSync::conflictAdded);
        QVERIFY(!b->sync->flush()); // held: waiting for b's choice
        QCOMPARE(conflicts.count(), 1);
        const TeamSync::Conflict conflict = b->sync->conflicts().first();
        QCOMPARE(conflict.fields.size(), 1);
        QCOMPARE(conflict.fields[0].field, QStringLiteral("name"));
        QCOMPARE(conflict.fields[0].base, original);
        QCOMPARE(conflict.fields[0].mine, QStringLiteral("Name by B"));
        QCOMPARE(conflict.fields[0].theirs, QStringLiteral("Name by A"));
        QCOMPARE(conflict.author, QStringLiteral("postgres"));
        // Not overwritten in the meantime: the server still has a's name.
        a->sync->poll();
        QCOMPARE(a->portfolio.find<Partner>(id)->name, QStringLiteral("Name by A"));
        b->sync->resolve(conflict.id, {keepMine});
        const QString expected =
            keepMine ? QStringLiteral("Name by B") : QStringLiteral("Name by A");
        QCOMPARE(b->portfolio.find<Partner>(id)->name, expected);
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.find<Partner>(id)->name, expected, 2000);
        QCOMPARE(b->sync->pendingCount(), 0);
    }

    void undoTakesBackOnlyMyChange() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        const Id id = a->portfolio.partners().front().id;
        const Partner before = *a->portfolio.find<Partner>(id);
        Partner mine = before;
        mine.notes = QStringLiteral("a's note");
        QVERIFY(a->portfolio.replace(mine));
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.find<Partner>(id)->notes, QStringLiteral("a's note"),
                                  2000);
        Partner theirs = *b->portfolio.find<Partner>(id);
        theirs.decisionOwner = QStringLiteral("b decides");
        QVERIFY(b->portfolio.replace(theirs));
        QVERIFY(b->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.find<Partner>(id)->decisionOwner,
                                  QStringLiteral("b decides"), 2000);
        // a's undo command puts back the whole partner as it was before a's edit ...
        QVERIFY(a->portfolio.replace(before));
        // ... but only a's note goes back; b's change stays, and a is told.
        QCOMPARE(a->portfolio.find<Partner>(id)->notes, before.notes);
        QCOMPARE(a->portfolio.find<Partner>(id)->decisionOwner, QStringLiteral("b decides"));
        QVERIFY(!a->notices.isEmpty());
        QVERIFY2(a->notices.last().contains(QLatin1String("decision_owner")),
                 qPrintable(a->notices.last()));
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.find<Partner>(id)->notes, before.notes, 2000);
        QCOMPARE(b->portfolio.find<Partner>(id)->decisionOwner, QStringLiteral("b decides"));
        // Redo brings a's note back, still keeping b's change.
        QVERIFY(a->portfolio.replace(mine));
        QCOMPARE(a->portfolio.find<Partner>(id)->notes, QStringLiteral("a's note"));
        QCOMPARE(a->portfolio.find<Partner>(id)->decisionOwner, QStringLiteral("b decides"));
    }

    void aDroppedConnectionKeepsTheEdits() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        a->sync->setReconnectDelays(100, 400);
        QSignalSpy states(a->sync.get(), &TeamSync::stateChanged);
        // The server ends a's session (a network drop, a restarted server) ...
        QVERIFY(m_server.sql(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(a->sync->backendPid())));
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), TeamSync::State::Offline, 2000);
        QVERIFY(a->notices.last().contains(QLatin1String("lost")));
        // ... a edits meanwhile; b changes another partner's field ...
        const Id first = a->portfolio.partners().at(0).id;
        const Id second = a->portfolio.partners().at(1).id;
        Partner pa = *a->portfolio.find<Partner>(first);
        pa.notes = QStringLiteral("written offline");
        QVERIFY(a->portfolio.replace(pa));
        QCOMPARE(a->sync->pendingCount(), 1);
        Partner pb = *b->portfolio.find<Partner>(second);
        pb.notes = QStringLiteral("written by b meanwhile");
        QVERIFY(b->portfolio.replace(pb));
        QVERIFY(b->sync->flush());
        // ... and once a is back, both changes are everywhere.
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), TeamSync::State::Online, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.find<Partner>(first)->notes,
                                  QStringLiteral("written offline"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.find<Partner>(second)->notes,
                                  QStringLiteral("written by b meanwhile"), 3000);
        QCOMPARE(a->sync->pendingCount(), 0);
    }

    void aConflictArisingOfflineIsShown() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        a->sync->setReconnectDelays(60000, 60000); // reconnect by hand below
        QVERIFY(m_server.sql(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(a->sync->backendPid())));
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), TeamSync::State::Offline, 2000);
        const Id id = a->portfolio.partners().front().id;
        Partner pa = *a->portfolio.find<Partner>(id);
        pa.name = QStringLiteral("Offline name");
        QVERIFY(a->portfolio.replace(pa));
        Partner pb = *b->portfolio.find<Partner>(id);
        pb.name = QStringLiteral("Online name");
        QVERIFY(b->portfolio.replace(pb));
        QVERIFY(b->sync->flush());
        QVERIFY(a->sync->reconnect());
        QCOMPARE(a->sync->conflicts().size(), 1);
        QCOMPARE(a->sync->conflicts().first().fields.first().theirs, QStringLiteral("Online name"));
        QCOMPARE(a->portfolio.find<Partner>(id)->name, QStringLiteral("Offline name"));
        b->sync->poll();
        QCOMPARE(b->portfolio.find<Partner>(id)->name, QStringLiteral("Online name"));
    }

    void refusedEditsComeBackAsTheServerHasThem() {
        const TeamLocation location = publishFresh();
        QVERIFY(m_server.createUser(QStringLiteral("editor%1").arg(m_portfolios)));
        QVERIFY(m_server.sql(QStringLiteral("GRANT postgres_%1_editor TO editor%2")
                                 .arg(location.portfolio)
                                 .arg(m_portfolios)));
        TeamLocation asEditor = location;
        asEditor.user = QStringLiteral("editor%1").arg(m_portfolios);
        auto editor = openClient(asEditor);
        QVERIFY(editor);
        QCOMPARE(editor->sync->role(), TeamSchema::Role::Editor);
        // Scenarios are the owners': the server refuses, the portfolio shows the server's value.
        Scenario scenario = editor->portfolio.scenarios().front();
        const QString name = scenario.name;
        scenario.name = QStringLiteral("Renamed by an editor");
        QVERIFY(editor->portfolio.replace(scenario));
        editor->sync->flush();
        QCOMPARE(editor->portfolio.scenarios().front().name, name);
        QVERIFY(!editor->notices.isEmpty());
        QVERIFY2(editor->notices.last().contains(QLatin1String("editor")),
                 qPrintable(editor->notices.last()));
        // So is the plan: it comes back as the server has it.
        ScenarioPlan plan = editor->portfolio.plans().front();
        const double budget = plan.budget;
        plan.budget = budget + 1.0;
        QVERIFY(editor->portfolio.replace(plan));
        editor->sync->flush();
        QCOMPARE(editor->portfolio.plans().front().budget, budget);
        // Partners are the editors' to change.
        Partner p = editor->portfolio.partners().front();
        p.notes = QStringLiteral("an editor's note");
        QVERIFY(editor->portfolio.replace(p));
        QVERIFY(editor->sync->flush());
        auto owner = openClient(location);
        QCOMPARE(owner->portfolio.find<Partner>(p.id)->notes, QStringLiteral("an editor's note"));
    }

    void portfolioFieldsAndOemDetailsSync() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        // The portfolio's own fields are not an entity: they sync row by row.
        PortfolioInfo info = a->portfolio.info();
        info.organization = QStringLiteral("Team Org");
        a->portfolio.setInfo(info);
        // An OEM deal's royalty tiers are detail rows of the deal.
        QVERIFY(!a->portfolio.oemDeals().empty());
        OemDeal deal = a->portfolio.oemDeals().front();
        deal.tiers.push_back({deal.tiers.empty() ? 1000 : deal.tiers.back().fromUnits + 5000, 0.5});
        QVERIFY(a->portfolio.replace(deal));
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.info().organization, QStringLiteral("Team Org"),
                                  2000);
        QTRY_VERIFY_WITH_TIMEOUT(*b->portfolio.find<OemDeal>(deal.id) == deal, 2000);
        // Reopened from the server, it is what both see.
        auto c = openClient(location);
        QCOMPARE(c->portfolio.data(), a->portfolio.data());
        QCOMPARE(c->portfolio.data(), b->portfolio.data());
    }

    void thePlanAndTheInvestmentHistorySync() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        // The demo's plan (format 8) is a record with detail rows: its settings and groups.
        QCOMPARE(a->portfolio.plans().size(), size_t(1));
        ScenarioPlan plan = a->portfolio.plans().front();
        const size_t settingsBefore = plan.partners.size();
        plan.budget = 2750000.0;
        PlanPartnerSetting setting;
        setting.partnerId = a->portfolio.partners().back().id;
        setting.fixed = 42000.0;
        plan.setPartner(setting);
        plan.groups.front().minShare = 0.2;
        QVERIFY(a->portfolio.replace(plan));
        // A new period of the investment history gets an id from a's block.
        InvestmentPeriod period;
        period.partnerId = a->portfolio.partners().front().id;
        period.start = QDate(2026, 4, 1);
        period.amount.mdf = 15000.0;
        const Id periodId = a->portfolio.insert(int(a->portfolio.investments().size()), period);
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.plans().front().budget, 2750000.0, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(b->portfolio.find<InvestmentPeriod>(periodId) != nullptr, 2000);
        QCOMPARE(b->portfolio.plans().front().partners.size(), settingsBefore + 1);
        QVERIFY(b->portfolio.plans().front() == a->portfolio.plans().front());
        QCOMPARE(b->portfolio.find<InvestmentPeriod>(periodId)->amount.mdf, 15000.0);
        // Removing the partner takes its setting off the plan on the server; reopened, the
        // portfolio is what the other client sees.
        const PartnerRemoval removal = b->portfolio.removePartner(setting.partnerId);
        QVERIFY(b->sync->flush());
        QTRY_VERIFY_WITH_TIMEOUT(a->portfolio.find<Partner>(setting.partnerId) == nullptr, 2000);
        auto c = openClient(location);
        QVERIFY(c);
        QCOMPARE(c->portfolio.plans().front().partners.size(), settingsBefore);
        QCOMPARE(c->portfolio.investments().size(), a->portfolio.investments().size());
        QCOMPARE(c->portfolio.plans().front().budget, 2750000.0);
        QVERIFY(a->portfolio.plans().front() == c->portfolio.plans().front());
        // Undoing the removal brings the partner's plan setting back, on the server too.
        b->portfolio.restorePartner(removal);
        QVERIFY(b->sync->flush());
        QVERIFY(b->portfolio.plans().front().partner(setting.partnerId));
        QTRY_VERIFY_WITH_TIMEOUT(a->portfolio.plans().front().partner(setting.partnerId), 2000);
        auto d = openClient(location);
        QVERIFY(d);
        QVERIFY(d->portfolio.plans().front() == b->portfolio.plans().front());
        QCOMPARE(d->portfolio.plans().front().partner(setting.partnerId)->fixed.value_or(0),
                 42000.0);
    }

    void rejectedLinkSuggestionsSync() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        auto b = openClient(location);
        QVERIFY(a && b);
        // A suggestion one member rejects is rejected for the whole team, and stays so.
        std::vector<LinkKey> rejected = a->portfolio.rejectedLinks();
        const LinkKey key{a->portfolio.icps().back().id, a->portfolio.partners().back().id};
        QVERIFY(std::find(rejected.begin(), rejected.end(), key) == rejected.end());
        rejected.push_back(key);
        a->portfolio.setRejectedLinks(rejected);
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.rejectedLinks().size(), rejected.size(), 2000);
        QVERIFY(std::find(b->portfolio.rejectedLinks().begin(), b->portfolio.rejectedLinks().end(),
                          key) != b->portfolio.rejectedLinks().end());
        auto c = openClient(location);
        QVERIFY(c);
        QCOMPARE(c->portfolio.rejectedLinks().size(), rejected.size());
        // Taking the rejection back reaches the others too.
        rejected.pop_back();
        b->portfolio.setRejectedLinks(rejected);
        QVERIFY(b->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(a->portfolio.rejectedLinks().size(), rejected.size(), 2000);
        // Removing a partner takes its rejections with it, on the server as here.
        rejected.push_back(key);
        a->portfolio.setRejectedLinks(rejected);
        QVERIFY(a->sync->flush());
        QTRY_COMPARE_WITH_TIMEOUT(b->portfolio.rejectedLinks().size(), rejected.size(), 2000);
        QSignalSpy notices(b->sync.get(), &TeamSync::notice);
        b->portfolio.removePartner(key.partnerId);
        QVERIFY(b->sync->flush());
        QVERIFY(b->sync->conflicts().isEmpty());
        QCOMPARE(notices.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(a->portfolio.find<Partner>(key.partnerId) == nullptr, 2000);
        // (A portfolio in memory may keep the rejection of a removed partner; it is never
        // shown nor saved.)
        auto live = [](const Portfolio &portfolio) {
            std::vector<LinkKey> keys;
            for (const LinkKey &k : portfolio.rejectedLinks())
                if (portfolio.find<Icp>(k.icpId) && portfolio.find<Partner>(k.partnerId))
                    keys.push_back(k);
            return keys;
        };
        QCOMPARE(live(a->portfolio).size(), rejected.size() - 1);
        auto d = openClient(location);
        QVERIFY(d);
        QVERIFY(live(d->portfolio) == live(a->portfolio));
        QVERIFY(live(d->portfolio) == live(b->portfolio));
        QVERIFY(d->portfolio.partners() == a->portfolio.partners());
    }

    void historyListsWhoChangedWhat() {
        const TeamLocation location = publishFresh();
        auto a = openClient(location);
        QVERIFY(a);
        Partner p = a->portfolio.partners().front();
        const QString oldName = p.name;
        p.name = QStringLiteral("Renamed Ltd");
        QVERIFY(a->portfolio.replace(p));
        QVERIFY(a->sync->flush());
        const QList<TeamSync::HistoryEntry> history = a->sync->history(EntityKind::Partner, p.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().who, QStringLiteral("postgres"));
        QCOMPARE(history.first().op, QLatin1Char('U'));
        QCOMPARE(history.first().changes,
                 QStringList{QStringLiteral("name: %1 → Renamed Ltd").arg(oldName)});
        QVERIFY(history.first().at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
