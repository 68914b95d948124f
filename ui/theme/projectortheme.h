// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <array>
#include <vector>

namespace ps::theme {

/// WCAG 2.x relative luminance of an sRGB colour (0 black .. 1 white); alpha is ignored.
double relativeLuminance(const QColor &colour);
/// WCAG 2.x contrast ratio of two colours: (L1 + 0.05) / (L2 + 0.05), from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
/// The contrast the projector theme promises for every text (WCAG AAA).
constexpr double MinimumTextContrast = 7.0;

/// The eight colours of Okabe & Ito (2008), "Color Universal Design": orange, sky blue,
/// bluish green, yellow, blue, vermillion, reddish purple, black.
const std::array<QColor, 8> &okabeIto();

/// A text colour drawn on a background colour somewhere in the projector theme.
struct TextPair {
    QString role; ///< where it appears, for a failing test's message
    QColor text;
    QColor background;
};

/**
 * The projector theme of workshop mode: large type readable from the back of a room, text
 * contrast of at least 7:1 against its background, thick lines and the Okabe-Ito palette. The
 * matrix, map and segment charts have their own projector styles; this holds the colours and
 * type of the workshop frame around them and lists every text/background pair it draws.
 */
struct ProjectorTheme {
    QColor background;    ///< the step's page
    QColor text;          ///< body text
    QColor mutedText;     ///< hints, secondary lines
    QColor barBackground; ///< header and footer bars
    QColor barText;
    QColor panelBackground; ///< overlays (decision capture, search)
    QColor accent;          ///< focus and selection outlines (Okabe-Ito blue)
    QColor accentText;      ///< text on the accent colour
    QColor gapText;         ///< "gap" marks on the coverage step
    QColor dimming;         ///< translucent layer over everything but the spotlight
    QFont titleFont;        ///< step titles
    QFont bodyFont;         ///< tables, labels, fields
    QFont hintFont;         ///< the key hints in the footer
    double lineWidth = 4.0; ///< outlines, spotlight ring, bars

    static const ProjectorTheme &instance();
    /// Every text/background pair the workshop frame draws.
    std::vector<TextPair> textPairs() const;
    /// A style sheet for the frame's widgets (tables, line edits, sliders, labels).
    QString styleSheet() const;
};

} // namespace ps::theme
