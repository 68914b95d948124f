// SPDX-License-Identifier: GPL-3.0-or-later
// kmeans_100k: k-means++ with k=6 on the criteria of 100,000 generated partners, against
// scikit-learn's KMeans (Debian package python3-sklearn) on the same matrix, in the same run.
#include "benchutil.h"

#include "core/analytics/clustering.h"
#include "core/generate/generator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace ps::bench {
namespace {

constexpr int Partners = 100000;
constexpr int K = 6;

/// The criteria with missing values replaced by the criterion mean, as kmeans() clusters them,
/// so both sides see the same numbers.
bool writeCsv(const CriteriaTable &criteria, const QString &path) {
    std::array<double, CriterionCount> sum{};
    std::array<int, CriterionCount> present{};
    for (const auto &row : criteria.values)
        for (size_t c = 0; c < size_t(CriterionCount); ++c)
            if (!CriteriaTable::isMissing(row[c])) {
                sum[c] += row[c];
                ++present[c];
            }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (const auto &row : criteria.values) {
        for (size_t c = 0; c < size_t(CriterionCount); ++c) {
            const double mean = present[c] ? sum[c] / present[c] : 0.0;
            out << (c ? "," : "")
                << QString::number(CriteriaTable::isMissing(row[c]) ? mean : double(row[c]), 'g',
                                   9);
        }
        out << '\n';
    }
    out.flush();
    return file.flush();
}

// Times only the fit, median of 3, in seconds on the last line; loading the CSV is not timed.
const char *const peerScript = R"(
import sys, time, statistics
import numpy as np
from sklearn.cluster import KMeans
x = np.loadtxt(sys.argv[1], delimiter=",")
times = []
for _ in range(3):
    model = KMeans(n_clusters=6, n_init=1, init="k-means++", random_state=1, algorithm="lloyd")
    start = time.perf_counter()
    model.fit(x)
    times.append(time.perf_counter() - start)
print(model.inertia_, model.n_iter_)
print(statistics.median(times))
)";

int kmeansBenchmark(const Context &context) {
    const PortfolioData data = generatePortfolio(Partners, 40, 42);
    const CriteriaTable criteria = computeCriteria(data);
    ClusterResult result;
    const double ours = medianMs(3, [&] { result = kmeans(criteria, K, 1); });
    std::fprintf(stderr, "kmeans_100k: ours inertia %.6g after %d iterations\n", result.inertia,
                 result.iterations);
    report(QStringLiteral("kmeans_100k"), ours, QStringLiteral("ms"));

    // The Debian interpreter first: python3-sklearn installs there, while a python3 earlier on
    // PATH (pyenv, a virtualenv) may not have it.
    QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        std::fprintf(stderr, "kmeans_100k: python3 not found\n");
        return 1;
    }
    const QString dir = context.workDir.isEmpty() ? QDir::tempPath() : context.workDir;
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("kmeans_100k.csv"));
    if (!writeCsv(criteria, csv)) {
        std::fprintf(stderr, "kmeans_100k: cannot write %s\n", qPrintable(csv));
        return 1;
    }
    QProcess peer;
    peer.start(python, {QStringLiteral("-c"), QString::fromLatin1(peerScript), csv});
    if (!peer.waitForFinished(-1) || peer.exitStatus() != QProcess::NormalExit ||
        peer.exitCode() != 0) {
        std::fprintf(stderr,
                     "kmeans_100k: scikit-learn failed (install the Debian package "
                     "python3-sklearn; scripts/setup.sh does): %s\n",
                     peer.readAllStandardError().constData());
        return 1;
    }
    const QStringList lines =
        QString::fromUtf8(peer.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    bool ok = false;
    const double seconds = lines.isEmpty() ? 0.0 : lines.last().toDouble(&ok);
    if (!ok || seconds <= 0.0) {
        std::fprintf(stderr, "kmeans_100k: unexpected scikit-learn output\n");
        return 1;
    }
    if (lines.size() > 1)
        std::fprintf(stderr, "kmeans_100k: scikit-learn inertia and iterations %s\n",
                     qPrintable(lines.first()));
    const double peerMs = seconds * 1000.0;
    report(QStringLiteral("kmeans_100k.peer"), peerMs, QStringLiteral("ms"));
    report(QStringLiteral("kmeans_100k.ratio"), ours / peerMs, QString());
    return 0;
}

const Registration registration(QStringLiteral("kmeans_100k"),
                                QStringLiteral("k-means++ (k=6) on the criteria of 100,000 "
                                               "partners, against scikit-learn's KMeans on the "
                                               "same matrix"),
                                &kmeansBenchmark);

} // namespace
} // namespace ps::bench
