// SPDX-License-Identifier: GPL-3.0-or-later
// open_100k: open a generated portfolio of 100,000 partners, 50 ICPs and ~500,000 links until it
// is ready to show (rows in memory, indexes built), against the sqlite3 shell reading the same
// tables in the same run. open_100k_rss: peak memory of a fresh process that opens it.
#include "benchutil.h"

#include "core/domain/portfolio.h"
#include "core/storage/portfoliofile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

namespace ps::bench {
namespace {

QString portfolio100k(const Context &context) {
    return QDir(context.workDir).filePath(QStringLiteral("bench-100k.partnerscope"));
}

bool openInto(Portfolio &portfolio, const QString &path) {
    PortfolioFile::LoadResult result = PortfolioFile::load(path);
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return false;
    }
    portfolio.assign(std::move(*result.data));
    return true;
}

int openBenchmark(const Context &context) {
    const QString path = portfolio100k(context);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "open_100k: %s is missing (scripts/bench.sh generates it).\n",
                     qPrintable(path));
        return 1;
    }
    bool ok = true;
    const double ours = medianMs(5, [&] {
        Portfolio portfolio;
        ok = ok && openInto(portfolio, path);
    });
    if (!ok)
        return 1;
    report(QStringLiteral("open_100k"), ours, QStringLiteral("ms"));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "open_100k.peer: the sqlite3 shell is not installed.\n");
        return 1;
    }
    const QString sql =
        QStringLiteral("SELECT * FROM portfolio; SELECT * FROM icps; SELECT * FROM partners; "
                       "SELECT * FROM influence_links; SELECT * FROM oem_deals; "
                       "SELECT * FROM oem_royalty_tiers; SELECT * FROM oem_scoreboard;");
    const double peer = medianCommandMs(
        5, sqlite3, {QStringLiteral("-batch"), QStringLiteral("-readonly"), path, sql});
    report(QStringLiteral("open_100k.peer"), peer, QStringLiteral("ms"));
    report(QStringLiteral("open_100k.ratio"), ours / peer, QString());
    return 0;
}

int rssBenchmark(const Context &context) {
    QProcess child;
    child.start(context.selfPath, {QStringLiteral("--work-dir"), context.workDir,
                                   QStringLiteral("--child-open_100k_rss")});
    child.waitForFinished(-1);
    const QByteArray out = child.readAllStandardOutput().trimmed();
    bool ok = false;
    const double mib = out.toDouble(&ok);
    if (child.exitCode() != 0 || !ok) {
        std::fprintf(stderr, "open_100k_rss: the measuring process failed.\n");
        return 1;
    }
    report(QStringLiteral("open_100k_rss"), mib, QStringLiteral("MiB"));
    return 0;
}

/// Runs in the fresh child process: open once, print the peak RSS.
int rssChild(const Context &context) {
    Portfolio portfolio;
    if (!openInto(portfolio, portfolio100k(context)))
        return 1;
    std::printf("%.1f\n", peakRssMiB());
    return 0;
}

const Registration openReg(QStringLiteral("open_100k"),
                           QStringLiteral("open 100k partners / 50 ICPs / 500k links"),
                           openBenchmark);
const Registration
    rssReg(QStringLiteral("open_100k_rss"),
           QStringLiteral("peak memory with the 100k portfolio open"), [](const Context &context) {
               return context.extraArgs.contains(QStringLiteral("--child-open_100k_rss"))
                          ? rssChild(context)
                          : rssBenchmark(context);
           });

} // namespace
} // namespace ps::bench
