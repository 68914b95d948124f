// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope ahp MATRIX.csv`: weights from a pairwise comparison matrix, so a workshop can
// check its judgments before typing the weights into a scenario, with the judgment to revisit.
// `partnerscope ahp --group DIR`: one matrix per participant, aggregated (AIJ, AIP, consensus).
#include "app/cli.h"

#include "core/scoring/ahp.h"
#include "core/scoring/ahpsuggestion.h"
#include "core/scoring/groupahp.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ps {
namespace {

/// Four decimals, as JSON numbers: enough to reproduce the published examples, stable in diffs.
double rounded(double value) {
    const double r = std::round(value * 10000.0) / 10000.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QJsonObject weightsJson(const QStringList &names, const std::vector<double> &weights) {
    QJsonObject out;
    for (qsizetype i = 0; i < names.size(); ++i)
        out.insert(names.at(i), rounded(weights[size_t(i)]));
    return out;
}

QJsonValue suggestionJson(const QStringList &names, const std::optional<ahp::Suggestion> &s) {
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("row"), names.at(s->row)},
                       {QStringLiteral("column"), names.at(s->column)},
                       {QStringLiteral("current"), rounded(s->current)},
                       {QStringLiteral("proposed"), rounded(s->proposed)},
                       {QStringLiteral("cr_after"), rounded(s->crAfter)}};
}

QString suggestionLine(const QStringList &names, const ahp::Suggestion &s) {
    return Cli::tr("The judgment that fits the others least: %1 against %2 is %3; the other "
                   "judgments suggest %4 (CR would be %5).")
        .arg(names.at(s.row), names.at(s.column), ahp::saatyText(s.current),
             ahp::saatyText(s.proposed), QString::number(s.crAfter, 'f', 4));
}

QString asJson(const ahp::PairwiseTable &table, const ahp::Result &result,
               const std::optional<ahp::Suggestion> &suggestion) {
    QJsonObject root;
    root.insert(QStringLiteral("weights"), weightsJson(table.names, result.weights));
    root.insert(QStringLiteral("lambda_max"), rounded(result.lambdaMax));
    root.insert(QStringLiteral("ci"), rounded(result.ci));
    root.insert(QStringLiteral("cr"), rounded(result.cr));
    root.insert(QStringLiteral("consistent"), result.consistent);
    root.insert(QStringLiteral("suggestion"), suggestionJson(table.names, suggestion));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString asTable(const ahp::PairwiseTable &table, const ahp::Result &result,
                const std::optional<ahp::Suggestion> &suggestion) {
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
    if (suggestion)
        text += suggestionLine(table.names, *suggestion) + QLatin1Char('\n');
    return text;
}

/// One participant's matrix in a --group directory.
struct GroupMember {
    QString name; ///< the file name without .csv
    ahp::PairwiseTable table;
};

QString groupAsJson(const std::vector<GroupMember> &members, const ahp::GroupResult &group) {
    const QStringList &names = members.front().table.names;
    QJsonObject root;
    root.insert(QStringLiteral("aij"),
                QJsonObject{{QStringLiteral("weights"), weightsJson(names, group.aij.weights)},
                            {QStringLiteral("cr"), rounded(group.aij.cr)}});
    root.insert(QStringLiteral("aip"),
                QJsonObject{{QStringLiteral("weights"), weightsJson(names, group.aipWeights)}});
    QJsonArray participants;
    for (size_t k = 0; k < members.size(); ++k) {
        const ahp::ParticipantAnalysis &p = group.participants[k];
        participants.append(
            QJsonObject{{QStringLiteral("name"), members[k].name},
                        {QStringLiteral("weights"), weightsJson(names, p.result.weights)},
                        {QStringLiteral("cr"), rounded(p.result.cr)},
                        {QStringLiteral("consistent"), p.result.consistent},
                        {QStringLiteral("suggestion"), suggestionJson(names, p.suggestion)}});
    }
    root.insert(QStringLiteral("participants"), participants);
    root.insert(QStringLiteral("consensus"), rounded(group.consensus));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString groupAsTable(const std::vector<GroupMember> &members, const ahp::GroupResult &group) {
    const QStringList &names = members.front().table.names;
    qsizetype width = std::max(Cli::tr("Criterion").size(), Cli::tr("Participant").size());
    for (const QString &name : names)
        width = std::max(width, name.size());
    for (const GroupMember &m : members)
        width = std::max(width, m.name.size());
    const auto number = [](double v) { return QString::number(v, 'f', 4); };
    QString text = Cli::tr("Criterion").leftJustified(width + 2) + Cli::tr("AIJ").leftJustified(8) +
                   Cli::tr("AIP") + QLatin1Char('\n');
    for (qsizetype i = 0; i < names.size(); ++i)
        text += names.at(i).leftJustified(width + 2) +
                number(group.aij.weights[size_t(i)]).leftJustified(8) +
                number(group.aipWeights[size_t(i)]) + QLatin1Char('\n');
    text += QLatin1Char('\n') + Cli::tr("Participant").leftJustified(width + 2) + Cli::tr("CR") +
            QLatin1Char('\n');
    for (size_t k = 0; k < members.size(); ++k) {
        const ahp::Result &r = group.participants[k].result;
        text += members[k].name.leftJustified(width + 2) + number(r.cr) +
                (r.consistent ? QString() : QStringLiteral("  ") + Cli::tr("(above 0.10)")) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    text +=
        Cli::tr("CR of the aggregated judgments: %1").arg(number(group.aij.cr)) + QLatin1Char('\n');
    text += Cli::tr("Consensus (Goepel's S*, 0 none to 1 full): %1").arg(number(group.consensus)) +
            QLatin1Char('\n');
    return text;
}

/// Reads every *.csv of `dir` (sorted by name); all must compare the same criteria.
std::optional<std::vector<GroupMember>> readGroup(const QString &dir) {
    const QDir directory(dir);
    if (!directory.exists()) {
        Cli::printError(Cli::tr("%1 is not a folder.").arg(Cli::quoted(dir)));
        return std::nullopt;
    }
    const QFileInfoList files = directory.entryInfoList({QStringLiteral("*.csv")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        Cli::printError(Cli::tr("%1 holds no matrix files (*.csv).").arg(Cli::quoted(dir)));
        return std::nullopt;
    }
    std::vector<GroupMember> members;
    for (const QFileInfo &info : files) {
        const QString path = info.filePath();
        const std::optional<QByteArray> bytes =
            Cli::readSmallFile(path, Cli::tr("%1 is too large for a pairwise comparison matrix."));
        if (!bytes)
            return std::nullopt;
        QString error;
        std::optional<ahp::PairwiseTable> table = ahp::parseCsv(*bytes, path, &error);
        if (!table) {
            Cli::printError(error);
            return std::nullopt;
        }
        if (const QString problem = ahp::checkMatrix(table->matrix); !problem.isEmpty()) {
            Cli::printError(Cli::tr("%1: %2").arg(Cli::quoted(path), problem));
            return std::nullopt;
        }
        if (!members.empty() && table->names != members.front().table.names) {
            Cli::printError(Cli::tr("%1 compares %2, but %3 compares %4; every matrix of a group "
                                    "must compare the same criteria in the same order.")
                                .arg(Cli::quoted(path), table->names.join(QLatin1String(", ")),
                                     Cli::quoted(files.front().filePath()),
                                     members.front().table.names.join(QLatin1String(", "))));
            return std::nullopt;
        }
        members.push_back({info.completeBaseName(), std::move(*table)});
    }
    return members;
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
    const QCommandLineOption groupOption(
        QStringLiteral("group"),
        tr("Aggregate a group: DIR holds one matrix CSV per participant (named after them)."),
        tr("DIR"));
    parser.addOption(groupOption);
    const bool grouped = std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == QLatin1String("--group") || a.startsWith(QLatin1String("--group="));
    });
    if (const auto stop = parse(parser, args, grouped ? 0 : 1))
        return *stop;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(command, tr("--format needs table or json, not \"%1\".").arg(kind));

    if (parser.isSet(groupOption)) {
        const std::optional<std::vector<GroupMember>> members =
            readGroup(parser.value(groupOption));
        if (!members)
            return InputError;
        std::vector<ahp::Matrix> matrices;
        for (const GroupMember &m : *members)
            matrices.push_back(m.table.matrix);
        QString error;
        const std::optional<ahp::GroupResult> group = ahp::aggregate(matrices, &error);
        if (!group) {
            printError(tr("%1: %2").arg(quoted(parser.value(groupOption)), error));
            return InputError;
        }
        printOut(kind == QLatin1String("json") ? groupAsJson(*members, *group)
                                               : groupAsTable(*members, *group));
        return Success;
    }

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
    const std::optional<ahp::Suggestion> suggestion = ahp::suggest(table->matrix);
    printOut(kind == QLatin1String("json") ? asJson(*table, *result, suggestion)
                                           : asTable(*table, *result, suggestion));
    return Success;
}

} // namespace ps
