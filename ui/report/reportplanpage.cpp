// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report's investment plan section: the summary, a chart of today's spend against the
// plan per partner model, the program kinds, and the allocation per partner.
#include "ui/charts/qcp.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportlayout.h"
#include "ui/report/reportpages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPicture>

namespace ps::report {
namespace {

/// This file's translations, in the context lupdate files them under.
class PlanPageTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::PlanPage)
};

const QColor Ink(0x33, 0x33, 0x33);

QFont chartFont(int pixels, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString number(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}

/// Today's spend and the plan per partner model, in thousands, as horizontal bar pairs.
QPicture modelChart(const ReportContent &c, const QSizeF &size) {
    QCustomPlot plot;
    plot.resize(size.toSize());
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setBasePen(QPen(Ink, 0.6));
        axis->setTickPen(QPen(Ink, 0.6));
        axis->setSubTicks(false);
        axis->setTickLabelFont(chartFont(8));
        axis->setLabelFont(chartFont(9, true));
        axis->setTickLabelColor(Ink);
        axis->setLabelColor(Ink);
        axis->grid()->setPen(QPen(QColor(0xE4, 0xE4, 0xE4), 0.5));
    }
    auto *group = new QCPBarsGroup(&plot);
    group->setSpacing(0);
    auto *planned = new QCPBars(plot.yAxis, plot.xAxis);
    auto *today = new QCPBars(plot.yAxis, plot.xAxis);
    planned->setName(PlanPageTr::tr("Plan"));
    today->setName(PlanPageTr::tr("Today"));
    planned->setBrush(QColor(0x1F, 0x4E, 0x79));
    today->setBrush(QColor(0xB8, 0xB8, 0xB8));
    for (QCPBars *bars : {planned, today}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.38);
        bars->setBarsGroup(group);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double high = 1.0;
    const int n = int(c.plan.models.size());
    for (int i = 0; i < n; ++i) {
        const plan::PlanTotal &t = c.plan.models[size_t(i)];
        const double key = n - 1 - i;
        planned->addData(key, t.plan / 1000.0);
        today->addData(key, t.today / 1000.0);
        ticker->addTick(key, t.name);
        high = std::max({high, t.plan / 1000.0, t.today / 1000.0});
    }
    plot.yAxis->setTicker(ticker);
    plot.yAxis->setRange(-0.6, n - 0.4);
    plot.yAxis->grid()->setVisible(false);
    plot.xAxis->setRange(0, high * 1.1);
    plot.xAxis->setLabel(PlanPageTr::tr("%1 thousand").arg(c.info.currency));
    plot.legend->setVisible(true);
    plot.legend->setFont(chartFont(8));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    QPicture picture;
    QCPPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    plot.toPainter(&painter, int(size.width()), int(size.height()));
    painter.end();
    return picture;
}

} // namespace

void planSection(PageFlow &flow, const ReportContent &c) {
    if (flow.cancelled())
        return;
    const ReportPlan &p = c.plan;
    flow.newPage();
    flow.heading(PlanPageTr::tr("Investment plan"));
    if (!p.ok()) {
        flow.paragraph(PlanPageTr::tr("No plan could be made: %1").arg(p.error), 10,
                       flow.theme().gap);
        return;
    }
    flow.paragraph(PlanPageTr::tr("Where the program budget goes under the scenario's "
                                  "constraints, what it is expected to return a year, and with "
                                  "what uncertainty (a Monte Carlo forecast over the curves' "
                                  "uncertainty)."),
                   9, flow.theme().muted);

    Table summary;
    summary.headers = detail::planSummaryHeader();
    summary.widths = {3.2, 2.4};
    summary.alignRight = {false, true};
    summary.rows = detail::planSummaryRows(p, c.info.currency);
    flow.table(summary);

    if (!p.models.empty()) {
        const double aspect = std::max(1.4, 4.2 / std::max<size_t>(p.models.size(), 3) * 2.0);
        const QSizeF size = chartSize(aspect);
        const double width = flow.content().width();
        const double height = width / aspect;
        // The title stays with its chart: both move to the next page together.
        flow.ensure(height + flow.mm(12));
        flow.subheading(PlanPageTr::tr("By partner model"));
        flow.ensure(height);
        if (flow.painting())
            flow.picture(modelChart(c, size), size, width, height);
        flow.space(height + flow.mm(3));
    }

    Table kinds;
    kinds.headers = detail::planTotalHeader(PlanPageTr::tr("Program kind"), c.info.currency);
    kinds.widths = {3.0, 1.6, 1.6};
    kinds.alignRight = {false, true, true};
    for (const plan::PlanTotal &t : p.kinds)
        kinds.rows.push_back({t.name, number(t.today), number(t.plan)});
    flow.subheading(PlanPageTr::tr("By program kind"));
    flow.table(kinds);

    Table partners;
    partners.headers = detail::planPartnerHeader(c.info.currency);
    partners.widths = {3.2, 1.4, 1.3, 1.4, 1.4, 1.1, 1.7, 1.2};
    partners.alignRight = {false, false, true, true, true, true, false, true};
    for (const ReportPlanRow &row : p.partners) {
        QStringList cells = detail::planPartnerCells(row);
        // The locale's digit grouping reads better on paper than the CSV's plain numbers.
        cells[2] = number(row.today);
        cells[3] = number(row.allocation);
        cells[4] = number(row.expected);
        cells[5] = number(row.marginal, 2);
        partners.rows.push_back(cells);
    }
    flow.subheading(PlanPageTr::tr("By partner"));
    flow.table(partners);
    if (!p.notes.isEmpty())
        flow.bullets(p.notes);
}

} // namespace ps::report
