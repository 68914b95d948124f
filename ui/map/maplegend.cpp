// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maplegend.h"

#include "ui/theme/matrixpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <functional>
#include <vector>

namespace ps::map {
namespace {

/// This file's translations, in the context lupdate files them under.
class MapTr {
    Q_DECLARE_TR_FUNCTIONS(ps::map)
};

/// One legend row: a symbol drawn into a square, and its text.
struct Row {
    std::function<void(QPainter *, const QRectF &)> symbol;
    QString text;
};

std::vector<std::vector<Row>> columns(const MapStyle &style) {
    std::vector<Row> nodes;
    nodes.push_back({[style](QPainter *p, const QRectF &r) {
                         p->setPen(QPen(style.foreground, 1.5));
                         p->setBrush(style.icpFill);
                         p->drawEllipse(r.center(), r.width() * 0.42, r.width() * 0.42);
                     },
                     MapTr::tr("ICP (size: priority)")});
    nodes.push_back({[style](QPainter *p, const QRectF &r) {
                         p->setPen(QPen(style.gapColour, 2.0, Qt::DashLine));
                         p->setBrush(Qt::NoBrush);
                         p->drawEllipse(r.center(), r.width() * 0.42, r.width() * 0.42);
                     },
                     MapTr::tr("Coverage gap")});
    for (ShapeFamily family : {ShapeFamily::Circle, ShapeFamily::Square, ShapeFamily::Triangle,
                               ShapeFamily::Diamond, ShapeFamily::Hexagon}) {
        nodes.push_back({[style, family](QPainter *p, const QRectF &r) {
                             p->setPen(QPen(style.foreground, 1.0));
                             p->setBrush(QColor(0xD8, 0xD8, 0xD8));
                             p->drawPath(
                                 shapePath(family, r.width() * 0.34).translated(r.center()));
                         },
                         familyLabel(family)});
    }
    for (Quadrant quadrant : enumValues<Quadrant>()) {
        nodes.push_back({[style, quadrant](QPainter *p, const QRectF &r) {
                             p->setPen(Qt::NoPen);
                             p->setBrush(quadrantColour(quadrant));
                             p->drawEllipse(r.center(), r.width() * 0.36, r.width() * 0.36);
                             p->setPen(Qt::white);
                             QFont font = style.legendFont;
                             font.setBold(true);
                             font.setPixelSize(std::max(8, font.pixelSize() * 3 / 4));
                             p->setFont(font);
                             p->drawText(r, Qt::AlignCenter, quadrantLetter(quadrant));
                         },
                         label(quadrant)});
    }

    std::vector<Row> links;
    for (LinkRole role : enumValues<LinkRole>()) {
        links.push_back({[style, role](QPainter *p, const QRectF &r) {
                             p->setPen(QPen(style.linkColour, 2.0 * style.lineScale,
                                            roleStyle(role), Qt::FlatCap));
                             p->drawLine(QPointF(r.left(), r.center().y()),
                                         QPointF(r.right() + r.width(), r.center().y()));
                         },
                         label(role)});
    }
    links.push_back({[style](QPainter *p, const QRectF &r) {
                         const double y = r.center().y();
                         p->setPen(QPen(style.upstreamColour, 1.2 * style.lineScale));
                         p->drawLine(QPointF(r.left(), y), QPointF(r.right() + r.width() - 4, y));
                         p->setPen(Qt::NoPen);
                         p->setBrush(style.upstreamColour.darker(120));
                         const double x = r.right() + r.width();
                         const QPointF arrow[3] = {{x, y}, {x - 7, y - 3.5}, {x - 7, y + 3.5}};
                         p->drawPolygon(arrow, 3);
                     },
                     MapTr::tr("Buys through (upstream)")});
    for (int strength : {1, 3, 5}) {
        links.push_back({[style, strength](QPainter *p, const QRectF &r) {
                             p->setPen(QPen(style.linkColour,
                                            strengthWidth(strength) * style.lineScale,
                                            Qt::SolidLine, Qt::FlatCap));
                             p->drawLine(QPointF(r.left(), r.center().y()),
                                         QPointF(r.right() + r.width(), r.center().y()));
                         },
                         MapTr::tr("Strength %1").arg(strength)});
    }

    std::vector<Row> models;
    std::vector<std::optional<PartnerModel>> keys(enumValues<PartnerModel>().begin(),
                                                  enumValues<PartnerModel>().end());
    keys.push_back(std::nullopt);
    for (const std::optional<PartnerModel> &model : keys) {
        const QColor colour = matrix::modelColour(matrix::colourIndex(model));
        models.push_back({[colour](QPainter *p, const QRectF &r) {
                              p->setPen(QPen(colour.darker(170), 1.0));
                              p->setBrush(colour);
                              p->drawRect(r.adjusted(3, 3, -3, -3));
                          },
                          model ? label(*model) : MapTr::tr("Needs classification")});
    }
    return {nodes, links, models};
}

constexpr double Padding = 8.0;

double symbolSize(const QFontMetricsF &metrics) {
    return std::max(14.0, metrics.height());
}

std::vector<double> columnWidths(const std::vector<std::vector<Row>> &cols,
                                 const QFontMetricsF &metrics) {
    const double symbol = symbolSize(metrics);
    std::vector<double> widths;
    for (size_t c = 0; c < cols.size(); ++c) {
        // The link column draws its symbols two squares wide.
        double width = 0;
        for (const Row &row : cols[c])
            width = std::max(width, metrics.horizontalAdvance(row.text));
        widths.push_back(width + symbol * (c == 1 ? 2 : 1) + 6);
    }
    return widths;
}

} // namespace

QSizeF legendSize(const MapStyle &style) {
    const QFontMetricsF metrics(style.legendFont);
    const auto cols = columns(style);
    double width = Padding;
    size_t rows = 0;
    for (double w : columnWidths(cols, metrics))
        width += w + Padding * 1.5;
    for (const auto &col : cols)
        rows = std::max(rows, col.size());
    return QSizeF(width, 2 * Padding + double(rows) * (symbolSize(metrics) + 2));
}

void drawLegend(QPainter *painter, const QRectF &area, const MapStyle &style) {
    const QFontMetricsF metrics(style.legendFont);
    const auto cols = columns(style);
    const std::vector<double> widths = columnWidths(cols, metrics);
    const QSizeF size = legendSize(style);
    const QRectF box(area.right() - size.width() - 8, area.bottom() - size.height() - 8,
                     size.width(), size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(style.foreground.lighter(250), 1.0));
    painter->setBrush(style.legendBackground);
    painter->drawRoundedRect(box, 4, 4);
    const double symbol = symbolSize(metrics);
    double x = box.left() + Padding;
    for (size_t c = 0; c < cols.size(); ++c) {
        double y = box.top() + Padding;
        for (const Row &row : cols[c]) {
            const QRectF square(x, y, symbol, symbol);
            painter->save();
            row.symbol(painter, square);
            painter->restore();
            const double textX = x + symbol * (c == 1 ? 2 : 1) + 6;
            painter->setFont(style.legendFont);
            painter->setPen(style.foreground);
            painter->drawText(QRectF(textX, y, widths[c], symbol), Qt::AlignVCenter | Qt::AlignLeft,
                              row.text);
            y += symbol + 2;
        }
        x += widths[c] + Padding * 1.5;
    }
    painter->restore();
}

} // namespace ps::map
