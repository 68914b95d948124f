// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text of a widget tree as a user meets it: labels, buttons, group and tab titles, actions
// and menus, tooltips, placeholders, combo box items, item views (headers and the first rows),
// chart axes and legends, map items, and everything painted, through an SVG rendering.

#include "tests/ui/runtimetext.h"
#include "ui/charts/qcp.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolTip>
#include <QWizard>

namespace ps::runtimetext {

/// "ps::PartnersPage > QTableView partnerTable": the nearest classes of ours up the tree and the
/// widget itself, so a failure names where to look.
inline QString describe(const QObject *object) {
    QStringList chain;
    for (const QObject *o = object->parent(); o && chain.size() < 2; o = o->parent()) {
        const QString name = QString::fromLatin1(o->metaObject()->className());
        if (name.startsWith(QLatin1String("ps::")))
            chain.prepend(name);
    }
    QString self = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty() && !object->objectName().startsWith(QLatin1String("qt_")))
        self += QLatin1Char(' ') + object->objectName();
    chain << self;
    return chain.join(QLatin1String(" > "));
}

inline void itemModel(Passages &out, const QString &where, const QAbstractItemModel *model,
                      const QModelIndex &parent = {}, int depth = 0) {
    const int columns = model->columnCount(parent);
    if (depth == 0) {
        for (int c = 0; c < columns; ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                add(out, where + QStringLiteral(" header %1").arg(c),
                    model->headerData(c, Qt::Horizontal, role).toString());
    }
    // The first rows show every kind of cell text; deeper rows repeat them.
    const int rows = std::min(model->rowCount(parent), depth == 0 ? 8 : 4);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole)}) {
                const QVariant value = index.data(role);
                if (value.typeId() == QMetaType::QString)
                    add(out, where + QStringLiteral(" cell %1,%2").arg(r).arg(c), value.toString());
            }
        }
        const QModelIndex first = model->index(r, 0, parent);
        if (depth < 2 && model->hasChildren(first))
            itemModel(out, where, model, first, depth + 1);
    }
}

inline void customPlot(Passages &out, const QString &where, QCustomPlot *plot) {
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            add(out, where + QStringLiteral(" axis"), axis->label());
            if (auto text = axis->ticker().dynamicCast<QCPAxisTickerText>())
                for (const QString &tick : text->ticks())
                    add(out, where + QStringLiteral(" tick"), tick);
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i)
        add(out, where + QStringLiteral(" plottable"), plot->plottable(i)->name());
    for (int i = 0; i < plot->graphCount(); ++i)
        add(out, where + QStringLiteral(" graph"), plot->graph(i)->name());
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            add(out, where + QStringLiteral(" item"), text->text());
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            add(out, where + QStringLiteral(" title"), title->text());
}

inline void graphicsScene(Passages &out, const QString &where, QGraphicsScene *scene) {
    for (QGraphicsItem *item : scene->items()) {
        add(out, where + QStringLiteral(" item tooltip"), item->toolTip());
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            add(out, where + QStringLiteral(" item"), simple->text());
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            add(out, where + QStringLiteral(" item"), text->toPlainText());
    }
}

inline void action(Passages &out, const QString &where, QAction *a) {
    add(out, where, a->text());
    add(out, where + QStringLiteral(" (tooltip)"),
        a->toolTip() == QString(a->text()).remove(QLatin1Char('&')) ? QString() : a->toolTip());
    add(out, where + QStringLiteral(" (status tip)"), a->statusTip());
    add(out, where + QStringLiteral(" (what's this)"), a->whatsThis());
    if (a->menu())
        for (QAction *sub : a->menu()->actions())
            action(out, where + QStringLiteral(" > ") + a->text(), sub);
}

/// The text properties of one widget (not its children).
inline void widgetText(Passages &out, QWidget *w) {
    const QString where = describe(w);
    if (w->isWindow())
        add(out, where + QStringLiteral(" (window title)"), w->windowTitle());
    add(out, where + QStringLiteral(" (tooltip)"), w->toolTip());
    add(out, where + QStringLiteral(" (what's this)"), w->whatsThis());
    add(out, where + QStringLiteral(" (status tip)"), w->statusTip());
    add(out, where + QStringLiteral(" (accessible name)"), w->accessibleName());
    add(out, where + QStringLiteral(" (accessible description)"), w->accessibleDescription());
    if (auto *label = qobject_cast<QLabel *>(w))
        add(out, where, label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        add(out, where, button->text());
    if (auto *box = qobject_cast<QGroupBox *>(w))
        add(out, where, box->title());
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        add(out, where + QStringLiteral(" (placeholder)"), edit->placeholderText());
    if (auto *edit = qobject_cast<QTextEdit *>(w)) {
        add(out, where + QStringLiteral(" (placeholder)"), edit->placeholderText());
        if (edit->isReadOnly())
            add(out, where, edit->toPlainText());
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        add(out, where + QStringLiteral(" (placeholder)"), edit->placeholderText());
    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(out, where + QStringLiteral(" tab"), tabs->tabText(i));
            add(out, where + QStringLiteral(" tab (tooltip)"), tabs->tabToolTip(i));
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i) {
            add(out, where + QStringLiteral(" item"), combo->itemText(i));
            add(out, where + QStringLiteral(" item (tooltip)"),
                combo->itemData(i, Qt::ToolTipRole).toString());
        }
    } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        // A combo box's popup list repeats its items and a header view its table's model.
        if (view->model() && !qobject_cast<QComboBox *>(view->parentWidget()) &&
            !qobject_cast<QHeaderView *>(view))
            itemModel(out, where, view->model());
    }
    if (auto *page = qobject_cast<QWizardPage *>(w)) {
        add(out, where + QStringLiteral(" (title)"), page->title());
        add(out, where + QStringLiteral(" (subtitle)"), page->subTitle());
    }
    if (auto *plot = qobject_cast<QCustomPlot *>(w))
        customPlot(out, where, plot);
    if (auto *graphics = qobject_cast<QGraphicsView *>(w); graphics && graphics->scene())
        graphicsScene(out, where, graphics->scene());
    for (QAction *a : w->actions())
        action(out, where + QStringLiteral(" action"), a);
}

/// Everything painted: `w` rendered into an SVG, whose <text> elements are read back.
inline void painted(Passages &out, QWidget *w, const QString &where) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(w->size());
    svg.setViewBox(QRect(QPoint(), w->size()));
    {
        QPainter painter(&svg);
        w->render(&painter);
    }
    const Passages texts = svgText(buffer.data(), where + QStringLiteral(" (painted)"));
    out.insert(out.end(), texts.begin(), texts.end());
}

/// A chart drawn at a fixed size, even when it sits on a hidden tab.
inline void plotPainted(Passages &out, QCustomPlot *plot, const QString &where) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(900, 600));
    svg.setViewBox(QRect(0, 0, 900, 600));
    {
        QCPPainter painter(&svg);
        plot->toPainter(&painter, 900, 600);
    }
    const Passages texts = svgText(buffer.data(), where + QStringLiteral(" (drawn)"));
    out.insert(out.end(), texts.begin(), texts.end());
}

/// Tooltips that follow the mouse (map nodes and links, heatmap cells, matrix bubbles): the
/// pointer is moved over a grid of points of every visible chart and map under `root`.
inline void hoverTooltips(Passages &out, QWidget *root) {
    QList<QWidget *> targets;
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>())
        targets << plot;
    for (QGraphicsView *view : root->findChildren<QGraphicsView *>())
        targets << view->viewport();
    QSet<QString> seen;
    for (QWidget *target : targets) {
        if (!target->isVisible() || target->width() < 10 || target->height() < 10)
            continue;
        const QString where = describe(target) + QStringLiteral(" (hover tooltip)");
        constexpr int Steps = 24;
        for (int i = 1; i < Steps; ++i) {
            for (int j = 1; j < Steps; ++j) {
                const QPoint pos(target->width() * i / Steps, target->height() * j / Steps);
                const QPoint global = target->mapToGlobal(pos);
                QMouseEvent move(QEvent::MouseMove, pos, global, Qt::NoButton, Qt::NoButton,
                                 Qt::NoModifier);
                QCoreApplication::sendEvent(target, &move);
                QHelpEvent help(QEvent::ToolTip, pos, global);
                QCoreApplication::sendEvent(target, &help);
                const QString text = QToolTip::text();
                if (!text.isEmpty() && !seen.contains(text)) {
                    seen.insert(text);
                    add(out, where, text);
                }
            }
        }
        QToolTip::hideText();
    }
}

/// The whole tree under `root`, plus what it paints: `root` as it is, every page of its tab
/// widgets, and every chart.
inline void widgetTree(Passages &out, QWidget *root, const QString &where) {
    widgetText(out, root);
    for (QWidget *w : root->findChildren<QWidget *>())
        widgetText(out, w);
    for (QAction *a : root->findChildren<QAction *>(Qt::FindDirectChildrenOnly))
        action(out, describe(root) + QStringLiteral(" action"), a);
    painted(out, root, where);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current)
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            painted(out, tabs->currentWidget(), describe(tabs) + QStringLiteral(" tab %1").arg(i));
        }
        tabs->setCurrentIndex(current);
    }
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>())
        plotPainted(out, plot, describe(plot));
}

} // namespace ps::runtimetext
