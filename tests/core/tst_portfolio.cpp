// SPDX-License-Identifier: GPL-3.0-or-later
// The open portfolio: change notification and cascading removal that undo relies on.
#include "core/domain/portfolio.h"

#include <QSignalSpy>
#include <QTest>

using namespace ps;

namespace {

PortfolioData smallPortfolio() {
    PortfolioData d;
    d.info.name = QStringLiteral("Test");
    for (int i = 1; i <= 3; ++i) {
        Icp icp;
        icp.id = i;
        icp.name = QStringLiteral("ICP %1").arg(i);
        d.icps.push_back(icp);
    }
    for (int i = 1; i <= 4; ++i) {
        Partner p;
        p.id = i;
        p.name = QStringLiteral("Partner %1").arg(i);
        p.model = i == 1 ? PartnerModel::Distributor : PartnerModel::Reseller;
        p.upstreamId = i == 1 ? 0 : 1;
        d.partners.push_back(p);
    }
    Id linkId = 1;
    for (Id partner = 1; partner <= 4; ++partner)
        for (Id icp = 1; icp <= 2; ++icp) {
            InfluenceLink l;
            l.id = linkId++;
            l.icpId = icp;
            l.partnerId = partner;
            l.strength = int(partner);
            d.links.push_back(l);
        }
    OemDeal deal;
    deal.id = 1;
    deal.partnerId = 1;
    deal.name = QStringLiteral("Deal");
    d.oemDeals.push_back(deal);
    // The logs: partner 1 has two activities and an influenced deal; a direct deal for ICP 2.
    d.activities = {{1, 1, QDate(2026, 1, 5), ActivityKind::JointCall, QString(), {}},
                    {2, 2, QDate(2026, 1, 6), ActivityKind::Training, QString(), {}},
                    {3, 1, QDate(2026, 2, 1), ActivityKind::DealRegistered, QString(), {}}};
    Deal influenced;
    influenced.id = 1;
    influenced.partners = {{1, Attribution::Influenced, QString()}};
    influenced.icpId = 1;
    influenced.amount = 1000;
    Deal direct;
    direct.id = 2;
    direct.icpId = 2;
    direct.amount = 500;
    d.deals = {influenced, direct};
    return d;
}

} // namespace

class TestPortfolio : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ps::EntityKind>(); }

    void assignIndexesEveryRow() {
        Portfolio portfolio;
        QSignalSpy reset(&portfolio, &Portfolio::reset);
        portfolio.assign(smallPortfolio());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(portfolio.rowOf<Partner>(3), 2);
        QCOMPARE(portfolio.find<Icp>(2)->name, QStringLiteral("ICP 2"));
        QVERIFY(portfolio.find<Partner>(99) == nullptr);
        QVERIFY(validate(portfolio.data()).isEmpty());
    }

    void insertAssignsFreshIdsAndNotifies() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        QSignalSpy inserted(&portfolio, &Portfolio::rowsInserted);
        Partner p;
        p.name = QStringLiteral("New");
        const Id id = portfolio.insert(1, p);
        QCOMPARE(id, Id(5));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).value<EntityKind>(), EntityKind::Partner);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(portfolio.rowOf<Partner>(id), 1);
        QCOMPARE(portfolio.rowOf<Partner>(2), 2); // rows after it moved down
    }

    void replaceNotifiesOnlyRealChanges() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        QSignalSpy changed(&portfolio, &Portfolio::entityChanged);
        Partner p = *portfolio.find<Partner>(2);
        QVERIFY(!portfolio.replace(p));
        QCOMPARE(changed.count(), 0);
        p.status = PartnerStatus::Active;
        QVERIFY(portfolio.replace(p));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<Id>(), Id(2));
        QCOMPARE(changed.first().at(2).toInt(), 1);
    }

    void removePartnerCascadesAndRestoresExactly() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        const PortfolioData before = portfolio.data();
        const PartnerRemoval removal = portfolio.removePartner(1);
        QCOMPARE(removal.links.size(), size_t(2));
        QCOMPARE(removal.deals.size(), size_t(1));
        QCOMPARE(removal.downstream.size(), size_t(3));
        QCOMPARE(portfolio.partners().size(), size_t(3));
        QVERIFY(portfolio.oemDeals().empty());
        for (const Partner &p : portfolio.partners())
            QCOMPARE(p.upstreamId, Id(0));
        QVERIFY(validate(portfolio.data()).isEmpty());

        portfolio.restorePartner(removal);
        QVERIFY(portfolio.data() == before);
        QCOMPARE(portfolio.rowOf<InfluenceLink>(2), 1);
    }

    void removeIcpTakesItsLinks() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        const PortfolioData before = portfolio.data();
        const IcpRemoval removal = portfolio.removeIcp(2);
        QCOMPARE(removal.links.size(), size_t(4));
        QVERIFY(portfolio.linkRowsOfIcp(2).empty());
        QCOMPARE(portfolio.linkRowsOfIcp(1).size(), size_t(4));
        portfolio.restoreIcp(removal);
        QVERIFY(portfolio.data() == before);
    }

    void removePartnerTakesItsLogRows() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        const PortfolioData before = portfolio.data();
        const PartnerRemoval removal = portfolio.removePartner(1);
        QCOMPARE(removal.activities.size(), size_t(2));
        QCOMPARE(removal.salesDeals.size(), size_t(1));
        QCOMPARE(portfolio.activities().size(), size_t(1));
        QCOMPARE(portfolio.activities().front().partnerId, Id(2));
        QCOMPARE(portfolio.deals().size(), size_t(1));
        QVERIFY(validate(portfolio.data()).isEmpty());
        portfolio.restorePartner(removal);
        QVERIFY(portfolio.data() == before);
        QCOMPARE(portfolio.rowOf<Activity>(3), 2);
    }

    void removeIcpClearsItFromDeals() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        const PortfolioData before = portfolio.data();
        const IcpRemoval removal = portfolio.removeIcp(2);
        QCOMPARE(removal.deals, std::vector<Id>{2});
        QCOMPARE(portfolio.find<Deal>(2)->icpId, Id(0));
        QCOMPARE(portfolio.find<Deal>(1)->icpId, Id(1));
        QVERIFY(validate(portfolio.data()).isEmpty());
        portfolio.restoreIcp(removal);
        QVERIFY(portfolio.data() == before);
    }

    void appendIsOneNotification() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        QSignalSpy about(&portfolio, &Portfolio::rowsAboutToBeInserted);
        QSignalSpy inserted(&portfolio, &Portfolio::rowsInserted);
        std::vector<Partner> added(3);
        for (size_t i = 0; i < added.size(); ++i)
            added[i].name = QStringLiteral("Imported %1").arg(i);
        const std::vector<Id> ids = portfolio.append(added);
        QCOMPARE(ids.size(), size_t(3));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(about.count(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 4);
        QCOMPARE(inserted.front().at(2).toInt(), 6);
        QCOMPARE(portfolio.rowOf<Partner>(ids[2]), 6);
        QCOMPARE(portfolio.find<Partner>(ids[0])->name, QStringLiteral("Imported 0"));

        QSignalSpy removed(&portfolio, &Portfolio::rowsRemoved);
        const std::vector<Partner> back = portfolio.removeLast<Partner>(3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(back.size(), size_t(3));
        QCOMPARE(back[1].id, ids[1]);
        QVERIFY(!portfolio.find<Partner>(ids[0]));
        QVERIFY(portfolio.data() == smallPortfolio());
    }

    void findLinkByPair() {
        Portfolio portfolio;
        portfolio.assign(smallPortfolio());
        const InfluenceLink *link = portfolio.findLink(2, 3);
        QVERIFY(link);
        QCOMPARE(link->strength, 3);
        QVERIFY(!portfolio.findLink(3, 3));
    }

    void validateNamesBrokenReferences() {
        PortfolioData d = smallPortfolio();
        d.links[0].icpId = 42;
        d.partners[1].upstreamId = d.partners[1].id;
        d.partners[2].ratings.capability = 7;
        d.links.push_back(d.links[1]);
        d.links.back().id = 100;
        const QStringList problems = validate(d);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("missing ICP")));
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
