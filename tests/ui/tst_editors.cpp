// SPDX-License-Identifier: GPL-3.0-or-later
// The editor widgets: delegates store keys and show labels, spin-box drags are one undo step,
// links and OEM lists edit through the undo stack, and a dropped file opens.
#include "core/demo/demoportfolio.h"
#include "core/storage/portfoliofile.h"
#include "ui/document/document.h"
#include "ui/economics/oemtables.h"
#include "ui/editors/fielddelegate.h"
#include "ui/icps/icppage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/linktablemodel.h"
#include "ui/partners/linkspanel.h"
#include "ui/partners/partnerspage.h"
#include "ui/undo/edits.h"

#include <QComboBox>
#include <QMimeData>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace ps;

class TestEditors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void enumDelegateShowsLabelsStoresKeys();
    void ratingDelegateClearsToNotRated();
    void spinDragIsOneUndoStep();
    void linksPanelAddsAndRemovesLinks();
    void royaltyTiersEditAsOneStep();
    void icpPageAddsAndDeletes();
    void droppedFileOpens();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditors::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editors"));
    m_path = m_dir.filePath(QStringLiteral("demo.partnerscope"));
    QVERIFY(PortfolioFile::save(demoPortfolio(), m_path));
}

void TestEditors::init() {
    m_window = std::make_unique<MainWindow>();
    m_window->prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    m_window->prompts().showError = [](MainWindow &, const QString &message) {
        QFAIL(qPrintable(message));
    };
    QVERIFY(m_window->openFile(m_path));
    m_window->showPage(2);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditors::enumDelegateShowsLabelsStoresKeys() {
    QTableView *view = m_window->partnersPage()->view();
    const QModelIndex cell = view->model()->index(0, int(PartnerField::Model));
    const Id id = cell.siblingAtColumn(0).data(Qt::UserRole + 1).toLongLong();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), tr("Needs classification"));
    QVERIFY(combo->findText(label(PartnerModel::SystemsIntegrator)) >= 0);
    combo->setCurrentIndex(combo->findText(label(PartnerModel::SystemsIntegrator)));
    view->itemDelegate()->setModelData(combo, view->model(), cell);
    QCOMPARE(*m_window->document()->portfolio()->find<Partner>(id)->model,
             PartnerModel::SystemsIntegrator);
    QCOMPARE(cell.data().toString(), label(PartnerModel::SystemsIntegrator));
}

void TestEditors::ratingDelegateClearsToNotRated() {
    QTableView *view = m_window->partnersPage()->view();
    view->setColumnHidden(int(PartnerField::MarketReach), false);
    const QModelIndex cell = view->model()->index(0, int(PartnerField::MarketReach));
    const Id id = cell.siblingAtColumn(0).data(Qt::UserRole + 1).toLongLong();
    QVERIFY(m_window->document()->portfolio()->find<Partner>(id)->ratings.marketReach);
    view->edit(cell);
    auto *spin = view->viewport()->findChild<QSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->specialValueText(), tr("Not rated"));
    spin->setValue(spin->minimum());
    view->itemDelegate()->setModelData(spin, view->model(), cell);
    QVERIFY(!m_window->document()->portfolio()->find<Partner>(id)->ratings.marketReach);
}

void TestEditors::spinDragIsOneUndoStep() {
    // Certifications on the "Ratings & economics" tab: several steps of a spin box.
    PartnersPage *page = m_window->partnersPage();
    const Id id = page->selectedPartners().value(0);
    QVERIFY(id != 0);
    QSpinBox *certifications = nullptr;
    for (QSpinBox *spin : page->findChildren<QSpinBox *>())
        if (spin->accessibleName() == fieldTitle(PartnerField::Certifications))
            certifications = spin;
    QVERIFY(certifications);
    const int start = certifications->value();
    const int steps = m_window->document()->undoStack()->count();
    certifications->stepBy(1);
    certifications->stepBy(1);
    certifications->stepBy(1);
    QCOMPARE(m_window->document()->portfolio()->find<Partner>(id)->certifications, start + 3);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    m_window->undoAction()->trigger();
    QCOMPARE(certifications->value(), start);
}

void TestEditors::linksPanelAddsAndRemovesLinks() {
    Document *doc = m_window->document();
    LinksPanel panel(doc, LinkTableModel::Side::OfPartner);
    // A partner that does not reach every ICP yet.
    const Portfolio *portfolio = doc->portfolio();
    auto it = std::find_if(
        portfolio->partners().begin(), portfolio->partners().end(), [portfolio](const Partner &p) {
            return portfolio->linkRowsOfPartner(p.id).size() < portfolio->icps().size();
        });
    QVERIFY(it != portfolio->partners().end());
    const Partner partner = *it;
    panel.setOwner(partner.id);
    const int before = panel.model()->rowCount();
    Id offered = 0;
    panel.setCounterpartPicker([&](QWidget *, const QList<QPair<QString, Id>> &choices) {
        // Only ICPs not linked yet are offered.
        for (const auto &choice : choices)
            if (doc->portfolio()->findLink(choice.second, partner.id))
                return Id(0);
        offered = choices.isEmpty() ? 0 : choices.first().second;
        return offered;
    });
    panel.addLink();
    QVERIFY(offered != 0);
    QCOMPARE(panel.model()->rowCount(), before + 1);
    QVERIFY(doc->portfolio()->findLink(offered, partner.id));

    int row = -1;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        if (panel.model()->index(r, 0).data().toString() ==
            doc->portfolio()->find<Icp>(offered)->name)
            row = r;
    QVERIFY(row >= 0);
    panel.view()->selectRow(row);
    panel.removeSelected();
    QCOMPARE(panel.model()->rowCount(), before);
    QVERIFY(!doc->portfolio()->findLink(offered, partner.id));
}

void TestEditors::royaltyTiersEditAsOneStep() {
    Document *doc = m_window->document();
    const OemDeal deal = doc->portfolio()->oemDeals().front();
    OemListEditor editor(doc, OemListEditor::Kind::RoyaltyTiers);
    editor.setDeal(deal.id);
    QCOMPARE(editor.table()->rowCount(), int(deal.tiers.size()));
    QVERIFY(editor.table()->rowCount() > 0);
    const int steps = doc->undoStack()->count();
    editor.table()->item(0, 1)->setData(Qt::EditRole, 9.25);
    QCOMPARE(doc->portfolio()->find<OemDeal>(deal.id)->tiers.front().perUnit, 9.25);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(editor.table()->item(0, 1)->data(Qt::EditRole).toDouble(), deal.tiers.front().perUnit);
}

void TestEditors::icpPageAddsAndDeletes() {
    IcpPage *page = m_window->icpPage();
    m_window->showPage(1);
    const int before = int(m_window->document()->portfolio()->icps().size());
    page->addIcp();
    QCOMPARE(int(m_window->document()->portfolio()->icps().size()), before + 1);
    const Id added = page->currentIcp();
    QCOMPARE(m_window->document()->portfolio()->find<Icp>(added)->name, tr("New ICP"));
    page->removeSelected();
    QCOMPARE(int(m_window->document()->portfolio()->icps().size()), before);
    QVERIFY(!m_window->document()->portfolio()->find<Icp>(added));
}

void TestEditors::droppedFileOpens() {
    QVERIFY(m_window->closePortfolio());
    QVERIFY(!m_window->isWorkspaceShown());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->isWorkspaceShown());
    QCOMPARE(m_window->document()->filePath(), m_path);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent rejected(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton,
                             Qt::NoModifier);
    rejected.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &rejected);
    QVERIFY(!rejected.isAccepted());
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
