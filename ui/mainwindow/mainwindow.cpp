// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "ui/accounts/accountspage.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/document/scoringcontroller.h"
#include "ui/economics/economicspage.h"
#include "ui/icps/icppage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow/helpdialogs.h"
#include "ui/mainwindow/startpage.h"
#include "ui/map/mappage.h"
#include "ui/matrix/matrixpage.h"
#include "ui/partners/partnerspage.h"
#include "ui/plan/planpage.h"
#include "ui/portfolio/portfoliopage.h"
#include "ui/segments/segmentspage.h"
#include "ui/shell/languagemenu.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/recovery.h"
#include "ui/team/teambanner.h"
#include "ui/team/teamdialogs.h"
#include "ui/workshop/workshopwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

// Resources of a static library must be registered by hand; outside any namespace (Qt rule).
static void initPartnerscopeResources() {
    Q_INIT_RESOURCE(resources);
}

namespace ps {
namespace {

const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";

QString droppedPortfolio(const QMimeData *mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            QFileInfo(url.toLocalFile())
                    .suffix()
                    .compare(QLatin1String("partnerscope"), Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return {};
}

/// A dropped CSV file is imported into the open portfolio, not opened as one.
QString droppedCsv(const QMimeData *mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_recovery(new RecoveryWriter(m_document, this))
    , m_central(new QStackedWidget(this))
    , m_startPage(nullptr)
    , m_workspace(new QWidget(this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_pageGroup(new QActionGroup(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    initPartnerscopeResources();
    m_startPage = new StartPage(this);
    setAcceptDrops(true);
    installDefaultPrompts();
    installTeamPrompts();
    createActions();
    createMenus();
    createTeamActions();
    createPages();

    m_central->addWidget(m_startPage);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);
    statusBar();

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newPortfolio);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openFile);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->portfolio(), &Portfolio::infoChanged, this, &MainWindow::updateTitle);
    connect(RecentFiles::instance(), &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    QSettings settings;
    m_firstStart = !restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    if (m_firstStart) {
        const QSize available = screen()->availableSize();
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    rebuildRecentMenu();
    setWorkspaceShown(false);
}

void MainWindow::showOnScreen() {
    if (m_firstStart) {
        // The first start: on a laptop or projector screen, all of the screen (maximized where
        // a window manager is); on a larger one, 1440 x 900 in the middle.
        const QRect available = screen()->availableGeometry();
        if (available.width() <= 1440 || available.height() <= 900) {
            setGeometry(available);
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(1440, 900);
            move(available.center() - rect().center());
        }
    }
    show();
}

MainWindow::~MainWindow() {
    // The sync follows the document's portfolio: it goes first.
    delete m_team;
    m_team = nullptr;
    // The document goes with the window's children, after this destructor; what it signals
    // while it goes (its undo stack is cleared) must not reach this window any more.
    m_document->undoStack()->disconnect(this);
    m_document->portfolio()->disconnect(this);
    m_document->disconnect(this);
}

void MainWindow::createActions() {
    QStyle *s = style();
    m_new = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a new, empty portfolio"));
    m_open = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."), this);
    m_open->setShortcut(QKeySequence::Open);
    m_save = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(tr("Save &As..."), this);
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportReport = new QAction(tr("&Export Report..."), this);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReport->setStatusTip(tr("Write the segmentation report as PDF, XLSX, CSV or HTML"));
    m_printPreview = new QAction(tr("Print Pre&view..."), this);
    m_printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    m_import = new QAction(tr("&Import CSV..."), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Import partners, ICPs or influence links from a CRM export"));
    connect(m_import, &QAction::triggered, this, [this] { importCsv(); });
    connect(m_printPreview, &QAction::triggered, this, &MainWindow::printPreview);
    m_close = new QAction(tr("&Close"), this);
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_new, &QAction::triggered, this, &MainWindow::newPortfolio);
    connect(m_open, &QAction::triggered, this, &MainWindow::open);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_close, &QAction::triggered, this, &MainWindow::closePortfolio);
    // Every window asks about its own unsaved changes; any "Cancel" stops the quit.
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows,
            Qt::QueuedConnection);

    QUndoStack *stack = m_document->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_exportReport);
    m_fileMenu->addAction(m_printPreview);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_workshop = m_viewMenu->addAction(tr("&Workshop Mode"), this, &MainWindow::startWorkshop);
    m_workshop->setShortcut(QKeySequence(Qt::Key_F5));
    m_workshop->setEnabled(false);
    // Workshop mode with the room voting from their phones (docs/workshop.md).
    QAction *voting = m_viewMenu->addAction(tr("Workshop with &Voting..."), this, [this] {
        if (WorkshopWindow *workshop = startWorkshop())
            workshop->openVoting();
    });
    voting->setObjectName(QStringLiteral("openVotingAction"));
    voting->setEnabled(false);
    connect(m_workshop, &QAction::changed, voting,
            [this, voting] { voting->setEnabled(m_workshop->isEnabled()); });
    m_viewMenu->addMenu(createLanguageMenu(this));
    m_viewMenu->addSeparator();
    m_pageGroup->setExclusive(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        help->addAction(tr("&User Guide"), this, [this] { HelpDialogs::userGuide(this)->show(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        HelpDialogs::keyboardShortcuts(this, menuBar()->actions())->show();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Partnerscope"), this, [this] {
        QMessageBox::about(
            this, tr("About Partnerscope"),
            tr("<h3>Partnerscope %1</h3><p>A partner portfolio planner for channel leaders.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QStringLiteral(PARTNERSCOPE_VERSION)));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_new);
    toolbar->addAction(m_open);
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
}

void MainWindow::createPages() {
    m_portfolioPage = new PortfolioPage(m_document, m_pages);
    m_icpPage = new IcpPage(m_document, m_pages);
    m_partnersPage = new PartnersPage(m_document, m_pages);
    m_scoring = new ScoringController(m_document, this);
    m_selection = new PartnerSelection(this);
    m_partnersPage->setSelection(m_selection);
    m_partnersPage->setScoring(m_scoring);
    m_mapPage = new MapPage(m_document, m_scoring, m_selection, m_pages);
    m_matrixPage = new MatrixPage(m_document, m_scoring, m_selection, m_pages);
    m_segmentsPage = new SegmentsPage(m_document, m_scoring, m_selection, m_pages);
    m_economicsPage = new EconomicsPage(m_document, m_selection, m_pages);
    m_planPage = new PlanPage(m_document, m_pages);
    m_accountsPage = new AccountsPage(m_document, m_pages);

    QMenu *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    edit->addActions(m_partnersPage->partnerActions());
    // Window-wide shortcuts (Ctrl+D, Ctrl+Shift+N, ...) need the actions in the window too;
    // Delete stays bound to the partner table alone.
    for (QAction *action : m_partnersPage->partnerActions())
        if (action != m_partnersPage->actionDelete())
            addAction(action);

    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setAutoFillBackground(true);
    m_nav->setBackgroundRole(QPalette::AlternateBase);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    // A team portfolio's banner (connection, role, conflicts) above the pages.
    m_teamBanner = new TeamBanner(m_workspace);
    connect(m_teamBanner, &TeamBanner::resolveRequested, this, &MainWindow::resolveConflicts);
    connect(m_teamBanner, &TeamBanner::reconnectRequested, this, [this] {
        if (m_team)
            m_team->reconnect();
    });
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_teamBanner);
    column->addWidget(m_pages, 1);
    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addLayout(column, 1);

    addWorkspacePage(m_portfolioPage, tr("Portfolio"));
    addWorkspacePage(m_icpPage, tr("ICPs"));
    addWorkspacePage(m_partnersPage, tr("Partners"));
    // Seed 002: start with the ICP, map the partners that influence it, then prioritize them.
    addWorkspacePage(m_mapPage, tr("Influence map"));
    addWorkspacePage(m_matrixPage, tr("Matrix"));
    addWorkspacePage(m_segmentsPage, tr("Segments"));
    addWorkspacePage(m_economicsPage, tr("Economics"));
    addWorkspacePage(m_planPage, tr("Plan"));
    addWorkspacePage(m_accountsPage, tr("Accounts"));
    setTabOrder(m_nav, m_pages);
}

int MainWindow::addWorkspacePage(QWidget *page, const QString &title) {
    const int index = m_pages->addWidget(page);
    m_nav->addItem(title);
    const QFontMetrics metrics(m_nav->font());
    int width = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        width = qMax(width, metrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(width + 48);
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setSizeHint(QSize(width, metrics.height() * 2));

    QAction *action = m_viewMenu->addAction(title);
    action->setCheckable(true);
    action->setActionGroup(m_pageGroup);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    if (index == 0)
        showPage(0);
    return index;
}

int MainWindow::pageCount() const {
    return m_pages->count();
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= m_pages->count())
        return;
    m_pages->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
    const QList<QAction *> actions = m_pageGroup->actions();
    if (index < actions.size())
        actions.at(index)->setChecked(true);
    updatePageActions();
}

int MainWindow::currentPage() const {
    return m_pages->currentIndex();
}

WorkshopWindow *MainWindow::startWorkshop() {
    return isWorkspaceShown() ? WorkshopWindow::start(m_document, m_scoring, this) : nullptr;
}

bool MainWindow::isWorkspaceShown() const {
    return m_central->currentWidget() == m_workspace;
}

void MainWindow::setWorkspaceShown(bool shown) {
    m_central->setCurrentWidget(shown ? m_workspace : static_cast<QWidget *>(m_startPage));
    m_save->setEnabled(shown);
    m_saveAs->setEnabled(shown);
    m_close->setEnabled(shown);
    m_workshop->setEnabled(shown);
    m_exportReport->setEnabled(shown);
    m_import->setEnabled(shown);
    m_printPreview->setEnabled(shown);
    m_publish->setEnabled(shown && !m_team);
    m_history->setEnabled(shown && m_team);
    for (QAction *action : m_pageGroup->actions())
        action->setEnabled(shown);
    updatePageActions();
    updateTitle();
}

void MainWindow::updatePageActions() {
    if (m_partnersPage)
        m_partnersPage->setActionsActive(isWorkspaceShown() &&
                                         m_pages->currentWidget() == m_partnersPage);
}

void MainWindow::updateTitle() {
    const QString app = tr("Partnerscope");
    if (!isWorkspaceShown()) {
        setWindowTitle(app);
        setWindowModified(false);
        return;
    }
    QString name = m_readOnly ? tr("%1 (read-only)").arg(m_document->displayName())
                              : m_document->displayName();
    if (m_team)
        name = m_team->canEdit() ? tr("%1 (team)").arg(m_team->location().displayName())
                                 : tr("%1 (team, view only)").arg(m_team->location().displayName());
    setWindowTitle(tr("%1[*] — %2").arg(name, app));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = RecentFiles::instance()->files();
    int number = 1;
    for (const QString &path : files) {
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                         : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setEnabled(QFileInfo::exists(path));
        ++number;
    }
    // Team portfolios opened lately (locations hold no password).
    const QStringList locations = RecentLocations::list();
    if (!locations.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &location : locations) {
        const std::optional<TeamLocation> parsed = TeamLocation::parse(location);
        QAction *action = m_recentMenu->addAction(parsed ? parsed->displayName() : location, this,
                                                  [this, location] { openTeamLocation(location); });
        action->setToolTip(location);
        action->setStatusTip(location);
    }
    m_recentMenu->addSeparator();
    QAction *clear =
        m_recentMenu->addAction(tr("&Clear Menu"), RecentFiles::instance(), &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    // A clean exit leaves nothing to recover.
    m_recovery->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!droppedPortfolio(event->mimeData()).isEmpty() || !droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QString path = droppedPortfolio(event->mimeData());
    if (const QString csv = droppedCsv(event->mimeData()); path.isEmpty() && !csv.isEmpty()) {
        event->acceptProposedAction();
        QMetaObject::invokeMethod(
            this, [this, csv] { importCsv(csv); }, Qt::QueuedConnection);
        return;
    }
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening may ask about unsaved changes: not from inside the drop handler.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        updateTitle();
    QMainWindow::changeEvent(event);
}

} // namespace ps
