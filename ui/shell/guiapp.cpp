// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/guiapp.h"

#include "core/storage/portfoliofile.h"
#include "ui/document/plancontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/map/mappage.h"
#include "ui/plan/planpage.h"
#include "ui/shell/recovery.h"
#include "ui/workshop/workshopvoting.h"
#include "ui/workshop/workshopwindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <cstdio>
#include <iterator>

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

/**
 * For the startup benchmark (tests/bench/bench_startup.cpp, PARTNERSCOPE_QUIT_WHEN_READY): exits
 * the event loop once it is idle, that is when a probe posted as the loop was about to wait is
 * the only event delivered since. Deferred work of the shown page (refreshes, layout, paints,
 * zero-time timers) runs first; a quit queued right after showing would not wait for it.
 */
class QuitWhenIdle : public QObject {
public:
    explicit QuitWhenIdle(QObject *parent)
        : QObject(parent) {
        qApp->installEventFilter(this);
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                &QuitWhenIdle::aboutToBlock);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched != this)
            ++m_events;
        return QObject::eventFilter(watched, event);
    }

private:
    void aboutToBlock() {
        if (m_probing)
            return;
        m_probing = true;
        m_eventsAtProbe = m_events;
        QMetaObject::invokeMethod(this, &QuitWhenIdle::probe, Qt::QueuedConnection);
    }
    void probe() {
        m_probing = false;
        if (m_events == m_eventsAtProbe)
            QCoreApplication::exit(0); // exit(), not quit(): the demo would ask to be saved
    }

    quint64 m_events = 0;
    quint64 m_eventsAtProbe = 0;
    bool m_probing = false;
};

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
        window->showOnScreen();

    if (!fileToOpen.isEmpty() || openDemo || recovered.isEmpty()) {
        MainWindow *window = newWindow();
        window->showOnScreen();
        if (openDemo)
            window->openDemo();
        else if (!fileToOpen.isEmpty())
            window->openFile(fileToOpen); // on failure: the error, then the start page
    }
    // For screenshots of workshop voting (docs/workshop.md): with the demo, open the workshop
    // and voting on 127.0.0.1 at the port given, without asking. Never another address.
    if (const int port = qEnvironmentVariableIntValue("PARTNERSCOPE_SHOT_VOTING_PORT");
        openDemo && port > 0 && port < 65536)
        QTimer::singleShot(800, &app, [port] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *main = qobject_cast<MainWindow *>(widget))
                    if (WorkshopWindow *workshop = main->startWorkshop()) {
                        workshop->stepSpotlight(+1);
                        if (workshop->openVoting(QHostAddress(QHostAddress::LocalHost),
                                                 quint16(port)))
                            std::fprintf(
                                stderr, "voting: %s\n",
                                workshop->voting()->server()->joinUrl().toEncoded().constData());
                        return;
                    }
        });
    // For the startup benchmark: quit once the window is shown with its portfolio and the
    // event loop has nothing left to do.
    if (qEnvironmentVariableIsSet("PARTNERSCOPE_QUIT_WHEN_READY"))
        new QuitWhenIdle(&app);
    return app.exec();
}

int grabPages(const QString &dir, const QSize &size) {
    static const char *const names[] = {"portfolio", "icps",      "partners", "map",     "matrix",
                                        "segments",  "economics", "plan",     "accounts"};
    if (!QDir().mkpath(dir))
        return 2;
    MainWindow window;
    window.resize(size);
    window.show();
    if (!window.openDemo())
        return 2;
    const auto settle = [&window] {
        // Let layouts settle and deferred work (scoring, map layout, charts) finish.
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::processEvents();
            QThread::msleep(60);
        }
        // The plan and its forecast run on worker threads.
        if (window.planPage()->isVisible())
            window.planPage()->controller()->waitForIdle(60000);
        QCoreApplication::processEvents();
    };
    const auto save = [&window, &dir](const char *name) {
        return window.grab().save(
            QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    };
    const int pages = qMin(window.pageCount(), int(std::size(names)));
    for (int i = 0; i < pages; ++i) {
        window.showPage(i);
        settle();
        // The map page opens on its overview where the whole map would not be readable: the
        // guide shows both, the overview as map-overview.png and the whole map as map.png.
        QToolButton *overview = window.mapPage()->overviewButton();
        if (window.mapPage()->isVisible() && overview->isChecked()) {
            if (!save("map-overview"))
                return 2;
            overview->click();
            settle();
        }
        if (!save(names[i]))
            return 2;
    }
    return 0;
}

} // namespace ps
