// SPDX-License-Identifier: GPL-3.0-or-later
// The file commands: demo, check and generate. Each parses its own options, does its work
// through the core library, and maps failures to the exit statuses of product.md.
#include "app/cli.h"

#include "core/demo/demoportfolio.h"
#include "core/generate/generator.h"
#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace ps {
namespace {

QCommandLineOption outputOption() {
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write the portfolio to FILE (replaced atomically)."),
                              Cli::tr("FILE"));
}

/// Saves `data` to `path`; on failure prints one sentence naming the file.
bool saveOrReport(const PortfolioData &data, const QString &path) {
    QString message;
    if (PortfolioFile::save(data, path, &message))
        return true;
    Cli::printError(message.isEmpty() ? Cli::tr("Could not write %1.").arg(Cli::quoted(path))
                                      : message);
    return false;
}

QString summary(const PortfolioData &data) {
    const QLocale locale;
    return Cli::tr("partners: %1, ICPs: %2, links: %3, OEM deals: %4")
        .arg(locale.toString(qulonglong(data.partners.size())),
             locale.toString(qulonglong(data.icps.size())),
             locale.toString(qulonglong(data.links.size())),
             locale.toString(qulonglong(data.oemDeals.size())));
}

} // namespace

int Cli::runDemo(const QStringList &args) {
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption();
    parser.addOption(output);
    if (const auto stop = parse(parser, args, 0))
        return *stop;
    if (!parser.isSet(output))
        return usageError(args.value(0), tr("The output file is missing (-o FILE)."));
    const QString path = parser.value(output);
    if (!saveOrReport(demoPortfolio(), path))
        return InputError;
    return Success;
}

int Cli::runCheck(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to validate."));
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    const QString name = isLocation(path) ? path : quoted(path);
    if (isLocation(path)) {
        // A team portfolio: every problem of its rows, as for a file.
        QString error;
        const std::optional<TeamLocation> location = TeamLocation::parse(path, &error);
        if (!location)
            return usageError(args.value(0), error);
        const TeamStore::OpenResult opened = TeamStore::open(*location, QString(), 1000);
        for (const QString &problem : opened.problems)
            printError(problem);
        if (!opened.ok()) {
            if (opened.problems.isEmpty())
                printError(opened.message);
            return InputError;
        }
        printOut(tr("%1: ok (%2)").arg(location->toString(), summary(opened.portfolio->data)) +
                 QLatin1Char('\n'));
        return Success;
    }
    const QStringList problems = PortfolioFile::check(path);
    for (const QString &problem : problems)
        // Every line must say which file it is about, even when a script checks many.
        printError(problem.contains(name) ? problem : tr("%1: %2").arg(name, problem));
    if (!problems.isEmpty())
        return InputError;
    const PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
    if (!loaded.ok()) {
        printError(loaded.message.isEmpty() ? tr("%1 could not be read.").arg(name)
                                            : loaded.message);
        return InputError;
    }
    printOut(tr("%1: ok (%2)").arg(name, summary(*loaded.data)) + QLatin1Char('\n'));
    return Success;
}

int Cli::runGenerate(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    const QCommandLineOption partners(QStringLiteral("partners"), tr("Number of partners."),
                                      tr("N"));
    const QCommandLineOption icps(QStringLiteral("icps"), tr("Number of ICPs."), tr("M"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed; the same seed gives the same portfolio (default 1)."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({partners, icps, seed, output});
    if (const auto stop = parse(parser, args, 0))
        return *stop;
    if (!parser.isSet(partners))
        return usageError(command, tr("The number of partners is missing (--partners N)."));
    if (!parser.isSet(icps))
        return usageError(command, tr("The number of ICPs is missing (--icps M)."));
    if (!parser.isSet(output))
        return usageError(command, tr("The output file is missing (-o FILE)."));

    constexpr qint64 maxPartners = 1000000;
    constexpr qint64 maxIcps = 1000;
    const auto partnerCount =
        number(command, QStringLiteral("partners"), parser.value(partners), 0, maxPartners);
    if (!partnerCount)
        return UsageError;
    const auto icpCount = number(command, QStringLiteral("icps"), parser.value(icps), 0, maxIcps);
    if (!icpCount)
        return UsageError;
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return usageError(
            command, tr("--seed needs a whole number from 0 to %1, not \"%2\".")
                         .arg(QLocale().toString(qulonglong(~quint64(0))), parser.value(seed)));

    QElapsedTimer timer;
    timer.start();
    const PortfolioData data = generatePortfolio(int(*partnerCount), int(*icpCount), seedValue);
    const QString path = parser.value(output);
    if (!saveOrReport(data, path))
        return InputError;
    printOut(tr("Wrote %1 (%2) in %3 s.")
                 .arg(quoted(path), summary(data),
                      QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 2)) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace ps
