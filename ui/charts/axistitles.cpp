// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/axistitles.h"

#include "ui/charts/qcp.h"

#include <QFontMetrics>
#include <QStringList>

namespace ps {
namespace {

/// `title` on one line, wrapped at spaces into lines no wider than `width` pixels.
QString wrapped(const QString &title, const QFontMetrics &metrics, int width) {
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() &&
            metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines.join(QLatin1Char('\n'));
}

/// Re-wraps the vertical axes' titles to their axes' lengths; true when one changed.
bool rewrap(QCustomPlot *plot) {
    bool changed = false;
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes(QCPAxis::atLeft | QCPAxis::atRight)) {
            if (!axis->visible() || axis->label().isEmpty())
                continue;
            QString title = axis->label();
            title.replace(QLatin1Char('\n'), QLatin1Char(' '));
            const QFontMetrics metrics(axis->labelFont());
            const int room = rect->height() - 4;
            const QString fitted = room <= 0 || metrics.horizontalAdvance(title) <= room
                                       ? title
                                       : wrapped(title, metrics, room);
            if (fitted != axis->label()) {
                axis->setLabel(fitted);
                changed = true;
            }
        }
    }
    return changed;
}

} // namespace

void wrapVerticalAxisTitles(QCustomPlot *plot) {
    // After the layout the axis rects have their heights; a title that changes needs its
    // margin laid out again (the steps QCustomPlot::updateLayout takes) before drawing.
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        if (!rewrap(plot))
            return;
        QCPLayoutGrid *layout = plot->plotLayout();
        layout->update(QCPLayoutElement::upPreparation);
        layout->update(QCPLayoutElement::upMargins);
        layout->update(QCPLayoutElement::upLayout);
    });
}

} // namespace ps
