// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user drives it: open, edit in the partner table, undo, filter,
// bulk edit, save, close with unsaved changes, recovery.
#include "core/demo/demoportfolio.h"
#include "core/storage/portfoliofile.h"
#include "ui/document/document.h"
#include "ui/economics/oemdealspanel.h"
#include "ui/icps/icppage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/icptablemodel.h"
#include "ui/models/partnerfiltermodel.h"
#include "ui/models/partnertablemodel.h"
#include "ui/partners/bulkeditdialog.h"
#include "ui/partners/partnerdetail.h"
#include "ui/partners/partnerspage.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/recovery.h"
#include "ui/undo/edits.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace ps;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensFileWithCleanTitle();
    void helpOpensTheGuideAndTheShortcuts();
    void icpNamesAreShownInFull();
    void tableEditsAreUndoable();
    void textFilterNarrowsRows();
    void bulkEditIsOneUndoStep();
    void closeWithUnsavedChangesAsks();
    void openErrorKeepsPortfolio();
    void saveUntitledGoesToSaveAs();
    void recoveryFileFollowsModifiedState();
    void detailPanelFollowsUndo();
    void oemDealFlagsWeakCase();

private:
    QModelIndex firstRowCell(PartnerField field) const;
    Id partnerAt(int viewRow) const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
    MainWindow::SaveAnswer m_answer = MainWindow::SaveAnswer::Cancel;
    int m_asked = 0;
    QStringList m_errors;
    QString m_savePath;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("lumora.partnerscope"));
    QString message;
    QVERIFY2(PortfolioFile::save(demoPortfolio(), m_demoPath, &message), qPrintable(message));
}

void TestMainWindow::init() {
    m_window = std::make_unique<MainWindow>();
    m_asked = 0;
    m_errors.clear();
    m_answer = MainWindow::SaveAnswer::Cancel;
    MainWindow::Prompts &prompts = m_window->prompts();
    prompts.askToSave = [this](MainWindow &) {
        ++m_asked;
        return m_answer;
    };
    prompts.chooseOpenPath = [this](MainWindow &) { return m_demoPath; };
    prompts.chooseSavePath = [this](MainWindow &) { return m_savePath; };
    prompts.showError = [this](MainWindow &, const QString &message) { m_errors << message; };
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_demoPath));
    m_window->showPage(2);
}

void TestMainWindow::cleanup() {
    m_answer = MainWindow::SaveAnswer::Discard;
    m_window.reset();
}

QModelIndex TestMainWindow::firstRowCell(PartnerField field) const {
    const QTableView *view = m_window->partnersPage()->view();
    return view->model()->index(0, int(field));
}

Id TestMainWindow::partnerAt(int viewRow) const {
    const QTableView *view = m_window->partnersPage()->view();
    return view->model()->index(viewRow, 0).data(Qt::UserRole + 1).toLongLong();
}

void TestMainWindow::opensFileWithCleanTitle() {
    QVERIFY(m_window->isWorkspaceShown());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("lumora.partnerscope")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(RecentFiles::instance()->files().value(0), m_demoPath);
    QCOMPARE(m_window->partnersPage()->view()->model()->rowCount(),
             int(demoPortfolio().partners.size()));
}

void TestMainWindow::tableEditsAreUndoable() {
    QTableView *view = m_window->partnersPage()->view();
    const Portfolio *portfolio = m_window->document()->portfolio();
    const Id id = partnerAt(0);
    const Partner before = *portfolio->find<Partner>(id);

    // Rename through the delegate, as a user would: F2, type, Enter.
    view->setFocus();
    view->setCurrentIndex(firstRowCell(PartnerField::Name));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Renamed Partner"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from a queued call once the editor has seen the key.
    QTRY_COMPARE(portfolio->find<Partner>(id)->name, QStringLiteral("Renamed Partner"));
    QVERIFY(m_window->isWindowModified());

    // Status through the view's model: the key is stored, the label shown.
    const int row = m_window->partnersPage()->tableModel()->rowOf(id);
    const QModelIndex statusCell = m_window->partnersPage()->filterModel()->mapFromSource(
        m_window->partnersPage()->tableModel()->index(row, int(PartnerField::Status)));
    const QString newStatus = before.status == PartnerStatus::Dormant ? QStringLiteral("exited")
                                                                      : QStringLiteral("dormant");
    QVERIFY(view->model()->setData(statusCell, newStatus));
    QCOMPARE(toKey(portfolio->find<Partner>(id)->status), newStatus);
    QCOMPARE(statusCell.data().toString(), label(*enumFromKey<PartnerStatus>(newStatus)));

    m_window->undoAction()->trigger();
    m_window->undoAction()->trigger();
    QCOMPARE(*portfolio->find<Partner>(id), before);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->document()->isModified());
}

void TestMainWindow::textFilterNarrowsRows() {
    QAbstractItemModel *model = m_window->partnersPage()->view()->model();
    const int all = model->rowCount();
    const QString name = model->index(3, int(PartnerField::Name)).data().toString();
    m_window->partnersPage()->filterEdit()->setText(name);
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < all);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found = found || model->index(row, int(PartnerField::Name)).data().toString() == name;
    QVERIFY(found);
    m_window->partnersPage()->filterEdit()->clear();
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::bulkEditIsOneUndoStep() {
    PartnersPage *page = m_window->partnersPage();
    const Portfolio *portfolio = m_window->document()->portfolio();
    const QList<Id> ids{partnerAt(0), partnerAt(1), partnerAt(2)};
    page->selectPartners(ids);
    QCOMPARE(page->selectedPartners().size(), 3);
    std::vector<PartnerStatus> before;
    for (Id id : ids)
        before.push_back(portfolio->find<Partner>(id)->status);

    page->setBulkEditPrompt([](BulkEditDialog &dialog) {
        dialog.setStatusKey(QStringLiteral("exited"));
        dialog.setTierKey(QStringLiteral("gold"));
        return true;
    });
    QVERIFY(page->actionBulkEdit()->isEnabled());
    const int steps = m_window->document()->undoStack()->count();
    page->actionBulkEdit()->trigger();
    for (Id id : ids) {
        QCOMPARE(portfolio->find<Partner>(id)->status, PartnerStatus::Exited);
        QCOMPARE(portfolio->find<Partner>(id)->tier, PartnerTier::Gold);
    }
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    m_window->undoAction()->trigger();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(portfolio->find<Partner>(ids[i])->status, before[size_t(i)]);
}

void TestMainWindow::closeWithUnsavedChangesAsks() {
    QVERIFY(edit::setInfoField(*m_window->document(), InfoField::Name, QStringLiteral("Changed")));
    m_answer = MainWindow::SaveAnswer::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_asked, 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->closePortfolio());
    QVERIFY(m_window->isWorkspaceShown());
    QVERIFY(!m_window->newPortfolio());
    QCOMPARE(m_window->document()->portfolio()->info().name, QStringLiteral("Changed"));

    m_answer = MainWindow::SaveAnswer::Discard;
    QVERIFY(m_window->closePortfolio());
    QVERIFY(!m_window->isWorkspaceShown());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Partnerscope"));
    QVERIFY(m_window->close());
}

void TestMainWindow::openErrorKeepsPortfolio() {
    const QString broken = m_dir.filePath(QStringLiteral("broken.partnerscope"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a portfolio");
    file.close();
    const PortfolioData before = m_window->document()->portfolio()->data();
    QVERIFY(!m_window->openFile(broken));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("broken.partnerscope")));
    QVERIFY(m_window->document()->portfolio()->data() == before);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("lumora.partnerscope")));
}

void TestMainWindow::saveUntitledGoesToSaveAs() {
    QVERIFY(m_window->newPortfolio());
    QVERIFY(m_window->document()->isUntitled());
    QVERIFY(edit::setInfoField(*m_window->document(), InfoField::Name, QStringLiteral("Plan")));
    QVERIFY(m_window->isWindowModified());
    m_savePath = m_dir.filePath(QStringLiteral("plan")); // no suffix typed
    QVERIFY(m_window->save());
    const QString saved = m_dir.filePath(QStringLiteral("plan.partnerscope"));
    QVERIFY(QFile::exists(saved));
    QCOMPARE(m_window->document()->filePath(), saved);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("plan.partnerscope")));
    QCOMPARE(PortfolioFile::load(saved).data->info.name, QStringLiteral("Plan"));
}

void TestMainWindow::recoveryFileFollowsModifiedState() {
    RecoveryWriter *recovery = m_window->recovery();
    QVERIFY(!recovery->writeNow()); // nothing unsaved
    QVERIFY(edit::setInfoField(*m_window->document(), InfoField::Notes, QStringLiteral("draft")));
    QVERIFY(recovery->writeNow());
    const QList<RecoveryEntry> entries = RecoveryWriter::pendingEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().originalPath, m_demoPath);
    const auto recovered = PortfolioFile::load(entries.first().dataPath);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.data->info.notes, QStringLiteral("draft"));

    QVERIFY(m_window->save());
    QVERIFY(RecoveryWriter::pendingEntries().isEmpty());
}

void TestMainWindow::detailPanelFollowsUndo() {
    PartnersPage *page = m_window->partnersPage();
    const Id id = partnerAt(0);
    page->selectPartners({id});
    PartnerDetail *detail = page->detail();
    QCOMPARE(detail->partner(), id);
    QLineEdit *website = nullptr;
    for (QLineEdit *edit : detail->findChildren<QLineEdit *>())
        if (edit->accessibleName() == fieldTitle(PartnerField::Website))
            website = edit;
    QVERIFY(website);
    const QString before = website->text();
    website->setText(QStringLiteral("changed.example"));
    Q_EMIT website->editingFinished();
    QCOMPARE(m_window->document()->portfolio()->find<Partner>(id)->website,
             QStringLiteral("changed.example"));
    m_window->undoAction()->trigger();
    QCOMPARE(website->text(), before);
}

void TestMainWindow::oemDealFlagsWeakCase() {
    const PortfolioData &data = m_window->document()->portfolio()->data();
    QVERIFY(!data.oemDeals.empty());
    const OemDeal &deal = data.oemDeals.front();
    PartnersPage *page = m_window->partnersPage();
    page->selectPartners({deal.partnerId});
    auto *panel = page->detail()->findChild<OemDealsPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->currentDeal() != 0);
    const OemDeal *shown = m_window->document()->portfolio()->find<OemDeal>(panel->currentDeal());
    QVERIFY(shown);
    QVERIFY(
        panel->conditionsText().startsWith(QStringLiteral("%1 of 4").arg(shown->conditionsMet())));
    // Clearing conditions below three flags the motion as likely a distraction.
    for (OemDealField f : {OemDealField::NeedsOfferFaster, OemDealField::TechnicalLead,
                           OemDealField::ReachesNewSegment})
        edit::setOemDealField(*m_window->document(), shown->id, f, false);
    QVERIFY(panel->conditionsText().contains(QStringLiteral("likely a distraction")));
}

void TestMainWindow::helpOpensTheGuideAndTheShortcuts() {
    // Issue 14: Help had only "About".
    auto *guide = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    auto *keys = m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(guide && keys);
    guide->trigger();
    auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("userGuideBrowser"));
    QVERIFY(browser);
    // The guide itself, offline, with its pictures.
    QVERIFY2(browser->toPlainText().contains(QLatin1String("Influence map"), Qt::CaseInsensitive),
             qPrintable(browser->toPlainText().left(200)));
    QVERIFY(!browser->document()
                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/map.png")))
                 .isNull());
    browser->window()->close();
    keys->trigger();
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList commands;
    for (int row = 0; row < table->rowCount(); ++row)
        commands << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
    const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    QVERIFY2(commands.filter(QLatin1String("Save")).join(QLatin1Char(';')).contains(save),
             qPrintable(commands.join(QLatin1Char(';'))));
    QVERIFY2(!commands.filter(QLatin1String("Workshop")).isEmpty(),
             qPrintable(commands.join(QLatin1Char(';'))));
    table->window()->close();
}

void TestMainWindow::icpNamesAreShownInFull() {
    // Issue 14: the Name column was collapsed to "..." and could not be widened.
    m_window->resize(1366, 768);
    for (int page = 0; page < 12 && !m_window->icpPage()->isVisible(); ++page)
        m_window->showPage(page);
    QVERIFY(m_window->icpPage()->isVisible());
    QTableView *view = m_window->icpPage()->view();
    QHeaderView *header = view->horizontalHeader();
    const int name = int(IcpField::Name);
    QCOMPARE(header->sectionResizeMode(name), QHeaderView::Interactive);
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, name).data().toString();
        QVERIFY2(header->sectionSize(name) >= view->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
