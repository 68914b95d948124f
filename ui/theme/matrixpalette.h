// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/layout/modelcolours.h"

#include <QColor>
#include <QFont>

#include <optional>

namespace ps::matrix {

/// The colour-blind-safe bubble colour of a colour index: the eight Okabe-Ito colours, two
/// extra colours from Paul Tol's muted scheme that stay apart from them under the common
/// colour-vision deficiencies, and grey for partners without a model.
QColor modelColour(int index);

/// Everything the matrix draws that depends on the theme (default or projector).
struct MatrixStyle {
    QColor background;
    QColor foreground; ///< axes, tick labels, text
    QColor gridColour;
    QColor thresholdColour;
    QColor quadrantLabelColour;
    QColor selectionColour;
    QColor arrowColour;      ///< partners that change quadrant under the compared scenario
    QColor minorArrowColour; ///< partners that only move within their quadrant
    QFont baseFont;          ///< tick labels, legend
    QFont labelFont;         ///< axis titles, partner labels
    QFont quadrantFont;
    double axisPenWidth = 1.0;
    double thresholdPenWidth = 2.0;
    double bubbleOutlineWidth = 1.0;
    int fillAlpha = 190;
    int minRadius = 4;  ///< pixels, the smallest sized bubble
    int maxRadius = 22; ///< pixels, the largest sized bubble
    int uniformRadius = 7;
    int labelCount = 8; ///< top partners that get a name label

    static MatrixStyle standard();
    /// Large type, thick lines, high contrast, larger bubbles: readable across a room.
    static MatrixStyle projector();
};

} // namespace ps::matrix
