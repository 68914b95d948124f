// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/plotexport.h"

#include "ui/charts/qcp.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class PlotExportTr {
    Q_DECLARE_TR_FUNCTIONS(ps::PlotExport)
};

QString quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

bool writeSvg(QCustomPlot *plot, const QString &path, int width, int height, const QString &title,
              QString *message) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        *message = PlotExportTr::tr("Could not draw the chart for %1.").arg(quoted(path));
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, width, height);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() ||
        !file.commit()) {
        *message =
            PlotExportTr::tr("Could not write %1: %2.").arg(quoted(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool exportPlot(QCustomPlot *plot, const QString &path, int width, int height, const QString &title,
                QString *error) {
    QString message;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (width <= 0 || height <= 0) {
        message = PlotExportTr::tr("Could not export to %1: the size must be positive.")
                      .arg(quoted(path));
    } else if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, width, height);
        if (!ok)
            message = PlotExportTr::tr("Could not write %1.").arg(quoted(path));
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QString(), title);
        // QPdfWriter reports an unwritable file only by leaving it absent.
        ok = ok && QFileInfo(path).size() > 0;
        if (!ok)
            message = PlotExportTr::tr("Could not write %1.").arg(quoted(path));
    } else if (suffix == QLatin1String("svg")) {
        ok = writeSvg(plot, path, width, height, title, &message);
    } else {
        message = PlotExportTr::tr("Could not export to %1: use a .png, .svg or .pdf file name.")
                      .arg(quoted(path));
    }
    // Exports lay the plot out at their own size; restore the on-screen layout.
    plot->replot(QCustomPlot::rpQueuedReplot);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace ps
