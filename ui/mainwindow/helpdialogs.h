// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QDialog;
class QWidget;

namespace ps {

/// Help > User Guide and Help > Keyboard Shortcuts: both work offline (the guide and its
/// pictures are compiled into the program).
class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(ps::HelpDialogs)
public:
    /// A window with docs/user-guide.md, its pictures and the other guides it links to.
    static QDialog *userGuide(QWidget *parent);
    /// A table of every shortcut: the menus' actions of `menus` (with their current keys) and
    /// the keys of the influence map, the matrix and workshop mode.
    static QDialog *keyboardShortcuts(QWidget *parent, const QList<QAction *> &menus);
};

} // namespace ps
