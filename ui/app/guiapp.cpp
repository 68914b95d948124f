// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guiapp.h"

#include "app/recovery.h"
#include "mainwindow/mainwindow.h"
#include "storage/portfoliofile.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace ps {
namespace {

MainWindow *newWindow() {
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

QString describe(const RecoveryEntry &entry) {
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString where = entry.originalPath.isEmpty()
                              ? QApplication::translate("ps::GuiApp", "never saved")
                              : entry.originalPath;
    return QApplication::translate("ps::GuiApp", "%1 (%2), changes from %3")
        .arg(entry.name, where, when);
}

/// Offers to restore the unsaved edits of a session that ended badly. Restored documents open
/// in their own windows, modified and with their original path. Returns the windows opened.
QList<MainWindow *> offerRecovery() {
    const QList<RecoveryEntry> entries = RecoveryWriter::pendingEntries();
    if (entries.isEmpty())
        return {};
    QStringList lines;
    for (const RecoveryEntry &entry : entries)
        lines << QStringLiteral("• ") + describe(entry);
    QMessageBox box(QMessageBox::Question, QApplication::translate("ps::GuiApp", "Partnerscope"),
                    QApplication::translate("ps::GuiApp",
                                            "Partnerscope found unsaved changes from a session "
                                            "that did not end normally. Restore them?"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *restore =
        box.addButton(QApplication::translate("ps::GuiApp", "&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(QApplication::translate("ps::GuiApp", "&Discard"),
                                         QMessageBox::DestructiveRole);
    box.addButton(QApplication::translate("ps::GuiApp", "Ask &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    QList<MainWindow *> windows;
    if (box.clickedButton() == discard) {
        for (const RecoveryEntry &entry : entries)
            RecoveryWriter::remove(entry);
        return windows;
    }
    if (box.clickedButton() != restore)
        return windows;
    for (const RecoveryEntry &entry : entries) {
        PortfolioFile::LoadResult loaded = PortfolioFile::load(entry.dataPath);
        if (!loaded.ok()) {
            QMessageBox::warning(nullptr, QApplication::translate("ps::GuiApp", "Partnerscope"),
                                 loaded.message);
            continue;
        }
        MainWindow *window = newWindow();
        window->showData(std::move(*loaded.data), entry.originalPath, true);
        window->recovery()->adopt(entry);
        windows << window;
    }
    return windows;
}

} // namespace

int runGui(QApplication &app, const QString &fileToOpen, bool openDemo) {
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Partnerscope"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("Partnerscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/partnerscope.svg")));
    app.setQuitOnLastWindowClosed(true);

    const QList<MainWindow *> recovered = offerRecovery();
    for (MainWindow *window : recovered)
        window->show();

    if (!fileToOpen.isEmpty() || openDemo || recovered.isEmpty()) {
        MainWindow *window = newWindow();
        window->show();
        if (openDemo)
            window->openDemo();
        else if (!fileToOpen.isEmpty())
            window->openFile(fileToOpen); // on failure: the error, then the start page
    }
    return app.exec();
}

} // namespace ps
