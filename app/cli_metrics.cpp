// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope metrics FILE [--format table|json]`: portfolio metrics from the same core
// functions as the influence map. The JSON top level is an object so that later metrics (program
// economics) join the coverage without breaking readers.
#include "cli.h"

#include "analytics/coverage.h"

#include <QCommandLineParser>

#include <cmath>

namespace ps {
namespace {

QString json(const PortfolioData &data, const std::vector<IcpCoverage> &coverage) {
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
    return out + QStringLiteral("\n]}\n");
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

} // namespace

int Cli::runMetrics(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to measure."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table or json (default table)."),
                                          tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(formatOption);
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(command, tr("--format must be table or json, not \"%1\".").arg(format));

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<PortfolioData> loaded = loadPortfolio(path);
    if (!loaded)
        return InputError;
    const PortfolioData &data = *loaded;
    const std::vector<IcpCoverage> coverage = computeCoverage(data);
    printOut(format == QLatin1String("json") ? json(data, coverage) : table(data, coverage));
    return Success;
}

} // namespace ps
