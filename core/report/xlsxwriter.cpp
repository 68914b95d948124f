// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace ps::report {
namespace {

using detail::ReportTr;

/// Thin helpers over libxlsxwriter's C API; every string goes through safeCell so a partner
/// named "=HYPERLINK(...)" stays text.
struct Sheet {
    lxw_worksheet *ws;
    void text(int row, int col, const QString &value, lxw_format *format = nullptr) const {
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col),
                               safeCell(value).toUtf8().constData(), format);
    }
    void number(int row, int col, double value, lxw_format *format = nullptr) const {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, format);
    }
    void header(const QStringList &titles, lxw_format *bold) const {
        for (int col = 0; col < titles.size(); ++col)
            text(0, col, titles[col], bold);
        worksheet_freeze_panes(ws, 1, 0);
    }
};

struct Formats {
    lxw_format *bold, *score, *money, *share, *wrap, *cents;
};

lxw_worksheet *addSheet(lxw_workbook *wb, const QString &name) {
    return workbook_add_worksheet(wb, name.toUtf8().constData());
}

void writeSummary(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    Sheet s{addSheet(wb, ReportTr::tr("Summary"))};
    worksheet_set_column(s.ws, 0, 0, 22, nullptr);
    worksheet_set_column(s.ws, 1, 1, 100, f.wrap);
    int row = 0;
    s.text(row, 0, ReportTr::tr("Partner segmentation report"), f.bold);
    const QList<QPair<QString, QString>> meta = {
        {ReportTr::tr("Portfolio"), c.info.name},
        {ReportTr::tr("Organization"), c.info.organization},
        {ReportTr::tr("Scenario"), c.scenario.name},
        {ReportTr::tr("Segmented by"), label(c.segmentBy)},
        {ReportTr::tr("Generated"), c.generatedAt.toString(Qt::ISODate)}};
    for (const auto &[key, value] : meta) {
        s.text(++row, 0, key, f.bold);
        s.text(row, 1, value);
    }
    const QList<QPair<QString, QStringList>> sections = {{ReportTr::tr("Invest"), c.investIn},
                                                         {ReportTr::tr("Coverage gaps"), c.gaps},
                                                         {ReportTr::tr("Flags"), c.flags}};
    for (const auto &[title, sentences] : sections) {
        ++row;
        s.text(++row, 0, title, f.bold);
        for (const QString &sentence : sentences)
            s.text(++row, 1, sentence);
    }
}

void writePartners(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    Sheet s{addSheet(wb, ReportTr::tr("Partners"))};
    const QStringList header = detail::partnerHeader();
    s.header(header, f.bold);
    worksheet_set_column(s.ws, 0, 0, 28, nullptr);
    worksheet_set_column(s.ws, 1, 3, 16, nullptr);
    worksheet_set_column(s.ws, 8, 8, 28, nullptr);
    for (size_t i = 0; i < c.partners.size(); ++i) {
        const Partner &p = *c.partners[i];
        const int row = int(i) + 1;
        s.text(row, 0, p.name);
        s.text(row, 1, detail::modelText(p.model));
        s.text(row, 2, label(p.status));
        s.text(row, 3, label(p.tier));
        s.number(row, 4, c.scores[i].potential, f.score);
        s.number(row, 5, c.scores[i].readiness, f.score);
        s.text(row, 6, label(c.scores[i].quadrant));
        s.number(row, 7, c.stability[i], f.share);
        s.text(row, 8, c.segmentNames[i].join(QStringLiteral("; ")));
        s.number(row, 9, detail::revenueOf(p), f.money);
        s.number(row, 10, p.economics.pipeline, f.money);
        s.number(row, 11, p.economics.investment.total(), f.money);
        s.text(row, 12, detail::partnerCells(c, i).value(12));
    }
    worksheet_autofilter(s.ws, 0, 0, lxw_row_t(c.partners.size()), lxw_col_t(header.size() - 1));
}

void writeSegments(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const QString name = ReportTr::tr("Segments");
    Sheet s{addSheet(wb, name)};
    s.header({ReportTr::tr("Segment"), ReportTr::tr("Partners"), ReportTr::tr("Revenue"),
              ReportTr::tr("Pipeline"), ReportTr::tr("Investment"), ReportTr::tr("ROI"),
              ReportTr::tr("Mean potential"), ReportTr::tr("Mean readiness"),
              ReportTr::tr("ICPs reached"), ReportTr::tr("Recommended motion")},
             f.bold);
    worksheet_set_column(s.ws, 0, 0, 28, nullptr);
    worksheet_set_column(s.ws, 9, 9, 80, f.wrap);
    for (size_t i = 0; i < c.segments.size(); ++i) {
        const ReportSegment &rs = c.segments[i];
        const int row = int(i) + 1;
        s.text(row, 0, rs.segment.name);
        s.number(row, 1, rs.stats.count);
        s.number(row, 2, rs.stats.revenue, f.money);
        s.number(row, 3, rs.stats.pipeline, f.money);
        s.number(row, 4, rs.stats.investment, f.money);
        if (rs.stats.roi)
            s.number(row, 5, *rs.stats.roi, f.share);
        s.number(row, 6, rs.stats.meanPotential, f.score);
        s.number(row, 7, rs.stats.meanReadiness, f.score);
        s.number(row, 8, rs.stats.icpsReached);
        s.text(row, 9, rs.motion);
    }
    if (c.segments.empty())
        return;
    lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
    lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
    const QByteArray sheet = name.toUtf8();
    const auto last = lxw_row_t(c.segments.size());
    chart_series_set_categories(series, sheet.constData(), 1, 0, last, 0);
    chart_series_set_values(series, sheet.constData(), 1, 2, last, 2);
    chart_series_set_name(series, ReportTr::tr("Revenue").toUtf8().constData());
    chart_title_set_name(chart, ReportTr::tr("Revenue per segment").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart(s.ws, last + 2, 0, chart);
}

void writeCoverage(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    Sheet s{addSheet(wb, ReportTr::tr("ICP coverage"))};
    s.header({ReportTr::tr("ICP"), ReportTr::tr("Influence"), ReportTr::tr("Strong partners"),
              ReportTr::tr("Linked partners"), ReportTr::tr("Gap")},
             f.bold);
    worksheet_set_column(s.ws, 0, 0, 32, nullptr);
    for (size_t i = 0; i < c.coverage.size(); ++i) {
        const int row = int(i) + 1;
        s.text(row, 0, detail::icpName(c, i));
        s.number(row, 1, c.coverage[i].influence, f.score);
        s.number(row, 2, c.coverage[i].strongPartners);
        s.number(row, 3, c.coverage[i].linkedPartners);
        s.text(row, 4, c.coverage[i].gap ? ReportTr::tr("gap") : QString());
    }
}

/// Economics: titled blocks one under the other (program metrics, ROI by model with a native
/// bar chart, OEM deals, royalty per year, needs attention), numbers as numbers.
void writeEconomics(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const QString name = ReportTr::tr("Economics");
    Sheet s{addSheet(wb, name)};
    const ReportEconomics &e = c.economics;
    worksheet_set_column(s.ws, 0, 0, 44, nullptr);
    worksheet_set_column(s.ws, 1, 8, 16, nullptr);
    int row = 0;
    const auto title = [&](const QString &text, const QStringList &header) {
        if (row > 0)
            row += 1;
        s.text(row++, 0, text, f.bold);
        for (int col = 0; col < header.size(); ++col)
            s.text(row, col, header[col], f.bold);
        ++row;
    };

    title(ReportTr::tr("Program metrics"), detail::programHeader());
    for (const QStringList &cells : detail::programRows(c)) {
        s.text(row, 0, cells.value(0));
        s.text(row++, 1, cells.value(1));
    }

    title(ReportTr::tr("ROI by partner model"), detail::roiHeader(c.info.currency));
    const int roiFirst = row;
    for (const ModelRoi &r : e.metrics.roiByModel) {
        s.text(row, 0, label(r.model));
        s.number(row, 1, r.partners);
        s.number(row, 2, r.influencedRevenue, f.money);
        s.number(row, 3, r.investment, f.money);
        if (r.roi)
            s.number(row, 4, *r.roi, f.share);
        else
            s.text(row, 4, ReportTr::tr("n/a"));
        ++row;
    }
    const int roiLast = row - 1;

    title(ReportTr::tr("OEM deals"), detail::oemHeader());
    for (const OemAssessment &a : e.oem) {
        const QStringList cells = detail::oemCells(a);
        for (int col = 0; col < cells.size(); ++col)
            if (col == 4)
                s.number(row, col, a.conditionsMet);
            else
                s.text(row, col, cells[col]);
        ++row;
    }

    title(ReportTr::tr("Royalty per year"), detail::royaltyHeader(c.info.currency));
    for (const OemAssessment &a : e.oem)
        for (const RoyaltyYear &y : a.royalty.years) {
            s.text(row, 0, a.dealName);
            s.number(row, 1, y.year);
            s.number(row, 2, y.units, f.money);
            s.number(row, 3, y.royalty, f.money);
            s.number(row, 4, y.revenue, f.money);
            s.number(row, 5, y.cost, f.money);
            s.number(row, 6, y.margin, f.money);
            s.number(row, 7, y.marginPerUnit, f.cents);
            ++row;
        }

    if (!e.attention.empty()) {
        title(ReportTr::tr("Needs attention"), detail::attentionHeader());
        for (const AttentionItem &item : e.attention) {
            const QStringList cells = detail::attentionCells(item);
            for (int col = 0; col < cells.size(); ++col)
                s.text(row, col, cells[col]);
            ++row;
        }
    }

    if (roiLast < roiFirst)
        return;
    lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
    lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
    const QByteArray sheet = name.toUtf8();
    chart_series_set_categories(series, sheet.constData(), lxw_row_t(roiFirst), 0,
                                lxw_row_t(roiLast), 0);
    chart_series_set_values(series, sheet.constData(), lxw_row_t(roiFirst), 4, lxw_row_t(roiLast),
                            4);
    chart_series_set_name(series, ReportTr::tr("ROI").toUtf8().constData());
    chart_title_set_name(chart, ReportTr::tr("ROI by partner model").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart(s.ws, lxw_row_t(roiFirst), 10, chart); // right of every table
}

/// Impact: the program, then by partner model, tier, ICP and partner; counts and amounts as
/// numbers, rates withheld for too few deals as the text "not enough deals".
void writeImpact(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const PartnerImpact &impact = c.economics.impact;
    Sheet s{addSheet(wb, ReportTr::tr("Impact"))};
    worksheet_set_column(s.ws, 0, 0, 34, nullptr);
    worksheet_set_column(s.ws, 1, 11, 15, nullptr);
    worksheet_set_column(s.ws, 5, 5, 30, nullptr);
    int row = 0;
    s.text(row++, 0, ReportTr::tr("Partner impact"), f.bold);
    s.text(row++, 0, detail::impactSummary(impact));
    const QStringList header = detail::impactHeader(c.info.currency);
    const auto block = [&](const QString &title, const std::vector<QStringList> &rows,
                           const std::vector<const ImpactMeasures *> &measures) {
        ++row;
        s.text(row++, 0, title, f.bold);
        for (int col = 0; col < header.size(); ++col)
            s.text(row, col, header[col], f.bold);
        ++row;
        for (size_t i = 0; i < rows.size(); ++i) {
            const QStringList &cells = rows[i];
            const ImpactMeasures &m = *measures[i];
            s.text(row, 0, cells.value(0));
            s.number(row, 1, m.deals);
            s.number(row, 2, m.won);
            s.number(row, 3, m.lost);
            if (m.winRate)
                s.number(row, 4, *m.winRate, f.share);
            else
                s.text(row, 4, cells.value(4));
            s.text(row, 5, cells.value(5));
            if (m.avgWon)
                s.number(row, 6, *m.avgWon, f.money);
            else
                s.text(row, 6, cells.value(6));
            if (m.cycleDays)
                s.number(row, 7, *m.cycleDays, f.score);
            else
                s.text(row, 7, cells.value(7));
            s.number(row, 8, m.openPipeline, f.money);
            if (!cells.value(9).isEmpty()) {
                s.number(row, 9, m.sourced);
                s.number(row, 10, m.influenced);
                s.number(row, 11, m.attributedWonRevenue, f.money);
            }
            ++row;
        }
    };
    block(ReportTr::tr("Program (rates need %1 closed deals)").arg(impact.minClosedDeals),
          detail::impactProgramRows(impact), {&impact.partnerInvolved, &impact.direct});
    const auto group = [&](const QString &title, const std::vector<ImpactRow> &rows) {
        std::vector<const ImpactMeasures *> measures;
        for (const ImpactRow &r : rows)
            if (r.with.deals > 0)
                measures.push_back(&r.with);
        block(title, detail::impactRows(rows, impact.minClosedDeals), measures);
    };
    group(ReportTr::tr("By partner model"), impact.models);
    group(ReportTr::tr("By tier"), impact.tiers);
    group(ReportTr::tr("By ICP"), impact.icps);
    group(ReportTr::tr("By partner"), impact.partners);
}

void writePlan(lxw_workbook *wb, const ReportContent &c, const Formats &f) {
    const QString name = ReportTr::tr("Plan");
    Sheet s{addSheet(wb, name)};
    const ReportPlan &p = c.plan;
    worksheet_set_column(s.ws, 0, 0, 40, nullptr);
    worksheet_set_column(s.ws, 1, 7, 16, nullptr);
    int row = 0;
    const auto title = [&](const QString &text, const QStringList &header) {
        if (row > 0)
            row += 1;
        s.text(row++, 0, text, f.bold);
        for (int col = 0; col < header.size(); ++col)
            s.text(row, col, header[col], f.bold);
        ++row;
    };
    title(ReportTr::tr("Investment plan"), detail::planSummaryHeader());
    for (const QStringList &cells : detail::planSummaryRows(p, c.info.currency)) {
        s.text(row, 0, cells.value(0));
        s.text(row++, 1, cells.value(1));
    }
    if (!p.ok())
        return;
    title(ReportTr::tr("By partner model"),
          detail::planTotalHeader(ReportTr::tr("Model"), c.info.currency));
    const int modelsFirst = row;
    for (const plan::PlanTotal &t : p.models) {
        s.text(row, 0, t.name);
        s.number(row, 1, t.today, f.money);
        s.number(row++, 2, t.plan, f.money);
    }
    const int modelsLast = row - 1;
    title(ReportTr::tr("By program kind"),
          detail::planTotalHeader(ReportTr::tr("Program kind"), c.info.currency));
    for (const plan::PlanTotal &t : p.kinds) {
        s.text(row, 0, t.name);
        s.number(row, 1, t.today, f.money);
        s.number(row++, 2, t.plan, f.money);
    }
    title(ReportTr::tr("By partner"), detail::planPartnerHeader(c.info.currency));
    for (const ReportPlanRow &r : p.partners) {
        s.text(row, 0, r.partner);
        s.text(row, 1, label(r.quadrant));
        s.number(row, 2, r.today, f.money);
        s.number(row, 3, r.allocation, f.money);
        s.number(row, 4, r.expected, f.money);
        s.number(row, 5, r.marginal, f.cents);
        s.text(row, 6, detail::planBindingText(r.binding));
        if (r.payback)
            s.number(row, 7, *r.payback, f.share);
        ++row;
    }
    if (modelsLast < modelsFirst)
        return;
    lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
    const QByteArray sheet = name.toUtf8();
    const struct {
        int column;
        QString name;
    } series[] = {{1, ReportTr::tr("Today")}, {2, ReportTr::tr("Plan")}};
    for (const auto &entry : series) {
        lxw_chart_series *line = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(line, sheet.constData(), lxw_row_t(modelsFirst), 0,
                                    lxw_row_t(modelsLast), 0);
        chart_series_set_values(line, sheet.constData(), lxw_row_t(modelsFirst),
                                lxw_col_t(entry.column), lxw_row_t(modelsLast),
                                lxw_col_t(entry.column));
        chart_series_set_name(line, entry.name.toUtf8().constData());
    }
    chart_title_set_name(chart, ReportTr::tr("Plan by partner model").toUtf8().constData());
    worksheet_insert_chart(s.ws, lxw_row_t(modelsFirst), 9, chart);
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
    Formats f{};
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    f.score = workbook_add_format(wb);
    format_set_num_format(f.score, "0.0");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "#,##0");
    f.share = workbook_add_format(wb);
    format_set_num_format(f.share, "0%");
    f.cents = workbook_add_format(wb);
    format_set_num_format(f.cents, "0.00");
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);

    writeSummary(wb, content, f);
    writePartners(wb, content, f);
    writeSegments(wb, content, f);
    writeCoverage(wb, content, f);
    writeEconomics(wb, content, f);
    writeImpact(wb, content, f);
    writePlan(wb, content, f);
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(result)));
    return true;
}

} // namespace ps::report
