// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/economicscharts.h"

#include "ui/charts/qcp.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ps::economics {
namespace {

/// This file's translations, in the context lupdate files them under.
class ChartsTr {
    Q_DECLARE_TR_FUNCTIONS(ps::economics::Charts)
};

/// Empties the plot: plottables, items, bar groups, custom tickers; one default axis rect.
void resetPlot(QCustomPlot *plot, const EconomicsStyle &style) {
    plot->clearPlottables();
    plot->clearItems();
    const QList<QCPBarsGroup *> groups = plot->findChildren<QCPBarsGroup *>();
    qDeleteAll(groups);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setLabel(QString());
        axis->setVisible(false);
        axis->grid()->setVisible(axis->axisType() == QCPAxis::atLeft);
    }
    plot->xAxis->setVisible(true);
    plot->yAxis->setVisible(true);
    plot->legend->setVisible(false);
    plot->legend->clearItems();
    plot->setLocale(QLocale()); // thousands separators on the axes, as in the tables
    applyStyle(plot, style);
}

QCPBars *makeBars(QCPAxis *key, QCPAxis *value, const QString &name, const QColor &colour) {
    auto *bars = new QCPBars(key, value);
    bars->setName(name);
    bars->setPen(QPen(colour.darker(130)));
    bars->setBrush(colour);
    return bars;
}

/// The legend as rows of `columns` entries at the top, above the data (the value axes leave
/// headroom for it), so it never hides a bar or a point.
void showLegend(QCustomPlot *plot, const EconomicsStyle &style, Qt::Alignment where, int columns) {
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(columns);
    plot->legend->setFont(style.baseFont);
    plot->legend->setTextColor(style.foreground);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, where);
}

/// A value axis range that always shows zero and leaves headroom above the data.
void fitValueAxis(QCPAxis *axis, double low, double high, double headroom = 0.08) {
    low = std::min(0.0, low);
    high = std::max(0.0, high);
    if (high - low < 1e-9)
        high = low + 1.0;
    const double pad = (high - low) * 0.08;
    axis->setRange(low < 0 ? low - pad : low, high + (high - low) * headroom);
}

} // namespace

void plotRoyalty(QCustomPlot *plot, const RoyaltyTerms &terms, const RoyaltyResult &result,
                 const QString &title, const EconomicsStyle &style) {
    resetPlot(plot, style);
    setRectTitle(plot->axisRect(), title, style);
    QCPAxis *years = plot->xAxis;
    QCPAxis *money = plot->yAxis;
    QCPAxis *perUnit = plot->yAxis2;
    perUnit->setVisible(true);
    years->setLabel(ChartsTr::tr("Year"));
    money->setLabel(ChartsTr::tr("Revenue, cost, margin"));
    perUnit->setLabel(ChartsTr::tr("Margin per unit"));
    QSharedPointer<QCPAxisTickerFixed> yearTicker(new QCPAxisTickerFixed);
    yearTicker->setTickStep(1.0);
    yearTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    years->setTicker(yearTicker);
    years->setSubTicks(false);

    auto *group = new QCPBarsGroup(plot);
    QCPBars *revenue = makeBars(years, money, ChartsTr::tr("Revenue"), style.revenueColour);
    QCPBars *cost = makeBars(years, money, ChartsTr::tr("Cost"), style.costColour);
    QCPBars *margin = makeBars(years, money, ChartsTr::tr("Margin"), style.marginColour);
    auto *unitLine = new QCPGraph(years, perUnit);
    unitLine->setName(ChartsTr::tr("Margin per unit"));
    unitLine->setPen(QPen(style.perUnitColour, style.lineWidth));
    unitLine->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, style.perUnitColour,
                                              style.perUnitColour, 4 + style.lineWidth * 1.5));
    const double width = 0.8 / 3.0;
    double low = 0, high = 0, unitLow = 0, unitHigh = 0;
    for (QCPBars *bars : {revenue, cost, margin}) {
        bars->setWidth(width);
        bars->setBarsGroup(group);
    }
    for (const RoyaltyYear &y : result.years) {
        revenue->addData(y.year, y.revenue);
        cost->addData(y.year, y.cost);
        margin->addData(y.year, y.margin);
        unitLine->addData(y.year, y.marginPerUnit);
        low = std::min({low, y.margin, y.revenue});
        high = std::max({high, y.revenue, y.cost, y.margin});
        unitLow = std::min(unitLow, y.marginPerUnit);
        unitHigh = std::max(unitHigh, y.marginPerUnit);
    }
    const double floor = terms.minMarginPerUnit.value_or(0.0);
    auto *required = new QCPItemStraightLine(plot);
    required->setClipAxisRect(plot->axisRect());
    required->point1->setAxes(years, perUnit);
    required->point2->setAxes(years, perUnit);
    required->point1->setCoords(0, floor);
    required->point2->setCoords(1, floor);
    required->setPen(QPen(style.perUnitColour, std::max(1.0, style.lineWidth * 0.6), Qt::DashLine));
    unitLow = std::min(unitLow, floor);
    unitHigh = std::max(unitHigh, floor);

    const int count = std::max(1, int(result.years.size()));
    years->setRange(0.4, count + 0.6);
    fitValueAxis(money, low, high, 0.3);
    fitValueAxis(perUnit, unitLow, unitHigh, 0.3);
    showLegend(plot, style, Qt::AlignLeft | Qt::AlignTop, 4);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList scoreboardMeasures() {
    return {ChartsTr::tr("Integrations validated"), ChartsTr::tr("Devices validated"),
            ChartsTr::tr("Co-marketing"), ChartsTr::tr("Devices in the field"),
            ChartsTr::tr("Pre-loaded")};
}

void plotScoreboard(QCustomPlot *plot, const std::vector<ScoreboardEntry> &entries,
                    const QString &title, const EconomicsStyle &style) {
    resetPlot(plot, style);
    setRectTitle(plot->axisRect(), title, style);
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    dates->setTickCount(4);
    plot->xAxis->setTicker(dates);
    plot->yAxis->setLabel(ChartsTr::tr("Count"));
    // Devices in the field dwarf the other counts; they get the right axis.
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setLabel(ChartsTr::tr("Devices"));
    const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                              QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x9E, 0x73),
                              QColor(0xD5, 0x5E, 0x00)};
    const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross};
    const QStringList names = scoreboardMeasures();
    double low = 0, high = 1, devicesHigh = 1, first = 0, last = 1;
    for (int m = 0; m < 5; ++m) {
        const bool devices = m >= 3;
        auto *graph = new QCPGraph(plot->xAxis, devices ? plot->yAxis2 : plot->yAxis);
        graph->setName(names[m]);
        graph->setPen(QPen(colours[m], style.lineWidth, devices ? Qt::DashLine : Qt::SolidLine));
        graph->setScatterStyle(QCPScatterStyle(shapes[m], 5 + style.lineWidth * 1.5));
        for (const ScoreboardEntry &e : entries) {
            const int values[] = {e.integrationsValidated, e.devicesValidated,
                                  e.coMarketingActivities, e.devicesInField, e.devicesPreloaded};
            const double when = QCPAxisTickerDateTime::dateTimeToKey(e.period.startOfDay(Qt::UTC));
            graph->addData(when, values[m]);
            (devices ? devicesHigh : high) =
                std::max(devices ? devicesHigh : high, 1.0 * values[m]);
        }
    }
    if (!entries.empty()) {
        first = QCPAxisTickerDateTime::dateTimeToKey(entries.front().period.startOfDay(Qt::UTC));
        last = QCPAxisTickerDateTime::dateTimeToKey(entries.back().period.startOfDay(Qt::UTC));
        const double pad = std::max(86400.0 * 10, (last - first) * 0.05);
        plot->xAxis->setRange(first - pad, last + pad);
    } else {
        plot->xAxis->setRange(first, last);
    }
    fitValueAxis(plot->yAxis, low, high, 0.35);
    fitValueAxis(plot->yAxis2, 0, devicesHigh, 0.35);
    showLegend(plot, style, Qt::AlignLeft | Qt::AlignTop, 3);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void plotRoiByModel(QCustomPlot *plot, const std::vector<ModelRoi> &roi,
                    const EconomicsStyle &style) {
    resetPlot(plot, style);
    setRectTitle(plot->axisRect(), ChartsTr::tr("ROI by partner model"), style);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    auto *positive = makeBars(plot->yAxis, plot->xAxis, ChartsTr::tr("ROI"), style.marginColour);
    auto *negative =
        makeBars(plot->yAxis, plot->xAxis, ChartsTr::tr("Negative ROI"), style.alertColour);
    positive->setWidth(0.65);
    negative->setWidth(0.65);
    double low = 0, high = 0;
    int row = 0;
    // The first model at the top: rows count down.
    std::vector<const ModelRoi *> shown;
    for (const ModelRoi &m : roi)
        if (m.roi)
            shown.push_back(&m);
    const QLocale locale;
    for (const ModelRoi *m : shown) {
        const double key = double(shown.size()) - row++;
        const double percent = *m->roi * 100.0;
        (percent < 0 ? negative : positive)->addData(key, percent);
        names->addTick(key, label(m->model));
        low = std::min(low, percent);
        high = std::max(high, percent);
        auto *text = new QCPItemText(plot);
        text->setClipToAxisRect(false);
        text->position->setAxes(plot->xAxis, plot->yAxis);
        text->position->setCoords(percent, key);
        text->setPositionAlignment((percent < 0 ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
        text->setPadding(QMargins(4, 0, 4, 0));
        text->setFont(style.baseFont);
        text->setColor(style.foreground);
        text->setText(ChartsTr::tr("%1 %").arg(locale.toString(percent, 'f', 0)));
    }
    plot->yAxis->setTicker(names);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setTickLength(0, 3);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0.4, double(shown.size()) + 0.6);
    plot->xAxis->setLabel(ChartsTr::tr("Return on program investment (%)"));
    plot->xAxis->grid()->setVisible(true);
    // Room for the value labels beside the bars.
    const double span = std::max(1.0, high - low);
    plot->xAxis->setRange(std::min(0.0, low) - (low < 0 ? span * 0.25 : 0), high + span * 0.25);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void plotWinRate(QCustomPlot *plot, const ProgramMetrics &metrics, const EconomicsStyle &style) {
    resetPlot(plot, style);
    setRectTitle(plot->axisRect(), ChartsTr::tr("Win rate: partner vs direct"), style);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    const QLocale locale;
    const struct {
        const SideStats *side;
        QString name;
        QColor colour;
    } sides[] = {{&metrics.partnerDeals, ChartsTr::tr("Partner-influenced"), style.partnerColour},
                 {&metrics.directDeals, ChartsTr::tr("Direct"), style.directColour}};
    double key = 1;
    for (const auto &s : sides) {
        auto *bars = makeBars(plot->xAxis, plot->yAxis, s.name, s.colour);
        bars->setWidth(0.55);
        const double rate = s.side->winRate.value_or(0.0) * 100.0;
        bars->addData(key, rate);
        const QString closed =
            ChartsTr::tr("%1 of %2 won").arg(s.side->won).arg(s.side->won + s.side->lost);
        names->addTick(key, s.name + QLatin1Char('\n') + closed);
        auto *text = new QCPItemText(plot);
        text->position->setAxes(plot->xAxis, plot->yAxis);
        text->position->setCoords(key, rate);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setFont(style.titleFont);
        text->setColor(style.foreground);
        text->setText(s.side->winRate ? ChartsTr::tr("%1 %").arg(locale.toString(rate, 'f', 0))
                                      : ChartsTr::tr("no closed deals"));
        key += 1;
    }
    plot->xAxis->setTicker(names);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, 2.6);
    plot->yAxis->setLabel(ChartsTr::tr("Won of closed deals (%)"));
    plot->yAxis->setRange(0, 115);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void plotImpactByModel(QCustomPlot *plot, const PartnerImpact &impact, ImpactMeasure measure,
                       const EconomicsStyle &style) {
    resetPlot(plot, style);
    const bool rate = measure == ImpactMeasure::WinRate;
    setRectTitle(plot->axisRect(),
                 rate ? ChartsTr::tr("Win rate with and without partners, by model")
                      : ChartsTr::tr("Sales cycle with and without partners, by model"),
                 style);
    const auto value = [rate](const ImpactMeasures &m) {
        return rate ? (m.winRate ? std::optional<double>(*m.winRate * 100.0) : std::nullopt)
                    : m.cycleDays;
    };
    auto *group = new QCPBarsGroup(plot);
    auto *with = makeBars(plot->xAxis, plot->yAxis, ChartsTr::tr("With partners of the model"),
                          style.partnerColour);
    auto *direct = makeBars(plot->xAxis, plot->yAxis, ChartsTr::tr("Direct"), style.directColour);
    for (QCPBars *bars : {with, direct}) {
        bars->setWidth(0.36);
        bars->setBarsGroup(group);
    }
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    const QLocale locale;
    double high = 0.0;
    double key = 1.0;
    const std::optional<double> directValue = value(impact.direct);
    for (const ImpactRow &row : impact.models) {
        if (row.with.deals == 0)
            continue;
        names->addTick(key, row.name);
        const std::optional<double> v = value(row.with);
        if (v) {
            with->addData(key, *v);
            high = std::max(high, *v);
        }
        if (directValue)
            direct->addData(key, *directValue);
        auto *text = new QCPItemText(plot);
        text->position->setAxes(plot->xAxis, plot->yAxis);
        text->position->setCoords(key - 0.18, v.value_or(0.0));
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setFont(style.baseFont);
        text->setColor(style.foreground);
        text->setText(!row.with.enough ? ChartsTr::tr("not enough\ndeals")
                      : !v             ? ChartsTr::tr("n/a")
                      : rate           ? ChartsTr::tr("%1 %").arg(locale.toString(*v, 'f', 0))
                                       : ChartsTr::tr("%1 d").arg(locale.toString(*v, 'f', 0)));
        key += 1.0;
    }
    if (directValue)
        high = std::max(high, *directValue);
    plot->xAxis->setTicker(names);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->setTickLabelRotation(key > 6 ? 30 : 0);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, std::max(1.6, key - 0.4));
    plot->yAxis->setLabel(rate ? ChartsTr::tr("Won of closed deals (%)")
                               : ChartsTr::tr("Days from created to won"));
    fitValueAxis(plot->yAxis, 0.0, rate ? 100.0 : std::max(high, 1.0), 0.3);
    showLegend(plot, style, Qt::AlignTop | Qt::AlignRight, 2);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ps::economics
