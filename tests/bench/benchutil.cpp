// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace ps::bench {

void report(const QString &name, double value, const QString &unit) {
    std::printf("%s: %.3f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

namespace {
double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}
} // namespace

double medianMs(int runs, const std::function<void()> &work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

double medianCommandMs(int runs, const QString &program, const QStringList &args) {
    return medianMs(runs, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(program, args);
        process.waitForFinished(-1);
    });
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

std::vector<Benchmark> &registry() {
    static std::vector<Benchmark> benchmarks;
    return benchmarks;
}

Registration::Registration(QString name, QString description,
                           std::function<int(const Context &)> run) {
    registry().push_back({std::move(name), std::move(description), std::move(run)});
}

int runBenchmarks(const QStringList &args, const char *program) {
    Context context;
    context.selfPath = QCoreApplication::applicationFilePath();
    context.workDir = QDir::currentPath();
    QStringList names;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--work-dir") && i + 1 < args.size())
            context.workDir = args[++i];
        else if (args[i] == QLatin1String("--list")) {
            for (const auto &benchmark : registry())
                std::printf("%s\n", qPrintable(benchmark.name));
            return 0;
        } else if (args[i].startsWith(QLatin1String("--")))
            context.extraArgs << args[i];
        else
            names << args[i];
    }
    // A child-process measurement re-enters here with an internal option and no names.
    for (const auto &benchmark : registry()) {
        if (context.extraArgs.contains(QStringLiteral("--child-") + benchmark.name))
            return benchmark.run(context);
    }
    int failures = 0;
    QStringList unknown = names;
    for (const auto &benchmark : registry()) {
        if (!names.isEmpty() && !names.contains(benchmark.name))
            continue;
        unknown.removeAll(benchmark.name);
        failures += benchmark.run(context) != 0;
    }
    for (const QString &name : unknown) {
        std::fprintf(stderr, "%s: unknown benchmark \"%s\".\n", program, qPrintable(name));
        ++failures;
    }
    return failures == 0 ? 0 : 2;
}

} // namespace ps::bench
