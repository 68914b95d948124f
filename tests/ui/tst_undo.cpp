// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of every kind of edit made through the ps::edit facade.
#include "ui/document/document.h"
#include "ui/undo/edits.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ps;

Q_DECLARE_METATYPE(ps::PartnerField)

namespace {

/// Two ICPs; Contoso (distributor) with Fabrikam buying through it; Northwind unclassified;
/// Tailspin (OEM) with one deal. Links: both ICPs to Contoso, ICP 1 to Fabrikam, ICP 2 to
/// Tailspin.
PortfolioData samplePortfolio() {
    PortfolioData d;
    d.info.name = QStringLiteral("Sample");
    Icp manufacturing;
    manufacturing.id = 1;
    manufacturing.name = QStringLiteral("Mid-market manufacturing");
    Icp publicSector;
    publicSector.id = 2;
    publicSector.name = QStringLiteral("Public sector");
    d.icps = {manufacturing, publicSector};

    auto partner = [](Id id, const char *name, std::optional<PartnerModel> model, Id upstream) {
        Partner p;
        p.id = id;
        p.name = QString::fromLatin1(name);
        p.model = model;
        p.upstreamId = upstream;
        return p;
    };
    d.partners = {partner(1, "Contoso", PartnerModel::Distributor, 0),
                  partner(2, "Fabrikam", PartnerModel::Reseller, 1),
                  partner(3, "Northwind", std::nullopt, 0),
                  partner(4, "Tailspin", PartnerModel::Oem, 0)};

    auto link = [](Id id, Id icp, Id partnerId, int strength) {
        InfluenceLink l;
        l.id = id;
        l.icpId = icp;
        l.partnerId = partnerId;
        l.strength = strength;
        return l;
    };
    d.links = {link(1, 1, 1, 4), link(2, 1, 2, 3), link(3, 2, 1, 2), link(4, 2, 4, 5)};

    OemDeal deal;
    deal.id = 1;
    deal.partnerId = 4;
    deal.name = QStringLiteral("Tailspin embedded");
    deal.tiers = {{0, 2.5}, {10000, 1.8}};
    d.oemDeals = {deal};
    return d;
}

} // namespace

class TestUndo : public QObject {
    Q_OBJECT

private:
    Document doc;
    const Portfolio &portfolio() const { return *doc.portfolio(); }
    QUndoStack &stack() const { return *doc.undoStack(); }
    const Partner &partner(Id id) const { return *portfolio().find<Partner>(id); }

    /// Undoes the last step and checks the portfolio is back to `before`, then redoes it and
    /// checks the portfolio equals `after`.
    void checkUndoRedo(const PortfolioData &before) {
        const PortfolioData after = portfolio().data();
        QVERIFY(after != before);
        stack().undo();
        QCOMPARE(portfolio().data(), before);
        stack().redo();
        QCOMPARE(portfolio().data(), after);
    }

private Q_SLOTS:
    void init() { doc.reset(samplePortfolio(), QString(), false); }

    void infoField() {
        const PortfolioData before = portfolio().data();
        QVERIFY(edit::setInfoField(doc, InfoField::Organization, QStringLiteral("Lumora")));
        QCOMPARE(portfolio().info().organization, QStringLiteral("Lumora"));
        QCOMPARE(stack().undoText(), QStringLiteral("Change Organization of the portfolio"));
        checkUndoRedo(before);
        QVERIFY(!edit::setInfoField(doc, InfoField::Currency, QStringLiteral("euro")));
        QCOMPARE(stack().count(), 1);
    }

    void partnerField_data() {
        QTest::addColumn<PartnerField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected"); // fieldValue afterwards
        QTest::newRow("text") << PartnerField::Website << QVariant(QStringLiteral("contoso.com"))
                              << QVariant(QStringLiteral("contoso.com"));
        QTest::newRow("enum") << PartnerField::Status << QVariant(QStringLiteral("active"))
                              << QVariant(QStringLiteral("active"));
        QTest::newRow("model") << PartnerField::Model << QVariant(QStringLiteral("isv"))
                               << QVariant(QStringLiteral("isv"));
        QTest::newRow("tier") << PartnerField::Tier << QVariant(QStringLiteral("gold"))
                              << QVariant(QStringLiteral("gold"));
        QTest::newRow("list") << PartnerField::Regions << QVariant(QStringLiteral("EMEA; DACH"))
                              << QVariant(
                                     QStringList{QStringLiteral("EMEA"), QStringLiteral("DACH")});
        QTest::newRow("rating") << PartnerField::MarketReach << QVariant(4) << QVariant(4);
        QTest::newRow("money") << PartnerField::Pipeline << QVariant(125000.5)
                               << QVariant(125000.5);
        QTest::newRow("count") << PartnerField::DealsWon << QVariant(7) << QVariant(7);
        QTest::newRow("date") << PartnerField::EnrolledOn << QVariant(QDate(2024, 3, 1))
                              << QVariant(QDate(2024, 3, 1));
        QTest::newRow("bool") << PartnerField::PricingAgreed << QVariant(true) << QVariant(true);
        QTest::newRow("owner") << PartnerField::SupportOwner << QVariant(QStringLiteral("shared"))
                               << QVariant(QStringLiteral("shared"));
        QTest::newRow("decision") << PartnerField::Decision << QVariant(QStringLiteral("invest"))
                                  << QVariant(QStringLiteral("invest"));
        QTest::newRow("upstream") << PartnerField::Upstream << QVariant(qint64(4))
                                  << QVariant(qint64(4));
    }

    void partnerField() {
        QFETCH(PartnerField, field);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        const PortfolioData before = portfolio().data();
        QVERIFY(edit::setPartnerField(doc, 1, field, value));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(fieldValue(partner(1), field), expected);
        QCOMPARE(stack().undoText(), QStringLiteral("Change %1 of Contoso").arg(fieldTitle(field)));
        checkUndoRedo(before);
        // The same value again changes nothing and adds no step.
        QVERIFY(!edit::setPartnerField(doc, 1, field, value));
        QCOMPARE(stack().count(), 1);
    }

    void optionalRatingCleared() {
        QVERIFY(edit::setPartnerField(doc, 2, PartnerField::Capability, 3));
        QVERIFY(edit::setPartnerField(doc, 2, PartnerField::Capability, QVariant()));
        QVERIFY(!partner(2).ratings.capability.has_value());
        stack().undo();
        QCOMPARE(partner(2).ratings.capability, std::optional<int>(3));
    }

    void invalidValuePushesNothing_data() {
        QTest::addColumn<PartnerField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("empty name") << PartnerField::Name << QVariant(QStringLiteral("  "));
        QTest::newRow("unknown status") << PartnerField::Status << QVariant(QStringLiteral("x"));
        QTest::newRow("rating 6") << PartnerField::Commitment << QVariant(6);
        QTest::newRow("negative money") << PartnerField::SourcedRevenue << QVariant(-1.0);
        QTest::newRow("bad date") << PartnerField::EnrolledOn << QVariant(QStringLiteral("soon"));
        QTest::newRow("self upstream") << PartnerField::Upstream << QVariant(qint64(1));
        QTest::newRow("cycle") << PartnerField::Upstream << QVariant(qint64(2));
        QTest::newRow("missing upstream") << PartnerField::Upstream << QVariant(qint64(99));
    }

    void invalidValuePushesNothing() {
        QFETCH(PartnerField, field);
        QFETCH(QVariant, value);
        const PortfolioData before = portfolio().data();
        // Partner 1 is Fabrikam's upstream, so making Fabrikam its upstream closes a cycle.
        QVERIFY(!edit::setPartnerField(doc, 1, field, value));
        QCOMPARE(stack().count(), 0);
        QCOMPARE(portfolio().data(), before);
        QVERIFY(!doc.isModified());
    }

    void bulkEditIsOneStep_data() {
        QTest::addColumn<PartnerField>("field");
        QTest::addColumn<QString>("key");
        QTest::newRow("model") << PartnerField::Model << QStringLiteral("agency");
        QTest::newRow("status") << PartnerField::Status << QStringLiteral("dormant");
        QTest::newRow("tier") << PartnerField::Tier << QStringLiteral("silver");
    }

    void bulkEditIsOneStep() {
        QFETCH(PartnerField, field);
        QFETCH(QString, key);
        const PortfolioData before = portfolio().data();
        QVERIFY(edit::setPartnersField(doc, {1, 2, 3}, field, key));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().undoText(),
                 QStringLiteral("Change %1 of 3 partners").arg(fieldTitle(field)));
        for (Id id : {1, 2, 3})
            QCOMPARE(fieldValue(partner(id), field).toString(), key);
        QVERIFY(fieldValue(partner(4), field).toString() != key);
        checkUndoRedo(before);
    }

    void bulkEditRejectsInvalidAndCycles() {
        QVERIFY(!edit::setPartnersField(doc, {1, 2}, PartnerField::Status, QStringLiteral("x")));
        // Contoso buying through Fabrikam, which buys through Contoso: rejected as a whole.
        QVERIFY(!edit::setPartnersField(doc, {1, 3}, PartnerField::Upstream, qint64(2)));
        QCOMPARE(stack().count(), 0);
        QVERIFY(edit::setPartnersField(doc, {3, 4}, PartnerField::Upstream, qint64(1)));
        QCOMPARE(partner(3).upstreamId, Id(1));
        QCOMPARE(partner(4).upstreamId, Id(1));
    }

    void addPartner() {
        const PortfolioData before = portfolio().data();
        Partner p;
        p.name = QStringLiteral("Adatum");
        const Id id = edit::addPartner(doc, p, 1);
        QVERIFY(id > 4);
        QCOMPARE(portfolio().rowOf<Partner>(id), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Add partner Adatum"));
        checkUndoRedo(before);
        QCOMPARE(portfolio().rowOf<Partner>(id), 1); // redo brings back the same id and row
        Partner dangling;
        dangling.upstreamId = 99;
        QCOMPARE(edit::addPartner(doc, dangling), Id(0));
        QCOMPARE(stack().count(), 1);
    }

    void removePartnerRestoresEverything() {
        const PortfolioData before = portfolio().data();
        // Contoso has two links and is Fabrikam's upstream; Tailspin has a link and a deal.
        QVERIFY(edit::removePartners(doc, {1, 4}));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Delete 2 partners"));
        QCOMPARE(portfolio().partners().size(), size_t(2));
        QCOMPARE(portfolio().links().size(), size_t(1));
        QVERIFY(portfolio().oemDeals().empty());
        QCOMPARE(partner(2).upstreamId, Id(0));
        checkUndoRedo(before);
        stack().undo();
        QCOMPARE(partner(2).upstreamId, Id(1));
        QVERIFY(!edit::removePartners(doc, {42}));
    }

    void removeSinglePartnerText() {
        QVERIFY(edit::removePartners(doc, {3}));
        QCOMPARE(stack().undoText(), QStringLiteral("Delete Northwind"));
    }

    void duplicatePartners() {
        const PortfolioData before = portfolio().data();
        const QList<Id> copies = edit::duplicatePartners(doc, {4, 1});
        QCOMPARE(copies.size(), 2);
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Duplicate 2 partners"));
        // Each copy sits right below its original.
        const auto &partners = portfolio().partners();
        QCOMPARE(partners[1].name, QStringLiteral("Contoso (copy)"));
        QCOMPARE(partners[5].name, QStringLiteral("Tailspin (copy)"));
        const Id contosoCopy = partners[1].id;
        QVERIFY(copies.contains(contosoCopy));
        QVERIFY(contosoCopy != 1 && contosoCopy != 4);
        // Links and OEM deals come along, with fresh ids.
        QCOMPARE(portfolio().linkRowsOfPartner(contosoCopy).size(), size_t(2));
        QVERIFY(portfolio().findLink(2, contosoCopy));
        QCOMPARE(portfolio().links().size(), size_t(7));
        QCOMPARE(portfolio().oemDeals().size(), size_t(2));
        QCOMPARE(portfolio().oemDeals()[1].partnerId, partners[5].id);
        QVERIFY(validate(portfolio().data()).isEmpty());
        checkUndoRedo(before);
    }

    void icpEdits() {
        PortfolioData before = portfolio().data();
        QVERIFY(edit::setIcpField(doc, 2, IcpField::PriorityWeight, 7.5));
        QCOMPARE(portfolio().find<Icp>(2)->priorityWeight, 7.5);
        QCOMPARE(stack().undoText(), QStringLiteral("Change Priority weight of Public sector"));
        checkUndoRedo(before);
        QVERIFY(!edit::setIcpField(doc, 2, IcpField::PriorityWeight, 11));

        before = portfolio().data();
        Icp icp;
        icp.name = QStringLiteral("Healthcare");
        const Id id = edit::addIcp(doc, icp);
        QCOMPARE(portfolio().rowOf<Icp>(id), 2);
        checkUndoRedo(before);

        before = portfolio().data();
        QVERIFY(edit::removeIcps(doc, {1}));
        QCOMPARE(portfolio().links().size(), size_t(2)); // its two links went with it
        QCOMPARE(stack().undoText(), QStringLiteral("Delete Mid-market manufacturing"));
        checkUndoRedo(before);
    }

    void linkEdits() {
        PortfolioData before = portfolio().data();
        InfluenceLink link;
        link.icpId = 2;
        link.partnerId = 3;
        link.role = LinkRole::Delivers;
        const Id id = edit::addLink(doc, link);
        QVERIFY(id > 0);
        QCOMPARE(stack().undoText(), QStringLiteral("Add link Public sector – Northwind"));
        checkUndoRedo(before);

        // The same pair again is rejected and pushes nothing.
        const int steps = stack().count();
        QCOMPARE(edit::addLink(doc, link), Id(0));
        QCOMPARE(stack().count(), steps);
        // Moving a link onto an existing pair is rejected too.
        QVERIFY(!edit::setLinkField(doc, id, LinkField::Partner, qint64(1)));

        before = portfolio().data();
        QVERIFY(edit::setLinkField(doc, id, LinkField::Strength, 5));
        QVERIFY(!edit::setLinkField(doc, id, LinkField::Strength, 6));
        QCOMPARE(portfolio().find<InfluenceLink>(id)->strength, 5);
        checkUndoRedo(before);

        before = portfolio().data();
        QVERIFY(edit::removeLinks(doc, {1, id}));
        QCOMPARE(stack().undoText(), QStringLiteral("Delete 2 links"));
        QCOMPARE(portfolio().links().size(), size_t(3));
        checkUndoRedo(before);
    }

    void oemDealEdits() {
        PortfolioData before = portfolio().data();
        OemDeal deal;
        deal.partnerId = 4;
        deal.name = QStringLiteral("White-label kit");
        const Id id = edit::addOemDeal(doc, deal);
        QVERIFY(id > 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Add White-label kit"));
        checkUndoRedo(before);
        deal.partnerId = 99;
        QCOMPARE(edit::addOemDeal(doc, deal), Id(0));

        before = portfolio().data();
        QVERIFY(edit::setOemDealField(doc, id, OemDealField::Structure,
                                      toKey(OemStructure::WhiteLabel)));
        QCOMPARE(portfolio().find<OemDeal>(id)->structure, OemStructure::WhiteLabel);
        checkUndoRedo(before);

        before = portfolio().data();
        QVERIFY(edit::setOemDealTiers(doc, id, {{5000, 1.5}, {0, 2.0}}));
        const auto &tiers = portfolio().find<OemDeal>(id)->tiers;
        QCOMPARE(tiers.size(), size_t(2));
        QCOMPARE(tiers[0].fromUnits, 0); // kept in volume order
        QCOMPARE(stack().undoText(), QStringLiteral("Change royalty tiers of White-label kit"));
        checkUndoRedo(before);
        QVERIFY(!edit::setOemDealTiers(doc, id, {{0, 1.0}, {0, 2.0}}));
        QVERIFY(!edit::setOemDealTiers(doc, id, {{0, -1.0}}));

        before = portfolio().data();
        ScoreboardEntry entry;
        entry.period = QDate(2024, 1, 1);
        entry.devicesInField = 1200;
        QVERIFY(edit::setOemDealScoreboard(doc, id, {entry}));
        QCOMPARE(portfolio().find<OemDeal>(id)->scoreboard.front().devicesInField, 1200);
        checkUndoRedo(before);
        entry.period = QDate();
        QVERIFY(!edit::setOemDealScoreboard(doc, id, {entry}));

        before = portfolio().data();
        QVERIFY(edit::removeOemDeals(doc, {1, id}));
        QVERIFY(portfolio().oemDeals().empty());
        QCOMPARE(stack().undoText(), QStringLiteral("Delete 2 OEM deals"));
        checkUndoRedo(before);
    }

    void continuousEditsMerge() {
        const PortfolioData before = portfolio().data();
        for (int weight : {2, 3, 4, 5})
            QVERIFY(edit::setIcpField(doc, 1, IcpField::PriorityWeight, weight,
                                      edit::Merge::Continuous));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(portfolio().find<Icp>(1)->priorityWeight, 5.0);
        stack().undo();
        QCOMPARE(portfolio().data(), before);
        stack().redo();
        QCOMPARE(portfolio().find<Icp>(1)->priorityWeight, 5.0);
        // Another field, or another entity, starts a new step.
        QVERIFY(edit::setIcpField(doc, 1, IcpField::TargetAccounts, 40, edit::Merge::Continuous));
        QVERIFY(edit::setIcpField(doc, 2, IcpField::TargetAccounts, 40, edit::Merge::Continuous));
        QCOMPARE(stack().count(), 3);
    }

    void separateEditsDoNotMerge() {
        QVERIFY(edit::setLinkField(doc, 1, LinkField::Strength, 1));
        QVERIFY(edit::setLinkField(doc, 1, LinkField::Strength, 2));
        QCOMPARE(stack().count(), 2);
    }

    void continuousEditBackToStartLeavesNoStep() {
        QVERIFY(
            edit::setPartnerField(doc, 1, PartnerField::MarketReach, 2, edit::Merge::Continuous));
        QVERIFY(edit::setPartnerField(doc, 1, PartnerField::MarketReach, QVariant(),
                                      edit::Merge::Continuous));
        QCOMPARE(stack().count(), 0);
        QVERIFY(!doc.isModified());
    }

    void continuousEditsAfterPauseDoNotMerge() {
        QVERIFY(edit::setInfoField(doc, InfoField::FiscalYear, 2025, edit::Merge::Continuous));
        QTest::qWait(2100);
        QVERIFY(edit::setInfoField(doc, InfoField::FiscalYear, 2026, edit::Merge::Continuous));
        QCOMPARE(stack().count(), 2);
    }

    void cleanStateFollowsUndo() {
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        QVERIFY(!doc.isModified());
        QVERIFY(edit::setPartnerField(doc, 3, PartnerField::Name, QStringLiteral("Northwind Ltd")));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        stack().undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.last().at(0).toBool(), false);
        stack().redo();
        QVERIFY(doc.isModified());
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
