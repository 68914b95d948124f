// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/svgcharts_p.h"

#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <algorithm>

namespace ps::report::detail {
namespace {

QString n(double v) {
    return fixed(v, 1);
}

} // namespace

QString barSvg(const QStringList &labels, const std::vector<double> &values) {
    constexpr double labelWidth = 120, barWidth = 260, rowHeight = 22;
    const double height = rowHeight * double(values.size()) + 6;
    const double largest = values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
    QString svg = QStringLiteral("<svg width=\"460\" "
                                 "height=\"%1\" viewBox=\"0 0 460 %1\" role=\"img\">\n")
                      .arg(n(height));
    for (size_t i = 0; i < values.size(); ++i) {
        const double top = 3 + rowHeight * double(i);
        const double width = largest > 0 ? values[i] / largest * barWidth : 0.0;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"11\">"
                              "%3</text>\n")
                   .arg(n(labelWidth - 6), n(top + 14), escapeHtml(labels.value(int(i))));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" "
                              "fill=\"#4e79a7\"/>\n")
                   .arg(n(labelWidth), n(top + 2), n(width));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>\n")
                   .arg(n(labelWidth + width + 4), n(top + 14), fixed(values[i], 0));
    }
    return svg + QStringLiteral("</svg>\n");
}

QString signedBarSvg(const QStringList &labels, const std::vector<double> &values) {
    constexpr double labelWidth = 170, plotWidth = 250, rowHeight = 22;
    double low = 0.0, high = 0.0;
    for (double v : values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    const double span = high - low > 0 ? high - low : 1.0;
    const auto x = [&](double v) { return labelWidth + (v - low) / span * plotWidth; };
    const double height = rowHeight * double(values.size()) + 6;
    QString svg = QStringLiteral("<svg width=\"480\" "
                                 "height=\"%1\" viewBox=\"0 0 480 %1\" role=\"img\">\n")
                      .arg(n(height));
    for (size_t i = 0; i < values.size(); ++i) {
        const double top = 3 + rowHeight * double(i);
        const double v = values[i];
        const double from = std::min(x(0), x(v)), to = std::max(x(0), x(v));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"11\">"
                              "%3</text>\n")
                   .arg(n(labelWidth - 6), n(top + 14), escapeHtml(labels.value(int(i))));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" "
                              "fill=\"%4\"/>\n")
                   .arg(n(from), n(top + 2), n(to - from),
                        v < 0 ? QStringLiteral("#b03a2e") : QStringLiteral("#4e79a7"));
        // The value sits beyond the bar's end, on the side the bar grows to.
        svg += v < 0 ? QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" "
                                      "font-size=\"11\">%3%</text>\n")
                           .arg(n(from - 4), n(top + 14), fixed(v, 0))
                     : QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3%</text>\n")
                           .arg(n(to + 4), n(top + 14), fixed(v, 0));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\" stroke=\"#444\"/>\n")
               .arg(n(x(0)), n(height));
    return svg + QStringLiteral("</svg>\n");
}

} // namespace ps::report::detail
