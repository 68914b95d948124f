// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentcharts.h"

#include "ui/charts/plotexport.h"
#include "ui/charts/qcp.h"
#include "ui/theme/matrixpalette.h"

#include <QHash>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace ps {
namespace {

constexpr int StatusCount = 5;

/// Long names (cluster descriptions) on two lines near their middle space, so the rows keep
/// their room; anything past two lines is elided.
QString wrapped(const QString &name) {
    constexpr int Line = 30;
    if (name.size() <= Line)
        return name;
    int cut = name.lastIndexOf(QLatin1Char(' '), name.size() / 2 + 4);
    if (cut <= 0)
        cut = Line;
    QString second = name.mid(cut).trimmed();
    if (second.size() > Line + 6)
        second = second.left(Line + 4) + QChar(0x2026);
    return name.left(cut).trimmed() + QLatin1Char('\n') + second;
}

QCPBars *makeBars(QCPAxisRect *rect, const QString &name, const QColor &colour) {
    auto *bars = new QCPBars(rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom));
    bars->setName(name);
    bars->setPen(QPen(colour.darker(130)));
    bars->setBrush(colour);
    bars->setWidth(0.7);
    return bars;
}

/// The property of an axis rect that holds its legend.
constexpr char LegendProperty[] = "psLegend";

/// An axis rect with the segments on its left axis (first segment at the top) and a legend,
/// which setSegments() puts below the chart: inside, it covered the boxes and bars near the
/// right end.
QCPAxisRect *makeRect(QCustomPlot *plot, const QString &title, QCPMarginGroup *margins) {
    auto *rect = new QCPAxisRect(plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    rect->axis(QCPAxis::atBottom)->setLabel(title);
    rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    auto *legend = new QCPLegend;
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    rect->setProperty(LegendProperty, QVariant::fromValue<QObject *>(legend));
    return rect;
}

QCPLegend *legendOf(QCPAxisRect *rect) {
    return qobject_cast<QCPLegend *>(rect->property(LegendProperty).value<QObject *>());
}

/// Lays a legend's entries out in as many columns as fit `width` pixels.
void wrapLegend(QCPLegend *legend, double width) {
    const int count = legend->itemCount();
    if (count == 0)
        return;
    double widest = 0.0;
    for (int i = 0; i < count; ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            widest = std::max(widest, double(item->minimumOuterSizeHint().width()));
    const double pitch = widest + legend->columnSpacing();
    legend->setWrap(std::clamp(int(width / std::max(1.0, pitch)), 1, count));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    // The entries side by side at the left, the spare width after the last column.
    QList<double> stretch(legend->columnCount(), 0.001);
    if (!stretch.isEmpty())
        stretch.back() = 1.0;
    legend->setColumnStretchFactors(stretch);
}

/// Quartiles of a sample: min, lower quartile, median, upper quartile, max (linear
/// interpolation between order statistics). `values` must not be empty.
std::array<double, 5> quartiles(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        const double pos = q * double(values.size() - 1);
        const size_t low = size_t(std::floor(pos));
        const size_t high = std::min(values.size() - 1, low + 1);
        return values[low] + (values[high] - values[low]) * (pos - double(low));
    };
    return {values.front(), at(0.25), at(0.5), at(0.75), values.back()};
}

/// One box per segment and axis: how potential and readiness spread within the segment, so a
/// segment that is strong on average but split in two shows it.
void addScoreBoxes(QCPAxisRect *rect, const PortfolioData &data,
                   const std::vector<Segment> &segments, const std::vector<PartnerScore> &scores,
                   const QVector<double> &keys) {
    QHash<Id, size_t> rowOf;
    for (size_t i = 0; i < data.partners.size() && i < scores.size(); ++i)
        rowOf.insert(data.partners[i].id, i);
    const struct {
        QString name;
        QColor colour;
        double offset;
        double PartnerScore::*value;
    } axes[] = {{label(Axis::Potential), matrix::modelColour(5), 0.2, &PartnerScore::potential},
                {label(Axis::Readiness), matrix::modelColour(6), -0.2, &PartnerScore::readiness}};
    for (const auto &axis : axes) {
        auto *boxes =
            new QCPStatisticalBox(rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom));
        boxes->setName(axis.name);
        boxes->setWidth(0.34);
        boxes->setWhiskerWidth(0.2);
        QColor fill = axis.colour;
        fill.setAlpha(170);
        boxes->setBrush(fill);
        boxes->setPen(QPen(axis.colour.darker(140)));
        boxes->setMedianPen(QPen(Qt::black, 2));
        for (size_t i = 0; i < segments.size() && int(i) < keys.size(); ++i) {
            std::vector<double> values;
            for (Id id : segments[i].partnerIds)
                if (const auto it = rowOf.constFind(id); it != rowOf.constEnd())
                    values.push_back(scores[*it].*axis.value);
            if (values.empty())
                continue;
            const auto q = quartiles(std::move(values));
            boxes->addData(keys[int(i)] + axis.offset, q[0], q[1], q[2], q[3], q[4]);
        }
        boxes->addToLegend(legendOf(rect));
    }
}

} // namespace

SegmentCharts::SegmentCharts(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAccessibleName(tr("Segment charts"));
    m_plot->setMinimumHeight(220);
    // Each chart has its own legend; plottables join one explicitly.
    m_plot->setAutoAddPlottableToLegend(false);
    connect(m_plot, &QCustomPlot::beforeReplot, this,
            [this] { fitLegends(m_plot->viewport().width()); });
    setSegments({}, {}, {}, {});
}

void SegmentCharts::fitLegends(double width) {
    // The columns' shares of the width (setSegments: 1.3, 1, 1), less the left axis's labels.
    static constexpr std::array<double, 3> shares = {1.3 / 3.3, 1.0 / 3.3, 1.0 / 3.3};
    const QList<QCPAxisRect *> rects = m_plot->axisRects();
    for (int i = 0; i < rects.size() && i < int(shares.size()); ++i)
        if (QCPLegend *legend = legendOf(rects[i]))
            wrapLegend(legend, width * shares[size_t(i)] * 0.9);
}

void SegmentCharts::setSegments(const PortfolioData &data, const std::vector<Segment> &segments,
                                const std::vector<SegmentStats> &stats,
                                const std::vector<PartnerScore> &scores) {
    m_count = int(segments.size());
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    auto *margins = new QCPMarginGroup(m_plot);
    QCPAxisRect *sizes = makeRect(m_plot, tr("Partners by status"), margins);
    QCPAxisRect *distributions = makeRect(m_plot, tr("Score distributions (0-100)"), margins);
    QCPAxisRect *money = makeRect(m_plot, tr("Revenue and investment"), margins);
    m_plot->plotLayout()->addElement(0, 0, sizes);
    m_plot->plotLayout()->addElement(0, 1, distributions);
    m_plot->plotLayout()->addElement(0, 2, money);
    m_plot->plotLayout()->setColumnStretchFactors({1.3, 1.0, 1.0});
    // Each chart's legend in the row below it, as many entries a line as its width holds.
    int column = 0;
    for (QCPAxisRect *rect : {sizes, distributions, money}) {
        m_plot->plotLayout()->addElement(1, column++, legendOf(rect));
        legendOf(rect)->setLayer(QStringLiteral("legend")); // once it belongs to the plot
    }
    m_plot->plotLayout()->setRowStretchFactors({1.0, 0.001});

    // Segment names only on the first chart: the rows line up across all three.
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> blank(new QCPAxisTickerText);
    for (int i = 0; i < m_count; ++i) {
        const double key = m_count - 1 - i;
        names->addTick(key, wrapped(segments[size_t(i)].name));
        blank->addTick(key, QString());
    }
    for (QCPAxisRect *rect : {sizes, distributions, money}) {
        QCPAxis *keyAxis = rect->axis(QCPAxis::atLeft);
        keyAxis->setTicker(rect == sizes ? names : blank);
        keyAxis->setRange(-0.6, qMax(0, m_count - 1) + 0.6);
        keyAxis->setSubTicks(false);
        keyAxis->setTickLength(0, 3);
        rect->axis(QCPAxis::atBottom)->setNumberFormat(QStringLiteral("gb"));
    }

    // Sizes stacked by status.
    QHash<Id, PartnerStatus> statusOf;
    for (const Partner &p : data.partners)
        statusOf.insert(p.id, p.status);
    QVector<double> keys;
    std::array<QVector<double>, StatusCount> counts;
    for (int i = 0; i < m_count; ++i) {
        keys << m_count - 1 - i;
        std::array<int, StatusCount> n{};
        for (Id id : segments[size_t(i)].partnerIds)
            ++n[size_t(statusOf.value(id, PartnerStatus::Prospect))];
        for (int s = 0; s < StatusCount; ++s)
            counts[size_t(s)] << n[size_t(s)];
    }
    QCPBars *below = nullptr;
    double widest = 1.0;
    for (int i = 0; i < m_count; ++i)
        widest = qMax(widest, double(stats.size() > size_t(i) ? stats[size_t(i)].count : 0));
    for (int s = 0; s < StatusCount; ++s) {
        QCPBars *bars = makeBars(sizes, label(PartnerStatus(s)), matrix::modelColour(s));
        bars->setData(keys, counts[size_t(s)]);
        if (below)
            bars->moveAbove(below);
        bars->addToLegend(legendOf(sizes));
        below = bars;
    }
    sizes->axis(QCPAxis::atBottom)->setRange(0, widest * 1.1);
    // Partner counts are whole numbers: no 2.5 on the axis.
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1.0);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    sizes->axis(QCPAxis::atBottom)->setTicker(whole);
    sizes->axis(QCPAxis::atBottom)->setSubTicks(false);

    // Pairs of bars side by side within each segment's row.
    const auto pair = [&](QCPAxisRect *rect, const QString &first, const QString &second,
                          const QColor &c1, const QColor &c2, auto value1, auto value2) {
        auto *group = new QCPBarsGroup(m_plot);
        QVector<double> v1, v2;
        double top = 0.0;
        for (size_t i = 0; i < stats.size() && int(i) < m_count; ++i) {
            v1 << value1(stats[i]);
            v2 << value2(stats[i]);
            top = qMax(top, qMax(v1.back(), v2.back()));
        }
        QCPBars *a = makeBars(rect, first, c1);
        QCPBars *b = makeBars(rect, second, c2);
        for (QCPBars *bars : {a, b}) {
            bars->setWidth(0.38);
            bars->setBarsGroup(group);
            bars->addToLegend(legendOf(rect));
        }
        a->setData(keys.mid(0, v1.size()), v1);
        b->setData(keys.mid(0, v2.size()), v2);
        return top;
    };
    addScoreBoxes(distributions, data, segments, scores, keys);
    distributions->axis(QCPAxis::atBottom)->setRange(0, 100);
    // Plain numbers in thousands or millions read better than 2e+06 on a slide.
    double peak = 0.0;
    for (const SegmentStats &s : stats)
        peak = qMax(peak, qMax(s.revenue, s.investment));
    const double unit = peak >= 1e6 ? 1e6 : peak >= 1e3 ? 1e3 : 1.0;
    money->axis(QCPAxis::atBottom)
        ->setLabel(unit == 1e6   ? tr("Revenue and investment (millions)")
                   : unit == 1e3 ? tr("Revenue and investment (thousands)")
                                 : tr("Revenue and investment"));
    money->axis(QCPAxis::atBottom)->setNumberFormat(QStringLiteral("f"));
    money->axis(QCPAxis::atBottom)->setNumberPrecision(unit == 1.0 ? 0 : 1);
    const double topMoney = pair(
        money, tr("Revenue"), tr("Investment"), matrix::modelColour(2), matrix::modelColour(1),
        [unit](const SegmentStats &s) { return s.revenue / unit; },
        [unit](const SegmentStats &s) { return s.investment / unit; });
    money->axis(QCPAxis::atBottom)->setRange(0, topMoney > 0.0 ? topMoney * 1.1 : 1.0);
    applyTheme();
    m_plot->replot();
}

void SegmentCharts::setTheme(Theme theme) {
    if (theme == m_theme)
        return;
    m_theme = theme;
    // The projector look restyles what is drawn; the default look is what setSegments()
    // builds, so going back to it shows with the next setSegments().
    applyTheme();
    m_plot->replot();
}

void SegmentCharts::applyTheme() {
    if (m_theme != Theme::Projector)
        return;
    const matrix::MatrixStyle style = matrix::MatrixStyle::projector();
    m_plot->setBackground(style.background);
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(style.baseFont);
            axis->setLabelFont(style.labelFont);
            axis->setTickLabelColor(style.foreground);
            axis->setLabelColor(style.foreground);
            const QPen pen(style.foreground, style.axisPenWidth);
            axis->setBasePen(pen);
            axis->setTickPen(pen);
            axis->setSubTickPen(pen);
            axis->grid()->setPen(QPen(style.gridColour, 1.5, Qt::DotLine));
        }
        if (QCPLegend *legend = legendOf(rect)) {
            legend->setFont(style.baseFont);
            legend->setTextColor(style.foreground);
            legend->setBorderPen(QPen(style.foreground, 2.0));
            legend->setBrush(style.background);
            legend->setIconSize(QSize(28, 20));
        }
    }
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_plot->plottable(i);
        plottable->setPen(QPen(style.foreground, 2.0));
        if (auto *box = qobject_cast<QCPStatisticalBox *>(plottable)) {
            box->setWhiskerPen(QPen(style.foreground, 2.0));
            box->setWhiskerBarPen(QPen(style.foreground, 2.0));
            box->setMedianPen(QPen(style.foreground, 4.0));
        }
    }
}

bool SegmentCharts::exportTo(const QString &path, int width, int height, QString *error) {
    fitLegends(width);
    const bool ok = exportPlot(m_plot, path, width, height, tr("Segments"), error);
    fitLegends(m_plot->viewport().width());
    return ok;
}

} // namespace ps
