// SPDX-License-Identifier: GPL-3.0-or-later
// The team commands: publish a portfolio file to a PostgreSQL server, and take an offline copy
// of a team portfolio (docs/team.md). Passwords come from ~/.pgpass or PGPASSWORD (libpq),
// never from the command line.
#include "app/cli.h"

#include "core/storage/portfoliofile.h"
#include "core/team/teamstore.h"

#include <QCommandLineParser>

namespace ps {
namespace {

/// Parses a location given to `command`; on failure reports a usage error.
std::optional<TeamLocation> locationArgument(const QString &command, const QString &text,
                                             int *status) {
    if (!TeamLocation::looksLikeLocation(text)) {
        *status =
            Cli::usageError(command, Cli::tr("%1 is not a team portfolio location "
                                             "(postgresql://user@host/database?portfolio=NAME).")
                                         .arg(Cli::quoted(text)));
        return std::nullopt;
    }
    QString error;
    std::optional<TeamLocation> location = TeamLocation::parse(text, &error);
    if (!location)
        *status = Cli::usageError(command, error);
    return location;
}

} // namespace

bool Cli::isLocation(const QString &text) {
    return TeamLocation::looksLikeLocation(text);
}

int Cli::runPublish(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio file to publish."));
    parser.addPositionalArgument(tr("LOCATION"),
                                 tr("Where to put it: postgresql://user@host/database?"
                                    "portfolio=NAME (a new portfolio name)."));
    if (const auto stop = parse(parser, args, 2))
        return *stop;
    const QString path = parser.positionalArguments().at(0);
    int status = Success;
    const std::optional<TeamLocation> location =
        locationArgument(command, parser.positionalArguments().at(1), &status);
    if (!location)
        return status;
    const std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    QString message;
    if (!TeamStore::publish(*data, *location, QString(), &message)) {
        printError(message);
        return InputError;
    }
    printOut(tr("Published %1 as %2.").arg(quoted(path), location->toString()) + QLatin1Char('\n'));
    if (!data->accountBook.lists.empty())
        printError(tr("The account lists of %1 stay in that file: account mapping is private to "
                      "the one who holds the lists, and a team portfolio does not hold them.")
                       .arg(quoted(path)));
    const QString note = location->tlsNote();
    if (!note.isEmpty())
        printError(note);
    return Success;
}

int Cli::runCopy(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("LOCATION"), tr("The team portfolio to copy."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the copy to FILE (replaced atomically)."),
                                    tr("FILE"));
    parser.addOption(output);
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(output))
        return usageError(command, tr("The output file is missing (-o FILE)."));
    int status = Success;
    const std::optional<TeamLocation> location =
        locationArgument(command, parser.positionalArguments().at(0), &status);
    if (!location)
        return status;
    const QString path = parser.value(output);
    QString message;
    if (!TeamStore::copyToFile(*location, path, QString(), &message)) {
        printError(message.isEmpty() ? tr("Could not write %1.").arg(quoted(path)) : message);
        return InputError;
    }
    printOut(tr("Copied %1 to %2.").arg(location->toString(), quoted(path)) + QLatin1Char('\n'));
    return Success;
}

} // namespace ps
