// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Report... and File > Print Preview...: the segmentation report of the open
// portfolio (ui/widgets/exportreportdialog.h has the dialog and the export itself).
#include "ui/mainwindow/mainwindow.h"

#include "ui/document/document.h"
#include "ui/report/exportreportdialog.h"

#include <QStatusBar>

namespace ps {

QString MainWindow::exportReport() {
    const QString path =
        ps::exportReport(m_document->portfolio()->data(), m_document->filePath(), this);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
    return path;
}

void MainWindow::printPreview() {
    previewReport(m_document->portfolio()->data(), this);
}

} // namespace ps
