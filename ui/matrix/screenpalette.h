// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mapstyle.h"
#include "matrix/matrixpalette.h"

#include <QColor>

class QPalette;

namespace ps {

/// Colours of the on-screen views in the normal theme, taken from the system palette so a
/// dark desktop gets a dark matrix, heatmap and map. With a white Base and black Text they give
/// exactly the standard styles, which exports and the projector theme keep using.
namespace screenpalette {

/// The colour a share `amount` (0-1) of the way from `from` to `to`.
QColor blend(const QColor &from, const QColor &to, double amount);
/// True when the palette's Base is darker than its Text.
bool isDark(const QPalette &palette);
matrix::MatrixStyle matrixStyle(const QPalette &palette);
map::MapStyle mapStyle(const QPalette &palette);

} // namespace screenpalette
} // namespace ps
