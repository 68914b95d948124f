// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the whole influence map: PNG, SVG and PDF, at full detail with the legend.
#include "ui/map/influencemapview.h"

#include "ui/map/maplegend.h"
#include "ui/map/mapview_p.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ps {
namespace {

QString quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

/// Longest side of a PNG export; large maps are scaled down to it.
constexpr double MaxPngSide = 6000.0;

/// Draws the map into `target` of the painter's device, then the legend over its corner.
void paintMap(QPainter *painter, QGraphicsScene *scene, const QRectF &source, const QRectF &target,
              const map::MapStyle &style) {
    painter->fillRect(target, style.background);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    map::drawLegend(painter, target, style);
}

} // namespace

bool InfluenceMapView::exportTo(const QString &path, QString *error) {
    d->flush();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString message;
    bool ok = false;
    // The legend sits in the bottom-right corner; leave it room below the map.
    const QSizeF legend = map::legendSize(d->state.style);
    QRectF source = d->bounds;
    source.setBottom(source.bottom() + legend.height() + 16);
    source.setRight(std::max(source.right(), source.left() + legend.width() + 16));

    // Exports stay on white whatever the desktop palette: only the screen follows it.
    const map::MapStyle screenStyle = d->state.style;
    if (d->theme == Theme::Default)
        useStyle(map::MapStyle::standard());
    // Full detail and no device caches: an export is not a zoomed-out screen.
    d->state.exporting = true;
    for (map::NodeItem *node : d->nodes)
        node->setCacheMode(QGraphicsItem::NoCache);
    if (d->edgeLayer)
        d->edgeLayer->setCacheMode(QGraphicsItem::NoCache);
    if (d->dragLine)
        d->dragLine->hide();

    if (suffix == QLatin1String("png")) {
        const double scale = std::min(2.0, MaxPngSide / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(d->state.style.background);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // Scene units become pixels times the scale; the legend keeps the same proportion.
        painter.scale(scale, scale);
        paintMap(&painter, d->scene, source, QRectF(QPointF(0, 0), source.size()), d->state.style);
        painter.end();
        ok = image.save(path, "PNG");
        if (!ok)
            message = tr("Could not write %1.").arg(quoted(path));
    } else if (suffix == QLatin1String("svg")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(96);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(tr("Influence map"));
        QPainter painter;
        if (painter.begin(&generator)) {
            paintMap(&painter, d->scene, source, QRectF(QPointF(0, 0), source.size()),
                     d->state.style);
            painter.end();
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly) && file.write(buffer.data()) == buffer.size() &&
                 file.commit();
            if (!ok)
                message = tr("Could not write %1: %2.").arg(quoted(path), file.errorString());
        } else {
            message = tr("Could not draw the map for %1.").arg(quoted(path));
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setTitle(tr("Influence map"));
        writer.setResolution(96);
        // One page the map's own shape; 96 dpi keeps scene units at CSS-pixel size.
        writer.setPageSize(QPageSize(source.size() * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (painter.begin(&writer)) {
            paintMap(&painter, d->scene, source, QRectF(0, 0, writer.width(), writer.height()),
                     d->state.style);
            painter.end();
        }
        // QPdfWriter reports an unwritable file only by leaving it absent.
        ok = QFileInfo(path).size() > 0;
        if (!ok)
            message = tr("Could not write %1.").arg(quoted(path));
    } else {
        message =
            tr("Could not export to %1: use a .png, .svg or .pdf file name.").arg(quoted(path));
    }

    d->state.exporting = false;
    for (map::NodeItem *node : d->nodes)
        node->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    if (d->edgeLayer)
        d->edgeLayer->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    if (d->dragLine)
        d->dragLine->show();
    if (d->theme == Theme::Default)
        useStyle(screenStyle);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace ps
