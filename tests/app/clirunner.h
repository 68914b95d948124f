// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real `partnerscope` binary (PARTNERSCOPE_BIN, set by tests/app/CMakeLists.txt) the
// way a script would, for the command-line tests.

#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QtEndian>

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

/// A file's bytes, empty when it cannot be read.
inline QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Width and height from a PNG's IHDR chunk, or (0, 0) when it is not a PNG.
inline QSize pngSize(const QByteArray &png) {
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || png.size() < 24 || png.mid(12, 4) != "IHDR")
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(png.constData());
    return QSize(int(qFromBigEndian<quint32>(bytes + 16)),
                 int(qFromBigEndian<quint32>(bytes + 20)));
}

/// Saves the built-in demo (with its default scenario) to `path`, as `partnerscope demo` would.
inline bool saveDemo(const QString &path, QString *error) {
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    return PortfolioFile::save(data, path, error);
}

} // namespace ps::clitest
