// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/svgcharts_p.h"

#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <algorithm>

namespace ps::report::detail {
namespace {

// Quadrant colours match the matrix view's default palette closely enough for print.
const char *quadrantColour(Quadrant q) {
    switch (q) {
    case Quadrant::Invest:
        return "#1b9e77";
    case Quadrant::Develop:
        return "#7570b3";
    case Quadrant::Maintain:
        return "#e6ab02";
    case Quadrant::Deprioritize:
        return "#999999";
    }
    return "#999999";
}

QString n(double v) {
    return fixed(v, 1);
}

} // namespace

QString matrixSvg(const ReportContent &c) {
    // Plot area of 400 x 400 px inside margins for the axis titles.
    constexpr double left = 50, top = 20, size = 400;
    const auto x = [&](double potential) { return left + potential / 100.0 * size; };
    const auto y = [&](double readiness) { return top + size - readiness / 100.0 * size; };

    QString svg = QStringLiteral("<svg width=\"480\" "
                                 "height=\"470\" viewBox=\"0 0 480 470\" role=\"img\">\n");
    svg += QStringLiteral("<title>%1</title>\n")
               .arg(escapeHtml(ReportTr::tr("Prioritization matrix")));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"none\" "
                          "stroke=\"#444\"/>\n")
               .arg(n(left), n(top), n(size));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#888\" "
                          "stroke-dasharray=\"4 3\"/>\n")
               .arg(n(x(c.scenario.potentialThreshold)), n(top), n(top + size));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\" "
                          "stroke-dasharray=\"4 3\"/>\n")
               .arg(n(left), n(y(c.scenario.readinessThreshold)), n(left + size));
    svg += QStringLiteral("<text x=\"%1\" y=\"460\" text-anchor=\"middle\" "
                          "font-size=\"12\">%2</text>\n")
               .arg(n(left + size / 2), escapeHtml(ReportTr::tr("Potential")));
    svg += QStringLiteral("<text x=\"14\" y=\"%1\" text-anchor=\"middle\" font-size=\"12\" "
                          "transform=\"rotate(-90 14 %1)\">%2</text>\n")
               .arg(n(top + size / 2), escapeHtml(ReportTr::tr("Readiness")));
    for (size_t i = 0; i < c.partners.size(); ++i) {
        const PartnerScore &s = c.scores[i];
        const QString name = escapeHtml(c.partners[i]->name);
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\" "
                              "fill-opacity=\"0.8\"><title>%4</title></circle>\n")
                   .arg(n(x(s.potential)), n(y(s.readiness)),
                        QLatin1String(quadrantColour(s.quadrant)), name);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"9\">%3</text>\n")
                   .arg(n(x(s.potential) + 7), n(y(s.readiness) + 3), name);
    }
    return svg + QStringLiteral("</svg>\n");
}

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
