// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QCustomPlot;
class QCPAxisRect;

namespace ps::economics {

/// Everything the Economics charts and cards draw that depends on the theme: the desktop's
/// default, or the projector's large type, thick lines and high contrast.
struct EconomicsStyle {
    QColor background = Qt::white;
    QColor foreground = QColor(0x20, 0x20, 0x20);
    QColor gridColour = QColor(0xE0, 0xE0, 0xE0);
    QColor revenueColour; ///< Okabe-Ito blue
    QColor costColour;    ///< Okabe-Ito vermillion
    QColor marginColour;  ///< Okabe-Ito bluish green
    QColor perUnitColour; ///< Okabe-Ito reddish purple
    QColor partnerColour; ///< win rate: partner-influenced deals
    QColor directColour;  ///< win rate: direct deals
    QColor alertColour;   ///< banners, negative ROI
    QFont baseFont;       ///< tick labels, legends
    QFont titleFont;      ///< chart titles
    QFont cardValueFont;  ///< the big number of a metric card
    double lineWidth = 2.0;
    double axisPenWidth = 1.0;
    bool projector = false;

    static EconomicsStyle standard();
    static EconomicsStyle projectorStyle();
};

/// Applies fonts, colours and pen widths to a plot and its axis rects.
void applyStyle(QCustomPlot *plot, const EconomicsStyle &style);
/// A title element above `rect` in the plot layout is overkill for small charts: the axis rect
/// carries its title as the top axis label instead (visible, no ticks).
void setRectTitle(QCPAxisRect *rect, const QString &title, const EconomicsStyle &style);

} // namespace ps::economics
