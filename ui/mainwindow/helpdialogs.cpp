// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/helpdialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ps {
namespace {

QDialog *framed(QWidget *parent, const QString &title, QWidget *content, const QSize &size) {
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

/// Menu actions with a shortcut, depth first, as "Menu > Action".
void collect(const QList<QAction *> &actions, const QString &path,
             QList<QPair<QString, QString>> &rows) {
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("..."));
        const QString here = path.isEmpty() ? text : path + QStringLiteral(" > ") + text;
        if (QMenu *menu = action->menu()) {
            collect(menu->actions(), here, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({here, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QDialog *HelpDialogs::userGuide(QWidget *parent) {
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({QStringLiteral(":/guide")});
    if (QFile::exists(QStringLiteral(":/guide/user-guide.md")))
        browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.md")),
                           QTextDocument::MarkdownResource);
    else
        browser->setPlainText(tr("The user guide is missing from this build."));
    return framed(parent, tr("Partnerscope User Guide"), browser, QSize(1000, 760));
}

QDialog *HelpDialogs::keyboardShortcuts(QWidget *parent, const QList<QAction *> &menus) {
    QList<QPair<QString, QString>> rows;
    collect(menus, QString(), rows);
    const QList<QPair<QString, QString>> views = {
        {tr("Influence map: zoom in, zoom out"), tr("+, -")},
        {tr("Influence map: fit the map"), tr("Home")},
        {tr("Influence map: pan"), tr("Arrow keys")},
        {tr("Influence map: find a partner"), tr("Ctrl+F")},
        {tr("Influence map: clear the selection"), tr("Esc")},
        {tr("Workshop: next step, previous step"), tr("Right or Page Down, Left or Page Up")},
        {tr("Workshop: first step, last step"), tr("Home, End")},
        {tr("Workshop: scenario A, scenario B, switch"), tr("A, B, Tab")},
        {tr("Workshop: next partner, previous partner, clear the spotlight"), tr("N, P, C")},
        {tr("Workshop: find a partner"), tr("/ or Ctrl+F")},
        {tr("Workshop: record a decision"), tr("D")},
        {tr("Workshop: show or hide the weights and legend (matrix step)"), tr("W")},
        {tr("Workshop: heatmap or map overview (map step)"), tr("H")},
        {tr("Workshop: next screen"), tr("S")},
        {tr("Workshop: export the summary (decisions step)"), tr("E")},
        {tr("Workshop: budget up, down (plan step)"), tr("+, -")},
        {tr("Workshop: undo, redo"), tr("Ctrl+Z, Ctrl+Y")},
        {tr("Workshop: leave"), tr("Esc")},
    };
    rows += views;
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return framed(parent, tr("Keyboard Shortcuts"), table, QSize(760, 640));
}

} // namespace ps
