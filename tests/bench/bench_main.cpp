// SPDX-License-Identifier: GPL-3.0-or-later
// partnerscope_bench [--work-dir DIR] [NAME...]: runs the named benchmarks (all without names)
// and prints `NAME: VALUE UNIT` lines. scripts/bench.sh is the usual way to run it.
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    ps::bench::Context context;
    context.selfPath = QCoreApplication::applicationFilePath();
    context.workDir = QDir::currentPath();
    QStringList names;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--work-dir") && i + 1 < args.size())
            context.workDir = args[++i];
        else if (args[i].startsWith(QLatin1String("--")))
            context.extraArgs << args[i];
        else
            names << args[i];
    }
    // A child-process measurement re-enters here with an internal option and no names.
    for (const auto &benchmark : ps::bench::registry()) {
        if (context.extraArgs.contains(QStringLiteral("--child-") + benchmark.name))
            return benchmark.run(context);
    }
    int failures = 0;
    for (const auto &benchmark : ps::bench::registry()) {
        if (!names.isEmpty() && !names.contains(benchmark.name))
            continue;
        names.removeAll(benchmark.name);
        failures += benchmark.run(context) != 0;
    }
    for (const QString &unknown : names) {
        std::fprintf(stderr, "partnerscope_bench: unknown benchmark \"%s\".\n",
                     qPrintable(unknown));
        ++failures;
    }
    return failures == 0 ? 0 : 2;
}
