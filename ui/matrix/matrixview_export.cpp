// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the matrix: PNG from the raster path, PDF and SVG as vectors (real ellipses).
#include "matrix/matrixview.h"

#include "matrix/qcp.h"
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ps {
namespace {

QString quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

bool writeSvg(QCustomPlot *plot, const QString &path, int width, int height, QString *error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // 96 dpi: the CSS pixel, so viewers show WIDTHxHEIGHT pixels and type sizes match the PNG.
    generator.setResolution(96);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(MatrixView::tr("Prioritization matrix"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        *error = MatrixView::tr("Could not draw the chart for %1.").arg(quoted(path));
        return false;
    }
    // Vectorized: the bubble plottable then draws real ellipses instead of raster stamps.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, width, height);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() ||
        !file.commit()) {
        *error = MatrixView::tr("Could not write %1: %2.").arg(quoted(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool MatrixView::exportTo(const QString &path, int width, int height, QString *error) {
    QString message;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (width <= 0 || height <= 0) {
        message = tr("Could not export to %1: the size must be positive.").arg(quoted(path));
    } else if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, width, height);
        if (!ok)
            message = tr("Could not write %1.").arg(quoted(path));
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QString(),
                             tr("Prioritization matrix"));
        // QPdfWriter reports an unwritable file only by leaving it absent.
        ok = ok && QFileInfo(path).size() > 0;
        if (!ok)
            message = tr("Could not write %1.").arg(quoted(path));
    } else if (suffix == QLatin1String("svg")) {
        ok = writeSvg(m_plot, path, width, height, &message);
    } else {
        message =
            tr("Could not export to %1: use a .png, .svg or .pdf file name.").arg(quoted(path));
    }
    // Exports lay the plot out at their own size; restore the on-screen layout.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace ps
