// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tst_runtimetranslations reads from the desktop application, in a child process that has
// installed its language at start-up: the main window on the demo, the dialogs and the
// workshop, each as passages of text with where they came from.

#include "tests/ui/runtimewidgets.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/map/mappage.h"
#include "ui/partners/bulkeditdialog.h"
#include "ui/partners/partnerspage.h"
#include "ui/report/exportreportdialog.h"
#include "ui/scoring/ahpdialog.h"
#include "ui/workshop/workshopwindow.h"

#include <QApplication>
#include <QJsonObject>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace ps::runtimetext {

/// Every page of the main window on the demo, with a partner selected and a heatmap cell
/// filtered, then the dialogs and the workshop's steps.
inline QJsonObject dumpGui(const QString &demoPath, const QString &csvPath) {
    QJsonObject result;
    MainWindow window;
    MainWindow::Prompts &prompts = window.prompts();
    prompts.askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    prompts.chooseOpenPath = [](MainWindow &) { return QString(); };
    prompts.chooseSavePath = [](MainWindow &) { return QString(); };
    Passages errors;
    prompts.showError = [&errors](MainWindow &, const QString &message) {
        add(errors, QStringLiteral("error message"), message);
    };
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();

    Passages start;
    widgetTree(start, &window, QStringLiteral("start page"));
    result.insert(QStringLiteral("start"), toJson(start));

    Passages pages;
    window.openFile(demoPath);
    add(pages, QStringLiteral("status bar"), window.statusBar()->currentMessage());
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        QApplication::processEvents();
        if (window.currentPage() == i && window.partnersPage()->isVisible()) {
            QTableView *view = window.partnersPage()->view();
            view->selectRow(0);
            QApplication::processEvents();
        }
        if (window.mapPage()->isVisible()) {
            const PortfolioData &data = window.document()->portfolio()->data();
            window.mapPage()->filterToCell(data.icps.front().id, QStringLiteral("reseller"));
            QApplication::processEvents();
        }
        widgetTree(pages, &window, QStringLiteral("page %1").arg(i));
        hoverTooltips(pages, &window);
    }
    pages.insert(pages.end(), errors.begin(), errors.end());
    result.insert(QStringLiteral("pages"), toJson(pages));

    Passages dialogs;
    Document *document = window.document();
    {
        AhpDialog ahp(document, document->portfolio()->data().activeScenarioId, 0, &window);
        ahp.resize(900, 600);
        widgetTree(dialogs, &ahp, QStringLiteral("AHP dialog"));
    }
    {
        BulkEditDialog bulk(3, &window);
        widgetTree(dialogs, &bulk, QStringLiteral("bulk edit dialog"));
    }
    {
        ExportReportDialog report(document->portfolio()->data(), &window);
        widgetTree(dialogs, &report, QStringLiteral("export report dialog"));
    }
    {
        ImportWizard wizard(document, &window);
        wizard.resize(1000, 700);
        wizard.setFilePath(csvPath);
        wizard.show();
        QApplication::processEvents();
        for (int guard = 0; guard < 6; ++guard) {
            widgetTree(dialogs, &wizard, QStringLiteral("import wizard page %1").arg(guard));
            const int from = wizard.currentId();
            if (from == ImportWizard::ValidationPageId)
                break;
            wizard.next();
            QApplication::processEvents();
            if (wizard.currentId() == from)
                break;
        }
    }
    result.insert(QStringLiteral("dialogs"), toJson(dialogs));

    Passages workshop;
    {
        WorkshopWindow shop(document, window.scoring());
        shop.resize(1440, 900);
        shop.show();
        QApplication::processEvents();
        for (int step = 0; step < WorkshopWindow::StepCount; ++step) {
            shop.setStep(step);
            if (step == WorkshopWindow::Matrix) {
                shop.stepSpotlight(1);
                QTest::keyClick(&shop, Qt::Key_D);
                QTest::keyClick(&shop, Qt::Key_I);
            }
            QApplication::processEvents();
            widgetTree(workshop, &shop, QStringLiteral("workshop step %1").arg(step));
        }
        add(workshop, QStringLiteral("workshop title"), WorkshopWindow::stepTitle(0));
    }
    // The undo step the decision left, as the Edit menu names it.
    widgetTree(workshop, &window, QStringLiteral("main window after the workshop"));
    result.insert(QStringLiteral("workshop"), toJson(workshop));
    return result;
}

} // namespace ps::runtimetext
