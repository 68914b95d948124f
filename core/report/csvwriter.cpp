// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"
#include "core/report/reportwriters.h"

#include <QRegularExpression>

namespace ps::report {
namespace {

using detail::ReportTr;

/// RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
QString csvField(const QString &text) {
    // A plain number ("-20000", "-0.13", "-10%") is no formula: it stays a number.
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?%?$"));
    const QString cell = plainNumber.match(text).hasMatch() ? text : safeCell(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return cell;
}

QString csvRow(const QStringList &cells) {
    QStringList fields;
    for (const QString &cell : cells)
        fields << csvField(cell);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

/// A titled table after an empty row: spreadsheets show the economics below the partners.
QString block(const QString &title, const QStringList &header,
              const std::vector<QStringList> &rows) {
    QString text = QLatin1String("\r\n") + csvRow({title}) + csvRow(header);
    for (const QStringList &row : rows)
        text += csvRow(row);
    return text;
}

QString economicsRows(const ReportContent &c) {
    using namespace detail;
    const ReportEconomics &e = c.economics;
    QString text =
        block(ReportTr::tr("Economics: program metrics"), programHeader(), programRows(c));
    text += block(ReportTr::tr("Economics: ROI by partner model"), roiHeader(c.info.currency),
                  roiRows(e));
    std::vector<QStringList> oem;
    for (const OemAssessment &a : e.oem)
        oem.push_back(oemCells(a));
    text += block(ReportTr::tr("Economics: OEM deals"), oemHeader(), oem);
    text += block(ReportTr::tr("Economics: royalty per year"), royaltyHeader(c.info.currency),
                  royaltyRows(e));
    std::vector<QStringList> attention;
    for (const AttentionItem &item : e.attention)
        attention.push_back(attentionCells(item));
    text += block(ReportTr::tr("Economics: needs attention"), attentionHeader(), attention);
    const PartnerImpact &impact = e.impact;
    const QStringList header = impactHeader(c.info.currency);
    text += block(ReportTr::tr("Partner impact: program (rates need %1 closed deals)")
                      .arg(impact.minClosedDeals),
                  header, impactProgramRows(impact));
    text += block(ReportTr::tr("Partner impact: by partner"), header,
                  impactRows(impact.partners, impact.minClosedDeals));
    text += block(ReportTr::tr("Partner impact: by partner model"), header,
                  impactRows(impact.models, impact.minClosedDeals));
    text += block(ReportTr::tr("Partner impact: by tier"), header,
                  impactRows(impact.tiers, impact.minClosedDeals));
    text += block(ReportTr::tr("Partner impact: by ICP"), header,
                  impactRows(impact.icps, impact.minClosedDeals));
    return text;
}

QString planRows(const ReportContent &c) {
    using namespace detail;
    const ReportPlan &p = c.plan;
    QString text = block(ReportTr::tr("Plan: summary"), planSummaryHeader(),
                         planSummaryRows(p, c.info.currency));
    if (!p.ok())
        return text;
    std::vector<QStringList> partners;
    for (const ReportPlanRow &row : p.partners)
        partners.push_back(planPartnerCells(row));
    text += block(ReportTr::tr("Plan: allocation by partner"), planPartnerHeader(c.info.currency),
                  partners);
    std::vector<QStringList> models, kinds;
    for (const plan::PlanTotal &t : p.models)
        models.push_back(planTotalCells(t));
    for (const plan::PlanTotal &t : p.kinds)
        kinds.push_back(planTotalCells(t));
    text += block(ReportTr::tr("Plan: by partner model"),
                  planTotalHeader(ReportTr::tr("Model"), c.info.currency), models);
    text += block(ReportTr::tr("Plan: by program kind"),
                  planTotalHeader(ReportTr::tr("Program kind"), c.info.currency), kinds);
    return text;
}

} // namespace

QByteArray csvText(const ReportContent &content) {
    // The BOM makes Excel read the file as UTF-8 instead of the system code page.
    QString text = QString(QChar(0xFEFF)) + csvRow(detail::partnerHeader());
    for (size_t row = 0; row < content.partners.size(); ++row)
        text += csvRow(detail::partnerCells(content, row));
    text += economicsRows(content);
    text += planRows(content);
    return text.toUtf8();
}

bool writeCsv(const ReportContent &content, const QString &path, QString *error) {
    return detail::writeFileAtomically(path, csvText(content), error);
}

} // namespace ps::report
