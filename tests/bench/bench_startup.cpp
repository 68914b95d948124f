// SPDX-License-Identifier: GPL-3.0-or-later
// startup_demo: from starting the `partnerscope --demo` process to a usable window on the demo
// portfolio (built, scored, shown, its first events handled), then quitting; median of 7 runs
// on the offscreen platform, with empty settings so no recovery prompt waits. Target under 1 s.
#include "benchutil.h"

#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace ps::bench {
namespace {

int startupBenchmark(const Context &) {
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    // QProcess children inherit this environment.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PARTNERSCOPE_QUIT_WHEN_READY", "1");
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    const QString program = QStringLiteral(PS_APP_BIN);
    // One run first, so that the binary and Qt's plugins are in the page cache like on a
    // desktop where the application was started before.
    bool ok = true;
    auto start = [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(program, {QStringLiteral("--demo")});
        ok = ok && process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
             process.exitCode() == 0;
    };
    start();
    const double ms = medianMs(7, start);
    if (!ok) {
        std::fprintf(stderr, "startup_demo: %s --demo did not start and quit cleanly\n",
                     qPrintable(program));
        return 1;
    }
    report(QStringLiteral("startup_demo"), ms, QStringLiteral("ms"));
    return 0;
}

const Registration startup(QStringLiteral("startup_demo"),
                           QStringLiteral("start partnerscope --demo to a usable window"),
                           &startupBenchmark);

} // namespace
} // namespace ps::bench
