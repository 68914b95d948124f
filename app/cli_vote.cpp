// SPDX-License-Identifier: GPL-3.0-or-later
// `partnerscope vote-server FILE --port P [--bind ADDRESS]`: the workshop's voting server without
// the window, for scripts and tests. It reads the portfolio once (the criteria, the active
// scenario and the partners' criterion values for the disagreement ranking; none of it is
// served), prints the join URL and code, then one `aggregate: {json}` line whenever the room's
// judgments change, and runs until SIGINT or SIGTERM. Lines on standard input steer it like
// the facilitator: `spotlight NAME`, `reveal`, `clear`, `rotate-code`.
#include "app/cli.h"

#include "core/scoring/scoring.h"
#include "core/voting/votingserver.h"
#include "core/voting/votingsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ps {
namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

QJsonObject weightsJson(const voting::CriteriaGroup &group, const std::vector<double> &w) {
    QJsonObject out;
    for (qsizetype i = 0; i < group.criteria.size() && size_t(i) < w.size(); ++i)
        out.insert(group.criteria.at(i).key, w[size_t(i)]);
    return out;
}

QByteArray aggregateJson(const voting::VotingSession &session, const voting::Aggregate &a) {
    QJsonObject root;
    root.insert(QStringLiteral("participants"), a.participants);
    QJsonArray groups;
    for (size_t g = 0; g < a.groups.size(); ++g) {
        const voting::CriteriaGroup &info = session.groups().at(qsizetype(g));
        const voting::GroupAggregate &ga = a.groups[g];
        QJsonObject o{{QStringLiteral("key"), info.key}, {QStringLiteral("complete"), ga.complete}};
        if (ga.result) {
            o.insert(QStringLiteral("aij"), QJsonObject{{QStringLiteral("weights"),
                                                         weightsJson(info, ga.result->aij.weights)},
                                                        {QStringLiteral("cr"), ga.result->aij.cr}});
            o.insert(
                QStringLiteral("aip"),
                QJsonObject{{QStringLiteral("weights"), weightsJson(info, ga.result->aipWeights)}});
            o.insert(QStringLiteral("consensus"), ga.result->consensus);
            QJsonArray people;
            for (size_t k = 0; k < ga.names.size(); ++k)
                people.append(
                    QJsonObject{{QStringLiteral("name"), ga.names[k]},
                                {QStringLiteral("cr"), ga.result->participants[k].result.cr}});
            o.insert(QStringLiteral("participants"), people);
        }
        groups.append(o);
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray disagreements;
    for (const Disagreement &d : a.disagreements) {
        const voting::CriteriaGroup &info = session.groups().at(int(d.axis));
        disagreements.append(QJsonObject{{QStringLiteral("group"), info.key},
                                         {QStringLiteral("a"), info.criteria.at(d.row).key},
                                         {QStringLiteral("b"), info.criteria.at(d.column).key},
                                         {QStringLiteral("partners_moved"), d.partnersMoved},
                                         {QStringLiteral("low"), d.low},
                                         {QStringLiteral("high"), d.high}});
    }
    root.insert(QStringLiteral("disagreements"), disagreements);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void steer(voting::VotingSession &session, const QString &line) {
    const QString command = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
    if (command == QLatin1String("spotlight") && !rest.isEmpty())
        session.setSpotlight(rest);
    else if (command == QLatin1String("clear"))
        session.setSpotlight(QString());
    else if (command == QLatin1String("reveal"))
        session.revealVotes();
    else if (command == QLatin1String("rotate-code"))
        session.rotateJoinCode();
    else if (!command.isEmpty())
        Cli::printError(Cli::tr("Unknown command \"%1\" (spotlight NAME, reveal, clear, "
                                "rotate-code).")
                            .arg(command.left(40)));
}

} // namespace

int Cli::runVoteServer(const QStringList &args) {
    QCommandLineParser parser;
    const QString command = args.value(0);
    parser.addPositionalArgument(tr("FILE"), tr("The portfolio whose criteria the room weighs."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        tr("TCP port to listen on (0: any free port)."), tr("P"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        tr("The one address to listen on (default 127.0.0.1)."),
                                        tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption capOption(QStringLiteral("cap"),
                                       tr("Most participants that may join (default 60)."), tr("N"),
                                       QStringLiteral("60"));
    parser.addOption(portOption);
    parser.addOption(bindOption);
    parser.addOption(capOption);
    if (const auto stop = parse(parser, args, 1))
        return *stop;
    if (!parser.isSet(portOption))
        return usageError(command, tr("--port is missing."));
    const std::optional<qint64> port =
        number(command, QStringLiteral("port"), parser.value(portOption), 0, 65535);
    const std::optional<qint64> cap =
        number(command, QStringLiteral("cap"), parser.value(capOption), 1, 1000);
    if (!port || !cap)
        return UsageError;
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return usageError(command, tr("--bind needs an IP address such as 192.168.1.20, not "
                                      "\"%1\".")
                                       .arg(parser.value(bindOption)));

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<PortfolioData> data = loadPortfolio(path);
    if (!data)
        return InputError;
    voting::VotingSession session(voting::scoringGroups());
    session.setParticipantCap(int(*cap));
    const Scenario *active = nullptr;
    for (const Scenario &s : data->scenarios)
        if (s.id == data->activeScenarioId)
            active = &s;
    if (active)
        session.setScoringContext(computeCriteria(*data), *active, std::nullopt);

    voting::VotingServer server(&session);
    QString error;
    if (!server.start(address, quint16(*port), &error)) {
        printError(error);
        return InputError;
    }
    QObject::connect(&session, &voting::VotingSession::judgmentsChanged, &session,
                     [&session](const voting::Aggregate &a) {
                         printOut(QStringLiteral("aggregate: %1\n")
                                      .arg(QString::fromUtf8(aggregateJson(session, a))));
                     });
    QObject::connect(&session, &voting::VotingSession::joinCodeChanged, &session,
                     [&server](const QString &code) {
                         printOut(tr("Join code: %1").arg(code) + QLatin1Char('\n') +
                                  tr("Join URL: %1").arg(server.joinUrl().toString()) +
                                  QLatin1Char('\n'));
                     });
    printOut(tr("Voting server for %1 listening on http://%2:%3/")
                 .arg(quoted(path), address.toString())
                 .arg(server.port()) +
             QLatin1Char('\n') + tr("Join URL: %1").arg(server.joinUrl().toString()) +
             QLatin1Char('\n') + tr("Join code: %1").arg(session.joinCode()) + QLatin1Char('\n') +
             tr("Stop it with Ctrl+C.") + QLatin1Char('\n'));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        printError(tr("The voting server could not set up its stop signal."));
        return InputError;
    }
    QSocketNotifier stopper(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopper, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    // Standard input may be closed (CI): then nothing steers, and a signal still stops it.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(::fcntl(STDIN_FILENO, F_GETFD) != -1);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &session, [&] {
        char buffer[512];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false); // end of input: keep serving until a signal
            return;
        }
        pending.append(buffer, got);
        if (pending.size() > 4096)
            pending.clear();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            steer(session, QString::fromUtf8(pending.left(newline)).trimmed());
            pending.remove(0, newline + 1);
        }
    });

    const int status = QCoreApplication::exec();
    server.stop();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    printOut(tr("Voting server stopped.") + QLatin1Char('\n'));
    return status == 0 ? Success : InputError;
}

} // namespace ps
