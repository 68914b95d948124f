// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope metrics FILE [--format table|json] [--as-of DATE]`: portfolio metrics from the
// same core functions as the influence map and the Economics page: coverage of every ICP, seed
// 001's program metrics, seed 000's OEM assessment and the attention list, all in one JSON
// object (docs/economics.md lists its keys).
#include "app/cli.h"

#include "app/cli_impact.h"
#include "core/analytics/coverage.h"
#include "core/economics/oemassessment.h"
#include "core/economics/programmetrics.h"

#include <QCommandLineParser>

#include <cmath>

namespace ps {
namespace {

/// Everything the command prints, computed once.
struct Report {
    std::vector<IcpCoverage> coverage;
    ProgramMetrics metrics;
    std::vector<OemAssessment> oem;
    std::vector<AttentionItem> attention;
    PartnerImpact impact;
};

const QLatin1String jsonNull("null");

QString jsonBool(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString jsonNumber(const std::optional<double> &value, int places) {
    return value ? Cli::decimals(*value, places) : QString(jsonNull);
}

QString jsonStrings(const QStringList &items) {
    QStringList quoted;
    for (const QString &item : items)
        quoted << Cli::jsonString(item);
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString severityKey(AttentionItem::Severity severity) {
    switch (severity) {
    case AttentionItem::Severity::Info:
        return QStringLiteral("info");
    case AttentionItem::Severity::Warning:
        return QStringLiteral("warning");
    case AttentionItem::Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

/// The open items of a joint commercial model as stable keys (the JSON), not translated.
QStringList missingKeys(const PortfolioData &data, Id partnerId) {
    for (const Partner &p : data.partners) {
        if (p.id != partnerId)
            continue;
        const JointCommercialModel &m = p.commercialModel;
        QStringList keys;
        if (!m.pricingAgreed)
            keys << QStringLiteral("pricing");
        if (m.support == Owner::Undefined)
            keys << QStringLiteral("support");
        if (m.customerSuccess == Owner::Undefined)
            keys << QStringLiteral("customer_success");
        if (m.renewal == Owner::Undefined)
            keys << QStringLiteral("renewal");
        return keys;
    }
    return {};
}

QString sideJson(const SideStats &side) {
    return QStringLiteral("{\"won\": %1, \"lost\": %2, \"open\": %3, \"pipeline\": %4, "
                          "\"won_amount\": %5}")
        .arg(side.won)
        .arg(side.lost)
        .arg(side.open)
        .arg(Cli::decimals(side.pipeline, 2), Cli::decimals(side.wonAmount, 2));
}

QString programJson(const PortfolioData &data, const Report &r) {
    const ProgramMetrics &m = r.metrics;
    QString out;
    out += QStringLiteral(",\n\"as_of\": %1").arg(Cli::jsonString(m.asOf.toString(Qt::ISODate)));
    out += QStringLiteral(",\n\"active_partner_rate\": %1, \"active_partners\": %2, "
                          "\"eligible_partners\": %3")
               .arg(Cli::decimals(m.activePartnerRate, 4))
               .arg(m.activePartners)
               .arg(m.eligiblePartners);
    out += QStringLiteral(",\n\"time_to_first_activity_days\": %1")
               .arg(jsonNumber(m.medianDaysToFirstActivity, 1));
    out += QStringLiteral(",\n\"retention\": %1, \"retention_base\": %2, \"retained\": %3")
               .arg(jsonNumber(m.retention, 4))
               .arg(m.retentionBase)
               .arg(m.retained);
    out += QStringLiteral(",\n\"influenced_pipeline_share\": %1")
               .arg(jsonNumber(m.influencedPipelineShare, 4));
    out += QStringLiteral(",\n\"win_rate\": {\"partner\": %1, \"direct\": %2}")
               .arg(jsonNumber(m.partnerDeals.winRate, 4), jsonNumber(m.directDeals.winRate, 4));
    out += QStringLiteral(",\n\"avg_deal_size\": {\"partner\": %1, \"direct\": %2}")
               .arg(jsonNumber(m.partnerDeals.avgDealSize, 2),
                    jsonNumber(m.directDeals.avgDealSize, 2));
    out += QStringLiteral(",\n\"deals\": {\"partner\": %1, \"direct\": %2}")
               .arg(sideJson(m.partnerDeals), sideJson(m.directDeals));
    QStringList roi;
    for (const ModelRoi &row : m.roiByModel)
        roi << QStringLiteral("\"%1\": %2").arg(toKey(row.model), jsonNumber(row.roi, 4));
    out +=
        QStringLiteral(",\n\"roi_by_model\": {") + roi.join(QLatin1String(", ")) + QLatin1Char('}');
    out += QStringLiteral(",\n\"hhi\": %1, \"hhi_band\": %2")
               .arg(Cli::decimals(m.hhi, 1), Cli::jsonString(toKey(m.hhiBand)));
    QStringList gaps;
    for (const CommercialModelGap &gap : m.commercialModelGaps)
        gaps << QStringLiteral("{\"partner\": %1, \"missing\": %2}")
                    .arg(Cli::jsonString(gap.partnerName),
                         jsonStrings(missingKeys(data, gap.partnerId)));
    out += QStringLiteral(",\n\"commercial_model_gaps\": [") + gaps.join(QLatin1String(",\n  ")) +
           QLatin1Char(']');
    return out;
}

QString oemJson(const Report &r) {
    QStringList deals;
    for (const OemAssessment &a : r.oem) {
        QStringList modes;
        for (OemFailureMode mode : a.failureModes)
            modes << toKey(mode);
        deals << QStringLiteral("{\"deal\": %1, \"partner\": %2, \"structure\": %3, "
                                "\"exit_risk\": %4, \"conditions_met\": %5, "
                                "\"distraction\": %6, \"exclusive\": %7, "
                                "\"exclusivity_trap\": %8, \"breaks_at_scale\": %9, "
                                "\"failure_modes\": %10}")
                     .arg(Cli::jsonString(a.dealName), Cli::jsonString(a.partnerName),
                          Cli::jsonString(toKey(a.structure)), Cli::jsonString(toKey(a.exitRisk)),
                          QString::number(a.conditionsMet), jsonBool(a.distraction),
                          jsonBool(a.exclusive), jsonBool(a.exclusivityTrap),
                          jsonBool(a.termsValid && a.royalty.breaksAtScale))
                     .arg(jsonStrings(modes));
    }
    return QStringLiteral(",\n\"oem\": [") + deals.join(QLatin1String(",\n  ")) + QLatin1Char(']');
}

QString attentionJson(const Report &r) {
    QStringList items;
    for (const AttentionItem &item : r.attention)
        items << QStringLiteral("{\"severity\": %1, \"partner\": %2, \"what\": %3, "
                                "\"reason\": %4}")
                     .arg(Cli::jsonString(severityKey(item.severity)),
                          item.partnerId ? Cli::jsonString(item.partnerName) : QString(jsonNull),
                          Cli::jsonString(item.what), Cli::jsonString(item.reason));
    return QStringLiteral(",\n\"attention\": [") + items.join(QLatin1String(",\n  ")) +
           QLatin1Char(']');
}

QString json(const PortfolioData &data, const Report &report) {
    const std::vector<IcpCoverage> &coverage = report.coverage;
    QString out = QStringLiteral("{\"coverage\": [");
    for (size_t i = 0; i < coverage.size(); ++i) {
        const IcpCoverage &c = coverage[i];
        out += i == 0 ? QStringLiteral("\n  ") : QStringLiteral(",\n  ");
        out += QStringLiteral("{\"icp\": %1, \"icp_id\": %2, \"influence\": %3, "
                              "\"strong_partners\": %4, \"linked_partners\": %5, \"by_role\": {")
                   .arg(Cli::jsonString(data.icps[i].name), QString::number(c.icpId),
                        Cli::decimals(c.influence, 1), QString::number(c.strongPartners),
                        QString::number(c.linkedPartners));
        QStringList roles;
        for (LinkRole role : enumValues<LinkRole>())
            roles << QStringLiteral("\"%1\": %2")
                         .arg(toKey(role), Cli::decimals(c.byRole[size_t(role)], 1));
        out += roles.join(QLatin1String(", ")) +
               QStringLiteral("}, \"gap\": %1}")
                   .arg(c.gap ? QLatin1String("true") : QLatin1String("false"));
    }
    out += QStringLiteral("\n]");
    out += programJson(data, report) + oemJson(report) + attentionJson(report) +
           cliimpact::json(report.impact);
    return out + QStringLiteral("\n}\n");
}

QString table(const PortfolioData &data, const std::vector<IcpCoverage> &coverage) {
    QStringList header = {Cli::tr("ICP"), Cli::tr("Influence"), Cli::tr("Strong"),
                          Cli::tr("Linked")};
    // Short role titles: the full labels ("Influences the decision") would make the table wider
    // than a terminal.
    header << Cli::tr("Sources") << Cli::tr("Influences") << Cli::tr("Delivers")
           << Cli::tr("Embeds") << Cli::tr("Co-sells") << Cli::tr("Gap");
    static_assert(LinkRoleCount == 5, "one title per role");
    std::vector<QStringList> rows;
    int gaps = 0;
    for (size_t i = 0; i < coverage.size(); ++i) {
        const IcpCoverage &c = coverage[i];
        QStringList row = {data.icps[i].name, Cli::decimals(c.influence, 1),
                           QString::number(c.strongPartners), QString::number(c.linkedPartners)};
        for (LinkRole role : enumValues<LinkRole>())
            row << Cli::decimals(c.byRole[size_t(role)], 1);
        row << (c.gap ? Cli::tr("GAP") : QString());
        gaps += c.gap ? 1 : 0;
        rows.push_back(row);
    }
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[size_t(c)] = header[c].size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    const qsizetype last = header.size() - 1;
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            // Names and the gap mark align left, numbers right, as a reader scans them.
            padded << (c > 0 && c < last ? cells[c].rightJustified(widths[size_t(c)])
                                         : cells[c].leftJustified(widths[size_t(c)]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = Cli::tr("Coverage of %n ICP(s)", nullptr, int(coverage.size())) +
                  QStringLiteral("\n\n") + line(header);
    for (const QStringList &row : rows)
        out += line(row);
    out += QLatin1Char('\n') +
           Cli::tr("%n gap(s): ICPs without a partner of link strength 4 or 5.", nullptr, gaps) +
           QLatin1Char('\n');
    return out;
}

/// Rows padded to the widest cell of each column; columns flagged in `right` align right
/// (numbers), the others left (names, flags).
QString aligned(const QStringList &header, const std::vector<QStringList> &rows,
                const std::vector<bool> &right) {
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[size_t(c)] = header[c].size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded << (right[size_t(c)] ? cells[c].rightJustified(widths[size_t(c)])
                                        : cells[c].leftJustified(widths[size_t(c)]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString percent(const std::optional<double> &fraction) {
    return fraction ? Cli::decimals(*fraction * 100.0, 0) + QLatin1Char('%') : Cli::tr("n/a");
}

QString amount(const std::optional<double> &value) {
    return value ? Cli::decimals(*value, 0) : Cli::tr("n/a");
}

QString programTable(const Report &r, const QString &currency) {
    const ProgramMetrics &m = r.metrics;
    std::vector<QStringList> rows;
    rows.push_back({Cli::tr("Active partner rate"),
                    Cli::tr("%1 (%2 of %n enrolled partners in the quarter from %3)", nullptr,
                            m.eligiblePartners)
                        .arg(percent(m.activePartnerRate))
                        .arg(m.activePartners)
                        .arg(m.quarterStart.toString(Qt::ISODate))});
    rows.push_back(
        {Cli::tr("Time to first commercial activity"),
         m.medianDaysToFirstActivity
             ? Cli::tr("%1 (median of %n partners)", nullptr, m.partnersWithFirstActivity)
                   .arg(Cli::tr("%n days", nullptr, int(std::lround(*m.medianDaysToFirstActivity))))
             : Cli::tr("n/a")});
    rows.push_back({Cli::tr("Retention"),
                    m.retention ? Cli::tr("%1 (%2 of %n partners active the year before)", nullptr,
                                          m.retentionBase)
                                      .arg(percent(m.retention))
                                      .arg(m.retained)
                                : Cli::tr("n/a")});
    rows.push_back({Cli::tr("Partner-influenced pipeline"),
                    Cli::tr("%1 of the open pipeline").arg(percent(m.influencedPipelineShare))});
    rows.push_back({Cli::tr("Win rate"),
                    Cli::tr("partner %1, direct %2")
                        .arg(percent(m.partnerDeals.winRate), percent(m.directDeals.winRate))});
    rows.push_back(
        {Cli::tr("Average won deal (%1)").arg(currency),
         Cli::tr("partner %1, direct %2")
             .arg(amount(m.partnerDeals.avgDealSize), amount(m.directDeals.avgDealSize))});
    rows.push_back({Cli::tr("Concentration (HHI)"),
                    QStringLiteral("%1, %2").arg(Cli::decimals(m.hhi, 0), label(m.hhiBand))});
    QString out = Cli::tr("Program metrics as of %1").arg(m.asOf.toString(Qt::ISODate)) +
                  QStringLiteral("\n\n") +
                  aligned({Cli::tr("Metric"), Cli::tr("Value")}, rows, {false, false});

    std::vector<QStringList> roi;
    for (const ModelRoi &row : m.roiByModel)
        roi.push_back({label(row.model), QString::number(row.partners),
                       Cli::decimals(row.influencedRevenue, 0), Cli::decimals(row.investment, 0),
                       percent(row.roi)});
    out += QLatin1Char('\n') + Cli::tr("ROI by partner model") + QStringLiteral("\n\n") +
           aligned({Cli::tr("Model"), Cli::tr("Partners"), Cli::tr("Influenced revenue"),
                    Cli::tr("Investment"), Cli::tr("ROI")},
                   roi, {false, true, true, true, true});
    return out;
}

QString oemTable(const Report &r) {
    if (r.oem.empty())
        return {};
    std::vector<QStringList> rows;
    for (const OemAssessment &a : r.oem) {
        QStringList flags;
        if (a.distraction)
            flags << Cli::tr("likely a distraction");
        if (a.termsValid && a.royalty.breaksAtScale)
            flags << Cli::tr("breaks at scale");
        if (a.exclusivityTrap)
            flags << Cli::tr("exclusivity trap");
        else if (a.exclusive)
            flags << Cli::tr("exclusive");
        for (OemFailureMode mode : a.failureModes)
            if (mode != OemFailureMode::PilotPricing && mode != OemFailureMode::Exclusivity)
                flags << label(mode).toLower();
        rows.push_back({a.dealName, a.partnerName, label(a.structure), label(a.exitRisk),
                        Cli::tr("%1 of 4").arg(a.conditionsMet), flags.join(QLatin1String(", "))});
    }
    return QLatin1Char('\n') + Cli::tr("OEM deals") + QStringLiteral("\n\n") +
           aligned({Cli::tr("Deal"), Cli::tr("Partner"), Cli::tr("Structure"), Cli::tr("Exit risk"),
                    Cli::tr("Conditions"), Cli::tr("Flags")},
                   rows, {false, false, false, false, true, false});
}

QString attentionTable(const Report &r) {
    QString out = QLatin1Char('\n') +
                  Cli::tr("Needs attention: %n item(s)", nullptr, int(r.attention.size())) +
                  QStringLiteral("\n\n");
    for (const AttentionItem &item : r.attention) {
        const QString who = item.partnerName.isEmpty() ? Cli::tr("Program") : item.partnerName;
        out += QStringLiteral("[%1] %2: %3. %4\n")
                   .arg(severityKey(item.severity), who, item.what, item.reason);
    }
    return out;
}

} // namespace

int Cli::runMetrics(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to measure."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table or json (default table)."),
                                          tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(formatOption);
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        tr("The reference date of the program metrics, YYYY-MM-DD (default: the latest date in "
           "the activity and deal logs)."),
        tr("DATE"));
    parser.addOption(asOfOption);
    const QCommandLineOption minDealsOption(
        QStringLiteral("min-deals"),
        tr("Closed deals partner impact needs before it shows a win rate, average won deal or "
           "cycle (default: the portfolio's setting, 10 unless changed)."),
        tr("N"));
    parser.addOption(minDealsOption);
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(command, tr("--format must be table or json, not \"%1\".").arg(format));
    QDate asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(command, tr("--as-of must be a date such as 2026-03-31, not \"%1\".")
                                           .arg(parser.value(asOfOption)));
    }

    int minDeals = 0;
    if (parser.isSet(minDealsOption)) {
        const auto n = number(command, QStringLiteral("--min-deals"), parser.value(minDealsOption),
                              1, 1000000);
        if (!n)
            return UsageError;
        minDeals = int(*n);
    }

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<PortfolioData> loaded = loadPortfolio(path);
    if (!loaded)
        return InputError;
    const PortfolioData &data = *loaded;
    Report report;
    report.coverage = computeCoverage(data);
    report.metrics = computeProgramMetrics(data, asOf);
    report.oem = assessOemDeals(data);
    report.attention = attentionItems(data, report.metrics);
    ImpactOptions impactOptions;
    impactOptions.asOf = asOf;
    impactOptions.minClosedDeals = minDeals;
    report.impact = computePartnerImpact(data, impactOptions);
    printOut(format == QLatin1String("json")
                 ? json(data, report)
                 : table(data, report.coverage) + QLatin1Char('\n') +
                       programTable(report, data.info.currency) + QLatin1Char('\n') +
                       cliimpact::table(report.impact, data.info.currency) + oemTable(report) +
                       attentionTable(report));
    return Success;
}

} // namespace ps
