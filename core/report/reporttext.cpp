// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext_p.h"

#include "core/report/reportwriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cmath>

namespace ps::report {

QString safeCell(const QString &text) {
    // Spreadsheets run cells that start with these as formulas (CSV injection); a leading
    // apostrophe makes them plain text and is hidden by the spreadsheet.
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            return QLatin1Char('\'') + text;
    }
    return text;
}

QString escapeHtml(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

namespace detail {

QString fixed(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.0"
    return QString::number(rounded, 'f', decimals);
}

QString modelText(const std::optional<PartnerModel> &model) {
    return model ? label(*model) : ReportTr::tr("Needs a model");
}

double revenueOf(const Partner &partner) {
    return partner.economics.sourcedRevenue + partner.economics.influencedRevenue;
}

QString icpName(const ReportContent &content, size_t row) {
    return row < content.icps.size() && content.icps[row] ? content.icps[row]->name : QString();
}

QStringList partnerHeader() {
    return {ReportTr::tr("Partner"),    ReportTr::tr("Model"),     ReportTr::tr("Status"),
            ReportTr::tr("Tier"),       ReportTr::tr("Potential"), ReportTr::tr("Readiness"),
            ReportTr::tr("Quadrant"),   ReportTr::tr("Stability"), ReportTr::tr("Segments"),
            ReportTr::tr("Revenue"),    ReportTr::tr("Pipeline"),  ReportTr::tr("Investment"),
            ReportTr::tr("Scored from")};
}

QStringList partnerCells(const ReportContent &content, size_t row) {
    const Partner &p = *content.partners[row];
    const PartnerScore &s = content.scores[row];
    return {p.name,
            modelText(p.model),
            label(p.status),
            label(p.tier),
            fixed(s.potential, 1),
            fixed(s.readiness, 1),
            label(s.quadrant),
            fixed(content.stability[row], 2),
            content.segmentNames[row].join(QStringLiteral("; ")),
            fixed(revenueOf(p), 0),
            fixed(p.economics.pipeline, 0),
            fixed(p.economics.investment.total(), 0),
            row < content.scoredFromEvidence.size() && content.scoredFromEvidence[row]
                ? ReportTr::tr("deals and activities")
                : ReportTr::tr("manual ratings")};
}

QString percentText(const std::optional<double> &share) {
    return share ? fixed(*share * 100.0, 0) + QLatin1Char('%') : ReportTr::tr("n/a");
}

QStringList oemHeader() {
    return {ReportTr::tr("OEM deal"),         ReportTr::tr("Partner"),
            ReportTr::tr("Structure"),        ReportTr::tr("Exit risk"),
            ReportTr::tr("Conditions met"),   ReportTr::tr("Likely a distraction"),
            ReportTr::tr("Exclusivity trap"), ReportTr::tr("Breaks at scale"),
            ReportTr::tr("Failure modes")};
}

QStringList oemCells(const OemAssessment &a) {
    const auto yesNo = [](bool b) { return b ? ReportTr::tr("yes") : ReportTr::tr("no"); };
    QStringList modes;
    for (OemFailureMode mode : a.failureModes)
        modes << label(mode);
    return {a.dealName,
            a.partnerName,
            label(a.structure),
            label(a.exitRisk),
            ReportTr::tr("%1 of 4").arg(a.conditionsMet),
            yesNo(a.distraction),
            yesNo(a.exclusivityTrap),
            a.termsValid ? (a.royalty.years.empty() ? ReportTr::tr("no volumes")
                                                    : yesNo(a.royalty.breaksAtScale))
                         : ReportTr::tr("invalid terms"),
            modes.join(QStringLiteral("; "))};
}

QStringList royaltyHeader(const QString &currency) {
    const auto money = [&](const QString &title) {
        return currency.isEmpty() ? title : ReportTr::tr("%1 (%2)").arg(title, currency);
    };
    return {ReportTr::tr("OEM deal"),       ReportTr::tr("Year"),
            ReportTr::tr("Units"),          money(ReportTr::tr("Royalty")),
            money(ReportTr::tr("Revenue")), money(ReportTr::tr("Cost")),
            money(ReportTr::tr("Margin")),  ReportTr::tr("Margin per unit")};
}

std::vector<QStringList> royaltyRows(const ReportEconomics &e) {
    std::vector<QStringList> rows;
    for (const OemAssessment &a : e.oem)
        for (const RoyaltyYear &y : a.royalty.years)
            rows.push_back({a.dealName, QString::number(y.year), fixed(y.units, 0),
                            fixed(y.royalty, 0), fixed(y.revenue, 0), fixed(y.cost, 0),
                            fixed(y.margin, 0), fixed(y.marginPerUnit, 2)});
    return rows;
}

QStringList programHeader() {
    return {ReportTr::tr("Measure"), ReportTr::tr("Value")};
}

std::vector<QStringList> programRows(const ReportContent &c) {
    const ProgramMetrics &m = c.economics.metrics;
    const auto money = [](const std::optional<double> &v) {
        return v ? fixed(*v, 0) : ReportTr::tr("n/a");
    };
    std::vector<QStringList> rows = {
        {ReportTr::tr("As of"), m.asOf.toString(Qt::ISODate)},
        {ReportTr::tr("Active partner rate (a commercial activity this quarter)"),
         ReportTr::tr("%1 (%2 of %3)")
             .arg(percentText(m.activePartnerRate))
             .arg(m.activePartners)
             .arg(m.eligiblePartners)},
        {ReportTr::tr("Median days to first commercial activity"),
         m.medianDaysToFirstActivity ? fixed(*m.medianDaysToFirstActivity, 0)
                                     : ReportTr::tr("n/a")},
        {ReportTr::tr("Partner retention (12 months)"), m.retention
                                                            ? ReportTr::tr("%1 (%2 of %3)")
                                                                  .arg(percentText(m.retention))
                                                                  .arg(m.retained)
                                                                  .arg(m.retentionBase)
                                                            : ReportTr::tr("n/a")},
        {ReportTr::tr("Partner-influenced share of pipeline"),
         percentText(m.influencedPipelineShare)},
        {ReportTr::tr("Win rate, partner-influenced"), percentText(m.partnerDeals.winRate)},
        {ReportTr::tr("Win rate, direct"), percentText(m.directDeals.winRate)},
        {ReportTr::tr("Average won deal, partner-influenced"), money(m.partnerDeals.avgDealSize)},
        {ReportTr::tr("Average won deal, direct"), money(m.directDeals.avgDealSize)},
        {ReportTr::tr("Concentration of influenced revenue (HHI)"),
         ReportTr::tr("%1 (%2)").arg(fixed(m.hhi, 0), label(m.hhiBand))},
    };
    if (!m.largestShareName.isEmpty())
        rows.push_back(
            {ReportTr::tr("Largest partner's share of influenced revenue"),
             ReportTr::tr("%1% (%2)").arg(fixed(m.largestShare, 0), m.largestShareName)});
    return rows;
}

QStringList roiHeader(const QString &currency) {
    const auto money = [&](const QString &title) {
        return currency.isEmpty() ? title : ReportTr::tr("%1 (%2)").arg(title, currency);
    };
    return {ReportTr::tr("Model"), ReportTr::tr("Partners"),
            money(ReportTr::tr("Influenced revenue")), money(ReportTr::tr("Investment")),
            ReportTr::tr("ROI")};
}

std::vector<QStringList> roiRows(const ReportEconomics &e) {
    std::vector<QStringList> rows;
    for (const ModelRoi &r : e.metrics.roiByModel)
        rows.push_back({label(r.model), QString::number(r.partners), fixed(r.influencedRevenue, 0),
                        fixed(r.investment, 0), percentText(r.roi)});
    return rows;
}

QString severityText(AttentionItem::Severity severity) {
    switch (severity) {
    case AttentionItem::Severity::Critical:
        return ReportTr::tr("Critical");
    case AttentionItem::Severity::Warning:
        return ReportTr::tr("Warning");
    case AttentionItem::Severity::Info:
        return ReportTr::tr("Info");
    }
    return {};
}

QStringList attentionHeader() {
    return {ReportTr::tr("Severity"), ReportTr::tr("Partner"), ReportTr::tr("Needs attention"),
            ReportTr::tr("Reason")};
}

QStringList attentionCells(const AttentionItem &item) {
    return {severityText(item.severity),
            item.partnerId == 0 && item.partnerName.isEmpty() ? ReportTr::tr("Program")
                                                              : item.partnerName,
            item.what, item.reason};
}

QStringList impactHeader(const QString &currency) {
    const auto money = [&](const QString &title) {
        return currency.isEmpty() ? title : ReportTr::tr("%1 (%2)").arg(title, currency);
    };
    return {ReportTr::tr("Deals of"),
            ReportTr::tr("Deals"),
            ReportTr::tr("Won"),
            ReportTr::tr("Lost"),
            ReportTr::tr("Win rate"),
            ReportTr::tr("Win rate vs direct (90% interval)"),
            money(ReportTr::tr("Average won deal")),
            ReportTr::tr("Sales cycle (days)"),
            money(ReportTr::tr("Open pipeline")),
            ReportTr::tr("Sourced"),
            ReportTr::tr("Influenced"),
            money(ReportTr::tr("Attributed won revenue"))};
}

namespace {
QString pointsText(double difference) {
    return (difference >= 0 ? QStringLiteral("+") : QString()) + fixed(difference * 100.0, 0);
}
} // namespace

QStringList impactCells(const QString &name, const ImpactMeasures &m, const ImpactRow *row,
                        int minClosedDeals) {
    Q_UNUSED(minClosedDeals)
    const QString notEnough = ReportTr::tr("not enough deals");
    const auto rate = [&](const std::optional<double> &v, int decimals, bool percent) {
        if (!m.enough)
            return notEnough;
        if (!v)
            return ReportTr::tr("n/a");
        return percent ? fixed(*v * 100.0, 0) + QLatin1Char('%') : fixed(*v, decimals);
    };
    // Led by the direct rate, so that the cell starts with a digit: a leading + or - would be
    // neutralized as a formula in CSV and XLSX.
    QString difference;
    if (row && row->winRateDifference && row->differenceInterval && row->without.winRate)
        difference =
            ReportTr::tr("%1 direct: %2 points (%3 to %4)")
                .arg(percentText(row->without.winRate), pointsText(*row->winRateDifference),
                     pointsText(row->differenceInterval->low),
                     pointsText(row->differenceInterval->high));
    else if (row)
        difference = notEnough;
    return {name,
            QString::number(m.deals),
            QString::number(m.won),
            QString::number(m.lost),
            rate(m.winRate, 0, true),
            difference,
            rate(m.avgWon, 0, false),
            rate(m.cycleDays, 0, false),
            fixed(m.openPipeline, 0),
            row ? QString::number(m.sourced) : QString(),
            row ? QString::number(m.influenced) : QString(),
            row ? fixed(m.attributedWonRevenue, 0) : QString()};
}

std::vector<QStringList> impactProgramRows(const PartnerImpact &impact) {
    ImpactRow program;
    program.with = impact.partnerInvolved;
    program.without = impact.direct;
    program.winRateDifference = impact.winRateDifference;
    program.differenceInterval = impact.differenceInterval;
    return {
        impactCells(ReportTr::tr("Deals with partners"), impact.partnerInvolved, &program,
                    impact.minClosedDeals),
        impactCells(ReportTr::tr("Direct deals"), impact.direct, nullptr, impact.minClosedDeals)};
}

std::vector<QStringList> impactRows(const std::vector<ImpactRow> &rows, int minClosedDeals) {
    std::vector<QStringList> out;
    for (const ImpactRow &r : rows)
        if (r.with.deals > 0)
            out.push_back(impactCells(r.name, r.with, &r, minClosedDeals));
    return out;
}

QString impactSummary(const PartnerImpact &impact) {
    QStringList parts;
    if (impact.winRateDifference && impact.differenceInterval)
        parts << ReportTr::tr("Partners change the win rate by %1 points (90% interval %2 to %3)")
                     .arg(pointsText(*impact.winRateDifference),
                          pointsText(impact.differenceInterval->low),
                          pointsText(impact.differenceInterval->high));
    else
        parts << ReportTr::tr("Too few closed deals to compare win rates (%1 needed on each side)")
                     .arg(impact.minClosedDeals);
    if (impact.influencedPipelineShare)
        parts << ReportTr::tr("partner-involved share of the open pipeline %1")
                     .arg(percentText(impact.influencedPipelineShare));
    parts
        << ReportTr::tr("partner-sourced new customers: %1").arg(impact.partnerInvolved.sourcedWon);
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("ps::report", "Could not write \"%1\": %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace detail
} // namespace ps::report
