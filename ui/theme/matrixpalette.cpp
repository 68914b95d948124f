// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/matrixpalette.h"

#include <QApplication>

namespace ps::matrix {

QColor modelColour(int index) {
    if (index < 0 || index >= ColourCount)
        index = ColourCount - 1;
    return QColor(QRgb(ModelRgb[size_t(index)]));
}

MatrixStyle MatrixStyle::standard() {
    MatrixStyle s;
    s.background = Qt::white;
    s.foreground = QColor(0x33, 0x33, 0x33);
    s.gridColour = QColor(0xE4, 0xE4, 0xE4);
    s.thresholdColour = QColor(0x55, 0x55, 0x55);
    s.quadrantLabelColour = QColor(0x99, 0x99, 0x99);
    s.selectionColour = QColor(0x00, 0x00, 0x00);
    s.arrowColour = QColor(0x22, 0x22, 0x22);
    s.minorArrowColour = QColor(0xB0, 0xB0, 0xB0);
    s.baseFont = QApplication::font();
    s.labelFont = s.baseFont;
    s.quadrantFont = s.baseFont;
    s.quadrantFont.setPointSizeF(s.baseFont.pointSizeF() * 1.4);
    s.quadrantFont.setBold(true);
    return s;
}

MatrixStyle MatrixStyle::projector() {
    MatrixStyle s = standard();
    s.foreground = Qt::black;
    s.gridColour = QColor(0xC8, 0xC8, 0xC8);
    s.thresholdColour = Qt::black;
    s.quadrantLabelColour = QColor(0x44, 0x44, 0x44);
    s.arrowColour = Qt::black;
    s.minorArrowColour = QColor(0x80, 0x80, 0x80);
    s.baseFont.setPointSizeF(14);
    s.labelFont.setPointSizeF(16);
    s.labelFont.setBold(true);
    s.quadrantFont.setPointSizeF(22);
    s.quadrantFont.setBold(true);
    s.axisPenWidth = 2.5;
    s.thresholdPenWidth = 4.0;
    s.bubbleOutlineWidth = 2.0;
    s.fillAlpha = 230;
    s.minRadius = 6;
    s.maxRadius = 28;
    s.uniformRadius = 10;
    s.labelCount = 6;
    return s;
}

} // namespace ps::matrix
