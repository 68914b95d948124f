// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/team/teamstore.h"

#include "core/storage/portfoliofile.h"
#include "core/storage/portfoliowriter.h"
#include "core/storage/rowreader.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QThread>

#include <optional>

namespace ps::TeamStore {
namespace {

class TeamTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Team)
};

QString quotedLocation(const TeamLocation &location) {
    return QLatin1Char('"') + location.toString() + QLatin1Char('"');
}

/// Connects and reads who we are. On failure sets *message.
bool connect(PgConnection &connection, const TeamLocation &location, const QString &password,
             QString *database, QString *user, QString *message) {
    QString error;
    if (!connection.open(location, password, &error)) {
        *message = TeamTr::tr("Could not connect to %1: %2.")
                       .arg(quotedLocation(location), error.section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    PgResult who = connection.exec("SELECT current_database(), current_user");
    *database = who.text(0, 0);
    *user = who.text(0, 1);
    return true;
}

/// Why an open failed with these SQL states, in words a team understands.
QString privilegeHint(const QByteArray &state) {
    if (state == "42501")
        return TeamTr::tr("you lack the privileges this needs (see docs/team.md)");
    return QString();
}

/// The second half of open(): Part::History on a connection of its own that imports the first
/// connection's snapshot, so both halves read one state of the portfolio.
struct HistoryReader {
    PgConnection connection;
    std::optional<PgTableSource> source;
    std::optional<RowReader> reader;
    std::unique_ptr<QThread> thread;
    PortfolioData data;
    bool read = false;

    /// Connects and prepares the thread; false (and no thread) to read on one connection, for
    /// example when the server refuses a second connection.
    bool start(PgConnection &first, const TeamLocation &location, const QString &password,
               int maxProblems) {
        const PgResult snapshot = first.exec("SELECT pg_export_snapshot()");
        if (!snapshot.ok() || snapshot.rows() != 1)
            return false;
        const QByteArray id = snapshot.value(0, 0);
        QString why;
        if (!connection.open(location, password, &why) ||
            !connection.useSchema(location.portfolio, &why) ||
            !connection.command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &why) ||
            !connection.command("SET TRANSACTION SNAPSHOT " + connection.literal(id), &why)) {
            connection.close();
            return false;
        }
        source.emplace(connection);
        thread.reset(QThread::create([this, maxProblems] {
            reader.emplace(*source, maxProblems);
            read = reader->read(data, RowReader::Part::History);
            connection.command("COMMIT");
        }));
        return true;
    }
    ~HistoryReader() {
        if (thread)
            thread->wait();
    }
};

} // namespace

OpenResult open(const TeamLocation &location, const QString &password, int maxProblems) {
    OpenResult out;
    auto fail = [&](const QString &why) {
        out.message = TeamTr::tr("Could not open the team portfolio %1: %2.")
                          .arg(quotedLocation(location), why);
        out.problems << out.message;
        return std::move(out);
    };
    TeamPortfolio team;
    team.location = location;
    team.connection = std::make_unique<PgConnection>();
    PgConnection &connection = *team.connection;
    if (!connect(connection, location, password, &team.database, &team.user, &out.message)) {
        out.problems << out.message;
        return out;
    }
    if (!TeamSchema::exists(connection, location.portfolio))
        return fail(TeamTr::tr("database %1 has no portfolio named %2")
                        .arg(team.database, location.portfolio));
    bool ours = false;
    const int version = TeamSchema::version(connection, location.portfolio, &ours);
    if (!ours)
        return fail(TeamTr::tr("schema %1 is not a Partnerscope portfolio, or you may not read it")
                        .arg(location.portfolio));
    if (version > Schema::CurrentVersion)
        return fail(TeamTr::tr("it was written by a newer version of Partnerscope (format %1; "
                               "this version reads formats up to %2)")
                        .arg(version)
                        .arg(Schema::CurrentVersion));
    team.role = TeamSchema::currentRole(connection, team.database, location.portfolio);
    if (team.role == TeamSchema::Role::None)
        return fail(TeamTr::tr("user %1 has no role on it; an owner can add you as a member")
                        .arg(team.user));
    QString error;
    if (version < Schema::CurrentVersion) {
        // An owner's Partnerscope brings the server's schema up to date, in one transaction.
        if (team.role != TeamSchema::Role::Owner)
            return fail(TeamTr::tr("it is in format %1 and must be opened once by an owner, whose "
                                   "Partnerscope upgrades it to format %2")
                            .arg(version)
                            .arg(Schema::CurrentVersion));
        if (!connection.command("BEGIN", &error) ||
            !TeamSchema::upgrade(connection, location.portfolio, &error) ||
            !TeamSchema::installServerObjects(connection, team.database, location.portfolio, 0,
                                              &error) ||
            !connection.command("COMMIT", &error)) {
            connection.command("ROLLBACK");
            return fail(
                TeamTr::tr("it could not be upgraded from format %1: %2").arg(version).arg(error));
        }
    }
    // LISTEN before the snapshot: a change committed in between is both read and notified,
    // never neither.
    if (!connection.useSchema(location.portfolio, &error) ||
        !connection.command("LISTEN " + connection.identifier(QString::fromUtf8(
                                            TeamSchema::channel(location.portfolio))),
                            &error) ||
        !connection.command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &error))
        return fail(error);
    // The activity log and the investment history, the largest tables, are read on a second
    // connection and thread at once, in the same snapshot (exported by this transaction).
    HistoryReader history;
    if (history.start(connection, location, password, maxProblems))
        history.thread->start();
    PgTableSource source(connection);
    RowReader reader(source, maxProblems);
    PortfolioData data;
    const bool read =
        reader.read(data, history.thread ? RowReader::Part::Model : RowReader::Part::All);
    if (history.thread)
        history.thread->wait();
    connection.command("COMMIT");
    const RowReader *failed = !read ? &reader : nullptr;
    if (!failed && history.thread && !history.read)
        failed = &*history.reader;
    if (failed) {
        for (const QString &problem : failed->problems())
            out.problems << TeamTr::tr("The team portfolio %1 has invalid data in %2.")
                                .arg(quotedLocation(location), problem);
        out.message = out.problems.value(0);
        return out;
    }
    if (history.thread) {
        RowReader::merge(data, std::move(history.data));
        for (auto it = history.source->rowMeta().begin(); it != history.source->rowMeta().end();
             ++it)
            source.rowMeta().insert(it.key(), std::move(it.value()));
    }
    const QStringList problems = validate(data);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            out.problems << TeamTr::tr("The team portfolio %1 has invalid data: %2")
                                .arg(quotedLocation(location), problem);
        out.message = out.problems.value(0);
        return out;
    }
    team.data = std::move(data);
    team.rowMeta = std::move(source.rowMeta());
    out.portfolio = std::move(team);
    return out;
}

bool publish(const PortfolioData &data, const TeamLocation &location, const QString &password,
             QString *message) {
    auto fail = [&](const QString &why) {
        if (message)
            *message =
                TeamTr::tr("Could not publish to %1: %2.").arg(quotedLocation(location), why);
        return false;
    };
    const QStringList problems = validate(data);
    if (!problems.isEmpty())
        return fail(problems.first());
    PgConnection connection;
    QString database;
    QString user;
    QString error;
    if (!connect(connection, location, password, &database, &user, &error)) {
        if (message)
            *message = error;
        return false;
    }
    if (TeamSchema::exists(connection, location.portfolio))
        return fail(TeamTr::tr("database %1 already has a portfolio or schema named %2; choose "
                               "another name")
                        .arg(database, location.portfolio));
    PgCopySink sink;
    if (!writePortfolio(data, sink))
        return fail(TeamTr::tr("the rows could not be prepared"));
    const bool done = connection.command("BEGIN", &error) &&
                      TeamSchema::create(connection, location.portfolio, &error) &&
                      sink.send(connection, &error) &&
                      TeamSchema::installServerObjects(connection, database, location.portfolio,
                                                       sink.maxId() + 1, &error) &&
                      connection.command("COMMIT", &error);
    if (done)
        return true;
    const QByteArray state = connection.lastSqlState();
    connection.command("ROLLBACK");
    const QString hint = privilegeHint(state);
    return fail(hint.isEmpty() ? error : hint + QStringLiteral(" (") + error + QLatin1Char(')'));
}

bool copyToFile(const TeamLocation &location, const QString &path, const QString &password,
                QString *message) {
    OpenResult opened = open(location, password);
    if (!opened.ok()) {
        if (message)
            *message = opened.message;
        return false;
    }
    opened.portfolio->connection.reset();
    return PortfolioFile::save(opened.portfolio->data, path, message);
}

} // namespace ps::TeamStore
