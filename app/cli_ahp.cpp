// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope ahp MATRIX.csv`: weights from a pairwise comparison matrix, so a workshop can
// check its judgments before typing the weights into a scenario.
#include "app/cli.h"

#include "core/scoring/ahp.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ps {
namespace {

/// Four decimals, as JSON numbers: enough to reproduce the published examples, stable in diffs.
double rounded(double value) {
    const double r = std::round(value * 10000.0) / 10000.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QString asJson(const ahp::PairwiseTable &table, const ahp::Result &result) {
    QJsonObject weights;
    for (qsizetype i = 0; i < table.names.size(); ++i)
        weights.insert(table.names.at(i), rounded(result.weights[size_t(i)]));
    QJsonObject root;
    root.insert(QStringLiteral("weights"), weights);
    root.insert(QStringLiteral("lambda_max"), rounded(result.lambdaMax));
    root.insert(QStringLiteral("ci"), rounded(result.ci));
    root.insert(QStringLiteral("cr"), rounded(result.cr));
    root.insert(QStringLiteral("consistent"), result.consistent);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString asTable(const ahp::PairwiseTable &table, const ahp::Result &result) {
    qsizetype width = Cli::tr("Criterion").size();
    for (const QString &name : table.names)
        width = std::max(width, name.size());
    const auto number = [](double v) { return QString::number(v, 'f', 4); };
    QString text =
        Cli::tr("Criterion").leftJustified(width + 2) + Cli::tr("Weight") + QLatin1Char('\n');
    for (qsizetype i = 0; i < table.names.size(); ++i)
        text += table.names.at(i).leftJustified(width + 2) + number(result.weights[size_t(i)]) +
                QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += Cli::tr("lambda max: %1").arg(number(result.lambdaMax)) + QLatin1Char('\n');
    text += Cli::tr("CI: %1").arg(number(result.ci)) + QLatin1Char('\n');
    text += Cli::tr("CR: %1").arg(number(result.cr)) + QLatin1Char('\n');
    text += (result.consistent
                 ? Cli::tr("The judgments are consistent (CR is at most 0.10).")
                 : Cli::tr("The judgments are inconsistent (CR is above 0.10); revisit the "
                           "comparisons before using these weights.")) +
            QLatin1Char('\n');
    return text;
}

} // namespace

int Cli::runAhp(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(
        tr("MATRIX.csv"),
        tr("Pairwise comparisons: a header row of criterion names (first cell empty), then one "
           "row per criterion; numbers or fractions like 1/3."));
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
        readSmallFile(path, tr("%1 is too large for a pairwise comparison matrix."));
    if (!bytes)
        return InputError;
    QString error;
    const std::optional<ahp::PairwiseTable> table = ahp::parseCsv(*bytes, path, &error);
    if (!table) {
        printError(error);
        return InputError;
    }
    const std::optional<ahp::Result> result = ahp::compute(table->matrix, &error);
    if (!result) {
        printError(tr("%1: %2").arg(quoted(path), error));
        return InputError;
    }
    printOut(kind == QLatin1String("json") ? asJson(*table, *result) : asTable(*table, *result));
    return Success;
}

} // namespace ps
