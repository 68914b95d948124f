// SPDX-License-Identifier: GPL-3.0-or-later
// Partner impact in `partnerscope metrics`: the JSON (docs/economics.md lists its keys) and
// the text tables.
#include "app/cli_impact.h"

#include "app/cli.h"

namespace ps::cliimpact {
namespace {

const QLatin1String jsonNull("null");

/// `"name": value` for a rate, or `"name": null, "name_reason": "..."` when withheld.
QString rate(const char *name, const std::optional<double> &value, int places,
             const ImpactMeasures &m, int minClosedDeals) {
    const QString key = QLatin1String(name);
    if (value)
        return QStringLiteral("\"%1\": %2").arg(key, Cli::decimals(*value, places));
    const QString reason = m.enough ? Cli::tr("no won deals") : withheldReason(m, minClosedDeals);
    return QStringLiteral("\"%1\": null, \"%1_reason\": %2").arg(key, Cli::jsonString(reason));
}

QString measures(const ImpactMeasures &m, int min) {
    return QStringLiteral("\"deals\": %1, \"won\": %2, \"lost\": %3, \"open\": %4, %5, %6, %7, "
                          "\"open_pipeline\": %8, \"sourced\": %9, \"influenced\": %10, "
                          "\"sourced_won\": %11, \"attributed_won_revenue\": %12")
        .arg(m.deals)
        .arg(m.won)
        .arg(m.lost)
        .arg(m.open)
        .arg(rate("win_rate", m.winRate, 4, m, min), rate("avg_won", m.avgWon, 2, m, min),
             rate("cycle_days", m.cycleDays, 1, m, min), Cli::decimals(m.openPipeline, 2))
        .arg(m.sourced)
        .arg(m.influenced)
        .arg(m.sourcedWon)
        .arg(Cli::decimals(m.attributedWonRevenue, 2));
}

QString difference(const std::optional<double> &estimate, const std::optional<Interval> &interval,
                   const ImpactMeasures &with, const ImpactMeasures &without, int min) {
    if (!estimate || !interval) {
        const QString reason = !with.enough
                                   ? withheldReason(with, min)
                                   : Cli::tr("direct deals: %1").arg(withheldReason(without, min));
        return QStringLiteral("\"win_rate_difference\": null, \"win_rate_difference_reason\": %1")
            .arg(Cli::jsonString(reason));
    }
    return QStringLiteral("\"win_rate_difference\": {\"estimate\": %1, \"low\": %2, \"high\": %3, "
                          "\"confidence\": 0.9}")
        .arg(Cli::decimals(*estimate, 4), Cli::decimals(interval->low, 4),
             Cli::decimals(interval->high, 4));
}

QString rows(const char *key, const std::vector<ImpactRow> &rows, int min, bool ids) {
    QStringList items;
    for (const ImpactRow &r : rows) {
        QString head = QStringLiteral("{\"name\": %1").arg(Cli::jsonString(r.name));
        if (!r.key.isEmpty())
            head += QStringLiteral(", \"key\": %1").arg(Cli::jsonString(r.key));
        if (ids)
            head += QStringLiteral(", \"id\": %1").arg(r.id);
        items << head + QStringLiteral(", ") + measures(r.with, min) + QStringLiteral(", ") +
                     difference(r.winRateDifference, r.differenceInterval, r.with, r.without, min) +
                     QLatin1Char('}');
    }
    return QStringLiteral(",\n  \"%1\": [").arg(QLatin1String(key)) +
           (items.isEmpty() ? QString()
                            : QStringLiteral("\n    ") + items.join(QLatin1String(",\n    "))) +
           QLatin1Char(']');
}

QString percent(const std::optional<double> &share) {
    return share ? Cli::decimals(*share * 100.0, 0) + QLatin1Char('%') : QString();
}

/// A rate as the table shows it: the value, or "not enough deals".
QString shown(const std::optional<double> &value, const ImpactMeasures &m, bool asPercent,
              int places) {
    if (!m.enough)
        return Cli::tr("not enough deals");
    if (!value)
        return Cli::tr("n/a");
    return asPercent ? percent(value) : Cli::decimals(*value, places);
}

QString aligned(const QStringList &header, const std::vector<QStringList> &rows) {
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[size_t(c)] = header[c].size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded << (c == 0 ? cells[c].leftJustified(widths[size_t(c)])
                              : cells[c].rightJustified(widths[size_t(c)]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QStringList cells(const QString &name, const ImpactMeasures &m) {
    return {name,
            QString::number(m.deals),
            QString::number(m.won),
            QString::number(m.lost),
            shown(m.winRate, m, true, 0),
            shown(m.avgWon, m, false, 0),
            shown(m.cycleDays, m, false, 0),
            Cli::decimals(m.openPipeline, 0),
            QString::number(m.sourced),
            QString::number(m.influenced),
            Cli::decimals(m.attributedWonRevenue, 0)};
}

} // namespace

QString json(const PartnerImpact &impact) {
    const int min = impact.minClosedDeals;
    QString out = QStringLiteral(",\n\"impact\": {\n  \"min_closed_deals\": %1").arg(min);
    out +=
        QStringLiteral(",\n  \"program\": {\"partner_involved\": {%1},\n    \"direct\": {%2},\n    "
                       "\"influenced_pipeline_share\": %3, %4}")
            .arg(measures(impact.partnerInvolved, min), measures(impact.direct, min),
                 impact.influencedPipelineShare ? Cli::decimals(*impact.influencedPipelineShare, 4)
                                                : QString(jsonNull),
                 difference(impact.winRateDifference, impact.differenceInterval,
                            impact.partnerInvolved, impact.direct, min));
    out += rows("partners", impact.partners, min, false);
    out += rows("models", impact.models, min, false);
    out += rows("tiers", impact.tiers, min, false);
    out += rows("icps", impact.icps, min, false);
    return out + QStringLiteral("\n}");
}

QString table(const PartnerImpact &impact, const QString &currency) {
    const QStringList header = {Cli::tr("Deals of"),   Cli::tr("Deals"),     Cli::tr("Won"),
                                Cli::tr("Lost"),       Cli::tr("Win rate"),  Cli::tr("Avg won"),
                                Cli::tr("Cycle (d)"),  Cli::tr("Pipeline"),  Cli::tr("Sourced"),
                                Cli::tr("Influenced"), Cli::tr("Attributed")};
    std::vector<QStringList> program = {cells(Cli::tr("Partner-involved"), impact.partnerInvolved),
                                        cells(Cli::tr("Direct"), impact.direct)};
    QString out =
        Cli::tr("Partner impact (%1; rates need %n closed deal(s))", nullptr, impact.minClosedDeals)
            .arg(currency) +
        QStringLiteral("\n\n") + aligned(header, program);
    if (impact.winRateDifference && impact.differenceInterval)
        out += Cli::tr("Win rate with partners minus direct: %1 points (90% interval %2 to %3).")
                   .arg(Cli::decimals(*impact.winRateDifference * 100.0, 0),
                        Cli::decimals(impact.differenceInterval->low * 100.0, 0),
                        Cli::decimals(impact.differenceInterval->high * 100.0, 0)) +
               QLatin1Char('\n');
    std::vector<QStringList> partners;
    for (const ImpactRow &r : impact.partners)
        if (r.with.deals > 0)
            partners.push_back(cells(r.name, r.with));
    if (!partners.empty()) {
        QStringList partnerHeader = header;
        partnerHeader[0] = Cli::tr("Partner");
        out += QLatin1Char('\n') + aligned(partnerHeader, partners);
    }
    return out;
}

} // namespace ps::cliimpact
