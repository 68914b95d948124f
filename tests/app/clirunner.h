// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real `partnerscope` binary (PARTNERSCOPE_BIN, set by tests/app/CMakeLists.txt) the
// way a script would, for the command-line tests.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ps::clitest {

struct Run {
    int exitCode = -1; ///< -1: it crashed or did not finish
    QString out;
    QString err;
    /// Non-empty stderr lines.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/// Offscreen: a display-less Qt platform, as tests use. None: every hint of a display removed,
/// as on a CI runner without X.
enum class Display { Offscreen, None };

inline Run run(const QStringList &args, Display display = Display::Offscreen) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARTNERSCOPE_BIN), args);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ps::clitest
