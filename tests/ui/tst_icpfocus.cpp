// SPDX-License-Identifier: GPL-3.0-or-later
// Focus on one ICP on the influence map page: its partners by strength and role, and for a gap
// ICP the partners that could close it, in the core's order, each added in one undo step.
#include "core/analytics/coverage.h"
#include "core/analytics/gapcandidates.h"
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/icpfocuspanel.h"
#include "ui/map/influencemapview.h"
#include "ui/map/mappage.h"
#include "ui/undo/edits.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace ps;

namespace {

struct Fixture {
    Document doc;
    std::unique_ptr<ScoringController> scoring;
    PartnerSelection selection;
    std::unique_ptr<MapPage> page;

    Fixture() {
        PortfolioData data = demoPortfolio();
        ensureScenario(data);
        doc.reset(std::move(data), QString(), true);
        scoring = std::make_unique<ScoringController>(&doc);
        scoring->refreshNow();
        page = std::make_unique<MapPage>(&doc, scoring.get(), &selection);
        page->resize(1366, 768);
        page->show();
    }
    const Portfolio &portfolio() const { return *doc.portfolio(); }
    Id firstGap() const {
        for (const IcpCoverage &c : computeCoverage(portfolio().data()))
            if (c.gap)
                return c.icpId;
        return 0;
    }
};

QString partnerName(const Portfolio &portfolio, Id id) {
    const Partner *p = portfolio.find<Partner>(id);
    return p ? p->name : QString();
}

} // namespace

class TestIcpFocus : public QObject {
    Q_OBJECT
private slots:
    void gapCandidatesInCoreOrderAndAddLinkUndoes() {
        Fixture f;
        const Id gap = f.firstGap();
        QVERIFY(gap != 0);
        // Every partner of the demo that fits its gap (Hospitality groups) is linked weakly; a
        // new one that fits and has no link yet is a candidate too.
        const Icp *icp = f.portfolio().find<Icp>(gap);
        Partner harbour;
        harbour.name = QStringLiteral("Harbour Hotel Systems");
        harbour.industries = {icp->industries.first()};
        harbour.regions = {icp->regions.first()};
        harbour.status = PartnerStatus::Active;
        harbour.ratings.marketReach = 3;
        const Id added = edit::addPartner(f.doc, harbour);
        QVERIFY(added != 0);
        // Chosen with the keyboard in the focus tab's combo box.
        QComboBox *combo = f.page->focusPanel()->icpCombo();
        f.page->sideTabs()->setCurrentWidget(f.page->focusPanel());
        combo->setFocus();
        const int index = combo->findData(QVariant::fromValue<Id>(gap));
        QVERIFY(index > 0);
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(f.page->focusPanel()->icp(), gap);

        const std::vector<GapCandidate> expected = rankGapCandidates(f.portfolio().data(), gap);
        QVERIFY(expected.size() >= 2);
        QTableWidget *table = f.page->focusPanel()->candidatesTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), int(expected.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, IcpFocusPanel::CandidateName)->text(),
                     partnerName(f.portfolio(), expected[size_t(r)].partnerId));
            QCOMPARE(table->item(r, IcpFocusPanel::CandidateReason)->text(),
                     expected[size_t(r)].reason);
        }

        // The first candidate without a link: "Add link" adds it in one undo step.
        int row = -1;
        for (size_t i = 0; i < expected.size() && row < 0; ++i)
            if (expected[i].linkId == 0)
                row = int(i);
        QVERIFY(row >= 0);
        const Id partner = expected[size_t(row)].partnerId;
        QCOMPARE(partner, added);
        QVERIFY(!f.portfolio().findLink(gap, partner));
        auto *button =
            qobject_cast<QPushButton *>(table->cellWidget(row, IcpFocusPanel::CandidateAction));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Add link"));
        const int steps = f.doc.undoStack()->count();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(f.doc.undoStack()->count(), steps + 1);
        const InfluenceLink *link = f.portfolio().findLink(gap, partner);
        QVERIFY(link);
        QCOMPARE(link->strength, GapStrongStrength);
        // The partner is now linked strongly: listed among the partners, no longer a candidate.
        QTRY_VERIFY(!f.page->focusPanel()
                         ->partnersTable()
                         ->findItems(partnerName(f.portfolio(), partner), Qt::MatchExactly)
                         .isEmpty());
        for (const GapCandidate &c : f.page->focusPanel()->candidates())
            QVERIFY(c.partnerId != partner);

        f.doc.undoStack()->undo();
        QVERIFY(!f.portfolio().findLink(gap, partner));
        QTRY_COMPARE(f.page->focusPanel()->candidatesTable()->rowCount(), int(expected.size()));
        QCOMPARE(f.page->focusPanel()->candidates().at(size_t(row)).partnerId, partner);
    }

    void weakLinkCandidateIsStrengthened() {
        Fixture f;
        const Id gap = f.firstGap();
        QVERIFY(f.page->focusIcp(gap));
        const std::vector<GapCandidate> &list = f.page->focusPanel()->candidates();
        const auto weak = std::find_if(list.begin(), list.end(),
                                       [](const GapCandidate &c) { return c.linkId != 0; });
        // Every partner that fits the demo's gap has a weak link already.
        QVERIFY2(weak != list.end(), "the demo's gap has no weakly linked candidate");
        const Id linkId = weak->linkId;
        const int before = weak->strength;
        QVERIFY(f.page->focusPanel()->addCandidateLink(int(weak - list.begin())));
        QCOMPARE(f.portfolio().find<InfluenceLink>(linkId)->strength, GapStrongStrength);
        f.doc.undoStack()->undo();
        QCOMPARE(f.portfolio().find<InfluenceLink>(linkId)->strength, before);
    }

    void linkedPartnersByStrengthWithNames() {
        Fixture f;
        Id covered = 0;
        for (const IcpCoverage &c : computeCoverage(f.portfolio().data()))
            if (!c.gap && c.linkedPartners >= 3)
                covered = c.icpId;
        QVERIFY(covered != 0);
        QVERIFY(f.page->focusIcp(covered));
        QCOMPARE(f.page->sideTabs()->currentWidget(), f.page->focusPanel());
        QTableWidget *partners = f.page->focusPanel()->partnersTable();
        QCOMPARE(partners->rowCount(), int(f.portfolio().linkRowsOfIcp(covered).size()));
        int last = 6;
        for (int r = 0; r < partners->rowCount(); ++r) {
            const Id id =
                partners->item(r, IcpFocusPanel::PartnerName)->data(Qt::UserRole).value<Id>();
            const InfluenceLink *link = f.portfolio().findLink(covered, id);
            QVERIFY(link);
            QCOMPARE(partners->item(r, IcpFocusPanel::PartnerName)->text(),
                     partnerName(f.portfolio(), id));
            QCOMPARE(partners->item(r, IcpFocusPanel::PartnerRole)->text(), label(link->role));
            QVERIFY(link->strength <= last);
            last = link->strength;
        }
        // A covered ICP has no candidate list.
        QVERIFY(!f.page->focusPanel()->candidatesTable()->isVisible());
        // Readable type: at least 9 pt, 18 pt on the projector.
        QVERIFY(partners->font().pointSizeF() >= 9.0);
        f.page->focusPanel()->setTheme(IcpFocusPanel::Theme::Projector);
        QVERIFY(f.page->focusPanel()->partnersTable()->font().pointSizeF() >= 18.0);
    }

    void clickingAnIcpOnTheMapFocusesIt() {
        Fixture f;
        const Id gap = f.firstGap();
        InfluenceMapView *map = f.page->map();
        // The page opens on the overview where the whole map cannot name its partners: the
        // user turns to the whole map first.
        if (f.page->overviewButton()->isChecked())
            QTest::mouseClick(f.page->overviewButton(), Qt::LeftButton);
        QVERIFY(map->isVisible());
        map->fitAll();
        const std::optional<QPointF> pos = map->nodePosition(MapNodeKind::Icp, gap);
        QVERIFY(pos);
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->mapFromScene(*pos));
        QCOMPARE(f.page->focusPanel()->icp(), gap);
        QCOMPARE(f.page->sideTabs()->currentWidget(), f.page->focusPanel());
    }
};

QTEST_MAIN(TestIcpFocus)
#include "tst_icpfocus.moc"
