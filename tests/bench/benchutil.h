// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ps::bench {

/// Options every benchmark receives from scripts/bench.sh.
struct Context {
    QString workDir;  ///< where generated portfolios live
    QString selfPath; ///< this executable, for measurements in a fresh child process
    QStringList extraArgs;
};

/// Prints one figure in the `NAME: VALUE UNIT` format that bench.sh and docs/performance.md use.
void report(const QString &name, double value, const QString &unit);

/// Median wall-clock milliseconds of `runs` calls of `work`.
double medianMs(int runs, const std::function<void()> &work);

/// Median wall-clock milliseconds of `runs` runs of an external command (stdout discarded).
double medianCommandMs(int runs, const QString &program, const QStringList &args);

/// Peak resident set size of this process, in MiB.
double peakRssMiB();

struct Benchmark {
    QString name;
    QString description;
    std::function<int(const Context &)> run; ///< returns 0, or non-zero when it could not run
};

/// Runs the benchmarks named in `args` (all without names) and returns the exit status.
/// `--work-dir DIR` sets Context::workDir; `--list` prints the registered names, one a line;
/// other `--` options go to Context::extraArgs (child-process measurements use them).
int runBenchmarks(const QStringList &args, const char *program);

/// The registry; each bench_*.cpp adds its benchmarks with a static Registration.
std::vector<Benchmark> &registry();
struct Registration {
    Registration(QString name, QString description, std::function<int(const Context &)> run);
};

} // namespace ps::bench
