// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"
#include "core/report/svgcharts_p.h"

#include <QHash>

#include <algorithm>

namespace ps::report {
namespace {

using detail::fixed;
using detail::ReportTr;

// Inline styles only: the file must open the same way offline, attached to a mail.
const char *const Style =
    "body{font-family:sans-serif;margin:2em;color:#222;max-width:60em}"
    "table{border-collapse:collapse;margin:0.5em 0 1.5em}"
    "th,td{border:1px solid #ccc;padding:0.2em 0.5em;text-align:left}"
    "td.n{text-align:right}th{background:#f0f0f0}tr.gap td{background:#fde2e2}"
    "h1{margin-bottom:0.2em}.meta{color:#666}.note{color:#555;font-size:0.9em}";

QString cell(const QString &text, bool number = false) {
    return (number ? QStringLiteral("<td class=\"n\">") : QStringLiteral("<td>")) +
           escapeHtml(text) + QStringLiteral("</td>");
}

QString headerRow(const QStringList &titles) {
    QString row = QStringLiteral("<tr>");
    for (const QString &t : titles)
        row += QStringLiteral("<th>") + escapeHtml(t) + QStringLiteral("</th>");
    return row + QStringLiteral("</tr>\n");
}

QString list(const QStringList &items) {
    QString out = QStringLiteral("<ul>\n");
    for (const QString &item : items)
        out += QStringLiteral("<li>") + escapeHtml(item) + QStringLiteral("</li>\n");
    return out + QStringLiteral("</ul>\n");
}

QString h(int level, const QString &text) {
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escapeHtml(text));
}

QString cover(const ReportContent &c) {
    QString out = h(1, ReportTr::tr("Partner segmentation report"));
    out += QStringLiteral("<p class=\"meta\">") +
           escapeHtml(c.info.organization.isEmpty()
                          ? c.info.name
                          : ReportTr::tr("%1 — %2").arg(c.info.name, c.info.organization)) +
           QStringLiteral("<br>") + escapeHtml(ReportTr::tr("Scenario: %1").arg(c.scenario.name)) +
           QStringLiteral("<br>") +
           escapeHtml(ReportTr::tr("Segmented by: %1").arg(label(c.segmentBy))) +
           QStringLiteral("<br>") +
           escapeHtml(ReportTr::tr("Generated: %1").arg(c.generatedAt.toString(Qt::ISODate))) +
           QStringLiteral("</p>\n");
    return out;
}

QString summary(const ReportContent &c) {
    return h(2, ReportTr::tr("Executive summary")) + h(3, ReportTr::tr("Invest")) +
           list(c.investIn) + h(3, ReportTr::tr("Coverage gaps")) + list(c.gaps) +
           h(3, ReportTr::tr("Flags")) + list(c.flags);
}

QString coverageTable(const ReportContent &c) {
    QString out =
        h(2, ReportTr::tr("ICP coverage")) + QStringLiteral("<table>\n") +
        headerRow({ReportTr::tr("ICP"), ReportTr::tr("Influence"), ReportTr::tr("Strong partners"),
                   ReportTr::tr("Linked partners"), ReportTr::tr("Gap")});
    for (size_t i = 0; i < c.coverage.size(); ++i) {
        const IcpCoverage &cov = c.coverage[i];
        out += (cov.gap ? QStringLiteral("<tr class=\"gap\">") : QStringLiteral("<tr>")) +
               cell(detail::icpName(c, i)) + cell(fixed(cov.influence, 1), true) +
               cell(QString::number(cov.strongPartners), true) +
               cell(QString::number(cov.linkedPartners), true) +
               cell(cov.gap ? ReportTr::tr("gap") : QString()) + QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString segmentSection(const ReportContent &c, const ReportSegment &rs,
                       const QHash<Id, size_t> &row) {
    const SegmentStats &s = rs.stats;
    QString out = h(3, rs.segment.name);
    out += QStringLiteral("<p>") + escapeHtml(rs.motion) + QStringLiteral("</p>\n");
    out +=
        QStringLiteral("<table>\n") +
        headerRow({ReportTr::tr("Partners"), ReportTr::tr("Revenue"), ReportTr::tr("Pipeline"),
                   ReportTr::tr("Investment"), ReportTr::tr("ROI"), ReportTr::tr("Mean potential"),
                   ReportTr::tr("Mean readiness"), ReportTr::tr("ICPs reached")});
    out += QStringLiteral("<tr>") + cell(QString::number(s.count), true) +
           cell(fixed(s.revenue, 0), true) + cell(fixed(s.pipeline, 0), true) +
           cell(fixed(s.investment, 0), true) +
           cell(s.roi ? fixed(*s.roi * 100.0, 0) + QLatin1Char('%') : ReportTr::tr("n/a"), true) +
           cell(fixed(s.meanPotential, 1), true) + cell(fixed(s.meanReadiness, 1), true) +
           cell(QString::number(s.icpsReached), true) + QStringLiteral("</tr>\n</table>\n");

    QStringList quadrants;
    std::vector<double> mix;
    for (Quadrant q : allValues(static_cast<Quadrant *>(nullptr))) {
        quadrants << label(q);
        mix.push_back(s.quadrantMix[size_t(q)]);
    }
    out += detail::barSvg(quadrants, mix);

    out += QStringLiteral("<table>\n") +
           headerRow({ReportTr::tr("Partner"), ReportTr::tr("Model"), ReportTr::tr("Potential"),
                      ReportTr::tr("Readiness"), ReportTr::tr("Quadrant")});
    for (Id id : rs.segment.partnerIds) {
        const auto it = row.constFind(id);
        if (it == row.constEnd())
            continue;
        const Partner &p = *c.partners[*it];
        const PartnerScore &sc = c.scores[*it];
        out += QStringLiteral("<tr>") + cell(p.name) + cell(detail::modelText(p.model)) +
               cell(fixed(sc.potential, 1), true) + cell(fixed(sc.readiness, 1), true) +
               cell(label(sc.quadrant)) + QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString table(const QStringList &header, const std::vector<QStringList> &rows,
              const std::vector<int> &numeric, const std::vector<size_t> &highlight = {}) {
    QString out = QStringLiteral("<table>\n") + headerRow(header);
    for (size_t r = 0; r < rows.size(); ++r) {
        const bool marked = std::find(highlight.begin(), highlight.end(), r) != highlight.end();
        out += marked ? QStringLiteral("<tr class=\"gap\">") : QStringLiteral("<tr>");
        for (int col = 0; col < rows[r].size(); ++col)
            out +=
                cell(rows[r][col], std::find(numeric.begin(), numeric.end(), col) != numeric.end());
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString impactSection(const ReportContent &c) {
    using namespace detail;
    const PartnerImpact &impact = c.economics.impact;
    const QStringList header = impactHeader(c.info.currency);
    const std::vector<int> numeric = {1, 2, 3, 4, 6, 7, 8, 9, 10, 11};
    QString out = h(2, ReportTr::tr("Partner impact"));
    out += QStringLiteral("<p>") + escapeHtml(impactSummary(impact)) + QStringLiteral("</p>\n");
    out += QStringLiteral("<p class=\"note\">") +
           escapeHtml(ReportTr::tr("From the deal log: a won deal's amount is split equally among "
                                   "its partners; rates need %1 closed deals, below that a "
                                   "figure says \"not enough deals\".")
                          .arg(impact.minClosedDeals)) +
           QStringLiteral("</p>\n");
    out += table(header, impactProgramRows(impact), numeric);
    out += h(3, ReportTr::tr("By partner model")) +
           table(header, impactRows(impact.models, impact.minClosedDeals), numeric);
    out += h(3, ReportTr::tr("By tier")) +
           table(header, impactRows(impact.tiers, impact.minClosedDeals), numeric);
    out += h(3, ReportTr::tr("By ICP")) +
           table(header, impactRows(impact.icps, impact.minClosedDeals), numeric);
    out += h(3, ReportTr::tr("By partner")) +
           table(header, impactRows(impact.partners, impact.minClosedDeals), numeric);
    return out;
}

QString economicsSection(const ReportContent &c) {
    using namespace detail;
    const ReportEconomics &e = c.economics;
    QString out = h(2, ReportTr::tr("Economics"));
    out += h(3, ReportTr::tr("Program metrics")) + table(programHeader(), programRows(c), {1});

    out += h(3, ReportTr::tr("ROI by partner model"));
    QStringList models;
    std::vector<double> roi;
    for (const ModelRoi &r : e.metrics.roiByModel)
        if (r.roi) {
            models << label(r.model);
            roi.push_back(*r.roi * 100.0);
        }
    if (!roi.empty())
        out += signedBarSvg(models, roi);
    out += table(roiHeader(c.info.currency), roiRows(e), {1, 2, 3, 4});

    out += h(3, ReportTr::tr("OEM deals"));
    std::vector<QStringList> oem;
    std::vector<size_t> flagged;
    for (const OemAssessment &a : e.oem) {
        if (a.distraction || a.exclusivityTrap || a.royalty.breaksAtScale)
            flagged.push_back(oem.size());
        oem.push_back(oemCells(a));
    }
    out += table(oemHeader(), oem, {}, flagged);
    out += h(3, ReportTr::tr("Royalty per year")) +
           table(royaltyHeader(c.info.currency), royaltyRows(e), {1, 2, 3, 4, 5, 6, 7});

    if (!e.attention.empty()) {
        std::vector<QStringList> rows;
        for (const AttentionItem &item : e.attention)
            rows.push_back(attentionCells(item));
        out += h(3, ReportTr::tr("Needs attention")) + table(attentionHeader(), rows, {});
    }
    return out + impactSection(c);
}

QString overlapSection(const ReportContent &c) {
    using namespace detail;
    if (c.overlap.isEmpty())
        return QString();
    QString out = h(2, ReportTr::tr("Account overlap"));
    out += QStringLiteral("<p>") +
           escapeHtml(ReportTr::tr("Our %1 accounts against each partner's latest list, matched "
                                   "on the registrable domain, then on the company name.")
                          .arg(c.overlap.oursTotal)) +
           QStringLiteral("</p>\n");
    std::vector<QStringList> rows;
    for (const ReportOverlapRow &row : c.overlap.partners)
        rows.push_back(overlapCells(row));
    out += table(overlapHeader(c.info.currency), rows, {2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    return out;
}

QString planSection(const ReportContent &c) {
    using namespace detail;
    const ReportPlan &p = c.plan;
    QString out = h(2, ReportTr::tr("Investment plan"));
    if (!p.ok())
        return out + QStringLiteral("<p>") + escapeHtml(p.error) + QStringLiteral("</p>\n");
    out += QStringLiteral("<p>") +
           escapeHtml(ReportTr::tr("A budget of %1 %2 is expected to return %3 %2 a year (today's "
                                   "spend of %4 %2: %5 %2).")
                          .arg(fixed(p.budget, 0), c.info.currency, fixed(p.expectedTotal, 0),
                               fixed(p.todayAllocated, 0), fixed(p.todayExpected, 0))) +
           QStringLiteral("</p>\n");
    out += table(planSummaryHeader(), planSummaryRows(p, c.info.currency), {1});
    QStringList models;
    std::vector<double> amounts;
    for (const plan::PlanTotal &t : p.models) {
        models << t.name;
        amounts.push_back(t.plan);
    }
    out += h(3, ReportTr::tr("By partner model")) + barSvg(models, amounts);
    std::vector<QStringList> rows;
    for (const plan::PlanTotal &t : p.models)
        rows.push_back(planTotalCells(t));
    out += table(planTotalHeader(ReportTr::tr("Model"), c.info.currency), rows, {1, 2});
    rows.clear();
    for (const plan::PlanTotal &t : p.kinds)
        rows.push_back(planTotalCells(t));
    out += h(3, ReportTr::tr("By program kind")) +
           table(planTotalHeader(ReportTr::tr("Program kind"), c.info.currency), rows, {1, 2});
    rows.clear();
    for (const ReportPlanRow &row : p.partners)
        rows.push_back(planPartnerCells(row));
    out += h(3, ReportTr::tr("By partner")) +
           table(planPartnerHeader(c.info.currency), rows, {2, 3, 4, 5, 7});
    if (!p.notes.isEmpty())
        out += list(p.notes);
    return out;
}

QString appendix(const ReportContent &c) {
    QStringList titles = {ReportTr::tr("Partner")};
    for (Criterion k : allValues(static_cast<Criterion *>(nullptr)))
        titles << label(k);
    titles << ReportTr::tr("Commitment and commercial contribution from");
    QString out = h(2, ReportTr::tr("Appendix: criterion points")) + QStringLiteral("<table>\n") +
                  headerRow(titles);
    for (size_t i = 0; i < c.partners.size(); ++i) {
        out += QStringLiteral("<tr>") + cell(c.partners[i]->name);
        for (int k = 0; k < CriterionCount; ++k)
            out += cell(c.scores[i].missing[size_t(k)] ? ReportTr::tr("missing")
                                                       : fixed(c.scores[i].points[size_t(k)], 1),
                        true);
        out += cell(c.evidenceNotes.size() > i ? c.evidenceNotes[i] : QString());
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QByteArray htmlText(const ReportContent &c) {
    QHash<Id, size_t> row;
    for (size_t i = 0; i < c.partners.size(); ++i)
        row.insert(c.partners[i]->id, i);

    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    out += QStringLiteral("<title>") +
           escapeHtml(ReportTr::tr("Partner segmentation report — %1").arg(c.info.name)) +
           QStringLiteral("</title>\n<style>") + QLatin1String(Style) +
           QStringLiteral("</style>\n</head>\n<body>\n");
    out += cover(c) + summary(c) + coverageTable(c);
    out += h(2, ReportTr::tr("Prioritization matrix"));
    out += QStringLiteral("<p class=\"note\">") +
           escapeHtml(ReportTr::tr("Bubble area shows revenue (sourced and influenced). Named: "
                                   "the largest partners, the borderline ones (their quadrant "
                                   "changes when the weights move slightly) and the invest "
                                   "quadrant, where a name fits; pointing at a bubble shows "
                                   "its partner.")) +
           QStringLiteral("</p>\n") + detail::matrixSvg(c);
    out += h(2, ReportTr::tr("Segments"));
    for (const ReportSegment &rs : c.segments)
        out += segmentSection(c, rs, row);
    out += economicsSection(c);
    out += planSection(c);
    out += overlapSection(c);
    out += appendix(c) + QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

bool writeHtml(const ReportContent &content, const QString &path, QString *error) {
    return detail::writeFileAtomically(path, htmlText(content), error);
}

} // namespace ps::report
