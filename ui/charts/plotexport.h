// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;

namespace ps {

/// Writes a QCustomPlot chart as PNG, SVG or PDF, chosen by the file's suffix, at
/// width x height pixels. SVG and PDF are vector (the painter is vectorized, so plottables
/// such as the matrix bubbles draw real shapes); SVG uses 96 dpi so viewers show the same
/// pixel size and type sizes as the PNG. `title` names the document. On failure returns false
/// and sets *error to one sentence naming the file. The plot's on-screen layout is restored.
bool exportPlot(QCustomPlot *plot, const QString &path, int width, int height, const QString &title,
                QString *error = nullptr);

} // namespace ps
