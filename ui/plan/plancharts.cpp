// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/plancharts.h"

#include "ui/charts/plotexport.h"
#include "ui/charts/qcp.h"
#include "ui/theme/themepalette.h"

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

QString elided(const QString &name, int length) {
    return name.size() <= length ? name : name.left(length - 1).trimmed() + QChar(0x2026);
}

/// One chart: the bars' names on the left (first at the top), amounts in thousands below.
QCPAxisRect *barChart(QCustomPlot *plot, const std::vector<plan::PlanTotal> &bars,
                      const QString &title, const economics::EconomicsStyle &style,
                      const QColor &todayColour, QCPLegend *legend, int nameLength) {
    auto *rect = new QCPAxisRect(plot);
    QCPAxis *names = rect->axis(QCPAxis::atLeft);
    QCPAxis *values = rect->axis(QCPAxis::atBottom);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, today, planned;
    double widest = 1.0;
    const int n = int(bars.size());
    for (int i = 0; i < n; ++i) {
        const double key = n - 1 - i;
        ticker->addTick(key, elided(bars[size_t(i)].name, nameLength));
        keys << key;
        today << bars[size_t(i)].today / 1000.0;
        planned << bars[size_t(i)].plan / 1000.0;
        widest = std::max({widest, today.back(), planned.back()});
    }
    names->setTicker(ticker);
    names->setSubTicks(false);
    names->setTickLength(0, 3);
    names->grid()->setVisible(false);
    names->setRange(-0.6, std::max(0, n - 1) + 0.6);
    values->setRange(0, widest * 1.12);
    values->setNumberFormat(QStringLiteral("f"));
    values->setNumberPrecision(0);
    values->setLabel(title);

    auto *group = new QCPBarsGroup(plot);
    group->setSpacing(0);
    const auto makeBars = [&](const QString &name, const QColor &colour,
                              const QVector<double> &data) {
        auto *b = new QCPBars(names, values);
        b->setName(name);
        b->setWidth(0.38);
        b->setBrush(colour);
        b->setPen(
            QPen(style.projector ? Qt::black : colour.darker(140), style.projector ? 2.0 : 1.0));
        b->setBarsGroup(group);
        b->setData(keys, data);
        if (legend)
            b->addToLegend(legend);
        return b;
    };
    // QCPBarsGroup draws its members left to right along the key axis, which here runs upwards:
    // the plan first puts it above today's bar.
    makeBars(PlanCharts::tr("Plan"), style.revenueColour, planned);
    makeBars(PlanCharts::tr("Today"), todayColour, today);
    return rect;
}

} // namespace

PlanCharts::PlanCharts(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAccessibleName(tr("Allocation charts"));
    m_plot->setMinimumHeight(260);
    m_plot->setAutoAddPlottableToLegend(false);
    clear();
}

void PlanCharts::setTheme(Theme theme) {
    m_theme = theme;
    redraw();
}

void PlanCharts::setBreakdown(const PlanBreakdown &breakdown, const QString &currency) {
    m_breakdown = breakdown;
    m_currency = currency;
    redraw();
}

void PlanCharts::clear() {
    m_breakdown = PlanBreakdown();
    redraw();
}

void PlanCharts::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        redraw();
    QWidget::changeEvent(event);
}

void PlanCharts::redraw() {
    const bool projector = m_theme == Theme::Projector;
    economics::EconomicsStyle style =
        projector ? economics::EconomicsStyle::projectorStyle() : theme::economicsStyle(palette());
    if (projector) {
        // Product rule: every name on the projector at 18 pt or more.
        style.baseFont.setPointSizeF(18);
        style.titleFont.setPointSizeF(20);
    }
    const QColor todayColour = projector ? QColor(0xE6, 0x9F, 0x00) // Okabe-Ito orange
                                         : theme::blend(style.foreground, style.background, 0.6);
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_plot->clearItems();
    if (m_breakdown.partners.empty()) {
        auto *message = new QCPTextElement(m_plot, tr("No plan to show."), style.baseFont);
        message->setTextColor(style.foreground);
        m_plot->plotLayout()->addElement(0, 0, message);
        m_plot->setBackground(style.background);
        m_plot->replot();
        return;
    }
    const QString unit = tr("%1 thousand").arg(m_currency);
    auto *legend = new QCPLegend;
    const int nameLength = projector ? 22 : 30;
    QCPAxisRect *partners = barChart(m_plot, m_breakdown.partners, tr("By partner (%1)").arg(unit),
                                     style, todayColour, nullptr, nameLength);
    QCPAxisRect *segments =
        barChart(m_plot, m_breakdown.segments, tr("By partner model (%1)").arg(unit), style,
                 todayColour, nullptr, nameLength);
    QCPAxisRect *kinds = barChart(m_plot, m_breakdown.kinds, tr("By program kind (%1)").arg(unit),
                                  style, todayColour, nullptr, nameLength);
    // The legend belongs to the plot once it is in the layout; only then can bars join it.
    // Top right: the largest partners come first, so their bars leave that corner free.
    partners->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    // Items take the legend's layer when they join: set it first, or the legend's fill
    // covers them.
    legend->setLayer(QStringLiteral("legend"));
    for (QCPAbstractPlottable *bars : partners->plottables())
        bars->addToLegend(legend);
    legend->setFont(style.baseFont);
    legend->setTextColor(style.foreground);
    QColor fill = style.background;
    fill.setAlpha(230);
    legend->setBrush(fill);
    legend->setBorderPen(QPen(style.foreground, style.projector ? 2.0 : 1.0));
    auto *right = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, partners);
    m_plot->plotLayout()->addElement(0, 1, right);
    right->addElement(0, 0, segments);
    right->addElement(1, 0, kinds);
    // Rows in proportion to their bars, so every bar is as thick as its neighbours'.
    right->setRowStretchFactors({double(std::max<size_t>(m_breakdown.segments.size(), 2)),
                                 double(std::max<size_t>(m_breakdown.kinds.size(), 2))});
    m_plot->plotLayout()->setColumnStretchFactors({1.1, 1.0});
    economics::applyStyle(m_plot, style);
    for (QCPAxisRect *rect : {partners, segments, kinds})
        rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    m_plot->replot();
}

bool PlanCharts::exportTo(const QString &path, int width, int height, QString *error) {
    return exportPlot(m_plot, path, width, height, tr("Investment plan"), error);
}

} // namespace ps
