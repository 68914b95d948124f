// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/team/teamsync.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ps {
class Document;
class EconomicsPage;
class IcpPage;
class MapPage;
class MatrixPage;
class PartnerSelection;
class PartnersPage;
class PlanPage;
class AccountsPage;
class PortfolioPage;
class RecoveryWriter;
class ScoringController;
class SegmentsPage;
class StartPage;
class TeamBanner;
class WorkshopWindow;

/**
 * The application window: one portfolio at a time, shown on workspace pages (Portfolio, ICPs,
 * Partners, ...) or the start page when none is open. Owns the File, Edit and View menus,
 * asks before unsaved changes are lost and keeps a recovery copy of unsaved edits.
 *
 * The questions it asks (save changes?, which file?) and its error messages go through
 * replaceable hooks, so tests and scripted use run without modal dialogs.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class SaveAnswer { Save, Discard, Cancel };
    struct Prompts {
        std::function<SaveAnswer(MainWindow &)> askToSave;
        std::function<QString(MainWindow &)> chooseOpenPath; ///< empty: cancelled
        std::function<QString(MainWindow &)> chooseSavePath; ///< empty: cancelled
        std::function<void(MainWindow &, const QString &message)> showError;
        /// A team portfolio location (File > Open Team Portfolio, Publish to Server); `publish`
        /// asks for a new portfolio name. Empty: cancelled.
        std::function<QString(MainWindow &, bool publish)> chooseTeamLocation;
        /// The server asked for a password for `location`; empty: cancelled. Kept for the
        /// session only, never stored.
        std::function<QString(MainWindow &, const QString &location)> askPassword;
        /// A conflict between my change and someone else's: per field, true keeps mine.
        /// nullopt: decide later.
        std::function<std::optional<QList<bool>>(MainWindow &, const TeamSync::Conflict &)>
            resolveConflict;
        /// Shows the audit trail of one record.
        std::function<void(MainWindow &, const QString &record,
                           const QList<TeamSync::HistoryEntry> &entries)>
            showHistory;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the window as the application starts it: where it was last time, or on the first
    /// start the whole of a laptop or projector screen (1440 x 900 in the middle of a larger one).
    void showOnScreen();

    Document *document() const { return m_document; }
    RecoveryWriter *recovery() const { return m_recovery; }
    StartPage *startPage() const { return m_startPage; }
    PortfolioPage *portfolioPage() const { return m_portfolioPage; }
    IcpPage *icpPage() const { return m_icpPage; }
    PartnersPage *partnersPage() const { return m_partnersPage; }
    /// The influence map, heatmap and coverage (before the matrix, as in seed 002's workflow).
    MapPage *mapPage() const { return m_mapPage; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    /// Segments of the partners with their figures, charts, saved rules and clusters.
    SegmentsPage *segmentsPage() const { return m_segmentsPage; }
    /// OEM deals, royalty simulator, program metrics and the activity and deal logs.
    EconomicsPage *economicsPage() const { return m_economicsPage; }
    /// The investment plan: where the program budget goes and what it returns.
    PlanPage *planPage() const { return m_planPage; }
    AccountsPage *accountsPage() const { return m_accountsPage; }
    /// Scores of the open portfolio, shared by every page that shows them.
    ScoringController *scoring() const { return m_scoring; }
    /// The partners selected on any page (table, map, matrix).
    PartnerSelection *selection() const { return m_selection; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    Prompts &prompts() { return m_prompts; }
    /// The open file cannot be saved in place (PortfolioFile::readOnlyReason): the title says
    /// so and Save asks for a new file.
    bool isReadOnly() const { return m_readOnly; }
    bool isWorkspaceShown() const;

    /// Adds a page to the workspace (and to the View menu); returns its index.
    int addWorkspacePage(QWidget *page, const QString &title);
    void showPage(int index);
    /// Number of workspace pages (Portfolio, ICPs, Partners, ...), in side-list order.
    int pageCount() const;
    int currentPage() const;

    /// Asks to save unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();
    bool newPortfolio();
    /// Asks for a file (after maybeSave) and opens it.
    bool open();
    /// Opens `path` after maybeSave; on failure reports the error and keeps the current portfolio.
    bool openFile(const QString &path);
    bool openDemo();
    /// Shows `data` without asking (start-up, recovery). `modified`: content not on disk yet.
    void showData(PortfolioData data, const QString &path, bool modified);
    bool save();
    bool saveAs();
    /// File > Export Report...: format, segmentation and scenario, then the file (PDF, XLSX,
    /// CSV or HTML); returns the written path or an empty string.
    QString exportReport();
    /// File > Print Preview...: the PDF report's pages in a print preview.
    void printPreview();
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printPreviewAction() const { return m_printPreview; }
    /// File > Import... (Ctrl+I): the CSV import wizard on the open portfolio; `path` prefills
    /// the file (a CSV dropped on the window). Returns whether something was imported.
    bool importCsv(const QString &path = QString());
    QAction *importAction() const { return m_import; }
    /// File > Open Team Portfolio...: asks for a postgresql:// location and opens it.
    bool openTeam();
    /// Opens a team portfolio from `location` (postgresql://...): edits go to the server as
    /// they are made, others' edits appear as they are made (mainwindow_team.cpp).
    bool openTeamLocation(const QString &location);
    /// File > Publish to Server...: puts the open portfolio on a server and opens it from there.
    bool publishToServer();
    /// File > Take Offline Copy...: the team portfolio (as the server has it) to a file; with a
    /// file open, asks which team portfolio to copy.
    QString takeOfflineCopy();
    /// Edit > Record History...: who changed the selected partner, when, from what to what.
    bool showRecordHistory();
    /// The sync of the open team portfolio, or nullptr for a file.
    TeamSync *teamSync() const { return m_team; }
    TeamBanner *teamBanner() const { return m_teamBanner; }
    /// Offers the waiting conflicts to the user (Prompts::resolveConflict), oldest first.
    void resolveConflicts();
    QAction *openTeamAction() const { return m_openTeam; }
    QAction *publishAction() const { return m_publish; }
    QAction *takeCopyAction() const { return m_takeCopy; }
    QAction *historyAction() const { return m_history; }
    /// Closes the portfolio (after maybeSave) and returns to the start page.
    bool closePortfolio();
    /// View > Workshop Mode (F5): the open portfolio full screen in the projector theme.
    WorkshopWindow *startWorkshop();
    QAction *workshopAction() const { return m_workshop; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void setWorkspaceShown(bool shown);
    void updateTitle();
    void updatePageActions();
    bool saveTo(const QString &path);
    bool openPath(const QString &path);
    void installDefaultPrompts();
    void installTeamPrompts();
    void createTeamActions();
    void closeTeam();
    /// A viewer gets no edit actions: item views stop editing, edit buttons are disabled.
    void applyTeamRole();

    Document *m_document;
    RecoveryWriter *m_recovery;
    Prompts m_prompts;
    bool m_readOnly = false;
    bool m_firstStart = false; ///< no geometry saved by an earlier session
    QStackedWidget *m_central;
    StartPage *m_startPage;
    QWidget *m_workspace;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    PortfolioPage *m_portfolioPage = nullptr;
    IcpPage *m_icpPage = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    MapPage *m_mapPage = nullptr;
    MatrixPage *m_matrixPage = nullptr;
    SegmentsPage *m_segmentsPage = nullptr;
    EconomicsPage *m_economicsPage = nullptr;
    PlanPage *m_planPage = nullptr;
    AccountsPage *m_accountsPage = nullptr;
    ScoringController *m_scoring = nullptr;
    PartnerSelection *m_selection = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_pageGroup;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_import = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_workshop = nullptr;
    QAction *m_openTeam = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_takeCopy = nullptr;
    QAction *m_history = nullptr;
    TeamSync *m_team = nullptr;
    TeamBanner *m_teamBanner = nullptr;
};

} // namespace ps
