// SPDX-License-Identifier: GPL-3.0-or-later
// The partner detail panel shows the selected partner or nothing (issue 14: after undoing an
// add it showed a partner that was not selected).
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/models/partnertablemodel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/partners/partnerspage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ps;

class TestPartnerDetailSelection : public QObject {
    Q_OBJECT

    struct Fixture {
        Document doc;
        PartnerSelection selection;
        std::unique_ptr<PartnersPage> page;
        Fixture() {
            PortfolioData data = demoPortfolio();
            ensureScenario(data);
            doc.reset(std::move(data), QString(), true);
            page = std::make_unique<PartnersPage>(&doc);
            page->setSelection(&selection);
            page->resize(1366, 768);
            page->show();
        }
        /// The detail shows one of the selected partners, or nothing when none is selected.
        void checkDetailFollowsSelection(const char *when) const {
            const QList<Id> selected = page->selectedPartners();
            const Id shown = page->detail()->partner();
            QVERIFY2(selected.isEmpty() ? shown == 0 : selected.contains(shown), when);
            QCOMPARE(selection.ids(), selected);
        }
    };

private slots:
    void undoingAnAddLeavesNoStrayPartner_data() {
        QTest::addColumn<bool>("lastRow");
        QTest::newRow("a partner in the middle was selected") << false;
        QTest::newRow("the last partner was selected") << true;
    }

    void undoingAnAddLeavesNoStrayPartner() {
        QFETCH(bool, lastRow);
        Fixture f;
        QTableView *view = f.page->view();
        const int rows = view->model()->rowCount();
        view->selectRow(lastRow ? rows - 1 : 3);
        f.checkDetailFollowsSelection("before the add");
        const size_t before = f.doc.portfolio()->partners().size();

        f.page->actionAdd()->trigger();
        QCOMPARE(f.doc.portfolio()->partners().size(), before + 1);
        const Id added = f.doc.portfolio()->partners().back().id;
        QCOMPARE(f.page->detail()->partner(), added);
        f.checkDetailFollowsSelection("after the add");
        // Leave the name editor as the user would, then undo the add.
        view->setFocus();
        QTest::keyClick(view->focusWidget(), Qt::Key_Escape);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.portfolio()->partners().size(), before);
        QVERIFY(f.page->detail()->partner() != added);
        f.checkDetailFollowsSelection("after undoing the add");
        // Nothing is selected any more, so the panel is empty rather than showing a neighbour.
        QVERIFY(f.page->selectedPartners().isEmpty());
        QCOMPARE(f.page->detail()->partner(), Id(0));

        // Redo brings the partner back; selecting it shows it again.
        f.doc.undoStack()->redo();
        f.selection.setIds({added});
        QCOMPARE(f.page->detail()->partner(), added);
        f.checkDetailFollowsSelection("after redo and select");
    }

    void selectingElsewhereMovesTheDetail() {
        Fixture f;
        const Id second = f.doc.portfolio()->partners().at(1).id;
        const Id fifth = f.doc.portfolio()->partners().at(4).id;
        f.selection.setIds({fifth, second});
        QVERIFY(f.selection.ids().contains(f.page->detail()->partner()));
        f.selection.setIds({});
        QCOMPARE(f.page->detail()->partner(), Id(0));
    }
};

QTEST_MAIN(TestPartnerDetailSelection)
#include "tst_partnerdetailselection.moc"
