// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope royalty TERMS.json`: revenue, cost and margin per year of an OEM royalty over a
// volume curve, and whether terms that work at pilot volume break at scale (seed 000). The
// formulas are in docs/royalty.md.
#include "app/cli.h"

#include "core/economics/royalty.h"

#include <QCommandLineParser>
#include <QFile>

namespace ps {
namespace {

/// Money and units with two decimals (a JSON number, stable in diffs); margin per unit with
/// four, since it is often a few cents.
QString asJson(const RoyaltyResult &result) {
    QString text = QStringLiteral("{\n  \"years\": [");
    for (size_t i = 0; i < result.years.size(); ++i) {
        const RoyaltyYear &y = result.years[i];
        text += i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n");
        text += QStringLiteral("    {\"year\": %1, \"units\": %2, \"royalty\": %3, "
                               "\"revenue\": %4, \"cost\": %5, \"margin\": %6, "
                               "\"margin_per_unit\": %7}")
                    .arg(y.year)
                    .arg(Cli::decimals(y.units, 2), Cli::decimals(y.royalty, 2),
                         Cli::decimals(y.revenue, 2), Cli::decimals(y.cost, 2),
                         Cli::decimals(y.margin, 2), Cli::decimals(y.marginPerUnit, 4));
    }
    text += result.years.empty() ? QStringLiteral("],\n") : QStringLiteral("\n  ],\n");
    text += QStringLiteral("  \"breaks_at_scale\": %1,\n")
                .arg(result.breaksAtScale ? QStringLiteral("true") : QStringLiteral("false"));
    text += QStringLiteral("  \"scale_year\": %1,\n").arg(result.scaleYear);
    text += QStringLiteral("  \"total_revenue\": %1,\n").arg(Cli::decimals(result.totalRevenue, 2));
    text += QStringLiteral("  \"total_margin\": %1\n}\n").arg(Cli::decimals(result.totalMargin, 2));
    return text;
}

/// Whole money with thousands separators (1,234,567), a dot-free format whatever the locale.
QString money(double value) {
    QString digits = Cli::decimals(value, 0);
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString asTable(const RoyaltyTerms &terms, const RoyaltyResult &result) {
    const QStringList header = {Cli::tr("Year"),       Cli::tr("Units"), Cli::tr("Royalty"),
                                Cli::tr("Revenue"),    Cli::tr("Cost"),  Cli::tr("Margin"),
                                Cli::tr("Margin/unit")};
    std::vector<QStringList> rows;
    for (const RoyaltyYear &y : result.years)
        rows.push_back({QString::number(y.year), money(y.units), money(y.royalty), money(y.revenue),
                        money(y.cost), money(y.margin), Cli::decimals(y.marginPerUnit, 2)});
    rows.push_back({Cli::tr("Total"), QString(), QString(), money(result.totalRevenue), QString(),
                    money(result.totalMargin), QString()});
    std::vector<qsizetype> width(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c) {
        width[size_t(c)] = header.at(c).size();
        for (const QStringList &row : rows)
            width[size_t(c)] = std::max(width[size_t(c)], row.at(c).size());
    }
    // The year column reads from the left, numbers from the right.
    const auto line = [&](const QStringList &cells) {
        QString text = cells.at(0).leftJustified(width[0]);
        for (qsizetype c = 1; c < cells.size(); ++c)
            text += QStringLiteral("  ") + cells.at(c).rightJustified(width[size_t(c)]);
        return text.trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    text += QLatin1Char('\n');
    const double minimum = terms.minMarginPerUnit.value_or(0.0);
    if (result.scaleYear == 0) {
        text += Cli::tr("No units in any year: there is no scale to judge the terms at.");
    } else {
        const RoyaltyYear &scale = result.years[size_t(result.scaleYear - 1)];
        text += result.breaksAtScale
                    ? Cli::tr("The terms break at scale: year %1 (%2 units) keeps %3 per unit, "
                              "at or below the minimum of %4.")
                          .arg(scale.year)
                          .arg(money(scale.units), Cli::decimals(scale.marginPerUnit, 2),
                               Cli::decimals(minimum, 2))
                    : Cli::tr("The terms hold at scale: year %1 (%2 units) keeps %3 per unit, "
                              "above the minimum of %4.")
                          .arg(scale.year)
                          .arg(money(scale.units), Cli::decimals(scale.marginPerUnit, 2),
                               Cli::decimals(minimum, 2));
    }
    return text + QLatin1Char('\n');
}

} // namespace

int Cli::runRoyalty(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(
        tr("TERMS.json"),
        tr("Royalty terms: tiers [{from_units, per_unit}], volumes (units per year) and "
           "cost_per_unit; optional base_rate, tier_mode (marginal or all_units), escalator_pct, "
           "min_annual, setup_fee, min_margin_per_unit."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table or json (default table)."),
                                    tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(command, tr("--format needs table or json, not \"%1\".").arg(kind));

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> bytes =
        readSmallFile(path, tr("%1 is too large for a royalty term sheet."));
    if (!bytes)
        return InputError;
    QString error;
    const std::optional<RoyaltyTerms> terms = parseRoyaltyTerms(*bytes, &error);
    if (!terms) {
        printError(tr("%1: %2").arg(quoted(path), error));
        return InputError;
    }
    const RoyaltyResult result = simulateRoyalty(*terms);
    printOut(kind == QLatin1String("json") ? asJson(result) : asTable(*terms, result));
    return Success;
}

} // namespace ps
