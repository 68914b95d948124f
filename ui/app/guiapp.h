// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace ps {

/// Runs the desktop application: the main window on `fileToOpen`, on the built-in demo when
/// `openDemo` is set, else on the start screen; offers to restore crash-recovery files first.
/// Returns the exit code of the event loop.
int runGui(QApplication &app, const QString &fileToOpen, bool openDemo);

} // namespace ps
