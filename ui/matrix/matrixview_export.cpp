// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the matrix: PNG from the raster path, PDF and SVG as vectors (the bubble plottable
// draws real ellipses on a vectorized painter).
#include "matrix/matrixview.h"

#include "matrix/plotexport.h"

namespace ps {

bool MatrixView::exportTo(const QString &path, int width, int height, QString *error) {
    return exportPlot(m_plot, path, width, height, tr("Prioritization matrix"), error);
}

} // namespace ps
