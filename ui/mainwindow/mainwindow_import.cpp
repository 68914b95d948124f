// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import: the CSV import wizard, from the menu or a CSV file dropped on the window.
#include "ui/mainwindow/mainwindow.h"

#include "ui/document/document.h"
#include "ui/import/importwizard.h"

#include <QStatusBar>

namespace ps {

bool MainWindow::importCsv(const QString &path) {
    // A CSV dropped on the start page goes into a new portfolio.
    if (!isWorkspaceShown() && !newPortfolio())
        return false;
    ImportWizard wizard(m_document, this);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() != QDialog::Accepted || !wizard.session().changes)
        return false;
    const import::ImportChanges &changes = *wizard.session().changes;
    statusBar()->showMessage(tr("Imported %n rows (added and merged)", nullptr,
                                changes.addedCount() + changes.mergedCount()),
                             5000);
    return true;
}

} // namespace ps
