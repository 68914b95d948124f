// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace ps {

/// The most recently opened files, newest first, kept in QSettings and shared by every
/// window (the start screen and each File > Open Recent menu follow changed()).
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static RecentFiles *instance();

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    static constexpr int MaxFiles = 10;

Q_SIGNALS:
    void changed();

private:
    RecentFiles() = default;
    void store(const QStringList &files);
};

} // namespace ps
