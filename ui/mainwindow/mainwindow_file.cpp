// SPDX-License-Identifier: GPL-3.0-or-later
// File handling of the main window: new, open, save, close and the questions they ask.
#include "ui/mainwindow/mainwindow.h"

#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "ui/document/document.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/recovery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace ps {
namespace {

const QString kSuffix = QStringLiteral("partnerscope");

QString fileFilter() {
    return MainWindow::tr("Partnerscope portfolios (*.partnerscope);;All files (*)");
}

QString startDirectory(const Document &document) {
    if (!document.isUntitled())
        return QFileInfo(document.filePath()).absolutePath();
    const QStringList recent = RecentFiles::instance()->files();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void MainWindow::installDefaultPrompts() {
    m_prompts.askToSave = [](MainWindow &w) {
        QMessageBox box(
            QMessageBox::Warning, tr("Partnerscope"),
            tr("Do you want to save the changes to “%1”?").arg(w.document()->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, &w);
        box.setInformativeText(tr("Your changes will be lost if you don't save them."));
        box.button(QMessageBox::Discard)->setText(tr("Do&n't Save"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return SaveAnswer::Save;
        case QMessageBox::Discard:
            return SaveAnswer::Discard;
        default:
            return SaveAnswer::Cancel;
        }
    };
    m_prompts.chooseOpenPath = [](MainWindow &w) {
        return QFileDialog::getOpenFileName(&w, tr("Open Portfolio"), startDirectory(*w.document()),
                                            fileFilter());
    };
    m_prompts.chooseSavePath = [](MainWindow &w) {
        QFileDialog dialog(&w, tr("Save Portfolio As"), startDirectory(*w.document()),
                           fileFilter());
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(kSuffix);
        const QString name = w.document()->isUntitled()
                                 ? w.document()->displayName() + QLatin1Char('.') + kSuffix
                                 : QFileInfo(w.document()->filePath()).fileName();
        dialog.selectFile(name);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
                   ? dialog.selectedFiles().first()
                   : QString();
    };
    m_prompts.showError = [](MainWindow &w, const QString &message) {
        QMessageBox::warning(&w, tr("Partnerscope"), message);
    };
}

bool MainWindow::maybeSave() {
    if (m_team) {
        // Saved as edited; only edits still held (offline) can be lost.
        m_team->flush();
        if (m_team->pendingCount() == 0)
            return true;
        QMessageBox box(
            QMessageBox::Warning, tr("Partnerscope"),
            tr("%n edit(s) are not on the server yet.", nullptr, m_team->pendingCount()),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("They are sent when the connection is back, if the window "
                                  "stays open. Close anyway and lose them?"));
        return box.exec() == QMessageBox::Discard;
    }
    if (!isWorkspaceShown() || !m_document->isModified())
        return true;
    switch (m_prompts.askToSave(*this)) {
    case SaveAnswer::Save:
        return save();
    case SaveAnswer::Discard:
        return true;
    case SaveAnswer::Cancel:
        break;
    }
    return false;
}

bool MainWindow::newPortfolio() {
    if (!maybeSave())
        return false;
    showData(PortfolioData{}, QString(), false);
    showPage(0);
    return true;
}

bool MainWindow::open() {
    if (!maybeSave())
        return false;
    const QString path = m_prompts.chooseOpenPath(*this);
    return !path.isEmpty() && openPath(path);
}

bool MainWindow::openFile(const QString &path) {
    return maybeSave() && openPath(path);
}

bool MainWindow::openPath(const QString &path) {
    if (TeamLocation::looksLikeLocation(path))
        return openTeamLocation(path);
    QString error;
    if (!m_document->open(path, &error)) {
        m_prompts.showError(*this, error);
        return false;
    }
    RecentFiles::instance()->add(path);
    // A file someone shared read-only, or one in a folder we may not write, still opens: the
    // title says so, and Save asks for a new file instead of failing at the end of the work.
    const QString readOnly = PortfolioFile::readOnlyReason(path);
    m_readOnly = !readOnly.isEmpty();
    setWorkspaceShown(true);
    updateTitle();
    if (m_readOnly)
        statusBar()->showMessage(
            tr("%1 It is open read-only: Save will ask where to save a copy.").arg(readOnly));
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openDemo() {
    if (!maybeSave())
        return false;
    showData(demoPortfolio(), QString(), true);
    return true;
}

void MainWindow::showData(PortfolioData data, const QString &path, bool modified) {
    // A new portfolio starts with the Baseline scenario the matrix scores with; files and the
    // demo already have theirs.
    ensureScenario(data);
    closeTeam();
    m_readOnly = false;
    m_document->reset(std::move(data), path, modified);
    setWorkspaceShown(true);
}

bool MainWindow::save() {
    if (!isWorkspaceShown())
        return false;
    if (m_team) {
        const bool sent = m_team->flush();
        statusBar()->showMessage(sent ? tr("Every change is on the server.")
                                      : tr("%n edit(s) held until the server takes them.", nullptr,
                                           m_team->pendingCount()),
                                 4000);
        return sent;
    }
    if (m_document->isUntitled() || m_readOnly)
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        m_prompts.showError(*this, error);
        return false;
    }
    RecentFiles::instance()->add(m_document->filePath());
    m_recovery->discard();
    statusBar()->showMessage(
        tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->filePath())), 4000);
    return true;
}

bool MainWindow::saveAs() {
    if (!isWorkspaceShown())
        return false;
    if (m_team) // a team portfolio is saved on the server; a file of it is an offline copy
        return !takeOfflineCopy().isEmpty();
    QString path = m_prompts.chooseSavePath(*this);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path) {
    QString error;
    if (!m_document->saveAs(path, &error)) {
        m_prompts.showError(*this, error);
        return false;
    }
    RecentFiles::instance()->add(path);
    m_recovery->discard();
    m_readOnly = false;
    updateTitle();
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::closePortfolio() {
    if (!maybeSave())
        return false;
    closeTeam();
    m_readOnly = false;
    m_document->reset(PortfolioData{}, QString(), false);
    m_recovery->discard();
    setWorkspaceShown(false);
    return true;
}

} // namespace ps
