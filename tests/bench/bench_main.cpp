// SPDX-License-Identifier: GPL-3.0-or-later
// partnerscope_bench [--work-dir DIR] [NAME...]: runs the named benchmarks (all without names)
// and prints `NAME: VALUE UNIT` lines. scripts/bench.sh is the usual way to run it.
#include "benchutil.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    return ps::bench::runBenchmarks(app.arguments().mid(1), "partnerscope_bench");
}
