// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

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

} // namespace ps::bench
