// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recentfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace ps {
namespace {
const char kKey[] = "recentFiles";
} // namespace

RecentFiles *RecentFiles::instance() {
    // Parented to the application so it goes away with it; created on first use.
    static RecentFiles *recent = [] {
        auto *r = new RecentFiles;
        r->setParent(QCoreApplication::instance());
        return r;
    }();
    return recent;
}

QStringList RecentFiles::files() const {
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentFiles::add(const QString &path) {
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > MaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path) {
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList &list) {
    QSettings().setValue(QLatin1String(kKey), list);
    Q_EMIT changed();
}

} // namespace ps
