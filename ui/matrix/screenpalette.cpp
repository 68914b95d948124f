// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/screenpalette.h"

#include <QPalette>

namespace ps::screenpalette {

QColor blend(const QColor &from, const QColor &to, double amount) {
    const auto mix = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())),
                            float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

matrix::MatrixStyle matrixStyle(const QPalette &palette) {
    matrix::MatrixStyle s = matrix::MatrixStyle::standard();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // The shares reproduce the standard greys on white: #333 text, #E4 grid, #555 thresholds.
    s.background = base;
    s.foreground = blend(base, text, 0.8);
    s.gridColour = blend(base, text, 0.106);
    s.thresholdColour = blend(base, text, 0.667);
    s.quadrantLabelColour = blend(base, text, 0.4);
    s.selectionColour = text;
    s.arrowColour = blend(base, text, 0.867);
    s.minorArrowColour = blend(base, text, 0.31);
    return s;
}

map::MapStyle mapStyle(const QPalette &palette) {
    map::MapStyle s = map::MapStyle::standard();
    if (!isDark(palette)) {
        s.background = palette.color(QPalette::Base);
        return s;
    }
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    s.background = base;
    s.foreground = blend(base, text, 0.85);
    s.linkColour = blend(base, QColor(0x9A, 0xB0, 0xC8), 0.8);
    s.upstreamColour = blend(base, text, 0.45);
    s.thinEdgeColour = blend(base, QColor(0x9A, 0xB0, 0xC8), 0.3);
    s.highlightColour = blend(base, QColor(0xE8, 0xF0, 0xFF), 0.95);
    s.dimmedEdgeColour = blend(base, text, 0.1);
    s.selectionColour = text;
    s.icpFill = blend(base, QColor(0x4A, 0x6A, 0x90), 0.7);
    QColor legend = base;
    legend.setAlpha(230);
    s.legendBackground = legend;
    return s;
}

} // namespace ps::screenpalette
