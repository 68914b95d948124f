// SPDX-License-Identifier: GPL-3.0-or-later
// The influence map's overview for a picture of one size: used where the whole map, fitted to
// that size, would draw names too small to read (the projector, `partnerscope render`).
#include "ui/map/influencemapview.h"

#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/map/maplegend.h"
#include "ui/map/mapoverview.h"
#include "ui/map/mapview_p.h"

#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <vector>

namespace ps {

bool InfluenceMapView::namesReadableAt(const QSizeF &size) const {
    d->flush();
    if (d->bounds.isEmpty())
        return false;
    const QSizeF legend = map::legendSize(d->state.style);
    const QSizeF source(std::max(d->bounds.width(), legend.width() + 16),
                        d->bounds.height() + legend.height() + 16);
    const double scale = std::min(size.width() / source.width(), size.height() / source.height());
    const QFont &font = d->state.style.labelFont;
    const double pixels = font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
    if (pixels * scale < map::minimumLabelPixels(d->theme == Theme::Projector))
        return false;
    // Large enough; the names must not run into each other either. The layered layout makes
    // room for them only when it is given their metrics (projector), so look at the names laid
    // out. The map is small here (it fits at this scale), so the sweep is short.
    std::vector<QRectF> names;
    for (const map::NodeItem *node : d->nodes) {
        const QRectF rect = node->labelRect();
        if (node->isVisible() && !rect.isEmpty())
            names.push_back(rect.translated(node->pos()));
    }
    std::sort(names.begin(), names.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (size_t i = 0; i < names.size(); ++i)
        for (size_t j = i + 1; j < names.size() && names[j].left() < names[i].right(); ++j)
            if (names[i].intersects(names[j]))
                return false;
    return true;
}

map::MapOverview InfluenceMapView::overview(const QSizeF &size) const {
    const PortfolioData &data = d->document->portfolio()->data();
    QHash<Id, Quadrant> quadrants;
    if (d->scoring) {
        const std::vector<PartnerScore> &scores = d->scoring->scores();
        for (const Partner &p : data.partners) {
            const int row = d->scoring->rowOf(p.id);
            if (row >= 0 && size_t(row) < scores.size())
                quadrants.insert(p.id, scores[size_t(row)].quadrant);
        }
    }
    const bool projector = d->theme == Theme::Projector;
    return map::MapOverview::build(
        data, quadrants, projector ? map::MapStyle::projector() : map::MapStyle::standard(),
        projector, size);
}

bool InfluenceMapView::exportOverview(const QString &path, const QSize &size, QString *error) {
    const map::MapStyle style =
        d->theme == Theme::Projector ? map::MapStyle::projector() : map::MapStyle::standard();
    const map::MapOverview picture = overview(QSizeF(size));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shown = QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
    bool ok = false;
    QPainter painter;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(tr("Influence map"));
        if (painter.begin(&svg)) {
            picture.paint(&painter, style);
            ok = painter.end();
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Influence map"));
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        if (painter.begin(&pdf)) {
            picture.paint(&painter, style);
            painter.end();
        }
        ok = QFileInfo(path).size() > 0;
    } else if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(style.background);
        if (painter.begin(&image)) {
            painter.setRenderHint(QPainter::TextAntialiasing);
            picture.paint(&painter, style);
            painter.end();
        }
        ok = image.save(path, "PNG");
    } else {
        if (error)
            *error = tr("Could not export to %1: use a .png, .svg or .pdf file name.").arg(shown);
        return false;
    }
    if (!ok && error)
        *error = tr("Could not write %1.").arg(shown);
    return ok;
}

} // namespace ps
