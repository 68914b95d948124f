// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QApplication;

namespace ps {

/// Runs the desktop application: the main window on `fileToOpen`, on the built-in demo when
/// `openDemo` is set, else on the start screen; offers to restore crash-recovery files first.
/// Returns the exit code of the event loop.
int runGui(QApplication &app, const QString &fileToOpen, bool openDemo);

/// Opens the demo in a main window of `size` and saves a screenshot of every workspace page to
/// `dir` (portfolio.png, icps.png, partners.png, map.png, matrix.png, segments.png,
/// economics.png), for the user guide (scripts/screenshots.sh). Returns 0, or 2 on failure.
int grabPages(const QString &dir, const QSize &size);

} // namespace ps
