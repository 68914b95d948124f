// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme/economicsstyle.h"
#include "ui/theme/mapstyle.h"
#include "ui/theme/matrixpalette.h"

#include <QColor>

class QPalette;

/// The one palette every view draws with. On screen it comes from the desktop's QPalette, so a
/// dark desktop gets a dark matrix, map, heatmap and economics charts; exports and the projector
/// theme use the light standard colours. The matrix, map and economics styles all derive their
/// colours from it, and so does the warning colour of forms and dialogs.
namespace ps::theme {

/// The colours a view's style is built from.
struct Colours {
    QColor background; ///< chart and map background
    QColor foreground; ///< text, axes, outlines
    QColor warning;    ///< warnings in forms and dialogs: dark orange on light, light on dark
    bool dark = false;

    /// From the desktop palette (Base and Text).
    static Colours fromPalette(const QPalette &palette);
    /// Black on white: exports, print and the projector.
    static Colours light();
};

/// The colour a share `amount` (0-1) of the way from `from` to `to`.
QColor blend(const QColor &from, const QColor &to, double amount);
/// True when the palette's Base is darker than its Text.
bool isDark(const QPalette &palette);

/// The on-screen styles. With a white Base and black Text they give exactly the standard styles,
/// which exports and the projector theme keep using.
matrix::MatrixStyle matrixStyle(const QPalette &palette);
map::MapStyle mapStyle(const QPalette &palette);
economics::EconomicsStyle economicsStyle(const QPalette &palette);

/// The colour of a warning label on this palette.
QColor warningColor(const QPalette &palette);

} // namespace ps::theme
