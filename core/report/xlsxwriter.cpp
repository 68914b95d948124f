// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"
#include "core/report/xlsxtable_p.h"

#include <QDir>
#include <QFile>

namespace ps::report {
namespace {

using detail::ReportTr;
using namespace xlsx;

using Row = std::vector<Cell>;

/// Text cells of a row from the shared cell texts.
Row textRow(const QStringList &cells) {
    Row row;
    for (const QString &cell : cells)
        row.push_back(text(cell));
    return row;
}

/// A chart series over the table's rows: categories from one column, values from another.
void addSeries(lxw_chart *chart, const QString &sheet, int rows, int categoryColumn,
               int valueColumn, const QString &name) {
    const QByteArray sheetName = xlsx::sheetName(sheet).toUtf8();
    lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheetName.constData(), 1, lxw_col_t(categoryColumn),
                                lxw_row_t(rows), lxw_col_t(categoryColumn));
    chart_series_set_values(series, sheetName.constData(), 1, lxw_col_t(valueColumn),
                            lxw_row_t(rows), lxw_col_t(valueColumn));
    chart_series_set_name(series, name.toUtf8().constData());
}

/// The summary: portfolio facts, then the invest, gap and flag sentences, each on its own
/// wrapped row.
void writeSummary(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    lxw_worksheet *ws =
        workbook_add_worksheet(wb, sheetName(ReportTr::tr("Summary")).toUtf8().constData());
    worksheet_set_column(ws, 0, 0, 24, f.bold);
    worksheet_set_column(ws, 1, 1, 110, f.wrap);
    const auto put = [&](int row, int col, const QString &value, lxw_format *format) {
        if (value.isEmpty())
            return;
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                               format);
        const int lines = lineCount(value, col == 0 ? 24 : 110);
        if (lines > 1 && format != f.title)
            worksheet_set_row(ws, lxw_row_t(row), rowHeight(lines), nullptr);
    };
    int row = 0;
    put(row, 0, ReportTr::tr("Partner segmentation report"), f.title);
    const QList<QPair<QString, QString>> meta = {
        {ReportTr::tr("Portfolio"), c.info.name},
        {ReportTr::tr("Organization"), c.info.organization},
        {ReportTr::tr("Scenario"), c.scenario.name},
        {ReportTr::tr("Segmented by"), label(c.segmentBy)},
        {ReportTr::tr("Generated"), c.generatedAt.toString(Qt::ISODate)}};
    for (const auto &[key, value] : meta) {
        put(++row, 0, key, f.bold);
        put(row, 1, value, f.wrap);
    }
    const QList<QPair<QString, QStringList>> sections = {
        {ReportTr::tr("Invest"), c.investIn},
        {ReportTr::tr("Coverage gaps"), c.gaps},
        {ReportTr::tr("Flags"), c.flags},
        {ReportTr::tr("Partner impact"), {detail::impactSummary(c.economics.impact)}}};
    for (const auto &[title, sentences] : sections) {
        ++row;
        put(++row, 0, title, f.bold);
        for (qsizetype i = 0; i < sentences.size(); ++i)
            put(i == 0 ? row : ++row, 1, sentences[i], f.wrap);
    }
    printSetup(ws, false);
}

Table partnersTable(const ReportContent &c, const Formats &f) {
    Table t{ReportTr::tr("Partners"), detail::partnerHeader(), {}};
    for (size_t i = 0; i < c.partners.size(); ++i) {
        const Partner &p = *c.partners[i];
        t.rows.push_back(
            {text(p.name), text(detail::modelText(p.model)), text(label(p.status)),
             text(label(p.tier)), number(c.scores[i].potential, f.score),
             number(c.scores[i].readiness, f.score), text(label(c.scores[i].quadrant)),
             number(c.stability[i], f.percent), text(c.segmentNames[i].join(QStringLiteral("; "))),
             number(detail::revenueOf(p), f.money), number(p.economics.pipeline, f.money),
             number(p.economics.investment.total(), f.money),
             text(detail::partnerCells(c, i).value(12))});
    }
    return t;
}

void writeSegments(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    Table t{ReportTr::tr("Segments"),
            {ReportTr::tr("Segment"), ReportTr::tr("Partners"), ReportTr::tr("Revenue"),
             ReportTr::tr("Pipeline"), ReportTr::tr("Investment"), ReportTr::tr("ROI"),
             ReportTr::tr("Mean potential"), ReportTr::tr("Mean readiness"),
             ReportTr::tr("ICPs reached"), ReportTr::tr("Recommended motion")},
            {}};
    for (const ReportSegment &rs : c.segments)
        t.rows.push_back({text(rs.segment.name), number(rs.stats.count, f.integer),
                          number(rs.stats.revenue, f.money), number(rs.stats.pipeline, f.money),
                          number(rs.stats.investment, f.money),
                          numberOr(rs.stats.roi, f.percent, ReportTr::tr("n/a")),
                          number(rs.stats.meanPotential, f.score),
                          number(rs.stats.meanReadiness, f.score),
                          number(rs.stats.icpsReached, f.integer), text(rs.motion)});
    lxw_worksheet *ws = writeTable(wb, t, f);
    if (!ws || c.segments.empty())
        return;
    lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
    addSeries(chart, t.sheet, int(t.rows.size()), 0, 2, ReportTr::tr("Revenue"));
    chart_title_set_name(chart, ReportTr::tr("Revenue per segment").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    chart_axis_set_reverse(chart->y_axis);
    insertChartBeside(ws, t, chart);
}

Table coverageTable(const ReportContent &c, const Formats &f) {
    Table t{ReportTr::tr("ICP coverage"),
            {ReportTr::tr("ICP"), ReportTr::tr("Influence"), ReportTr::tr("Strong partners"),
             ReportTr::tr("Linked partners"), ReportTr::tr("Gap")},
            {}};
    for (size_t i = 0; i < c.coverage.size(); ++i)
        t.rows.push_back({text(detail::icpName(c, i)), number(c.coverage[i].influence, f.score),
                          number(c.coverage[i].strongPartners, f.integer),
                          number(c.coverage[i].linkedPartners, f.integer),
                          text(c.coverage[i].gap ? ReportTr::tr("gap") : QString())});
    return t;
}

/// Economics: program metrics, ROI by model (with its chart), OEM deals, royalty per year and
/// needs attention, each a sheet.
void writeEconomics(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const ReportEconomics &e = c.economics;
    Table program{ReportTr::tr("Program metrics"), detail::programHeader(), {}};
    for (const QStringList &cells : detail::programRows(c))
        program.rows.push_back(textRow(cells));
    writeTable(wb, program, f);

    Table roi{ReportTr::tr("ROI by model"), detail::roiHeader(c.info.currency), {}};
    for (const ModelRoi &r : e.metrics.roiByModel)
        roi.rows.push_back({text(label(r.model)), number(r.partners, f.integer),
                            number(r.influencedRevenue, f.money), number(r.investment, f.money),
                            numberOr(r.roi, f.percent, ReportTr::tr("n/a"))});
    lxw_worksheet *ws = writeTable(wb, roi, f);
    if (ws && !roi.rows.empty()) {
        lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
        addSeries(chart, roi.sheet, int(roi.rows.size()), 0, 4, ReportTr::tr("ROI"));
        chart_title_set_name(chart, ReportTr::tr("ROI by partner model").toUtf8().constData());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        chart_axis_set_reverse(chart->y_axis);
        insertChartBeside(ws, roi, chart);
    }

    Table oem{ReportTr::tr("OEM deals"), detail::oemHeader(), {}};
    for (const OemAssessment &a : e.oem) {
        Row row = textRow(detail::oemCells(a));
        if (row.size() > 4)
            row[4] = number(a.conditionsMet, f.integer);
        oem.rows.push_back(row);
    }
    writeTable(wb, oem, f);

    Table royalty{ReportTr::tr("Royalty per year"), detail::royaltyHeader(c.info.currency), {}};
    for (const OemAssessment &a : e.oem)
        for (const RoyaltyYear &y : a.royalty.years)
            royalty.rows.push_back({text(a.dealName), number(y.year, f.integer),
                                    number(y.units, f.integer), number(y.royalty, f.money),
                                    number(y.revenue, f.money), number(y.cost, f.money),
                                    number(y.margin, f.money), number(y.marginPerUnit, f.cents)});
    writeTable(wb, royalty, f);

    Table attention{ReportTr::tr("Needs attention"), detail::attentionHeader(), {}};
    for (const AttentionItem &item : e.attention)
        attention.rows.push_back(textRow(detail::attentionCells(item)));
    writeTable(wb, attention, f);
}

/// Impact: the program, then by partner model, tier, ICP and partner, each a sheet; counts and
/// amounts as numbers, rates withheld for too few deals as the text "not enough deals".
void writeImpact(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const PartnerImpact &impact = c.economics.impact;
    const QStringList header = detail::impactHeader(c.info.currency);
    const auto sheet = [&](const QString &name, const std::vector<QStringList> &rows,
                           const std::vector<const ImpactMeasures *> &measures) {
        Table t{name, header, {}};
        for (size_t i = 0; i < rows.size() && i < measures.size(); ++i) {
            const QStringList &cells = rows[i];
            const ImpactMeasures &m = *measures[i];
            Row row = textRow(cells);
            row.resize(size_t(header.size()));
            row[1] = number(m.deals, f.integer);
            row[2] = number(m.won, f.integer);
            row[3] = number(m.lost, f.integer);
            row[4] = numberOr(m.winRate, f.percent, cells.value(4));
            row[6] = numberOr(m.avgWon, f.money, cells.value(6));
            row[7] = numberOr(m.cycleDays, f.score, cells.value(7));
            row[8] = number(m.openPipeline, f.money);
            if (!cells.value(9).isEmpty()) {
                row[9] = number(m.sourced, f.integer);
                row[10] = number(m.influenced, f.integer);
                row[11] = number(m.attributedWonRevenue, f.money);
            }
            t.rows.push_back(row);
        }
        writeTable(wb, t, f);
    };
    sheet(ReportTr::tr("Impact program"), detail::impactProgramRows(impact),
          {&impact.partnerInvolved, &impact.direct});
    const auto group = [&](const QString &name, const std::vector<ImpactRow> &rows) {
        std::vector<const ImpactMeasures *> measures;
        for (const ImpactRow &r : rows)
            if (r.with.deals > 0)
                measures.push_back(&r.with);
        sheet(name, detail::impactRows(rows, impact.minClosedDeals), measures);
    };
    group(ReportTr::tr("Impact by partner model"), impact.models);
    group(ReportTr::tr("Impact by tier"), impact.tiers);
    group(ReportTr::tr("Impact by ICP"), impact.icps);
    group(ReportTr::tr("Impact by partner"), impact.partners);
}

void writeOverlap(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    if (c.overlap.isEmpty())
        return;
    Table t{ReportTr::tr("Overlap"), detail::overlapHeader(c.info.currency), {}};
    for (const ReportOverlapRow &r : c.overlap.partners) {
        const QStringList cells = detail::overlapCells(r);
        Row row{text(cells[0]), text(cells[1])};
        for (int col = 2; col < cells.size(); ++col)
            row.push_back(
                number(cells[col].toDouble(), col == cells.size() - 1 ? f.money : f.integer));
        t.rows.push_back(row);
    }
    writeTable(wb, t, f);
}

/// The plan: its summary, then (when solved) by partner model with a chart of today against
/// the plan, by program kind, and by partner, each a sheet.
void writePlan(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const ReportPlan &p = c.plan;
    Table summary{ReportTr::tr("Plan"), detail::planSummaryHeader(), {}};
    for (const QStringList &cells : detail::planSummaryRows(p, c.info.currency))
        summary.rows.push_back(textRow(cells));
    writeTable(wb, summary, f);
    if (!p.ok())
        return;
    const auto totals = [&](const QString &name, const QString &group,
                            const std::vector<plan::PlanTotal> &items) {
        Table t{name, detail::planTotalHeader(group, c.info.currency), {}};
        for (const plan::PlanTotal &item : items) {
            Row row = textRow(detail::planTotalCells(item));
            row.resize(size_t(t.header.size()));
            row[1] = number(item.today, f.money);
            row[2] = number(item.plan, f.money);
            t.rows.push_back(row);
        }
        return t;
    };
    const Table models = totals(ReportTr::tr("Plan by model"), ReportTr::tr("Model"), p.models);
    lxw_worksheet *ws = writeTable(wb, models, f);
    if (ws && !models.rows.empty()) {
        lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
        addSeries(chart, models.sheet, int(models.rows.size()), 0, 1, ReportTr::tr("Today"));
        addSeries(chart, models.sheet, int(models.rows.size()), 0, 2, ReportTr::tr("Plan"));
        chart_title_set_name(chart, ReportTr::tr("Plan by partner model").toUtf8().constData());
        chart_axis_set_reverse(chart->y_axis);
        insertChartBeside(ws, models, chart);
    }
    writeTable(
        wb, totals(ReportTr::tr("Plan by program kind"), ReportTr::tr("Program kind"), p.kinds), f);
    Table partners{ReportTr::tr("Plan by partner"), detail::planPartnerHeader(c.info.currency), {}};
    for (const ReportPlanRow &r : p.partners) {
        Row row = textRow(detail::planPartnerCells(r));
        row.resize(size_t(partners.header.size()));
        row[0] = text(r.partner);
        row[1] = text(label(r.quadrant));
        row[2] = number(r.today, f.money);
        row[3] = number(r.allocation, f.money);
        row[4] = number(r.expected, f.money);
        row[5] = number(r.marginal, f.ratio);
        row[6] = text(detail::planBindingText(r.binding));
        row[7] = r.payback ? number(*r.payback, f.percent) : Cell{};
        partners.rows.push_back(row);
    }
    writeTable(wb, partners, f);
}

} // namespace

bool writeXlsx(const ReportContent &content, const QString &path, QString *error) {
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = ReportTr::tr("Could not write \"%1\": %2.")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return fail(ReportTr::tr("the workbook could not be created"));
    const Formats f = makeFormats(wb, content.info.currency);
    writeSummary(wb, content, f);
    writeTable(wb, partnersTable(content, f), f);
    writeSegments(wb, content, f);
    writeTable(wb, coverageTable(content, f), f);
    writeEconomics(wb, content, f);
    writeImpact(wb, content, f);
    writePlan(wb, content, f);
    writeOverlap(wb, content, f);
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(result)));
    return true;
}

} // namespace ps::report
