// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportcharts.h"

#include "ui/charts/qcp.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ps::report {
namespace {

/// This file's translations, in the context lupdate files them under.
class ChartsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::Charts)
};

const QColor Ink(0x33, 0x33, 0x33);
const QColor Grid(0xE4, 0xE4, 0xE4);

/// Pixel-sized fonts: the chart is recorded in points, so a pixel is a point on the page.
QFont chartFont(int pixels, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void styleAxes(QCustomPlot &plot) {
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setBasePen(QPen(Ink, 0.6));
        axis->setTickPen(QPen(Ink, 0.6));
        axis->setSubTicks(false);
        axis->setTickLabelFont(chartFont(8));
        axis->setLabelFont(chartFont(9, true));
        axis->setTickLabelColor(Ink);
        axis->setLabelColor(Ink);
        axis->grid()->setPen(QPen(Grid, 0.5));
    }
    plot.legend->setFont(chartFont(8));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(QColor(255, 255, 255, 220));
}

QPicture record(QCustomPlot &plot, const QSizeF &size) {
    QPicture picture;
    QCPPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    plot.toPainter(&painter, int(size.width()), int(size.height()));
    painter.end();
    return picture;
}

QColor quadrantColour(Quadrant q) {
    switch (q) {
    case Quadrant::Invest:
        return QColor(0x00, 0x9E, 0x73);
    case Quadrant::Develop:
        return QColor(0x56, 0xB4, 0xE9);
    case Quadrant::Maintain:
        return QColor(0xE6, 0x9F, 0x00);
    case Quadrant::Deprioritize:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

/// A long category name on two lines, broken at the space nearest its middle (never cut).
QString wrapLabel(const QString &text, int width) {
    if (text.size() <= width)
        return text;
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    if (best < 0)
        return text;
    return text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}

} // namespace

QSizeF chartSize(double aspect) {
    return QSizeF(520.0, 520.0 / aspect);
}

double segmentComparisonAspect(int segments) {
    // About 27 points per segment (two lines of name beside three bars) plus axis and legend.
    return 520.0 / (70.0 + 27.0 * std::max(1, segments));
}

QPicture segmentComparisonChart(const ReportContent &content, const QSizeF &size) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    styleAxes(plot);
    const int n = int(content.segments.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0.0;
    const QColor colours[] = {QColor(0x1F, 0x4E, 0x79), QColor(0x56, 0xB4, 0xE9),
                              QColor(0xE6, 0x9F, 0x00)};
    const QString names[] = {ChartsTr::tr("Revenue"), ChartsTr::tr("Pipeline"),
                             ChartsTr::tr("Investment")};
    // Bars run across (value axis x), segments down (key axis y), the first segment on top,
    // so every segment's full name has room at the left.
    auto *group = new QCPBarsGroup(&plot);
    group->setSpacing(0.5);
    for (int k = 0; k < 3; ++k) {
        auto *bars = new QCPBars(plot.yAxis, plot.xAxis);
        bars->setName(names[k]);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colours[k]);
        bars->setWidth(0.26);
        bars->setBarsGroup(group);
        for (int i = 0; i < n; ++i) {
            const SegmentStats &s = content.segments[size_t(i)].stats;
            const double v = k == 0 ? s.revenue : k == 1 ? s.pipeline : s.investment;
            bars->addData(i, v / 1000.0);
            top = std::max(top, v / 1000.0);
        }
    }
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, wrapLabel(content.segments[size_t(i)].segment.name, 22));
    plot.yAxis->setTicker(ticker);
    plot.yAxis->setRange(-0.5, n - 0.5);
    plot.yAxis->setRangeReversed(true);
    plot.yAxis->grid()->setVisible(false);
    plot.xAxis->setRange(0, std::max(1.0, top * 1.05));
    plot.xAxis->setLabel(ChartsTr::tr("Thousands (%1)").arg(content.info.currency));
    // The legend in a row of its own above the chart, so it never covers a bar.
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(0, 0.001);
    plot.legend->setWrap(3);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setIconSize(12, 12); // as tall as the text with its descenders
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setVisible(true);
    return record(plot, size);
}

QPicture quadrantMixChart(const ReportSegment &segment, const QSizeF &size) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    styleAxes(plot);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int top = 0;
    for (int q = 0; q < 4; ++q) {
        auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setPen(Qt::NoPen);
        bars->setBrush(quadrantColour(Quadrant(q)));
        bars->setWidth(0.6);
        bars->addData(q, segment.stats.quadrantMix[size_t(q)]);
        top = std::max(top, segment.stats.quadrantMix[size_t(q)]);
        ticker->addTick(q, label(Quadrant(q)));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(-0.6, 3.6);
    plot.xAxis->grid()->setVisible(false);
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1.0);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot.yAxis->setTicker(whole);
    plot.yAxis->setRange(0, std::max(1, top) * 1.15);
    plot.yAxis->setLabel(ChartsTr::tr("Partners"));
    return record(plot, size);
}

QPicture roiByModelChart(const ReportContent &content, const QSizeF &size) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    styleAxes(plot);
    // Bars run across (value axis x), models down (key axis y), first model on top.
    auto *positive = new QCPBars(plot.yAxis, plot.xAxis);
    auto *negative = new QCPBars(plot.yAxis, plot.xAxis);
    positive->setPen(Qt::NoPen);
    positive->setBrush(QColor(0x1F, 0x4E, 0x79));
    negative->setPen(Qt::NoPen);
    negative->setBrush(QColor(0xB0, 0x3A, 0x2E));
    for (QCPBars *bars : {positive, negative})
        bars->setWidth(0.6);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double low = 0.0, high = 0.0;
    int n = 0;
    std::vector<std::pair<double, double>> labels; // (key, value) for the value texts
    for (const ModelRoi &r : content.economics.metrics.roiByModel) {
        if (!r.roi)
            continue;
        const double key = -n; // first model on top
        const double value = *r.roi * 100.0;
        (value < 0 ? negative : positive)->addData(key, value);
        ticker->addTick(key, label(r.model));
        low = std::min(low, value);
        high = std::max(high, value);
        labels.push_back({key, value});
        ++n;
    }
    plot.yAxis->setTicker(ticker);
    plot.yAxis->setRange(-n + 0.4, 0.6);
    plot.yAxis->grid()->setVisible(false);
    const double span = std::max(1.0, high - low);
    // Room beyond each end for the value printed there.
    plot.xAxis->setRange(low - (low < 0 ? span * 0.18 : 0.0), high + span * 0.18);
    plot.xAxis->setLabel(ChartsTr::tr("ROI (%)"));
    auto *zero = new QCPItemStraightLine(&plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(Ink, 0.8));
    for (const auto &[key, value] : labels) {
        auto *text = new QCPItemText(&plot);
        text->position->setCoords(value, key);
        text->setPositionAlignment(value < 0 ? (Qt::AlignRight | Qt::AlignVCenter)
                                             : (Qt::AlignLeft | Qt::AlignVCenter));
        text->setPadding(QMargins(3, 0, 3, 0));
        text->setText(QStringLiteral("%1%").arg(QLocale().toString(value, 'f', 0)));
        text->setFont(chartFont(8));
        text->setColor(Ink);
    }
    return record(plot, size);
}

QPicture royaltyChart(const OemAssessment &deal, const QString &currency, const QSizeF &size) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    styleAxes(plot);
    const std::vector<RoyaltyYear> &years = deal.royalty.years;
    const int n = int(years.size());
    const QColor colours[] = {QColor(0x1F, 0x4E, 0x79), QColor(0xE6, 0x9F, 0x00),
                              QColor(0x00, 0x9E, 0x73)};
    const QString names[] = {ChartsTr::tr("Revenue"), ChartsTr::tr("Cost"), ChartsTr::tr("Margin")};
    auto *group = new QCPBarsGroup(&plot);
    group->setSpacing(1.0);
    double low = 0.0, high = 0.0;
    for (int k = 0; k < 3; ++k) {
        auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(names[k]);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colours[k]);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        for (int i = 0; i < n; ++i) {
            const RoyaltyYear &y = years[size_t(i)];
            const double v = (k == 0 ? y.revenue : k == 1 ? y.cost : y.margin) / 1000.0;
            bars->addData(y.year, v);
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (const RoyaltyYear &y : years)
        ticker->addTick(y.year, ChartsTr::tr("Year %1").arg(y.year));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.4, n + 0.6);
    plot.xAxis->grid()->setVisible(false);
    const double span = std::max(1.0, high - low);
    plot.yAxis->setRange(low - (low < 0 ? span * 0.05 : 0.0), high + span * 0.3);
    plot.yAxis->setLabel(ChartsTr::tr("Thousands (%1)").arg(currency));
    auto *zero = new QCPItemStraightLine(&plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(Ink, 0.8));
    plot.legend->setVisible(true);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setIconSize(12, 12); // as tall as the text with its descenders
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return record(plot, size);
}

} // namespace ps::report
