// SPDX-License-Identifier: GPL-3.0-or-later
// Team portfolios in the main window (docs/team.md): open one from a PostgreSQL server, publish
// the open portfolio, take an offline copy, the connection banner, conflicts, the viewer role
// and the audit trail of a record.
#include "ui/mainwindow/mainwindow.h"

#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"
#include "ui/document/document.h"
#include "ui/document/partnerselection.h"
#include "ui/editors/fieldform.h"
#include "ui/icps/icppage.h"
#include "ui/map/influencemapview.h"
#include "ui/partners/partnerspage.h"
#include "ui/plan/planpage.h"
#include "ui/shell/recovery.h"
#include "ui/team/keyring.h"
#include "ui/team/teambanner.h"
#include "ui/team/teamdialogs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace ps {

void MainWindow::installTeamPrompts() {
    m_prompts.chooseTeamLocation = [](MainWindow &w, bool publish) {
        TeamLocationDialog dialog(publish, &w);
        return dialog.exec() == QDialog::Accepted ? dialog.location() : QString();
    };
    m_prompts.askPassword = [](MainWindow &w, const QString &location) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            &w, tr("Password"),
            tr("Password for %1 (kept in the system keyring if there is one, never in "
               "settings):")
                .arg(location),
            QLineEdit::Password, QString(), &ok);
        return ok ? password : QString();
    };
    m_prompts.resolveConflict =
        [](MainWindow &w, const TeamSync::Conflict &conflict) -> std::optional<QList<bool>> {
        ConflictDialog dialog(conflict, &w);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choices();
    };
    m_prompts.showHistory = [](MainWindow &w, const QString &record,
                               const QList<TeamSync::HistoryEntry> &entries) {
        HistoryDialog dialog(record, entries, &w);
        dialog.exec();
    };
}

void MainWindow::createTeamActions() {
    m_openTeam = new QAction(tr("Open &Team Portfolio..."), this);
    m_openTeam->setStatusTip(tr("Open a portfolio your team keeps on a PostgreSQL server"));
    m_publish = new QAction(tr("&Publish to Server..."), this);
    m_publish->setStatusTip(tr("Put this portfolio on a PostgreSQL server for your team"));
    m_takeCopy = new QAction(tr("Take &Offline Copy..."), this);
    m_takeCopy->setStatusTip(tr("Save a team portfolio, as the server has it, to a file"));
    m_history = new QAction(tr("Record &History..."), this);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setStatusTip(tr("Who changed the selected partner (the ICP, or the plan, on their "
                               "pages), when, and from what to what"));
    m_history->setEnabled(false);
    connect(m_openTeam, &QAction::triggered, this, &MainWindow::openTeam);
    connect(m_publish, &QAction::triggered, this, &MainWindow::publishToServer);
    connect(m_takeCopy, &QAction::triggered, this, &MainWindow::takeOfflineCopy);
    connect(m_history, &QAction::triggered, this, &MainWindow::showRecordHistory);
    // File: after Open Recent; Publish and the copy after Save As.
    const QList<QAction *> file = m_fileMenu->actions();
    m_fileMenu->insertAction(file.value(file.indexOf(m_recentMenu->menuAction()) + 1), m_openTeam);
    m_fileMenu->insertAction(file.value(file.indexOf(m_saveAs) + 1), m_publish);
    m_fileMenu->insertAction(file.value(file.indexOf(m_saveAs) + 1), m_takeCopy);
    QMenu *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    edit->addAction(m_history);
    edit->addSeparator();
    // A team portfolio is saved as it is edited: no "unsaved changes", no recovery copy.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_team)
            m_document->undoStack()->setClean();
    });
}

bool MainWindow::openTeam() {
    const QString location = m_prompts.chooseTeamLocation(*this, false);
    return !location.isEmpty() && openTeamLocation(location);
}

bool MainWindow::openTeamLocation(const QString &text) {
    if (!maybeSave())
        return false;
    QString error;
    const std::optional<TeamLocation> location = TeamLocation::parse(text, &error);
    if (!location) {
        m_prompts.showError(*this, error);
        return false;
    }
    // No password first: ~/.pgpass, PGPASSWORD or a trusted connection. Then the keyring's,
    // then the user's, which goes to the keyring once the server has taken it.
    QString password;
    TeamStore::OpenResult opened = TeamStore::open(*location, password);
    const auto wantsPassword = [&] {
        return !opened.ok() && opened.message.contains(QLatin1String("password"));
    };
    if (wantsPassword()) {
        password = Keyring::lookup(*location);
        if (!password.isEmpty()) {
            opened = TeamStore::open(*location, password);
            if (wantsPassword())
                Keyring::forget(*location);
        }
    }
    if (wantsPassword()) {
        password = m_prompts.askPassword(*this, location->displayName());
        if (password.isEmpty())
            return false;
        opened = TeamStore::open(*location, password);
        if (opened.ok())
            Keyring::store(*location, password);
    }
    if (!opened.ok()) {
        m_prompts.showError(*this, opened.message);
        return false;
    }
    closeTeam();
    m_readOnly = false;
    m_document->reset(opened.portfolio->data, QString(), false);
    m_recovery->discard();
    m_team = new TeamSync(m_document->portfolio(), std::move(*opened.portfolio), password, this);
    connect(m_team, &TeamSync::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_team, &TeamSync::conflictAdded, this, &MainWindow::resolveConflicts,
            Qt::QueuedConnection);
    connect(m_team, &TeamSync::stateChanged, this, [this](TeamSync::State state) {
        if (state == TeamSync::State::Closed)
            closeTeam();
    });
    m_teamBanner->setSync(m_team);
    RecentLocations::add(location->toString());
    rebuildRecentMenu();
    setWorkspaceShown(true);
    applyTeamRole();
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(location->displayName()), 4000);
    return true;
}

void MainWindow::closeTeam() {
    if (!m_team)
        return;
    TeamSync *sync = m_team;
    m_team = nullptr;
    m_teamBanner->setSync(nullptr);
    sync->close();
    sync->deleteLater();
    applyTeamRole();
    m_history->setEnabled(false);
    updateTitle();
}

void MainWindow::applyTeamRole() {
    const bool editable = !m_team || m_team->canEdit();
    m_undo->setVisible(editable);
    m_redo->setVisible(editable);
    m_import->setVisible(editable);
    m_publish->setEnabled(isWorkspaceShown() && !m_team);
    m_history->setEnabled(m_team != nullptr);
    for (QAction *action : m_partnersPage->partnerActions())
        action->setVisible(editable);
    // Every page: no in-place editing, no edit buttons, no editor forms. The server refuses a
    // viewer's edit anyway; this keeps the window from offering one.
    for (QAbstractItemView *view : m_pages->findChildren<QAbstractItemView *>()) {
        if (!view->property("ps_editTriggers").isValid())
            view->setProperty("ps_editTriggers", int(view->editTriggers()));
        view->setEditTriggers(
            editable ? QAbstractItemView::EditTriggers(view->property("ps_editTriggers").toInt())
                     : QAbstractItemView::NoEditTriggers);
    }
    for (QAbstractButton *button : m_pages->findChildren<QAbstractButton *>()) {
        if (button->isCheckable() || qobject_cast<QAbstractItemView *>(button->parentWidget()))
            continue; // toggles of what is shown, not edits
        if (!editable)
            button->setProperty("ps_viewerHidden", true);
        if (button->property("ps_viewerHidden").toBool())
            button->setEnabled(editable);
    }
    for (FieldForm *form : m_pages->findChildren<FieldForm *>())
        form->setReadOnly(!editable);
    // The pages' edit shortcuts (Delete on a table, Add ICP) and the actions behind their tool
    // buttons: hidden, so neither a key nor a button reaches them (a page enables them again as
    // its selection changes; a hidden action stays out of reach).
    for (QAbstractItemView *view : m_pages->findChildren<QAbstractItemView *>())
        for (QAction *action : view->actions())
            action->setVisible(editable);
    for (QToolButton *button : m_pages->findChildren<QToolButton *>())
        if (QAction *action = button->defaultAction(); action && !action->isCheckable())
            action->setVisible(editable);
    // The map's link menu and linking by dragging.
    for (InfluenceMapView *map : m_pages->findChildren<InfluenceMapView *>())
        map->setReadOnly(!editable);
}

bool MainWindow::publishToServer() {
    if (!isWorkspaceShown() || m_team)
        return false;
    const QString text = m_prompts.chooseTeamLocation(*this, true);
    if (text.isEmpty())
        return false;
    QString error;
    const std::optional<TeamLocation> location = TeamLocation::parse(text, &error);
    if (!location) {
        m_prompts.showError(*this, error);
        return false;
    }
    if (!TeamStore::publish(m_document->portfolio()->data(), *location, QString(), &error)) {
        m_prompts.showError(*this, error);
        return false;
    }
    // The file stays as it was; the window continues on the server, with the team.
    m_document->undoStack()->setClean();
    return openTeamLocation(location->toString());
}

QString MainWindow::takeOfflineCopy() {
    TeamLocation location;
    if (m_team) {
        m_team->flush();
        location = m_team->location();
    } else {
        const QString text = m_prompts.chooseTeamLocation(*this, false);
        if (text.isEmpty())
            return QString();
        QString error;
        const std::optional<TeamLocation> parsed = TeamLocation::parse(text, &error);
        if (!parsed) {
            m_prompts.showError(*this, error);
            return QString();
        }
        location = *parsed;
    }
    QString path = m_prompts.chooseSavePath(*this);
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".partnerscope");
    QString error;
    if (!TeamStore::copyToFile(location, path, QString(), &error)) {
        m_prompts.showError(*this, error);
        return QString();
    }
    statusBar()->showMessage(tr("Offline copy of %1 saved to %2")
                                 .arg(location.displayName(), QDir::toNativeSeparators(path)),
                             6000);
    return path;
}

bool MainWindow::showRecordHistory() {
    if (!m_team)
        return false;
    const Portfolio *portfolio = m_document->portfolio();
    QWidget *page = m_pages->currentWidget();
    // The record the page shows: the current ICP, the active scenario's plan, or else the
    // selected partner (on every other page).
    if (page == m_icpPage) {
        const Id id = m_icpPage->currentIcp();
        const Icp *icp = id ? portfolio->find<Icp>(id) : nullptr;
        if (!icp) {
            statusBar()->showMessage(tr("Select an ICP to see its history."), 4000);
            return false;
        }
        m_prompts.showHistory(*this, icp->name, m_team->history(EntityKind::Icp, id));
        return true;
    }
    if (page == m_planPage) {
        const Scenario *scenario = portfolio->activeScenario();
        const ScenarioPlan *plan = scenario ? planOf(portfolio->data(), scenario->id) : nullptr;
        if (!plan) {
            statusBar()->showMessage(tr("The active scenario has no plan yet."), 4000);
            return false;
        }
        m_prompts.showHistory(*this, tr("Plan of %1").arg(scenario->name),
                              m_team->history(EntityKind::Plan, plan->id));
        return true;
    }
    const Id id = m_selection->current();
    const Partner *partner = id ? portfolio->find<Partner>(id) : nullptr;
    if (!partner) {
        statusBar()->showMessage(tr("Select a partner to see its history."), 4000);
        return false;
    }
    m_prompts.showHistory(*this, partner->name, m_team->history(EntityKind::Partner, id));
    return true;
}

void MainWindow::resolveConflicts() {
    // One at a time; a choice is sent at once, and may be followed by a new conflict.
    while (m_team && !m_team->conflicts().isEmpty()) {
        const TeamSync::Conflict conflict = m_team->conflicts().constFirst();
        const std::optional<QList<bool>> choice = m_prompts.resolveConflict(*this, conflict);
        if (!choice || !m_team)
            return; // decided later, from the banner
        m_team->resolve(conflict.id, *choice);
    }
}

} // namespace ps
