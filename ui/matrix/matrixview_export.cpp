// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the matrix: PNG from the raster path, PDF and SVG as vectors (the bubble plottable
// draws real ellipses on a vectorized painter).
#include "ui/matrix/matrixview.h"

#include "ui/shell/lazyrefresh.h"

#include "ui/charts/plotexport.h"
#include "ui/charts/qcp.h"

namespace ps {

bool MatrixView::exportTo(const QString &path, int width, int height, QString *error) {
    m_refresh->flush();
    // Exports stay on white whatever the desktop palette: only the screen follows it.
    const matrix::MatrixStyle screen = m_style;
    const bool swap = m_theme == Theme::Default;
    if (swap) {
        m_style = matrix::MatrixStyle::standard();
        applyStyle();
        updateLegend();
        updatePartnerLabels();
    }
    const bool ok = exportPlot(m_plot, path, width, height, tr("Prioritization matrix"), error);
    if (swap) {
        m_style = screen;
        applyStyle();
        updateLegend();
        updatePartnerLabels();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return ok;
}

} // namespace ps
