// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/economicsstyle.h"

#include "ui/charts/qcp.h"

#include <QApplication>
#include <QPalette>

namespace ps::economics {

EconomicsStyle EconomicsStyle::standard() {
    EconomicsStyle s;
    // Okabe-Ito: distinguishable under the common colour-vision deficiencies.
    s.revenueColour = QColor(0x00, 0x72, 0xB2);
    s.costColour = QColor(0xD5, 0x5E, 0x00);
    s.marginColour = QColor(0x00, 0x9E, 0x73);
    s.perUnitColour = QColor(0xCC, 0x79, 0xA7);
    s.partnerColour = QColor(0x00, 0x72, 0xB2);
    s.directColour = QColor(0xE6, 0x9F, 0x00);
    s.alertColour = QColor(0xB0, 0x3A, 0x00);
    // Exports and headless renders: white, near-black and a light grid. On screen the charts
    // take their colours from the desktop palette (theme::economicsStyle).
    s.background = Qt::white;
    s.foreground = QColor(0x20, 0x20, 0x20);
    s.gridColour = QColor(0xE0, 0xE0, 0xE0);
    s.baseFont = QApplication::font();
    s.titleFont = s.baseFont;
    s.titleFont.setBold(true);
    s.cardValueFont = s.baseFont;
    s.cardValueFont.setPointSizeF(s.baseFont.pointSizeF() * 1.8);
    s.cardValueFont.setBold(true);
    return s;
}

EconomicsStyle EconomicsStyle::projectorStyle() {
    EconomicsStyle s = standard();
    s.projector = true;
    s.background = Qt::white;
    s.foreground = Qt::black;
    s.gridColour = QColor(0xC8, 0xC8, 0xC8);
    s.alertColour = QColor(0x8B, 0x20, 0x00);
    s.baseFont.setPointSizeF(13);
    s.titleFont.setPointSizeF(14);
    s.cardValueFont.setPointSizeF(24);
    s.lineWidth = 4.0;
    s.axisPenWidth = 2.5;
    return s;
}

void applyStyle(QCustomPlot *plot, const EconomicsStyle &style) {
    plot->setBackground(style.background);
    plot->setFont(style.baseFont);
    const QList<QCPAxisRect *> rects = plot->axisRects();
    for (QCPAxisRect *rect : rects) {
        for (QCPAxis *axis : rect->axes()) {
            const QPen pen(style.foreground, style.axisPenWidth);
            axis->setBasePen(pen);
            axis->setTickPen(pen);
            axis->setSubTickPen(QPen(style.foreground, style.axisPenWidth * 0.6));
            axis->setTickLabelFont(style.baseFont);
            axis->setTickLabelColor(style.foreground);
            axis->setLabelFont(style.baseFont);
            axis->setLabelColor(style.foreground);
            axis->grid()->setPen(QPen(style.gridColour, 1, Qt::DotLine));
        }
        for (int i = 0; i < rect->insetLayout()->elementCount(); ++i) {
            if (auto *legend = qobject_cast<QCPLegend *>(rect->insetLayout()->elementAt(i))) {
                legend->setFont(style.baseFont);
                legend->setTextColor(style.foreground);
                legend->setBorderPen(QPen(style.gridColour));
            }
        }
    }
}

void setRectTitle(QCPAxisRect *rect, const QString &title, const EconomicsStyle &style) {
    QCPAxis *top = rect->axis(QCPAxis::atTop);
    top->setVisible(true);
    top->setTicks(false);
    top->setTickLabels(false);
    top->setBasePen(Qt::NoPen);
    top->setLabel(title);
    top->setLabelFont(style.titleFont);
    top->setLabelColor(style.foreground);
}

} // namespace ps::economics
