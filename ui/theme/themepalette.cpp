// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/themepalette.h"

#include <QApplication>
#include <QPalette>

namespace ps::theme {

Colours Colours::fromPalette(const QPalette &palette) {
    Colours c;
    c.background = palette.color(QPalette::Base);
    c.foreground = palette.color(QPalette::Text);
    c.dark = isDark(palette);
    c.warning = palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb3, 0x4d, 0x00)
                                                                  : QColor(0xff, 0xb0, 0x50);
    return c;
}

Colours Colours::light() {
    Colours c;
    c.background = Qt::white;
    c.foreground = QColor(0x20, 0x20, 0x20);
    c.warning = QColor(0xb3, 0x4d, 0x00);
    return c;
}

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
    const Colours colours = Colours::fromPalette(palette);
    const QColor base = colours.background;
    const QColor text = colours.foreground;
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
    const Colours colours = Colours::fromPalette(palette);
    if (!colours.dark) {
        s.background = colours.background;
        return s;
    }
    const QColor base = colours.background;
    const QColor text = colours.foreground;
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

economics::EconomicsStyle economicsStyle(const QPalette &palette) {
    economics::EconomicsStyle s = economics::EconomicsStyle::standard();
    const Colours colours = Colours::fromPalette(palette);
    s.background = colours.background;
    s.foreground = colours.foreground;
    s.gridColour = colours.dark ? blend(colours.background, colours.foreground, 0.3)
                                : QColor(0xE0, 0xE0, 0xE0);
    s.baseFont = QApplication::font();
    s.titleFont = s.baseFont;
    s.titleFont.setBold(true);
    s.cardValueFont = s.baseFont;
    s.cardValueFont.setPointSizeF(s.baseFont.pointSizeF() * 1.8);
    s.cardValueFont.setBold(true);
    return s;
}

QColor warningColor(const QPalette &palette) {
    return Colours::fromPalette(palette).warning;
}

} // namespace ps::theme
