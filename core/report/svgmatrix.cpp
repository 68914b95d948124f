// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report's prioritization matrix as inline SVG, drawn as the PDF report's
// (ui/report/matrixchart.cpp): readiness across, potential up, bubbles coloured by model with
// their area by revenue, the thresholds dashed, quadrant titles in the corners, the model legend
// below, and the partners of matrixNamedOrder() named where ps::matrix::LabelPlacer finds room.
// There are no font metrics in the core: text widths are a generous estimate for the font the
// SVG asks for (estimatedTextWidth), so a name drawn narrower still covers nothing.
#include "core/layout/labelplacer.h"
#include "core/layout/modelcolours.h"
#include "core/report/reportmatrix.h"
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"
#include "core/report/svgcharts_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>

namespace ps::report::detail {
namespace {

/// The chart's texts, in the context of the PDF's matrix (the same words, translated once).
class MatrixSvgTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::Charts)
};

// The PDF's chart at 1.5 times its point sizes, so a name is 12 px (9 pt on screen).
constexpr double Width = 780;
constexpr double PlotLeft = 64, PlotTop = 10, PlotWidth = 700, PlotHeight = 560;
constexpr double NameSize = 12, TickSize = 12, AxisSize = 13.5, TitleSize = 16.5;
constexpr double MinRadius = 3.9, MaxRadius = 16.5, OutlineWidth = 0.9;
/// A bubble's outline and a little air: no name's halo comes nearer.
constexpr double OutlineMargin = 0.75;
/// Around a name's text: its halo.
constexpr double NamePad = 2.0;
/// The font's ascent and descent in em, erring large (DejaVu Sans: 0.928 and 0.236).
constexpr double Ascent = 0.93, Descent = 0.24;
constexpr int NearRings = 2, NameRings = 8;
const char *const Ink = "#333333";

/// `rgb` as #rrggbb, each channel divided by `darker` (QColor::darker(140) is 1.4).
QString colourText(unsigned rgb, double darker = 1.0) {
    QString out = QStringLiteral("#");
    for (int shift : {16, 8, 0}) {
        const int channel = int(std::lround(double((rgb >> shift) & 0xFF) / darker));
        out += QStringLiteral("%1").arg(channel, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString n(double v) {
    return fixed(v, 1);
}

/// A text's box: `x` its left (start) or centre (middle), `baseline` its baseline.
QRectF textBox(const QString &text, double x, double baseline, double size, bool bold,
               bool centred) {
    const double w = estimatedTextWidth(text, size, bold);
    return QRectF(centred ? x - w / 2 : x, baseline - Ascent * size, w, (Ascent + Descent) * size);
}

QString textElement(const QString &cls, double x, double baseline, double size, bool bold,
                    const QString &anchor, const QString &fill, const QString &text) {
    return QStringLiteral("<text class=\"%1\" x=\"%2\" y=\"%3\" font-size=\"%4\"%5%6 "
                          "fill=\"%7\">%8</text>\n")
        .arg(cls, n(x), n(baseline), n(size),
             bold ? QStringLiteral(" font-weight=\"bold\"") : QString(),
             anchor.isEmpty() ? QString() : QStringLiteral(" text-anchor=\"%1\"").arg(anchor), fill,
             escapeHtml(text));
}

/// A character's advance in em, at least as wide as DejaVu Sans draws it (checked against the
/// font for ASCII, Latin-1, Latin Extended-A and -B, Greek and Cyrillic; Verdana's are alike
/// and the usual fallback sans-serif fonts narrower). Bold is at most 1.15 times as wide.
double estimatedAdvance(char32_t u) {
    const QString parts = QChar::decomposition(u);
    if (!parts.isEmpty()) {
        const std::vector<char32_t> ucs4 = [&] {
            const QList<uint> list = parts.toUcs4();
            return std::vector<char32_t>(list.begin(), list.end());
        }();
        // An accented letter: its base letter and room for the mark (a caron beside an l, a
        // horn); a ligature or digraph (compatibility): its letters.
        if (QChar::decompositionTag(u) == QChar::Canonical)
            return estimatedAdvance(ucs4.front()) + 0.12;
        double sum = 0.0;
        for (const char32_t part : ucs4)
            sum += estimatedAdvance(part);
        return sum;
    }
    if (u >= 0x2E80)
        return 1.05; // CJK and other full-width scripts
    if (u >= 0x80)
        return 1.2; // Æ, Œ, ß, Greek, Cyrillic...: as wide as any of them (bold Щ 1.33)
    const QChar c(u);
    if (c.isSpace())
        return 0.34;
    if (QStringView(u"iljI|.,:;'").contains(c))
        return 0.38;
    if (QStringView(u"ftr()[]-/\\\"!").contains(c))
        return 0.47;
    if (QStringView(u"mwMW@%&").contains(c))
        return 1.02;
    if (QStringView(u"+=<>~#^").contains(c))
        return 0.86;
    return c.isUpper() ? 0.80 : 0.66; // other letters, digits and signs
}

struct Mark {
    QPointF centre;
    double radius = MinRadius;
    int colour = 0;
};

} // namespace

double estimatedTextWidth(const QString &text, double fontSize, bool bold) {
    double em = 0.0;
    for (const char32_t u : text.toUcs4())
        em += estimatedAdvance(u);
    return em * fontSize * (bold ? 1.15 : 1.0);
}

QString matrixSvg(const ReportContent &c) {
    const size_t count = std::min(c.partners.size(), c.scores.size());
    const QRectF plot(PlotLeft, PlotTop, PlotWidth, PlotHeight);
    const auto px = [&](double readiness) { return PlotLeft + readiness / 100.0 * PlotWidth; };
    const auto py = [&](double potential) {
        return PlotTop + PlotHeight - potential / 100.0 * PlotHeight;
    };

    // The legend below the axis title: one swatch per model present, in order of appearance,
    // in rows as wide as the chart.
    std::vector<int> legend;
    for (size_t i = 0; i < count; ++i) {
        const int colour = matrix::colourIndex(c.partners[i]->model);
        if (std::find(legend.begin(), legend.end(), colour) == legend.end())
            legend.push_back(colour);
    }
    const double legendTop = plot.bottom() + 50;
    std::vector<QPointF> legendAt;
    std::vector<QString> legendText;
    double lx = PlotLeft, ly = legendTop;
    for (size_t k = 0; k < legend.size(); ++k) {
        const int colour = legend[k];
        QString text = MatrixSvgTr::tr("Needs classification");
        for (size_t i = 0; i < count; ++i)
            if (matrix::colourIndex(c.partners[i]->model) == colour && c.partners[i]->model) {
                text = label(*c.partners[i]->model);
                break;
            }
        const double w = 18 + estimatedTextWidth(text, TickSize, false) + 18;
        if (lx > PlotLeft && lx + w > Width) {
            lx = PlotLeft;
            ly += 20;
        }
        legendAt.emplace_back(lx, ly);
        legendText.push_back(text);
        lx += w;
    }
    const double height = (legend.empty() ? legendTop : ly + 20) + 4;

    QString svg = QStringLiteral("<svg width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                                 "font-family=\"DejaVu Sans, Verdana, sans-serif\">\n")
                      .arg(n(Width), n(height));
    svg += QStringLiteral("<title>%1</title>\n")
               .arg(escapeHtml(ReportTr::tr("Prioritization matrix")));
    svg += QStringLiteral("<rect class=\"plot\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                          "fill=\"#ffffff\" stroke=\"%5\"/>\n")
               .arg(n(PlotLeft), n(PlotTop), n(PlotWidth), n(PlotHeight), QLatin1String(Ink));
    // Grid and ticks every 20 points on both axes.
    for (int v = 0; v <= 100; v += 20) {
        if (v > 0 && v < 100)
            svg += QStringLiteral(
                       "<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e4e4e4\"/>\n"
                       "<line x1=\"%4\" y1=\"%5\" x2=\"%6\" y2=\"%5\" stroke=\"#e4e4e4\"/>\n")
                       .arg(n(px(v)), n(plot.top()), n(plot.bottom()), n(plot.left()), n(py(v)),
                            n(plot.right()));
        svg += textElement(QStringLiteral("tick"), px(v), plot.bottom() + 16, TickSize, false,
                           QStringLiteral("middle"), QLatin1String(Ink), QString::number(v));
        svg += textElement(QStringLiteral("tick"), plot.left() - 6, py(v) + 4, TickSize, false,
                           QStringLiteral("end"), QLatin1String(Ink), QString::number(v));
    }
    svg += textElement(QStringLiteral("axis"), plot.center().x(), plot.bottom() + 36, AxisSize,
                       true, QStringLiteral("middle"), QLatin1String(Ink), label(Axis::Readiness));
    svg += QStringLiteral("<text class=\"axis\" x=\"16\" y=\"%1\" font-size=\"%2\" "
                          "font-weight=\"bold\" text-anchor=\"middle\" fill=\"%3\" "
                          "transform=\"rotate(-90 16 %1)\">%4</text>\n")
               .arg(n(plot.center().y()), n(AxisSize), QLatin1String(Ink),
                    escapeHtml(label(Axis::Potential)));
    // The scenario's thresholds, dashed.
    svg += QStringLiteral("<line class=\"threshold\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" "
                          "stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n")
               .arg(n(px(c.scenario.readinessThreshold)), n(plot.top()), n(plot.bottom()));
    svg += QStringLiteral("<line class=\"threshold\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" "
                          "stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n")
               .arg(n(plot.left()), n(py(c.scenario.potentialThreshold)), n(plot.right()));

    matrix::LabelPlacer::Options options;
    options.rings = NameRings;
    options.gap = 1.5;
    options.ringStep = 0.6;
    options.leadersCrossOverlapping = false;
    const QRectF area = plot.adjusted(1, 1, -1, -1);
    matrix::LabelPlacer placer(area, options);

    // Quadrant titles in the corners, light so the bubbles stay in front.
    const struct {
        Quadrant q;
        bool right, top;
    } corners[] = {{Quadrant::Invest, true, true},
                   {Quadrant::Develop, false, true},
                   {Quadrant::Maintain, true, false},
                   {Quadrant::Deprioritize, false, false}};
    for (const auto &corner : corners) {
        const QString text = label(corner.q);
        const double w = estimatedTextWidth(text, TitleSize, true);
        const double left = corner.right ? area.right() - 6 - w : area.left() + 6;
        const double baseline = corner.top ? area.top() + 4 + Ascent * TitleSize
                                           : area.bottom() - 4 - Descent * TitleSize;
        svg += textElement(QStringLiteral("quadrant"), left, baseline, TitleSize, true, QString(),
                           QStringLiteral("#aaaaaa"), text);
        placer.addObstacle(
            textBox(text, left, baseline, TitleSize, true, false).adjusted(-3, -3, 3, 3));
    }

    // Bubbles: area by revenue, as the PDF's; largest drawn first so small ones stay on top.
    double largest = 0.0;
    for (size_t i = 0; i < count; ++i)
        largest = std::max(largest, revenueOf(*c.partners[i]));
    std::vector<Mark> marks(count);
    std::vector<int> bubble(count, -1);
    for (size_t i = 0; i < count; ++i) {
        const double share = largest > 0 ? std::max(0.0, revenueOf(*c.partners[i])) / largest : 0.0;
        marks[i].centre = QPointF(px(c.scores[i].readiness), py(c.scores[i].potential));
        marks[i].radius = std::sqrt(MinRadius * MinRadius +
                                    (MaxRadius * MaxRadius - MinRadius * MinRadius) * share);
        marks[i].colour = matrix::colourIndex(c.partners[i]->model);
        bubble[i] = placer.addBubble(marks[i].centre, marks[i].radius + OutlineMargin);
    }
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return marks[a].radius > marks[b].radius; });
    for (size_t i : order) {
        const Mark &m = marks[i];
        const unsigned rgb = matrix::ModelRgb[size_t(m.colour)];
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" "
                              "fill-opacity=\"0.75\" stroke=\"%5\" stroke-width=\"%6\">"
                              "<title>%7</title></circle>\n")
                   .arg(n(m.centre.x()), n(m.centre.y()), fixed(m.radius, 2), colourText(rgb),
                        colourText(rgb, 1.4), n(OutlineWidth), escapeHtml(c.partners[i]->name));
    }

    // Names by priority: beside their bubbles or one ring out first, then the ones left over
    // further out with a leader line; a name that finds no room stays unnamed (its bubble's
    // title still names it). The largest partners are placed first, each as far out as it takes,
    // so no other name (nor a longer quadrant title, as in German) leaves one of them unnamed.
    const std::vector<size_t> named = matrixNamedOrder(c);
    std::vector<std::optional<matrix::LabelPlacer::Placement>> spots(count);
    auto sizeOf = [&](size_t i) {
        return QSizeF(estimatedTextWidth(c.partners[i]->name, NameSize, false) + 2 * NamePad,
                      (Ascent + Descent) * NameSize + 2 * NamePad);
    };
    std::vector<matrix::LabelPlacer::Request> requests;
    for (size_t i : named)
        requests.push_back({bubble[i], sizeOf(i)});
    const auto placed = placer.placeInPasses(requests, NearRings, size_t(MatrixLargestNamed));
    for (size_t k = 0; k < named.size(); ++k)
        spots[named[k]] = placed[k];
    for (size_t i : named)
        if (spots[i] && !spots[i]->leader.isNull())
            svg += QStringLiteral("<line class=\"leader\" x1=\"%1\" y1=\"%2\" x2=\"%3\" "
                                  "y2=\"%4\" stroke=\"#888888\" stroke-width=\"0.75\"/>\n")
                       .arg(n(spots[i]->leader.x1()), n(spots[i]->leader.y1()),
                            n(spots[i]->leader.x2()), n(spots[i]->leader.y2()));
    for (size_t i : named) {
        if (!spots[i])
            continue;
        const QRectF &r = spots[i]->rect;
        // A light halo keeps the name readable over grid and threshold lines.
        svg += QStringLiteral("<rect class=\"halo\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                              "fill=\"#ffffff\" fill-opacity=\"0.8\"/>\n")
                   .arg(n(r.x()), n(r.y()), n(r.width()), n(r.height()));
        svg += textElement(QStringLiteral("name"), r.center().x(),
                           r.top() + NamePad + Ascent * NameSize, NameSize, false,
                           QStringLiteral("middle"), QLatin1String(Ink), c.partners[i]->name);
    }

    for (size_t k = 0; k < legend.size(); ++k) {
        const unsigned rgb = matrix::ModelRgb[size_t(legend[k])];
        svg += QStringLiteral("<rect class=\"swatch\" x=\"%1\" y=\"%2\" width=\"11\" "
                              "height=\"11\" rx=\"5.5\" fill=\"%3\" fill-opacity=\"0.75\" "
                              "stroke=\"%4\" stroke-width=\"%5\"/>\n")
                   .arg(n(legendAt[k].x()), n(legendAt[k].y() + 1), colourText(rgb),
                        colourText(rgb, 1.4), n(OutlineWidth));
        svg += textElement(QStringLiteral("legend"), legendAt[k].x() + 17, legendAt[k].y() + 11,
                           TickSize, false, QString(), QLatin1String(Ink), legendText[k]);
    }
    return svg + QStringLiteral("</svg>\n");
}

} // namespace ps::report::detail
