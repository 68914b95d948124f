// SPDX-License-Identifier: GPL-3.0-or-later
// Undo of the activity log, the deal log and whole-deal OEM edits through the ps::edit facade.
#include "core/economics/linksuggestions.h"
#include "ui/document/document.h"
#include "ui/undo/edits.h"

#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

PortfolioData sample() {
    PortfolioData d;
    Icp icp;
    icp.id = 1;
    icp.name = QStringLiteral("Mid-market manufacturing");
    d.icps = {icp};
    Partner contoso;
    contoso.id = 1;
    contoso.name = QStringLiteral("Contoso");
    contoso.model = PartnerModel::Oem;
    Partner fabrikam;
    fabrikam.id = 2;
    fabrikam.name = QStringLiteral("Fabrikam");
    fabrikam.model = PartnerModel::Distributor;
    d.partners = {contoso, fabrikam};
    OemDeal deal;
    deal.id = 1;
    deal.partnerId = 1;
    deal.name = QStringLiteral("Contoso embedded");
    deal.tiers = {{0, 2.5}, {10000, 1.8}};
    d.oemDeals = {deal};
    return d;
}

} // namespace

class TestLogEdits : public QObject {
    Q_OBJECT
    Document m_doc;

private slots:
    void init() { m_doc.reset(sample(), QString(), false); }

    void addingAnActivityIsOneStep() {
        Activity a;
        a.partnerId = 1;
        a.date = QDate(2026, 3, 2);
        a.kind = ActivityKind::DealRegistered;
        const Id id = edit::addActivity(m_doc, a);
        QVERIFY(id != 0);
        QCOMPARE(m_doc.portfolio()->activities().size(), size_t(1));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QVERIFY(m_doc.undoStack()->undoText().contains(QLatin1String("Contoso")));
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->activities().empty());
        m_doc.undoStack()->redo();
        QCOMPARE(m_doc.portfolio()->activities().front().id, id);
    }

    void invalidActivitiesAreRefused() {
        Activity noDate;
        noDate.partnerId = 1;
        QCOMPARE(edit::addActivity(m_doc, noDate), Id(0));
        Activity noPartner;
        noPartner.partnerId = 99;
        noPartner.date = QDate(2026, 1, 1);
        QCOMPARE(edit::addActivity(m_doc, noPartner), Id(0));
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void dealsAddChangeAndRemove() {
        Deal deal;
        deal.name = QStringLiteral("Plant 2");
        deal.partners = {{1, Attribution::Sourced, QStringLiteral("OEM")}};
        deal.icpId = 1;
        deal.amount = 120000;
        const Id id = edit::addDeal(m_doc, deal);
        QVERIFY(id != 0);
        Deal won = *m_doc.portfolio()->find<Deal>(id);
        won.outcome = DealOutcome::Won;
        won.closedOn = QDate(2026, 4, 30);
        QVERIFY(edit::replaceDeal(m_doc, won));
        QVERIFY(!edit::replaceDeal(m_doc, won)); // no change, no step
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->outcome, DealOutcome::Won);
        QVERIFY(edit::removeDeals(m_doc, {id}));
        QVERIFY(m_doc.portfolio()->deals().empty());
        QCOMPARE(m_doc.undoStack()->count(), 3);
        m_doc.undoStack()->undo();
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->outcome, DealOutcome::Open);

        Deal negative = deal;
        negative.amount = -1;
        QCOMPARE(edit::addDeal(m_doc, negative), Id(0));
        Deal missingIcp = deal;
        missingIcp.icpId = 42;
        QCOMPARE(edit::addDeal(m_doc, missingIcp), Id(0));
    }

    void replacingAnOemDealIsOneStep() {
        OemDeal terms = m_doc.portfolio()->oemDeals().front();
        terms.tierMode = RoyaltyTierMode::AllUnits;
        terms.costPerUnit = 0.9;
        terms.volumes = {500, 5000, 50000};
        QVERIFY(edit::replaceOemDeal(m_doc, terms));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.portfolio()->oemDeals().front(), terms);
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->oemDeals().front().volumes.empty());

        OemDeal unsorted = terms;
        unsorted.tiers = {{10000, 1.8}, {0, 2.5}};
        QVERIFY(!edit::replaceOemDeal(m_doc, unsorted));
        OemDeal negativeVolume = terms;
        negativeVolume.volumes = {100, -5};
        QVERIFY(!edit::replaceOemDeal(m_doc, negativeVolume));
    }

    void deletingAPartnerTakesItsLogRowsAndUndoRestoresThem() {
        Activity a;
        a.partnerId = 1;
        a.date = QDate(2026, 3, 2);
        edit::addActivity(m_doc, a);
        Deal d;
        d.partners = {{1, Attribution::Influenced, QString()}};
        d.amount = 10;
        edit::addDeal(m_doc, d);
        const PortfolioData before = m_doc.portfolio()->data();
        QVERIFY(edit::removePartners(m_doc, {1}));
        QVERIFY(m_doc.portfolio()->activities().empty());
        QVERIFY(m_doc.portfolio()->deals().empty());
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->data() == before);
    }

    void aDealsPartnersAndTheirRolesAreOneStep() {
        Deal d;
        d.name = QStringLiteral("Line 3");
        d.amount = 90000;
        d.partners = {{1, Attribution::Sourced, QStringLiteral("OEM")}};
        const Id id = edit::addDeal(m_doc, d);
        Deal two = *m_doc.portfolio()->find<Deal>(id);
        two.partners.push_back({2, Attribution::Influenced, QStringLiteral("Distributor")});
        QVERIFY(edit::replaceDeal(m_doc, two));
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->partners.size(), size_t(2));
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->attributedShare(), 45000.0);
        // A partner twice, or one that does not exist, is refused.
        Deal twice = two;
        twice.partners.push_back({1, Attribution::Influenced, QString()});
        QVERIFY(!edit::replaceDeal(m_doc, twice));
        Deal missing = two;
        missing.partners.push_back({77, Attribution::Influenced, QString()});
        QVERIFY(!edit::replaceDeal(m_doc, missing));
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->partners.size(), size_t(1));
        m_doc.undoStack()->redo();

        // Deleting Fabrikam keeps the deal with Contoso; undo puts Fabrikam back on it.
        const PortfolioData before = m_doc.portfolio()->data();
        QVERIFY(edit::removePartners(m_doc, {2}));
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->partners.size(), size_t(1));
        QCOMPARE(m_doc.portfolio()->find<Deal>(id)->partners.front().partnerId, Id(1));
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->data() == before);
    }

    void suggestedLinksAreAcceptedOrRejectedWithUndo() {
        LinkSuggestion suggestion;
        suggestion.evidence = {1, 2, 4, 3, 1};
        suggestion.strength = 2;
        const Id link = edit::acceptLinkSuggestion(m_doc, suggestion);
        QVERIFY(link != 0);
        const InfluenceLink *added = m_doc.portfolio()->find<InfluenceLink>(link);
        QCOMPARE(added->strength, 2);
        QVERIFY(added->notes.contains(QStringLiteral("4 deal(s)")));
        QCOMPARE(edit::acceptLinkSuggestion(m_doc, suggestion), Id(0)); // linked already
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->links().empty());

        QVERIFY(edit::rejectLinkSuggestion(m_doc, 1, 2));
        QVERIFY(!edit::rejectLinkSuggestion(m_doc, 1, 2)); // rejected already: no step
        QCOMPARE(m_doc.portfolio()->rejectedLinks(), (std::vector<LinkKey>{{1, 2}}));
        QVERIFY(m_doc.undoStack()->undoText().contains(QStringLiteral("Fabrikam")));
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.portfolio()->rejectedLinks().empty());
        m_doc.undoStack()->redo();
        QVERIFY(edit::unrejectLinkSuggestion(m_doc, 1, 2));
        QVERIFY(m_doc.portfolio()->rejectedLinks().empty());
        QVERIFY(!edit::rejectLinkSuggestion(m_doc, 1, 99)); // no such partner
    }
};

QTEST_MAIN(TestLogEdits)
#include "tst_logedits.moc"
