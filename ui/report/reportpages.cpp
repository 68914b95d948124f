// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportpages.h"

#include "core/report/reporttext_p.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ps::report {
namespace {

/// This file's translations, in the context lupdate files them under.
class PagesTr {
    Q_DECLARE_TR_FUNCTIONS(ps::report::Pages)
};

QString number(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}

/// Amounts in tables without the currency: the column header carries it.
QString money(const ReportContent &, double value) {
    return QLocale().toString(value, 'f', 0);
}

QString withCurrency(const ReportContent &c, const QString &title) {
    return PagesTr::tr("%1 (%2)").arg(title, c.info.currency);
}

QString modelName(const std::optional<PartnerModel> &model) {
    return model ? label(*model) : PagesTr::tr("Needs classification");
}

/// "ICP influence 12.5 · Market reach 8.0 ..." for one axis of a partner's score.
QString explanation(const PartnerScore &score, Axis axis) {
    QStringList parts;
    for (Criterion c : criteriaOf(axis)) {
        const size_t i = size_t(c);
        parts << (score.missing[i]
                      ? PagesTr::tr("%1: missing").arg(label(c))
                      : PagesTr::tr("%1 %2").arg(label(c), number(score.points[i], 1)));
    }
    return parts.join(QStringLiteral("\n"));
}

} // namespace

QString segmentByTitle(SegmentBy by) {
    switch (by) {
    case SegmentBy::Model:
        return PagesTr::tr("Partner model");
    case SegmentBy::Tier:
        return PagesTr::tr("Tier");
    case SegmentBy::Status:
        return PagesTr::tr("Status");
    case SegmentBy::Region:
        return PagesTr::tr("Region");
    case SegmentBy::Quadrant:
        return PagesTr::tr("Quadrant");
    case SegmentBy::Icp:
        return PagesTr::tr("ICP served");
    case SegmentBy::Rule:
        return PagesTr::tr("Saved rule");
    case SegmentBy::Cluster:
        return PagesTr::tr("Suggested cluster");
    }
    return {};
}

void coverPage(PageFlow &flow, const ReportContent &c) {
    flow.newPage(false);
    const QRectF area = flow.content();
    const ReportTheme &theme = flow.theme();
    if (flow.painting()) {
        QPainter *p = flow.painter();
        p->fillRect(QRectF(0, 0, area.right() + area.left(), area.top() + flow.mm(70)),
                    theme.accent);
    }
    const QString name = c.info.name.isEmpty() ? PagesTr::tr("Untitled portfolio") : c.info.name;
    flow.textAt(QRectF(area.left(), area.top() + flow.mm(8), area.width(), flow.mm(12)),
                PagesTr::tr("Partner segmentation report"), flow.font(14), Qt::white,
                Qt::AlignLeft | Qt::AlignVCenter);
    flow.textAt(QRectF(area.left(), area.top() + flow.mm(22), area.width(), flow.mm(30)), name,
                flow.font(28, true), Qt::white, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);

    const QStringList labels = {PagesTr::tr("Organization"), PagesTr::tr("Scenario"),
                                PagesTr::tr("Segmented by"), PagesTr::tr("Partners"),
                                PagesTr::tr("Generated")};
    const QStringList values = {
        c.info.organization.isEmpty() ? PagesTr::tr("Not set") : c.info.organization,
        c.scenario.name.isEmpty() ? PagesTr::tr("Baseline") : c.scenario.name,
        segmentByTitle(c.segmentBy), QLocale().toString(qlonglong(c.partners.size())),
        QLocale().toString(c.generatedAt.toLocalTime().date(), QLocale::LongFormat)};
    double y = area.top() + flow.mm(95);
    for (int i = 0; i < labels.size(); ++i) {
        flow.textAt(QRectF(area.left(), y, area.width(), flow.mm(6)), labels[i].toUpper(),
                    flow.font(8, true), theme.muted, Qt::AlignLeft | Qt::AlignVCenter);
        flow.textAt(QRectF(area.left(), y + flow.mm(6), area.width(), flow.mm(9)), values[i],
                    flow.font(14), theme.text, Qt::AlignLeft | Qt::AlignVCenter);
        y += flow.mm(20);
    }
    if (!c.info.notes.isEmpty())
        flow.textAt(QRectF(area.left(), y + flow.mm(6), area.width(), area.bottom() - y),
                    c.info.notes, flow.font(9), theme.muted, Qt::AlignLeft | Qt::TextWordWrap);
}

void summarySection(PageFlow &flow, const ReportContent &c) {
    flow.newPage();
    flow.heading(PagesTr::tr("Executive summary"));
    flow.subheading(PagesTr::tr("Where to invest"));
    flow.bullets(c.investIn);
    flow.subheading(PagesTr::tr("Coverage gaps"));
    flow.bullets(c.gaps, flow.theme().gap);
    if (!c.flags.isEmpty()) {
        flow.subheading(PagesTr::tr("Flags"));
        flow.bullets(c.flags, flow.theme().muted);
    }
    std::array<int, 4> mix{};
    for (const PartnerScore &s : c.scores)
        ++mix[size_t(s.quadrant)];
    flow.subheading(PagesTr::tr("Quadrants"));
    Table t;
    t.headers = {label(Quadrant::Invest), label(Quadrant::Develop), label(Quadrant::Maintain),
                 label(Quadrant::Deprioritize)};
    t.widths = {1, 1, 1, 1};
    t.alignRight = {true, true, true, true};
    t.rows.push_back({number(mix[0]), number(mix[1]), number(mix[2]), number(mix[3])});
    flow.table(t);
}

void coverageSection(PageFlow &flow, const ReportContent &c) {
    flow.heading(PagesTr::tr("ICP coverage"));
    flow.paragraph(PagesTr::tr("Influence is 0-100 from the partners' links to each ideal customer "
                               "profile; an ICP without a strongly linked partner is a gap."),
                   9, flow.theme().muted);
    Table t;
    t.headers = {PagesTr::tr("ICP"), PagesTr::tr("Influence"), PagesTr::tr("Strong partners"),
                 PagesTr::tr("Linked partners"), PagesTr::tr("Status")};
    t.widths = {3.2, 1.2, 1.3, 1.3, 1.2};
    t.alignRight = {false, true, true, true, false};
    for (size_t i = 0; i < c.coverage.size(); ++i) {
        const IcpCoverage &cov = c.coverage[i];
        const QString name =
            i < c.icps.size() && c.icps[i] ? c.icps[i]->name : PagesTr::tr("ICP %1").arg(cov.icpId);
        if (cov.gap)
            t.highlightRows.push_back(int(t.rows.size()));
        t.rows.push_back({name, number(cov.influence), number(cov.strongPartners),
                          number(cov.linkedPartners),
                          cov.gap ? PagesTr::tr("Gap") : PagesTr::tr("Covered")});
    }
    flow.table(t);
}

void matrixSection(PageFlow &flow, const ReportContent &c) {
    flow.newPage();
    flow.heading(PagesTr::tr("Prioritization matrix"));
    flow.paragraph(PagesTr::tr("Scenario %1: potential threshold %2, readiness threshold %3.")
                       .arg(c.scenario.name, number(c.scenario.potentialThreshold),
                            number(c.scenario.readinessThreshold)),
                   9, flow.theme().muted);
    flow.paragraph(PagesTr::tr("Bubble area shows revenue (sourced and influenced). Named: the "
                               "largest partners, the borderline ones (their quadrant changes "
                               "when the weights move slightly) and the invest quadrant, where "
                               "a name fits."),
                   9, flow.theme().muted);
    // Nearly square, as tall as the page allows; the chart is laid out at this shape so its
    // text is never stretched.
    const double width = flow.content().width();
    const double height = std::min(
        width / 0.95, std::max(width / 1.4, flow.content().bottom() - flow.y() - flow.mm(2)));
    const QSizeF size = chartSize(width / height);
    flow.ensure(height);
    if (flow.painting())
        flow.picture(matrixChart(c, size), size, width, height);
    flow.space(height + flow.mm(4));

    // The comparison chart and its table belong together on a page of their own.
    flow.newPage();
    flow.heading(PagesTr::tr("Segments at a glance"));
    if (!c.segments.empty()) {
        const double barAspect = segmentComparisonAspect(int(c.segments.size()));
        const QSizeF barSize = chartSize(barAspect);
        const double barHeight = width / barAspect;
        flow.ensure(barHeight);
        if (flow.painting())
            flow.picture(segmentComparisonChart(c, barSize), barSize, width, barHeight);
        flow.space(barHeight + flow.mm(4));
    }
    Table t;
    t.headers = {PagesTr::tr("Segment"),
                 PagesTr::tr("Partners"),
                 withCurrency(c, PagesTr::tr("Revenue")),
                 withCurrency(c, PagesTr::tr("Pipeline")),
                 withCurrency(c, PagesTr::tr("Investment")),
                 PagesTr::tr("ROI"),
                 PagesTr::tr("Mean potential"),
                 PagesTr::tr("Mean readiness")};
    t.widths = {2.3, 1.25, 1.5, 1.5, 1.6, 1.15, 1.35, 1.35};
    t.alignRight = {false, true, true, true, true, true, true, true};
    for (const ReportSegment &s : c.segments)
        t.rows.push_back(
            {s.segment.name, number(s.stats.count), money(c, s.stats.revenue),
             money(c, s.stats.pipeline), money(c, s.stats.investment),
             s.stats.roi ? number(*s.stats.roi * 100.0) + QLatin1Char('%') : PagesTr::tr("n/a"),
             number(s.stats.meanPotential), number(s.stats.meanReadiness)});
    flow.table(t);
}

void segmentSections(PageFlow &flow, const ReportContent &c) {
    for (const ReportSegment &s : c.segments) {
        if (flow.cancelled())
            return;
        flow.newPage();
        flow.heading(PagesTr::tr("Segment: %1").arg(s.segment.name));
        if (!s.motion.isEmpty()) {
            flow.subheading(PagesTr::tr("Recommended motion"));
            flow.paragraph(s.motion);
        }
        Table figures;
        figures.headers = {PagesTr::tr("Partners"),
                           withCurrency(c, PagesTr::tr("Revenue")),
                           withCurrency(c, PagesTr::tr("Pipeline")),
                           withCurrency(c, PagesTr::tr("Investment")),
                           PagesTr::tr("ROI"),
                           PagesTr::tr("ICPs reached"),
                           PagesTr::tr("Dominant model")};
        figures.widths = {1.1, 1.4, 1.4, 1.6, 1.1, 1.0, 1.8};
        figures.alignRight = {true, true, true, true, true, true, false};
        figures.rows.push_back(
            {number(s.stats.count), money(c, s.stats.revenue), money(c, s.stats.pipeline),
             money(c, s.stats.investment),
             s.stats.roi ? number(*s.stats.roi * 100.0) + QLatin1Char('%') : PagesTr::tr("n/a"),
             number(s.stats.icpsReached),
             s.stats.dominantModel ? label(*s.stats.dominantModel) : PagesTr::tr("None")});
        flow.table(figures);

        const QSizeF size = chartSize(2.6);
        const double width = flow.content().width();
        const double height = width / 2.6;
        flow.subheading(PagesTr::tr("Quadrant mix (mean potential %1, mean readiness %2)")
                            .arg(number(s.stats.meanPotential), number(s.stats.meanReadiness)));
        flow.ensure(height);
        if (flow.painting())
            flow.picture(quadrantMixChart(s, size), size, width, height);
        flow.space(height + flow.mm(3));

        flow.subheading(PagesTr::tr("Partners in this segment"));
        Table t;
        t.headers = {PagesTr::tr("Partner"),   PagesTr::tr("Model"),
                     PagesTr::tr("Quadrant"),  PagesTr::tr("Potential"),
                     PagesTr::tr("Readiness"), withCurrency(c, PagesTr::tr("Revenue"))};
        t.widths = {3.0, 2.0, 1.3, 1.2, 1.3, 1.5};
        t.alignRight = {false, false, false, true, true, true};
        for (Id id : s.segment.partnerIds) {
            const auto it = std::find_if(c.partners.begin(), c.partners.end(),
                                         [id](const Partner *p) { return p->id == id; });
            if (it == c.partners.end())
                continue;
            const size_t i = size_t(it - c.partners.begin());
            const Partner &p = **it;
            const PartnerScore &score = c.scores[i];
            t.rows.push_back(
                {p.name, modelName(p.model), label(score.quadrant), number(score.potential),
                 number(score.readiness),
                 money(c, p.economics.sourcedRevenue + p.economics.influencedRevenue)});
        }
        flow.table(t);
    }
}

void economicsSection(PageFlow &flow, const ReportContent &c) {
    if (flow.cancelled())
        return;
    const ReportEconomics &e = c.economics;
    const ProgramMetrics &m = e.metrics;
    const auto share = [](const std::optional<double> &v) {
        return v ? number(*v * 100.0) + QLatin1Char('%') : PagesTr::tr("n/a");
    };
    flow.newPage();
    flow.heading(PagesTr::tr("Economics"));
    flow.paragraph(
        PagesTr::tr("Partnerships measured by commercial outcome, not partner count: from the "
                    "activity and deal logs as of %1.")
            .arg(QLocale().toString(m.asOf, QLocale::LongFormat)),
        9, flow.theme().muted);

    Table metrics;
    metrics.headers = {PagesTr::tr("Measure"), PagesTr::tr("Partner-influenced"),
                       PagesTr::tr("Direct")};
    metrics.widths = {3.2, 1.6, 1.6};
    metrics.alignRight = {false, true, true};
    metrics.rows.push_back(
        {PagesTr::tr("Win rate"), share(m.partnerDeals.winRate), share(m.directDeals.winRate)});
    metrics.rows.push_back(
        {withCurrency(c, PagesTr::tr("Average won deal")),
         m.partnerDeals.avgDealSize ? money(c, *m.partnerDeals.avgDealSize) : PagesTr::tr("n/a"),
         m.directDeals.avgDealSize ? money(c, *m.directDeals.avgDealSize) : PagesTr::tr("n/a")});
    metrics.rows.push_back({withCurrency(c, PagesTr::tr("Open pipeline")),
                            money(c, m.partnerDeals.pipeline), money(c, m.directDeals.pipeline)});
    flow.table(metrics);

    Table program;
    program.headers = {PagesTr::tr("Program health"), PagesTr::tr("Value")};
    program.widths = {4.0, 2.4};
    program.alignRight = {false, true};
    program.rows.push_back({PagesTr::tr("Active partner rate (a commercial activity this quarter)"),
                            PagesTr::tr("%1 (%2 of %3)")
                                .arg(share(m.activePartnerRate))
                                .arg(m.activePartners)
                                .arg(m.eligiblePartners)});
    program.rows.push_back(
        {PagesTr::tr("Median days to first commercial activity"),
         m.medianDaysToFirstActivity ? number(*m.medianDaysToFirstActivity) : PagesTr::tr("n/a")});
    program.rows.push_back(
        {PagesTr::tr("Partner retention (12 months)"), m.retention ? PagesTr::tr("%1 (%2 of %3)")
                                                                         .arg(share(m.retention))
                                                                         .arg(m.retained)
                                                                         .arg(m.retentionBase)
                                                                   : PagesTr::tr("n/a")});
    program.rows.push_back(
        {PagesTr::tr("Partner-influenced share of pipeline"), share(m.influencedPipelineShare)});
    program.rows.push_back({PagesTr::tr("Concentration of influenced revenue (HHI)"),
                            PagesTr::tr("%1, %2").arg(number(m.hhi), label(m.hhiBand))});
    if (m.hhiBand == HhiBand::High)
        program.highlightRows.push_back(int(program.rows.size()) - 1);
    if (!m.largestShareName.isEmpty())
        program.rows.push_back({PagesTr::tr("Largest share: %1").arg(m.largestShareName),
                                number(m.largestShare) + QLatin1Char('%')});
    flow.table(program);

    flow.subheading(PagesTr::tr("ROI by partner model"));
    const bool anyRoi = std::any_of(m.roiByModel.begin(), m.roiByModel.end(),
                                    [](const ModelRoi &r) { return bool(r.roi); });
    if (anyRoi) {
        const QSizeF size = chartSize(2.2);
        const double width = flow.content().width();
        const double height = width / 2.2;
        flow.ensure(height);
        if (flow.painting())
            flow.picture(roiByModelChart(c, size), size, width, height);
        flow.space(height + flow.mm(3));
    } else {
        flow.paragraph(
            PagesTr::tr("No partner model has recorded investment yet, so there is no ROI."));
    }

    // The OEM assessment and the royalty tables belong together on a page of their own.
    flow.newPage();
    flow.heading(PagesTr::tr("OEM deals"));
    flow.paragraph(
        PagesTr::tr("Fewer than three of the four conditions holding means the deal is likely a "
                    "distraction; exit risk rises from certified component to white-label, "
                    "full embedded and the strategic tier."),
        9, flow.theme().muted);
    if (e.oem.empty())
        flow.paragraph(PagesTr::tr("The portfolio has no OEM deal."));
    Table oem;
    oem.headers = {PagesTr::tr("Deal"), PagesTr::tr("Structure"), PagesTr::tr("Exit risk"),
                   PagesTr::tr("Conditions"), PagesTr::tr("Failure modes")};
    oem.widths = {2.4, 1.6, 1.1, 1.2, 3.2};
    oem.alignRight = {false, false, false, true, false};
    for (const OemAssessment &a : e.oem) {
        QStringList modes;
        for (OemFailureMode mode : a.failureModes)
            modes << label(mode);
        QString conditions = PagesTr::tr("%1 of 4").arg(a.conditionsMet);
        if (a.distraction)
            conditions += QLatin1Char('\n') + PagesTr::tr("distraction");
        QString risk = label(a.exitRisk);
        if (a.exclusivityTrap)
            risk += QLatin1Char('\n') + PagesTr::tr("exclusivity trap");
        if (a.distraction || a.exclusivityTrap || a.royalty.breaksAtScale)
            oem.highlightRows.push_back(int(oem.rows.size()));
        oem.rows.push_back({a.dealName + QLatin1Char('\n') + a.partnerName, label(a.structure),
                            risk, conditions,
                            modes.isEmpty() ? PagesTr::tr("None") : modes.join(QLatin1Char('\n'))});
    }
    if (!oem.rows.empty())
        flow.table(oem);

    flow.subheading(PagesTr::tr("Royalty margin per deal and year"));
    Table royalty;
    royalty.headers = {PagesTr::tr("Deal"),
                       PagesTr::tr("Year"),
                       PagesTr::tr("Units"),
                       withCurrency(c, PagesTr::tr("Revenue")),
                       withCurrency(c, PagesTr::tr("Cost")),
                       withCurrency(c, PagesTr::tr("Margin")),
                       PagesTr::tr("Margin per unit")};
    royalty.widths = {3.2, 0.7, 1.1, 1.5, 1.4, 1.5, 1.2};
    royalty.alignRight = {false, true, true, true, true, true, true};
    for (const OemAssessment &a : e.oem) {
        if (!a.termsValid) {
            royalty.highlightRows.push_back(int(royalty.rows.size()));
            royalty.rows.push_back({a.dealName, QString(), QString(), QString(), QString(),
                                    QString(), PagesTr::tr("invalid terms")});
            continue;
        }
        for (const RoyaltyYear &y : a.royalty.years) {
            // The scale year of terms that break at scale is the row to look at.
            if (a.royalty.breaksAtScale && y.year == a.royalty.scaleYear)
                royalty.highlightRows.push_back(int(royalty.rows.size()));
            royalty.rows.push_back({y.year == 1 ? a.dealName : QString(), number(y.year),
                                    number(y.units), money(c, y.revenue), money(c, y.cost),
                                    money(c, y.margin), number(y.marginPerUnit, 2)});
        }
    }
    if (!royalty.rows.empty())
        flow.table(royalty);
    QStringList breaking;
    for (const OemAssessment &a : e.oem)
        if (a.royalty.breaksAtScale)
            breaking << PagesTr::tr("%1 breaks at scale: in year %2 each unit keeps %3.")
                            .arg(a.dealName)
                            .arg(a.royalty.scaleYear)
                            .arg(number(
                                a.royalty.years[size_t(a.royalty.scaleYear - 1)].marginPerUnit, 2));
    if (!breaking.isEmpty())
        flow.bullets(breaking, flow.theme().gap);
    // The deals whose terms break at scale, year by year: where the cost overtakes revenue.
    for (const OemAssessment &a : e.oem) {
        if (!a.royalty.breaksAtScale || flow.cancelled())
            continue;
        const QSizeF size = chartSize(3.0);
        const double width = flow.content().width();
        const double height = width / 3.0;
        flow.ensure(height + flow.mm(10));
        flow.subheading(PagesTr::tr("%1: revenue, cost and margin per year").arg(a.dealName));
        if (flow.painting())
            flow.picture(royaltyChart(a, c.info.currency, size), size, width, height);
        flow.space(height + flow.mm(3));
    }

    if (!e.attention.empty()) {
        // Every critical item, then warnings up to a page's worth: the full list is in the
        // XLSX, CSV and HTML reports.
        constexpr int shownAtMost = 10;
        flow.subheading(PagesTr::tr("Needs attention"));
        QStringList items;
        for (const AttentionItem &item : e.attention) {
            if (items.size() >= shownAtMost && item.severity != AttentionItem::Severity::Critical)
                break;
            items
                << (item.partnerName.isEmpty()
                        ? PagesTr::tr("%1: %2").arg(item.what, item.reason)
                        : PagesTr::tr("%1 (%2): %3").arg(item.what, item.partnerName, item.reason));
        }
        flow.bullets(items, flow.theme().gap);
        const qsizetype more = qsizetype(e.attention.size()) - items.size();
        if (more > 0)
            flow.paragraph(
                PagesTr::tr("Items not shown here: %1; the XLSX, CSV and HTML reports list "
                            "every one.")
                    .arg(more),
                9, flow.theme().muted);
    }
}

namespace {

/// One row of a partner impact table: name, deals, won/lost, win rate, vs direct, cycle,
/// attributed won revenue; rates withheld below the minimum.
QStringList impactRow(const QString &name, const ImpactMeasures &m, const ImpactRow *row) {
    const QString notEnough = PagesTr::tr("not enough deals");
    const auto points = [](double v) {
        return (v >= 0 ? QStringLiteral("+") : QString()) + number(v * 100.0);
    };
    QString difference;
    if (row && row->winRateDifference && row->differenceInterval)
        difference = PagesTr::tr("%1 (%2 to %3)")
                         .arg(points(*row->winRateDifference), points(row->differenceInterval->low),
                              points(row->differenceInterval->high));
    return {name,
            number(m.deals),
            PagesTr::tr("%1 / %2").arg(m.won).arg(m.lost),
            !m.enough   ? notEnough
            : m.winRate ? number(*m.winRate * 100.0) + QLatin1Char('%')
                        : PagesTr::tr("n/a"),
            difference,
            !m.enough     ? notEnough
            : m.cycleDays ? number(*m.cycleDays)
                          : PagesTr::tr("n/a"),
            row ? number(m.attributedWonRevenue) : QString()};
}

Table impactTable(const ReportContent &c) {
    Table t;
    t.headers = {PagesTr::tr("Deals of"),
                 PagesTr::tr("Deals"),
                 PagesTr::tr("Won / lost"),
                 PagesTr::tr("Win rate"),
                 PagesTr::tr("vs direct, points (90%)"),
                 PagesTr::tr("Cycle, days"),
                 withCurrency(c, PagesTr::tr("Attributed won"))};
    t.widths = {2.6, 0.8, 1.0, 1.1, 1.7, 1.0, 1.5};
    t.alignRight = {false, true, true, true, true, true, true};
    return t;
}

} // namespace

/// Partner impact (issue 13): the program's deals with and without partners, by model, and the
/// partners with the most deals; the full tables are in the XLSX, CSV and HTML reports.
void impactSection(PageFlow &flow, const ReportContent &c) {
    const PartnerImpact &impact = c.economics.impact;
    if (flow.cancelled() || impact.partnerInvolved.deals + impact.direct.deals == 0)
        return;
    flow.subheading(PagesTr::tr("Partner impact"));
    flow.paragraph(report::detail::impactSummary(impact), 10);
    flow.paragraph(PagesTr::tr("From the deal log: a won deal's amount is split equally among "
                               "its partners; rates need %1 closed deals.")
                       .arg(impact.minClosedDeals),
                   9, flow.theme().muted);
    Table program = impactTable(c);
    ImpactRow involved;
    involved.with = impact.partnerInvolved;
    involved.winRateDifference = impact.winRateDifference;
    involved.differenceInterval = impact.differenceInterval;
    program.rows.push_back(
        impactRow(PagesTr::tr("Deals with partners"), impact.partnerInvolved, &involved));
    program.rows.push_back(impactRow(PagesTr::tr("Direct deals"), impact.direct, nullptr));
    for (const ImpactRow &r : impact.models)
        if (r.with.deals > 0)
            program.rows.push_back(impactRow(r.name, r.with, &r));
    flow.table(program);

    // The partners with the most deals; the others are in the XLSX, CSV and HTML reports.
    constexpr size_t shownAtMost = 15;
    std::vector<const ImpactRow *> partners;
    for (const ImpactRow &r : impact.partners)
        if (r.with.deals > 0)
            partners.push_back(&r);
    std::stable_sort(partners.begin(), partners.end(), [](const ImpactRow *a, const ImpactRow *b) {
        return a->with.deals > b->with.deals;
    });
    if (partners.empty())
        return;
    Table top = impactTable(c);
    top.headers[0] = PagesTr::tr("Partner");
    for (size_t i = 0; i < partners.size() && i < shownAtMost; ++i)
        top.rows.push_back(impactRow(partners[i]->name, partners[i]->with, partners[i]));
    flow.table(top);
    if (partners.size() > shownAtMost)
        flow.paragraph(PagesTr::tr("Partners with fewer deals not shown here: %1; the XLSX, CSV "
                                   "and HTML reports list every one.")
                           .arg(partners.size() - shownAtMost),
                       9, flow.theme().muted);
}

void appendixSection(PageFlow &flow, const ReportContent &c) {
    if (flow.cancelled())
        return;
    flow.newPage();
    flow.heading(PagesTr::tr("Appendix: score explanations"));
    flow.paragraph(
        PagesTr::tr("Points each criterion adds to a partner's potential and readiness under "
                    "scenario %1; the points of an axis add up to its score.")
            .arg(c.scenario.name),
        9, flow.theme().muted);
    Table t;
    t.headers = {PagesTr::tr("Partner"), PagesTr::tr("Quadrant"), PagesTr::tr("Potential"),
                 PagesTr::tr("Readiness")};
    t.widths = {2.3, 1.1, 2.5, 2.5};
    for (size_t i = 0; i < c.partners.size() && i < c.scores.size(); ++i) {
        const Partner &p = *c.partners[i];
        const PartnerScore &s = c.scores[i];
        QString quadrant = label(s.quadrant);
        if (s.overridden)
            quadrant = PagesTr::tr("%1 (override)").arg(quadrant);
        // Where commitment comes from: the deals and activities, or the manual rating.
        const QString source = i < c.scoredFromEvidence.size() && c.scoredFromEvidence[i]
                                   ? PagesTr::tr("\nfrom deals and activities")
                                   : PagesTr::tr("\nfrom manual ratings");
        t.rows.push_back({p.name + QLatin1Char('\n') + modelName(p.model), quadrant + source,
                          PagesTr::tr("%1 in all\n").arg(number(s.potential, 1)) +
                              explanation(s, Axis::Potential),
                          PagesTr::tr("%1 in all\n").arg(number(s.readiness, 1)) +
                              explanation(s, Axis::Readiness)});
    }
    flow.table(t);
}

} // namespace ps::report
