// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope score FILE [--scenario S] [--format table|csv|json]`: the scores, quadrants,
// stability and explanations of every partner, from the same engine as the matrix.
#include "app/cli.h"

#include "core/scoring/scoring.h"

#include <QCommandLineParser>

#include <cmath>

namespace ps {
namespace {

/// RFC 4180 cell; a cell a spreadsheet would run as a formula gets a leading apostrophe.
QString csvCell(const QString &text) {
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

struct Scored {
    const PortfolioData &data;
    const Scenario &scenario;
    std::vector<PartnerScore> scores;
    std::vector<double> stability;
};

QString modelKey(const Partner &p) {
    return p.model ? toKey(*p.model) : QString();
}

QString json(const Scored &s) {
    QString out =
        QStringLiteral("{\"scenario\": %1, \"thresholds\": {\"potential\": %2, "
                       "\"readiness\": %3}, \"partners\": [")
            .arg(Cli::jsonString(s.scenario.name), Cli::decimals(s.scenario.potentialThreshold, 2),
                 Cli::decimals(s.scenario.readinessThreshold, 2));
    for (size_t i = 0; i < s.scores.size(); ++i) {
        const Partner &p = s.data.partners[i];
        const PartnerScore &score = s.scores[i];
        out += i == 0 ? QStringLiteral("\n  ") : QStringLiteral(",\n  ");
        out += QStringLiteral("{\"id\": %1, \"name\": %2, \"model\": %3, \"potential\": %4, "
                              "\"readiness\": %5, \"quadrant\": \"%6\", \"stability\": %7, "
                              "\"contributions\": {")
                   .arg(QString::number(p.id), Cli::jsonString(p.name),
                        p.model ? Cli::jsonString(modelKey(p)) : QStringLiteral("null"),
                        Cli::decimals(score.potential, 2), Cli::decimals(score.readiness, 2),
                        toKey(score.quadrant), Cli::decimals(s.stability[i], 2));
        for (Axis axis : {Axis::Potential, Axis::Readiness}) {
            out += axis == Axis::Potential ? QStringLiteral("\"potential\": {")
                                           : QStringLiteral(", \"readiness\": {");
            QStringList items;
            for (Criterion c : criteriaOf(axis))
                items << QStringLiteral("\"%1\": %2")
                             .arg(toKey(c), Cli::decimals(score.points[size_t(c)], 2));
            out += items.join(QLatin1String(", ")) + QLatin1Char('}');
        }
        out += QLatin1String("}}");
    }
    return out + QStringLiteral("\n]}\n");
}

QString csv(const Scored &s) {
    QStringList header = {QStringLiteral("id"),        QStringLiteral("name"),
                          QStringLiteral("model"),     QStringLiteral("potential"),
                          QStringLiteral("readiness"), QStringLiteral("quadrant"),
                          QStringLiteral("stability")};
    for (Criterion c : enumValues<Criterion>())
        header << toKey(c);
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (size_t i = 0; i < s.scores.size(); ++i) {
        const Partner &p = s.data.partners[i];
        const PartnerScore &score = s.scores[i];
        QStringList row = {QString::number(p.id),
                           csvCell(p.name),
                           modelKey(p),
                           Cli::decimals(score.potential, 2),
                           Cli::decimals(score.readiness, 2),
                           toKey(score.quadrant),
                           Cli::decimals(s.stability[i], 2)};
        for (Criterion c : enumValues<Criterion>())
            row << Cli::decimals(score.points[size_t(c)], 2);
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString table(const Scored &s) {
    const QStringList header = {Cli::tr("Name"),      Cli::tr("Model"),    Cli::tr("Potential"),
                                Cli::tr("Readiness"), Cli::tr("Quadrant"), Cli::tr("Stability")};
    std::vector<QStringList> rows;
    rows.reserve(s.scores.size());
    for (size_t i = 0; i < s.scores.size(); ++i) {
        const Partner &p = s.data.partners[i];
        const PartnerScore &score = s.scores[i];
        QString quadrant = label(score.quadrant);
        if (score.overridden)
            quadrant += QLatin1Char('*');
        rows.push_back({p.name, p.model ? label(*p.model) : Cli::tr("(no model)"),
                        Cli::decimals(score.potential, 2), Cli::decimals(score.readiness, 2),
                        quadrant, Cli::decimals(s.stability[i], 2)});
    }
    std::vector<qsizetype> widths(size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[size_t(c)] = header[c].size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            // Names and words align left, numbers right, as a reader scans them.
            padded << (c >= 2 && c != 4 ? cells[c].rightJustified(widths[size_t(c)])
                                        : cells[c].leftJustified(widths[size_t(c)]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = Cli::tr("Scenario: %1 (thresholds: potential %2, readiness %3)")
                      .arg(s.scenario.name, Cli::decimals(s.scenario.potentialThreshold, 2),
                           Cli::decimals(s.scenario.readinessThreshold, 2)) +
                  QStringLiteral("\n\n") + line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace

int Cli::runScore(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to score."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("Score with the scenario named S (default: the active one)."), tr("S"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table, csv or json (default table)."),
                                          tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({scenarioOption, formatOption});
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return usageError(command,
                          tr("--format must be table, csv or json, not \"%1\".").arg(format));

    const QString path = parser.positionalArguments().constFirst();
    std::optional<PortfolioData> loaded = loadPortfolio(path);
    if (!loaded || !selectScenario(*loaded, path, parser.value(scenarioOption)))
        return InputError;
    const PortfolioData &data = *loaded;
    const Scenario *scenario = activeScenario(data);

    const CriteriaTable criteria = computeCriteria(data);
    Scored scored{data, *scenario, {}, stability(criteria, *scenario)};
    scoreAll(criteria, *scenario, scored.scores);
    if (format == QLatin1String("json"))
        printOut(json(scored));
    else if (format == QLatin1String("csv"))
        printOut(csv(scored));
    else
        printOut(table(scored));
    return Success;
}

} // namespace ps
