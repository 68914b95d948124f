// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/projectortheme.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace ps::theme {

namespace {

double linearChannel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const std::array<QColor, 8> &okabeIto() {
    static const std::array<QColor, 8> colours = {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
        QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x00, 0x00)};
    return colours;
}

const ProjectorTheme &ProjectorTheme::instance() {
    static const ProjectorTheme theme = [] {
        ProjectorTheme t;
        t.background = Qt::white;
        t.text = Qt::black;
        t.mutedText = QColor(0x33, 0x33, 0x33);
        t.barBackground = QColor(0x11, 0x11, 0x11);
        t.barText = Qt::white;
        t.panelBackground = QColor(0xF2, 0xF2, 0xF2);
        // Okabe-Ito blue darkened until white text on it passes 7:1.
        t.accent = QColor(0x00, 0x5A, 0x8C);
        t.accentText = Qt::white;
        t.gapText = QColor(0x9E, 0x10, 0x10);
        t.dimming = QColor(255, 255, 255, 150);
        // Pixel sizes: a projector is judged by the share of the screen height a letter takes.
        t.titleFont = QApplication::font();
        t.titleFont.setPixelSize(40);
        t.titleFont.setBold(true);
        t.bodyFont = QApplication::font();
        t.bodyFont.setPixelSize(26);
        t.hintFont = QApplication::font();
        t.hintFont.setPixelSize(22);
        return t;
    }();
    return theme;
}

std::vector<TextPair> ProjectorTheme::textPairs() const {
    return {
        {QStringLiteral("body text"), text, background},
        {QStringLiteral("muted text"), mutedText, background},
        {QStringLiteral("header and footer"), barText, barBackground},
        {QStringLiteral("overlay text"), text, panelBackground},
        {QStringLiteral("overlay muted text"), mutedText, panelBackground},
        {QStringLiteral("selected row"), accentText, accent},
        {QStringLiteral("coverage gap"), gapText, background},
        {QStringLiteral("accent on page"), accent, background},
    };
}

QString ProjectorTheme::styleSheet() const {
    const auto css = [](const QColor &c) { return c.name(QColor::HexRgb); };
    return QStringLiteral(
               "QWidget#workshopPage { background: %1; color: %2; }"
               "QLabel { color: %2; }"
               "QTableWidget { background: %1; color: %2; gridline-color: %3;"
               " selection-background-color: %4; selection-color: %5; font-size: %6px; }"
               "QHeaderView::section { background: %7; color: %2; font-weight: bold;"
               " font-size: %6px; padding: 6px; border: 1px solid %3; }"
               "QLineEdit, QComboBox { background: %1; color: %2; border: 3px solid %2;"
               " padding: 6px; font-size: %6px; }"
               "QLineEdit:focus, QComboBox:focus { border: 4px solid %4; }"
               "QSlider::groove:horizontal { height: 14px; background: %3; border-radius: 7px; }"
               "QSlider::sub-page:horizontal { background: %4; border-radius: 7px; }"
               "QSlider::handle:horizontal { background: %2; width: 34px; margin: -12px 0;"
               " border-radius: 17px; }"
               "QSlider::handle:horizontal:focus { background: %4; border: 4px solid %2; }"
               "QPushButton { background: %7; color: %2; border: 3px solid %2; padding: 6px 14px;"
               " font-size: %6px; }"
               "QPushButton:focus { border: 4px solid %4; }")
        .arg(css(background), css(text), css(mutedText), css(accent), css(accentText))
        .arg(bodyFont.pixelSize())
        .arg(css(panelBackground));
}

} // namespace ps::theme
