// SPDX-License-Identifier: GPL-3.0-or-later
// Team portfolios on a real PostgreSQL 15 started for the run (tests/support/pgtestserver.h).
// open_100k_pg: open the 100,000-partner portfolio from the server (every table through COPY,
// read with the file's reader, ready to show), against psql copying the same tables to
// /dev/null in the same run. edit_to_second_client: one client changes a partner; how long until
// a second client (its own connection, over loopback TCP) shows it: median and max.
#include "benchutil.h"

#include "core/demo/demoportfolio.h"
#include "core/domain/portfolio.h"
#include "core/generate/generator.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/tables.h"
#include "core/team/teamstore.h"
#include "core/team/teamsync.h"
#include "pgtestserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace ps::bench {
namespace {

/// The 100k portfolio of bench_open.cpp; generated as scripts/bench.sh does when missing.
std::optional<PortfolioData> portfolio100k(const Context &context) {
    const QString path = QDir(context.workDir).filePath(QStringLiteral("bench-100k.partnerscope"));
    if (!QFileInfo::exists(path)) {
        QString message;
        if (!PortfolioFile::save(generatePortfolio(100000, 50, 42), path, &message)) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return std::nullopt;
        }
    }
    PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.message));
        return std::nullopt;
    }
    return std::move(loaded.data);
}

bool startServer(test::PgTestServer &server) {
    QString error;
    if (!test::PgTestServer::unavailableReason().isEmpty())
        error = test::PgTestServer::unavailableReason();
    else if (server.start(&error))
        return true;
    std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
    return false;
}

int openPgBenchmark(const Context &context) {
    std::optional<PortfolioData> data = portfolio100k(context);
    if (!data)
        return 1;
    test::PgTestServer server;
    if (!startServer(server))
        return 1;
    const TeamLocation location = server.location(QStringLiteral("bench100k"));
    QString message;
    if (!TeamStore::publish(*data, location, QString(), &message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    server.sql(QStringLiteral("VACUUM ANALYZE"));
    bool ok = true;
    const double ours = medianMs(5, [&] {
        TeamStore::OpenResult opened = TeamStore::open(location);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            ok = false;
            return;
        }
        Portfolio portfolio;
        portfolio.assign(std::move(opened.portfolio->data));
    });
    if (!ok)
        return 1;
    report(QStringLiteral("open_100k_pg"), ours, QStringLiteral("ms"));

    // psql, one session copying every table of the portfolio to /dev/null.
    QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"),
                        QStringLiteral("-h"), server.socketDir(),
                        QStringLiteral("-p"), QString::number(server.port()),
                        QStringLiteral("-U"), QStringLiteral("postgres"),
                        QStringLiteral("-d"), QStringLiteral("postgres")};
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int i = 0; i < count; ++i)
        args << QStringLiteral("-c")
             << QStringLiteral("\\copy %1.\"%2\" to '/dev/null'")
                    .arg(location.portfolio, QLatin1String(tables[i]->name));
    const double peer = medianCommandMs(5, QStringLiteral("psql"), args);
    report(QStringLiteral("open_100k_pg.peer"), peer, QStringLiteral("ms"));
    report(QStringLiteral("open_100k_pg.ratio"), ours / peer, QString());
    return 0;
}

struct Client {
    Portfolio portfolio;
    std::unique_ptr<TeamSync> sync;
};

std::unique_ptr<Client> connectClient(const TeamLocation &location) {
    TeamStore::OpenResult opened = TeamStore::open(location);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return nullptr;
    }
    auto client = std::make_unique<Client>();
    client->portfolio.assign(opened.portfolio->data);
    client->sync = std::make_unique<TeamSync>(&client->portfolio, std::move(*opened.portfolio));
    return client;
}

int latencyBenchmark(const Context &) {
    test::PgTestServer server;
    if (!startServer(server))
        return 1;
    const TeamLocation location =
        server.location(QStringLiteral("latency"), QStringLiteral("postgres"), /*tcp=*/true);
    QString message;
    const PortfolioData demo = demoPortfolio();
    if (!TeamStore::publish(demo, location, QString(), &message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    std::unique_ptr<Client> a = connectClient(location);
    std::unique_ptr<Client> b = connectClient(location);
    if (!a || !b)
        return 1;
    const Id target = demo.partners.front().id;
    std::vector<double> ms;
    for (int i = 0; i < 51; ++i) {
        Partner p = *a->portfolio.find<Partner>(target);
        p.notes = QStringLiteral("edit %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        a->portfolio.replace(p); // sent when control returns to the event loop
        while (b->portfolio.find<Partner>(target)->notes != p.notes) {
            if (timer.elapsed() > 10000) {
                std::fprintf(stderr, "edit_to_second_client: edit %d never arrived.\n", i);
                return 1;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        if (i > 0) // the first warms up prepared statements and caches
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    report(QStringLiteral("edit_to_second_client"), ms[ms.size() / 2], QStringLiteral("ms"));
    report(QStringLiteral("edit_to_second_client.max"), ms.back(), QStringLiteral("ms"));
    return 0;
}

const Registration openPgReg(QStringLiteral("open_100k_pg"),
                             QStringLiteral("open a 100k-partner team portfolio from PostgreSQL"),
                             openPgBenchmark);
const Registration latencyReg(QStringLiteral("edit_to_second_client"),
                              QStringLiteral("one edit until a second client shows it (loopback)"),
                              latencyBenchmark);

} // namespace
} // namespace ps::bench
